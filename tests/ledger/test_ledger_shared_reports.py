"""One report, several tasks (同时报送): stored once, shown under each, progress on each; proposals by text."""

from __future__ import annotations

import datetime

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from world import build_world

from kexie.ledger import reads, services, similar
from kexie.ledger.errors import LedgerError, NotAllowed
from kexie.ledger.models import Assignment, PeriodSlot, Report, Rhythm, Status, SubtreeReportCount

pytestmark = pytest.mark.django_db

TASKS = [
    ("开展全国科普日活动", "组织科技志愿者深入社区、学校开展科普宣传，举办科普讲座和科普展览。"),
    ("建设学习型单位", "抓好理论学习中心组学习，每位党员干部每年至少撰写1篇心得体会、调研报告或决策建议。"),
    ("推进科技工作者之家建设", "走访慰问科技工作者，建立联系科技工作者制度，为科技工作者办实事。"),
    ("加强基层科协组织建设", "推动乡镇科协、企业科协组织全覆盖，按期规范换届。"),
]
SCIENCE_DAY = "9月在全县12个社区开展全国科普日宣传活动，组织科技志愿者举办科普讲座8场、科普展览3场。"


@pytest.fixture
def w(data_dir):
    """The world, with a second plan of four tasks sent to both counties."""
    from kexie.ledger.models import Plan, PlanRecipient, Task
    w = build_world()
    city = w.users["city"]
    plan = Plan.objects.create(organisation=w.orgs["甲市科协"], title="甲市科协重点工作", year=2026,
                               default_due=datetime.date(2026, 12, 31), created_by=city)
    for i, (heading, text) in enumerate(TASKS):
        Task.objects.create(plan=plan, outline_id=str(i + 1), heading=heading, text=text, order=i)
    recipient = PlanRecipient.objects.create(plan=plan, name="各县科协", order=0)
    services.set_recipient(recipient, city, organisation_ids=[w.orgs["甲一县科协"].pk, w.orgs["甲二县科协"].pk])
    services.publish(plan, city)
    w.mine = {a.task.heading: a for a in Assignment.objects.filter(plan=plan, organisation=w.orgs["甲一县科协"])
              .select_related("task", "plan", "organisation")}
    w.theirs = {a.task.heading: a for a in Assignment.objects.filter(plan=plan, organisation=w.orgs["甲二县科协"])
                .select_related("task", "plan", "organisation")}
    return w


def _fresh(a):
    return Assignment.objects.select_related("task", "plan", "organisation").get(pk=a.pk)


def test_proposals_rank_real_texts():
    candidates = [(h, f"{h}\n{t}") for h, t in TASKS]
    ranked = similar.rank(SCIENCE_DAY, candidates)
    assert ranked[0][0] == "开展全国科普日活动" and ranked[0][1] > 2 * ranked[1][1]
    ranked = similar.rank("召开理论学习中心组会议3次，党员干部撰写心得体会15篇、调研报告4篇。", candidates)
    assert ranked[0][0] == "建设学习型单位"
    ranked = similar.rank("走访慰问老科技工作者20人，为科技工作者办实事5件。", candidates)
    assert ranked[0][0] == "推进科技工作者之家建设"
    assert similar.rank("", candidates) == [] and similar.rank("hello", candidates) == []
    assert len(similar.rank("科协科技工作", candidates * 3)) == similar.PROPOSALS
    assert similar.grams("科普日 GB 9704") == {"科普": 1, "普日": 1, "gb": 1, "9704": 1}


def test_also_is_stored_once_and_moves_each_assignment(w):
    primary, b, c = w.mine["开展全国科普日活动"], w.mine["建设学习型单位"], w.mine["推进科技工作者之家建设"]
    report = services.submit_report(primary, w.users["county1"], text=SCIENCE_DAY, percent=40, also=[b.pk, c.pk])
    assert Report.objects.count() == 1
    assert set(report.also.values_list("pk", flat=True)) == {b.pk, c.pk}
    for a in (primary, b, c):
        a = _fresh(a)
        assert (a.status, a.progress, a.last_report_at) == (Status.IN_PROGRESS, 40, report.created_at)
        assert list(reads.reports_under([a.pk])) == [report]
    assert not reads.reports_under([w.mine["加强基层科协组织建设"].pk]).exists()
    # Counted for each assignment it answers, at every unit above.
    assert sum(SubtreeReportCount.objects.filter(organisation=w.orgs["甲市科协"], plan=w.mine[
        "开展全国科普日活动"].plan).values_list("n", flat=True)) == 3
    from kexie.audit.models import Entry
    assert Entry.objects.get(object_type="ledger.report").after["also"] == [b.pk, c.pk]
    assert Entry.objects.filter(object_type="ledger.assignment", action="report").count() == 3


def _nothing_written(w, before):
    assert Report.objects.count() == before
    for a in w.mine.values():
        assert _fresh(a).progress == 0


