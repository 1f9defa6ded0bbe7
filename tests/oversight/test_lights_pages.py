"""Lights everywhere (issue 12 point 2) and bounded unit pickers (issue 11's leftover).

Every page and API list shows each assignment's light from kexie.ledger.lights; a task and a plan show the worst
light with counts; ?light= filters the ledger table, the inbox and the API lists; counts stay in SQL (one grouped
query) and queries do not grow with the number of assignments or units. An agreed extension moves the light.
The unit filter of the ledger and the draft review's unit boxes list at most ~50 units, found by a search.
"""

from __future__ import annotations

import datetime
import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from kexie.ledger import reads, services
from kexie.ledger.flow import Status
from kexie.ledger.lights import Clock, Light, light_counts
from kexie.ledger.models import Assignment, Plan, PlanRecipient, Task
from world import build_world

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()  # the lights' today (Clock.at())
DAY = datetime.timedelta(days=1)


@pytest.fixture
def world(data_dir):
    return build_world()


def client(w, name):
    c = Client()
    c.force_login(w.users[name])
    return c


def big_plan(w, n, *, draft=False):
    """n more counties under 甲市 and a plan of 3 tasks sent to all its counties (published unless draft)."""
    from kexie.orgs.models import Level, Organisation
    city = w.orgs["甲市科协"]
    start = Organisation.objects.filter(name__startswith="丙").count()
    for i in range(start, start + n):
        Organisation.objects.create(name=f"丙{i:03d}县科协", short_name=f"丙{i:03d}县科协", level=Level.COUNTY,
                                    parent=city)
    plan = Plan.objects.create(organisation=city, title="大台账", year=2026, default_due=TODAY + 60 * DAY)
    for i in range(3):
        Task.objects.create(plan=plan, outline_id=str(i + 1), heading=f"任务{i + 1}", order=i)
    r = PlanRecipient.objects.create(plan=plan, name="各县科协", order=0)
    counties = list(Organisation.objects.filter(parent=city).values_list("pk", flat=True))
    services.set_recipient(r, w.users["city"], organisation_ids=counties)
    if not draft:
        services.publish(plan, w.users["city"])
    return plan


def set_lights(plan):
    """Task 1: one red, one yellow, one gray, the rest green. Task 2: all green. Task 3: all gray."""
    t1, t2, t3 = plan.tasks.order_by("order")
    rows = list(Assignment.objects.filter(task=t1).order_by("id").values_list("pk", flat=True))
    Assignment.objects.filter(pk=rows[0]).update(due_date=TODAY - 5 * DAY)
    Assignment.objects.filter(pk=rows[1]).update(due_date=TODAY)
    closed = {"status": Status.CLOSED, "closed_at": timezone.now()}
    Assignment.objects.filter(pk=rows[2]).update(**closed)
    Assignment.objects.filter(task=t3).update(**closed)
    from kexie.ledger import counts
    counts.recount([plan.pk])
    return t1, t2, t3, rows


def lights_in(html: str) -> list[str]:
    return re.findall(r'class="light light-(\w+)"', html)


def test_the_ledger_table_shows_each_tasks_worst_light_with_counts(world, django_assert_max_num_queries):
    plan = big_plan(world, 40)
    t1, t2, t3, rows = set_lights(plan)
    city = client(world, "city")
    url = reverse("ledger:plan", args=[plan.pk])
    with django_assert_max_num_queries(16):
        page = city.get(url).content.decode()
    n = plan.assignments.filter(task=t1).count()
    for text in ("</span>红 1</span>", "</span>黄 1</span>", f"</span>绿 {n - 3}</span>", "</span>灰 1</span>",
                 f"</span>灰 {n}</span>"):
        assert text in page
    assert 'title="已逾期"' in page and 'aria-hidden="true"' in page
    # The whole plan's counts (summary rows + the late or soon-due rows) equal a direct count per task.
    clock = Clock.at()
    got = {r.task.pk: dict(r.lights) for r in reads.ledger_rows(world.users["city"], plan, clock=clock)}
    for task in (t1, t2, t3):
        direct = {k: v for k, v in light_counts(Assignment.objects.filter(task=task), clock).items() if v}
        assert got[task.pk] == direct
    rows_ = reads.ledger_rows(world.users["city"], plan, clock=clock)
    assert [r.light for r in rows_] == [Light.RED, Light.GREEN, Light.GRAY]
    # ?light=red keeps the tasks with a red assignment, counting only those.
    with django_assert_max_num_queries(16):
        page = city.get(url + "?light=red").content.decode()
    assert "任务1" in page and "任务2" not in page and lights_in(page).count("red") == 1
    page = city.get(url + "?light=gray").content.decode()
    assert "任务1" in page and "任务3" in page and "任务2" not in page
    assert city.get(url + "?light=purple").status_code == 200  # an unknown light is no filter


