"""The shared reads are shaped for national scale: their query counts do not grow with the number of units,
lists are cut to a page in SQL, and pages and API answer from the same functions (issue 11, point 19)."""

from __future__ import annotations

import datetime

import pytest
from django.test import Client

from kexie.ledger import reads, services
from world import build_world

pytestmark = pytest.mark.django_db


def _more_counties(w, n):
    """Add n counties under the city and a second plan of 3 tasks sent to every county."""
    from kexie.ledger.models import Plan, PlanRecipient, Task
    from kexie.orgs.models import Level, Organisation
    city = w.orgs["甲市科协"]
    for i in range(n):
        Organisation.objects.create(name=f"丙{i:03d}县科协", short_name=f"丙{i:03d}县科协", level=Level.COUNTY, parent=city)
    plan = Plan.objects.create(organisation=city, title="大台账", year=2026, default_due=datetime.date(2026, 12, 31))
    for i in range(3):
        Task.objects.create(plan=plan, outline_id=str(i + 1), heading=f"任务{i + 1}", order=i)
    r = PlanRecipient.objects.create(plan=plan, name="各县", order=0)
    counties = list(Organisation.objects.filter(parent=city).values_list("pk", flat=True))
    services.set_recipient(r, w.users["city"], organisation_ids=counties)
    services.publish(plan, w.users["city"])
    return plan


def _client(w, name):
    c = Client()
    c.force_login(w.users[name])
    return c


@pytest.fixture
def world(data_dir):
    return build_world()


def test_ledger_rows_aggregate_in_sql(world, django_assert_max_num_queries):
    plan = _more_counties(world, 60)
    with django_assert_max_num_queries(9):
        rows = reads.ledger_rows(world.users["city"], plan)
    units = reads.unit_matches(world.users["city"], plan, limit=100)
    assert [r.n_units for r in rows] == [62, 62, 62] and len(units) == 62
    assert rows[0].n_units == 62 and len(rows[0].units) == rows[0].max_named and rows[0].status_counts == [("assigned", "交办", 62)]
    county = world.users["county1"]
    rows = reads.ledger_rows(county, plan)
    units = reads.unit_matches(county, plan)
    assert [r.n_units for r in rows] == [1, 1, 1] and rows[0].units == ["甲一县科协"] and len(units) == 1
    a = plan.assignments.filter(organisation=world.orgs["甲一县科协"]).order_by("task__order").first()
    services.submit_report(a, county, text="甲一县第一项", percent=10)
    rows = reads.ledger_rows(world.users["city"], plan, status="in_progress")
    assert [(r.task.heading, r.n_units, r.progress, r.progress_unit) for r in rows] == [
        ("任务1", 1, "甲一县第一项", "甲一县科协")]
    rows = reads.ledger_rows(world.users["city"], plan, unit=str(world.orgs["甲二县科协"].pk))
    assert [r.units for r in rows] == [["甲二县科协"]] * 3


def test_pages_do_not_grow_with_units(world, django_assert_max_num_queries):
    plan = _more_counties(world, 120)
    c = _client(world, "city")
    task = plan.tasks.first()
    # (each limit includes the header's unread-notices COUNT)
    for url, limit in [(f"/ledger/{plan.pk}/", 16), (f"/ledger/tasks/{task.pk}/", 19), ("/ledger/", 13)]:
        with django_assert_max_num_queries(limit):
            r = c.get(url)
        assert r.status_code == 200
    page = c.get(f"/ledger/tasks/{task.pk}/").content.decode()
    assert page.count('href="/ledger/assignments/') == 50 and "1 / 3" in page
    assert c.get(f"/ledger/tasks/{task.pk}/?page=3").content.decode().count('href="/ledger/assignments/') == 22


def test_inbox_page_and_api_are_one_read(world):
    county = world.users["county1"]
    mine = list(reads.inbox(county).values_list("pk", flat=True))
    assert mine == [world.assignments["甲一县科协"].pk]
    api = [a["id"] for a in _client(world, "county1").get("/api/assignments/").json()["results"]]
    assert api == mine
    page = _client(world, "county1").get("/ledger/inbox/").content.decode()
    assert f'/ledger/assignments/{mine[0]}/' in page
    # The city's inbox holds only what was given to the city itself, not its counties' assignments.
    assert list(reads.inbox(world.users["city"])) == []


def test_history_for_is_scoped_and_indexed_by_object(world):
    from kexie.ledger.models import ObjectType
    a1, a2 = world.assignments["甲一县科协"], world.assignments["甲二县科协"]
    services.act(a1, "accept", world.users["county1"])
    services.act(a2, "accept", world.users["county2"])
    objects = [(ObjectType.ASSIGNMENT, [a1.pk, a2.pk])]
    assert {e.object_id for e in reads.history_for(world.users["city"], objects=objects)} == {a1.pk, a2.pk}
    assert {e.object_id for e in reads.history_for(world.users["county1"], objects=objects)} == {a1.pk}
    assert not reads.history_for(world.users["other-county"], plan=world.plan).exists()


def test_history_survives_a_deleted_plan(world):
    from kexie.audit.models import Entry
    pk = world.plan.pk
    world.plan.delete()
    assert Entry.objects.filter(plan_id=pk, action="publish").exists()


def test_ingest_and_imports_write_the_audit_log(world):
    from kexie.audit.models import Entry
    from kexie.documents.services import ingest
    from kexie.orgs.transfer import import_organisations
    county = world.orgs["甲一县科协"]
    doc, _ = ingest("关于开展科普活动的通知\n一、活动安排\n".encode(), "通知.txt", county, world.users["county1"])
    e = Entry.objects.get(object_type="documents.document", object_id=doc.pk)
    assert (e.action, e.scope_path, e.after["filename"]) == ("ingest", county.path, "通知.txt")
    city = world.orgs["甲市科协"]
    import_organisations([{"名称": "丁县科协", "级别": "县级", "上级组织": "甲市科协"}], within=city,
                         user=world.users["city"])
    e = Entry.objects.get(object_type="orgs.import")
    assert (e.action, e.scope_path, e.after["created"]) == ("import_organisations", city.path, 1)
    import_organisations([{"名称": "戊县科协", "级别": "县级", "上级组织": "甲市科协"}], dry_run=True, within=city)
    assert Entry.objects.filter(object_type="orgs.import").count() == 1