def test_also_refused_for_another_unit_closed_duplicate_or_itself(w):
    primary, b = w.mine["开展全国科普日活动"], w.mine["建设学习型单位"]
    county1 = w.users["county1"]
    for also, message in [([w.theirs["建设学习型单位"].pk], "本单位承办的其他任务"),
                          ([w.assignments["甲二县科协"].pk], "本单位承办的其他任务"),
                          ([10 ** 12], "本单位承办的其他任务"), (["x"], "编号应为正整数"),
                          ([b.pk, b.pk], "不能重复"), ([primary.pk], "不能重复"),
                          (list(range(1, 60)), "最多 50 项")]:
        with pytest.raises(LedgerError, match=message):
            services.submit_report(primary, county1, text="进展", percent=10, also=also)
    _nothing_written(w, 0)
    closing = w.mine["加强基层科协组织建设"]
    services.act(closing, "accept", county1)
    services.act(closing, "request_completion", county1, reason="已完成")
    services.act(_fresh(closing), "close", w.users["city"])
    with pytest.raises(LedgerError, match="不能同时报送"):
        services.submit_report(primary, county1, text="进展", percent=10, also=[b.pk, closing.pk])
    assert Report.objects.count() == 0 and _fresh(b).progress == 0 and _fresh(primary).progress == 0
    # 督办 and 领导 read; the sibling county cannot report on 甲一县's assignments at all.
    for name in ("city-supervisor", "city-leader", "county2"):
        with pytest.raises(NotAllowed):
            services.submit_report(primary, w.users[name], text="进展", also=[b.pk])
    assert Report.objects.count() == 0


def test_a_period_fills_each_also_assignment_whose_task_has_it(w):
    primary, b, c = w.mine["开展全国科普日活动"], w.mine["建设学习型单位"], w.mine["推进科技工作者之家建设"]
    from kexie.ledger.models import Task
    Task.objects.filter(pk__in=[primary.task_id, b.task_id]).update(rhythm=Rhythm.QUARTERLY)
    primary, b, c = _fresh(primary), _fresh(b), _fresh(c)
    from django.utils import timezone
    today = timezone.localdate()  # the quarter the plan was published in: its first period
    report = services.submit_report(primary, w.users["county1"], text=SCIENCE_DAY, percent=30,
                                    period=f"{today.year}-Q{(today.month - 1) // 3 + 1}", also=[b.pk, c.pk])
    slots = {s.assignment_id: s for s in PeriodSlot.objects.all()}
    assert set(slots) == {primary.pk, b.pk} and {s.report_id for s in slots.values()} == {report.pk}


def _client(u):
    c = Client()
    c.force_login(u)
    return c


def test_report_form_proposes_and_submits_also(w):
    primary, b = w.mine["开展全国科普日活动"], w.mine["建设学习型单位"]
    c = _client(w.users["county1"])
    body = c.get(f"/ledger/assignments/{primary.pk}/report/").content.decode()
    assert 'name="also"' in body and "建设学习型单位" in body and "hx-get" in body and "<script>" not in body
    assert "甲二县" not in body.split('id="also-list"')[1]
    r = c.get(f"/ledger/assignments/{w.mine['加强基层科协组织建设'].pk}/report/also/",
              {"text": "召开理论学习中心组会议3次，党员干部撰写心得体会15篇。", "also": [b.pk]})
    fragment = r.content.decode()
    assert r.status_code == 200 and fragment.index("建设学习型单位") < fragment.index("开展全国科普日活动")
    assert "推荐" in fragment.split("</li>")[0] and "checked" in fragment.split("</li>")[0]
    assert _client(w.users["county2"]).get(f"/ledger/assignments/{primary.pk}/report/also/").status_code == 404
    assert _client(w.users["other-county"]).get(f"/ledger/assignments/{primary.pk}/report/also/").status_code == 404
    r = c.post(f"/ledger/assignments/{primary.pk}/report/", {"text": SCIENCE_DAY, "percent": "50", "also": [b.pk]})
    assert r.status_code == 302
    page = c.get(f"/ledger/assignments/{b.pk}/").content.decode()
    assert "组织科技志愿者举办科普讲座8场" in page
    task_page = _client(w.users["city"]).get(f"/ledger/tasks/{b.task_id}/").content.decode()
    assert "组织科技志愿者举办科普讲座8场" in task_page
    r = c.post(f"/ledger/assignments/{primary.pk}/report/",
               {"text": "再报", "percent": "60", "also": [w.theirs["建设学习型单位"].pk]})
    assert r.status_code == 400 and "本单位承办的其他任务" in r.content.decode()
    assert Report.objects.count() == 1


def test_assignment_page_query_count_does_not_grow_with_shared_reports(w):
    primary, b = w.mine["开展全国科普日活动"], w.mine["建设学习型单位"]
    county1 = w.users["county1"]
    c = _client(county1)
    services.submit_report(primary, county1, text="一", percent=10, also=[b.pk])

    def count():
        with CaptureQueriesContext(connection) as ctx:
            assert c.get(f"/ledger/assignments/{b.pk}/").status_code == 200
        return len(ctx.captured_queries)
    few = count()
    for i in range(4):
        services.submit_report(_fresh(primary), county1, text=f"再报{i}", percent=20 + i, also=[b.pk])
    assert count() == few


