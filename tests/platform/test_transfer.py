"""Import and export of organisations and people (xlsx/csv, Chinese columns): dry runs, all-or-nothing, scope."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse

from kexie.orgs.models import Kind, Level, Organisation, Person
from kexie.orgs.transfer import (TransferError, export_organisations, export_people, import_organisations,
                                 import_people, read_table, write_table)

pytestmark = pytest.mark.django_db


def table(columns, rows, name="t.csv"):
    return read_table(write_table(columns, rows, name), name)


def org_rows(*rows):
    return table(["名称", "简称", "别名", "类型", "级别", "上级组织", "部门"], list(rows))


@pytest.mark.parametrize("ext", ["xlsx", "csv"])
def test_export_then_import_changes_nothing(org, ext, tmp_path):
    for what, export in (("orgs", export_organisations), ("people", export_people)):
        path = tmp_path / f"{what}.{ext}"
        call_command(f"{what}-export", str(path))
        columns, rows = export()
        assert read_table(path.read_bytes(), path.name)[0] == dict(zip(columns, map(str, rows[0])))
        importer = import_organisations if what == "orgs" else import_people
        report = importer(read_table(path.read_bytes(), path.name))
        assert report.created == [] and report.updated == [], report.lines()


def test_export_columns_are_chinese(org):
    columns, rows = export_people(org("遵义市科协"))
    assert columns == ["姓名", "所属组织", "部门", "职务", "电话", "邮箱"]
    chen = next(r for r in rows if r[0] == "陈艳")
    assert chen[1:4] == ["遵义市科学技术协会", "业务部", "业务部部长"]
    assert {r[1] for r in rows} == {"遵义市科学技术协会", "遵义市科技馆"}


def test_dry_run_reports_and_changes_nothing(org):
    rows = org_rows(["新蒲新区科学技术协会", "新蒲新区科协", "", "科协", "县级", "遵义市科协", "办公室"],
                    ["遵义市科学技术协会", "遵义市科协", "市科协", "科协", "市级", "贵州省科学技术协会", ""])
    before = Organisation.objects.count()
    report = import_organisations(rows, dry_run=True)
    assert report.created == ["新蒲新区科学技术协会"]
    assert len(report.updated) == 1 and "别名：市科协、遵义科协 → 市科协" in report.updated[0]
    assert Organisation.objects.count() == before
    assert "遵义科协" in org("遵义市科协").alias_list
    report = import_organisations(rows)
    assert org("新蒲新区科协").parent == org("遵义市科协")
    assert org("新蒲新区科协").departments.get().name == "办公室"


def test_parents_may_come_later_in_the_file(org):
    rows = org_rows(["某镇科协", "", "", "科协", "乡镇", "某县科学技术协会", ""],
                    ["某县科学技术协会", "某县科协", "", "科协", "县级", "遵义市科学技术协会", ""])
    import_organisations(rows)
    assert org("某镇科协").parent == org("某县科协")
    assert org("某镇科协").level == Level.TOWNSHIP and org("某镇科协").kind == Kind.ASSOCIATION


def test_one_bad_row_imports_nothing(org):
    rows = org_rows(["甲县科协", "", "", "科协", "县级", "遵义市科学技术协会", ""],
                    ["乙县科协", "", "", "科协", "不知道", "遵义市科学技术协会", ""],
                    ["丙县科协", "", "", "科协", "县级", "不存在的科协", ""])
    with pytest.raises(TransferError) as info:
        import_organisations(rows)
    errors = info.value.report.errors
    assert any("第3行" in e and "级别" in e for e in errors)
    assert any("第4行" in e and "不存在的科协" in e for e in errors)
    assert not Organisation.objects.filter(name="甲县科协").exists()


def test_a_cycle_is_refused(org):
    rows = org_rows(["甲科协", "", "", "科协", "县级", "乙科协", ""], ["乙科协", "", "", "科协", "县级", "甲科协", ""])
    with pytest.raises(TransferError, match="循环"):
        import_organisations(rows)


def test_people_import_sets_titles_and_departments(org):
    rows = table(["姓名", "所属组织", "部门", "职务", "电话", "邮箱"],
                 [["陈艳", "遵义市科协", "办公室", "办公室主任、业务部部长", "123", ""],
                  ["新同志", "遵义市科协", "科普部", "部长", "", "x@example.com"]])
    report = import_people(rows, dry_run=True)
    assert report.created == ["遵义市科协·新同志"] and "职务：业务部部长 → 办公室主任、业务部部长" in report.updated[0]
    assert Person.objects.get(name="陈艳").titles == ["业务部部长"]
    import_people(rows)
    chen = Person.objects.get(name="陈艳")
    assert chen.titles == ["办公室主任", "业务部部长"] and chen.department.name == "办公室"
    assert org("遵义市科协").departments.filter(name="科普部").exists()


def test_people_import_refuses_unknown_organisation_and_bad_email(org):
    rows = table(["姓名", "所属组织", "部门", "职务", "电话", "邮箱"],
                 [["甲", "遵义市科协", "", "", "", "not-an-email"], ["乙", "火星科协", "", "", "", ""]])
    with pytest.raises(TransferError) as info:
        import_people(rows)
    assert len(info.value.report.errors) == 2
    assert not Person.objects.filter(name__in=["甲", "乙"]).exists()


def test_import_commands(org, tmp_path, capsys):
    good = tmp_path / "orgs.csv"
    good.write_bytes(write_table(["名称", "级别", "上级组织"], [["丁县科协", "县级", "遵义市科协"]], "orgs.csv"))
    call_command("orgs-import", str(good), "--dry-run")
    assert "将新建：丁县科协" in capsys.readouterr().out
    assert not Organisation.objects.filter(name="丁县科协").exists()
    call_command("orgs-import", str(good))
    assert Organisation.objects.filter(name="丁县科协").exists()
    bad = tmp_path / "bad.csv"
    bad.write_bytes("名称,级别\n戊县科协,哪一级\n".encode("gb18030"))  # as Excel saves csv in China
    with pytest.raises(CommandError):
        call_command("orgs-import", str(bad))
    assert "第2行" in capsys.readouterr().err
    with pytest.raises(CommandError):
        call_command("people-import", str(tmp_path / "missing.xlsx"))
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"not a workbook")
    with pytest.raises(CommandError, match="xlsx"):
        call_command("people-import", str(junk))


def test_transfer_page_for_administrators_only(client_for, org):
    admin = client_for("zunyi-admin")
    export = admin.get(reverse("orgs:transfer"), {"export": "orgs", "format": "csv"})
    assert export.status_code == 200
    text = export.content.decode("utf-8-sig")
    assert "遵义市科学技术协会" in text and "四川" not in text
    upload = SimpleUploadedFile("o.csv", write_table(["名称", "级别", "上级组织"], [["戊县科协", "县级", "遵义市科协"]],
                                                      "o.csv"))
    page = admin.post(reverse("orgs:transfer"), {"kind": "orgs", "file": upload, "dry_run": "1"})
    assert page.status_code == 200 and "将新建：戊县科协" in page.content.decode()
    assert not Organisation.objects.filter(name="戊县科协").exists()
    # Nothing outside one's subtree: not as a parent, not as the row itself.
    outside = SimpleUploadedFile("o.csv", write_table(["名称", "级别", "上级组织"],
                                                      [["己县科协", "县级", "保定市科协"],
                                                       ["四川省科学技术协会", "省级", "遵义市科协"]], "o.csv"))
    page = admin.post(reverse("orgs:transfer"), {"kind": "orgs", "file": outside})
    assert page.status_code == 400
    assert org("四川省科协").parent == org("中国科协")
    for username in ("zunyi-staff", "zunyi-leader", "zunyi-supervisor"):
        assert client_for(username).get(reverse("orgs:transfer")).status_code == 403


ORG_COLUMNS = ["名称", "简称", "别名", "类型", "级别", "上级组织", "部门", "排序"]
GOOD_ORG = ["新蒲新区科学技术协会", "新蒲新区科协", "", "科协", "县级", "遵义市科协", "办公室", "3"]


@pytest.mark.parametrize("column, value, message", [
    ("级别", "-5", "第3行：级别“-5”"),
    ("排序", "-5", "第3行：“排序”应在 0 到"),
    ("排序", "1e309", "第3行：“排序”应为整数"),
    ("排序", "abc", "第3行：“排序”应为整数"),
    ("排序", "1.5", "第3行：“排序”应为整数"),
    ("排序", "99999999999", "第3行：“排序”应在"),
    ("名称", "长" * 600, "第3行：“名称”最多 100 个字"),
    ("简称", "简" * 51, "第3行：“简称”最多 50 个字"),
    ("部门", "办公室、" + "部" * 101, "第3行：“部门”最多 100 个字"),
    ("名称", "某科协\x00", "第3行：“名称”不能含有空字符"),
    ("别名", "甲\x00乙", "第3行：“别名”不能含有空字符"),
])
def test_org_import_refuses_bad_cells_naming_row_and_column(org, column, value, message):
    bad = dict(zip(ORG_COLUMNS, GOOD_ORG), **{"名称": "某镇科学技术协会", column: value})
    rows = table(ORG_COLUMNS, [GOOD_ORG, [bad[c] for c in ORG_COLUMNS]])
    before = Organisation.objects.count()
    with pytest.raises(TransferError) as refused:
        import_organisations(rows)
    assert any(e.startswith(message) for e in refused.value.report.errors), refused.value.report.errors
    assert Organisation.objects.count() == before


PEOPLE_COLUMNS = ["姓名", "所属组织", "部门", "职务", "电话", "邮箱"]


@pytest.mark.parametrize("column, value, message", [
    ("姓名", "名" * 51, "第2行：“姓名”最多 50 个字"),
    ("职务", "主任、" + "职" * 51, "第2行：“职务”最多 50 个字"),
    ("电话", "1" * 51, "第2行：“电话”最多 50 个字"),
    ("部门", "办\x00公室", "第2行：“部门”不能含有空字符"),
])
def test_people_import_refuses_bad_cells(org, column, value, message):
    row = dict(zip(PEOPLE_COLUMNS, ["王五", "遵义市科协", "办公室", "主任", "0851-1", ""]), **{column: value})
    with pytest.raises(TransferError) as refused:
        import_people(table(PEOPLE_COLUMNS, [[row[c] for c in PEOPLE_COLUMNS]]))
    assert refused.value.report.errors[0].startswith(message), refused.value.report.errors
    assert not Person.objects.filter(name="王五").exists()


@pytest.mark.parametrize("ext", ["xlsx", "csv"])
def test_exports_escape_formulas_and_import_takes_the_escape_off(org, ext):
    import_people(table(PEOPLE_COLUMNS, [["=1+1", "遵义市科协", "", "@SUM(A1)", "+86 851 1",
                                          "-x@example.org"]]))
    data = write_table(*export_people(org("遵义市科协")), f"p.{ext}")
    if ext == "csv":
        text = data.decode("utf-8-sig")
        assert "'=1+1" in text and "'@SUM(A1)" in text and "'+86 851 1" in text and "'-x@example.org" in text
    else:
        from io import BytesIO

        from openpyxl import load_workbook
        cells = [c.value for row in load_workbook(BytesIO(data)).active.iter_rows() for c in row]
        assert "'=1+1" in cells and not any(str(c).startswith("=") for c in cells if c)
    rows = read_table(data, f"p.{ext}")
    person = next(r for r in rows if r["所属组织"] == "遵义市科学技术协会" and "1+1" in r["姓名"])
    assert person["姓名"] == "=1+1" and person["电话"] == "+86 851 1"
    report = import_people(rows)
    assert report.created == [] and report.updated == [], report.lines()


def test_transfer_page_refuses_bad_cells_with_400(client_for, org):
    data = write_table(ORG_COLUMNS, [[*GOOD_ORG[:-1], "1e309"]], "o.csv")
    r = client_for("zunyi-admin").post(reverse("orgs:transfer"), {
        "kind": "orgs", "file": SimpleUploadedFile("o.csv", data)})
    assert r.status_code == 400 and "第2行：“排序”应为整数" in r.content.decode()
