"""Working days: the official calendar (调休 included), overrides that win over it, unknown years flagged."""

from __future__ import annotations

import datetime

import pytest

from kexie.workdays import calendar
from kexie.workdays.models import DayOverride, DeclaredYear

D = datetime.date


@pytest.mark.parametrize("day, workday", [
    (D(2022, 10, 3), False),   # 国庆节
    (D(2022, 10, 8), True),    # Saturday, 国庆节调休上班
    (D(2022, 10, 10), True),   # Monday
    (D(2022, 10, 15), False),  # Saturday
    (D(2026, 1, 1), False),    # 元旦
])
def test_official_calendar(db, day, workday):
    assert calendar.is_workday(day) is workday


@pytest.mark.parametrize("start, n, expected", [
    (D(2022, 9, 29), 1, D(2022, 9, 30)),
    (D(2022, 9, 30), 1, D(2022, 10, 8)),    # across the National Day week to the make-up Saturday
    (D(2022, 9, 30), 2, D(2022, 10, 9)),    # Sunday 9 October 2022 was a make-up workday too
    (D(2022, 10, 14), 1, D(2022, 10, 17)),  # Friday → Monday
    (D(2022, 10, 14), 0, D(2022, 10, 14)),
])
def test_add_workdays(db, start, n, expected):
    assert calendar.add_workdays(start, n) == expected


def test_workdays_between(db):
    assert calendar.workdays_between(D(2022, 9, 30), D(2022, 10, 10)) == 3  # 8, 9 and 10 October
    assert calendar.workdays_between(D(2022, 10, 10), D(2022, 9, 30)) == 0


def test_override_wins_over_the_library(db):
    assert calendar.is_workday(D(2022, 10, 10))
    DayOverride.objects.create(date=D(2022, 10, 10), is_workday=False, name="本地调休")
    assert not calendar.is_workday(D(2022, 10, 10))
    assert calendar.add_workdays(D(2022, 10, 9), 1) == D(2022, 10, 11)


def test_unknown_year_is_flagged_until_declared(db):
    year = 2099
    assert not calendar.library_knows(year)
    assert calendar.unknown_years([2022, year, year]) == [year]
    # Counted as weekends only meanwhile: Friday 2 January 2099 → Monday 5 January.
    assert calendar.add_workdays(D(year, 1, 2), 1) == D(year, 1, 5)
    DayOverride.objects.create(date=D(year, 1, 5), is_workday=False, name="元旦")
    DeclaredYear.objects.create(year=year)
    assert calendar.unknown_years([year]) == []
    assert calendar.add_workdays(D(year, 1, 2), 1) == D(year, 1, 6)
