"""Lights: one rule in Python and in SQL — 灰 closed, 红 overdue, 黄 within the plan's window, 绿 otherwise."""

from __future__ import annotations

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from kexie.ledger.flow import Status
from kexie.ledger.lights import Clock, Light, light_counts, worst, worst_of_counts
from kexie.ledger.models import Assignment
from world import build_world

D = datetime.date
TODAY = D(2022, 9, 29)  # Thursday before the National Day week: its window crosses the holiday


@pytest.mark.parametrize("status, due, window, light", [
    (Status.CLOSED, D(2022, 1, 1), 3, Light.GRAY),
    (Status.IN_PROGRESS, None, 3, Light.GREEN),
    (Status.IN_PROGRESS, D(2022, 9, 28), 3, Light.RED),
    (Status.EXTENSION_REQUESTED, D(2022, 9, 28), 3, Light.RED),   # asked, not yet agreed: still late
    (Status.ASSIGNED, TODAY, 0, Light.YELLOW),                     # due today is not overdue yet
    (Status.ASSIGNED, D(2022, 9, 30), 0, Light.GREEN),
    (Status.ASSIGNED, D(2022, 10, 9), 3, Light.YELLOW),            # 30 Sep, 8 Oct, 9 Oct: 3 working days
    (Status.ASSIGNED, D(2022, 10, 10), 3, Light.GREEN),
    (Status.ACCEPTED, D(2022, 10, 10), 4, Light.YELLOW),
])
def test_light_rule(db, status, due, window, light):
    assert Clock.at(TODAY).light(status, due, window) == light


def test_worst():
    assert worst([Light.GREEN, Light.GRAY, Light.YELLOW]) == Light.YELLOW
    assert worst([]) is None
    assert worst_of_counts({"red": 0, "green": 2, "gray": 5}) == Light.GREEN


@pytest.fixture
def world(db, data_dir):
    return build_world()


def test_sql_agrees_with_python_and_moves_with_the_date(world):
    plan = world.plan
    plan.warning_days = 3
    plan.save(update_fields=["warning_days"])
    a1, a2 = world.assignments["甲一县科协"], world.assignments["甲二县科协"]
    cases = [(Status.ASSIGNED, D(2022, 9, 28)), (Status.IN_PROGRESS, D(2022, 10, 9)), (Status.ACCEPTED, D(2022, 10, 10)),
             (Status.CLOSED, D(2022, 9, 1))]
    clock = Clock.at(TODAY)
    for status, due in cases:
        for a in (a1, a2):
            Assignment.objects.filter(pk=a.pk).update(status=status, due_date=due)
        rows = Assignment.objects.filter(plan=plan).select_related("plan").annotate(light=clock.expression())
        expected = clock.light(status, due, 3)
        assert {r.light for r in rows} == {expected} == {clock.of(r) for r in rows}
        for light in Light.values:
            n = Assignment.objects.filter(plan=plan).filter(clock.q(light)).count()
            assert n == (2 if light == expected else 0), (status, due, light)
        counts = light_counts(Assignment.objects.filter(plan=plan), clock)
        assert counts == {light: (2 if light == expected else 0) for light in Light.values}


def test_clock_and_counts_take_one_query_each(world):
    with CaptureQueriesContext(connection) as queries:
        clock = Clock.at(TODAY)  # the overrides around today
        light_counts(Assignment.objects.all(), clock)
    assert len(queries) == 2
