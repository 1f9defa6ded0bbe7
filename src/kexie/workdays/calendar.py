"""Working-day arithmetic: the one place every deadline, warning window, light and period counts days.

The official schedule comes from `chinese-calendar` (holidays and 调休 make-up workdays); rows of DayOverride
win over it. A year that neither the library nor a DeclaredYear knows is counted as weekends only and
reported by `unknown_years`, so administrators see a warning instead of a silent guess.

A Calendar loads the overrides of a span of dates in one query; the module functions make one for a call.
"""

from __future__ import annotations

import datetime
from functools import lru_cache

import chinese_calendar

from .models import DayOverride, DeclaredYear

# Far enough for a warning window or a due offset counted from any date (30 working days ≈ 6 weeks, and the
# longest holiday run is 8 days).
_SPAN = datetime.timedelta(days=120)


@lru_cache(maxsize=None)
def library_knows(year: int) -> bool:
    """Whether chinese-calendar holds the State Council's schedule for the year."""
    try:
        chinese_calendar.is_workday(datetime.date(year, 6, 1))
    except NotImplementedError:
        return False
    return True


def _library_is_workday(day: datetime.date) -> bool | None:
    if not library_knows(day.year):
        return None
    return chinese_calendar.is_workday(day)


class Calendar:
    """Working days between start and end (inclusive), overrides applied; dates outside widen it lazily."""

    def __init__(self, start: datetime.date, end: datetime.date):
        self.start, self.end = start, end
        self.overrides: dict[datetime.date, bool] = dict(
            DayOverride.objects.filter(date__range=(start, end)).values_list("date", "is_workday"))
        self.declared: set[int] | None = None

    @classmethod
    def around(cls, day: datetime.date) -> "Calendar":
        return cls(day - _SPAN, day + _SPAN)

    def _cover(self, day: datetime.date) -> None:
        if not (self.start <= day <= self.end):
            start, end = min(self.start, day - _SPAN), max(self.end, day + _SPAN)
            self.__init__(start, end)

    def is_workday(self, day: datetime.date) -> bool:
        self._cover(day)
        if day in self.overrides:
            return self.overrides[day]
        official = _library_is_workday(day)
        return day.weekday() < 5 if official is None else official

    def add_workdays(self, day: datetime.date, n: int) -> datetime.date:
        """The n-th working day after day (n ≥ 0; 0 gives day itself, whatever it is)."""
        if n < 0:
            raise ValueError("n must be ≥ 0")
        while n:
            day += datetime.timedelta(days=1)
            if self.is_workday(day):
                n -= 1
        return day

    def workdays_between(self, start: datetime.date, end: datetime.date) -> int:
        """Working days after start up to and including end (0 when end ≤ start)."""
        count, day = 0, start
        while day < end:
            day += datetime.timedelta(days=1)
            count += self.is_workday(day)
        return count

    def next_workday(self, day: datetime.date) -> datetime.date:
        """day itself if a working day, else the first working day after it."""
        while not self.is_workday(day):
            day += datetime.timedelta(days=1)
        return day


def is_workday(day: datetime.date) -> bool:
    return Calendar(day, day).is_workday(day)


def add_workdays(day: datetime.date, n: int) -> datetime.date:
    return Calendar.around(day).add_workdays(day, n)


def workdays_between(start: datetime.date, end: datetime.date) -> int:
    return Calendar(min(start, end), max(start, end)).workdays_between(start, end)


def is_known(year: int) -> bool:
    return library_knows(year) or DeclaredYear.objects.filter(year=year).exists()


def unknown_years(years) -> list[int]:
    """Of the given years, those whose schedule is unknown (weekends only is a guess there), in order."""
    years = sorted({y for y in years if not library_knows(y)})
    if not years:
        return []
    declared = set(DeclaredYear.objects.filter(year__in=years).values_list("year", flat=True))
    return [y for y in years if y not in declared]
