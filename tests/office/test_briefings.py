"""工作简报: proposals from the subtree's reports (typical cases first), 第N期 per organisation and year, the page, the
Word file's 报头 and bylines, scope from outside in, bad input refused with nothing written, bounded queries."""

from __future__ import annotations

import datetime
import io
import threading

import pytest
from django.db import connection, connections
from django.test import Client
from django.utils import timezone
from docx import Document
from docx.oxml.ns import qn
from docx_paragraphs import page_foot_box, texts

from kexie.audit.models import Entry
from kexie.ledger import services
from kexie.ledger.errors import LedgerError
from kexie.ledger.models import Assignment
from kexie.office import pdf
from kexie.office.briefings import create_briefing, proposals
from kexie.office.models import Briefing
from kexie.oversight.period import Period
from world import build_world

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate()
PERIOD = Period(TODAY - datetime.timedelta(days=30), TODAY)
QUERY = f"start={PERIOD.start.isoformat()}&end={PERIOD.end.isoformat()}"


def client(user):
    c = Client()
    c.force_login(user)
    return c


def report(w, org_name, text, typical=False, user=None):
    a = Assignment.objects.select_related("plan", "organisation").filter(organisation=w.orgs[org_name]).first()
    user = user or {"甲一县科协": w.users["county1"], "甲二县科协": w.users["county2"]}[org_name]
    return services.submit_report(a, user, text=text, percent=50, is_typical_case=typical)


@pytest.fixture
def reported():
    """The small world with reports of 甲一县 (one typical) and 甲二县 on the city's plan, and one of 乙一县."""
    w = build_world()
    r1 = report(w, "甲一县科协", "甲一县举办科普大篷车进校园活动。\n覆盖学生三千人。", typical=True)
    r2 = report(w, "甲二县科协", "甲二县开展院士专家服务团活动。")
    # 乙一县: an assignment of another city's plan
    from kexie.ledger.models import Plan, PlanRecipient, Task
    plan = Plan.objects.create(organisation=w.orgs["乙市科协"], title="乙市工作安排", year=TODAY.year,
                               default_due=datetime.date(TODAY.year, 12, 31), created_by=w.users["other-city"])
    Task.objects.create(plan=plan, outline_id="1", heading="乙市任务", order=0)
    recipient = PlanRecipient.objects.create(plan=plan, name="各县", order=0)
    services.set_recipient(recipient, w.users["other-city"], organisation_ids=[w.orgs["乙一县科协"].pk])
    services.publish(plan, w.users["other-city"])
    r3 = report(w, "乙一县科协", "乙一县的报送。", user=w.users["other-county"])
    return w, r1, r2, r3


def test_proposals_are_the_subtrees_reports_typical_first(reported, django_assert_max_num_queries):
    w, r1, r2, r3 = reported
    with django_assert_max_num_queries(1):
        found = [r.pk for r in proposals(w.orgs["甲市科协"], PERIOD)]
    assert found == [r1.pk, r2.pk]  # typical first; 乙一县's is another city's
    assert [r.pk for r in proposals(w.orgs["甲一县科协"], PERIOD)] == [r1.pk]
    old = Period(PERIOD.start - datetime.timedelta(days=400), PERIOD.start - datetime.timedelta(days=300))
    assert proposals(w.orgs["甲市科协"], old) == []


def test_briefings_are_numbered_per_organisation_and_year(reported):
    w, r1, r2, _r3 = reported
    Briefing.objects.create(organisation=w.orgs["甲市科协"], year=TODAY.year - 1, number=7, title="去年",
                            start=PERIOD.start, end=PERIOD.end)
    first = create_briefing(w.users["city"], PERIOD, [r1.pk])
    second = create_briefing(w.users["city"], PERIOD, [r2.pk, r1.pk], {r2.pk: "改写后的文字"}, "第二期标题")
    county = create_briefing(w.users["county1"], PERIOD, [r1.pk])
    assert (first.year, first.number, second.number, county.number) == (TODAY.year, 1, 2, 1)
    assert first.title == "甲市科协工作简报" and second.title == "第二期标题"
    assert [(i["report"], i["unit"], i["text"]) for i in second.items] == [
        (r2.pk, "甲二县科协", "改写后的文字"), (r1.pk, "甲一县科协", r1.text)]
    entry = Entry.objects.get(object_type="office.briefing", object_id=second.pk)
    assert entry.action == "create" and entry.after["number"] == 2 and entry.scope_path == w.orgs["甲市科协"].path


