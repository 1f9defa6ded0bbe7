"""Excel ledgers into draft plans: three hand-made styles, kexie's own layout round trip, bad files, the pages."""

from __future__ import annotations

import datetime
import io
import re
import zipfile

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import Workbook
from openpyxl.styles import Font

from kexie.office.ledger_import import ImportRefused, import_ledger, read_due, read_ledger

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _bytes(wb) -> bytes:
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


# --- three ledgers in the styles offices use --------------------------------------------------------------

def merged_group_ledger(n_tasks_per_group: int = 2) -> bytes:
    """Style 1: a merged title, one header row, merged group rows, 1 2 3 in 序号, a 备注 column."""
    wb = Workbook()
    ws = wb.active
    ws.append(["甲市科协2026年科普工作任务分解表"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "重点任务", "工作措施", "分管领导", "责任单位", "配合单位", "时间节点", "备注"])
    for g, group in enumerate(["一、加强科普阵地建设", "二、提升公民科学素质"]):
        ws.append([group])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=8)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for i in range(n_tasks_per_group):
            due = [datetime.date(2026, 6, 30), "2026年9月底前", "10月31日"][i % 3]
            ws.append([i + 1, f"任务{g + 1}-{i + 1}建设科普基地", "完善设施。开展活动。", "张三",
                       "甲一县科协、甲二县科协", "办公室", due, "无"])
    return _bytes(wb)


def numbered_column_ledger() -> bytes:
    """Style 2: title and 文号 rows, 编号 holding 一 / （一） / 1, dates as 2026.6.30 and 2026-09-30, 联系人 extra."""
    wb = Workbook()
    ws = wb.active
    ws.append(["关于印发甲市科协重点工作台账的通知"])
    ws.append(["甲科协发〔2026〕5号"])
    ws.append(["编号", "任务内容", "牵头单位", "协办单位", "完成时间", "联系人"])
    ws.append(["一", "组织建设", None, None, None, None])
    ws.append(["（一）", "基层组织", None, None, None, None])
    ws.append(["1", "建强县级科协", "甲一县科协", "甲二县科协", "2026.6.30", "李四"])
    ws.append(["2", "建设乡镇科协", "甲二县科协", None, "2026-09-30", None])
    ws.append(["二", "学术交流", None, None, None, None])
    ws.append(["1", "举办学术年会", "学会部", "甲一县科协", "长期坚持", None])
    ws.append(["2", "出版论文集", "学会部", None, "13月45日", None])
    return _bytes(wb)


def two_header_ledger() -> bytes:
    """Style 3: two header rows (责任分工 merged over its three columns), markers inside the text, a leader
    merged down two tasks, an Excel date."""
    wb = Workbook()
    ws = wb.active
    ws.append(["2026年度重点工作责任分解"])
    ws.append(["序号", "工作任务", "责任分工", None, None, "完成时限"])
    ws.append([None, None, "牵头领导", "责任单位", "配合单位", None])
    ws.merge_cells("A2:A3")
    ws.merge_cells("B2:B3")
    ws.merge_cells("C2:E2")
    ws.merge_cells("F2:F3")
    ws.append([None, "一、深化改革", None, None, None, None])
    ws.append([None, "（一）推进科协组织改革", "张三", "甲一县科协", "乙市科协", datetime.datetime(2026, 11, 30)])
    ws.append([None, "（二）完善学会治理", None, "甲二县科协", None, "6月30日"])
    ws.merge_cells("C5:C6")
    return _bytes(wb)


def _by_heading(preview):
    return {i["heading"]: i for i in preview.items}


