"""转办/分解 (issue 13 items 0 and 6): a city passes the province's task to its counties and departments on its relay
plan; the rules, the counts, the chain's progress and who sees it, a filed plan's mapping, the API, query counts."""

from __future__ import annotations

import datetime

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from kexie.ledger import counts, relays, services
from kexie.ledger.errors import LedgerError, NotAllowed
from kexie.ledger.models import Assignment, Plan, StatusCount, SubtreeCount, Task
from relay_world import build_relay_world, relay_to_counties

pytestmark = pytest.mark.django_db


@pytest.fixture
def w(data_dir):
    return build_relay_world()


def _client(w, name):
    c = Client()
    c.force_login(w.users[name])
    return c


def _counted(plan_ids):
    return (sorted(StatusCount.objects.filter(plan_id__in=plan_ids, n__gt=0).values_list("plan_id", "task_id",
                                                                                         "status", "n")),
            sorted(SubtreeCount.objects.filter(plan_id__in=plan_ids, n__gt=0).values_list(
                "organisation_id", "plan_id", "due_date", "closed_on", "n")))


def test_relay_makes_sub_assignments_on_the_citys_relay_plan(w):
    subs = relay_to_counties(w)
    assert set(subs) == {"甲一县科协", "甲二县科协"}
    plan = Plan.objects.get(is_relay=True)
    assert (plan.organisation, plan.source_plan, plan.state, plan.year, plan.warning_days) == (
        w.orgs["甲市科协"], w.province_plan, "published", 2026, 5)
    assert plan.title == "转办：甲省科普工作要点" and plan.published_by == w.users["city"]
    task = plan.tasks.get()
    assert (task.source_task, task.heading, task.marker, task.text) == (w.province_task, "开展科普讲座", "（一）",
                                                                        "每季度报送进展")
    assert {a.due_date for a in subs.values()} == {datetime.date(2026, 11, 30)}
    assert all(a.status == "assigned" and a.plan_id == plan.pk for a in subs.values())
    # The counts are those a recount finds; the province counts the counties' two under its subtree.
    before = _counted([plan.pk])
    counts.recount([plan.pk])
    assert _counted([plan.pk]) == before
    assert SubtreeCount.objects.get(organisation=w.orgs["甲省科协"], plan=plan).n == 2
    assert SubtreeCount.objects.get(organisation=w.orgs["甲市科协"], plan=plan).n == 2
    # History: the city's assignment says it was relayed, each sub-assignment opens with its 交办.
    from kexie.audit.models import Entry
    relay_entry = Entry.objects.get(object_type="ledger.assignment", object_id=w.city_a.pk, action="relay")
    assert "甲一县科协" in relay_entry.reason and relay_entry.user == w.users["city"]
    assert Entry.objects.filter(action="assign", object_id__in=[a.pk for a in subs.values()]).count() == 2


def test_relay_again_reuses_the_plan_and_never_duplicates(w):
    relay_to_counties(w)
    dept = w.orgs["甲市科协"].departments.create(name="科普部")
    with pytest.raises(LedgerError, match="甲一县科协 已有此转办任务"):
        relays.relay(w.city_a, w.users["city"], organisations=[w.orgs["甲一县科协"].pk], due_date="2026-11-30")
    done = relays.relay(w.city_a, w.users["city"], organisations=[w.orgs["甲一县科协"].pk], departments=[dept.pk],
                        due_date="2026-10-31")
    assert [c.department for c in done.created] == [dept] and done.already == ["甲一县科协"]
    assert Plan.objects.filter(is_relay=True).count() == 1 and Task.objects.filter(source_task=w.province_task).count() == 1
    assert relays.chain_of(w.city_a).count() == 3
    plan = Plan.objects.get(is_relay=True)
    before = _counted([plan.pk])
    counts.recount([plan.pk])
    assert _counted([plan.pk]) == before