def test_the_new_page_proposes_and_the_editor_compiles(reported, django_assert_max_num_queries):
    w, r1, r2, r3 = reported
    c = client(w.users["city"])
    with django_assert_max_num_queries(8):
        page = c.get(f"/office/briefings/new/?{QUERY}")
    html = page.content.decode()
    assert page.status_code == 200 and "甲一县举办科普大篷车" in html and "甲二县开展" in html
    assert "乙一县的报送" not in html
    assert f'value="{r1.pk}" checked' in html and f'value="{r2.pk}" checked' not in html  # typical pre-chosen
    done = c.post("/office/briefings/new/", {"start": PERIOD.start.isoformat(), "end": PERIOD.end.isoformat(),
                                             "report": [str(r1.pk), str(r2.pk)], f"text-{r1.pk}": "编辑过的文字",
                                             f"text-{r2.pk}": r2.text, "title": "科普工作专刊"})
    b = Briefing.objects.get()
    assert done.status_code == 302 and done["Location"] == f"/office/briefings/{b.pk}/"
    detail = c.get(done["Location"]).content.decode()
    assert "工作简报" in detail and f"{TODAY.year}年第1期" in detail and "科普工作专刊" in detail
    assert "编辑过的文字" in detail and "（甲一县科协）" in detail and "报送：甲省科协。" in detail
    assert f"<span>{TODAY.year}年{TODAY.month}月{TODAY.day}日</span>" in detail  # the date, no time
    assert "抄送：甲一县科协，甲二县科协。" in detail
    assert f"/office/briefings/{b.pk}.docx" in detail
    assert "/office/briefings/" in c.get("/office/briefings/").content.decode()


def test_the_briefing_docx_has_the_masthead_items_and_recipients(reported):
    w, r1, r2, _r3 = reported
    b = create_briefing(w.users["city"], PERIOD, [r1.pk, r2.pk], title="科普工作专刊")
    response = client(w.users["city-leader"]).get(f"/office/briefings/{b.pk}.docx")
    assert response.status_code == 200
    doc = Document(io.BytesIO(response.content))
    paragraphs = texts(doc)
    head = doc.paragraphs[0]
    assert head.text == "工作简报" and str(head.runs[0].font.color.rgb) == "FF0000"
    assert head.runs[0]._r.rPr.rFonts.get(qn("w:eastAsia")) == "方正小标宋_GBK"
    assert f"{TODAY.year}年第1期" in paragraphs
    assert f"甲市科协编\t{TODAY.year}年{TODAY.month}月{TODAY.day}日" in paragraphs
    assert "科普工作专刊" in paragraphs
    assert "一、开展科普活动" in paragraphs and "二、开展科普活动" in paragraphs
    assert paragraphs.index("甲一县举办科普大篷车进校园活动。") < paragraphs.index("（甲一县科协）")
    assert "覆盖学生三千人。" in paragraphs  # a line break of the report: a paragraph of its own
    assert page_foot_box(doc, "报尾") == ["报送：甲省科协。", "抄送：甲一县科协，甲二县科协。"]
    assert round(doc.sections[0].top_margin / 36000) == 37  # the one writer's layout


