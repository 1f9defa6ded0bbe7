"""At 390 px wide (a phone) in headless chromium: the header folds into a menu, the inbox, an assignment, the
issuer's to-do and the ledger table fit the screen with their actions in view, and the steps that are hard to
undo ask once first.

KEXIE_SHOTS=<folder> keeps a screenshot of each page there, to look at while working on the layout."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

PASSWORD = "kexie-demo-2022"
PHONE = {"width": 390, "height": 844}


@pytest.fixture
def phone_world(zunyi_plan, org):
    """URLs of the published 遵义 plan, looked up before the browser starts (see test_ledger_browser)."""
    a = zunyi_plan.assignments.filter(organisation=org("正安县科协")).order_by("task__order").first()
    return {"plan": f"/ledger/{zunyi_plan.pk}/", "assignment": f"/ledger/assignments/{a.pk}/",
            "task": f"/ledger/tasks/{a.task_id}/", "heading": a.task.heading}


def test_phone_layout_menu_and_confirmations(phone_world, live_server, browser_page):
    page, base = browser_page, live_server.url
    page.set_viewport_size(PHONE)
    shots = os.environ.get("KEXIE_SHOTS")

    def shot(name):
        if shots:
            page.screenshot(path=str(Path(shots) / f"phone-{name}.png"), full_page=True)

    def fits():
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], f"{page.url} is {width} px wide"

    def in_view(locator):
        assert locator.is_visible()
        box = locator.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], box

    def sign_in(username):
        page.goto(f"{base}/accounts/login/")
        page.fill("input[name=username]", username)
        page.fill("input[name=password]", PASSWORD)
        with page.expect_navigation():
            page.click("main button[type=submit]")

    def sign_out():
        page.click("#menu-toggle")
        page.click("#logout")
        page.wait_for_url("**/accounts/login/")

    questions = []

    def answer(accept):
        page.once("dialog", lambda d: (questions.append(d.message), d.accept() if accept else d.dismiss()))

    # — the county 经办: the inbox —
    sign_in("zhengan-staff")
    page.goto(f"{base}/ledger/inbox/")
    fits()
    assert not page.is_visible("nav.mainnav")
    shot("1-inbox")
    page.click("#menu-toggle")
    in_view(page.locator("nav.mainnav >> text=台账"))
    assert page.get_attribute("#menu-toggle", "aria-expanded") == "true"
    shot("2-menu")
    page.click("#menu-toggle")
    assert not page.is_visible("nav.mainnav")
    row = page.locator("table.inbox tbody tr").first
    in_view(row.locator("button[data-action=accept]"))
    in_view(row.locator("a.report"))
    assert row.locator("td[data-label]").first.evaluate("td => getComputedStyle(td, '::before').content") != "none"
    with page.expect_navigation():
        row.locator("button[data-action=accept]").click()  # 签收 asks nothing

    # — the assignment: 申请办结 at 0% asks; dismissing it leaves the status alone —
    page.goto(base + phone_world["assignment"])
    fits()
    page.click("details.act > summary >> text=申请办结")
    in_view(page.locator("button[data-action=request_completion]"))
    shot("3-assignment")
    answer(False)
    page.click("button[data-action=request_completion]")
    assert "当前进度为 0%" in questions[-1] and "确定申请办结吗" in questions[-1], questions
    assert page.url == base + phone_world["assignment"]
    assert page.inner_text("dl.fields .status") == "签收"
    answer(True)
    with page.expect_navigation():
        page.click("button[data-action=request_completion]")
    assert page.inner_text("dl.fields .status") == "申请办结"
    sign_out()

    # — the city 经办: 办结 and 退回 ask once on the task page; the ledger table fits —
    sign_in("zunyi-staff")
    # — the city's to-do: the completion request waits there, its answers in view; the count is in the menu —
    page.goto(f"{base}/ledger/todo/")
    fits()
    row = page.locator("table.todo tbody tr", has_text="正安县科协")
    in_view(row.locator("button[data-action=close]"))
    in_view(row.locator("details.act > summary >> text=退回"))
    assert row.locator("td[data-label]").first.evaluate("td => getComputedStyle(td, '::before').content") != "none"
    shot("4-todo")
    page.click("#menu-toggle")
    in_view(page.locator("#todo-count"))
    page.click("#menu-toggle")
    page.goto(base + phone_world["task"])
    fits()
    row = page.locator("table.assignments tbody tr", has_text="正安县科协")
    in_view(row.locator("button[data-action=close]"))
    shot("5-task")
    answer(False)
    row.locator("button[data-action=close]").click()
    assert "确定办结" in questions[-1] and "正安县科协" in questions[-1], questions
    row.locator("details.act > summary >> text=退回").click()
    row.locator("input[name=reason]").fill("请补充活动照片。")
    answer(False)
    row.locator("button[data-action=return]").click()
    assert "确定退回" in questions[-1], questions
    page.reload()
    row = page.locator("table.assignments tbody tr", has_text="正安县科协")
    assert row.locator(".status").inner_text() == "申请办结"  # both dismissed: nothing happened
    answer(True)
    with page.expect_navigation():
        row.locator("button[data-action=close]").click()
    assert "已办结" in page.inner_text("main")

    page.goto(base + phone_world["plan"])
    fits()
    first = page.locator("table.ledger tbody tr").first
    in_view(first.locator("td.c-task a"))
    labels = page.locator("table.ledger tbody tr >> nth=1").locator("td[data-label]")
    assert labels.count() >= 8
    shot("6-ledger")
    assert not [e for e in page.csp_errors if "Content Security Policy" in e], page.csp_errors
    assert len(questions) == 5  # every step asked exactly once