def test_light_counts_by_task_are_one_query_at_any_size(world):
    from kexie.ledger import counts
    for plan in (big_plan(world, 10), big_plan(world, 60)):
        set_lights(plan)
        clock = Clock.at()
        summary = counts.of_tasks(plan.pk)
        with CaptureQueriesContext(connection) as q:
            reads.lights_by(Assignment.objects.filter(plan=plan), "task_id", clock, summary=summary)
        assert len(q) == 1
        with CaptureQueriesContext(connection) as q:
            reads.lights_by(Assignment.objects.filter(plan=plan), "task_id", clock)
        assert len(q) == 1


def test_a_county_sees_only_its_own_lights(world):
    """Outside-in: the sibling county's red light counts nowhere on 甲一县's ledger, list or inbox."""
    plan = big_plan(world, 5)
    sibling = plan.assignments.filter(organisation=world.orgs["甲二县科协"])
    sibling.update(due_date=TODAY - 5 * DAY)
    c1 = client(world, "county1")
    for url in (reverse("ledger:plan", args=[plan.pk]), reverse("ledger:list"), reverse("ledger:inbox"),
                reverse("ledger:plan", args=[plan.pk]) + "?light=red"):
        page = c1.get(url).content.decode()
        assert "red" not in lights_in(page), url
    assert "任务1" not in c1.get(reverse("ledger:plan", args=[plan.pk]) + "?light=red").content.decode()
    row = reads.with_figures(world.users["county1"], [plan], Clock.at())[0]
    assert row.lights == [("green", 3)]  # its own three assignments, not the plan's
    assert client(world, "city").get(f"/api/assignments/?plan={plan.pk}&light=red").json()["count"] == 3
    assert client(world, "county1").get(f"/api/assignments/?plan={plan.pk}&light=red").json()["count"] == 0
    assert client(world, "other-county").get(f"/api/assignments/?plan={plan.pk}&light=red").status_code == 404


def test_task_assignment_inbox_and_todo_pages_show_lights(world, django_assert_max_num_queries):
    a1, a2 = world.assignments["甲一县科协"], world.assignments["甲二县科协"]
    Assignment.objects.filter(pk=a1.pk).update(due_date=TODAY - DAY)
    Assignment.objects.filter(pk=a2.pk).update(due_date=TODAY + 60 * DAY)
    city, county = client(world, "city"), client(world, "county1")
    task_page = city.get(reverse("ledger:task", args=[world.task.pk])).content.decode()
    assert sorted(lights_in(task_page)) == sorted(["red", "green", "red", "green"])  # rows + the task's counts
    assert 'id="task-lights"' in task_page
    page = county.get(reverse("ledger:assignment", args=[a1.pk])).content.decode()
    assert re.search(r'id="light"><span class="light light-red"', page)
    with django_assert_max_num_queries(9):
        inbox = county.get(reverse("ledger:inbox")).content.decode()
    assert lights_in(inbox) == ["red"]
    assert lights_in(county.get(reverse("ledger:inbox") + "?light=green").content.decode()) == []
    assert "没有待办事项" in county.get(reverse("ledger:inbox") + "?light=green").content.decode()
    assert lights_in(county.get(reverse("ledger:inbox") + "?light=red").content.decode()) == ["red"]
    a1.refresh_from_db()
    services.act(a1, "accept", world.users["county1"])
    services.act(a1, "request_completion", world.users["county1"])
    todo = city.get(reverse("ledger:todo")).content.decode()
    assert lights_in(todo) == ["red"]


def test_the_plans_list_shows_worst_light_and_counts_in_bounded_queries(world, django_assert_max_num_queries):
    plan = big_plan(world, 20)
    set_lights(plan)
    city = client(world, "city")
    with CaptureQueriesContext(connection) as q:
        page = city.get(reverse("ledger:list")).content.decode()
    assert "</span>红 1</span>" in page and "</span>黄 1</span>" in page
    more = big_plan(world, 0)  # another plan to the same 22 + 20 counties
    set_lights(more)
    with django_assert_max_num_queries(len(q)):
        assert city.get(reverse("ledger:list")).status_code == 200
    got = {p.pk: dict(p.lights) for p in reads.with_figures(world.users["city"], [plan, more], Clock.at())}
    for p in (plan, more):
        assert got[p.pk] == {k: v for k, v in light_counts(Assignment.objects.filter(plan=p)).items() if v}


