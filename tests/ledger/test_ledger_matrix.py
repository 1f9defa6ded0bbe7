"""The reporting matrix (报送情况表, issue 13 item 3): units × periods, each cell's state, aggregation over several
tasks, filters, pagination, scope outside-in, a constant query count, the xlsx read back, the API, bad input."""

from __future__ import annotations

import datetime
import io
import os

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from kexie.ledger import matrix, services
from kexie.ledger.models import Assignment, Plan, PlanRecipient, Rhythm, Task
from world import build_world

pytestmark = pytest.mark.django_db

# 2026: Q1 due 3月31日 and Q2 due 6月30日 are past; Q3 runs (due 9月30日); Q4 has not started.
TODAY = datetime.date(2026, 8, 15)
COUNTY_USER = {"甲一县科协": "county1", "甲二县科协": "county2"}


def at(day: datetime.date):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(10)))


def report(w, county: str, key: str, day: datetime.date, task=None):
    a = (Assignment.objects.get(task=task, organisation=w.orgs[county]) if task else
         Assignment.objects.get(pk=w.assignments[county].pk))
    return services.submit_report(a, w.users[COUNTY_USER[county]], text=f"{county} {key}", period=key,
                                  created_at=at(day))


@pytest.fixture
def world(data_dir, monkeypatch):
    monkeypatch.setattr(matrix, "local_today", lambda: TODAY)
    w = build_world()
    # Published in January of the fixed today's year: its quarters count from 2026-Q1.
    Plan.objects.filter(pk=w.plan.pk).update(published_at=at(datetime.date(2026, 1, 5)))
    Task.objects.filter(pk=w.task.pk).update(rhythm=Rhythm.QUARTERLY)
    w.task.refresh_from_db()
    w.plan.refresh_from_db()
    report(w, "甲一县科协", "2026-Q1", datetime.date(2026, 3, 20))  # on time
    report(w, "甲一县科协", "2026-Q2", datetime.date(2026, 7, 3))  # late
    report(w, "甲一县科协", "2026-Q3", datetime.date(2026, 8, 1))  # on time, before the period's end
    return w


def _client(w, name):
    c = Client()
    c.force_login(w.users[name])
    return c


def _states(m):
    return {r.unit.short_name: [c.state if c else None for c in r.cells] for r in m.rows}


def test_a_closed_assignment_owes_nothing_for_periods_begun_after_it(world):
    """甲二县 missed 2026-Q1, then its assignment was closed (办结) on 3月15日: Q1 is still owed (begun before), the
    later quarters are 无需报送 — in its cells, the columns' totals and the 逾期 filter."""
    from kexie.ledger.flow import Status
    Assignment.objects.filter(pk=world.assignments["甲二县科协"].pk).update(
        status=Status.CLOSED, closed_at=at(datetime.date(2026, 3, 15)))
    plan = Plan.objects.get(pk=world.plan.pk)
    m = matrix.build(world.users["city"], plan, {}, today=TODAY)
    assert _states(m)["甲二县科协"] == ["overdue", "not_required", "not_required", "not_required"]
    assert m.columns[1].totals["not_required"] == 1 and m.columns[1].totals["overdue"] == 0
    assert m.columns[3].totals == {"not_required": 1, "not_started": 1, "on_time": 0, "not_due": 0, "late": 0,
                                   "overdue": 0}
    # Q2 is past due: 甲一县 sent it (late), 甲二县 owed nothing, so no unit has 逾期 from Q2 on; from Q1 on, 甲二县.
    assert matrix.build(world.users["city"], plan, {"state": "overdue", "from": "2026-Q2"}, today=TODAY).rows == []
    from_q1 = matrix.build(world.users["city"], plan, {"state": "overdue", "from": "2026-Q1"}, today=TODAY)
    assert [r.unit.short_name for r in from_q1.rows] == ["甲二县科协"]


