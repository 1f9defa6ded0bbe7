"""In headless chromium: a city 经办 builds, reviews and publishes the 遵义 ledger; a county 经办 signs for a task and
reports on it; the city sees the report. Screenshots of every ledger page are kept in test-artifacts/."""

from __future__ import annotations

import re

import pytest

from ledger_helpers import ROOT

ARTIFACTS = ROOT / "test-artifacts"
PASSWORD = "kexie-demo-2022"
REPORT_TEXT = "已召开县科协党组会专题学习新国发2号文件，下一步组织科技志愿者到乡镇开展宣讲。"



@pytest.fixture
def stored_plan(zunyi_doc):
    """The 遵义 plan as plans often arrive: one leader's name mistyped (史庭昌 for 史廷昌) and a 科室 the city
    does not have (宣传科), so the review has a name for a person to pick and one to ignore.

    The users and the document are loaded before the browser starts: once Playwright's event loop runs, ORM
    calls here would open connections in another context that outlive the test (PostgreSQL then refuses to
    drop the test database). From here on the test only looks at pages."""
    parse = zunyi_doc.parse
    items = {item["id"]: item for item in parse["outline"]}
    items["2.2"]["responsibility"]["lead_leaders"] = ["史庭昌"]
    items["2.3"]["responsibility"]["departments"].append("宣传科")
    zunyi_doc.parse = parse
    zunyi_doc.save(update_fields=["parse"])
    return zunyi_doc.pk


