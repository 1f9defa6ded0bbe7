"""A small world for the register's tests: 甲省 → 甲市 → 甲一县, 甲二县; 乙市 → 乙一县; and another province 丙省.

Users of 甲市: admin, staff, supervisor, leader; editors of each county, of 甲省 and of 丙省. Records kept by 甲市
and by each county, with phones, so a test can tell a masked answer from a whole one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from django.test import Client


@dataclass
class World:
    orgs: dict = field(default_factory=dict)
    users: dict = field(default_factory=dict)
    scientists: dict = field(default_factory=dict)
    people: dict = field(default_factory=dict)

    def client(self, actor: str) -> Client:
        c = Client(raise_request_exception=False)
        c.force_login(self.users[actor])
        return c


ROLES = [("city_admin", "city", "admin"), ("city_staff", "city", "staff"), ("city_supervisor", "city", "supervisor"),
         ("city_leader", "city", "leader"), ("k1", "k1", "staff"), ("k2", "k2", "staff"),
         ("province", "province", "admin"), ("cousin", "cousin", "staff"), ("outsider", "other", "admin")]


@pytest.fixture
def world(db, data_dir):
    from django.contrib.auth.hashers import make_password

    from kexie.orgs.services import upsert_organisation, upsert_person, upsert_user
    from kexie.workers.models import Scientist, ScientistTag

    w = World()
    o = w.orgs
    o["province"] = upsert_organisation("甲省科学技术协会", parent=None, level=2, short_name="甲省科协")[0]
    o["city"] = upsert_organisation("甲市科学技术协会", parent=o["province"], level=3, short_name="甲市科协")[0]
    o["k1"] = upsert_organisation("甲一县科学技术协会", parent=o["city"], level=4, short_name="甲一县科协")[0]
    o["k2"] = upsert_organisation("甲二县科学技术协会", parent=o["city"], level=4, short_name="甲二县科协")[0]
    o["city2"] = upsert_organisation("乙市科学技术协会", parent=o["province"], level=3, short_name="乙市科协")[0]
    o["cousin"] = upsert_organisation("乙一县科学技术协会", parent=o["city2"], level=4, short_name="乙一县科协")[0]
    o["other"] = upsert_organisation("丙省科学技术协会", parent=None, level=2, short_name="丙省科协")[0]
    hashed = make_password("x")
    for key, org_key, role in ROLES:
        w.users[key] = upsert_user(f"w-{key}", o[org_key], role, password_hash=hashed)[0]
    w.people["city"] = upsert_person(o["city"], "甲联络员")[0]
    w.people["k2"] = upsert_person(o["k2"], "乙联络员")[0]
    from django.utils import timezone
    young = timezone.localdate().year - 30  # 30 this year: the 35岁及以下 band
    academician = ScientistTag.objects.get(name="院士")
    for key, org_key, name, phone, year in [("city", "city", "甲市专家", "13911112222", 1970),
                                            ("k1", "k1", "甲一县专家", "13933334444", young),
                                            ("k2", "k2", "甲二县专家", "13955556666", 1960),
                                            ("other", "other", "丙省专家", "13977778888", 1980)]:
        s = Scientist.objects.create(organisation=o[org_key], name=name, work_unit=f"{name}单位", phone=phone,
                                     email=f"{key}@example.cn", birth_year=year, gender="男", field="农业",
                                     title="研究员")
        w.scientists[key] = s
    w.scientists["city"].tags.add(academician)
    from kexie.workers.models import refresh_counts
    refresh_counts(o[k].pk for k in ("city", "k1", "k2", "other"))  # the services keep them; ORM rows need this
    return w
