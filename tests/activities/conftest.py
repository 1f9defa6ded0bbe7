"""A small world for the activities' tests: 甲省 with 甲市 (its counties 甲一县 and 甲二县) and 乙市, and 丙省 outside;
a user of each role, volunteers and teams made with the ORM, and a published 甲市 plan whose task both counties
carry out (made directly: the ledger's own tests cover building plans)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

import pytest


@dataclass
class World:
    orgs: dict = field(default_factory=dict)
    users: dict = field(default_factory=dict)
    volunteers: dict = field(default_factory=dict)
    teams: dict = field(default_factory=dict)
    task: object = None
    assignments: dict = field(default_factory=dict)

    def client(self, name):
        from django.test import Client
        c = Client()
        c.force_login(self.users[name])
        return c


@pytest.fixture
def vworld(db, data_dir):
    from django.contrib.auth.hashers import make_password

    from kexie.ledger.models import Assignment, Plan, PlanState, Task
    from kexie.orgs.services import upsert_organisation, upsert_user
    from kexie.volunteers import counts
    from kexie.volunteers.models import Team, Volunteer

    w = World()
    up = upsert_organisation
    w.orgs["p"] = up("甲省科学技术协会", parent=None, level=2, short_name="甲省科协")[0]
    w.orgs["c"] = up("甲市科学技术协会", parent=w.orgs["p"], level=3, short_name="甲市科协")[0]
    w.orgs["k1"] = up("甲一县科学技术协会", parent=w.orgs["c"], level=4, short_name="甲一县科协")[0]
    w.orgs["k2"] = up("甲二县科学技术协会", parent=w.orgs["c"], level=4, short_name="甲二县科协")[0]
    w.orgs["c2"] = up("乙市科学技术协会", parent=w.orgs["p"], level=3, short_name="乙市科协")[0]
    w.orgs["o"] = up("丙省科学技术协会", parent=None, level=2, short_name="丙省科协")[0]
    hashed = make_password("x")
    for name, org, role in [("p_admin", "p", "admin"), ("c_staff", "c", "staff"), ("c_admin", "c", "admin"),
                            ("c_leader", "c", "leader"), ("c_supervisor", "c", "supervisor"),
                            ("k1_staff", "k1", "staff"), ("k2_staff", "k2", "staff"), ("o_admin", "o", "admin")]:
        w.users[name] = upsert_user(f"v-{name}", w.orgs[org], role, password_hash=hashed)[0]
    for key, org, name, phone in [("k1", "k1", "甲一志愿者", "13800000001"), ("k2", "k2", "甲二志愿者", "13800000002"),
                                  ("c", "c", "甲市志愿者", "13800000003"), ("p", "p", "甲省志愿者", "13800000005"),
                                  ("o", "o", "丙省志愿者", "13800000004")]:
        w.volunteers[key] = Volunteer.objects.create(organisation=w.orgs[org], name=name, phone=phone)
    w.teams["k1"] = Team.objects.create(organisation=w.orgs["k1"], name="甲一县科技志愿服务队")
    w.teams["k2"] = Team.objects.create(organisation=w.orgs["k2"], name="甲二县科技志愿服务队")
    w.teams["k2"].members.add(w.volunteers["k2"])
    counts.recount()  # the rows above were written directly, not through the registry and teams.create_team
    plan = Plan.objects.create(organisation=w.orgs["c"], title="甲市科普工作方案", year=2026, state=PlanState.PUBLISHED)
    w.task = Task.objects.create(plan=plan, outline_id="1", marker="一、", heading="开展全国科普日活动", order=1,
                                 due_date=datetime.date(2026, 9, 30))
    for k in ("k1", "k2"):
        w.assignments[k] = Assignment.objects.create(task=w.task, plan=plan, organisation=w.orgs[k],
                                                     due_date=datetime.date(2026, 9, 30))
    return w


@pytest.fixture
def activity_of(vworld):
    """An activity organised by a unit of the world (through the service, as its staff)."""
    from kexie.volunteers import activities

    def make(unit="k1", *, title="科普进社区", start="2026-09-16", end=None, **kwargs):
        user = vworld.users[f"{unit}_staff"]
        return activities.save_activity(user, title=title, kind=kwargs.pop("kind", "popular"), start_date=start,
                                        end_date=end or start, **kwargs)
    return make
