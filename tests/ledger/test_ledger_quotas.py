"""Per-person quotas (每人每年至少1篇): setting, recording, the tally and its roll-up, scope, xlsx and API."""

from __future__ import annotations

import datetime
import io

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from world import build_world

from kexie.ledger import quotas
from kexie.ledger.errors import LedgerError, NotAllowed
from kexie.ledger.models import QuotaItem, Rhythm

pytestmark = pytest.mark.django_db

YEAR = 2026


@pytest.fixture
def w(data_dir):
    return build_world()


def _people(org, names):
    from kexie.orgs.models import Person
    return [Person.objects.create(organisation=org, name=n, order=i) for i, n in enumerate(names)]


def _link(user, person):
    """The user's membership names the person (so they record for themselves)."""
    m = user.membership
    m.person = person
    m.save()
    if hasattr(user, "_kexie_membership"):
        del user._kexie_membership


@pytest.fixture
def q(w):
    """A quota of 2 a year on the world's task for 甲市 and its counties; three people in each county."""
    quotas.set_quota(w.task, w.users["city"], count=2, organisation=w.orgs["甲市科协"], subtree=True)
    w.c1_people = _people(w.orgs["甲一县科协"], ["张一", "李一", "王一"])
    w.c2_people = _people(w.orgs["甲二县科协"], ["张二", "李二", "王二"])
    w.task.refresh_from_db()
    return w


def day(month=3, d=1):
    return datetime.date(YEAR, month, d)


# --- set_quota -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("count", [0, -1, 1000, "x", None, True])
def test_set_quota_refuses_bad_counts(w, count):
    with pytest.raises(LedgerError, match="每人数量应为 1 到 100"):
        quotas.set_quota(w.task, w.users["city"], count=count, organisation=w.orgs["甲市科协"])
    w.task.refresh_from_db()
    assert w.task.quota is None


def test_set_quota_refuses_units_outside_the_issuers_subtree_and_non_issuers(w):
    for outside in (w.orgs["乙市科协"], w.orgs["甲省科协"], 10 ** 12):
        with pytest.raises(LedgerError, match="定额范围应为本单位或其下级单位"):
            quotas.set_quota(w.task, w.users["city"], count=1, organisation=outside)
    for name in ("county1", "city-supervisor", "city-leader", "province", "other-city"):
        with pytest.raises(NotAllowed):
            quotas.set_quota(w.task, w.users[name], count=1, organisation=w.orgs["甲市科协"])
    w.task.refresh_from_db()
    assert w.task.quota is None


def test_set_quota_refuses_a_rhythm_without_periods_and_records_history(w):
    w.task.rhythm_start, w.task.rhythm_end = day(6, 1), day(1, 1)
    w.task.save()
    with pytest.raises(LedgerError, match="截止日期早于起始日期"):
        quotas.set_quota(w.task, w.users["city"], count=1, organisation=w.orgs["甲市科协"])
    w.task.refresh_from_db()
    assert (w.task.quota, w.task.rhythm) == (None, "")
    w.task.rhythm_start = w.task.rhythm_end = None
    w.task.save()
    quotas.set_quota(w.task, w.users["city"], count=1, organisation=w.orgs["甲一县科协"])
    w.task.refresh_from_db()
    assert (w.task.quota, w.task.quota_organisation, w.task.quota_subtree, w.task.rhythm) == (
        1, w.orgs["甲一县科协"], False, Rhythm.YEARLY)
    from kexie.audit.models import Entry
    e = Entry.objects.get(action="set_quota", object_id=w.task.pk)
    assert e.before["quota"] is None and e.after["quota"] == 1


def test_set_quota_works_on_a_draft(w):
    from kexie.ledger.models import Plan, Task
    plan = Plan.objects.create(organisation=w.orgs["甲市科协"], title="草稿", year=YEAR, created_by=w.users["city"])
    task = Task.objects.create(plan=plan, outline_id="1", heading="写心得", order=0)
    quotas.set_quota(task, w.users["city"], count=1, organisation=w.orgs["甲市科协"], rhythm=Rhythm.HALF_YEARLY)
    task.refresh_from_db()
    assert task.quota == 1 and [p.key for p in quotas.task_periods(task)] == ["2026-H1", "2026-H2"]


# --- record_item -------------------------------------------------------------------------------------------------

