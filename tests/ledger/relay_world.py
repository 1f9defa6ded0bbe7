"""The world of the relay tests: world.py's tree, with a province plan given to both cities (甲市 relays it on)."""

from __future__ import annotations

import datetime

from world import build_world

DUE = datetime.date(2026, 12, 31)


def build_relay_world(rhythm: str = ""):
    from kexie.ledger import services
    from kexie.ledger.models import Plan, PlanRecipient, Task

    w = build_world()
    province = w.orgs["甲省科协"]
    plan = Plan.objects.create(organisation=province, title="甲省科普工作要点", year=2026, default_due=DUE,
                               warning_days=5, created_by=w.users["province"])
    Task.objects.create(plan=plan, outline_id="1", heading="工作要求", order=0, is_group=True)
    task = Task.objects.create(plan=plan, outline_id="2", marker="（一）", heading="开展科普讲座", text="每季度报送进展",
                               order=1, rhythm=rhythm, rhythm_start=datetime.date(2026, 1, 1) if rhythm else None)
    recipient = PlanRecipient.objects.create(plan=plan, name="各市科协", order=0)
    services.set_recipient(recipient, w.users["province"],
                           organisation_ids=[w.orgs["甲市科协"].pk, w.orgs["乙市科协"].pk])
    services.publish(plan, w.users["province"])
    w.province_plan, w.province_task = plan, task
    w.city_a = plan.assignments.select_related("plan", "task", "organisation").get(organisation=w.orgs["甲市科协"])
    w.other_a = plan.assignments.select_related("plan", "task", "organisation").get(organisation=w.orgs["乙市科协"])
    return w


def relay_to_counties(w, due=datetime.date(2026, 11, 30)):
    from kexie.ledger import relays
    done = relays.relay(w.city_a, w.users["city"], organisations=[w.orgs["甲一县科协"].pk, w.orgs["甲二县科协"].pk],
                        due_date=due)
    return {c.organisation.short_name: c for c in done.created}
