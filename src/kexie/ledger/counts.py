"""The exact summary counts: per task and status (StatusCount), and per organisation's subtree (SubtreeCount,
SubtreeReportCount, read by oversight's dashboards, rankings and bulletins), kept in every write's transaction.

Every write path that creates assignments or changes them calls these in its own transaction:
publish → published and published_units, change_assignment → moved and rolled, submit_report → reported,
bulk SQL (synth) → recount and recount_reports, an organisation moved → recount_moved; `kexie recount` rebuilds
them all (recount_all).
"""

from __future__ import annotations

import datetime
from collections import Counter

from django.db import connection
from django.db.models import Count, Max, Sum
from django.utils import timezone

from kexie.orgs.models import PATH_STEP, Organisation

from .flow import Status
from .models import (NO_DUE, NOT_CLOSED, Assignment, Report, StatusCount, SubtreeCount, SubtreeReportCount)

_TABLE = StatusCount._meta.db_table
BATCH = 500


def _upsert(table: str, key: tuple[str, ...], rows) -> None:
    """Add the last value of each row to n of the row keyed by the others, creating those missing: one upsert per
    batch (SQLite ≥ 3.24 and PostgreSQL)."""
    # In key order, so two transactions moving opposite ways lock the rows in the same order (no deadlock).
    rows = sorted(r for r in rows if r[-1])
    columns = ", ".join((*key, "n"))
    one = "(" + ", ".join(["%s"] * (len(key) + 1)) + ")"
    with connection.cursor() as cursor:
        for start in range(0, len(rows), BATCH):
            batch = rows[start:start + BATCH]
            cursor.execute(
                f"INSERT INTO {table} ({columns}) VALUES {', '.join([one] * len(batch))} "
                f"ON CONFLICT ({', '.join(key)}) DO UPDATE SET n = {table}.n + excluded.n",
                [v for r in batch for v in r])


def _add(rows) -> None:
    """Add n to (plan, task, status) rows of StatusCount."""
    _upsert(_TABLE, ("plan_id", "task_id", "status"), rows)


def published(plan_id: int, status: str, task_ids) -> None:
    """Count the assignments publishing created: task_ids has one entry per assignment."""
    _add([(plan_id, task_id, status, n) for task_id, n in Counter(task_ids).items()])


def moved(plan_id: int, task_id: int, old: str, new: str) -> None:
    """One assignment went from status old to new."""
    if old != new:
        _add([(plan_id, task_id, old, -1), (plan_id, task_id, new, 1)])


def recount(plan_ids) -> None:
    """Count the plans' assignments afresh (after bulk SQL that moved statuses outside change_assignment):
    StatusCount and SubtreeCount."""
    plan_ids = list(plan_ids)
    recount_units(plan_ids)
    StatusCount.objects.filter(plan_id__in=plan_ids).delete()
    StatusCount.objects.bulk_create(
        [StatusCount(plan_id=p, task_id=t, status=s, n=n) for p, t, s, n in
         Assignment.objects.filter(plan_id__in=plan_ids).values_list("plan_id", "task_id", "status")
         .annotate(n=Count("id")).order_by()], batch_size=500)


def of_plans(plan_ids) -> dict[int, dict[str, int]]:
    """plan id → status → number of assignments."""
    out: dict[int, dict[str, int]] = {}
    for plan_id, status, n in (StatusCount.objects.filter(plan_id__in=list(plan_ids), n__gt=0)
                               .values_list("plan_id", "status").annotate(total=Sum("n")).order_by()):
        out.setdefault(plan_id, {})[status] = n
    return out


def of_tasks(plan_id: int) -> dict[int, dict[str, int]]:
    """task id → status → number of assignments, of one plan."""
    out: dict[int, dict[str, int]] = {}
    for task_id, status, n in StatusCount.objects.filter(plan_id=plan_id, n__gt=0).values_list(
            "task_id", "status", "n"):
        out.setdefault(task_id, {})[status] = n
    return out


