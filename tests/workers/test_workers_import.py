"""Importing the register from xlsx: a dry run sorts the rows (add, duplicate, error) with row numbers, then confirm."""

from __future__ import annotations

import io

import pytest
from django.urls import reverse
from openpyxl import Workbook, load_workbook

from kexie.audit.models import Entry
from kexie.workers import importing
from kexie.workers.models import Scientist

pytestmark = pytest.mark.django_db

HEADER = ["序号", "姓名", "性别", "出生年份", "工作单位", "专业领域", "职称", "联系电话", "电子邮箱", "标签"]


def xlsx(rows, title="甲市科技工作者名录") -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.append([title])
    ws.append(HEADER)
    for row in rows:
        ws.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


ROWS = [
    [1, "新专家甲", "男", 1980, "甲市农科院", "果树", "研究员", "13800000001", "a@example.cn", "院士"],
    [2, "甲市专家", "男", 1970, "甲市专家单位", "农业", "研究员", "13911112222", "", ""],  # in the register
    [3, "新专家乙", "女", "一九八五", "甲市医院", "内科", "主任医师", "13800000002", "", ""],  # bad year
    [4, "新专家甲", "男", 1980, "甲市农科院", "果树", "研究员", "13800000001", "", ""],  # twice in the file
    [5, "<script>x</script>", "男", 1980, "甲市", "", "", "13800000003", "", ""],
    [6, "新专家丙", "女", 1990, "甲市林业局", "林业", "工程师", "13800000004", "", "三长、青年科技人才"],
    [7, "新专家丁", "男", 1990, "甲" * 201, "", "", "", "", ""],
]


def test_the_file_is_written_and_read_back_through_the_pages(world):
    data = xlsx(ROWS)
    assert load_workbook(io.BytesIO(data)).active["B3"].value == "新专家甲"  # a real file, read back
    c = world.client("city_staff")
    r = c.post(reverse("workers:import"), {"file": _upload(data)})
    assert r.status_code == 302 and r.url == reverse("workers:import-preview")
    before = Scientist.objects.count()
    body = c.get(reverse("workers:import-preview")).content.decode()
    assert Scientist.objects.count() == before  # a dry run writes nothing
    assert "共 7 行：将新增 2 人，重复 2 行，有错误 3 行" in body
    assert "第 4 行" in body and "与名录中已有的记录" in body and "与表格中前面的一行重复" in body
    assert "第 5 行" in body and "出生年份应为四位年份" in body
    assert "网页代码" in body and "最多 200 个字" in body and "第 9 行" in body
    r = c.post(reverse("workers:import-confirm"))
    assert r.status_code == 302
    added = Scientist.objects.filter(name__startswith="新专家").order_by("name")
    assert [s.name for s in added] == ["新专家丙", "新专家甲"]
    assert sorted(t.name for t in added[0].tags.all()) == ["三长", "青年科技人才"]
    assert all(s.organisation == world.orgs["city"] for s in added)
    assert Entry.objects.filter(action="workers.import").count() == 2
    from kexie.workers.models import ScientistCount
    assert ScientistCount.objects.get(organisation=world.orgs["city"]).n == 3  # kept exact in the same transaction
    # confirming twice imports nothing more: the session's file is gone
    c.post(reverse("workers:import-confirm"))
    assert Scientist.objects.filter(name__startswith="新专家").count() == 2


def _upload(data: bytes, name="名录.xlsx"):
    from django.core.files.uploadedfile import SimpleUploadedFile
    return SimpleUploadedFile(name, data, content_type="application/octet-stream")


@pytest.mark.parametrize("data, words", [
    (b"not a spreadsheet", "不是 Excel"),
    (b"PK\x03\x04broken", "已损坏"),
])
def test_files_that_are_not_workbooks_are_refused(world, data, words):
    r = world.client("city_staff").post(reverse("workers:import"), {"file": _upload(data)})
    assert r.status_code == 400 and words in r.content.decode()


def test_a_sheet_without_a_header_is_refused(world):
    wb = Workbook()
    for i in range(8):
        wb.active.append([f"说明{i}"])
    out = io.BytesIO()
    wb.save(out)
    r = world.client("city_staff").post(reverse("workers:import"), {"file": _upload(out.getvalue())})
    assert r.status_code == 400 and "没有找到表头" in r.content.decode()


def test_readers_may_not_import(world):
    for actor in ("city_supervisor", "city_leader"):
        c = world.client(actor)
        assert c.post(reverse("workers:import"), {"file": _upload(xlsx(ROWS))}).status_code == 403
        assert c.post(reverse("workers:import-confirm")).status_code == 403


def test_an_import_that_fails_half_way_writes_nothing(world, monkeypatch):
    rows = [[i, f"批量{i}", "男", 1980, "单位", "", "", f"1380000{i:04d}", "", ""] for i in range(2500)]
    data = xlsx(rows)
    calls = []
    real = importing._create

    def failing(rows, organisation, user):
        calls.append(len(rows))
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return real(rows, organisation, user)
    monkeypatch.setattr(importing, "_create", failing)
    with pytest.raises(RuntimeError):
        importing.import_file(data, world.orgs["city"], world.users["city_staff"])
    assert calls == [importing.BATCH, importing.BATCH]
    assert not Scientist.objects.filter(name__startswith="批量").exists()
    monkeypatch.setattr(importing, "_create", real)
    outcome = importing.import_file(data, world.orgs["city"], world.users["city_staff"])
    assert outcome.added == 2500 and Scientist.objects.filter(name__startswith="批量").count() == 2500
