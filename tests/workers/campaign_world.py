"""A small world for the 推荐评选 and 典型库 tests: 甲市科协 runs a campaign for its counties 甲一县 and 甲二县; 乙一县 (a
county of the province's other city) and 丙省 are outside it. 甲二县 has nominated one person (with a material) and
has a typical case of its own (with an attachment)."""

from __future__ import annotations

import datetime
from types import SimpleNamespace

import pytest
from django.test import Client
from django.utils import timezone

PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
SECRET_PHONE = "13987654321"
ROLES = {  # actor: (organisation key, role)
    "city_admin": ("city", "admin"), "city_staff": ("city", "staff"), "city_supervisor": ("city", "supervisor"),
    "city_leader": ("city", "leader"), "parent": ("province", "admin"), "k1": ("k1", "staff"),
    "k1_leader": ("k1", "leader"), "k2": ("k2", "staff"), "cousin": ("cousin", "staff"), "outsider": ("other", "admin"),
}


def build_world():
    from django.contrib.auth.hashers import make_password

    from kexie.orgs.services import upsert_organisation, upsert_user
    from kexie.workers import campaigns as svc
    from kexie.workers.models import Scientist

    province = upsert_organisation("甲省科学技术协会", parent=None, level=2, short_name="甲省科协")[0]
    city = upsert_organisation("甲市科学技术协会", parent=province, level=3, short_name="甲市科协")[0]
    k1 = upsert_organisation("甲一县科学技术协会", parent=city, level=4, short_name="甲一县科协")[0]
    k2 = upsert_organisation("甲二县科学技术协会", parent=city, level=4, short_name="甲二县科协")[0]
    city2 = upsert_organisation("乙市科学技术协会", parent=province, level=3, short_name="乙市科协")[0]
    cousin = upsert_organisation("乙一县科学技术协会", parent=city2, level=4, short_name="乙一县科协")[0]
    other = upsert_organisation("丙省科学技术协会", parent=None, level=2, short_name="丙省科协")[0]
    orgs = dict(province=province, city=city, k1=k1, k2=k2, city2=city2, cousin=cousin, other=other)
    hashed = make_password("x")
    users = {actor: upsert_user(f"cw-{actor}", orgs[key], role, password_hash=hashed)[0]
             for actor, (key, role) in ROLES.items()}
    today = timezone.localdate()
    campaign = svc.create_campaign(users["city_staff"], {
        "title": "2022年甲市青年科技奖推荐评选", "award": "甲市青年科技奖", "year": 2022,
        "deadline": today + datetime.timedelta(days=10), "publicity_start": today - datetime.timedelta(days=1),
        "publicity_end": today + datetime.timedelta(days=3), "rules": "每单位按名额推荐。"})
    svc.set_quotas(campaign, users["city_staff"], {k1.pk: 2, k2.pk: 1})
    p1 = Scientist.objects.create(organisation=k1, name="甲一专家", work_unit="甲一县医院", phone="13912345678")
    p2 = Scientist.objects.create(organisation=k2, name="甲二专家", work_unit="甲二县中学", phone=SECRET_PHONE)
    nomination = svc.nominate(campaign, users["k2"], scientist=p2.pk, reason="甲二县的推荐理由",
                              files=[("甲二推荐表.pdf", PDF)])
    case = svc.enter_case(users["k2"], {"kind": "person", "title": "甲二县的典型人物", "text": "甲二县典型事迹",
                                        "day": today.isoformat(), "people": [p2.pk]}, [("甲二典型.pdf", PDF)])
    return SimpleNamespace(orgs=orgs, users=users, campaign=campaign, p1=p1, p2=p2, nomination=nomination,
                           material=nomination.materials.get(), case=case, attachment=case.attachments.get(),
                           today=today)


@pytest.fixture
def cw(db, data_dir):
    return build_world()


@pytest.fixture
def as_actor(cw):
    def sign_in(actor):
        c = Client()
        c.force_login(cw.users[actor])
        return c
    return sign_in
