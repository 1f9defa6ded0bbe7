"""Figures of a subtree by light (counts, closed, closed on time) from the exact summary: one rule for the ledger's
plans list and the 督办 dashboards.

A subtree's assignments are those given to the organisation itself (counted from the Assignment table: a unit's
own are few) plus those of every unit below it (summed from SubtreeCount, kept exact by counts.py). Lights come
from lights.Clock over the rows' (closed or not, due date, plan's warning window), so a number and the list
behind it agree.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import BooleanField, Count, ExpressionWrapper, F, Q, Sum

from .flow import Status
from .lights import Clock, Light, worst_of_counts
from .models import NO_DUE, NOT_CLOSED, Assignment, SubtreeCount


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


def collect(summary_rows, own_rows, clock: Clock, group: str | None) -> dict:
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




def of_plans(pairs, clock: Clock) -> dict[int, Figures]:
    """plan id → Figures of the plan's assignments within one organisation's subtree, for (organisation id, plan
    id) pairs: two grouped queries over the summary and the organisations' own rows, whatever the plans' sizes."""
    pairs = list(pairs)
    if not pairs:
        return {}
    where = Q(pk__in=[])
    for org_id, plan_id in pairs:
        where |= Q(organisation_id=org_id, plan_id=plan_id)
    return collect(SubtreeCount.objects.filter(where), Assignment.objects.filter(where), clock, "plan_id")
