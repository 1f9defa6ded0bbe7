"""The exact per-task status counts (StatusCount): moved with every status change, recounted after bulk moves.

Every write path that creates assignments or changes their status calls one of these in its own transaction:
publish → published, change_assignment → moved, bulk SQL (synth) → recount.
"""

from __future__ import annotations

from collections import Counter

from django.db import connection
from django.db.models import Count, Sum

from .models import Assignment, StatusCount

_TABLE = StatusCount._meta.db_table


def _add(rows) -> None:
    """Add n to (plan, task, status) rows, creating those missing: one upsert (SQLite ≥ 3.24 and PostgreSQL)."""
    # In key order, so two transactions moving opposite ways lock the rows in the same order (no deadlock).
    rows = sorted(r for r in rows if r[3])
    if not rows:
        return
    values = ", ".join(["(%s, %s, %s, %s)"] * len(rows))
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {_TABLE} (plan_id, task_id, status, n) VALUES {values} "
            f"ON CONFLICT (plan_id, task_id, status) DO UPDATE SET n = {_TABLE}.n + excluded.n",
            [v for r in rows for v in r])


def published(plan_id: int, status: str, task_ids) -> None:
    """Count the assignments publishing created: task_ids has one entry per assignment."""
    _add([(plan_id, task_id, status, n) for task_id, n in Counter(task_ids).items()])


def moved(plan_id: int, task_id: int, old: str, new: str) -> None:
    """One assignment went from status old to new."""
    if old != new:
        _add([(plan_id, task_id, old, -1), (plan_id, task_id, new, 1)])


def recount(plan_ids) -> None:
    """Count the plans' assignments afresh (after bulk SQL that moved statuses outside change_assignment)."""
    plan_ids = list(plan_ids)
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
