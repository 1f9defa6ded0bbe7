"""At 390 px wide in headless chromium: the document page with its chain, the coverage page and its drill-down fit
the screen, with no console (CSP) errors."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

pytestmark = pytest.mark.django_db(transaction=True)

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def chain_world(zunyi_plan, org, store):
    store(org("贵州省科协"), "黔科协发〔2022〕17号", "贵州省科学技术协会贯彻新国发2号文件实施方案",
          cites=[("国发〔2022〕2号", "国务院关于支持贵州在新时代西部大开发上闯新路的意见")])
    store(org("正安县科协"), "正科协字〔2022〕3号", "正安县科协贯彻新国发2号文件实施方案",
          cites=[("遵市科协字〔2022〕6号", "遵义市科协贯彻新国发2号文件实施方案")])
    return {"doc": f"/documents/{zunyi_plan.document_id}/", "plan": f"/ledger/{zunyi_plan.pk}/"}


def test_the_chain_and_coverage_on_a_phone(chain_world, live_server, browser_page, settings):
    from kexie.site.demo import data
    page, base = browser_page, live_server.url
    page.set_viewport_size(PHONE)
    shots = os.environ.get("KEXIE_SHOTS")

    def fits(name):
        if shots:
            page.screenshot(path=str(Path(shots) / f"chain-{name}.png"), full_page=True)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], f"{page.url} is {width} px wide"

    page.goto(f"{base}/accounts/login/")
    page.fill("input[name=username]", "zunyi-staff")
    page.fill("input[name=password]", data.DEMO_PASSWORD)
    with page.expect_navigation():
        page.click("main button[type=submit]")
    page.goto(base + chain_world["doc"])
    assert page.locator("#chain-up li").count() == 2  # 国发 and 黔科协发: placeholders for 遵义 (not its documents)
    assert "正科协字〔2022〕3号" in page.locator("#chain-citing").inner_text()
    fits("document")
    page.click("#coverage-link")
    page.wait_for_url("**/search/coverage/document/**")
    assert "已落实 1 / 应落实" in page.locator("#coverage-counts").inner_text()
    fits("coverage")
    page.goto(base + chain_world["plan"])
    page.click("#coverage-link")
    page.wait_for_url("**/search/coverage/plan/**")
    fits("plan-coverage")
    assert page.csp_errors == []
