"""通报 data: for a period and a scope, what was completed, what is overdue and by whom, the units that were urged
(催办), and the typical cases. One function, `bulletin`, used by the printable page here and by the office
files' docx (office imports oversight), so both say the same.

催办 are audit entries with action "urge" on assignments (written by the reminders' code); their scope_path is
the urged unit's, so "urged within the scope" is the same prefix rule as every other read.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db.models import Count, Q, Sum
from django.utils import timezone

from kexie.audit.models import Entry
from kexie.ledger.figures import CLOSED_ON_TIME, CLOSED_ON_TIME_SUMMARY
from kexie.ledger.flow import Status
from kexie.ledger.lights import Clock, Light
from kexie.ledger.models import Assignment, ObjectType, Report, SubtreeCount
from kexie.orgs.models import Organisation

from . import rollup
from .period import Period

URGE = "urge"
LIST_LIMIT = 50  # overdue assignments and typical cases listed by name; the counts cover all of them


@dataclass
class UnitLine:
    unit: Organisation
    n: int
    extra: int = 0  # urged: how many assignments (n counts the 催办 sent)


@dataclass
class Bulletin:
    scope: Organisation
    period: Period
    today: datetime.date
    figures: rollup.Figures
    completed: int = 0  # closed within the period
    completed_on_time: int = 0
    completed_by_unit: list[UnitLine] = field(default_factory=list)
    overdue_by_unit: list[UnitLine] = field(default_factory=list)
    overdue: list = field(default_factory=list)  # the first LIST_LIMIT overdue assignments
    urged: list[UnitLine] = field(default_factory=list)
    typical_cases: list = field(default_factory=list)

    def as_dict(self) -> dict:
        def lines(items):
            return [{"unit": i.unit.pk, "name": i.unit.display_name, "n": i.n, **({"assignments": i.extra}
                                                                                   if i.extra else {})} for i in items]
        return {
            "scope": {"id": self.scope.pk, "name": self.scope.display_name},
            "start": self.period.start.isoformat(), "end": self.period.end.isoformat(),
            "today": self.today.isoformat(), "figures": self.figures.as_dict(),
            "completed": self.completed, "completed_on_time": self.completed_on_time,
            "completed_by_unit": lines(self.completed_by_unit), "overdue_by_unit": lines(self.overdue_by_unit),
            "overdue": [{"assignment": a.pk, "unit": a.assignee_label, "task": a.task.heading,
                         "plan": a.plan.title, "due_date": a.due_date.isoformat() if a.due_date else None}
                        for a in self.overdue],
            "urged": lines(self.urged),
            "typical_cases": [{"report": r.pk, "unit": r.assignment.assignee_label, "task": r.assignment.task.heading,
                               "text": r.text, "at": r.created_at.isoformat()} for r in self.typical_cases],
        }


def _completed(scope: Organisation, period: Period):
    """(closed in the period, of which on time, per child unit): from the summary rows and own assignments."""
    units = rollup.children(scope)
    ids = [u.pk for u in units]
    in_period = Q(closed_on__range=(period.start, period.end))  # never NOT_CLOSED: periods start in 2000
    per_unit: dict[int, int] = {}
    total = on_time = 0
    own_closed = rollup.own_assignments(scope).filter(status=Status.CLOSED,
                                                      closed_at__date__range=(period.start, period.end))
    for row in (SubtreeCount.objects.filter(in_period, organisation=scope).order_by()
                .aggregate(count=Sum("n"), timely=Sum("n", filter=CLOSED_ON_TIME_SUMMARY)),
                own_closed.aggregate(count=Count("id"), timely=Count("id", filter=CLOSED_ON_TIME))):
        total, on_time = total + (row["count"] or 0), on_time + (row["timely"] or 0)
    for unit_id, n in (SubtreeCount.objects.filter(in_period, organisation__in=ids).order_by()
                       .values("organisation_id").annotate(count=Sum("n")).values_list("organisation_id", "count")):
        per_unit[unit_id] = per_unit.get(unit_id, 0) + n
    for unit_id, n in (Assignment.objects.filter(organisation__in=ids, status=Status.CLOSED,
                                                closed_at__date__range=(period.start, period.end))
                       .order_by().values("organisation_id").annotate(count=Count("id"))
                       .values_list("organisation_id", "count")):
        per_unit[unit_id] = per_unit.get(unit_id, 0) + n
    return total, on_time, [UnitLine(u, per_unit[u.pk]) for u in units if per_unit.get(u.pk)]


def _bounds(period: Period) -> tuple[datetime.datetime, datetime.datetime]:
    """The period as [first moment, moment after its last day) in local time: an index range on a timestamp."""
    day = datetime.time.min
    return (timezone.make_aware(datetime.datetime.combine(period.start, day)),
            timezone.make_aware(datetime.datetime.combine(period.end + datetime.timedelta(days=1), day)))


def _urged(scope: Organisation, period: Period) -> list[UnitLine]:
    """The units urged within the period (催办 entries on their assignments), most urged first."""
    start, end = _bounds(period)
    rows = list(Entry.objects.filter(action=URGE, object_type=ObjectType.ASSIGNMENT.value, at__gte=start,
                                     at__lt=end, scope_path__startswith=scope.path)
                .order_by().values("scope_path").annotate(n=Count("id"), assignments=Count("object_id", distinct=True))
                .values_list("scope_path", "n", "assignments"))
    units = {o.path: o for o in Organisation.objects.filter(path__in=[p for p, _n, _a in rows])}
    lines = [UnitLine(units[p], n, a) for p, n, a in rows if p in units]
    return sorted(lines, key=lambda line: (-line.n, line.unit.path))


def bulletin(scope: Organisation, period: Period, clock: Clock | None = None) -> Bulletin:
    """Everything a 通报 of the scope's subtree for the period says; a fixed number of queries."""
    clock = clock or Clock.at()
    result = Bulletin(scope, period, clock.today, rollup.figures(scope, clock))
    result.completed, result.completed_on_time, result.completed_by_unit = _completed(scope, period)
    result.overdue_by_unit = sorted((UnitLine(u, f.red) for u, f in rollup.by_children(scope, clock) if f.red),
                                    key=lambda line: (-line.n, line.unit.path))
    result.overdue = list(rollup.subtree_assignments(scope).filter(clock.q(Light.RED))
                          .select_related("task", "plan", "organisation", "department")
                          .order_by("id")[:LIST_LIMIT])
    result.urged = _urged(scope, period)
    start, end = _bounds(period)
    result.typical_cases = list(
        Report.objects.filter(is_typical_case=True, created_at__gte=start, created_at__lt=end,
                              assignment__organisation__path__startswith=scope.path)
        .select_related("assignment__task", "assignment__organisation", "assignment__department")
        .order_by("-created_at", "-id")[:LIST_LIMIT])
    return result
