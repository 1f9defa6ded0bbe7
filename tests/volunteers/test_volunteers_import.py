"""The xlsx import: real files written with openpyxl and read back; the dry run's three kinds of row with their
row numbers and sentences; the confirm writes only the new rows; damaged files are refused with a sentence."""

from __future__ import annotations

import io

import pytest
from django.urls import reverse
from openpyxl import Workbook, load_workbook

from kexie.audit.models import Entry
from kexie.volunteers.models import Volunteer

pytestmark = pytest.mark.django_db

HEADER = ["序号", "姓名", "手机号码", "所在地区", "工作单位", "专业特长", "服务类别", "标签", "可服务时间"]


def sheet_bytes(rows, header=HEADER, title_row=True) -> bytes:
    book = Workbook()
    ws = book.active
    if title_row:
        ws.append(["正安县科技志愿者名单"])
    ws.append(header)
    for row in rows:
        ws.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


ROWS = [
    [1, "刘一", 13811110001, "正安县", "正安县医院", "内科", "技术服务、科普", "三长", "周末"],
    [2, "陈二", "138-1111-0002", "正安县", "正安县中学", "化学", "科普服务", "", ""],
    [3, "张三", "13811110001", "", "", "", "", "", ""],  # the same phone as row 3 of the sheet (刘一)
    [4, "赵四", "13900000001", "", "", "", "", "", ""],  # already registered (遵义志愿者)
    [5, "", "13811110005", "", "", "", "", "", ""],  # no name
    [6, "孙六", "电话", "", "", "", "", "", ""],  # no phone
    [7, "周七", "13811110007", "", "", "", "魔法服务", "", ""],  # unknown kind
    [8, "吴八", "13811110008", "", "单" * 201, "", "", "", ""],  # too long
    [9, "郑九", "13811110009", "", "", "", "民生", "乡土人才", "晚上"],
]


def upload(client, data, name="名单.xlsx"):
    from django.core.files.uploadedfile import SimpleUploadedFile
    return client.post(reverse("volunteers:import"), {"file": SimpleUploadedFile(name, data)})


def test_dry_run_then_import_of_a_real_sheet(vworld, client_for):
    c = client_for("zhengan-staff")
    n = Volunteer.objects.count()
    r = upload(c, sheet_bytes(ROWS))
    assert r.status_code == 302
    page = c.get(reverse("volunteers:import-preview")).content.decode()
    assert Volunteer.objects.count() == n  # the dry run writes nothing
    assert '<dd id="n-new">3</dd>' in page and '<dd id="n-duplicates">2</dd>' in page and \
        '<dd id="n-errors">4</dd>' in page
    # row numbers as Excel shows them (the title is row 1, the header row 2)
    assert "第 5 行 张三：与第 3 行的联系电话 13811110001 重复。" in page
    assert "第 6 行 赵四：联系电话 13900000001 已登记为科技志愿者" in page
    assert "第 7 行：请填写姓名。" in page
    assert "第 8 行：联系电话“电话”不像电话号码" in page
    assert "第 9 行：服务类别“魔法服务”不认识" in page
    assert "第 10 行：工作单位最多 200 个字" in page
    r = c.post(reverse("volunteers:import-confirm"))
    assert r.status_code == 302
    made = {v.name: v for v in Volunteer.objects.filter(organisation__short_name="正安县科协", created_by__isnull=False)}
    assert set(made) == {"刘一", "陈二", "郑九"}
    assert (made["刘一"].phone, made["刘一"].service_kinds, made["刘一"].is_sanzhang) == \
        ("13811110001", "popular technical", True)
    assert made["陈二"].phone == "13811110002"
    assert (made["郑九"].service_kinds, made["郑九"].is_local_talent) == ("livelihood", True)
    assert Entry.objects.filter(action="import", object_type="volunteers.volunteer").count() == 3
    # confirming twice imports nothing twice (the upload is spent)
    assert c.post(reverse("volunteers:import-confirm")).status_code == 302
    assert Volunteer.objects.count() == n + 3


def test_importing_the_same_sheet_again_finds_only_duplicates(vworld, client_for):
    c = client_for("zhengan-staff")
    upload(c, sheet_bytes(ROWS[:2]))
    c.post(reverse("volunteers:import-confirm"))
    upload(c, sheet_bytes(ROWS[:2]))
    page = c.get(reverse("volunteers:import-preview")).content.decode()
    assert '<dd id="n-new">0</dd>' in page and '<dd id="n-duplicates">2</dd>' in page
    assert 'id="confirm-import"' not in page


def test_the_template_reads_back_and_imports(vworld, client_for):
    c = client_for("zhengan-staff")
    r = c.get(reverse("volunteers:import"), {"template": "1"})
    book = load_workbook(io.BytesIO(r.content))
    assert [cell.value for cell in book.active[1]][:2] == ["姓名", "联系电话"]
    upload(c, r.content)
    assert '<dd id="n-new">1</dd>' in c.get(reverse("volunteers:import-preview")).content.decode()


@pytest.mark.parametrize("data, sentence", [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "旧版 Excel"),
    (b"just text, not a spreadsheet", "不是 Excel 表格"),
    (b"PK\x03\x04broken zip", "不是 Excel 表格"),
])
def test_files_that_are_not_sheets_are_refused(vworld, client_for, data, sentence):
    r = upload(client_for("zhengan-staff"), data)
    assert r.status_code == 400 and sentence in r.content.decode()


def test_a_sheet_without_the_columns_is_refused(vworld, client_for):
    c = client_for("zhengan-staff")
    upload(c, sheet_bytes([["a", "b"]], header=["甲", "乙"]))
    r = c.get(reverse("volunteers:import-preview"), follow=True)
    assert "没有“姓名”和“联系电话”两列" in r.content.decode()


def test_too_many_rows_are_refused(vworld, client_for, settings):
    settings.KEXIE_VOLUNTEER_IMPORT_MAX_ROWS = 3
    c = client_for("zhengan-staff")
    upload(c, sheet_bytes(ROWS))
    r = c.get(reverse("volunteers:import-preview"), follow=True)
    assert "表格超过 3 行" in r.content.decode()
    assert c.post(reverse("volunteers:import-confirm")).status_code == 302
    assert not Volunteer.objects.filter(name="刘一").exists()


def test_readers_and_outsiders_cannot_import(vworld, client_for):
    for username in ("zunyi-supervisor", "zunyi-leader"):
        c = client_for(username)
        assert upload(c, sheet_bytes(ROWS)).status_code == 403
        assert c.post(reverse("volunteers:import-confirm")).status_code == 403


def test_the_import_streams_in_batches(vworld, user, org, tmp_path, monkeypatch):
    """Rows go in by batches (never all at once), and the preview keeps only its sample of rows."""
    from kexie.volunteers import importing
    monkeypatch.setattr(importing, "BATCH", 7)
    monkeypatch.setattr(importing, "SAMPLE", 5)
    path = tmp_path / "v.xlsx"
    path.write_bytes(sheet_bytes([[i, f"人{i}", f"1370000{i:04d}", "", "", "", "", "", ""] for i in range(40)]))
    preview = importing.read_preview(path)
    assert (preview.new, len(preview.new_rows)) == (40, 5)
    result = importing.import_volunteers(user("zhengan-staff"), org("正安县科协"), path)
    assert result.new == 40 and Volunteer.objects.filter(phone__startswith="1370000").count() == 40