@pytest.mark.parametrize("kwargs, message", [
    ({"organisations": ["C1"], "due_date": "2027-01-05"}, "不能晚于本单位的完成时限"),
    ({"organisations": ["C1"], "due_date": ""}, "请填写转办的完成时限"),
    ({"due_date": "2026-11-30"}, "请选择要转办的下级单位"),
    ({"organisations": ["OTHER_COUNTY"], "due_date": "2026-11-30"}, "只能转办给本单位的下级单位"),
    ({"organisations": ["OTHER_CITY"], "due_date": "2026-11-30"}, "只能转办给本单位的下级单位"),
    ({"organisations": ["CITY"], "due_date": "2026-11-30"}, "只能转办给本单位的下级单位"),
    ({"organisations": ["PROVINCE"], "due_date": "2026-11-30"}, "只能转办给本单位的下级单位"),
    ({"organisations": ["x"], "due_date": "2026-11-30"}, "编号应为正整数"),
    ({"organisations": ["C1"], "due_date": "30/11/2026"}, "日期格式"),
])
def test_relay_refuses_bad_input_and_writes_nothing(w, kwargs, message):
    names = {"C1": "甲一县科协", "OTHER_COUNTY": "乙一县科协", "OTHER_CITY": "乙市科协", "CITY": "甲市科协",
             "PROVINCE": "甲省科协"}
    kwargs = {**kwargs, "organisations": [w.orgs[names[v]].pk if v in names else v
                                          for v in kwargs.get("organisations", [])]}
    with pytest.raises(LedgerError, match=message):
        relays.relay(w.city_a, w.users["city"], **kwargs)
    assert not Plan.objects.filter(is_relay=True).exists()


def test_relay_refuses_another_units_department(w):
    other = w.orgs["乙市科协"].departments.create(name="乙市办公室")
    with pytest.raises(LedgerError, match="只能分解给本单位的部门"):
        relays.relay(w.city_a, w.users["city"], departments=[other.pk], due_date="2026-11-30")


@pytest.mark.parametrize("who", ["city-supervisor", "city-leader", "province", "county1", "other-city"])
def test_only_the_assignees_editors_relay(w, who):
    with pytest.raises(NotAllowed):
        relays.relay(w.city_a, w.users[who], organisations=[w.orgs["甲一县科协"].pk], due_date="2026-11-30")


def test_a_closed_assignment_is_not_relayed(w):
    services.act(w.city_a, "accept", w.users["city"])
    services.act(w.city_a, "request_completion", w.users["city"])
    services.act(w.city_a, "close", w.users["province"])
    with pytest.raises(LedgerError, match="已办结"):
        relays.relay(w.city_a, w.users["city"], organisations=[w.orgs["甲一县科协"].pk], due_date="2026-11-30")


def test_a_department_assignment_is_not_relayed_again(w):
    dept = w.orgs["甲市科协"].departments.create(name="科普部")
    done = relays.relay(w.city_a, w.users["city"], departments=[dept.pk], due_date="2026-11-30")
    with pytest.raises(LedgerError, match="部门承办的任务不能再转办"):
        relays.relay(done.created[0], w.users["city"], organisations=[w.orgs["甲一县科协"].pk],
                     due_date="2026-11-30")


def test_chain_progress_and_the_relaying_unit_closes(w):
    subs = relay_to_counties(w)
    c1, c2 = subs["甲一县科协"], subs["甲二县科协"]
    services.submit_report(c1, w.users["county1"], text="甲一县进展", percent=40)
    services.submit_report(c2, w.users["county2"], text="甲二县进展", percent=80)
    c2.refresh_from_db()
    services.act(c2, "request_completion", w.users["county2"])
    with pytest.raises(NotAllowed):  # the province did not issue the relay plan
        services.act(c2, "close", w.users["province"])
    services.act(c2, "close", w.users["city"])
    assert relays.chain_progress(w.city_a) == (2, 1, 60)
    page = _client(w, "city").get(f"/ledger/assignments/{w.city_a.pk}/").content.decode()
    assert "已办结 1/2，平均进度 60%" in page and "report/?percent=60" in page
    form = _client(w, "city").get(f"/ledger/assignments/{w.city_a.pk}/report/?percent=60").content.decode()
    assert 'name="percent" min="0" max="100" value="60"' in form