def test_cell_states_with_a_fixed_today(world):
    m = matrix.build(world.users["city"], Plan.objects.get(pk=world.plan.pk), {}, today=TODAY)
    assert [c.key for c in m.columns] == ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]
    assert [c.label for c in m.columns][0] == "2026年第一季度"
    assert _states(m) == {
        "甲一县科协": ["on_time", "late", "on_time", "not_started"],
        "甲二县科协": ["overdue", "overdue", "not_due", "not_started"],
    }
    # The columns' totals count every unit.
    assert m.columns[0].totals == {"not_required": 0, "not_started": 0, "on_time": 1, "not_due": 0, "late": 0, "overdue": 1}
    assert m.columns[1].totals["late"] == 1 and m.columns[1].totals["overdue"] == 1
    assert m.columns[2].totals["not_due"] == 1 and m.columns[3].totals["not_started"] == 2
    # A reported cell opens the latest report of its period; an unreported one, the assignment.
    late = m.rows[0].cells[1]
    assert late.report_id and late.assignment_id == world.assignments["甲一县科协"].pk
    assert m.rows[1].cells[0].report_id is None
    # A second report in a period moves the link to it, the state stays on time (the first one counts).
    again = report(world, "甲一县科协", "2026-Q1", datetime.date(2026, 4, 20))
    m = matrix.build(world.users["city"], world.plan, {}, today=TODAY)
    assert m.rows[0].cells[0].state == "on_time" and m.rows[0].cells[0].report_id == again.pk


def test_several_tasks_aggregate_per_unit(world):
    second = Task.objects.create(plan=world.plan, outline_id="2", heading="开展调研", order=1,
                                 rhythm=Rhythm.QUARTERLY)
    monthly = Task.objects.create(plan=world.plan, outline_id="3", heading="每月信息", order=2, rhythm=Rhythm.MONTHLY)
    for t in (second, monthly):
        for county in COUNTY_USER:
            Assignment.objects.create(task=t, plan=world.plan, organisation=world.orgs[county],
                                      due_date=datetime.date(2026, 12, 31))
    report(world, "甲二县科协", "2026-Q1", datetime.date(2026, 3, 1), task=second)
    m = matrix.build(world.users["city"], world.plan, {}, today=TODAY)
    assert m.rhythm == Rhythm.QUARTERLY and [r for r, _label in m.rhythms] == ["quarterly", "monthly"]
    c1, c2 = (r.cells[0] for r in m.rows)
    assert (c1.n, c1.reported, c1.label, c1.state) == (2, 1, "1/2 已报", "overdue")
    assert (c2.n, c2.reported, c2.label, c2.state) == (2, 1, "1/2 已报", "overdue")
    assert c1.counts == {"on_time": 1, "overdue": 1}
    assert m.columns[0].totals["on_time"] == 2 and m.columns[0].totals["overdue"] == 2
    # The worst one opens: the overdue assignment of the second task.
    assert c1.assignment_id == Assignment.objects.get(task=second, organisation=world.orgs["甲一县科协"]).pk
    # The other rhythm, and one task.
    monthly_m = matrix.build(world.users["city"], world.plan, {"rhythm": "monthly"}, today=TODAY)
    assert len(monthly_m.columns) == 12 and [t.pk for t in monthly_m.tasks] == [monthly.pk]
    one = matrix.build(world.users["city"], world.plan, {"task": str(second.pk)}, today=TODAY)
    assert _states(one)["甲二县科协"][:2] == ["on_time", "overdue"]
    task_m = matrix.build(world.users["city"], world.plan, {}, task=second, today=TODAY)
    assert _states(task_m) == _states(one)


