"""Outside in: who sees which volunteer and team, masked or whole, and who may change them (404 / masked / 403)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from kexie.audit.models import Entry

pytestmark = pytest.mark.django_db

# (user, volunteer key, status, phone whole?)
READS = [
    ("zunyi-staff", "city", 200, True), ("zunyi-staff", "county", 200, True), ("zunyi-staff", "sibling", 200, True),
    ("zunyi-admin", "county", 200, True),
    ("zunyi-supervisor", "county", 200, False), ("zunyi-leader", "city", 200, False),
    ("zhengan-staff", "county", 200, True), ("zhengan-staff", "city", 404, None),
    ("zhengan-staff", "sibling", 404, None), ("meitan-staff", "county", 404, None),
    ("sichuan-admin", "city", 404, None), ("sichuan-admin", "other", 200, True),
    ("zunyi-staff", "other", 404, None),
]


@pytest.mark.parametrize("username, key, status, whole", READS)
def test_volunteer_page_and_api_answer_as_the_scope_says(vworld, client_for, username, key, status, whole):
    v = vworld.v[key]
    c = client_for(username)
    for url in (reverse("volunteers:volunteer", args=[v.pk]), reverse("volunteer-detail", args=[v.pk])):
        before = Entry.objects.filter(action="view_personal").count()
        r = c.get(url)
        assert r.status_code == status, url
        if status != 200:
            assert v.phone not in r.content.decode()
            continue
        body = r.content.decode()
        assert (v.phone in body) is whole, url
        if not whole:
            assert v.phone[:3] + "****" + v.phone[-4:] in body
        # each view of a whole record is logged, a masked one is not
        assert Entry.objects.filter(action="view_personal").count() == before + (1 if whole else 0)


@pytest.mark.parametrize("username, seen", [
    ("zunyi-staff", {"city", "county", "sibling"}),
    ("zunyi-leader", {"city", "county", "sibling"}),
    ("zhengan-staff", {"county"}),
    ("meitan-staff", {"sibling"}),
    ("sichuan-admin", {"other"}),
])
def test_lists_exports_and_api_hold_only_the_subtree(vworld, client_for, username, seen):
    c = client_for(username)
    page = c.get(reverse("volunteers:people")).content.decode()
    api = c.get(reverse("volunteer-list")).json()
    assert {r["id"] for r in api["results"]} == {vworld.v[k].pk for k in seen}
    for key, v in vworld.v.items():
        assert (v.name in page) is (key in seen), (username, key)
    from io import BytesIO

    from openpyxl import load_workbook
    r = c.get(reverse("volunteers:export"))
    sheet = load_workbook(BytesIO(r.content), read_only=True).worksheets[0]
    names = {row[0] for row in sheet.iter_rows(min_row=4, values_only=True)}
    assert names == {vworld.v[k].name for k in seen}


def test_the_list_masks_phones_for_readers(vworld, client_for):
    page = client_for("zunyi-supervisor").get(reverse("volunteers:people")).content.decode()
    assert "13900000001" not in page and "139****0001" in page
    page = client_for("zunyi-staff").get(reverse("volunteers:people")).content.decode()
    assert "13900000001" in page
    api = client_for("zunyi-leader").get(reverse("volunteer-list")).json()
    assert all("****" in r["phone"] for r in api["results"])


def test_readers_cannot_search_masked_phones(vworld, client_for):
    """A 督办 typing a phone searches names (finds nothing), so a masked phone cannot be guessed by search."""
    r = client_for("zunyi-supervisor").get(reverse("volunteer-list"), {"q": "13900000001"}).json()
    assert r["results"] == []
    r = client_for("zunyi-staff").get(reverse("volunteer-list"), {"q": "13900000001"}).json()
    assert [x["name"] for x in r["results"]] == ["遵义志愿者"]


@pytest.mark.parametrize("username", ["zunyi-supervisor", "zunyi-leader"])
def test_readers_get_403_on_every_write(vworld, client_for, username):
    c = client_for(username)
    before = Entry.objects.count()
    team = vworld.team
    assert c.get(reverse("volunteers:register")).status_code == 403
    assert c.post(reverse("volunteers:register"), {"name": "某", "phone": "13911112222"}).status_code == 403
    assert c.post(reverse("volunteer-list"), {"name": "某", "phone": "13911112222"},
                  content_type="application/json").status_code == 403
    assert c.get(reverse("volunteers:import")).status_code == 403
    assert c.get(reverse("volunteers:review-queue")).status_code == 403
    assert c.post(reverse("volunteers:review", args=[vworld.v["city"].pk]), {"decision": "approve"}).status_code == 403
    assert c.post(reverse("volunteers:team-new"), {"name": "新队"}).status_code == 403
    assert c.post(reverse("volunteers:team-edit", args=[team.pk]), {"name": "改名"}).status_code == 403
    assert c.post(reverse("volunteers:team-members", args=[team.pk]), {"remove": vworld.v["county"].pk}).status_code == 403
    assert Entry.objects.count() == before


def test_a_parent_reads_a_countys_volunteer_but_only_the_county_changes_it(vworld, client_for, user):
    from kexie.volunteers import registry
    v = vworld.v["county"]
    with pytest.raises(registry.NotAllowed):
        registry.link_scientist(user("zunyi-staff"), v, "")
    assert client_for("zunyi-staff").post(reverse("volunteers:link-scientist", args=[v.pk]),
                                          {"scientist": ""}).status_code == 403
    assert client_for("zhengan-staff").post(reverse("volunteers:link-scientist", args=[v.pk]),
                                            {"scientist": ""}).status_code == 302
    # outside the subtree: 404 before anything
    assert client_for("sichuan-admin").post(reverse("volunteers:link-scientist", args=[v.pk]),
                                            {"scientist": ""}).status_code == 404


@pytest.mark.parametrize("username, status", [
    ("zunyi-staff", 200), ("zunyi-leader", 200), ("zhengan-staff", 404), ("meitan-staff", 404),
    ("sichuan-admin", 404)])
def test_team_pages_answer_as_the_scope_says(vworld, client_for, username, status):
    c = client_for(username)
    team = vworld.team
    assert c.get(reverse("volunteers:team", args=[team.pk])).status_code == status
    assert c.get(reverse("volunteer-team-detail", args=[team.pk])).status_code == status
    listed = {t["id"] for t in c.get(reverse("volunteer-team-list")).json()["results"]}
    assert (team.pk in listed) is (status == 200)
    assert (team.name in c.get(reverse("volunteers:teams")).content.decode()) is (status == 200)
    if status == 404:
        r = c.post(reverse("volunteers:team-members", args=[team.pk]), {"remove": vworld.v["county"].pk})
        assert r.status_code == 404


def test_team_members_phones_are_masked_for_readers(vworld, client_for):
    body = client_for("zunyi-leader").get(reverse("volunteers:team", args=[vworld.team.pk])).content.decode()
    assert "正安志愿者" in body and "13900000002" not in body and "139****0002" in body


def test_the_public_link_creates_only_a_pending_volunteer_and_sees_nothing(vworld, client):
    r = client.get(reverse("volunteers:signup", args=[vworld.v["city"].organisation_id]))
    assert r.status_code == 200
    body = r.content.decode()
    for v in vworld.v.values():
        assert v.name not in body and v.phone not in body
    # every other page of the app sends a visitor to sign in; the API refuses
    for url in (reverse("volunteers:people"), reverse("volunteers:volunteer", args=[vworld.v["city"].pk]),
                reverse("volunteers:teams"), reverse("volunteers:team", args=[vworld.team.pk]),
                reverse("volunteers:review-queue"), reverse("volunteers:import"), reverse("volunteers:export")):
        r = client.get(url)
        assert r.status_code == 302 and "/accounts/login/" in r.url, url
    assert client.get(reverse("volunteer-list")).status_code in (401, 403)
    assert client.get(reverse("volunteers:signup", args=[999999])).status_code == 404
