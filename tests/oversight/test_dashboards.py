"""督办 dashboards: each organisation's subtree, drill-down kept inside it, every role reads, numbers link to the
list behind them, the API says the same, charts are server-drawn SVG, and queries stay bounded."""

from __future__ import annotations

import datetime

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from kexie.ledger import services
from kexie.ledger.lights import Clock, light_counts
from kexie.ledger.models import Plan, PlanRecipient, Task
from kexie.orgs.models import Level, Organisation
from kexie.oversight import rollup

pytestmark = pytest.mark.django_db


def client(user) -> Client:
    c = Client()
    c.force_login(user)
    return c


def test_a_county_sees_only_its_own(flowed):
    w, _plan = flowed
    c = client(w.users["county1"])
    page = c.get("/oversight/")
    assert page.status_code == 200
    county = w.orgs["甲一县科协"]
    assert page.context["org"] == county
    assert page.context["figs"].lights == light_counts(rollup.subtree_assignments(county), Clock.at())
    for other in ("甲二县科协", "甲市科协", "甲省科协", "乙一县科协"):
        assert c.get(f"/oversight/{w.orgs[other].pk}/").status_code == 404, other
        assert c.get(f"/oversight/{w.orgs[other].pk}/assignments/?light=red").status_code == 404
        assert c.get(f"/api/oversight/{w.orgs[other].pk}/").status_code == 404
    assert "甲二县科协" not in page.content.decode()


def test_a_city_cannot_open_a_sibling_city_and_a_province_sees_its_cities(flowed):
    w, _plan = flowed
    city = client(w.users["city"])
    assert city.get(f"/oversight/{w.orgs['乙市科协'].pk}/").status_code == 404
    assert city.get(f"/oversight/{w.orgs['乙一县科协'].pk}/").status_code == 404
    assert city.get(f"/oversight/{w.orgs['甲一县科协'].pk}/").status_code == 200  # its own county
    province = client(w.users["province"])
    page = province.get("/oversight/")
    rows = [u.short_name for u, _f in page.context["units"]]
    assert rows == ["甲市科协", "乙市科协"]
    html = page.content.decode()
    for name in ("甲市科协", "乙市科协"):
        assert f'href="/oversight/{w.orgs[name].pk}/"' in html  # a child row opens its dashboard
    drilled = province.get(f"/oversight/{w.orgs['甲市科协'].pk}/")
    assert [u.short_name for u, _f in drilled.context["units"]] == ["甲一县科协", "甲二县科协"]
    assert [o.short_name for o in drilled.context["trail"]] == ["甲省科协", "甲市科协"]


@pytest.mark.parametrize("username", ["city", "city-supervisor", "city-leader"])
def test_every_role_reads_the_dashboard_and_nothing_on_it_writes(flowed, username):
    w, _plan = flowed
    page = client(w.users[username]).get("/oversight/")
    assert page.status_code == 200
    html = page.content.decode()
    assert 'method="post"' not in html.split("</header>", 1)[1]
    assert 'id="nav-oversight"' in html and ">督办<" in html


def test_every_number_links_to_the_list_behind_it(flowed):
    w, plan = flowed
    c = client(w.users["province"])
    province = w.orgs["甲省科协"]
    figs = c.get("/oversight/").context["figs"]
    assert figs.red and figs.gray and figs.yellow
    for light in ("red", "yellow", "green", "gray"):
        listed = c.get(f"/oversight/{province.pk}/assignments/?light={light}")
        assert listed.status_code == 200
        assert listed.context["page"].paginator.count == figs.lights[light] == len(listed.context["assignments"])
        assert all(a.light == light for a in listed.context["assignments"])
    by_plan = c.get(f"/oversight/{province.pk}/assignments/?plan={plan.pk}&light=red")
    assert {a.plan_id for a in by_plan.context["assignments"]} == {plan.pk}
    html = c.get("/oversight/").content.decode()
    assert f'/oversight/{province.pk}/assignments/?light=red' in html
    assert f'/oversight/{province.pk}/assignments/?plan={plan.pk}&amp;light=red' in html


def test_departments_of_the_organisation(flowed):
    w, _plan = flowed
    from kexie.ledger.models import Assignment
    from kexie.orgs.models import Department
    city = w.orgs["甲市科协"]
    dept = Department.objects.create(organisation=city, name="科普部")
    Assignment.objects.create(task=w.task, plan=w.plan, organisation=city, department=dept,
                              due_date=datetime.date(2020, 1, 1))
    page = client(w.users["city-leader"]).get("/oversight/")
    (d, f), = page.context["departments"]
    assert d == dept and f.red == 1
    listed = client(w.users["city"]).get(f"/oversight/{city.pk}/assignments/?department={dept.pk}&light=red")
    assert [a.department_id for a in listed.context["assignments"]] == [dept.pk]