def test_filters_state_subtree_and_period_range(world):
    city = world.users["city"]
    overdue = matrix.build(city, world.plan, {"state": "overdue"}, today=TODAY)
    assert [r.unit.short_name for r in overdue.rows] == ["甲二县科协"]
    assert overdue.columns[0].totals == {"not_required": 0, "not_started": 0, "on_time": 0, "not_due": 0, "late": 0, "overdue": 1}
    late = matrix.build(city, world.plan, {"state": "late"}, today=TODAY)
    assert [r.unit.short_name for r in late.rows] == ["甲一县科协"]
    # Only Q1 shown: 甲一县 reported it on time, so no unit is late there.
    assert matrix.build(city, world.plan, {"state": "late", "to": "2026-Q1"}, today=TODAY).rows == []
    sub = matrix.build(city, world.plan, {"unit": str(world.orgs["甲二县科协"].pk)}, today=TODAY)
    assert [r.unit.short_name for r in sub.rows] == ["甲二县科协"] and sub.columns[0].totals["on_time"] == 0
    ranged = matrix.build(city, world.plan, {"from": "2026-Q2", "to": "2026-Q3"}, today=TODAY)
    assert [c.key for c in ranged.columns] == ["2026-Q2", "2026-Q3"] and not ranged.errors
    assert _states(ranged)["甲一县科协"] == ["late", "on_time"]
    assert [c.key for c in matrix.build(city, world.plan, {"year": "2026"}, today=TODAY).columns][-1] == "2026-Q4"
    # The subtree choices: the issuer and its counties.
    assert {o.short_name for o in sub.unit_choices} >= {"甲市科协", "甲一县科协", "甲二县科协"}


def test_bad_filters_are_said_and_dropped(world):
    city = world.users["city"]
    m = matrix.build(city, world.plan, {"state": "nonsense", "from": "2031-Q9", "year": "abc", "rhythm": "weekly",
                                        "unit": "99999999", "task": "x", "page": "7"}, today=TODAY)
    assert len(m.errors) == 7 and len(m.rows) == 2 and len(m.columns) == 4
    assert any("页码" in e for e in m.errors) and any("2031-Q9" in e for e in m.errors)
    with pytest.raises(matrix.MatrixError):
        matrix.build(city, world.plan, {"page": "0"}, strict=True)
    # 乙一县 is outside the plan's issuer: refused as a subtree.
    m = matrix.build(city, world.plan, {"unit": str(world.orgs["乙一县科协"].pk)}, today=TODAY)
    assert m.errors and len(m.rows) == 2
    # An empty range: said, every period shown.
    m = matrix.build(city, world.plan, {"from": "2026-Q4", "to": "2026-Q1"}, today=TODAY)
    assert m.errors and len(m.columns) == 4


def test_page_shows_cells_links_and_exports(world):
    c = _client(world, "city")
    r = c.get(f"/ledger/{world.plan.pk}/matrix/")
    assert r.status_code == 200
    html = r.content.decode()
    assert "报送情况" in html and "2026年第一季度" in html and "逾期" in html and "迟报" in html
    a1 = world.assignments["甲一县科协"].pk
    assert f'/ledger/assignments/{a1}/#report-' in html
    assert f'/ledger/assignments/{world.assignments["甲二县科协"].pk}/"' in html
    assert 'id="matrix-xlsx"' in html and "print-title" in html
    # The plan page and the task page link to it.
    assert f"/ledger/{world.plan.pk}/matrix/" in c.get(f"/ledger/{world.plan.pk}/").content.decode()
    assert f"/ledger/tasks/{world.task.pk}/matrix/" in c.get(f"/ledger/tasks/{world.task.pk}/").content.decode()
    r = c.get(f"/ledger/tasks/{world.task.pk}/matrix/?state=overdue")
    assert r.status_code == 200 and "甲二县科协" in r.content.decode() and "甲一县科协</th>" not in r.content.decode()
    # The report anchor exists on the assignment page.
    rid = matrix.build(world.users["city"], world.plan, {}, today=TODAY).rows[0].cells[0].report_id
    assert f'id="report-{rid}"' in c.get(f"/ledger/assignments/{a1}/").content.decode()


def test_page_in_english(world, settings):
    c = _client(world, "city")
    c.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    html = c.get(f"/ledger/{world.plan.pk}/matrix/").content.decode()
    assert "Overdue" in html and "Q1 2026" in html and "报送情况" not in html