def test_briefings_are_scoped_from_outside_in(reported):
    w, r1, r2, r3 = reported
    city_b = create_briefing(w.users["city"], PERIOD, [r1.pk])
    c1_b = create_briefing(w.users["county1"], PERIOD, [r1.pk])
    other_b = create_briefing(w.users["other-county"], PERIOD, [r3.pk])
    county2 = client(w.users["county2"])
    for b in (c1_b, city_b, other_b):  # the sibling's, the parent's, another city's
        assert county2.get(f"/office/briefings/{b.pk}/").status_code == 404
        assert county2.get(f"/office/briefings/{b.pk}.docx").status_code == 404
    assert "甲一县" not in county2.get("/office/briefings/").content.decode()
    city = client(w.users["city"])
    assert city.get(f"/office/briefings/{c1_b.pk}/").status_code == 200  # its subtree's
    assert city.get(f"/office/briefings/{other_b.pk}/").status_code == 404
    assert city.get("/office/briefings/99999999999999999999/").status_code == 404
    for role in ("city-supervisor", "city-leader"):  # read, not compile
        c = client(w.users[role])
        assert c.get(f"/office/briefings/{city_b.pk}/").status_code == 200
        assert "briefing-new" not in c.get("/office/briefings/").content.decode()
        assert c.get(f"/office/briefings/new/?{QUERY}").status_code == 403
        assert c.post("/office/briefings/new/", {"start": PERIOD.start.isoformat(), "end": PERIOD.end.isoformat(),
                                                 "report": [str(r1.pk)]}).status_code == 403
    # an editor cannot put another city's report into the city's briefing
    bad = city.post("/office/briefings/new/", {"start": PERIOD.start.isoformat(), "end": PERIOD.end.isoformat(),
                                               "report": [str(r1.pk), str(r3.pk)]})
    assert bad.status_code == 400 and "不在本单位范围" in bad.content.decode()
    assert Briefing.objects.count() == 3
    for url in ("/office/briefings/", f"/office/briefings/{city_b.pk}/", "/office/briefings/new/"):
        anonymous = Client().get(url)
        assert anonymous.status_code == 302 and "/login" in anonymous["Location"]


def test_bad_input_says_what_to_fix_and_writes_nothing(reported):
    w, r1, _r2, _r3 = reported
    c = client(w.users["city"])
    base = {"start": PERIOD.start.isoformat(), "end": PERIOD.end.isoformat()}
    for data, message in [({}, "请至少选择一条"), ({"report": ["abc"]}, "编号应为正整数"),
                          ({"report": [str(r1.pk)], f"text-{r1.pk}": "含\x00字符"}, ""),
                          ({"report": [str(r1.pk)], f"text-{r1.pk}": "   "}, "请填写简报内容"),
                          ({"report": [str(r1.pk)], "title": "长" * 101}, "标题"),
                          ({"report": [str(r1.pk)], f"text-{r1.pk}": "字" * 5001}, "简报内容")]:
        response = c.post("/office/briefings/new/", {**base, **data})
        assert response.status_code == 400, data
        assert message in response.content.decode()
    bad_date = c.get("/office/briefings/new/?start=2026-02-30")
    assert bad_date.status_code == 400 and "不是日期" in bad_date.content.decode()
    reversed_ = c.post("/office/briefings/new/", {"start": "2026-05-01", "end": "2026-01-01", "report": [str(r1.pk)]})
    assert reversed_.status_code == 400 and "早于开始日期" in reversed_.content.decode()
    with pytest.raises(LedgerError):
        create_briefing(w.users["city"], PERIOD, [r1.pk] * 31)
    assert not Briefing.objects.exists() and not Entry.objects.filter(object_type="office.briefing").exists()


def test_an_empty_period_says_so_and_writes_nothing(reported):
    w, r1, _r2, _r3 = reported
    c = client(w.users["city"])
    page = c.get("/office/briefings/new/?start=2001-01-01&end=2001-12-31")
    assert page.status_code == 200 and 'id="empty-period"' in page.content.decode()
    assert "没有报送" in page.content.decode() and "briefing-form" not in page.content.decode()
    post = c.post("/office/briefings/new/", {"start": "2001-01-01", "end": "2001-12-31", "report": [str(r1.pk)]})
    assert post.status_code == 400 and not Briefing.objects.exists()