def test_the_api_gives_the_same_numbers(flowed):
    w, plan = flowed
    c = client(w.users["province"])
    data = c.get("/api/oversight/").json()
    page = c.get("/oversight/").context
    assert data["figures"]["lights"] == page["figs"].lights
    assert data["figures"]["completion_rate"] == page["figs"].completion_rate
    assert [u["name"] for u in data["by_unit"]] == ["甲市科协", "乙市科协"]
    assert {p["id"] for p in data["by_plan"]} == {plan.pk, w.plan.pk}
    city = c.get(f"/api/oversight/{w.orgs['甲市科协'].pk}/").json()
    assert city["figures"]["total"] == 8
    assert client(w.users["other-city"]).get(f"/api/oversight/{w.orgs['甲市科协'].pk}/").status_code == 404


def test_charts_are_svg_drawn_by_the_server(flowed):
    w, _plan = flowed
    html = client(w.users["province"]).get("/oversight/").content.decode()
    assert html.count("<svg class=\"chart\"") == 3
    assert "<script>" not in html and "cdn" not in html.lower()
    assert "fill=\"#c62828\"" in html  # the red of a unit with overdue work
    assert "按期完成率" in html and "完成率 = 办结数 ÷ 交办总数" in html  # the rates are defined on the page


def _more_units(w, n):
    """n more counties under 甲市, each given a task of a new plan: the dashboard must not query per unit."""
    city = w.orgs["甲市科协"]
    counties = [Organisation.objects.create(name=f"新{i}县科协", short_name=f"新{i}县科协", level=Level.COUNTY,
                                            parent=city) for i in range(n)]
    plan = Plan.objects.create(organisation=city, title=f"加测{n}", year=2026, default_due=datetime.date(2020, 1, 1))
    Task.objects.create(plan=plan, outline_id="1", heading="任务", order=0)
    r = PlanRecipient.objects.create(plan=plan, name="各县", order=0)
    services.set_recipient(r, w.users["city"], organisation_ids=[c.pk for c in counties])
    services.publish(plan, w.users["city"])


def _queries(c, url) -> int:
    with CaptureQueriesContext(connection) as q:
        assert c.get(url).status_code == 200, url
    return len(q)


def test_query_counts_are_bounded_whatever_the_size(flowed):
    w, _plan = flowed
    c = client(w.users["province"])
    city = w.orgs["甲市科协"]
    urls = ["/oversight/", f"/oversight/{city.pk}/", f"/oversight/{city.pk}/assignments/?light=red",
            f"/oversight/{city.pk}/assignments/", "/api/oversight/", f"/api/oversight/{city.pk}/",
            f"/oversight/{city.pk}/rankings/", f"/oversight/{city.pk}/bulletin/",
            f"/api/oversight/{city.pk}/rankings/", f"/api/oversight/{city.pk}/bulletin/"]
    before = {u: _queries(c, u) for u in urls}
    assert max(before.values()) <= 25, before
    _more_units(w, 12)
    after = {u: _queries(c, u) for u in urls}
    assert after == before


def test_a_leaders_dashboard_fits_one_screen_and_a_phone(flowed, live_server, browser_page):
    """In headless chromium: 1440×900 without scrolling, 390 px wide without sideways scrolling, no CSP error.
    KEXIE_SHOTS=<folder> keeps the screenshots."""
    import os
    w, _plan = flowed
    _more_units(w, 12)  # a city with 14 counties: the unit table scrolls inside its box, the page does not
    leader = w.users["city-leader"]
    leader.set_password("leader-pass-2026")
    leader.save()
    page, base = browser_page, live_server.url
    page.set_viewport_size({"width": 1440, "height": 900})
    page.goto(f"{base}/accounts/login/")
    page.fill("input[name=username]", leader.username)
    page.fill("input[name=password]", "leader-pass-2026")
    with page.expect_navigation():
        page.click("main button[type=submit]")
    page.goto(f"{base}/oversight/")
    shots = os.environ.get("KEXIE_SHOTS")
    if shots:
        page.screenshot(path=f"{shots}/oversight-1440.png", full_page=True)
    assert page.locator("#tile-red").is_visible()
    size = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.scrollHeight]")
    assert size[0] <= 1440 and size[1] <= 900, size
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{base}/oversight/")
    if shots:
        page.screenshot(path=f"{shots}/oversight-390.png", full_page=True)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert not page.csp_errors


def test_the_pages_read_in_english(flowed):
    w, _plan = flowed
    c = client(w.users["province"])
    c.cookies["django_language"] = "en"
    org = w.orgs["甲省科协"].pk
    for url, words in [("/oversight/", ("Units below", "Completion rate", "Red (overdue)", "Lights by unit")),
                       (f"/oversight/{org}/rankings/", ("On-time completion rate", "share a rank")),
                       (f"/oversight/{org}/bulletin/", ("1. Overview", "Units urged")),
                       (f"/oversight/{org}/assignments/?light=red", ("in the order assigned",))]:
        html = c.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
        for chinese in ("下级单位", "完成率", "计算规则", "总体情况", "按交办顺序"):
            assert chinese not in html, (url, chinese)
        for english in words:
            assert english in html, (url, english)
