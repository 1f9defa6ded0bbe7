"""Each assignment's light (绿/黄/红/灰), computed one way for pages, API, exports, dashboards and reminders.

灰 closed; 红 open and past its due date; 黄 open and due within the plan's warning window (working days from
today, kexie.workdays); 绿 otherwise (also when there is no due date). An agreed extension moved due_date, so
the light follows it. A task or plan takes the worst light of its assignments.

A Clock fixes "today" and the last day of each possible warning window, so the same rule runs in Python
(`Clock.light`) and in SQL (`Clock.expression`, `Clock.q`): the window differs per plan, and the SQL picks the
plan's window by a CASE over the few window lengths a plan may have.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db import models
from django.db.models import Case, Q, Value, When
from django.utils import timezone

from kexie.workdays.calendar import Calendar

from .flow import Status
from .inputs import WARNING_DAYS_MAX


class Light(models.TextChoices):
    GREEN = "green", "绿"
    YELLOW = "yellow", "黄"
    RED = "red", "红"
    GRAY = "gray", "灰"


# Worst first: a task or plan shows the first light any of its assignments has.
WORST_FIRST = (Light.RED, Light.YELLOW, Light.GREEN, Light.GRAY)
SEVERITY = {light: len(WORST_FIRST) - i for i, light in enumerate(WORST_FIRST)}


def worst(lights) -> Light | None:
    """The worst of the lights (None for none): what a task or plan shows."""
    lights = set(lights)
    return next((light for light in WORST_FIRST if light in lights), None)


def worst_of_counts(counts: dict[str, int]) -> Light | None:
    """The worst light that has a non-zero count."""
    return worst(light for light, n in counts.items() if n)


@dataclass(frozen=True)
class Clock:
    today: datetime.date
    # warning_days → the last date inside that window (today itself for 0).
    warn_until: tuple[datetime.date, ...]

    @classmethod
    def at(cls, today: datetime.date | None = None) -> "Clock":
        today = today or timezone.localdate()
        calendar = Calendar.around(today)
        until = [today]
        for _n in range(WARNING_DAYS_MAX):
            until.append(calendar.add_workdays(until[-1], 1))
        return cls(today, tuple(until))

    def light(self, status: str, due_date: datetime.date | None, warning_days: int) -> Light:
        if status == Status.CLOSED:
            return Light.GRAY
        if due_date is None:
            return Light.GREEN
        if due_date < self.today:
            return Light.RED
        if due_date <= self.warn_until[min(warning_days, WARNING_DAYS_MAX)]:
            return Light.YELLOW
        return Light.GREEN

    def of(self, assignment) -> Light:
        """The light of an Assignment (reads assignment.plan.warning_days: select_related the plan)."""
        return self.light(assignment.status, assignment.due_date, assignment.plan.warning_days)

    def _window_end(self, prefix: str):
        """SQL: the last day of the row's plan's warning window."""
        field = f"{prefix}plan__warning_days"
        return Case(*[When(**{field: n}, then=Value(day)) for n, day in enumerate(self.warn_until)],
                    default=Value(self.warn_until[-1]), output_field=models.DateField())

    def q(self, light: str, prefix: str = "") -> Q:
        """A filter for assignments (or rows related to one through prefix, e.g. "assignments__") of a light."""
        status, due = f"{prefix}status", f"{prefix}due_date"
        open_ = ~Q(**{status: Status.CLOSED})
        if light == Light.GRAY:
            return Q(**{status: Status.CLOSED})
        if light == Light.RED:
            return open_ & Q(**{f"{due}__lt": self.today})
        if light == Light.YELLOW:
            # The earliest window end is today, the latest warn_until[-1]: bound by those first so the index
            # on due_date does the work, then compare with the plan's own window.
            return open_ & Q(**{f"{due}__gte": self.today, f"{due}__lte": self.warn_until[-1]}) & Q(
                **{f"{due}__lte": self._window_end(prefix)})
        if light == Light.GREEN:
            return open_ & (Q(**{f"{due}__isnull": True}) | Q(**{f"{due}__gt": self._window_end(prefix)}))
        raise ValueError(light)

    def expression(self, prefix: str = "") -> Case:
        """SQL: the light of each assignment, for .annotate(light=clock.expression())."""
        status, due = f"{prefix}status", f"{prefix}due_date"
        return Case(
            When(**{status: Status.CLOSED}, then=Value(Light.GRAY.value)),
            When(**{f"{due}__isnull": True}, then=Value(Light.GREEN.value)),
            When(**{f"{due}__lt": self.today}, then=Value(Light.RED.value)),
            When(Q(**{f"{due}__lte": self._window_end(prefix)}), then=Value(Light.YELLOW.value)),
            default=Value(Light.GREEN.value), output_field=models.CharField())


def light_counts(assignments, clock: Clock | None = None) -> dict[str, int]:
    """light → number of the assignments (a queryset), counted in SQL, every light present (0 when none)."""
    clock = clock or Clock.at()
    counts = dict.fromkeys(Light.values, 0)
    for light, n in (assignments.order_by().annotate(light=clock.expression()).values_list("light")
                     .annotate(n=models.Count("id"))):
        counts[light] = n
    return counts