def test_the_chain_is_seen_outside_in(w):
    subs = relay_to_counties(w)
    c1 = subs["甲一县科协"]
    services.submit_report(c1, w.users["county1"], text="甲一县的讲座进展", percent=30)
    # The province reads the chain under the city's assignment, read-only, and opens a county's sub-assignment.
    page = _client(w, "province").get(f"/ledger/assignments/{w.city_a.pk}/").content.decode()
    assert "下级办理情况" in page and "甲一县科协" in page and "甲二县科协" in page and "甲一县的讲座进展" in page
    assert 'id="relay-form"' not in page and 'id="compile"' not in page
    assert _client(w, "province").get(f"/ledger/assignments/{c1.pk}/").status_code == 200
    # The city relays; its supervisor reads without the form.
    assert 'id="relay-form"' in _client(w, "city").get(f"/ledger/assignments/{w.city_a.pk}/").content.decode()
    supervisor = _client(w, "city-supervisor").get(f"/ledger/assignments/{w.city_a.pk}/").content.decode()
    assert "甲一县科协" in supervisor and 'id="relay-form"' not in supervisor
    # The county sees its own; a sibling county and the other city's units see none of it.
    assert _client(w, "county1").get(f"/ledger/assignments/{c1.pk}/").status_code == 200
    for who in ("county2", "other-city", "other-county"):
        assert _client(w, who).get(f"/ledger/assignments/{c1.pk}/").status_code == 404
    for who in ("other-city", "other-county"):
        assert _client(w, who).get(f"/ledger/{c1.plan_id}/").status_code == 404
    # The relay plan is a ledger like any other: the city's, the province's above it, the counties'.
    for who in ("city", "province", "county1"):
        page = _client(w, who).get(f"/ledger/{c1.plan_id}/")
        assert page.status_code == 200 and "转办：甲省科普工作要点" in page.content.decode()
    assert "转办：甲省科普工作要点" in _client(w, "city").get("/ledger/").content.decode()
    # 甲二县 received the relay plan too: it reads its own row of it, not its sibling's.
    sibling = _client(w, "county2").get(f"/ledger/tasks/{c1.task_id}/").content.decode()
    assert "甲二县科协" in sibling and "甲一县科协" not in sibling and "甲一县的讲座进展" not in sibling
    for who in ("county1", "county2", "other-county"):
        assert _client(w, who).get(f"/ledger/assignments/{w.city_a.pk}/").status_code == 404
    assert _client(w, "other-city").get(f"/ledger/assignments/{w.city_a.pk}/compile/").status_code == 404
    anonymous = Client().get(f"/ledger/assignments/{w.city_a.pk}/")
    assert anonymous.status_code == 302 and "/login" in anonymous["Location"]


def test_the_relay_page_form(w):
    c = _client(w, "city")
    page = c.get(f"/ledger/assignments/{w.city_a.pk}/").content.decode()
    assert "甲一县科协" in page and "乙一县科协" not in page
    found = c.get(f"/ledger/assignments/{w.city_a.pk}/relay/units/?q=二县").content.decode()
    assert "甲二县科协" in found and "甲一县科协" not in found
    assert _client(w, "county1").get(f"/ledger/assignments/{w.city_a.pk}/relay/units/?q=").status_code == 404
    assert _client(w, "other-city").get(f"/ledger/assignments/{w.city_a.pk}/relay/units/?q=").status_code == 404
    r = c.post(f"/ledger/assignments/{w.city_a.pk}/relay/", {"organisations": [w.orgs["甲一县科协"].pk],
                                                            "due_date": "2027-03-01"}, follow=True)
    assert "不能晚于本单位的完成时限" in r.content.decode()
    r = c.post(f"/ledger/assignments/{w.city_a.pk}/relay/", {"organisations": [w.orgs["甲一县科协"].pk],
                                                            "due_date": "2026-11-30"}, follow=True)
    assert "已转办给 甲一县科协" in r.content.decode()
    # A 督办 posting the form is refused (403), nothing written.
    assert _client(w, "city-supervisor").post(f"/ledger/assignments/{w.city_a.pk}/relay/", {
        "organisations": [w.orgs["甲二县科协"].pk], "due_date": "2026-11-30"}).status_code == 403
    assert relays.chain_of(w.city_a).count() == 1