def test_merged_group_rows():
    preview = read_ledger(merged_group_ledger(), "台账.xlsx")
    assert preview.title == "甲市科协2026年科普工作任务分解表" and preview.year == 2026
    assert [c.header for c in preview.ignored] == ["备注"]
    items = preview.items
    assert [(i["level"], i["marker"], i["group"]) for i in items][:3] == [
        (1, "一、", True), (2, "1", False), (2, "2", False)]
    task = _by_heading(preview)["任务1-1建设科普基地"]
    assert task["responsibility"] == {"lead_leaders": ["张三"], "lead_units": ["甲一县科协", "甲二县科协"],
                                      "partner_units": ["办公室"]}
    assert task["deadline"] == "2026-06-30" and task["text"] == "完善设施。开展活动。"
    assert _by_heading(preview)["任务1-2建设科普基地"]["deadline"] == "2026-09-30"
    assert items[3]["heading"] == "提升公民科学素质" and items[3]["id"] == "2"


def test_numbering_in_a_column():
    preview = read_ledger(numbered_column_ledger(), "x.xlsx")
    assert preview.doc_number == "甲科协发〔2026〕5号" and preview.title == "关于印发甲市科协重点工作台账的通知"
    assert preview.header_row == 3 and [c.header for c in preview.ignored] == ["联系人"]
    got = [(i["id"], i["level"], i["marker"], i["heading"]) for i in preview.items]
    assert got == [("1", 1, "一", "组织建设"), ("1.1", 2, "（一）", "基层组织"), ("1.1.1", 3, "1", "建强县级科协"),
                   ("1.1.2", 3, "2", "建设乡镇科协"), ("2", 1, "二", "学术交流"), ("2.1", 2, "1", "举办学术年会"),
                   ("2.2", 2, "2", "出版论文集")]
    by = _by_heading(preview)
    assert by["建强县级科协"]["deadline"] == "2026-06-30" and by["建设乡镇科协"]["deadline"] == "2026-09-30"
    assert by["建强县级科协"]["responsibility"] == {"lead_units": ["甲一县科协"], "partner_units": ["甲二县科协"]}
    assert by["举办学术年会"]["deadline"] is None and by["举办学术年会"]["time_hint"] == "长期坚持"
    assert not by["举办学术年会"]["warnings"]
    assert by["出版论文集"]["deadline"] is None and "13月45日" in by["出版论文集"]["warnings"][0]


def test_two_header_rows_and_markers_in_the_text():
    preview = read_ledger(two_header_ledger(), "x.xlsx")
    assert {c.role for c in preview.recognised} == {"marker", "heading", "lead_leaders", "lead_units",
                                                     "partner_units", "due"}
    got = [(i["level"], i["marker"], i["heading"]) for i in preview.items]
    assert got == [(1, "一、", "深化改革"), (2, "（一）", "推进科协组织改革"), (2, "（二）", "完善学会治理")]
    first, second = preview.items[1], preview.items[2]
    assert first["deadline"] == "2026-11-30" and second["deadline"] == "2026-06-30"  # 6月30日 in the title's year
    assert second["responsibility"]["lead_leaders"] == ["张三"]  # merged down from the row above


def test_year_of_dates_without_one():
    assert read_due("6月30日", 2023)[0] == "2023-06-30"
    assert read_due("2022年6月底前", 2023)[0] == "2022-06-30"
    assert read_due(45107, 2023)[0] == "2023-06-30"  # an Excel day number
    assert read_due("每季度末", 2023)[:2] == (None, "每季度末")
    preview = read_ledger(two_header_ledger(), "x.xlsx", year=2030)
    assert preview.items[2]["deadline"] == "2030-06-30"


# --- writing: drafts through the same matching as a document's ledger --------------------------------------

@pytest.fixture
def world(db, data_dir):
    from world import build_world

    from kexie.orgs.models import Department, Person
    w = build_world()
    city = w.orgs["甲市科协"]
    Department.objects.create(organisation=city, name="学会部")
    Department.objects.create(organisation=city, name="办公室")
    Person.objects.create(organisation=city, name="张三")
    return w


