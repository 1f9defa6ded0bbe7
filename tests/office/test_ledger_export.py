"""The plan's 台账 as xlsx (office/ledger_export.py, /office/ledger/<id>.xlsx, `kexie ledger-export`): values per
column, names, dates, group rows and lights read back with openpyxl; scope outside-in; queries that do not grow."""

from __future__ import annotations

import datetime
import io

import openpyxl
import pytest
from django.core.management import call_command
from django.test import Client

from kexie.ledger import services
from kexie.ledger.models import Duty, MatchState, NameMatch, Plan, PlanRecipient, Task
from kexie.ledger.reports import submit_report
from kexie.office.ledger_export import COLUMNS, UNIT_COLUMNS
from kexie.orgs.models import Department, Level, Organisation
from world import build_world

pytestmark = pytest.mark.django_db


def make_plan(w, extra_units: int = 0, tag: str = "") -> Plan:
    """甲市's plan: a group row 一、, task （一） (names from the document, to the counties and 甲市's 办公室, due
    2022-06-30: red), task （二） (甲一县 only, no date: green); extra_units more counties receive （一）."""
    city = w.orgs["甲市科协"]
    office, _ = Department.objects.get_or_create(organisation=city, name="办公室")
    counties = [w.orgs["甲一县科协"], w.orgs["甲二县科协"]] + [
        Organisation.objects.create(name=f"甲市{tag}第{i}县科协", short_name=f"甲{tag}{i}县", level=Level.COUNTY, parent=city)
        for i in range(3, 3 + extra_units)]
    plan = Plan.objects.create(organisation=city, title="甲市科普工作台账", doc_number="甲科协发〔2022〕6号", year=2022,
                               default_due=datetime.date(2022, 12, 31), created_by=w.users["city"])
    Task.objects.create(plan=plan, outline_id="1", marker="一、", heading="重点任务", order=0, is_group=True)
    first = Task.objects.create(plan=plan, outline_id="1.1", marker="（一）", heading="开展科普日活动",
                                text="组织全市科普日主场活动。", order=1, due_date=datetime.date(2022, 6, 30))
    second = Task.objects.create(plan=plan, outline_id="1.2", marker="（二）", heading="建设科普基地", order=2)
    confirmed = MatchState.CONFIRMED
    NameMatch.objects.create(task=first, role=Duty.LEAD_LEADERS, name="张三", state=confirmed, order=0)
    NameMatch.objects.create(task=first, role=Duty.LEAD_LEADERS, name="李四", state=MatchState.IGNORED, order=1)
    NameMatch.objects.create(task=first, role=Duty.RESPONSIBLE_LEADERS, name="王五", state=confirmed)
    NameMatch.objects.create(task=first, role=Duty.DEPARTMENTS, name="市科协办公室", department=office,
                             state=confirmed)
    units = NameMatch.objects.create(task=first, role=Duty.LEAD_UNITS, name="各县科协", rule="各县科协",
                                     state=confirmed, order=0)
    units.organisations.set(counties)
    NameMatch.objects.create(task=second, role=Duty.LEAD_UNITS, name="甲一县", organisation=counties[0],
                             state=confirmed)
    NameMatch.objects.create(task=second, role=Duty.PARTNER_UNITS, name="乙市", state=confirmed)
    PlanRecipient.objects.create(plan=plan, name="各县科协", state=MatchState.IGNORED)
    services.publish(plan, w.users["city"])
    a1 = plan.assignments.get(task=first, organisation=counties[0])
    submit_report(a1, w.users["county1"], text="已举办科普日主场活动，参加群众3000人。", percent=60)
    a2 = plan.assignments.get(task=second, organisation=counties[0])
    submit_report(a2, w.users["county1"], text="基地选址已确定。", percent=30)
    return plan


def sheet_of(content, name):
    return openpyxl.load_workbook(io.BytesIO(content))[name]


def rows_of(ws, first=4):
    return [[c.value for c in row] for row in ws.iter_rows(min_row=first)]


@pytest.fixture
def world():
    return build_world()


