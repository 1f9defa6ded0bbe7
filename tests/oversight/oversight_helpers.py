"""Shared by the oversight notice tests: the small world with a few more users (admins, supervisors, another
province), and a client signed in as one of them."""

from __future__ import annotations

from django.contrib.auth.hashers import make_password
from django.test import Client

from kexie.orgs.models import Level, Organisation
from kexie.orgs.services import upsert_user
from world import build_world


def notice_world():
    """build_world() plus: 甲市 admin, 甲省 supervisor, 甲一县 supervisor, 丙省 (another province) supervisor and
    staff; every user with an email address."""
    w = build_world()
    other = Organisation.objects.create(name="丙省科协", short_name="丙省科协", level=Level.PROVINCE)
    w.orgs["丙省科协"] = other
    pw = make_password(None)
    for name, org, role in [("city-admin", w.orgs["甲市科协"], "admin"),
                            ("province-supervisor", w.orgs["甲省科协"], "supervisor"),
                            ("county1-supervisor", w.orgs["甲一县科协"], "supervisor"),
                            ("other-province-supervisor", other, "supervisor"),
                            ("other-province", other, "staff")]:
        w.users[name] = upsert_user(name, org, role, password_hash=pw)[0]
    for name, u in w.users.items():
        u.email = f"{name}@example.org"
        u.save(update_fields=["email"])
    return w


def client(user) -> Client:
    c = Client(raise_request_exception=False)
    c.force_login(user)
    return c