@pytest.mark.parametrize("name, seen", [
    ("city", {"甲一县科协", "甲二县科协"}), ("province", {"甲一县科协", "甲二县科协"}),
    ("city-supervisor", {"甲一县科协", "甲二县科协"}), ("city-leader", {"甲一县科协", "甲二县科协"}),
    ("county1", {"甲一县科协"}), ("county2", {"甲二县科协"}),
])
def test_scope_outside_in(world, name, seen):
    c = _client(world, name)
    html = c.get(f"/ledger/{world.plan.pk}/matrix/").content.decode()
    assert {u for u in ("甲一县科协", "甲二县科协") if f">{u}</th>" in html} == seen
    body = c.get(f"/api/plans/{world.plan.pk}/matrix/").json()
    assert {r["unit"]["name"] for r in body["results"]} == seen
    xlsx = c.get(f"/office/ledger/{world.plan.pk}/matrix.xlsx")
    assert {row[1] for row in _sheet_rows(xlsx.content)[3:-1]} == seen
    # The totals are the viewer's too: a county never learns its sibling's counts.
    assert sum(body["periods"][0]["totals"].values()) == len(seen)


def test_scope_denied(world):
    for name in ("other-city", "other-county"):
        c = _client(world, name)
        assert c.get(f"/ledger/{world.plan.pk}/matrix/").status_code == 404
        assert c.get(f"/ledger/tasks/{world.task.pk}/matrix/").status_code == 404
        assert c.get(f"/api/plans/{world.plan.pk}/matrix/").status_code == 404
        assert c.get(f"/office/ledger/{world.plan.pk}/matrix.xlsx").status_code == 404
    r = Client().get(f"/ledger/{world.plan.pk}/matrix/")
    assert r.status_code == 302 and "login" in r["Location"]
    assert Client().get(f"/api/plans/{world.plan.pk}/matrix/").status_code in (401, 403)
    # A county cannot widen its view with a subtree filter.
    m = matrix.build(world.users["county1"], world.plan, {"unit": str(world.orgs["甲二县科协"].pk)}, today=TODAY)
    assert m.errors and [r.unit.short_name for r in m.rows] == ["甲一县科协"]


def _sheet_rows(content: bytes):
    from openpyxl import load_workbook
    return [list(r) for r in load_workbook(io.BytesIO(content)).active.iter_rows(values_only=True)]


def test_xlsx_read_back(world):
    from openpyxl import load_workbook

    r = _client(world, "city").get(f"/office/ledger/{world.plan.pk}/matrix.xlsx?state=")
    assert r.status_code == 200 and r["Content-Type"].startswith("application/vnd.openxmlformats")
    book = load_workbook(io.BytesIO(r.content))
    sheet = book.active
    rows = [list(x) for x in sheet.iter_rows(values_only=True)]
    assert world.plan.title in rows[0][0] and "2026年8月15日" in rows[0][0]
    assert rows[2] == ["序号", "单位", "2026年第一季度", "2026年第二季度", "2026年第三季度", "2026年第四季度"]
    assert rows[3] == [1, "甲一县科协", "已报", "迟报", "已报", "未开始"]
    assert rows[4] == [2, "甲二县科协", "逾期", "逾期", "未报", "未开始"]
    assert rows[5][1] == "合计" and "逾期 1" in rows[5][2]
    assert sheet.freeze_panes == "C4"
    assert sheet.auto_filter.ref == "A3:F5"
    assert sheet.print_title_rows == "$1:$3"
    assert sheet.page_setup.orientation == "landscape" and int(sheet.page_setup.paperSize) == 9
    assert sheet["E5"].fill.fgColor.rgb.endswith("FDF0C8") and sheet["C5"].fill.fgColor.rgb.endswith("FBDCDC")
    assert sheet.column_dimensions["B"].width >= 12
    # The same filters as the page: only the overdue unit.
    rows = _sheet_rows(_client(world, "city").get(f"/office/ledger/{world.plan.pk}/matrix.xlsx?state=overdue").content)
    assert [r[1] for r in rows[3:-1]] == ["甲二县科协"] and "有逾期未报" in rows[1][0]


