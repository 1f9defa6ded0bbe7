"""The registers in 检索 — volunteer activities, the 典型库, the 办实事清单: each found exactly as its own app's pages
show it (a sibling county, another province, each role), kept current on save and delete, rebuilt by reindex, and
never by a requester's name, unit or phone."""

from __future__ import annotations

import pytest
from search_helpers import ids

pytestmark = pytest.mark.django_db

KINDS = ("activity", "case", "request")
REQUESTER = {"requester_name": "张三丰", "requester_unit": "白鹤合作社", "requester_phone": "13912345678"}


def _county_user(org, name, username):
    from django.contrib.auth.hashers import make_password

    from kexie.orgs.models import Organisation
    from kexie.orgs.services import upsert_user
    zhengan = org("正安县科学技术协会")
    if name == "sibling":
        unit = Organisation.objects.filter(parent=zhengan.parent, level=zhengan.level).exclude(pk=zhengan.pk).first()
    else:
        unit = org(name)
    return upsert_user(username, unit, "admin" if name != "sibling" else "staff", password_hash=make_password("x"))[0]


def _three(user, unit, word: str, day: str = "2026-05-01") -> dict:
    """One activity, one typical case and one request of the user's unit, each with `word` in its text."""
    from kexie.volunteers.activities import save_activity
    from kexie.workers import campaigns, requests
    activity = save_activity(user, title=f"{unit.short_name}青少年科普讲座", kind="popular", start_date=day,
                             end_date=day, place=f"{unit.short_name}第一中学", description=f"走进{word}讲解种植技术。")
    case = campaigns.enter_case(user, {"title": f"{unit.short_name}科技特派员", "text": f"扎根{word}十年，带动农户增收。",
                                       "day": day})
    request = requests.create(user, unit, {"title": f"{unit.short_name}灌溉技术求助", "category": "other",
                                           "content": f"{word}缺少节水灌溉设备，希望协调专家指导。", **REQUESTER})
    return {"activity": activity, "case": case, "request": request}


@pytest.fixture
def registers(data_dir, org, user):
    """茶园 items of 正安县, of its sibling county, of 遵义市 and of 保定市 (another province)."""
    from kexie.orgs.access import home_organisation
    sibling = _county_user(org, "sibling", "reg-sibling")
    return {
        "zhengan": _three(user("zhengan-staff"), org("正安县科学技术协会"), "茶园"),
        "sibling": _three(sibling, home_organisation(sibling), "茶园"),
        "zunyi": _three(user("zunyi-staff"), org("遵义市科学技术协会"), "茶园", "2026-03-01"),
        "baoding": _three(user("baoding-staff"), org("保定市科学技术协会"), "茶园"),
    }


def _pks(items: dict, *units) -> dict:
    return {kind: {items[u][kind].pk for u in units} for kind in KINDS}


def _found(outcome) -> dict:
    return {kind: ids(outcome, kind) for kind in KINDS}


@pytest.mark.parametrize("username", ["zunyi-admin", "zunyi-staff", "zunyi-supervisor", "zunyi-leader"])
def test_each_role_of_the_city_finds_its_own_and_its_counties(registers, find, username):
    assert _found(find(username, "茶园")) == _pks(registers, "zhengan", "sibling", "zunyi")


def test_the_province_and_the_national_body_find_what_is_below_them(registers, find, org):
    _county_user(org, "贵州省科学技术协会", "reg-guizhou")
    assert _found(find("reg-guizhou", "茶园")) == _pks(registers, "zhengan", "sibling", "zunyi")
    assert _found(find("cast-admin", "茶园")) == _pks(registers, "zhengan", "sibling", "zunyi", "baoding")


def test_a_county_finds_its_own_not_its_siblings_nor_the_citys(registers, find):
    assert _found(find("zhengan-staff", "茶园")) == _pks(registers, "zhengan")
    assert _found(find("reg-sibling", "茶园")) == _pks(registers, "sibling")


@pytest.mark.parametrize("username", ["sichuan-admin", "shaanxi-staff"])
def test_other_provinces_find_nothing(registers, find, username):
    assert not find(username, "茶园").hits


def test_another_province_finds_only_its_own(registers, find):
    assert _found(find("baoding-admin", "茶园")) == _pks(registers, "baoding")