def test_the_api_carries_the_light_and_filters_by_it(world, django_assert_max_num_queries):
    plan = big_plan(world, 30)
    set_lights(plan)
    city, county = client(world, "city"), client(world, "county1")
    with django_assert_max_num_queries(8):
        body = city.get(f"/api/assignments/?plan={plan.pk}").json()
    assert {r["light"] for r in body["results"]} == {"red", "yellow", "green", "gray"}
    clock = Clock.at()
    for light in Light.values:
        body = city.get(f"/api/assignments/?plan={plan.pk}&light={light}").json()
        assert body["count"] == Assignment.objects.filter(plan=plan).filter(clock.q(light)).count()
        assert {r["light"] for r in body["results"]} <= {light}
    assert city.get(f"/api/assignments/?plan={plan.pk}&light=purple").status_code == 400
    a1 = world.assignments["甲一县科协"]
    Assignment.objects.filter(pk=a1.pk).update(due_date=TODAY - DAY)
    inbox = county.get("/api/assignments/?light=red").json()
    own_red = Assignment.objects.filter(organisation=world.orgs["甲一县科协"]).filter(clock.q("red"))
    assert {r["id"] for r in inbox["results"]} == set(own_red.values_list("pk", flat=True)) >= {a1.pk}
    assert {r["light"] for r in inbox["results"]} == {"red"}
    assert county.get(f"/api/assignments/{a1.pk}/").json()["light"] == "red"
    assert county.get("/api/assignments/?light=green").json()["count"] == Assignment.objects.filter(
        organisation=world.orgs["甲一县科协"]).filter(clock.q("green")).count()
    assert city.get("/api/assignments/todo/?light=red").json()["count"] == 0


def test_an_agreed_extension_moves_the_light(world):
    a = world.assignments["甲一县科协"]
    Assignment.objects.filter(pk=a.pk).update(due_date=TODAY - 2 * DAY, status=Status.IN_PROGRESS)
    county, city = world.users["county1"], world.users["city"]
    c = client(world, "county1")
    assert c.get(f"/api/assignments/{a.pk}/").json()["light"] == "red"
    a = Assignment.objects.select_related("plan", "organisation").get(pk=a.pk)
    services.act(a, "request_extension", county, reason="场地未落实", new_due=TODAY + 90 * DAY)
    assert c.get(f"/api/assignments/{a.pk}/").json()["light"] == "red"  # asked, not agreed: still late
    r = client(world, "city").post(f"/api/assignments/{a.pk}/approve_extension/", {}, content_type="application/json")
    assert r.status_code == 200 and r.json()["light"] == "green" and r.json()["due_date"] == (TODAY + 90 * DAY).isoformat()
    assert lights_in(c.get(reverse("ledger:assignment", args=[a.pk])).content.decode()) == ["green"]
    a = Assignment.objects.select_related("plan").get(pk=a.pk)
    services.act(a, "request_completion", county)
    services.act(a, "close", city)
    assert c.get(f"/api/assignments/{a.pk}/").json()["light"] == "gray"


# --- bounded unit pickers (issue 11) -----------------------------------------------------------------------

def options(html: str) -> list[str]:
    select = re.search(r'<select name="unit" id="unit-select">(.*?)</select>', html, re.S).group(1)
    return re.findall(r'<option value="([^"]*)"', select)


def test_the_ledger_unit_filter_is_searched_not_listed(world, django_assert_max_num_queries):
    small = big_plan(world, 10)
    city = client(world, "city")
    size_small = len(city.get(reverse("ledger:plan", args=[small.pk])).content)
    plan = big_plan(world, 150)  # 162 counties under 甲市 now
    url = reverse("ledger:plan", args=[plan.pk])
    with django_assert_max_num_queries(16):
        page = city.get(url).content.decode()
    assert len(options(page)) == reads.UNIT_MATCHES + 1  # 全部 and the first 50
    assert len(page) < size_small + 3000  # the page does not grow with the units
    target = plan.assignments.get(task__order=0, organisation__name="丙149县科协").organisation_id
    page = city.get(url + "?unit_q=丙149").content.decode()
    assert options(page) == ["", str(target)]
    # The chosen unit stays in the select whatever the search, and filters the table.
    page = city.get(url + f"?unit={target}&unit_q=丙00").content.decode()
    assert str(target) in options(page) and f'value="{target}" selected' in page
    assert len(options(page)) <= reads.UNIT_MATCHES + 2
    # The htmx endpoint answers the options alone.
    with django_assert_max_num_queries(8):
        r = city.get(reverse("ledger:units", args=[plan.pk]) + "?unit_q=丙14&unit=")
    assert r.status_code == 200 and r.content.decode().count("<option") == 1 + 10
    # A county's search finds only its own unit.
    c1 = client(world, "county1")
    found = c1.get(reverse("ledger:units", args=[plan.pk]) + "?unit_q=县").content.decode()
    assert found.count("<option") == 2 and "甲一县科协" in found and "甲二县科协" not in found
    assert client(world, "other-county").get(reverse("ledger:units", args=[plan.pk])).status_code == 404