def test_api_matches_page(world):
    c = _client(world, "city")
    body = c.get(f"/api/plans/{world.plan.pk}/matrix/").json()
    assert body["count"] == 2 and body["next"] is None and body["rhythm"] == "quarterly"
    assert [p["key"] for p in body["periods"]] == ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]
    assert [x["state"] for x in body["results"][1]["cells"]] == ["overdue", "overdue", "not_due", "not_started"]
    r = c.get(f"/api/plans/{world.plan.pk}/matrix/?state=bogus")
    assert r.status_code == 400 and "bogus" in r.json()["detail"]
    assert c.get(f"/api/plans/{world.plan.pk}/matrix/?page=9").status_code == 400


def test_plan_without_rhythm_tasks(world):
    Task.objects.filter(pk=world.task.pk).update(rhythm="")
    c = _client(world, "city")
    r = c.get(f"/ledger/{world.plan.pk}/matrix/")
    assert r.status_code == 200 and "没有按周期报送的任务" in r.content.decode()
    assert f"/ledger/{world.plan.pk}/matrix/" not in c.get(f"/ledger/{world.plan.pk}/").content.decode()
    assert "不按周期报送" in c.get(f"/ledger/tasks/{world.task.pk}/matrix/").content.decode()
    assert c.get(f"/office/ledger/{world.plan.pk}/matrix.xlsx")["Location"].startswith(f"/ledger/{world.plan.pk}/matrix/")
    assert c.get(f"/api/plans/{world.plan.pk}/matrix/").json()["message"]


def _plan_to(w, n: int, tag: str) -> Plan:
    """甲市's plan of two quarterly tasks to n counties of its own, some reports."""
    from kexie.orgs.models import Level, Organisation
    counties = [Organisation.objects.create(name=f"{tag}{i:02d}县科协", short_name=f"{tag}{i:02d}县科协",
                                            level=Level.COUNTY, parent=w.orgs["甲市科协"]) for i in range(n)]
    plan = Plan.objects.create(organisation=w.orgs["甲市科协"], title=f"{tag}方案", year=2026,
                               default_due=datetime.date(2026, 12, 31), created_by=w.users["city"])
    for i in range(2):
        Task.objects.create(plan=plan, outline_id=str(i + 1), heading=f"任务{i}", order=i, rhythm=Rhythm.QUARTERLY)
    recipient = PlanRecipient.objects.create(plan=plan, name="各县科协", order=0)
    services.set_recipient(recipient, w.users["city"], organisation_ids=[c.pk for c in counties])
    services.publish(plan, w.users["city"])
    Plan.objects.filter(pk=plan.pk).update(published_at=at(datetime.date(2026, 1, 5)))
    from kexie.ledger import cycles, rhythms
    from kexie.ledger.models import Report
    for i, a in enumerate(Assignment.objects.filter(plan=plan).select_related("task__plan").order_by("id")[:n]):
        key = "2026-Q1" if i % 2 else "2026-Q2"
        r = Report.objects.create(assignment=a, text="进展", period=key, created_at=at(datetime.date(2026, 3, 2) + datetime.timedelta(days=2 * i)))
        cycles.fill_slot(a, r, rhythms.period_of(a.task, key))
    return plan


@pytest.mark.parametrize("per_page", [100, 10])
def test_query_count_does_not_grow_with_units(world, per_page, monkeypatch):
    monkeypatch.setattr(matrix, "PER_PAGE", per_page)
    c = _client(world, "city")
    counts = []
    for n, tag in ((3, "小"), (30, "大")):
        plan = _plan_to(world, n, tag)
        url = f"/ledger/{plan.pk}/matrix/"
        c.get(url)
        with CaptureQueriesContext(connection) as page:
            r = c.get(url)
        with CaptureQueriesContext(connection) as overdue:
            c.get(url + "?state=overdue&page=1")
        with CaptureQueriesContext(connection) as api:
            c.get(f"/api/plans/{plan.pk}/matrix/")
        assert r.status_code == 200
        counts.append((len(page), len(overdue), len(api)))
    assert counts[0] == counts[1], counts
    assert counts[0][0] <= 20, counts


