"""Fixtures of the policy chain and coverage tests: a fresh data directory, a test database of its own name, users
of 贵州 and 广东 (the demo has none), and a helper that stores a short 公文 text for an organisation."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _fresh_data_dir(data_dir):
    return data_dir


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix):
    from django.conf import settings
    db = settings.DATABASES["default"]
    if db["ENGINE"].endswith("postgresql"):
        db.setdefault("TEST", {})["NAME"] = f"test_{db['NAME']}_chain"


def notice(number: str, title: str, cites=(), body: str = "") -> bytes:
    """A short 通知 with its 文号, citing each (number, title) pair the way 公文 do: 《title》（number）."""
    basis = "".join(f"《{t}》（{n}）" if t else f"（{n}）" for n, t in cites)
    return (f"某某科学技术协会文件\n\n{number}\n\n关于{title}的通知\n\n各有关单位：\n"
            f"{'为贯彻落实' + basis + '，' if cites else ''}现就{title}通知如下。{body}\n\n"
            f"某某科学技术协会\n2022年5月6日\n").encode()


@pytest.fixture
def store():
    """store(organisation, number, title, cites=...) → the stored Document."""
    from kexie.documents.services import ingest

    def put(organisation, number, title, cites=(), body=""):
        document, _ = ingest(notice(number, title, cites, body), f"{title}.txt", organisation)
        return document
    return put


@pytest.fixture
def people(demo, org):
    """Users of 贵州省科协 (admin, staff, supervisor, leader), of 广东省科协 and of 正安县科协's sibling 汇川区科协."""
    from django.contrib.auth.hashers import make_password

    from kexie.orgs.services import upsert_user
    hashed = make_password("x")
    made = {}
    for username, name, role in [("gz-admin", "贵州省科协", "admin"), ("gz-staff", "贵州省科协", "staff"),
                                 ("gz-supervisor", "贵州省科协", "supervisor"), ("gz-leader", "贵州省科协", "leader"),
                                 ("gd-admin", "广东省科协", "admin"), ("huichuan-staff", "汇川区科协", "staff")]:
        made[username] = upsert_user(username, org(name), role, password_hash=hashed)[0]
    return made