def test_record_by_self_and_by_the_units_editor(q):
    zhang = q.c1_people[0]
    me = q.users["county2"]
    _link(me, q.c2_people[0])
    item = quotas.record_item(q.task, me, person=q.c2_people[0], title="学习心得", day=day(4, 2))
    assert (item.period, item.recorded_by) == ("2026", me)
    data = _docx()
    item = quotas.record_item(q.task, q.users["county1"], person=zhang.pk, title="调研报告", day="2026-05-01",
                              file=("心得.docx", data))
    item.refresh_from_db()
    assert item.filename == "心得.docx" and item.size > 0 and len(item.sha256) == 64
    from kexie.documents import storage
    assert storage.blob_path(item.sha256).read_bytes() == data
    from kexie.audit.models import Entry
    assert Entry.objects.filter(action="record_quota", object_type="ledger.quotaitem").count() == 2


def test_record_refused_for_another_units_editor_readers_and_uncovered_people(q):
    zhang = q.c1_people[0]
    for name in ("county2", "other-county", "city-supervisor", "city-leader"):
        with pytest.raises(NotAllowed):
            quotas.record_item(q.task, q.users[name], person=zhang, title="心得", day=day())
    # 甲市's staff edits 甲市's people only, not a county's.
    with pytest.raises(NotAllowed):
        quotas.record_item(q.task, q.users["city"], person=zhang, title="心得", day=day())
    outsider = _people(q.orgs["乙一县科协"], ["赵乙"])[0]
    with pytest.raises(LedgerError, match="不在该任务的定额范围内"):
        quotas.record_item(q.task, q.users["other-county"], person=outsider, title="心得", day=day())
    assert not QuotaItem.objects.exists()


@pytest.mark.parametrize("title,when,message", [
    ("", day(), "请填写题目"), ("长" * 201, day(), "最多 200 个字"), ("心得", None, "请填写日期"),
    ("心得", datetime.date(YEAR + 1, 1, 5), "不在该任务的定额期间内"), ("心得", "2026-13-01", "日期格式"),
    ("a\x00b", day(), "."),
])
def test_record_refuses_bad_input(q, title, when, message):
    with pytest.raises(LedgerError, match=message):
        quotas.record_item(q.task, q.users["county1"], person=q.c1_people[0], title=title, day=when)
    assert not QuotaItem.objects.exists()


def test_record_refuses_a_bad_attachment(q):
    with pytest.raises(LedgerError):
        quotas.record_item(q.task, q.users["county1"], person=q.c1_people[0], title="心得", day=day(),
                           file=("x.exe", b"MZ\x90\x00" * 10))
    assert not QuotaItem.objects.exists()


# --- the tally ---------------------------------------------------------------------------------------------------

def _fill(q):
    c1 = q.users["county1"]
    a, b, _c = q.c1_people
    for i in range(2):
        quotas.record_item(q.task, c1, person=a, title=f"心得{i}", day=day(3, 1 + i))
    quotas.record_item(q.task, c1, person=b, title="心得", day=day(3, 5))
    quotas.record_item(q.task, q.users["county2"], person=q.c2_people[0], title="心得", day=day(3, 5))
    quotas.record_item(q.task, q.users["county2"], person=q.c2_people[0], title="心得", day=day(4, 5))
    quotas.record_item(q.task, q.users["county2"], person=q.c2_people[0], title="心得", day=day(5, 5))


def test_tally_counts_people_and_rolls_up_per_unit(q):
    _fill(q)
    rows = {p.name: (p.n, p.n >= q.task.quota) for p in quotas.people(q.task, "2026")}
    assert rows == {"张一": (2, True), "李一": (1, False), "王一": (0, False),
                    "张二": (3, True), "李二": (0, False), "王二": (0, False)}
    units = {r["organisation__short_name"]: (r["people"], r["met"], r["items"])
             for r in quotas.by_unit(q.task, "2026")}
    assert units == {"甲一县科协": (3, 1, 3), "甲二县科协": (3, 1, 3)}
    t = quotas.totals(q.task, "2026")
    assert (t.people, t.met, t.not_met, t.items) == (6, 2, 4, 6)
    unmet = [p.name for p in quotas.people(q.task, "2026", unmet=True)]
    assert unmet == ["李一", "王一", "李二", "王二"]
    # A county's own view: its subtree only.
    t1 = quotas.totals(q.task, "2026", q.orgs["甲一县科协"].path)
    assert (t1.people, t1.met, t1.items) == (3, 1, 3)
    assert not list(quotas.people(q.task, "2025"))[0].n


def _docx() -> bytes:
    import docx
    d = docx.Document()
    d.add_paragraph("学习心得")
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


