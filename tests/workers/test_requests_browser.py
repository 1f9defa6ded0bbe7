"""In headless chromium, the 办实事 life end to end: a scientist submits a request through 保定市科协's public link
(no sign-in); the city's 经办 reviews it into the 清单 and 交办 it to its 办公室 with a due date; the 办公室 (the
city's own staff, as for any department assignment) accepts, reports and asks for completion on the ledger's pages
and the city closes it there; the requester is not satisfied (不满意), which reopens the assignment; it is handled
again, and the requester rates it 满意 themself through the rating link. Screenshots in test-artifacts/."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone

from ledger_helpers import ROOT

ARTIFACTS = ROOT / "test-artifacts"
PASSWORD = "kexie-demo-2022"
TITLE = "重点实验室用房紧张"


@pytest.fixture
def city_id(data_dir, demo):
    """Read before the browser starts (ORM calls after Playwright's loop starts outlive the test)."""
    from kexie.orgs.models import Organisation
    return Organisation.objects.named("保定市科协").get().pk


def test_public_submission_to_satisfied_closure(city_id, live_server, browser_page):
    ARTIFACTS.mkdir(exist_ok=True)
    page, base = browser_page, live_server.url
    page.on("dialog", lambda d: d.accept())
    due = (timezone.localdate() + datetime.timedelta(days=20)).isoformat()

    def shot(name):
        page.screenshot(path=str(ARTIFACTS / f"requests-{name}.png"), full_page=True)

    def submit(locator):
        with page.expect_navigation():
            locator.click()

    def main():
        return page.inner_text("main")

    # — a scientist, not signed in: the public link —
    page.goto(f"{base}/workers/requests/submit/{city_id}/")
    page.fill("input[name=title]", TITLE)
    page.fill("textarea[name=content]", "课题组扩大后实验室用房不足，希望协调过渡用房。<script>alert(1)</script>")
    page.fill("input[name=requester_name]", "孙强")
    page.fill("input[name=requester_unit]", "河北大学")
    page.fill("input[name=requester_phone]", "13631200104")
    page.wait_for_timeout(3200)  # the form refuses a submission sooner than 3 s after the page was shown
    shot("1-public")
    submit(page.locator("#submit-request"))
    assert page.locator("#thanks").is_visible(), main()

    # — 保定市科协 · 经办: review into the 清单 —
    page.goto(f"{base}/accounts/login/")
    page.fill("input[name=username]", "baoding-staff")
    page.fill("input[name=password]", PASSWORD)
    submit(page.locator("main button[type=submit]"))
    page.goto(f"{base}/workers/requests/review/")
    assert TITLE in main() and "<script>" in main()  # shown as text, not run
    shot("2-review")
    submit(page.locator(".pending-request button[data-action=list]"))
    assert page.locator("#no-pending").is_visible()

    # — the 清单 → the request → 交办 to 办公室 —
    page.goto(f"{base}/workers/requests/")
    assert "已列入清单 1" in page.inner_text("#state-counts")
    submit(page.get_by_role("link", name=TITLE))
    page.select_option("select[name=target]", label="办公室")
    page.fill("input[name=due_date]", due)
    shot("3-assign")
    submit(page.locator("button[data-action=assign]"))
    assert page.inner_text("#request-state") == "已交办"
    request_url = page.url

    def handle_in_ledger(first: bool):
        submit(page.locator("#ledger-assignment a"))
        assert page.locator("#worker-request").is_visible()  # the ledger page links back
        if first:
            submit(page.locator("button[data-action=accept]"))
        else:
            assert "重新办理的理由" in main() and "不满意" in main()
        submit(page.locator("#report"))
        page.fill("textarea[name=text]", "已协调学校调配过渡实验用房120平方米。")
        page.fill("input[name=percent]", "100")
        submit(page.locator("#submit-report"))
        page.locator("summary", has_text="申请办结").click()
        submit(page.locator("button[data-action=request_completion]"))
        submit(page.locator("button[data-action=close]"))
        assert "办结" in page.inner_text("dl.fields")
        shot(f"4-ledger-{'first' if first else 'again'}")
        page.goto(request_url)
        assert page.inner_text("#request-state") == "已办结"

    handle_in_ledger(first=True)
    page.fill("textarea[name=feedback]", "已电话告知孙强老师过渡用房安排。")
    submit(page.locator("button[data-action=feedback]"))
    assert page.inner_text("#request-state") == "已反馈"
    page.check("input[name=satisfaction][value=unsatisfied]")
    page.fill("input[name=note]", "过渡用房离实验楼太远")
    submit(page.locator("button[data-action=rate]"))
    assert page.inner_text("#request-state") == "已交办", main()
    assert "重新办理" in page.inner_text("#request-history")
    shot("5-reopened")

    handle_in_ledger(first=False)
    page.fill("textarea[name=feedback]", "已调整到实验楼内的用房。")
    submit(page.locator("button[data-action=feedback]"))
    link = page.input_value("#rating-link input")

    # — the requester, not signed in, rates the outcome through the link the 经办 sent them —
    visitor = page.context.browser.new_page()
    visitor.goto(link)
    assert TITLE in visitor.inner_text("main") and "已调整到实验楼内的用房。" in visitor.inner_text("main")
    assert "13631200104" not in visitor.content()
    visitor.check("input[name=satisfaction][value=satisfied]")
    visitor.fill("textarea[name=note]", "问题解决了，谢谢")
    with visitor.expect_navigation():
        visitor.locator("#rate-submit").click()
    assert visitor.locator("#rate-done").is_visible()
    visitor.screenshot(path=str(ARTIFACTS / "requests-6-requester-rates.png"), full_page=True)
    visitor.close()

    page.goto(request_url)
    assert page.inner_text("#request-state") == "已评价" and page.inner_text("#satisfaction") == "满意"
    assert "问题解决了" in page.inner_text("#requester-rating")
    history = page.inner_text("#request-history")
    for step in ("提交诉求", "列入清单", "交办", "反馈", "重新办理", "提出人评价"):
        assert step in history, step
    shot("6-closed")
    page.goto(f"{base}/workers/requests/?state=closed")
    assert TITLE in main()
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto(request_url)
    shot("7-phone")
    assert not page.csp_errors, page.csp_errors
