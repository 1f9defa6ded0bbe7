"""The 办实事清单 tests' world: 保定市科协 of the demo tree with users of every role, a county below it with a
user, a sibling county's user, another province's user; and helpers that move a request through its life."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

import pytest
from django.utils import timezone

DATA = {"title": "职称评审政策咨询", "content": "希望了解今年正高级工程师评审的条件和材料要求。",
        "category": "title", "requester_name": "张工", "requester_unit": "保定某研究院",
        "requester_phone": "13912345678"}


@dataclass
class World:
    users: dict
    orgs: dict
    ids: dict = field(default_factory=dict)


@pytest.fixture
def rworld(demo, data_dir):
    from django.contrib.auth.hashers import make_password

    from kexie.orgs.models import Organisation
    from kexie.orgs.services import upsert_user
    city = Organisation.objects.named("保定市科协").get()
    county = Organisation.objects.named("满城区科协").get()
    sibling = Organisation.objects.named("徐水区科协").get()
    other = Organisation.objects.named("陕西省科协").get()
    province = Organisation.objects.named("河北省科协").get()
    hashed = make_password("x")
    users = {}
    for name, org, role in [("staff", city, "staff"), ("admin", city, "admin"), ("supervisor", city, "supervisor"),
                            ("leader", city, "leader"), ("county", county, "staff"), ("sibling", sibling, "staff"),
                            ("province", province, "admin"), ("outsider", other, "admin")]:
        users[name] = upsert_user(f"req-{name}", org, role, password_hash=hashed)[0]
    return World(users, {"city": city, "county": county, "sibling": sibling, "other": other,
                         "province": province})


def due(days: int = 20) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=days)


def listed(w: World, **extra):
    from kexie.workers import requests as service
    return service.create(w.users["staff"], w.orgs["city"], {**DATA, **extra})


def assigned_to_county(w: World):
    from kexie.workers import requests as service
    r = listed(w)
    a = service.assign(r, w.users["staff"], target=f"o{w.orgs['county'].pk}", due_date=due())
    r.refresh_from_db()
    return r, a


def handle(a, handler, issuer):
    """What the unit and the issuer do in the ledger: accept (if new), report, ask for completion, close."""
    from kexie.ledger import services
    from kexie.ledger.models import Assignment
    a = Assignment.objects.select_related("plan", "plan__organisation", "organisation", "task").get(pk=a.pk)
    if a.status == "assigned":
        a = services.act(a, "accept", handler)
    services.submit_report(a, handler, text="已协调人社部门答复。", percent=100)
    a = Assignment.objects.select_related("plan", "plan__organisation", "organisation", "task").get(pk=a.pk)
    a = services.act(a, "request_completion", handler)
    return services.act(a, "close", issuer)
