"""In headless chromium, the quarterly chain of 逐级汇总: a county files its 2026-Q3 report, which starts from its
2026-Q2 one; the city compiles its counties' reports for the quarter and sends that up; the province opens the
city's report and, from its 汇总自 link, the county's own text. Screenshots go to test-artifacts/."""

from __future__ import annotations

import datetime

import pytest
from django.test import Client

from ledger_helpers import ROOT
from relay_world import build_relay_world, relay_to_counties

ARTIFACTS = ROOT / "test-artifacts"
Q2_TEXT = "二季度举办科普讲座8场，受众1200人次。"
Q3_ADDED = "三季度新建科普e站2个。"


@pytest.fixture
def chain(data_dir):
    """The province's quarterly task to 甲市 and 乙市; 甲市 passed it to its two counties; 甲一县 reported on Q2.
    Sessions are made before the browser starts: ORM calls once Playwright's loop runs would open connections
    that outlive the test (PostgreSQL then refuses to drop the test database)."""
    from kexie.ledger import services
    w = build_relay_world(rhythm="quarterly")
    counties = relay_to_counties(w, due=datetime.date(2026, 12, 31))
    county = counties["甲一县科协"]
    services.submit_report(county, w.users["county1"], text=Q2_TEXT, percent=40, period="2026-Q2")

    def session(name):
        c = Client()
        c.force_login(w.users[name])
        return c.cookies["sessionid"].value
    return {"county": county.pk, "city": w.city_a.pk,
            "sessions": {name: session(name) for name in ("county1", "city", "province")}}


def test_county_reports_city_compiles_province_reads(chain, live_server, browser_page):
    ARTIFACTS.mkdir(exist_ok=True)
    page, base = browser_page, live_server.url

    def as_user(name):
        page.context.clear_cookies()
        page.context.add_cookies([{"name": "sessionid", "value": chain["sessions"][name], "url": base}])

    def shot(name):
        page.screenshot(path=str(ARTIFACTS / f"cycle-{name}.png"), full_page=True)

    # — 甲一县: the Q3 report form starts from the Q2 report; the county adds to it and sends —
    as_user("county1")
    page.goto(f"{base}/ledger/assignments/{chain['county']}/report/?period=2026-Q3")
    assert page.input_value("select[name=period]") == "2026-Q3"
    assert page.input_value("textarea[name=text]") == Q2_TEXT  # pre-filled from the previous period
    page.fill("textarea[name=text]", Q2_TEXT + Q3_ADDED)
    page.fill("input[name=percent]", "70")
    shot("1-county-report")
    with page.expect_navigation():
        page.click("#submit-report")
    assert f"/ledger/assignments/{chain['county']}/" in page.url
    assert Q3_ADDED in page.inner_text("main")

    # — 甲市: the compile page for Q3 shows who sent (甲一县) and who did not (甲二县); the city sends it up —
    as_user("city")
    page.goto(f"{base}/ledger/assignments/{chain['city']}/")
    with page.expect_navigation():
        page.click("#compile")
    if page.input_value("select#period") != "2026-Q3":
        page.select_option("select#period", "2026-Q3")
        with page.expect_navigation():
            page.click("form.filters button[type=submit]")
    counts = page.inner_text("#compile-counts")
    assert "已报送 1 个" in counts and "甲二县" in counts
    assert Q3_ADDED in page.inner_text("ul.reports")
    assert Q3_ADDED in page.input_value("textarea[name=text]")  # the draft holds the county's text
    shot("2-city-compile")
    with page.expect_navigation():
        page.click("#compile-submit")
    assert f"/ledger/assignments/{chain['city']}/" in page.url

    # — 甲省: the city's report says where it came from; its link opens the county's own text —
    as_user("province")
    page.goto(f"{base}/ledger/assignments/{chain['city']}/")
    sources = page.locator(".reports .sources a")
    assert sources.count() == 1 and "甲一县" in sources.first.inner_text()
    shot("3-province-city")
    with page.expect_navigation():
        sources.first.click()
    assert f"/ledger/assignments/{chain['county']}/" in page.url
    assert Q2_TEXT + Q3_ADDED in page.inner_text("main")
    shot("4-province-county")
    assert not page.csp_errors
