"""The numbers of an organisation's subtree by light: in total, by child unit, by plan, by own department, by month.

A subtree's assignments are those given to the organisation itself (counted from the ledger's table: a unit's
own are few) plus those of every unit below it (summed from ledger.SubtreeCount, kept exact by
ledger/counts.py). Lights come from lights.Clock over the summary rows' (closed or not, due date, plan's warning
window), the same rule as every page, so a number here and the list behind it agree. Each read is one or two
aggregate queries, whatever the size of the subtree.

Rates, as the dashboard states them: 完成率 = 办结 / 全部; 按期完成率 = 办结且办结日不晚于完成时限 / 办结
(an assignment with no due date counts as on time when closed).
"""

from __future__ import annotations

import datetime

from django.db.models import Count, Sum
from django.db.models.functions import TruncMonth

from kexie.ledger.figures import Figures, collect
from kexie.ledger.flow import Status
from kexie.ledger.lights import Clock
from kexie.ledger.models import Assignment, Plan, SubtreeCount
from kexie.orgs.models import Department, Organisation

# Figures and collect() live with the ledger's summary (kexie.ledger.figures): the ledger's plans list reads them too.


def own_assignments(org: Organisation):
    return Assignment.objects.filter(organisation=org)


def figures(org: Organisation, clock: Clock, plan_id: int | None = None) -> Figures:
    """The subtree's figures (of one plan when plan_id): two queries."""
    summary, own = SubtreeCount.objects.filter(organisation=org), own_assignments(org)
    if plan_id:
        summary, own = summary.filter(plan_id=plan_id), own.filter(plan_id=plan_id)
    return collect(summary, own, clock, None).get(None, Figures())


def children(org: Organisation) -> list[Organisation]:
    """The units directly under the organisation, associations first (the levels' rows), then the others."""
    return sorted(org.children.all(), key=lambda o: (o.kind != "association", o.order, o.path))


def by_children(org: Organisation, clock: Clock, plan_id: int | None = None) -> list[tuple[Organisation, Figures]]:
    """(child, its subtree's figures) for every unit directly under the organisation: three queries."""
    units = children(org)
    summary = SubtreeCount.objects.filter(organisation__in=[u.pk for u in units])
    own = Assignment.objects.filter(organisation__in=[u.pk for u in units])
    if plan_id:
        summary, own = summary.filter(plan_id=plan_id), own.filter(plan_id=plan_id)
    # Both tables key the child by organisation_id: its summary rows, and its own assignments.
    per_unit = collect(summary, own, clock, "organisation_id")
    return [(u, per_unit.get(u.pk, Figures())) for u in units]


def by_plan(org: Organisation, clock: Clock) -> list[tuple[Plan, Figures]]:
    """(plan, figures) for every plan with assignments in the subtree, newest plan first: three queries."""
    per_plan = collect(SubtreeCount.objects.filter(organisation=org), own_assignments(org), clock, "plan_id")
    plans = Plan.objects.filter(pk__in=list(per_plan)).select_related("organisation").order_by("-created_at", "-id")
    return [(p, per_plan[p.pk]) for p in plans]


def by_department(org: Organisation, clock: Clock) -> list[tuple[Department, Figures]]:
    """(department, figures) of the organisation's own departments that were given assignments: two queries."""
    per_dept = collect(None, own_assignments(org).filter(department__isnull=False), clock, "department_id")
    depts = Department.objects.filter(organisation=org, pk__in=list(per_dept)).order_by("order", "name")
    return [(d, per_dept[d.pk]) for d in depts]


def completion_by_month(org: Organisation, today: datetime.date, months: int = 12) -> list[tuple[datetime.date, int]]:
    """(first day of month, assignments closed that month) for the last `months` months: two queries."""
    first = (today.replace(day=1) - datetime.timedelta(days=31 * (months - 1))).replace(day=1)
    counts: dict[datetime.date, int] = {}
    summary = (SubtreeCount.objects.filter(organisation=org, closed_on__gte=first)
               .annotate(month=TruncMonth("closed_on")).values("month").annotate(count=Sum("n")).order_by())
    own = (own_assignments(org).filter(status=Status.CLOSED, closed_at__date__gte=first)
           .annotate(month=TruncMonth("closed_at")).values("month").annotate(count=Count("id")).order_by())
    for row in [*summary, *own]:
        month = row["month"].date() if isinstance(row["month"], datetime.datetime) else row["month"]
        counts[month] = counts.get(month, 0) + row["count"]
    out, month = [], first
    while month <= today:
        out.append((month, counts.get(month, 0)))
        month = (month + datetime.timedelta(days=32)).replace(day=1)
    return out


def subtree_assignments(unit: Organisation):
    """Every assignment given to the unit or to any unit below it (the set the figures count)."""
    return Assignment.objects.filter(organisation__path__startswith=unit.path)


def listed_assignments(unit: Organisation, clock: Clock, light: str = "", plan_id: int | None = None,
                       dept_id: int | None = None):
    """The list behind a dashboard number (its page and its xlsx): the subtree's assignments, by light, plan and
    the unit's own department, in 交办 order; and their number from the summary (None: count the few rows)."""
    qs = subtree_assignments(unit)
    if plan_id:
        qs = qs.filter(plan_id=plan_id)
    if dept_id:
        qs = qs.filter(organisation=unit, department_id=dept_id)
        count = None  # an own department's few assignments: counted directly
    else:
        figs = figures(unit, clock, plan_id)
        count = figs.lights[light] if light else figs.total
    if light:
        qs = qs.filter(clock.q(light))
    return qs.select_related("task", "plan", "organisation", "department").order_by("id"), count
