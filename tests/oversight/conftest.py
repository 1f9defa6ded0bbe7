"""Fixtures of the oversight tests: the small world (tests/ledger/world.py) with a province's plan sent to all three
counties, due on three different days (past, tomorrow, in two months), moved through every kind of step."""

from __future__ import annotations

import datetime

import pytest

from kexie.ledger import services
from kexie.ledger.models import Assignment, Plan, PlanRecipient, Task
from world import build_world


@pytest.fixture(autouse=True)
def _fresh_data_dir(data_dir):
    return data_dir


@pytest.fixture
def province_plan():
    def make(w, n_tasks=3):
        """A plan of the province sent to every county (three of them, in two cities), due on different days."""
        province = w.orgs["甲省科协"]
        plan = Plan.objects.create(organisation=province, title="甲省重点工作", year=2026,
                                   default_due=datetime.date(2026, 12, 31))
        today = datetime.date.today()
        for i in range(n_tasks):
            Task.objects.create(plan=plan, outline_id=str(i + 1), heading=f"任务{i + 1}", order=i,
                                due_date=today + datetime.timedelta(days=(-10, 1, 60)[i % 3]))
        recipient = PlanRecipient.objects.create(plan=plan, name="各县科协", order=0)
        counties = [w.orgs[n] for n in ("甲一县科协", "甲二县科协", "乙一县科协")]
        services.set_recipient(recipient, w.users["province"], organisation_ids=[c.pk for c in counties])
        services.publish(plan, w.users["province"])
        return plan

    return make


@pytest.fixture
def flow_steps():
    def steps(w, plan):
        """Every kind of step: accept, report (one typical), completion, close, extension agreed, returned."""
        users = {"甲一县科协": w.users["county1"], "甲二县科协": w.users["county2"], "乙一县科协": w.users["other-county"]}
        a = list(plan.assignments.select_related("plan", "organisation").order_by("id"))

        def fresh(x):
            return Assignment.objects.select_related("plan", "organisation").get(pk=x.pk)

        unit = lambda x: users[x.organisation.short_name]  # noqa: E731
        services.act(a[0], "accept", unit(a[0]))
        services.submit_report(fresh(a[1]), unit(a[1]), text="进展", percent=50, is_typical_case=True)
        x = fresh(a[2])
        services.submit_report(x, unit(x), text="进展", percent=100)
        x = fresh(x)
        services.act(x, "request_completion", unit(x))
        services.act(fresh(x), "close", w.users["province"])
        x = fresh(a[3])
        services.act(x, "request_extension", unit(x), reason="需要时间", new_due=x.due_date + datetime.timedelta(days=30))
        services.act(fresh(x), "approve_extension", w.users["province"])
        services.act(a[4], "accept", unit(a[4]))
        x = fresh(a[4])
        services.act(x, "request_completion", unit(x))
        services.act(fresh(x), "return", w.users["province"], reason="材料不全")
        return a
    return steps


@pytest.fixture
def flowed(db, province_plan, flow_steps):
    """(world, the province's plan) after the flow steps."""
    w = build_world()
    plan = province_plan(w)
    flow_steps(w, plan)
    return w, plan
