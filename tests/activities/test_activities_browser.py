"""In headless chromium: 甲一县's 经办 registers an activity, records a volunteer's hours, confirms them, finds the
volunteer's total and downloads the 志愿服务时长证明; the calendar shows the activity at 390 px wide. And the whole
flow from the start: a person signs up on 甲一县's public link, the 经办 accepts the sign-up, puts the new volunteer
on an activity, confirms the hours and downloads the certificate with that name and total."""

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
    return {"username": user.username, "volunteer": vworld.volunteers["k1"].pk, "team": vworld.teams["k1"].pk,
            "org": vworld.orgs["k1"].pk}


def _sign_in(page, base, username):
    page.goto(f"{base}/accounts/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    with page.expect_navigation():
        page.click("main button[type=submit]")


def _new_activity(page, base, title, team=None):
    page.goto(f"{base}/volunteers/")
    with page.expect_navigation():
        page.click("#new-activity")
    page.fill("input[name=title]", title)
    page.select_option("select[name=kind]", "popular")
    page.fill("input[name=start_date]", "2026-09-16")
    page.fill("input[name=end_date]", "2026-09-16")
    page.fill("input[name=audience]", "800")
    if team:
        page.check(f"input[name=teams][value='{team}']")
    with page.expect_navigation():
        page.click("#save-activity")
    assert "已登记活动" in page.inner_text("main")


def _certificate_text(page) -> str:
    from docx import Document
    with page.expect_download() as download:
        page.click("#certificate-docx")
    data = open(download.value.path(), "rb").read()
    assert data[:2] == b"PK"  # a docx is a zip
    return "\n".join(p.text for p in Document(io.BytesIO(data)).paragraphs)


def test_staff_records_and_confirms_hours_and_downloads_the_certificate(ids, live_server, browser_page):
    page, base = browser_page, live_server.url
    _sign_in(page, base, ids["username"])
    _new_activity(page, base, "甲一县全国科普日科普进校园", ids["team"])
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
    text = _certificate_text(page)
    assert "甲一志愿者" in text and "累计志愿服务时长3.5小时" in text
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto(f"{base}/volunteers/calendar/?month=2026-09")
    assert "甲一县全国科普日科普进校园" in page.inner_text("#calendar")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.goto(f"{base}/volunteers/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert not page.csp_errors, page.csp_errors


def test_public_signup_to_review_to_hours_to_certificate(ids, live_server, browser_page):
    """The public form's real guard stays on (a submission within public_forms.MIN_SECONDS of the page is
    refused): the person is refused once for hurrying, waits, and is held for review; nothing of theirs counts
    until the 经办 accepts them."""
    import time

    from kexie import public_forms
    page, base = browser_page, live_server.url
    page.goto(f"{base}/volunteers/signup/{ids['org']}/")
    assert "甲一县科协 科技志愿者报名" in page.inner_text("h1")

    def fill():
        page.fill("#signup-form input[name=name]", "报名者张三")
        page.fill("#signup-form input[name=phone]", "13900000099")
        page.fill("#signup-form input[name=work_unit]", "甲一县第一中学")
        page.check("#signup-form input[name=service_kinds][value=popular]")
        page.check("#signup-form input[name=consent]")
    fill()
    with page.expect_navigation():
        page.click("#signup-submit")
    assert "提交过快" in page.inner_text("#signup-error")
    page.csp_errors.clear()  # the console's note of that deliberate 400; CSP violations are checked below
    time.sleep(public_forms.MIN_SECONDS + 0.5)  # the refused page carries a fresh token
    fill()
    with page.expect_navigation():
        page.click("#signup-submit")
    assert "报名已提交" in page.inner_text("#signup-done")

    _sign_in(page, base, ids["username"])
    page.goto(f"{base}/volunteers/people/")
    assert "报名者张三" not in page.inner_text("main")  # pending: not on the register yet
    page.goto(f"{base}/volunteers/people/review/")
    row = page.locator("#pending tr", has_text="报名者张三")
    assert "甲一县第一中学" in row.inner_text()
    with page.expect_navigation():
        row.locator("button.approve").click()
    assert "已通过 报名者张三 的登记" in page.inner_text("main")
    assert "没有待审核的报名" in page.inner_text("#pending")
    page.goto(f"{base}/volunteers/people/")
    assert "报名者张三" in page.inner_text("main")

    _new_activity(page, base, "甲一县科普日进社区")
    page.select_option("#hours-volunteer", label="报名者张三 · 甲一县科协")
    page.fill("#hours-value", "4")
    with page.expect_navigation():
        page.click("#record-hours")
    assert "报名者张三" in page.inner_text("#records") and "待确认" in page.inner_text("#records")
    with page.expect_navigation():
        page.click("#confirm-hours")
    assert "已确认 1 条服务时长" in page.inner_text("main")
    with page.expect_navigation():
        page.locator("#records a", has_text="报名者张三").click()
    assert page.inner_text("#total-hours") == "4"
    text = _certificate_text(page)
    assert "报名者张三" in text and "累计志愿服务时长4小时" in text and "甲一县科普日进社区" in text
    assert not page.csp_errors, page.csp_errors