# --- pages and scope ------------------------------------------------------------------------------------------

def _client(u):
    c = Client()
    c.force_login(u)
    return c


def test_quota_page_scope_outside_in(q):
    _fill(q)
    url = f"/ledger/tasks/{q.task.pk}/quota/?period=2026"
    for name in ("city", "city-supervisor", "city-leader", "province"):
        r = _client(q.users[name]).get(url)
        assert r.status_code == 200, name
        body = r.content.decode()
        assert "李一" in body and "李二" in body and "张一" not in body  # who has not met it
    r = _client(q.users["county1"]).get(url)
    body = r.content.decode()
    assert r.status_code == 200 and "李一" in body and "李二" not in body and "甲二县科协" not in body
    body = _client(q.users["county1"]).get(url + f"&org={q.orgs['甲一县科协'].pk}").content.decode()
    assert "张一" in body and "李一" in body
    for name in ("other-city", "other-county"):
        assert _client(q.users[name]).get(url).status_code == 404, name
    r = Client().get(url)
    assert r.status_code == 302 and "/login" in r["Location"]
    # A county asking for its sibling's unit in the drill-down: 404, not its people.
    r = _client(q.users["county1"]).get(url + f"&org={q.orgs['甲二县科协'].pk}")
    assert r.status_code == 404
    # Readers get no record form; an editor does.
    assert 'id="record-form"' not in _client(q.users["city-leader"]).get(url).content.decode()
    assert 'id="record-form"' in _client(q.users["county1"]).get(url).content.decode()


def test_quota_page_sibling_and_not_covered_unit(w):
    quotas.set_quota(w.task, w.users["city"], count=1, organisation=w.orgs["甲一县科协"])
    _people(w.orgs["甲一县科协"], ["张一"])
    url = f"/ledger/tasks/{w.task.pk}/quota/"
    assert _client(w.users["county1"]).get(url).status_code == 200
    assert _client(w.users["county2"]).get(url).status_code == 404
    assert _client(w.users["other-county"]).get(url).status_code == 404
    assert _client(w.users["city"]).get(f"/ledger/tasks/{w.task.pk + 999}/quota/").status_code == 404


def _grow(q, n):
    from kexie.orgs.models import Person
    start = Person.objects.count()
    Person.objects.bulk_create([Person(organisation=q.orgs["甲一县科协" if i % 2 else "甲二县科协"], name=f"人{i}")
                                for i in range(start, start + n)])


def _queries(c, url) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert c.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_quota_page_query_count_does_not_grow(q):
    _fill(q)
    c = _client(q.users["city"])
    url = f"/ledger/tasks/{q.task.pk}/quota/?period=2026"
    small = _queries(c, url)
    _grow(q, 30)
    big = _queries(c, url)
    assert big == small
    drill = url + f"&org={q.orgs['甲一县科协'].pk}"
    small = _queries(c, drill)
    _grow(q, 30)
    assert _queries(c, drill) == small


def test_record_through_the_page(q):
    _link(q.users["county1"], q.c1_people[1])
    c = _client(q.users["county1"])
    url = f"/ledger/tasks/{q.task.pk}/quota/"
    r = c.post(url, {"person": q.c1_people[1].pk, "title": "心得体会", "day": "2026-06-01"})
    assert r.status_code == 302
    assert QuotaItem.objects.get().title == "心得体会"
    body = c.get(url + "?period=2026").content.decode()
    assert "心得体会" in body and 'id="mine"' in body
    r = c.post(url, {"person": q.c1_people[1].pk, "title": "", "day": "2026-06-01"}, follow=True)
    assert "请填写题目" in r.content.decode()
    assert _client(q.users["county2"]).post(url, {"person": q.c1_people[1].pk, "title": "x",
                                                  "day": "2026-06-01"}).status_code == 403
    assert _client(q.users["other-county"]).post(url, {"person": q.c1_people[1].pk, "title": "x",
                                                       "day": "2026-06-01"}).status_code == 404
    assert QuotaItem.objects.count() == 1