def test_api_accepts_also_and_lists_shared_reports(w):
    from rest_framework.test import APIClient
    primary, b = w.mine["开展全国科普日活动"], w.mine["建设学习型单位"]
    api = APIClient()
    api.force_authenticate(w.users["county1"])
    r = api.post("/api/reports/", {"assignment": primary.pk, "text": SCIENCE_DAY, "percent": 20, "also": [b.pk]},
                 format="json")
    assert r.status_code == 201 and r.data["also"] == [b.pk]
    listed = api.get("/api/reports/", {"assignment": b.pk}).data
    rows = listed["results"] if isinstance(listed, dict) else listed
    assert [x["id"] for x in rows] == [r.data["id"]]
    history = api.get(f"/api/assignments/{b.pk}/history/").data
    assert any(e["object_type"] == "ledger.report" for e in (history["results"] if isinstance(history, dict)
                                                             else history))
    r = api.post("/api/reports/", {"assignment": primary.pk, "text": "x", "also": [w.theirs["建设学习型单位"].pk]},
                 format="json")
    assert r.status_code == 400 and Report.objects.count() == 1
    r = api.post("/api/reports/", {"assignment": primary.pk, "text": "x", "also": ["a"]}, format="json")
    assert r.status_code == 400
    other = APIClient()
    other.force_authenticate(w.users["county2"])
    assert other.get("/api/reports/", {"assignment": b.pk}).data in ([], {"count": 0, "next": None,
                                                                          "previous": None, "results": []})


@pytest.fixture
def signed(w):
    """The world with a password for 甲一县's 经办 and the ids the browser needs, set before the browser starts."""
    u = w.users["county1"]
    u.set_password("kexie-shared-2026")
    u.save()
    return {"primary": w.mine["开展全国科普日活动"].pk, "b": w.mine["建设学习型单位"].pk}


def test_proposals_as_the_user_types_in_the_browser(signed, live_server, browser_page):
    page, base = browser_page, live_server.url
    page.goto(f"{base}/accounts/login/")
    page.fill("input[name=username]", "county1")
    page.fill("input[name=password]", "kexie-shared-2026")
    with page.expect_navigation():
        page.click("main button[type=submit]")
    page.goto(f"{base}/ledger/assignments/{signed['primary']}/report/")
    page.fill("textarea[name=text]", "召开理论学习中心组会议3次，党员干部撰写心得体会15篇、调研报告4篇。")
    page.wait_for_selector("#also-list .proposed")
    first = page.locator("#also-list li").first
    assert "建设学习型单位" in first.inner_text()
    first.locator("input").check()
    with page.expect_navigation():
        page.click("#submit-report")
    page.goto(f"{base}/ledger/assignments/{signed['b']}/")
    assert "党员干部撰写心得体会15篇" in page.inner_text("main")
    assert not page.csp_errors, page.csp_errors


def test_report_form_and_proposals_read_in_english(w, settings):
    from test_ledger_english import chinese_left, data_strings
    primary = w.mine["开展全国科普日活动"]
    c = _client(w.users["county1"])
    c.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    data = data_strings()
    for url in (f"/ledger/assignments/{primary.pk}/report/",
                f"/ledger/assignments/{primary.pk}/report/also/?text={SCIENCE_DAY}"):
        r = c.get(url)
        assert r.status_code == 200 and not chinese_left(r.content.decode(), data), url
    assert "Suggested" in c.get(f"/ledger/assignments/{w.mine['建设学习型单位'].pk}/report/also/",
                                {"text": SCIENCE_DAY}).content.decode()


@pytest.mark.django_db(transaction=True)
def test_crossed_shared_reports_never_deadlock_on_postgresql(w):
    """A report on A also for B, and one on B also for A, at once: both lock A and B, in id order, so both land."""
    import threading

    from django.db import connections
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: SQLite serialises writers")
    a, b = w.mine["开展全国科普日活动"], w.mine["建设学习型单位"]
    county1 = w.users["county1"]
    for round_ in range(5):
        barrier, results = threading.Barrier(2), []

        def report(first, second, percent):
            try:
                barrier.wait()
                services.submit_report(_fresh(first), county1, text=f"第{round_}轮", percent=percent,
                                       also=[second.pk])
                results.append("ok")
            except Exception as e:  # noqa: BLE001 - the outcome is what is tested
                results.append(e)
            finally:
                connections.close_all()
        threads = [threading.Thread(target=report, args=(a, b, 10 + round_)),
                   threading.Thread(target=report, args=(b, a, 50 + round_))]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        assert results == ["ok", "ok"], results
        assert _fresh(a).progress == _fresh(b).progress  # the later of the two wrote both
    assert Report.objects.count() == 10
    assert reads.reports_under([a.pk]).count() == reads.reports_under([b.pk]).count() == 10