# --- per organisation's subtree (SubtreeCount, SubtreeReportCount) -------------------------------------------

_SUBTREE = SubtreeCount._meta.db_table
_SUBTREE_KEY = ("organisation_id", "plan_id", "due_date", "closed_on")
_REPORTS = SubtreeReportCount._meta.db_table
_REPORTS_KEY = ("organisation_id", "plan_id", "day", "is_typical_case")


def ancestors_of(path: str) -> list[int]:
    """The ids of the organisations strictly above the one at path (where its assignments are counted)."""
    return [int(step) for step in path.split("/") if step][:-1]


def _paths(org_ids) -> dict[int, str]:
    return dict(Organisation.objects.filter(pk__in=set(org_ids)).values_list("pk", "path"))


def closed_day(closed_at: datetime.datetime | None) -> datetime.date:
    return timezone.localdate(closed_at) if closed_at else NOT_CLOSED


def subtree_key(status: str, due_date, closed_at) -> tuple:
    """(due_date, closed_on) of an assignment as SubtreeCount keys it."""
    return (due_date or NO_DUE, closed_day(closed_at) if status == Status.CLOSED else NOT_CLOSED)


def published_units(plan_id: int, rows, *, fresh: bool = True) -> None:
    """Count the assignments publishing created at every organisation above their units: rows are publish's
    (task, organisation, department, role, due date) tuples. fresh=False: the plan may have rows already (a relay
    plan grows with each 转办), so they are added to, not copied in."""
    per_unit = Counter((org_id, due) for _task, org_id, _dept, _role, due in rows)
    # Ancestors per unit once (2,800 counties), not per (unit, due date) pair (100,000 of a national plan).
    above = {org: ancestors_of(path) for org, path in _paths({org for org, _due in per_unit}).items()}
    per_ancestor: Counter = Counter()
    for (org_id, due), n in per_unit.items():
        due = due or NO_DUE
        for ancestor in above[org_id]:
            per_ancestor[(ancestor, due)] += n
    rows = [(anc, plan_id, due, NOT_CLOSED, n) for (anc, due), n in per_ancestor.items()]
    if fresh and connection.vendor == "postgresql":
        # A plan publishes once, so none of its rows exists yet: COPY them (a national plan's ~13,000 rows, one
        # per unit above a county and due date, took 0.7 s as batched upserts).
        with connection.cursor() as cursor:
            with cursor.cursor.copy(f"COPY {_SUBTREE} ({', '.join((*_SUBTREE_KEY, 'n'))}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
    else:
        _upsert(_SUBTREE, _SUBTREE_KEY, rows)


def rolled(before: Assignment, fields: dict) -> None:
    """One assignment changed from the locked row `before` by `fields`: move it between its SubtreeCount keys."""
    old = subtree_key(before.status, before.due_date, before.closed_at)
    new = subtree_key(*(fields.get(f, getattr(before, f)) for f in ("status", "due_date", "closed_at")))
    if old == new:
        return
    ancestors = ancestors_of(_paths([before.organisation_id])[before.organisation_id])
    _upsert(_SUBTREE, _SUBTREE_KEY, [(a, before.plan_id, *key, n) for a in ancestors
                                     for key, n in ((old, -1), (new, 1))])


def reported(assignment: Assignment, report: Report) -> None:
    """A report was sent on the assignment: count it at every organisation above the unit."""
    ancestors = ancestors_of(_paths([assignment.organisation_id])[assignment.organisation_id])
    day = timezone.localdate(report.created_at)
    _upsert(_REPORTS, _REPORTS_KEY, [(a, assignment.plan_id, day, report.is_typical_case, 1) for a in ancestors])


def _plans_sql(plan_ids) -> tuple[str, list]:
    if plan_ids is None:
        return "", []
    plan_ids = [int(p) for p in plan_ids]
    return f" AND a.plan_id IN ({', '.join(['%s'] * len(plan_ids))})", plan_ids if plan_ids else [0]


def _local_date_sql(column: str) -> tuple[str, tuple]:
    return connection.ops.datetime_cast_date_sql(column, (), timezone.get_current_timezone_name())


def _rebuild(table: str, key: tuple[str, ...], model, plan_ids, select: str, params: list, tail: str) -> None:
    """Delete the rows of the plans (all rows for None) and insert them afresh, one INSERT … SELECT per level
    of the tree: the ancestor at depth d of each unit deeper than d is the d-th step of its path. select gives
    the key's columns after the ancestor (as k1, k2, …); the rows are grouped outside, so PostgreSQL groups the
    computed dates by name, not by a parameterised expression."""
    (model.objects.all() if plan_ids is None else model.objects.filter(plan_id__in=list(plan_ids))).delete()
    if plan_ids is not None and not list(plan_ids):
        return
    where, plan_params = _plans_sql(plan_ids)
    deepest = Organisation.objects.aggregate(d=Max("depth"))["d"] or 0
    step = PATH_STEP + 1  # digits and the slash
    keys = ", ".join(f"k{i}" for i in range(len(key)))
    with connection.cursor() as cursor:
        for depth in range(deepest):
            ancestor = f"CAST(substr(o.path, {depth * step + 1}, {PATH_STEP}) AS BIGINT)"
            cursor.execute(f"INSERT INTO {table} ({', '.join(key)}, n) SELECT {keys}, COUNT(*) FROM "
                           f"(SELECT {ancestor} AS k0, {select} {tail} WHERE o.depth > %s{where}) rows "
                           f"GROUP BY {keys}", [*params, depth, *plan_params])


def recount_units(plan_ids=None) -> None:
    """SubtreeCount of the plans (every plan for None) afresh, in SQL."""
    closed, closed_params = _local_date_sql("a.closed_at")
    a, o = Assignment._meta.db_table, Organisation._meta.db_table
    _rebuild(_SUBTREE, _SUBTREE_KEY, SubtreeCount, plan_ids,
             f"a.plan_id AS k1, COALESCE(a.due_date, %s) AS k2, "
             f"CASE WHEN a.status = %s THEN COALESCE({closed}, %s) ELSE %s END AS k3",
             [NO_DUE, Status.CLOSED, *closed_params, NOT_CLOSED, NOT_CLOSED],
             f"FROM {a} a JOIN {o} o ON o.id = a.organisation_id")


def recount_reports(plan_ids=None) -> None:
    """SubtreeReportCount of the plans (every plan for None) afresh, in SQL (after bulk report inserts)."""
    day, day_params = _local_date_sql("r.created_at")
    a, o, r = Assignment._meta.db_table, Organisation._meta.db_table, Report._meta.db_table
    _rebuild(_REPORTS, _REPORTS_KEY, SubtreeReportCount, plan_ids,
             f"a.plan_id AS k1, {day} AS k2, r.is_typical_case AS k3", list(day_params),
             f"FROM {r} r JOIN {a} a ON a.id = r.assignment_id JOIN {o} o ON o.id = a.organisation_id")


def recount_moved(sender=None, *, new_path: str, **kwargs) -> None:
    """After an organisation moved (orgs.signals.subtree_moved): its subtree's rows now count under other
    ancestors, so the plans with assignments there are counted afresh, in the move's transaction."""
    plan_ids = list(Assignment.objects.filter(organisation__path__startswith=new_path)
                    .values_list("plan_id", flat=True).distinct().order_by())
    if plan_ids:
        recount_units(plan_ids)
        recount_reports(plan_ids)


def recount_all() -> None:
    """Every summary afresh: `kexie recount`."""
    from .models import Plan
    plan_ids = list(Plan.objects.values_list("pk", flat=True))
    recount(plan_ids)
    recount_reports(None)