def boxes(html: str) -> int:
    return html.count('name="organisations"')


def test_the_review_boxes_are_bounded_and_edits_keep_the_units_not_shown(world, django_assert_max_num_queries):
    draft = big_plan(world, 150, draft=True)
    recipient = draft.recipients.get()
    n = recipient.organisations.count()
    assert n == 152
    city = client(world, "city")
    url = reverse("ledger:review", args=[draft.pk])
    with django_assert_max_num_queries(30):
        page = city.get(url).content.decode()
    assert boxes(page) <= 12 and "共 152 个单位" in page
    search = reverse("ledger:review-units", args=[draft.pk])
    with django_assert_max_num_queries(10):
        found = city.get(search + f"?target=r{recipient.pk}&q=丙14").content.decode()
    assert boxes(found) == 10 and found.count(" checked") == 10
    assert boxes(city.get(search + f"?target=r{recipient.pk}&q=").content.decode()) == reads.UNIT_MATCHES
    assert "没有找到单位" in city.get(search + f"?target=r{recipient.pk}&q=无此单位").content.decode()
    # Untick one of the ten shown: only it leaves; the 142 not shown stay.
    shown = list(recipient.organisations.filter(name__contains="丙14").values_list("pk", flat=True))
    r = city.post(url, {"op": "recipient", "recipient": recipient.pk, "delta": "1", "shown": shown,
                        "organisations": shown[1:]})
    assert r.status_code == 302 and recipient.organisations.count() == n - 1
    assert not recipient.organisations.filter(pk=shown[0]).exists()
    # Scope: the search is the issuer side's, of this draft's own targets.
    for who in ("county1", "other-city"):
        assert client(world, who).get(search + f"?target=r{recipient.pk}&q=丙").status_code == 404
    assert city.get(search + "?target=r999999&q=丙").status_code == 404
    assert city.get(search + "?target=x1").status_code == 404


@pytest.fixture
def phone_plans(world):
    """(a plan with every light, a draft and its recipient), built before the browser starts: ORM calls made once
    Playwright's loop runs open a connection of their own that outlives the test (PostgreSQL then refuses to
    drop the test database)."""
    plan = big_plan(world, 60)
    set_lights(plan)
    draft = big_plan(world, 0, draft=True)
    recipient = draft.recipients.get()
    city = world.users["city"]
    city.set_password("kexie-lights-2026")
    city.save()
    return plan, draft, recipient


def test_at_390px_the_lights_read_and_the_unit_searches_work(phone_plans, live_server, browser_page):
    """In chromium at phone width: the ledger's lights are dots with their names, the page fits, and typing in
    the unit search (htmx, served by the app, under the strict CSP) narrows the select; the review's unit search
    brings its boxes."""
    import os
    from pathlib import Path

    from playwright.sync_api import expect
    plan, draft, recipient = phone_plans
    page, base = browser_page, live_server.url
    page.set_viewport_size({"width": 390, "height": 844})
    shots = os.environ.get("KEXIE_SHOTS")
    page.goto(f"{base}/accounts/login/")
    page.fill("input[name=username]", "city")
    page.fill("input[name=password]", "kexie-lights-2026")
    with page.expect_navigation():
        page.click("main button[type=submit]")
    page.goto(f"{base}/ledger/{plan.pk}/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    red = page.locator("table.ledger .light-red").first
    assert red.is_visible() and red.inner_text().startswith("红")
    box = red.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390
    assert page.locator("#unit-select option").count() == reads.UNIT_MATCHES + 1
    page.fill("input[name=unit_q]", "丙05")
    expect(page.locator("#unit-select option")).to_have_count(11)
    page.wait_for_load_state("networkidle")
    if shots:
        page.screenshot(path=str(Path(shots) / "lights-ledger.png"), full_page=True)
    page.goto(f"{base}/ledger/{draft.pk}/review/")
    details = page.locator("tr.recipient details.edit").first
    details.locator("summary").click()
    search = details.locator("input[type=search]")
    search.fill("丙03")
    expect(page.locator(f"#units-r{recipient.pk} input[name=organisations]")).to_have_count(10)
    assert details.locator("input[name=organisations]:checked").count() == 10
    page.wait_for_load_state("networkidle")  # no request left for the live server to answer after the test
    if shots:
        page.screenshot(path=str(Path(shots) / "lights-review.png"), full_page=True)
    search_box = search.bounding_box()
    assert search_box["x"] >= 0 and search_box["x"] + search_box["width"] <= 390
    assert not [e for e in page.csp_errors if "Content Security Policy" in e], page.csp_errors