def test_results_equal_each_apps_access_helpers(registers, find, user):
    from kexie.volunteers.activities import visible_activities
    from kexie.workers.campaigns import visible_cases
    from kexie.workers.requests import visible_requests
    for username in ("cast-admin", "zunyi-leader", "zhengan-staff", "reg-sibling", "baoding-admin", "sichuan-admin"):
        u = user(username)
        expected = {
            "activity": set(visible_activities(u).filter(description__contains="茶园").values_list("pk", flat=True)),
            "case": set(visible_cases(u).filter(text__contains="茶园").values_list("pk", flat=True)),
            "request": set(visible_requests(u).filter(content__contains="茶园").values_list("pk", flat=True)),
        }
        for kind in KINDS:
            out = find(username, "茶园", kind=kind)
            assert ids(out, kind) == expected[kind], (username, kind)
            assert out.counts == {kind: len(expected[kind])}


def test_each_hit_links_to_the_page_that_shows_it(registers, find, client_for):
    out = find("zhengan-staff", "茶园")
    # A listed request is also a task of the 办实事 ledger (its title and content): found as both.
    assert {h.kind for h in out.hits} == {*KINDS, "task"}
    mine, theirs = client_for("zhengan-staff"), client_for("sichuan-admin")
    for hit in (h for h in out.hits if h.kind in KINDS):
        assert "<mark>茶园</mark>" in hit.passage
        page = mine.get(hit.url)
        assert page.status_code == 200 and registers["zhengan"][hit.kind].title in page.content.decode()
        assert theirs.get(hit.url).status_code == 404  # another province's page refuses what search refuses
    [activity] = [h for h in out.hits if h.kind == "activity"]
    assert activity.issuer == "正安县科学技术协会" and "正安县科协第一中学" in activity.passage


def test_an_activity_is_found_by_its_place_kind_and_organiser(registers, find):
    pk = registers["zhengan"]["activity"].pk
    assert pk in ids(find("zhengan-staff", "第一中学"), "activity")
    assert pk in ids(find("zhengan-staff", "科普服务"), "activity")
    assert pk in ids(find("zhengan-staff", "正安县科学技术协会"), "activity")


def test_a_requesters_name_unit_and_phone_are_never_indexed(registers, find, client_for):
    for q in (REQUESTER["requester_name"], REQUESTER["requester_unit"], REQUESTER["requester_phone"], "1391234"):
        assert not find("cast-admin", q).hits, q
        assert not client_for("zunyi-admin").get("/api/search/", {"q": q}).json()["results"]
    for hit in find("zunyi-admin", "灌溉", kind="request").hits:
        assert REQUESTER["requester_phone"] not in hit.passage and REQUESTER["requester_name"] not in hit.passage


def test_saves_and_deletes_keep_the_index_current(registers, find, user):
    from django.apps import apps

    from kexie.volunteers.activities import save_activity
    names = [a.name for a in apps.get_app_configs()]
    # The registers' apps are ready after search's (which connected its signals then): registering connects theirs.
    assert names.index("kexie.search") < names.index("kexie.workers") < names.index("kexie.volunteers")
    staff = user("zhengan-staff")
    mine = registers["zhengan"]
    a = mine["activity"]
    save_activity(staff, title="正安县无人机科普讲座", kind=a.kind, start_date=a.start_date, end_date=a.end_date,
                  place=a.place, description=a.description, activity=a)
    assert ids(find("zhengan-staff", "无人机"), "activity") == {a.pk}
    case, request = mine["case"], mine["request"]
    case.text = "带领村民建设数字乡村。"
    case.save()
    request.content = "希望协调科研用房。"
    request.save()
    assert ids(find("zhengan-staff", "数字乡村"), "case") == {case.pk}
    assert ids(find("zhengan-staff", "科研用房"), "request") == {request.pk}
    assert _found(find("zhengan-staff", "茶园")) == {"activity": {a.pk}, "case": set(), "request": set()}
    a.delete()
    case.delete()
    assert not find("zhengan-staff", "无人机").hits and not find("zhengan-staff", "数字乡村").hits


