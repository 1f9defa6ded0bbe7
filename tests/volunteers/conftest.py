"""The volunteers' test world, on the demo tree: volunteers kept by 遵义市科协, by its counties 正安县 and 湄潭县
(siblings), and by 四川省科协 (another province); a 湄潭县 staff user; a team of 遵义市科协."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest


@dataclass
class VWorld:
    v: dict = field(default_factory=dict)  # name → Volunteer
    team: object = None


def make(org, name, phone, **extra):
    from kexie.volunteers.models import Volunteer
    return Volunteer.objects.create(organisation=org, name=name, phone=phone, **extra)


@pytest.fixture
def vworld(org, user, data_dir):
    from kexie.orgs.services import upsert_user
    from kexie.volunteers import teams

    upsert_user("meitan-staff", org("湄潭县科协"), "staff", password="x")
    w = VWorld()
    w.v["city"] = make(org("遵义市科协"), "遵义志愿者", "13900000001", service_kinds="popular", is_sanzhang=True)
    w.v["county"] = make(org("正安县科协"), "正安志愿者", "13900000002", service_kinds="technical popular",
                         is_local_talent=True)
    w.v["sibling"] = make(org("湄潭县科协"), "湄潭志愿者", "13900000003", service_kinds="emergency")
    w.v["other"] = make(org("四川省科协"), "四川志愿者", "13900000004", service_kinds="popular")
    w.team = teams.create_team(user("zunyi-staff"), {"name": "遵义市科普宣讲团", "service_kind": "popular",
                                                     "leader": w.v["city"].pk})
    teams.add_members(user("zunyi-staff"), w.team, [w.v["county"].pk])
    return w