def test_import_creates_a_draft_with_matches(world):
    from kexie.audit.models import Entry
    from kexie.ledger.models import MatchState, NameMatch, PlanState
    city = world.orgs["甲市科协"]
    plan = import_ledger(read_ledger(numbered_column_ledger(), "重点工作.xlsx"), world.users["city"], city)
    assert plan.state == PlanState.DRAFT and plan.organisation == city and plan.year == 2026
    assert plan.doc_number == "甲科协发〔2026〕5号"
    tasks = {t.heading: t for t in plan.tasks.all()}
    assert tasks["组织建设"].is_group and not tasks["建强县级科协"].is_group
    assert tasks["建强县级科协"].parent == tasks["基层组织"] and tasks["建强县级科协"].level == 3
    assert tasks["建强县级科协"].due_date == datetime.date(2026, 6, 30)
    matches = {(m.task.heading, m.role, m.name): m for m in NameMatch.objects.filter(task__plan=plan)}
    county = matches[("建强县级科协", "lead_units", "甲一县科协")]
    assert county.state == MatchState.CONFIRMED and county.organisation == world.orgs["甲一县科协"]
    dept = matches[("举办学术年会", "lead_units", "学会部")]
    assert dept.state == MatchState.CONFIRMED and dept.department.name == "学会部"
    assert Entry.objects.filter(object_type="ledger.plan", object_id=plan.pk, action="create").exists()


def test_nothing_half_imported(world, monkeypatch):
    from kexie.ledger import draft
    from kexie.ledger.models import Plan, Task

    def broken(*args, **kwargs):
        raise RuntimeError("the matching failed")
    monkeypatch.setattr(draft, "_match_names", broken)
    before = Plan.objects.count(), Task.objects.count()
    with pytest.raises(RuntimeError):
        import_ledger(read_ledger(numbered_column_ledger(), "x.xlsx"), world.users["city"], world.orgs["甲市科协"])
    assert (Plan.objects.count(), Task.objects.count()) == before


def test_query_count_does_not_grow_with_rows(world):
    city, user = world.orgs["甲市科协"], world.users["city"]
    counts = []
    for n in (3, 150):  # 8 rows, then 302 rows of three names each
        preview = read_ledger(merged_group_ledger(n), "x.xlsx")
        with CaptureQueriesContext(connection) as ctx:
            import_ledger(preview, user, city)
        counts.append(len(ctx.captured_queries))
    assert counts[0] <= 22, counts  # 15, and the search index of the new plan's tasks (a few statements)
    # bulk inserts go in batches (SQLite's variable limit): 300 more rows and 900 more names cost a few dozen
    # batches at most, never a query per row, name or cell
    assert counts[1] - counts[0] <= 30, counts


# --- round trip through kexie's own layout ------------------------------------------------------------------

def kexie_layout_export(plan) -> bytes:
    """The agreed export layout (台账 sheet: title, 发文字号/导出日期, header, group and task rows; 分单位明细)."""
    from openpyxl.utils import get_column_letter
    header = ["序号", "工作任务", "具体措施", "牵头领导", "责任领导", "责任科室/单位", "配合单位", "完成时限",
              "进展情况", "状态", "预警"]
    wb = Workbook()
    ws = wb.active
    ws.title = "台账"
    ws.append([plan.title])
    ws.merge_cells(f"A1:{get_column_letter(len(header))}1")
    ws.append([f"发文字号：{plan.doc_number} 导出日期：2026年12月1日"])
    ws.merge_cells(f"A2:{get_column_letter(len(header))}2")
    ws.append(header)
    for t in plan.tasks.order_by("order"):
        names = t.names or {}
        if t.is_group:
            ws.append([t.marker, t.heading])
            ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=len(header))
            continue
        due = t.due_date
        ws.append([t.marker, t.heading, t.text, "、".join(names.get("lead_leaders", [])),
                   "、".join(names.get("responsible_leaders", [])),
                   "、".join(names.get("departments", []) + names.get("lead_units", [])),
                   "、".join(names.get("partner_units", [])),
                   f"{due.year}年{due.month}月{due.day}日" if due else "", "", "未开始", "绿"])
    wb.create_sheet("分单位明细").append(["单位", "任务"])
    return _bytes(wb)


