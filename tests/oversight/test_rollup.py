"""The subtree summary (ledger.SubtreeCount, SubtreeReportCount) equals a recount after real flow steps, and the
roll-ups read from it equal the lights counted straight from the assignments."""

from __future__ import annotations

import datetime

import pytest
from django.core.management import call_command

from kexie.ledger import counts, services
from kexie.ledger.lights import Clock, light_counts
from kexie.ledger.models import Assignment, Plan, PlanRecipient, SubtreeCount, SubtreeReportCount, Task
from kexie.oversight import rollup
from world import build_world

pytestmark = pytest.mark.django_db


def summary() -> list[tuple]:
    rows = [tuple(r) for r in SubtreeCount.objects.filter(n__gt=0).values_list(
        "organisation_id", "plan_id", "status", "due_date", "closed_on", "n")]
    reports = [tuple(r) for r in SubtreeReportCount.objects.filter(n__gt=0).values_list(
        "organisation_id", "plan_id", "day", "is_typical_case", "n")]
    assert not SubtreeCount.objects.filter(n__lt=0).exists()
    return sorted(rows) + sorted(reports)


def province_plan(w, n_tasks=3):
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


def flow_steps(w, plan):
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


def test_summary_equals_a_recount_after_every_kind_of_step():
    w = build_world()
    plan = province_plan(w)
    assert summary()  # publishing counted them
    flow_steps(w, plan)
    services.act(w.assignments["甲一县科协"], "accept", w.users["county1"])
    kept = summary()
    counts.recount_all()
    assert summary() == kept
    call_command("recount", verbosity=0)
    assert summary() == kept


def test_rollups_equal_lights_counted_from_the_assignments():
    w = build_world()
    plan = province_plan(w)
    flow_steps(w, plan)
    clock = Clock.at()
    for name in ("甲省科协", "甲市科协", "甲一县科协", "乙市科协"):
        org = w.orgs[name]
        direct = light_counts(rollup.subtree_assignments(org), clock)
        assert rollup.figures(org, clock).lights == direct, name
        assert rollup.figures(org, clock, plan.pk).lights == light_counts(
            rollup.subtree_assignments(org).filter(plan=plan), clock)
    province = w.orgs["甲省科协"]
    rows = dict((u.short_name, f) for u, f in rollup.by_children(province, clock))
    assert rows["甲市科协"].total == 8 and rows["乙市科协"].total == 3
    closed = rollup.figures(province, clock)
    assert closed.closed == 1 and closed.on_time == 0 and closed.completion_rate == pytest.approx(1 / 11)
    plans = dict((p.pk, f.total) for p, f in rollup.by_plan(province, clock))
    assert plans == {plan.pk: 9, w.plan.pk: 2}