def _get(w, username, plan):
    c = Client()
    c.force_login(w.users[username])
    return c.get(f"/office/ledger/{plan.pk}.xlsx")


def test_issuer_export_has_every_column_name_date_group_and_light(world):
    plan = make_plan(world)
    r = _get(world, "city", plan)
    assert r.status_code == 200 and "filename*=UTF-8''" in r["Content-Disposition"]
    ws = sheet_of(r.content, "台账")
    assert ws["A1"].value == "甲市科普工作台账" and ws["A1"].font.bold
    assert ws["A2"].value.startswith("发文字号：甲科协发〔2022〕6号") and "导出日期：" in ws["A2"].value
    assert "2026" in ws["A2"].value or "年" in ws["A2"].value
    assert tuple(c.value for c in ws[3]) == COLUMNS
    group, first, second = rows_of(ws)
    assert group[:2] == ["一、", "重点任务"] and ws["B4"].font.bold and "B4:K4" in {str(m) for m in ws.merged_cells.ranges}
    assert first[:8] == ["（一）", "开展科普日活动", "组织全市科普日主场活动。", "张三", "王五", "办公室、各县科协", None,
                         "2022年6月30日"]
    assert first[8].startswith("已报送 1/3，最近：甲一县科协：已举办科普日主场活动")
    assert first[9] == "办结 0/3" and first[10] == "红"
    assert ws["K5"].fill.fgColor.rgb.endswith("FBDCDC")
    # One assignee: its own progress and status; the partner named in the document though not matched to a record.
    assert second == ["（二）", "建设科普基地", None, None, None, "甲一县科协", "乙市", "2022年12月31日", "基地选址已确定。",
                      "办理中", "红"]
    assert ws.freeze_panes == "A4" and ws.auto_filter.ref == "A3:K6" and ws.print_title_rows == "$1:$3"
    assert ws.page_setup.orientation == "landscape"
    units = sheet_of(r.content, "分单位明细")
    assert tuple(c.value for c in units[3]) == UNIT_COLUMNS
    detail = rows_of(units)
    assert len(detail) == 4
    assert ["（一）", "开展科普日活动", "甲一县科协", "牵头", "2022年6月30日", "办理中", "红", "60%"] == detail[0][:8]
    assert detail[0][8].endswith("日") and detail[0][9] == "已举办科普日主场活动，参加群众3000人。"
    assert {d[2] for d in detail} == {"甲一县科协", "甲二县科协", "办公室"}


def test_a_county_exports_only_its_own_rows(world):
    plan = make_plan(world)
    r = _get(world, "county2", plan)
    assert r.status_code == 200
    ledger = sheet_of(r.content, "台账")
    assert "范围：甲二县科协" in ledger["A2"].value
    _group, first, second = rows_of(ledger)
    assert first[8] == "" or first[8] is None  # 甲二县 has not reported; 甲一县's report is not shown
    assert first[9] == "交办" and second[8:10] == [None, None]
    detail = rows_of(sheet_of(r.content, "分单位明细"))
    assert [d[2] for d in detail] == ["甲二县科协"]
    # The document's names stay (the plan's text names 甲一县 for （二）); 甲一县's reports and rows do not.
    assert "基地选址" not in str(rows_of(ledger)) and "已举办" not in str(rows_of(ledger)) + str(detail)


@pytest.mark.parametrize("username", ["city-supervisor", "city-leader", "province"])
def test_readers_of_the_issuer_side_export_everything(world, username):
    plan = make_plan(world)
    r = _get(world, username, plan)
    assert r.status_code == 200 and len(rows_of(sheet_of(r.content, "分单位明细"))) == 4


def test_outside_scope_is_404_and_anonymous_goes_to_login(world):
    plan = make_plan(world)
    assert _get(world, "other-city", plan).status_code == 404
    assert _get(world, "other-county", plan).status_code == 404
    r = Client().get(f"/office/ledger/{plan.pk}.xlsx")
    assert r.status_code == 302 and "login" in r["Location"]
    c = Client()
    c.force_login(world.users["city"])
    assert c.get("/office/ledger/999999.xlsx").status_code == 404


