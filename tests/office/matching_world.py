"""The office matching tests' world: the demo's seed plans built and sent down, and the Sichuan newspaper page."""

from __future__ import annotations

import pytest


@pytest.fixture
def seeded(demo, data_dir):
    """The demo's five plans published (四川's reports from the page already recorded by the province)."""
    from kexie.ledger.demo import build_demo_ledgers
    from kexie.site.demo import load_seeds
    load_seeds()
    build_demo_ledgers()


@pytest.fixture
def page(seeded):
    from kexie.documents.models import Document
    return Document.objects.get(filename="sichuan-newspaper-page.txt")


# By reading the page: which task each city's item answers (plan's issuer, outline id, the assignee).
# 四川省科协's own item (定点帮扶乡城县) answers no task of the seeds: none is expected for it.
EXPECTED = {
    "泸州市科协": ("四川省科协", "1", "泸州市科协"),  # 传达学习二十大精神 → 学习宣传贯彻党的二十大精神
    "内江市科协": ("四川省科协", "1", "内江市科协"),  # 学习二十大报告
    "广元市科协": ("四川省科协", "1", "广元市科协"),  # 党组会议传达学习二十大精神
    "沙湾区老科协": ("四川省科协", "1", "乐山市科协"),  # 文艺汇演宣传二十大精神; reports through 乐山市科协
    # 中山's item answers several of its tasks: its 聚焦 paragraphs are 服务科技工作者 (3.3), 服务创新驱动发展 (3.4) and
    # 服务全民科学素质提高 (3.5, the longest); the headline says 科技创新与科学普及: 3.4 or 3.5 first, both near the top.
    "中山市科协": {("广东省科协", "3.4", "中山市科协"), ("广东省科协", "3.5", "中山市科协")},
}


def staff_of(short_name: str, role: str = "staff"):
    """A sign-in of that organisation with that role (made for the test: the demo's are named by id)."""
    from django.contrib.auth.hashers import make_password

    from kexie.orgs.models import Organisation
    from kexie.orgs.services import upsert_user
    org = Organisation.objects.get(short_name=short_name)
    user, _ = upsert_user(f"t-{role}-{org.pk}", org, role, password_hash=make_password(None))
    return user


@pytest.fixture
def sign_in():
    """A client signed in as staff_of(short_name, role)."""
    from django.test import Client

    def make(short_name, role="staff"):
        c = Client()
        c.force_login(staff_of(short_name, role))
        return c
    return make
