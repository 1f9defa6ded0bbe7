"""Registering volunteers: by staff (form and API), the public sign-up and its review, the link to a scientist,
teams; and bad input — a duplicate phone, a sign-up flood, script in names, over-long fields, NUL, a team
leader from another province: one clear sentence, nothing half-written."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from kexie.audit.models import Entry
from kexie.volunteers.models import Team, Volunteer, VolunteerState

pytestmark = pytest.mark.django_db

FORM = {"name": "李四", "phone": "139 1111-2222", "region": "正安县", "work_unit": "正安县中学", "expertise": "物理",
        "service_kinds": ["popular", "technical"], "is_sanzhang": "on", "availability": "周末"}


def test_staff_register_a_volunteer_with_history(vworld, client_for):
    c = client_for("zhengan-staff")
    assert c.get(reverse("volunteers:register")).status_code == 200
    r = c.post(reverse("volunteers:register"), FORM)
    assert r.status_code == 302
    v = Volunteer.objects.get(phone="13911112222")
    assert (v.organisation.short_name, v.state, v.service_kinds, v.is_sanzhang, v.is_local_talent) == \
        ("正安县科协", VolunteerState.ACTIVE, "popular technical", True, False)
    entry = Entry.objects.get(object_type="volunteers.volunteer", object_id=v.pk, action="create")
    assert entry.after["phone"] == "13911112222" and entry.user.username == "zhengan-staff"
    page = c.get(reverse("volunteers:volunteer", args=[v.pk])).content.decode()
    assert "13911112222" in page and "科普服务" in page


def test_a_duplicate_phone_is_refused_with_a_sentence(vworld, client_for):
    c = client_for("zhengan-staff")
    n = Volunteer.objects.count()
    # the same phone as 遵义's volunteer, written another way, and even from another organisation
    r = c.post(reverse("volunteers:register"), {**FORM, "phone": "139-0000-0001"})
    assert r.status_code == 400
    assert "已登记为科技志愿者" in r.content.decode() and "13900000001" in r.content.decode()
    assert "遵义志愿者" not in r.content.decode()  # nothing about whose it is
    r = client_for("sichuan-admin").post(reverse("volunteer-list"), {**FORM, "phone": "13900000002"},
                                         content_type="application/json")
    assert r.status_code == 400 and "已登记为科技志愿者" in r.json()["detail"]
    assert Volunteer.objects.count() == n


def test_a_rejected_registration_frees_its_phone(vworld, user):
    from kexie.volunteers import registry
    Volunteer.objects.filter(pk=vworld.v["county"].pk).update(state=VolunteerState.REJECTED)
    v = registry.register(user("zhengan-staff"), {**FORM, "phone": "13900000002"})
    assert v.state == VolunteerState.ACTIVE


@pytest.mark.parametrize("field, value, sentence", [
    ("name", "", "请填写姓名"),
    ("name", "张" * 51, "最多 50 个字"),
    ("work_unit", "单" * 201, "最多 200 个字"),
    ("expertise", "物理\x00", "空字符"),
    ("phone", "not-a-phone", "不像电话号码"),
    ("phone", "1" * 31, "最多 30 个字"),
    ("service_kinds", ["magic"], "服务类别“magic”不认识"),
])
def test_bad_values_are_refused_with_one_sentence(vworld, client_for, field, value, sentence):
    n, entries = Volunteer.objects.count(), Entry.objects.count()
    r = client_for("zhengan-staff").post(reverse("volunteers:register"), {**FORM, field: value})
    assert r.status_code == 400 and sentence in r.content.decode()
    assert Volunteer.objects.count() == n and Entry.objects.count() == entries


def test_script_in_a_name_is_kept_as_text_and_shown_escaped(vworld, client_for):
    c = client_for("zhengan-staff")
    r = c.post(reverse("volunteers:register"), {**FORM, "name": "<script>alert(1)</script>"})
    assert r.status_code == 302
    v = Volunteer.objects.get(phone="13911112222")
    assert v.name == "<script>alert(1)</script>"
    for url in (reverse("volunteers:people"), reverse("volunteers:volunteer", args=[v.pk])):
        body = c.get(url).content.decode()
        assert "<script>alert(1)</script>" not in body and "&lt;script&gt;alert(1)&lt;/script&gt;" in body


# --- the public sign-up ------------------------------------------------------------------------------------

def _signup_post(client, org_id, *, shown_ago=10, **extra):
    from kexie import public_forms
    from django.core import signing
    token = signing.dumps({"s": "volunteers.signup", "o": org_id,
                           "t": (timezone.now() - datetime.timedelta(seconds=shown_ago)).timestamp()},
                          salt=public_forms.SALT)
    data = {**FORM, "consent": "on", "token": token, **extra}
    return client.post(reverse("volunteers:signup", args=[org_id]), data, REMOTE_ADDR="203.0.113.7")


def test_a_public_sign_up_waits_for_review_with_consent_recorded(vworld, client, client_for, org):
    zhengan = org("正安县科协")
    r = _signup_post(client, zhengan.pk)
    assert r.status_code == 200 and "报名已提交" in r.content.decode()
    v = Volunteer.objects.get(phone="13911112222")
    assert v.state == VolunteerState.PENDING and v.consent_at is not None
    assert (v.submitted_from, v.organisation_id, v.created_by) == ("203.0.113.7", zhengan.pk, None)
    # the office sees it in its queue; 遵义 (above) sees it in the list but does not review it
    c = client_for("zhengan-staff")
    assert "李四" in c.get(reverse("volunteers:review-queue")).content.decode()
    assert "李四" not in client_for("zunyi-staff").get(reverse("volunteers:review-queue")).content.decode()
    assert client_for("zunyi-staff").post(reverse("volunteers:review", args=[v.pk]),
                                          {"decision": "approve"}).status_code == 403
    # rejecting needs a reason
    r = c.post(reverse("volunteers:review", args=[v.pk]), {"decision": "reject", "reason": ""}, follow=True)
    assert "不通过时请填写理由" in r.content.decode()
    c.post(reverse("volunteers:review", args=[v.pk]), {"decision": "approve"})
    v.refresh_from_db()
    assert v.state == VolunteerState.ACTIVE
    assert Entry.objects.filter(object_id=v.pk, object_type="volunteers.volunteer",
                                action__in=["signup", "approve"]).count() == 2
    r = c.post(reverse("volunteers:review", args=[v.pk]), {"decision": "approve"}, follow=True)
    assert "已经审核过了" in r.content.decode()


def test_reject_with_a_reason(vworld, client, client_for, org):
    _signup_post(client, org("正安县科协").pk)
    v = Volunteer.objects.get(phone="13911112222")
    client_for("zhengan-staff").post(reverse("volunteers:review", args=[v.pk]),
                                     {"decision": "reject", "reason": "联系电话无法接通"})
    v.refresh_from_db()
    assert (v.state, v.review_reason) == (VolunteerState.REJECTED, "联系电话无法接通")


@pytest.mark.parametrize("extra, status, sentence", [
    ({"consent": ""}, 400, "同意个人信息使用说明"),
    ({"website": "http://spam"}, 400, "提交未被接受"),
    ({"token": "forged"}, 400, "页面已过期"),
    ({"phone": "13900000001"}, 400, "已登记为科技志愿者"),
    ({"name": "x" * 60}, 400, "最多 50 个字"),
])
def test_public_sign_ups_that_are_refused(vworld, client, org, extra, status, sentence):
    n = Volunteer.objects.count()
    r = _signup_post(client, org("正安县科协").pk, **extra)
    assert r.status_code == status and sentence in r.content.decode()
    assert Volunteer.objects.count() == n


def test_a_sign_up_sooner_than_a_person_types_is_refused(vworld, client, org):
    r = _signup_post(client, org("正安县科协").pk, shown_ago=0)
    assert r.status_code == 400 and "提交过快" in r.content.decode()


def test_a_sign_up_token_is_for_its_own_organisation(vworld, client, org):
    from kexie import public_forms
    token = public_forms.form_token("volunteers.signup", org("遵义市科协").pk)
    r = _signup_post(client, org("正安县科协").pk, token=token)
    assert r.status_code == 400 and not Volunteer.objects.filter(phone="13911112222").exists()


def test_a_sign_up_flood_is_refused_after_the_limit(vworld, client, org):
    from kexie import public_forms
    zhengan = org("正安县科协").pk
    for i in range(public_forms.PER_ADDRESS_PER_HOUR):
        assert _signup_post(client, zhengan, phone=f"1380000{i:04d}").status_code == 200
    r = _signup_post(client, zhengan, phone="13800009999")
    assert r.status_code == 429 and "提交过多" in r.content.decode()
    assert Volunteer.objects.filter(state=VolunteerState.PENDING).count() == public_forms.PER_ADDRESS_PER_HOUR
    # another address is not held back
    from django.test import Client
    r = Client().post(reverse("volunteers:signup", args=[zhengan]), {
        **FORM, "phone": "13800009999", "consent": "on",
        "token": _token(zhengan)}, REMOTE_ADDR="198.51.100.1")
    assert r.status_code == 200


def _token(org_id):
    from django.core import signing

    from kexie import public_forms
    return signing.dumps({"s": "volunteers.signup", "o": org_id, "t": timezone.now().timestamp() - 10},
                         salt=public_forms.SALT)


# --- the link to the scientists' register -----------------------------------------------------------------

def test_a_volunteer_links_to_a_scientist_of_the_subtree_not_another(vworld, client_for, org, user):
    from kexie.volunteers import registry
    from kexie.workers.models import Scientist
    mine = Scientist.objects.create(organisation=org("正安县科协"), name="王科学", work_unit="正安县医院")
    other = Scientist.objects.create(organisation=org("四川省科协"), name="王科学", work_unit="成都医院")
    c = client_for("zhengan-staff")
    page = c.get(reverse("volunteers:register"), {"scientist_q": "王科学"}).content.decode()
    assert "正安县医院" in page and "成都医院" not in page
    r = c.post(reverse("volunteers:register"), {**FORM, "scientist": other.pk})
    assert r.status_code == 400 and "找不到这位科技工作者的档案" in r.content.decode()
    c.post(reverse("volunteers:register"), {**FORM, "scientist": mine.pk})
    v = Volunteer.objects.get(phone="13911112222")
    assert v.scientist_id == mine.pk and Scientist.objects.count() == 2  # linked, not copied
    registry.link_scientist(user("zhengan-staff"), v, "")
    v.refresh_from_db()
    assert v.scientist_id is None


# --- teams ----------------------------------------------------------------------------------------------

def test_a_team_is_created_edited_and_its_members_move_with_history(vworld, client_for):
    c = client_for("zunyi-staff")
    r = c.post(reverse("volunteers:team-new"), {"name": "遵义市应急服务队", "service_kind": "emergency",
                                                "description": "汛期值守"})
    team = Team.objects.get(name="遵义市应急服务队")
    assert r.status_code == 302 and team.organisation.short_name == "遵义市科协"
    r = c.post(reverse("volunteers:team-members", args=[team.pk]),
               {"volunteer": [vworld.v["county"].pk, vworld.v["sibling"].pk]})
    assert set(team.members.values_list("name", flat=True)) == {"正安志愿者", "湄潭志愿者"}
    c.post(reverse("volunteers:team-edit", args=[team.pk]), {"name": "遵义市应急服务队", "service_kind": "emergency",
                                                             "leader": vworld.v["county"].pk})
    team.refresh_from_db()
    assert team.leader_id == vworld.v["county"].pk
    page = c.get(reverse("volunteers:team", args=[team.pk]), {"q": "遵义"}).content.decode()
    assert "正安志愿者" in page and "遵义志愿者" in page  # a member, and a candidate to add
    c.post(reverse("volunteers:team-members", args=[team.pk]), {"remove": vworld.v["county"].pk})
    team.refresh_from_db()
    assert team.leader_id is None and list(team.members.values_list("name", flat=True)) == ["湄潭志愿者"]
    actions = list(Entry.objects.filter(object_type="volunteers.team", object_id=team.pk)
                   .order_by("id").values_list("action", flat=True))
    assert actions == ["create", "add_members", "update", "update", "remove_member"]


def test_a_team_leader_or_member_from_another_province_is_refused(vworld, client_for, user):
    from kexie.volunteers import registry, teams
    c = client_for("zunyi-staff")
    n = Team.objects.count()
    r = c.post(reverse("volunteers:team-new"), {"name": "新队", "leader": vworld.v["other"].pk})
    assert r.status_code == 400 and "不属于本单位及下级" in r.content.decode()
    assert Team.objects.count() == n
    r = c.post(reverse("volunteers:team-members", args=[vworld.team.pk]), {"volunteer": [vworld.v["other"].pk]},
               follow=True)
    assert "不属于本单位及下级" in r.content.decode()
    assert not vworld.team.members.filter(pk=vworld.v["other"].pk).exists()
    # a county's team cannot take its city's volunteer either (the city is above, not inside)
    county_team = teams.create_team(user("zhengan-staff"), {"name": "正安队"})
    with pytest.raises(registry.VolunteerError):
        teams.add_members(user("zhengan-staff"), county_team, [vworld.v["city"].pk])
    with pytest.raises(registry.VolunteerError):
        teams.add_members(user("zhengan-staff"), county_team, ["99999999999999999999"])


def test_team_names_are_unique_per_organisation(vworld, client_for):
    r = client_for("zunyi-staff").post(reverse("volunteers:team-new"), {"name": "遵义市科普宣讲团"})
    assert r.status_code == 400 and "已有名为" in r.content.decode()
    assert client_for("zhengan-staff").post(reverse("volunteers:team-new"),
                                            {"name": "遵义市科普宣讲团"}).status_code == 302