def test_the_plan_page_links_to_the_export(world):
    plan = make_plan(world)
    c = Client()
    c.force_login(world.users["county1"])
    assert f'href="/office/ledger/{plan.pk}.xlsx"' in c.get(f"/ledger/{plan.pk}/").content.decode()


def _queries(w, plan, username="city"):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    c = Client()
    c.force_login(w.users[username])
    with CaptureQueriesContext(connection) as q:
        assert c.get(f"/office/ledger/{plan.pk}.xlsx").status_code == 200
    return len(q)


def test_queries_do_not_grow_with_the_units(world):
    few = _queries(world, make_plan(world, extra_units=1, tag="a"))
    many = _queries(world, make_plan(world, extra_units=28, tag="b"))
    assert few == many
    assert many <= 20


def test_the_command_writes_the_file(world, tmp_path):
    plan = make_plan(world)
    path = tmp_path / "台账.xlsx"
    out = io.StringIO()
    call_command("ledger-export", str(plan.pk), str(path), stdout=out)
    assert "3 task rows, 4 assignment rows" in out.getvalue()
    assert rows_of(openpyxl.load_workbook(path)["台账"])[1][1] == "开展科普日活动"
    call_command("ledger-export", str(plan.pk), str(path), "--as", "county2", stdout=out)
    assert [d[2] for d in rows_of(openpyxl.load_workbook(path)["分单位明细"])] == ["甲二县科协"]
    from django.core.management.base import CommandError
    with pytest.raises(CommandError):
        call_command("ledger-export", str(plan.pk), str(path), "--as", "other-city")
    with pytest.raises(CommandError):
        call_command("ledger-export", "999999", str(path))


def test_the_zunyi_plan_exports_its_outline(zunyi_plan, client_for):
    r = client_for("zunyi-staff").get(f"/office/ledger/{zunyi_plan.pk}.xlsx")
    ws = sheet_of(r.content, "台账")
    rows = rows_of(ws)
    assert rows[0][:2] == ["一、", "深刻认识新国发2号文件的重大意义"] and ws["B4"].font.bold
    study = next(r for r in rows if r[1] == "学深悟透新国发2号文件精神")
    assert study[0] == "（一）" and study[3] == "雷洪" and study[4] == "杨新露" and study[5] == "办公室、党支部"
    assert study[7] == "2022年12月31日" and study[10] == "红"


def test_the_export_imports_back_to_the_same_tasks_names_and_dates(zunyi_plan, client_for, org, user):
    """The round trip of issue 14: kexie's own 台账 (as the issuer downloads it) read by the import gives the same
    outline — markers, levels, headings, texts, the names of each role and the due dates."""
    from kexie.ledger.models import Duty, MatchState
    from kexie.office.ledger_import import import_ledger, read_ledger
    content = client_for("zunyi-staff").get(f"/office/ledger/{zunyi_plan.pk}.xlsx").content
    preview = read_ledger(content, "台账.xlsx")
    assert preview.title == zunyi_plan.title and preview.doc_number == zunyi_plan.doc_number
    again = import_ledger(preview, user("zunyi-staff"), org("遵义市科协"))

    def outline(plan):
        return [(t.marker, t.level, t.heading, t.text, t.is_group, t.effective_due if not t.is_group else None)
                for t in plan.tasks.select_related("plan").order_by("order") if not t.is_info]

    def names(plan):
        """Per task heading and role, the names as confirmed (the record's name) or as written."""
        out = {}
        for m in (plan.tasks.model.objects.filter(plan=plan).prefetch_related("name_matches")):
            for match in m.name_matches.all():
                if match.state == MatchState.IGNORED or match.role == Duty.LEAD_UNITS and match.rule:
                    continue
                out.setdefault((m.heading, match.role), set()).add(match.target_label or match.name)
        return out
    assert outline(again) == outline(zunyi_plan)
    original = names(zunyi_plan)
    assert original and all(original[key] <= names(again).get(key, set()) | names(again).get(
        (key[0], Duty.LEAD_UNITS if key[1] == Duty.DEPARTMENTS else Duty.DEPARTMENTS), set())
        for key in original if key[1] != Duty.PARTNER_UNITS)