def test_pagination(world, monkeypatch):
    monkeypatch.setattr(matrix, "PER_PAGE", 10)
    plan = _plan_to(world, 25, "页")
    c = _client(world, "city")
    first = matrix.build(world.users["city"], plan, {}, today=TODAY, per_page=10)
    assert first.n_units == 25 and len(first.rows) == 10 and first.page.paginator.num_pages == 3
    names = [r.unit.short_name for r in first.rows]
    assert names == sorted(names)
    third = matrix.build(world.users["city"], plan, {"page": "3"}, today=TODAY, per_page=10)
    assert [r.unit.short_name for r in third.rows][-1] == "页24县科协" and len(third.rows) == 5
    assert "?page=2" in c.get(f"/ledger/{plan.pk}/matrix/").content.decode().replace("&amp;", "&").replace("?&", "?")
    body = c.get(f"/api/plans/{plan.pk}/matrix/?page=2").json()
    assert body["count"] == 25 and "page=3" in body["next"] and "page=1" in body["previous"]
    # The xlsx has every unit, not one page.
    rows = _sheet_rows(c.get(f"/office/ledger/{plan.pk}/matrix.xlsx").content)
    assert len(rows) == 3 + 25 + 1


@pytest.fixture
def phone_session(world):
    """(the matrix's path, a signed-in session), made before the browser starts: ORM calls made once Playwright's
    loop runs open a connection that outlives the test (PostgreSQL then refuses to drop the test database)."""
    # A second quarterly task, so the page offers the task filter, with a heading as long as real ones: it must
    # not widen the page.
    Task.objects.create(plan=world.plan, outline_id="2", order=5, rhythm=Rhythm.QUARTERLY,
                        heading="提高思想认识，把学习宣传贯彻省第十三次党代会精神作为当前和今后一个时期的重要政治任务")
    return f"/ledger/{world.plan.pk}/matrix/?from=2026-Q1", _client(world, "city").cookies["sessionid"].value


def test_phone_width_sticky_column_and_print(phone_session, live_server, browser_page):
    """At 390 px the page fits, the table scrolls inside its box with the unit column held; printed, the title
    row shows."""
    path, session = phone_session
    url = f"{live_server.url}{path}"
    page = browser_page
    page.context.add_cookies([{"name": "sessionid", "value": session, "url": live_server.url}])
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(url)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    box = page.locator(".matrix-scroll")
    assert page.evaluate("e => e.scrollWidth > e.clientWidth", box.element_handle())
    first = page.locator("table.matrix tbody th.c-unit").first
    assert first.evaluate("e => getComputedStyle(e).position") == "sticky"
    box.evaluate("e => e.scrollLeft = 400")
    assert 0 <= first.bounding_box()["x"] < 40  # still in view after scrolling sideways
    assert not page.locator("tr.print-title").is_visible()
    page.emulate_media(media="print")
    assert page.locator("tr.print-title").is_visible() and not page.locator(".matrix-filters").is_visible()
    if shots := os.environ.get("KEXIE_SHOTS"):
        page.emulate_media(media="screen")
        page.screenshot(path=f"{shots}/matrix-phone.png", full_page=True)
        page.set_viewport_size({"width": 1280, "height": 700})
        page.screenshot(path=f"{shots}/matrix-desktop.png", full_page=True)
    assert not page.csp_errors


def test_a_draft_has_no_matrix_yet(world):
    draft = Plan.objects.create(organisation=world.orgs["甲市科协"], title="草稿方案", year=2026)
    Task.objects.create(plan=draft, outline_id="1", heading="季度任务", rhythm=Rhythm.QUARTERLY)
    r = _client(world, "city").get(f"/ledger/{draft.pk}/matrix/")
    assert r.status_code == 200 and "尚未下发" in r.content.decode()
    assert _client(world, "county1").get(f"/ledger/{draft.pk}/matrix/").status_code == 404