def test_the_list_reads_a_fixed_number_of_queries(reported, django_assert_max_num_queries):
    w, r1, _r2, _r3 = reported
    c = client(w.users["city"])
    create_briefing(w.users["city"], PERIOD, [r1.pk])
    c.get("/office/briefings/")
    with django_assert_max_num_queries(10) as few:
        c.get("/office/briefings/")
    for _ in range(5):
        create_briefing(w.users["county1"], PERIOD, [r1.pk])
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert c.get("/office/briefings/").content.decode().count("/office/briefings/") >= 6


def test_the_briefing_pdf_or_the_way_to_get_it(reported, monkeypatch):
    import os
    w, r1, _r2, _r3 = reported
    b = create_briefing(w.users["city"], PERIOD, [r1.pk])
    c = client(w.users["city"])
    if pdf.available():
        response = c.get(f"/office/briefings/{b.pk}.pdf")
        assert response.status_code == 200 and response.content.startswith(b"%PDF")
        from test_bulletin_docx import save_artifact
        save_artifact("office-briefing", response.content)
    elif os.environ.get("KEXIE_REQUIRE_PDF") == "1":
        pytest.fail("KEXIE_REQUIRE_PDF=1 but soffice is missing")
    monkeypatch.setattr(pdf.shutil, "which", lambda name: None)
    page = c.get(f"/office/briefings/{b.pk}/").content.decode()
    assert 'id="pdf-missing"' in page and "libreoffice-writer-nogui" in page and "briefing-pdf" not in page
    assert c.get(f"/office/briefings/{b.pk}.docx").status_code == 200


@pytest.mark.django_db(transaction=True)
def test_concurrent_briefings_get_distinct_numbers():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: SQLite serialises writers (set KEXIE_DATABASE_URL)")
    w = build_world()
    r1 = report(w, "甲一县科协", "报送")
    barrier = threading.Barrier(4)
    results = []

    def run():
        try:
            barrier.wait()
            results.append(create_briefing(w.users["city"], PERIOD, [r1.pk]).number)
        except Exception as e:  # noqa: BLE001 - the outcome is what is tested
            results.append(e)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(results) == [1, 2, 3, 4]


def test_the_briefing_pages_in_english(reported, settings):
    w, r1, _r2, _r3 = reported
    b = create_briefing(w.users["city"], PERIOD, [r1.pk])
    c = client(w.users["city"])
    c.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    listing = c.get("/office/briefings/").content.decode()
    assert "Work briefings" in listing and "Compile a briefing" in listing and f"{TODAY.year}, issue 1" in listing
    detail = c.get(f"/office/briefings/{b.pk}/").content.decode()
    assert "Download Word" in detail and "Sent to: " in detail and "Edited by 甲市科协" in detail
    empty = c.get("/office/briefings/new/?start=2001-01-01&end=2001-12-31").content.decode()
    assert "nothing to compile" in empty


def test_compiling_a_briefing_on_a_phone(reported, live_server, browser_page):
    """At 390 px in headless chromium: choose the period, tick a report, edit it, publish; the briefing page fits
    the screen, with its Word link; no CSP error. Screenshots in test-artifacts/."""
    from test_bulletin_docx import ARTIFACTS
    w, r1, r2, _r3 = reported
    editor = w.users["city"]
    editor.set_password("city-pass-2026")
    editor.save()
    page, base = browser_page, live_server.url
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{base}/accounts/login/")
    page.fill("input[name=username]", editor.username)
    page.fill("input[name=password]", "city-pass-2026")
    with page.expect_navigation():
        page.click("main button[type=submit]")
    page.goto(f"{base}/office/briefings/new/?{QUERY}")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "office-briefing-new-390.png"), full_page=True)
    page.check(f"input[name=report][value='{r2.pk}']")
    page.fill(f"textarea[name=text-{r2.pk}]", "在手机上改写的文字。")
    with page.expect_navigation():
        page.click("#briefing-form button[type=submit]")
    assert page.locator("#briefing-docx").is_visible()
    assert "在手机上改写的文字。" in page.content() and f"{TODAY.year}年第1期" in page.content()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.screenshot(path=str(ARTIFACTS / "office-briefing-390.png"), full_page=True)
    assert not page.csp_errors
    assert [i["report"] for i in Briefing.objects.get().items] == [r1.pk, r2.pk]
