"""The xlsx of the list pages (office/list_exports.py): inbox and a dashboard's 交办清单 — filters, scope outside-in,
links from the pages, and queries that do not grow with the rows."""

from __future__ import annotations

import io

import openpyxl
import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from kexie.ledger.reports import submit_report
from world import build_world

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    w = build_world()
    submit_report(w.assignments["甲一县科协"], w.users["county1"], text="已开展科普活动三场。", percent=40)
    return w


def _client(w, username):
    c = Client()
    c.force_login(w.users[username])
    return c


def _rows(content):
    ws = openpyxl.load_workbook(io.BytesIO(content)).worksheets[0]
    return ws, [[c.value for c in row] for row in ws.iter_rows(min_row=4)]


def test_inbox_exports_the_units_own_assignments(world):
    c = _client(world, "county1")
    assert 'id="inbox-xlsx"' in c.get("/ledger/inbox/").content.decode()
    r = c.get("/office/inbox.xlsx?status=all")
    assert r.status_code == 200 and "filename*=UTF-8''" in r["Content-Disposition"]
    ws, rows = _rows(r.content)
    assert ws["A1"].value == "甲一县科协 待办事项" and "状态：全部" in ws["A2"].value
    assert [c.value for c in ws[3]][:4] == ["序号", "台账", "工作任务", "承办单位"]
    assert len(rows) == 1 and rows[0][1:4] == ["甲市工作安排", "开展科普活动", "甲一县科协"]
    assert rows[0][6] == "办理中" and rows[0][8] == "40%" and rows[0][10] == "已开展科普活动三场。"
    assert ws.freeze_panes == "B4" and ws.print_title_rows == "$1:$3"
    # Filtered like the page: nothing closed.
    assert _rows(c.get("/office/inbox.xlsx?status=closed").content)[1] == []
    # 甲二县 exports its own row, never 甲一县's report.
    _ws, rows = _rows(_client(world, "county2").get("/office/inbox.xlsx").content)
    assert [r[3] for r in rows] == ["甲二县科协"] and "已开展" not in str(rows)
    assert Client().get("/office/inbox.xlsx").status_code == 302


def test_dashboard_list_exports_with_its_filters_and_scope(world):
    city = world.orgs["甲市科协"]
    c = _client(world, "city-leader")
    assert f"/office/oversight/{city.pk}/assignments.xlsx" in c.get(f"/oversight/{city.pk}/assignments/").content.decode()
    ws, rows = _rows(c.get(f"/office/oversight/{city.pk}/assignments.xlsx").content)
    assert ws["A1"].value == "甲市科协 交办清单" and {r[3] for r in rows} == {"甲一县科协", "甲二县科协"}
    assert {r[7] for r in rows} == {"绿"}
    assert _rows(c.get(f"/office/oversight/{city.pk}/assignments.xlsx?light=red").content)[1] == []
    county = world.orgs["甲一县科协"]
    _ws, rows = _rows(_client(world, "county1").get(f"/office/oversight/{county.pk}/assignments.xlsx").content)
    assert [r[3] for r in rows] == ["甲一县科协"]
    for name in ("county1", "other-city"):
        assert _client(world, name).get(f"/office/oversight/{city.pk}/assignments.xlsx").status_code == 404


def test_list_queries_do_not_grow_with_rows(world):
    from kexie.ledger import services
    from kexie.ledger.models import Plan, PlanRecipient, Task
    from kexie.orgs.models import Level, Organisation
    city = world.orgs["甲市科协"]
    counts = []
    for n in (2, 20):
        units = [Organisation.objects.create(name=f"县{n}-{i}", short_name=f"县{n}-{i}", level=Level.COUNTY,
                                             parent=city) for i in range(n)]
        plan = Plan.objects.create(organisation=city, title=f"方案{n}", year=2026, created_by=world.users["city"],
                                   default_due=world.plan.default_due)
        Task.objects.create(plan=plan, outline_id="1", heading="任务", order=0)
        recipient = PlanRecipient.objects.create(plan=plan, name="各县", order=0)
        services.set_recipient(recipient, world.users["city"], organisation_ids=[u.pk for u in units])
        services.publish(plan, world.users["city"])
        c = _client(world, "city-leader")
        with CaptureQueriesContext(connection) as q:
            assert c.get(f"/office/oversight/{city.pk}/assignments.xlsx?plan={plan.pk}").status_code == 200
        counts.append(len(q))
    assert counts[0] == counts[1], counts