def test_the_assignment_pages_queries_do_not_grow_with_the_chain(w):
    from kexie.orgs.models import Level, Organisation
    relay_to_counties(w)
    c = _client(w, "province")
    url = f"/ledger/assignments/{w.city_a.pk}/"
    c.get(url)
    with CaptureQueriesContext(connection) as small:
        assert c.get(url).status_code == 200
    city = w.orgs["甲市科协"]
    more = [Organisation.objects.create(name=f"甲{i}区科协", short_name=f"甲{i}区科协", level=Level.COUNTY, parent=city)
            for i in range(3, 9)]
    relays.relay(w.city_a, w.users["city"], organisations=[o.pk for o in more], due_date="2026-11-30")
    editors = {"甲一县科协": w.users["county1"], "甲二县科协": w.users["county2"]}
    for sub in relays.chain_of(w.city_a).select_related("organisation", "plan", "task"):
        services.submit_report(sub, editors.get(sub.organisation.short_name) or _editor(sub.organisation),
                               text="进展", percent=10)
    with CaptureQueriesContext(connection) as large:
        page = c.get(url)
    assert page.status_code == 200 and page.content.decode().count("/#report-") == 8
    assert len(large) == len(small)


def _editor(org):
    from kexie.orgs.services import upsert_user
    return upsert_user(f"u{org.pk}", org, "staff")[0]


# --- a filed implementation plan mapped to the province's -------------------------------------------------------

CITY_PLAN = """甲市科协关于印发《甲市科普讲座实施方案》的通知
各县科协：
现将《甲市科普讲座实施方案》印发给你们。
甲市科普讲座实施方案
一、工作任务
（一）举办科普讲座。各县每季度至少举办一场科普讲座。
（二）开展科普宣传。结合科技活动周开展宣传。
甲市科学技术协会
2026年3月1日
"""


def _city_plan(w, *, file_first: bool):
    from kexie.documents.services import ingest
    document, _ = ingest(CITY_PLAN.encode("utf-8"), "甲市科普讲座实施方案.txt", w.orgs["甲市科协"], w.users["city"])
    if file_first:
        services.file_plan(w.province_plan, w.users["city"], document)
    plan, _ = services.build_plan(document, w.users["city"])
    if not file_first:
        services.file_plan(w.province_plan, w.users["city"], document)
    plan.refresh_from_db()
    return plan


@pytest.mark.parametrize("file_first", [True, False])
def test_a_filed_plan_is_linked_and_its_tasks_mapped(w, file_first):
    plan = _city_plan(w, file_first=file_first)
    assert plan.source_plan == w.province_plan
    own = plan.tasks.filter(is_group=False).order_by("order").first()
    assert list(relays.mappable_tasks(plan)) == [w.province_task]  # not the group row, not others' plans
    with pytest.raises(NotAllowed):
        relays.map_task(own, w.users["county1"], w.province_task.pk)
    with pytest.raises(LedgerError, match="只能对应上级台账中交给本单位的任务"):
        relays.map_task(own, w.users["city"], w.plan.tasks.get().pk)  # 甲市's own other plan
    with pytest.raises(LedgerError, match="只能对应上级台账中交给本单位的任务"):
        relays.map_task(own, w.users["city"], w.province_plan.tasks.get(is_group=True).pk)
    relays.map_task(own, w.users["city"], w.province_task.pk)
    own.refresh_from_db()
    assert own.source_task == w.province_task
    from kexie.audit.models import Entry
    e = Entry.objects.get(object_type="ledger.task", object_id=own.pk, action="map")
    assert e.before["source_task"] is None and e.after["source_task"] == w.province_task.pk
    # Its assignments join the chain under the city's assignment.
    Plan.objects.filter(pk=plan.pk).update(state="published")
    sub = Assignment.objects.create(task=own, plan=plan, organisation=w.orgs["甲二县科协"], due_date=datetime.date(2026, 6, 30))
    assert list(relays.chain_of(w.city_a)) == [sub]
    # The task page offers the mapping to the issuer; the form posts it.
    c = _client(w, "city")
    assert 'id="source-task-form"' in c.get(f"/ledger/tasks/{own.pk}/").content.decode()
    assert c.post(f"/ledger/tasks/{own.pk}/source/", {"source_task": ""}).status_code == 302
    own.refresh_from_db()
    assert own.source_task is None
    assert _client(w, "city-supervisor").post(f"/ledger/tasks/{own.pk}/source/",
                                              {"source_task": w.province_task.pk}).status_code == 403


