"""The light (灯) filter: the ledger's own rule over the tasks and reports a user sees; documents have no light."""

from __future__ import annotations

import datetime

import pytest
from search_helpers import ids

pytestmark = pytest.mark.django_db


@pytest.fixture
def lit(zunyi_plan, user):
    """Every assignment of the Zunyi plan due in 90 days (绿) but 正安县's of one task, due yesterday (红), with
    a report under it."""
    from django.utils import timezone

    from kexie.ledger.models import Assignment
    from kexie.ledger.reports import submit_report
    today = timezone.localdate()
    Assignment.objects.filter(plan=zunyi_plan).update(due_date=today + datetime.timedelta(days=90))
    late = Assignment.objects.filter(plan=zunyi_plan, organisation__name="正安县科学技术协会",
                                     task__is_group=False).select_related("task").first()
    Assignment.objects.filter(pk=late.pk).update(due_date=today - datetime.timedelta(days=1))
    report = submit_report(late, user("zhengan-staff"), text="正安县举办青少年机器人竞赛，参赛学生三百余人。",
                           percent=40)
    return {"task": late.task, "report": report}


def test_red_finds_the_late_task_and_its_report_only(lit, find):
    red = find("zunyi-admin", "科协", light="red")
    assert ids(red, "task") == {lit["task"].pk}
    assert not ids(red)  # documents have no light
    assert ids(find("zunyi-admin", "机器人竞赛", light="red"), "report") == {lit["report"].pk}
    assert not find("zunyi-admin", "机器人竞赛", light="green").hits
    assert not find("zunyi-admin", "机器人竞赛", light="gray").hits


def test_green_and_gray(lit, find, zunyi_plan):
    from kexie.ledger.models import Assignment
    from kexie.ledger.flow import Status
    green = ids(find("zunyi-admin", "科协", light="green", kind="task"), "task")
    others = set(zunyi_plan.tasks.filter(is_group=False).exclude(pk=lit["task"].pk).values_list("pk", flat=True))
    assert green & others
    assert not find("zunyi-admin", "科协", light="gray").hits
    done = Assignment.objects.filter(plan=zunyi_plan).exclude(task=lit["task"]).select_related("task").first()
    Assignment.objects.filter(pk=done.pk).update(status=Status.CLOSED)
    assert done.task_id in ids(find("zunyi-admin", "科协", light="gray", kind="task"), "task")


def test_a_light_is_what_the_user_sees(lit, find, user):
    """The late part is 正安县's: its county and Zunyi see the task red; another province sees nothing, and a
    sibling county (which sees the plan's tasks) does not see them red."""
    from django.contrib.auth.hashers import make_password

    from kexie.orgs.models import Organisation
    from kexie.orgs.services import upsert_user
    from kexie.search import query
    assert lit["task"].pk in ids(find("zhengan-staff", "科协", light="red"), "task")
    assert not find("sichuan-admin", "科协", light="red").hits
    assert not find("sichuan-admin", "机器人竞赛", light="red").hits
    zhengan = Organisation.objects.get(name="正安县科学技术协会")
    county = Organisation.objects.filter(parent=zhengan.parent, level=zhengan.level).exclude(pk=zhengan.pk).first()
    sibling = upsert_user("light-sibling", county, "staff", password_hash=make_password("x"))[0]
    seen = query.run(sibling, query.parse(sibling, {"q": "科协", "kind": "task", "light": "green"}))
    red = query.run(sibling, query.parse(sibling, {"q": "科协", "light": "red"}))
    assert ids(seen, "task") and not red.hits


@pytest.mark.parametrize("value", ["purple", "红'; --", "RED"])
def test_a_bad_light_is_one_sentence(lit, client_for, value):
    c = client_for("zunyi-admin")
    page = c.get("/search/", {"q": "科协", "light": value})
    assert page.status_code == 200 and "这种灯" in page.content.decode()
    api = c.get("/api/search/", {"q": "科协", "light": value})
    assert api.status_code == 400 and "这种灯" in api.json()["detail"]


def test_the_page_and_the_api_filter_by_light(lit, client_for, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    c = client_for("zunyi-admin")
    with CaptureQueriesContext(connection) as plain:
        c.get("/search/", {"q": "科协"})
    # As test_query_counts_are_bounded; the light adds its clock's working-day calendar, not a query per row.
    with django_assert_max_num_queries(len(plain) + 2):
        page = c.get("/search/", {"q": "科协", "light": "red"})
    body = page.content.decode()
    assert page.status_code == 200 and 'value="red" selected' in body and "文件没有灯" in body
    api = c.get("/api/search/", {"q": "科协", "light": "red"}).json()
    assert api["light"] == "red"
    assert {(r["kind"], r["id"]) for r in api["results"]} <= {("task", lit["task"].pk), ("report", lit["report"].pk)}
    assert ("task", lit["task"].pk) in {(r["kind"], r["id"]) for r in api["results"]}
    assert api["counts"].get("document", 0) == 0
