"""The subtree summary (ledger.SubtreeCount, SubtreeReportCount) equals a recount after real flow steps, and the
roll-ups read from it equal the lights counted straight from the assignments."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from kexie.ledger import counts, services
from kexie.ledger.lights import Clock, light_counts
from kexie.ledger.models import SubtreeCount, SubtreeReportCount
from kexie.oversight import rollup
from world import build_world

pytestmark = pytest.mark.django_db


def summary() -> list[tuple]:
    rows = [tuple(r) for r in SubtreeCount.objects.filter(n__gt=0).values_list(
        "organisation_id", "plan_id", "due_date", "closed_on", "n")]
    reports = [tuple(r) for r in SubtreeReportCount.objects.filter(n__gt=0).values_list(
        "organisation_id", "plan_id", "day", "is_typical_case", "n")]
    assert not SubtreeCount.objects.filter(n__lt=0).exists()
    return sorted(rows) + sorted(reports)


def test_summary_equals_a_recount_after_every_kind_of_step(province_plan, flow_steps):
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


def test_rollups_equal_lights_counted_from_the_assignments(flowed):
    w, plan = flowed
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


def test_synth_bulk_paths_leave_the_summary_exact(data_dir):
    from kexie.site import synth
    synth.generate(plans=1, scale=0.002, password="x", out=lambda *_: None)
    kept = summary()
    assert SubtreeReportCount.objects.filter(n__gt=0).exists()
    counts.recount_all()
    assert summary() == kept
    from kexie.ledger.models import Assignment
    from kexie.orgs.models import Organisation
    clock = Clock.at()
    national = Organisation.objects.get(parent=None, level=1)
    assert rollup.figures(national, clock).lights == light_counts(Assignment.objects.all(), clock)