def test_a_plan_not_filed_is_not_mapped(w):
    from kexie.documents.services import ingest
    document, _ = ingest(CITY_PLAN.encode("utf-8"), "甲市方案.txt", w.orgs["甲市科协"], w.users["city"])
    plan, _ = services.build_plan(document, w.users["city"])
    own = plan.tasks.filter(is_group=False).first()
    with pytest.raises(LedgerError, match="只有已备案的实施方案"):
        relays.map_task(own, w.users["city"], w.province_task.pk)
    assert 'id="source-task-form"' not in _client(w, "city").get(f"/ledger/tasks/{own.pk}/").content.decode()


# --- API ----------------------------------------------------------------------------------------------------------

def test_api_relay_chain_and_task_mapping(w):
    from rest_framework.test import APIClient
    api = APIClient()
    api.force_authenticate(w.users["city"])
    url = f"/api/assignments/{w.city_a.pk}/"
    r = api.post(url + "relay/", {"organisations": [w.orgs["甲一县科协"].pk], "due_date": "2026-11-30"}, format="json")
    assert r.status_code == 201, r.content
    assert [c["assignee"] for c in r.json()["created"]] == ["甲一县科协"] and r.json()["already"] == []
    r = api.post(url + "relay/", {"organisations": [w.orgs["甲一县科协"].pk], "due_date": "2026-11-30"}, format="json")
    assert r.status_code == 400 and "已有此转办任务" in r.content.decode()
    r = api.post(url + "relay/", {"organisations": [w.orgs["乙一县科协"].pk], "due_date": "2026-11-30"}, format="json")
    assert r.status_code == 400 and "下级单位" in r.content.decode()
    r = api.post(url + "relay/", {"organisations": ["abc"], "due_date": "2026-11-30"}, format="json")
    assert r.status_code == 400
    chain = api.get(url + "chain/").json()
    assert chain["total"] == 1 and chain["assignments"][0]["assignee"] == "甲一县科协"
    province = APIClient()
    province.force_authenticate(w.users["province"])
    assert province.get(url + "chain/").json()["total"] == 1
    assert province.post(url + "relay/", {"organisations": [w.orgs["甲二县科协"].pk], "due_date": "2026-11-30"},
                         format="json").status_code == 403
    other = APIClient()
    other.force_authenticate(w.users["other-city"])
    assert other.get(url + "chain/").status_code == 404
    assert other.post(url + "relay/", {"organisations": [w.orgs["甲二县科协"].pk], "due_date": "2026-11-30"},
                      format="json").status_code == 404
    plan = _city_plan(w, file_first=True)
    own = plan.tasks.filter(is_group=False).first()
    r = api.patch(f"/api/tasks/{own.pk}/", {"source_task": w.province_task.pk}, format="json")
    assert r.status_code == 200 and r.json()["source_task"] == w.province_task.pk
    r = api.patch(f"/api/tasks/{own.pk}/", {"source_task": w.plan.tasks.get().pk}, format="json")
    assert r.status_code == 400


# --- two relays at once (PostgreSQL: SQLite serialises writers) ---------------------------------------------------

@pytest.mark.django_db(transaction=True)
def test_two_relays_at_once_make_one_relay_plan(data_dir):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (set KEXIE_DATABASE_URL)")
    import threading

    from django.db import connections
    w = build_relay_world()
    second = Task.objects.create(plan=w.province_plan, outline_id="3", heading="开展科普宣传", order=2)
    other_a = Assignment.objects.create(task=second, plan=w.province_plan, organisation=w.orgs["甲市科协"],
                                        due_date=datetime.date(2026, 12, 31))
    barrier, results = threading.Barrier(2), []

    def run(pk, county):
        try:
            a = Assignment.objects.select_related("plan", "task", "organisation").get(pk=pk)
            barrier.wait()
            results.append(relays.relay(a, w.users["city"], organisations=[w.orgs[county].pk],
                                        due_date="2026-11-30"))
        except Exception as e:  # noqa: BLE001 - the outcome is what is tested
            results.append(e)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(w.city_a.pk, "甲一县科协")),
               threading.Thread(target=run, args=(other_a.pk, "甲二县科协"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert all(isinstance(r, relays.Relayed) for r in results), results
    plan = Plan.objects.get(is_relay=True)
    assert sorted(plan.tasks.values_list("source_task_id", flat=True)) == sorted([w.province_task.pk, second.pk])
    assert plan.assignments.count() == 2
    before = _counted([plan.pk])
    counts.recount([plan.pk])
    assert _counted([plan.pk]) == before
