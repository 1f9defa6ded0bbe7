"""A small fixture world of its own for scope tests (no demo counts): a province, two cities, three counties.

甲省科协 ─┬─ 甲市科协 (the issuer) ─┬─ 甲一县科协 (recipient)
          │                         └─ 甲二县科协 (recipient, sibling)
          └─ 乙市科协 ───────────── 乙一县科协 (a county of another city)
Editors (staff) everywhere; 甲市 also has a 督办 and a 领导. 甲市 publishes one plan of one task to both counties.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass


@dataclass
class World:
    orgs: dict
    users: dict
    plan: object
    task: object
    assignments: dict  # county short name → assignment


def build_world() -> World:
    from django.contrib.auth.hashers import make_password

    from kexie.ledger import services
    from kexie.ledger.models import Plan, PlanRecipient, Task
    from kexie.orgs.models import Level, Organisation
    from kexie.orgs.services import upsert_user

    def org(name, level, parent=None):
        return Organisation.objects.create(name=name, short_name=name, level=level, parent=parent)

    province = org("甲省科协", Level.PROVINCE)
    city = org("甲市科协", Level.CITY, province)
    c1, c2 = org("甲一县科协", Level.COUNTY, city), org("甲二县科协", Level.COUNTY, city)
    other_city = org("乙市科协", Level.CITY, province)
    other_county = org("乙一县科协", Level.COUNTY, other_city)
    orgs = {o.short_name: o for o in (province, city, c1, c2, other_city, other_county)}
    pw = make_password(None)
    users = {name: upsert_user(name, o, role, password_hash=pw)[0] for name, o, role in [("province", province, "staff"), ("city", city, "staff"),
                              ("city-supervisor", city, "supervisor"), ("city-leader", city, "leader"),
                              ("county1", c1, "staff"), ("county2", c2, "staff"),
                              ("other-city", other_city, "staff"), ("other-county", other_county, "staff")]}
    plan = Plan.objects.create(organisation=city, title="甲市工作安排", year=2026,
                               default_due=datetime.date(2026, 12, 31), created_by=users["city"])
    task = Task.objects.create(plan=plan, outline_id="1", heading="开展科普活动", order=0)
    recipient = PlanRecipient.objects.create(plan=plan, name="各县科协", order=0)
    services.set_recipient(recipient, users["city"], organisation_ids=[c1.pk, c2.pk])
    services.publish(plan, users["city"])
    assignments = {a.organisation.short_name: a for a in plan.assignments.select_related("plan", "organisation")}
    return World(orgs, users, plan, task, assignments)
