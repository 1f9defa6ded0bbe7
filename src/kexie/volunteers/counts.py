"""The exact per-organisation figures of the roll-up (VolunteerCount), changed in the transaction of every write.

The writers and what they add: registry.register (an active volunteer) and review (通过), importing (the file's
new volunteers, one statement), teams.create_team, activities.save_activity (a new activity, or an edit moving
its kind or audience), confirm_hours and withdraw_record (hours). recount() rebuilds the rows from the tables in
SQL (the migration that made the table, `kexie recount_volunteer_hours`, bulk SQL such as the benches).
"""

from __future__ import annotations

from decimal import Decimal

from django.db import connection

from .models import Activity, Team, Volunteer, VolunteerCount, VolunteerState

_TABLE = VolunteerCount._meta.db_table
_FIGURES = ("volunteers", "teams", "activities", "hours", "audience")
BATCH = 500


def add(rows) -> None:
    """Add (organisation_id, kind, volunteers, teams, activities, hours, audience) rows to the counts, creating
    the missing ones: one upsert per batch (SQLite ≥ 3.24 and PostgreSQL)."""
    # In key order, so two transactions lock the rows in the same order (no deadlock).
    rows = sorted((r for r in rows if any(r[2:])), key=lambda r: (r[0], r[1]))
    one = "(" + ", ".join(["%s"] * (2 + len(_FIGURES))) + ")"
    update = ", ".join(f"{f} = {_TABLE}.{f} + excluded.{f}" for f in _FIGURES)
    with connection.cursor() as cursor:
        for start in range(0, len(rows), BATCH):
            batch = rows[start:start + BATCH]
            cursor.execute(f"INSERT INTO {_TABLE} (organisation_id, kind, {', '.join(_FIGURES)}) "
                           f"VALUES {', '.join([one] * len(batch))} "
                           f"ON CONFLICT (organisation_id, kind) DO UPDATE SET {update}",
                           [v for r in batch for v in r])


def volunteers(organisation_id: int, n: int = 1) -> None:
    """n volunteers became active (已注册) at the organisation."""
    add([(organisation_id, "", n, 0, 0, Decimal(0), 0)])


def teams(organisation_id: int, n: int = 1) -> None:
    add([(organisation_id, "", 0, n, 0, Decimal(0), 0)])


def activity(organisation_id: int, kind: str, *, n: int = 0, hours=Decimal(0), audience: int = 0) -> None:
    add([(organisation_id, kind, 0, 0, n, Decimal(hours), audience)])


def recount(organisation_ids=None) -> None:
    """The rows of these organisations (every organisation for None) afresh from the tables, in one INSERT …
    SELECT of grouped counts (5,000,000 volunteers: one scan)."""
    if organisation_ids is not None:
        organisation_ids = [int(i) for i in organisation_ids]
        if not organisation_ids:
            return
    rows = VolunteerCount.objects.all()
    where, params = "", []
    if organisation_ids is not None:
        rows = rows.filter(organisation_id__in=organisation_ids)
        where = f" AND organisation_id IN ({', '.join(['%s'] * len(organisation_ids))})"
        params = organisation_ids
    rows.delete()
    v, t, a = Volunteer._meta.db_table, Team._meta.db_table, Activity._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {_TABLE} (organisation_id, kind, {', '.join(_FIGURES)}) "
            f"SELECT organisation_id, kind, SUM(nv), SUM(nt), SUM(na), SUM(h), SUM(aud) FROM ("
            f"SELECT organisation_id, '' AS kind, COUNT(*) AS nv, 0 AS nt, 0 AS na, 0 AS h, 0 AS aud FROM {v} "
            f"WHERE state = %s{where} GROUP BY organisation_id "
            f"UNION ALL SELECT organisation_id, '', 0, COUNT(*), 0, 0, 0 FROM {t} WHERE 1 = 1{where} "
            f"GROUP BY organisation_id "
            f"UNION ALL SELECT organisation_id, kind, 0, 0, COUNT(*), SUM(confirmed_hours), SUM(audience) FROM {a} "
            f"WHERE 1 = 1{where} GROUP BY organisation_id, kind) rows GROUP BY organisation_id, kind",
            [VolunteerState.ACTIVE, *params, *params, *params])


def figures(organisation_ids=None) -> dict:
    """(organisation_id, kind) → the five figures, non-zero rows only: what the tests compare with a recount."""
    rows = VolunteerCount.objects.all() if organisation_ids is None else VolunteerCount.objects.filter(
        organisation_id__in=list(organisation_ids))
    return {(r[0], r[1]): tuple(r[2:]) for r in rows.values_list("organisation_id", "kind", *_FIGURES)
            if any(r[2:])}