def test_set_quota_through_the_task_page(w):
    c = _client(w.users["city"])
    r = c.post(f"/ledger/tasks/{w.task.pk}/quota/set/", {"count": "1", "organisation": w.orgs["甲市科协"].pk,
                                                         "subtree": "on"})
    assert r.status_code == 302
    w.task.refresh_from_db()
    assert (w.task.quota, w.task.quota_subtree) == (1, True)
    r = c.post(f"/ledger/tasks/{w.task.pk}/quota/set/", {"count": "0", "organisation": w.orgs["甲市科协"].pk},
               follow=True)
    assert "每人数量应为 1 到 100" in r.content.decode()
    assert _client(w.users["county1"]).post(f"/ledger/tasks/{w.task.pk}/quota/set/",
                                            {"count": "1", "organisation": w.orgs["甲一县科协"].pk}).status_code in (403, 404)
    assert "quota/set/" in c.get(f"/ledger/tasks/{w.task.pk}/").content.decode()
    assert 'id="quota-set-form"' in c.get(f"/ledger/tasks/{w.task.pk}/quota/set/").content.decode()
    for name in ("county1", "city-leader"):
        assert "quota/set/" not in _client(w.users[name]).get(f"/ledger/tasks/{w.task.pk}/").content.decode()
        assert _client(w.users[name]).get(f"/ledger/tasks/{w.task.pk}/quota/set/").status_code == 404


def test_xlsx_export_reads_back(q):
    import openpyxl
    _fill(q)
    r = _client(q.users["city"]).get(f"/office/tasks/{q.task.pk}/quota.xlsx?period=2026")
    assert r.status_code == 200 and r["Content-Type"].startswith("application/vnd.openxmlformats")
    book = openpyxl.load_workbook(io.BytesIO(b"".join(r.streaming_content) if r.streaming else r.content))
    units = list(book.worksheets[0].iter_rows(values_only=True))
    assert units[2][:5] == ("单位", "人数", "已完成", "未完成", "登记数")  # under the title and its date line
    assert ("甲一县科协", 3, 1, 2, 3) in [row[:5] for row in units]
    people = list(book.worksheets[1].iter_rows(values_only=True))
    assert ("甲二县科协", "张二", 3, "是") in [row[:4] for row in people]
    assert len(people) == 2 + 7
    r = _client(q.users["county1"]).get(f"/office/tasks/{q.task.pk}/quota.xlsx?period=2026")
    people = list(openpyxl.load_workbook(io.BytesIO(r.content)).worksheets[1].iter_rows(values_only=True))
    assert {row[0] for row in people[3:]} == {"甲一县科协"}
    assert _client(q.users["other-county"]).get(f"/office/tasks/{q.task.pk}/quota.xlsx").status_code == 404


# --- API -------------------------------------------------------------------------------------------------------

def test_api_set_record_and_tally(w):
    from rest_framework.test import APIClient
    api = APIClient()
    api.force_authenticate(w.users["city"])
    base = f"/api/quotas/{w.task.pk}/"
    r = api.post(base + "set/", {"count": 0, "organisation": w.orgs["甲市科协"].pk}, format="json")
    assert r.status_code == 400 and "每人数量" in str(r.data)
    r = api.post(base + "set/", {"count": 1, "organisation": w.orgs["甲市科协"].pk, "subtree": True}, format="json")
    assert r.status_code == 200 and r.data["quota"] == 1
    person = _people(w.orgs["甲一县科协"], ["张一"])[0]
    county = APIClient()
    county.force_authenticate(w.users["county1"])
    r = county.post(base + "items/", {"person": person.pk, "title": "心得", "day": "2026-02-02"}, format="json")
    assert r.status_code == 201 and r.data["period"] == "2026"
    r = county.post(base + "items/", {"person": person.pk, "title": "心得", "day": "2027-02-02"}, format="json")
    assert r.status_code == 400
    r = api.get(base, {"period": "2026"})
    assert r.status_code == 200
    assert r.data["totals"] == {"people": 1, "met": 1, "not_met": 0, "items": 1}
    assert r.data["units"][0]["met"] == 1 and r.data["people"][0]["n"] == 1
    other = APIClient()
    other.force_authenticate(w.users["other-county"])
    assert other.get(base).status_code == 404
    assert other.post(base + "items/", {"person": person.pk, "title": "x", "day": "2026-02-02"},
                      format="json").status_code in (403, 404)
    assert APIClient().get(base).status_code in (401, 403)