def test_round_trip_of_kexie_layout(world):
    from kexie.ledger.models import Plan, Task
    city = world.orgs["甲市科协"]
    plan = Plan.objects.create(organisation=city, title="甲市科协2026年工作要点", doc_number="甲科协发〔2026〕9号",
                               year=2026, default_due=datetime.date(2026, 12, 31))
    rows = [("1", "一、", 1, "加强组织建设", "", {}, None, True),
            ("1.1", "（一）", 2, "建强县级科协", "年内完成换届。", {"lead_leaders": ["张三"],
             "departments": ["办公室"], "lead_units": ["甲一县科协"], "partner_units": ["甲二县科协"]},
             datetime.date(2026, 6, 30), False),
            ("1.2", "（二）", 2, "发展企业科协", "", {"responsible_leaders": ["张三"], "departments": ["学会部"]},
             datetime.date(2026, 11, 15), False),
            ("2", "二、", 1, "开展学术交流", "", {"lead_units": ["甲二县科协"]}, datetime.date(2026, 9, 30), False)]
    for order, (oid, marker, level, heading, text, names, due, group) in enumerate(rows):
        Task.objects.create(plan=plan, outline_id=oid, marker=marker, level=level, heading=heading, text=text,
                            names=names, due_date=due, is_group=group, order=order)
    preview = read_ledger(kexie_layout_export(plan), "export.xlsx")
    assert preview.title == plan.title and preview.doc_number == plan.doc_number
    assert {c.header for c in preview.ignored} == {"进展情况", "状态", "预警"}
    again = import_ledger(preview, world.users["city"], city)
    got = [(t.marker, t.level, t.heading, t.text, t.names, t.due_date, t.is_group)
           for t in again.tasks.order_by("order")]
    assert got == [(marker, level, heading, text, names, due, group)
                   for _oid, marker, level, heading, text, names, due, group in rows]


# --- bad input: one sentence saying what to fix -----------------------------------------------------------

def _repack(xlsx: bytes | None, changes: dict[str, bytes]) -> bytes:
    """A zip of the xlsx's parts (none for None) with some parts replaced or added."""
    parts = {}
    if xlsx:
        with zipfile.ZipFile(io.BytesIO(xlsx)) as original:
            parts = {n: original.read(n) for n in original.namelist()}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (parts | changes).items():
            z.writestr(name, data)
    return out.getvalue()


def _refused(data: bytes, needle: str):
    with pytest.raises(ImportRefused) as e:
        read_ledger(data, "bad.xlsx")
    assert needle in str(e.value), str(e.value)