def test_reindex_includes_the_registers(registers, find):
    from io import StringIO

    from django.core.management import call_command

    from kexie.search.models import Entry
    Entry.objects.filter(kind__in=KINDS).delete()  # the FTS rows stay behind: reindex must drop them too
    assert _found(find("cast-admin", "茶园")) == {kind: set() for kind in KINDS}
    out = StringIO()
    call_command("reindex", stdout=out)
    for kind in KINDS:
        assert f"{kind}: 4 indexed" in out.getvalue()
    assert _found(find("cast-admin", "茶园")) == _pks(registers, "zhengan", "sibling", "zunyi", "baoding")
    call_command("reindex", "--kind", "request", stdout=StringIO())
    assert Entry.objects.filter(kind="request").count() == 4


def test_the_page_filters_by_the_new_kinds_with_their_labels(registers, client_for):
    c = client_for("zunyi-admin")
    page = c.get("/search/", {"q": "茶园"}).content.decode()
    for kind, label in (("activity", "志愿服务活动"), ("case", "典型"), ("request", "办实事事项")):
        assert f'<option value="{kind}">{label}</option>' in page
        assert f'<span class="count-{kind}">{label} 3</span>' in page
    only = c.get("/search/", {"q": "茶园", "kind": "case"}).content.decode()
    assert only.count('class="hit hit-case"') == 3 and "hit-activity" not in only and "hit-request" not in only
    api = c.get("/api/search/", {"q": "茶园", "kind": "request"}).json()
    assert api["counts"] == {"request": 3} and {r["kind"] for r in api["results"]} == {"request"}
    from django.conf import settings
    c.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    english = c.get("/search/", {"q": "茶园"}).content.decode()
    for label in ("志愿服务活动", "典型", "办实事事项"):
        assert f">{label}</option>" not in english and f'">{label} 3</span>' not in english
    assert ">Volunteer activities</option>" in english
    assert ">Progress report</option>" in english and ">Submit</option>" not in english  # a noun, not the verb


def test_a_page_of_mixed_results_costs_the_same_queries_however_many(registers, zunyi_plan, client_for, user, org,
                                                                    django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from kexie.documents.services import ingest
    from kexie.ledger.models import Assignment
    from kexie.ledger.reports import submit_report
    ingest("关于茶园科普的通知\n\n各县科协：请开展茶园科普。".encode(), "tea.txt", org("遵义市科协"))
    a = Assignment.objects.filter(plan=zunyi_plan, organisation__name="正安县科学技术协会").first()
    submit_report(a, user("zhengan-staff"), text="正安县走进茶园开展科普。", percent=40)
    c = client_for("zunyi-admin")

    def cost():
        with CaptureQueriesContext(connection) as seen:
            page = c.get("/search/", {"q": "茶园"})
        assert page.status_code == 200
        return len(seen), page.content.decode()

    cost()  # the first request of a session reads what later ones have cached
    before, page = cost()
    assert all(f"hit hit-{kind}" in page for kind in (*KINDS, "document", "task", "report"))
    for _i in range(8):
        _three(user("zhengan-staff"), org("正安县科学技术协会"), "茶园")
    after, page = cost()
    # Not one more: a page reads the texts per kind on it, whatever the number of matches.
    assert after <= before and page.count('<li class="hit') == 20
    # Session, user, membership, the subtree's ids, the counts (one statement; on PostgreSQL with its SET LOCAL),
    # then a page and the texts per kind (six kinds), the menu's counts, the filter's organisations.
    with django_assert_max_num_queries(28):
        c.get("/search/", {"q": "茶园"})


@pytest.mark.parametrize("params", [{"kind": "activity", "q": "？！"}, {"kind": "case", "q": '"*'},
                                    {"kind": "request", "q": "科\x00普"}, {"kind": "scientist", "q": "茶园"},
                                    {"kind": "volunteer", "q": "茶园"}])
def test_bad_input_with_the_new_kinds_is_never_a_500(registers, client_for, params):
    c = client_for("zunyi-admin")
    assert c.get("/search/", params).status_code == 200
    assert c.get("/api/search/", params).status_code in (200, 400)


def test_personal_registers_are_not_sources():
    from kexie.search.sources import source_for, sources
    assert {s.kind for s in sources()} == {"document", "task", "report", *KINDS}
    assert source_for("scientist") is None and source_for("volunteer") is None
