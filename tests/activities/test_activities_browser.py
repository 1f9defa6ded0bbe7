"""In headless chromium: 甲一县's 经办 registers an activity, records a volunteer's hours, confirms them, finds the
volunteer's total and downloads the 志愿服务时长证明; the calendar shows the activity at 390 px wide."""

from __future__ import annotations

import io

import pytest

PASSWORD = "pw-volunteers-2026"


@pytest.fixture
def ids(transactional_db, vworld):
    """Built before the browser starts (ORM calls once Playwright's loop runs would outlive the test)."""
    user = vworld.users["k1_staff"]
    user.set_password(PASSWORD)
    user.save()
    return {"username": user.username, "volunteer": vworld.volunteers["k1"].pk, "team": vworld.teams["k1"].pk}


def test_staff_records_and_confirms_hours_and_downloads_the_certificate(ids, live_server, browser_page):
    from docx import Document
    page, base = browser_page, live_server.url
    page.goto(f"{base}/accounts/login/")
    page.fill("input[name=username]", ids["username"])
    page.fill("input[name=password]", PASSWORD)
    with page.expect_navigation():
        page.click("main button[type=submit]")
    page.goto(f"{base}/volunteers/")
    with page.expect_navigation():
        page.click("#new-activity")
    page.fill("input[name=title]", "甲一县全国科普日科普进校园")
    page.select_option("select[name=kind]", "popular")
    page.fill("input[name=start_date]", "2026-09-16")
    page.fill("input[name=end_date]", "2026-09-16")
    page.fill("input[name=audience]", "800")
    page.check(f"input[name=teams][value='{ids['team']}']")
    with page.expect_navigation():
        page.click("#save-activity")
    assert "已登记活动" in page.inner_text("main")
    page.select_option("#hours-volunteer", str(ids["volunteer"]))
    page.fill("#hours-value", "30")
    with page.expect_navigation():
        page.click("#record-hours")
    assert "一天最多 24 小时" in page.inner_text("main")
    page.select_option("#hours-volunteer", str(ids["volunteer"]))  # the page was reloaded with the refusal
    page.fill("#hours-value", "3.5")
    with page.expect_navigation():
        page.click("#record-hours")
    assert "待确认" in page.inner_text("#records")
    with page.expect_navigation():
        page.click("#confirm-hours")
    assert "已确认 1 条服务时长" in page.inner_text("main") and "已确认" in page.inner_text("#records")
    with page.expect_navigation():
        page.click("#records a")
    assert page.inner_text("#total-hours") == "3.5"
    with page.expect_download() as download:
        page.click("#certificate-docx")
    text = "\n".join(p.text for p in Document(io.BytesIO(open(download.value.path(), "rb").read())).paragraphs)
    assert "甲一志愿者" in text and "累计志愿服务时长3.5小时" in text
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto(f"{base}/volunteers/calendar/?month=2026-09")
    assert "甲一县全国科普日科普进校园" in page.inner_text("#calendar")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.goto(f"{base}/volunteers/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert not page.csp_errors, page.csp_errors