def test_bad_files_are_refused_with_what_to_fix(settings):
    good = merged_group_ledger()
    _refused(good[: len(good) // 2], "已损坏")  # truncated
    _refused(b"PK\x03\x04" + b"\x00" * 200, "已损坏")
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512
    _refused(ole + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 512, "密码")
    _refused(ole, ".xls")
    _refused(_repack(None, {"word/document.xml": b"<w:document/>"}), "不是 Excel")  # a .docx renamed
    _refused("序号,工作任务\n1,x\n".encode(), "不是 Excel")  # a csv renamed
    settings.KEXIE_IMPORT_MAX_BYTES = 1 << 10
    _refused(good + b"\x00" * (1 << 10), "文件超过")


def test_zip_bomb_is_refused_before_it_is_opened(settings):
    settings.KEXIE_IMPORT_MAX_UNZIPPED_BYTES = 8 << 20
    bomb = _repack(merged_group_ledger(), {"xl/media/padding.bin": b"\x00" * (16 << 20)})
    _refused(bomb, "解压后过大")
    settings.KEXIE_IMPORT_MAX_UNZIPPED_BYTES = 200 << 20
    _refused(bomb, "解压后过大")  # by the ratio


def test_a_million_rows_and_ten_thousand_columns(settings):
    rows = "".join(f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>任务{r}</t></is></c></row>'
                   for r in range(1, 1_000_001))
    big = _repack(merged_group_ledger(), {"xl/worksheets/sheet1.xml": (
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        + rows + "</sheetData></worksheet>").encode()})
    _refused(big, "超过 20000 行")  # reading stops at the bound, it does not go on through a million rows
    settings.KEXIE_IMPORT_MAX_RATIO = 10  # and a ratio a sheet of varied rows never reaches refuses it unopened
    _refused(big, "解压后过大")
    settings.KEXIE_IMPORT_MAX_ROWS = 50  # a sheet that states its size: the bound while reading
    _refused(merged_group_ledger(40), "超过 50 行")

    wide = Workbook(write_only=True)
    sheet = wide.create_sheet()
    sheet.append(["序号", "工作任务"] + [f"列{i}" for i in range(10_000)])
    _refused(_bytes(wide), "超过 100 列")


def test_no_header_and_no_tasks():
    wb = Workbook()
    wb.active.append(["随便写的", "一些文字"])
    _refused(_bytes(wb), "没有找到表头")
    wb = Workbook()
    wb.active.append(["序号", "工作任务", "责任单位"])
    _refused(_bytes(wb), "没有读到任务行")


# --- the pages and the command -----------------------------------------------------------------------------

def _upload(client, data: bytes, name="台账.xlsx"):
    from django.core.files.uploadedfile import SimpleUploadedFile
    return client.post(reverse("office:import"), {"file": SimpleUploadedFile(name, data, XLSX)})


def _counts():
    from kexie.audit.models import Entry
    from kexie.ledger.models import NameMatch, Plan, Task
    return Plan.objects.count(), Task.objects.count(), NameMatch.objects.count(), Entry.objects.count()


def test_upload_preview_confirm(client, world):
    from kexie.ledger.models import Plan
    client.force_login(world.users["city"])
    assert client.get(reverse("office:import")).status_code == 200
    before = _counts()
    response = _upload(client, numbered_column_ledger())
    assert response.status_code == 302 and response["Location"] == reverse("office:import-preview")
    page = client.get(reverse("office:import-preview"))
    html = page.content.decode()
    assert page.status_code == 200 and "建强县级科协" in html and "2026年6月30日" in html
    assert "联系人" in html and "13月45日" in html  # the ignored column and the row's warning
    assert _counts() == before  # the preview writes nothing
    response = client.post(reverse("office:import-confirm"))
    plan = Plan.objects.get(title="关于印发甲市科协重点工作台账的通知")
    assert response["Location"] == reverse("ledger:review", args=[plan.pk])
    assert plan.organisation == world.orgs["甲市科协"] and plan.created_by == world.users["city"]
    assert client.get(reverse("ledger:review", args=[plan.pk])).status_code == 200
    # the session no longer holds the upload: confirming twice creates nothing more
    client.post(reverse("office:import-confirm"))
    assert Plan.objects.filter(title=plan.title).count() == 1
    client.force_login(world.users["other-city"])
    assert client.get(reverse("ledger:review", args=[plan.pk])).status_code == 404
    client.force_login(world.users["county2"])
    assert client.get(reverse("ledger:review", args=[plan.pk])).status_code == 404


def test_a_county_imports_into_its_own_organisation(client, world):
    from kexie.ledger.models import Plan
    client.force_login(world.users["county1"])
    _upload(client, merged_group_ledger())
    client.post(reverse("office:import-confirm"))
    plan = Plan.objects.get(title="甲市科协2026年科普工作任务分解表")
    assert plan.organisation == world.orgs["甲一县科协"]


def test_bad_upload_says_what_to_fix(client, world, settings):
    client.force_login(world.users["city"])
    before = _counts()
    response = _upload(client, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, "old.xls")
    assert response.status_code == 400 and "另存为 .xlsx" in response.content.decode()
    assert client.get(reverse("office:import-preview")).status_code == 302
    response = client.post(reverse("office:import-confirm"))
    assert response.status_code == 302 and _counts() == before
    response = client.post(reverse("office:import"))
    assert response.status_code == 400 and "请选择一个 .xlsx 文件" in response.content.decode()
    settings.KEXIE_IMPORT_MAX_BYTES = 1 << 20
    response = _upload(client, b"PK\x03\x04" + b"\x00" * (3 << 19))
    assert response.status_code == 400 and "文件超过 1 MB" in response.content.decode()
    assert _counts() == before


@pytest.mark.parametrize("who", ["city-supervisor", "city-leader"])
def test_readers_may_not_import(client, world, who):
    client.force_login(world.users[who])
    assert client.get(reverse("office:import")).status_code == 403
    assert _upload(client, merged_group_ledger()).status_code == 403
    assert client.get(reverse("office:import-preview")).status_code == 403
    assert client.post(reverse("office:import-confirm")).status_code == 403


def test_anonymous_goes_to_login(client, world):
    for name in ("office:import", "office:import-preview"):
        response = client.get(reverse(name))
        assert response.status_code == 302 and "login" in response["Location"]


def test_command_dry_run_and_import(world, tmp_path, capsys):
    from django.core.management.base import CommandError

    from kexie.ledger.models import Plan
    path = tmp_path / "ledger.xlsx"
    path.write_bytes(two_header_ledger())
    before = _counts()
    call_command("ledger-import", str(path), "--org", "甲市科协", "--dry-run")
    out = capsys.readouterr().out
    assert "推进科协组织改革" in out and "2026-11-30" in out and "dry run" in out
    assert _counts() == before
    call_command("ledger-import", str(path), "--org", "甲市科协", "--user", "city")
    plan = Plan.objects.get(title="2026年度重点工作责任分解")
    assert plan.organisation == world.orgs["甲市科协"] and plan.tasks.count() == 3
    with pytest.raises(CommandError, match="管理员和经办"):
        call_command("ledger-import", str(path), "--org", "甲市科协", "--user", "county1")
    path.write_bytes(b"not a spreadsheet")
    with pytest.raises(CommandError, match="不是 Excel"):
        call_command("ledger-import", str(path), "--org", "甲市科协")




def test_pages_read_in_english(client, world, settings):
    from openpyxl import load_workbook
    from test_ledger_english import chinese_left

    from kexie.office.ledger_import import COLUMN_NAMES
    data = numbered_column_ledger()
    cells = [str(v) for row in load_workbook(io.BytesIO(data)).active.iter_rows(values_only=True) for v in row if v]
    # the data: the sheet's cells, the units' names, and the column names the English text quotes for users to use
    cells += [n for names in COLUMN_NAMES.values() for n in names] + list(world.orgs) + ["台账.xlsx"]
    known = sorted(cells, key=len, reverse=True)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    client.force_login(world.users["city"])
    page = client.get(reverse("office:import")).content.decode()
    assert "Import a ledger" in page and not chinese_left(page, known)
    _upload(client, data)
    page = client.get(reverse("office:import-preview")).content.decode()
    assert "Columns recognised" in page and "could not be read as a date" in page
    assert not chinese_left(page, known)
    page = _upload(client, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512).content.decode()
    assert "save it as .xlsx" in page


@pytest.fixture
def signed_in_city(transactional_db, world):
    """The city editor's password, set before the browser starts: ORM calls once Playwright's event loop runs
    would open connections that outlive the test (see tests/ledger/test_ledger_browser.py)."""
    user = world.users["city"]
    user.set_password("kexie-test-1")
    user.save()
    return "city", "kexie-test-1"


def test_browser_upload_preview_confirm_at_phone_width(signed_in_city, live_server, browser_page, tmp_path):
    """In chromium at 390 px: choose the file, read the preview (it fits the screen), confirm, land on the review."""
    path = tmp_path / "重点工作台账.xlsx"
    path.write_bytes(numbered_column_ledger())
    page, base = browser_page, live_server.url
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{base}/accounts/login/")
    page.fill("input[name=username]", signed_in_city[0])
    page.fill("input[name=password]", signed_in_city[1])
    with page.expect_navigation():
        page.click("main button[type=submit]")
    page.goto(f"{base}/office/import/")
    page.set_input_files("input[name=file]", str(path))
    with page.expect_navigation():
        page.click("#upload")
    assert page.locator("#import-items").inner_text().count("建强县级科协") == 1
    assert "联系人" in page.locator("#import-ignored").inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    with page.expect_navigation():
        page.click("#confirm-import")
    assert re.search(r"/ledger/\d+/review/$", page.url), page.url
    assert "建强县级科协" in page.content() and not page.csp_errors


def test_a_task_merged_down_beside_its_measures():
    """Style 1 with one 工作任务 merged over three 具体措施 rows, each with its own unit and date."""
    wb = Workbook()
    ws = wb.active
    ws.append(["序号", "工作任务", "具体措施", "责任单位", "完成时限"])
    ws.append([1, "建设科普阵地", "新建科普馆。", "甲一县科协", "2026年6月底前"])
    ws.append([None, None, "改造科普长廊。", "甲二县科协", "2026年9月底前"])
    ws.append([None, None, "建设流动科技馆", "甲一县科协", "年底前"])
    ws.append([2, "培育科普队伍", "培训科普志愿者。", "甲二县科协", "2026年10月31日"])
    ws.merge_cells("A2:A4")
    ws.merge_cells("B2:B4")
    preview = read_ledger(_bytes(wb), "x.xlsx", year=2026)  # no title: 年底前 is in the year given
    got = [(i["id"], i["level"], i["marker"], i["heading"], i["group"], i["deadline"]) for i in preview.items]
    assert got == [("1", 1, "1", "建设科普阵地", True, None),
                   ("1.1", 2, "", "新建科普馆", False, "2026-06-30"),
                   ("1.2", 2, "", "改造科普长廊", False, "2026-09-30"),
                   ("1.3", 2, "", "建设流动科技馆", False, "2026-12-31"),
                   ("2", 1, "2", "培育科普队伍", False, "2026-10-31")]
    assert preview.items[2]["responsibility"] == {"lead_units": ["甲二县科协"]}
    assert preview.items[2]["text"] == "改造科普长廊。"


def test_browser_export_edit_import(signed_in_city, world, live_server, browser_page, tmp_path):
    """In chromium, the round trip an office makes: download the 台账 from the plan page, edit it in a spreadsheet
    (a heading and a date changed, a task added), upload it, read the edits in the preview, confirm, land on the
    new draft's review page with them."""
    from openpyxl import load_workbook
    page, base = browser_page, live_server.url
    page.goto(f"{base}/accounts/login/")
    page.fill("input[name=username]", signed_in_city[0])
    page.fill("input[name=password]", signed_in_city[1])
    with page.expect_navigation():
        page.click("main button[type=submit]")
    page.goto(f"{base}/ledger/{world.plan.pk}/")
    with page.expect_download() as download:
        page.click("#ledger-xlsx")
    exported = tmp_path / "台账.xlsx"
    download.value.save_as(exported)
    # — edited as an office does: the task renamed and given another date, one more row typed under it —
    wb = load_workbook(exported)
    ws = wb["台账"]
    assert ws["B4"].value == "开展科普活动"
    ws["B4"], ws["H4"] = "开展全国科普日系列活动", "2026年9月30日"
    ws["A5"], ws["B5"], ws["F5"], ws["H5"] = "2", "建设科普e站", "甲一县科协", "2026年11月30日"
    edited = tmp_path / "台账（修改）.xlsx"
    wb.save(edited)
    page.goto(f"{base}/office/import/")
    page.set_input_files("input[name=file]", str(edited))
    with page.expect_navigation():
        page.click("#upload")
    items = page.locator("#import-items").inner_text()
    assert "开展全国科普日系列活动" in items and "建设科普e站" in items and "2026年9月30日" in items
    with page.expect_navigation():
        page.click("#confirm-import")
    assert re.search(r"/ledger/\d+/review/$", page.url), page.url
    review = page.content()
    assert "开展全国科普日系列活动" in review and "建设科普e站" in review and not page.csp_errors


def test_the_plans_list_links_to_the_import(world):
    from django.test import Client
    c = Client()
    c.force_login(world.users["city"])
    assert 'id="import-link" href="/office/import/"' in c.get("/ledger/").content.decode()
