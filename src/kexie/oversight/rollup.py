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
from dataclasses import dataclass, field

from django.db.models import BooleanField, Count, ExpressionWrapper, F, Q, Sum
from django.db.models.functions import TruncMonth

from kexie.ledger.flow import Status
from kexie.ledger.lights import Clock, Light, worst_of_counts
from kexie.ledger.models import NO_DUE, NOT_CLOSED, Assignment, Plan, SubtreeCount
from kexie.orgs.models import Department, Organisation


@dataclass
class Figures:
    """Counts by light of a set of assignments, and how many of the closed ones were closed on time."""

    lights: dict[str, int] = field(default_factory=lambda: dict.fromkeys(Light.values, 0))
    on_time: int = 0

    def add(self, light: str, n: int, on_time: int) -> None:
        self.lights[light] += n or 0
        self.on_time += on_time or 0

    @property
    def total(self) -> int:
        return sum(self.lights.values())

    @property
    def closed(self) -> int:
        return self.lights[Light.GRAY]

    @property
    def open(self) -> int:
        return self.total - self.closed

    @property
    def late_closed(self) -> int:
        return self.closed - self.on_time

    @property
    def completion_rate(self) -> float | None:
        return self.closed / self.total if self.total else None

    @property
    def on_time_rate(self) -> float | None:
        return self.on_time / self.closed if self.closed else None

    @property
    def worst(self) -> Light | None:
        return worst_of_counts(self.lights)

    # Template access by light name (lights.red …): Django templates cannot index a dict by a variable.
    red = property(lambda self: self.lights[Light.RED])
    yellow = property(lambda self: self.lights[Light.YELLOW])
    green = property(lambda self: self.lights[Light.GREEN])
    gray = property(lambda self: self.lights[Light.GRAY])

    def as_dict(self) -> dict:
        return {"lights": dict(self.lights), "total": self.total, "closed": self.closed,
                "closed_on_time": self.on_time, "completion_rate": self.completion_rate,
                "on_time_rate": self.on_time_rate, "worst": self.worst.value if self.worst else None}


CLOSED_SUMMARY = Q(closed_on__gt=NOT_CLOSED)
CLOSED_ON_TIME_SUMMARY = CLOSED_SUMMARY & Q(closed_on__lte=F("due_date"))
CLOSED_ON_TIME = Q(status=Status.CLOSED) & (Q(due_date__isnull=True) | Q(closed_at__date__lte=F("due_date")))


def _collect(summary_rows, own_rows, clock: Clock, group: str | None) -> dict:
    """group value → Figures, from SubtreeCount rows and the ledger's own Assignment rows.

    SQL sums them by (group, plan's warning window, closed or not, due date): a few thousand rows even for the 31
    provinces' 70,000 summary rows; each of those gets its light from Clock.light in Python, the rule itself.
    (Grouping by Clock.expression in SQL cost more to compile than to run: a CASE over every window length.)"""
    out: dict = {}
    keys = [group] if group else []
    for qs, agg, on_time, closed in (
            (summary_rows, lambda **f: Sum("n", **f), CLOSED_ON_TIME_SUMMARY, CLOSED_SUMMARY),
            (own_rows, lambda **f: Count("id", **f), CLOSED_ON_TIME, Q(status=Status.CLOSED))):
        if qs is None:
            continue
        rows = (qs.order_by().annotate(closed=ExpressionWrapper(closed, output_field=BooleanField()))
                .values_list(*keys, "plan__warning_days", "closed", "due_date")
                .annotate(count=agg(), timely=agg(filter=on_time)))
        for *key, window, is_closed, due, n, timely in rows:
            light = clock.light(Status.CLOSED if is_closed else "", None if due == NO_DUE else due, window)
            out.setdefault(key[0] if key else None, Figures()).add(light, n, timely)
    return out


def own_assignments(org: Organisation):
    return Assignment.objects.filter(organisation=org)


def figures(org: Organisation, clock: Clock, plan_id: int | None = None) -> Figures:
    """The subtree's figures (of one plan when plan_id): two queries."""
    summary, own = SubtreeCount.objects.filter(organisation=org), own_assignments(org)
    if plan_id:
        summary, own = summary.filter(plan_id=plan_id), own.filter(plan_id=plan_id)
    return _collect(summary, own, clock, None).get(None, Figures())


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
    per_unit = _collect(summary, own, clock, "organisation_id")
    return [(u, per_unit.get(u.pk, Figures())) for u in units]


def by_plan(org: Organisation, clock: Clock) -> list[tuple[Plan, Figures]]:
    """(plan, figures) for every plan with assignments in the subtree, newest plan first: three queries."""
    per_plan = _collect(SubtreeCount.objects.filter(organisation=org), own_assignments(org), clock, "plan_id")
    plans = Plan.objects.filter(pk__in=list(per_plan)).select_related("organisation").order_by("-created_at", "-id")
    return [(p, per_plan[p.pk]) for p in plans]


def by_department(org: Organisation, clock: Clock) -> list[tuple[Department, Figures]]:
    """(department, figures) of the organisation's own departments that were given assignments: two queries."""
    per_dept = _collect(None, own_assignments(org).filter(department__isnull=False), clock, "department_id")
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
