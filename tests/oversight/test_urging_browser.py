"""In headless chromium: 甲市's 督办 sees a red item on the dashboard, drills down to it and sends 催办; 甲一县's 经办
finds the unread count in the header, the notice in the list (also at 390 px wide) and the 催办 in the assignment's
history (issue 12, point 8)."""

from __future__ import annotations

import datetime

import pytest

from oversight_helpers import notice_world

PASSWORD = "pw-notices-2026"
MESSAGE = "该项工作已逾期，请于本周五前报送办理情况。"


@pytest.fixture
def world_ids(transactional_db, data_dir):
    """Built before the browser starts (ORM calls once Playwright's loop runs would outlive the test)."""
    from kexie.ledger.models import Assignment
    w = notice_world()
    for name in ("city-supervisor", "county1"):
        w.users[name].set_password(PASSWORD)
        w.users[name].save()
    a = w.assignments["甲一县科协"]
    from kexie.ledger import counts
    Assignment.objects.filter(pk=a.pk).update(due_date=datetime.date.today() - datetime.timedelta(days=3))
    counts.recount([a.plan_id])  # the dashboard reads the exact summary; the update above went round it
    return {"a": a.pk}


def test_supervisor_urges_and_the_unit_sees_it(world_ids, live_server, browser_page):
    page, base = browser_page, live_server.url

    def sign_in(username):
        page.goto(f"{base}/accounts/login/")
        page.fill("input[name=username]", username)
        page.fill("input[name=password]", PASSWORD)
        with page.expect_navigation():
            page.click("main button[type=submit]")
        assert "/accounts/login/" not in page.url, page.inner_text("main")

    sign_in("city-supervisor")
    with page.expect_navigation():
        page.click("#nav-oversight")
    assert page.inner_text("#tile-red b") == "1"
    with page.expect_navigation():
        page.click("#tile-red")
    assert "甲一县科协" in page.inner_text("main")
    with page.expect_navigation():
        page.click(f"main a[href='/ledger/assignments/{world_ids['a']}/']")
    page.click("details.urge summary")
    page.fill("#urge-form textarea[name=message]", MESSAGE)
    with page.expect_navigation():
        page.click("#urge")
    assert "已催办 1 项" in page.inner_text("main") and MESSAGE in page.inner_text("main")
    page.goto(f"{base}/notices/urges/")
    assert MESSAGE in page.inner_text("main")
    with page.expect_navigation():
        page.click("#logout")

    page.set_viewport_size({"width": 390, "height": 844})
    sign_in("county1")
    page.click("#menu-toggle")
    assert page.inner_text("#notices-count") == "1"
    with page.expect_navigation():
        page.click("#notices-link")
    assert MESSAGE in page.inner_text("main")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the notices page is {width}px wide at 390"
    with page.expect_navigation():
        page.click(f"main a[href='/ledger/assignments/{world_ids['a']}/']")
    history = page.inner_text("details.history")
    assert "催办" in history and MESSAGE in history
    assert not page.csp_errors, page.csp_errors