def test_build_publish_accept_report(stored_plan, live_server, browser_page):
    ARTIFACTS.mkdir(exist_ok=True)
    page, base = browser_page, live_server.url

    def shot(name):
        page.screenshot(path=str(ARTIFACTS / f"ledger-{name}.png"), full_page=True)

    def sign_in(username):
        page.goto(f"{base}/accounts/login/")
        page.fill("input[name=username]", username)
        page.fill("input[name=password]", PASSWORD)
        with page.expect_navigation():
            page.click("main button[type=submit]")
        assert "/accounts/login/" not in page.url, page.inner_text("main")

    def submit(button):
        """Click a button of a form that posts and comes back to a page (after the redirect)."""
        with page.expect_navigation():
            button.click()

    def main_text():
        return page.inner_text("main")

    # — 遵义市科协 · 经办: the document page → 建立台账 → the draft to review —
    sign_in("zunyi-staff")
    page.goto(f"{base}/documents/{stored_plan}/")
    page.click("#build-ledger")
    page.wait_for_selector("#build")
    assert "建立台账" in main_text()
    shot("1-build")
    submit(page.locator("#build"))
    assert re.search(r"/ledger/\d+/review/$", page.url), page.url
    plan_url = page.url.removesuffix("review/")
    assert "待确认：2 个名称" in page.inner_text("#pending")
    assert page.is_disabled("#publish")  # refused while names or recipients wait
    pending_names = page.inner_text("table.review .match.state-pending >> nth=0") + \
        page.inner_text("table.review .match.state-pending >> nth=1")
    assert "史庭昌" in pending_names and "宣传科" in pending_names
    shot("2-review")

    # Resolve what is pending through the page's own forms: a name with candidates takes the proposed
    # one (确认), one without is ignored; a recipient is confirmed as expanded, or ignored when it expands to nobody.
    for _ in range(100):
        match = page.locator(".match.state-pending").first
        if match.count():
            pick = match.locator("button[name=action][value=pick]")
            submit(pick if pick.count() else match.locator("button[name=action][value=ignore]"))
            continue
        recipient = page.locator("tr.recipient.state-pending").first
        if recipient.count():
            quick = recipient.locator("form.quick")
            confirm = quick.locator("button:not([name=ignore])")
            submit(confirm if confirm.count() else quick.locator("button[name=ignore]"))
            continue
        break
    pending = page.inner_text("#pending")
    assert "待确认：0 个名称，0 个主送单位" in pending, pending
    n_planned = int(re.search(r"确认后将交办 (\d+) 项", pending).group(1))
    assert n_planned > 0
    assert not [e for e in page.locator(".messages li.error").all_inner_texts()]
    shot("3-review-resolved")

    # 下发 asks once, saying how many tasks go to how many units.
    questions = []
    page.once("dialog", lambda d: (questions.append(d.message), d.accept()))
    submit(page.locator("#publish"))
    assert re.search(rf"将向 \d+ 个单位交办 {n_planned} 项任务", questions[0]), questions
    assert page.url == plan_url
    text = main_text()
    assert f"已下发，交办 {n_planned} 项。" in text
    for head in ("序号", "工作任务", "具体措施", "牵头领导", "责任领导", "责任科室/单位", "完成时限", "进展情况", "状态"):
        assert head in page.inner_text("table.ledger thead")
    table = page.inner_text("table.ledger tbody")
    for heading in ("学深悟透新国发2号文件精神", "强化统筹推进", "营造浓厚氛围"):
        assert heading in table
    assert "雷洪" in table and "个单位" in table
    row = page.locator("table.ledger tbody tr", has_text="抢抓机遇积极争取上级部门支持")
    # the person picked on the review page, not the document's typo; the ignored 科室 is not a unit
    assert row.locator("td.c-person").first.inner_text() == "史廷昌", row.inner_text()
    row = page.locator("table.ledger tbody tr", has_text="广泛开展新国发2号文件宣传宣讲")
    assert row.locator("td.c-unit").inner_text() == "办公室、业务部、遵义市科技馆", row.inner_text()
    assert "交办" in page.locator("table.ledger tbody .status").all_inner_texts()[-1]
    # 具体措施 shows three lines; a click shows the whole text, another folds it again.
    measure = page.locator("table.ledger tbody tr", has_text="学深悟透新国发2号文件精神").locator("details.clamp")
    folded = measure.bounding_box()["height"]
    assert measure.locator(".toggle.more").inner_text() == "展开"
    shot("4-ledger")
    measure.locator("summary").click()
    assert measure.bounding_box()["height"] > folded * 1.5 and measure.locator(".toggle.less").is_visible()
    measure.locator("summary").click()
    assert measure.bounding_box()["height"] == folded

    page.click("nav.mainnav >> text=台账")
    assert "贯彻新国发" in page.inner_text("main table") and "已下发" in page.inner_text("main table")
    shot("0-plans")
    page.click("#logout")
    page.wait_for_url("**/accounts/login/")

    # — 正安县科协 · 经办: the inbox → 签收 → 报送进展 —
    sign_in("zhengan-staff")
    page.click("nav.mainnav >> text=台账")
    page.click("main >> text=本单位待办")
    assert page.url.endswith("/ledger/inbox/")
    rows = page.locator("table.inbox tbody tr")
    assert rows.count() >= 1 and "遵义市科协" in rows.first.inner_text()
    row = rows.first
    link_text = row.locator("td.task a").inner_text()  # marker and heading: （二）强化统筹推进
    heading = re.sub(r"^([（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十\d]+[、.．])\s*", "", link_text)
    assert row.locator(".status").inner_text() == "交办"
    shot("5-inbox")
    submit(row.locator("button[data-action=accept]"))
    assert "已签收：" in main_text()
    row = page.locator("table.inbox tbody tr", has=page.locator("td.task a", has_text=link_text)).first
    assert row.locator(".status").inner_text() == "签收"
    assert row.locator("button[data-action=accept]").count() == 0
    shot("6-inbox-accepted")

    row.locator("a.report").click()
    page.wait_for_selector("#submit-report")
    assert "报送进展" in main_text() and heading in main_text()
    page.fill("textarea[name=text]", REPORT_TEXT)
    page.fill("input[name=percent]", "40")
    shot("7-report-form")
    submit(page.locator("#submit-report"))
    assert re.search(r"/ledger/assignments/\d+/$", page.url), page.url
    text = main_text()
    assert "已报送。" in text and REPORT_TEXT in text and "40%" in text
    assert page.locator("dl.fields .status").inner_text() == "办理中"  # a report starts the work
    shot("8-assignment")
    page.click("#logout")
    page.wait_for_url("**/accounts/login/")

    # — back at 遵义市科协: the report on the task page and in the ledger table —
    sign_in("zunyi-staff")
    page.goto(plan_url)
    assert REPORT_TEXT[:20] in page.inner_text("table.ledger tbody")
    page.locator("table.ledger tbody a").filter(has_text=heading).first.click()
    page.wait_for_selector("ul.reports")
    reports = page.inner_text("ul.reports")
    assert REPORT_TEXT in reports and "正安县科协" in reports and "40%" in reports
    zhengan_row = page.locator("table.assignments tbody tr", has_text="正安县科协")
    assert zhengan_row.locator(".status").inner_text() == "办理中" and "40%" in zhengan_row.inner_text()
    shot("9-task")

    # The strict Content-Security-Policy held: no script or style was refused on the way.
    assert not [e for e in page.csp_errors if "Content Security Policy" in e], page.csp_errors