def test_demo_quota_on_the_shaanxi_plan(demo):
    from kexie.ledger.demo import build_demo_ledgers
    from kexie.site.demo import load_seeds
    load_seeds()
    outcomes = dict(build_demo_ledgers())
    assert outcomes["陕西省科协 每人定额"].startswith("quota of 1 a year")
    task = QuotaItem.objects.select_related("task").first().task
    assert "心得体会" in task.text and task.quota == 1 and task.rhythm == Rhythm.YEARLY
    t = quotas.totals(task, quotas.period_for(task, None).key)
    assert t.people >= 3 and 0 < t.met < t.people
    staff = task.plan.organisation.memberships.filter(role__in=["admin", "staff"]).first().user
    body = _client(staff).get(f"/ledger/tasks/{task.pk}/quota/").content.decode()
    assert 'id="mine"' in body and 'id="record-form"' in body
    assert dict(build_demo_ledgers())["陕西省科协 每人定额"] == "already set"


def test_quota_list_shows_what_the_user_sees(q):
    quotas.record_item(q.task, q.users["county1"], person=q.c1_people[0], title="心得", day=day())
    for name in ("city", "city-leader", "province", "county1", "county2"):
        body = _client(q.users[name]).get("/ledger/quotas/").content.decode()
        assert f"/ledger/tasks/{q.task.pk}/quota/" in body, name
    for name in ("other-city", "other-county"):
        assert f"/ledger/tasks/{q.task.pk}/quota/" not in _client(q.users[name]).get("/ledger/quotas/").content.decode()
    assert "/ledger/quotas/" in _client(q.users["county1"]).get("/ledger/inbox/").content.decode()


def test_quota_pages_read_in_english(q, settings):
    from test_ledger_english import chinese_left, data_strings
    _fill(q)
    _link(q.users["county1"], q.c1_people[0])
    data = data_strings()
    left = {}
    for name, url in [("city", f"/ledger/tasks/{q.task.pk}/quota/?period=2026"), ("city", "/ledger/quotas/"),
                      ("city", f"/ledger/tasks/{q.task.pk}/quota/set/"), ("city", f"/ledger/tasks/{q.task.pk}/"),
                      ("county1", f"/ledger/tasks/{q.task.pk}/quota/?period=2026&org={q.orgs['甲一县科协'].pk}")]:
        c = _client(q.users[name])
        c.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
        r = c.get(url)
        assert r.status_code == 200, url
        found = chinese_left(r.content.decode(), data)
        if found:
            left[url] = found
    assert not left


def test_item_attachment_download_and_delete_are_scoped(q):
    data = _docx()
    item = quotas.record_item(q.task, q.users["county1"], person=q.c1_people[0], title="心得", day=day(),
                              file=("心得.docx", data))
    url = f"/ledger/quota-items/{item.pk}/file/"
    for name in ("county1", "city", "city-leader"):
        r = _client(q.users[name]).get(url)
        assert r.status_code == 200 and b"".join(r.streaming_content) == data, name
    for name in ("county2", "other-county", "other-city"):
        assert _client(q.users[name]).get(url).status_code == 404, name
    delete = f"/ledger/quota-items/{item.pk}/delete/"
    assert _client(q.users["county2"]).post(delete).status_code == 404
    assert _client(q.users["city-leader"]).post(delete).status_code == 403
    assert _client(q.users["city"]).post(delete).status_code == 403  # 甲市 edits its own people only
    assert QuotaItem.objects.filter(pk=item.pk).exists()
    assert _client(q.users["county1"]).post(delete).status_code == 302
    assert not QuotaItem.objects.exists()
    from kexie.audit.models import Entry
    assert Entry.objects.get(action="delete_quota").before["title"] == "心得"


def test_an_attachment_keeps_its_bytes_when_a_document_of_the_same_bytes_is_deleted(q):
    """The store keeps one blob per content: deleting a document must not take the bytes a quota item (or a
    report attachment, a photo) still points to; and backup carries the item's file."""
    from kexie.documents import storage
    from kexie.documents.services import ingest

    data = _docx()
    item = quotas.record_item(q.task, q.users["county1"], person=q.c1_people[0], title="心得", day=day(),
                              file=("心得.docx", data))
    document, created = ingest(data, "心得.docx", q.orgs["甲一县科协"])
    assert created and document.sha256 == item.sha256
    document.delete()
    assert storage.has_blob(item.sha256)
    r = _client(q.users["county1"]).get(f"/ledger/quota-items/{item.pk}/file/")
    assert r.status_code == 200 and b"".join(r.streaming_content) == data
    assert item.sha256 in storage.referenced_blobs()
    alone, _ = ingest("只有一份的文件".encode(), "alone.txt", q.orgs["甲一县科协"])
    alone.delete()
    assert not storage.has_blob(alone.sha256)  # bytes nothing else points to go with their document
