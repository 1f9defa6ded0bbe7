"""Working days administration: the /workdays/ page, its xlsx import (previewed, all or nothing), the command, the
audit log, who may change the calendar, and the warning administrators see for a year nobody knows yet."""

from __future__ import annotations

import datetime
import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client
from django.urls import reverse

from kexie.audit.models import Entry
from kexie.workdays import calendar
from kexie.workdays.models import DayOverride, DeclaredYear
from world import build_world

D = datetime.date
URL = "/workdays/"
IMPORT = "/workdays/import/"


@pytest.fixture
def world(db, data_dir):
    from django.contrib.auth.hashers import make_password
    from kexie.orgs.models import Level, Organisation
    from kexie.orgs.services import upsert_user

    w = build_world()
    pw = make_password(None)
    top, city = w.orgs["甲省科协"], w.orgs["甲市科协"]
    other_top = Organisation.objects.create(name="丙省科协", short_name="丙省科协", level=Level.PROVINCE)
    for name, org, role in [("top-admin", top, "admin"), ("other-top-admin", other_top, "admin"),
                            ("city-admin", city, "admin"), ("top-leader", top, "leader"),
                            ("top-supervisor", top, "supervisor")]:
        w.users[name] = upsert_user(name, org, role, password_hash=pw)[0]
    return w


def client(w, name):
    c = Client(raise_request_exception=False)
    c.force_login(w.users[name])
    return c


def xlsx(rows) -> bytes:
    from openpyxl import Workbook
    book = Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def upload(data: bytes, name="2099.xlsx"):
    f = io.BytesIO(data)
    f.name = name
    return f


def entries(action=None):
    qs = Entry.objects.filter(object_type__startswith="workdays.")
    return qs.filter(action=action) if action else qs


def test_a_top_administrator_adds_corrects_removes_and_declares(world):
    c = client(world, "top-admin")
    page = c.get(URL + "?year=2099").content.decode()
    assert 'id="set-day"' in page and "系统还不知道 2099 年" in page
    r = c.post(URL, {"op": "set", "date": "2099-01-02", "kind": "holiday", "name": "元旦"})
    assert r.status_code == 302 and r.url.endswith("?year=2099")
    day = DayOverride.objects.get(date=D(2099, 1, 2))
    assert not day.is_workday and day.name == "元旦" and day.updated_by == world.users["top-admin"]
    assert not calendar.is_workday(D(2099, 1, 2))
    created = entries("create").get()
    assert created.after == {"date": "2099-01-02", "is_workday": False, "name": "元旦"}
    assert created.user == world.users["top-admin"] and created.scope_path == world.orgs["甲省科协"].path
    # Saving the same date again corrects it, and the log keeps the before.
    c.post(URL, {"op": "set", "date": "2099年1月2日", "kind": "workday", "name": "元旦调休上班"})
    assert DayOverride.objects.get(date=D(2099, 1, 2)).is_workday
    updated = entries("update").get()
    assert updated.before["is_workday"] is False and updated.after["is_workday"] is True
    assert "元旦调休上班" in c.get(URL + "?year=2099").content.decode()
    c.post(URL, {"op": "delete", "date": "2099-01-02"})
    assert not DayOverride.objects.exists() and entries("delete").get().before["name"] == "元旦调休上班"
    # Declaring the year: it is no longer unknown.
    assert calendar.unknown_years([2099]) == [2099]
    c.post(URL, {"op": "declare", "year": "2099"})
    assert calendar.unknown_years([2099]) == [] and entries("declare").count() == 1
    assert "确认录入完毕" in c.get(URL + "?year=2099").content.decode()
    c.post(URL, {"op": "undeclare", "year": "2099"})
    assert calendar.unknown_years([2099]) == [2099] and entries("undeclare").count() == 1
    # Another top organisation's administrator may change the calendar too: it is the whole network's.
    assert client(world, "other-top-admin").post(URL, {"op": "set", "date": "2099-05-03", "kind": "休"}).status_code == 302


@pytest.mark.parametrize("data, message", [
    ({"op": "set", "date": "2099-02-30", "kind": "holiday"}, "不存在"),
    ({"op": "set", "date": "明天", "kind": "holiday"}, "无法识别"),
    ({"op": "set", "date": "1850-01-01", "kind": "holiday"}, "年份应在"),
    ({"op": "set", "date": "2099-01-02", "kind": "maybe"}, "类型“maybe”无法识别"),
    ({"op": "set", "date": "2099-01-02", "kind": "休", "name": "节" * 51}, "最多 50 个字"),
    ({"op": "set", "date": "2099-01-02", "kind": "休", "name": "a\x00b"}, "空字符"),
    ({"op": "declare", "year": "99999"}, "年份无效"),
    ({"op": "nonsense"}, "未知的操作"),
])
def test_bad_input_is_one_sentence_and_changes_nothing(world, data, message):
    r = client(world, "top-admin").post(URL, data)
    assert r.status_code == 400 and message in r.content.decode()
    assert not DayOverride.objects.exists() and not DeclaredYear.objects.exists() and not entries().exists()


@pytest.mark.parametrize("name", ["city-admin", "province", "top-leader", "top-supervisor", "county1"])
def test_others_read_but_cannot_change(world, name):
    c = client(world, name)
    page = c.get(URL)
    assert page.status_code == 200 and 'id="set-day"' not in page.content.decode()
    for url, data in [(URL, {"op": "set", "date": "2099-01-02", "kind": "holiday"}), (URL, {"op": "declare", "year": "2099"}),
                      (URL, {"op": "delete", "date": "2099-01-02"}),
                      (IMPORT, {"op": "preview", "file": upload(xlsx([["日期", "类型"], ["2099-01-02", "休"]]))}),
                      (IMPORT, {"op": "apply", "days": json.dumps([{"date": "2099-01-02", "is_workday": False}])})]:
        assert c.post(url, data).status_code == 403
    assert not DayOverride.objects.exists() and not DeclaredYear.objects.exists() and not entries().exists()


def test_the_header_links_the_page_for_administrators_only(world):
    assert 'id="workdays-link"' in client(world, "city-admin").get("/").content.decode()
    assert 'id="workdays-link"' not in client(world, "city").get("/").content.decode()


def test_import_previews_then_writes_all(world):
    c = client(world, "top-admin")
    DayOverride.objects.create(date=D(2099, 1, 1), is_workday=False, name="元旦")
    DayOverride.objects.create(date=D(2099, 2, 1), is_workday=False, name="旧说明")
    data = xlsx([["2099年节假日安排"], [], ["序号", "日期", "类型", "说明"],
                 [1, datetime.datetime(2099, 1, 1), "休", "元旦"],       # unchanged
                 [2, "2099-02-01", "放假", "春节"],                       # corrected
                 [3, "2099年2月7日", "班", "春节调休上班"],                # new, a Saturday made a workday
                 [None, None, None, None],
                 [4, "2099/10/1", "节假日", "国庆节"]])
    r = c.post(IMPORT, {"op": "preview", "file": upload(data), "year": "2099"})
    page = r.content.decode()
    assert r.status_code == 200 and 'id="import-preview"' in page
    assert "4 天，其中 3 天有变化" in page and "新增" in page and "不变" in page
    assert DayOverride.objects.count() == 2 and not entries().exists()  # nothing written yet
    days = r.context["preview_json"]
    r = c.post(IMPORT, {"op": "apply", "days": days, "filename": "2099.xlsx"})
    assert r.status_code == 302 and r.url.endswith("?year=2099")
    assert dict(DayOverride.objects.values_list("date", "name")) == {
        D(2099, 1, 1): "元旦", D(2099, 2, 1): "春节", D(2099, 2, 7): "春节调休上班", D(2099, 10, 1): "国庆节"}
    assert calendar.is_workday(D(2099, 2, 7)) and not calendar.is_workday(D(2099, 10, 1))
    assert entries("create").count() == 2 and entries("update").count() == 1
    assert all("2099.xlsx" in e.reason for e in entries())


def test_a_file_with_bad_rows_imports_nothing_and_names_each_row(world):
    data = xlsx([["日期", "类型", "说明"], ["2099-01-01", "休", "元旦"], ["2099-13-01", "休", ""],
                 ["2099-01-03", "请假", ""], ["2099-01-01", "班", "重复"], ["", "休", ""]])
    r = client(world, "top-admin").post(IMPORT, {"op": "preview", "file": upload(data)})
    page = r.content.decode()
    assert r.status_code == 400
    for line in ("第 3 行：", "第 4 行：类型“请假”无法识别", "第 5 行：日期 2099-01-01 与第 2 行重复", "第 6 行：日期“”无法识别"):
        assert line in page
    assert "id=\"import-preview\"" not in page and not DayOverride.objects.exists()


@pytest.mark.parametrize("data, name, message", [
    (b"just text", "days.xlsx", "不是 xlsx 文件"),
    (b"PK\x03\x04 broken zip", "days.xlsx", "已损坏或不是 xlsx 文件"),
    (None, "days.xlsx", "没有找到含“日期”和“类型”两列的表头"),
    (b"", "days.xlsx", "不是 xlsx 文件"),
])
def test_a_malformed_file_gets_one_sentence(world, data, name, message):
    data = xlsx([["甲", "乙"], ["2099-01-01", "休"]]) if data is None else data
    r = client(world, "top-admin").post(IMPORT, {"op": "preview", "file": upload(data, name)})
    assert r.status_code == 400 and message in r.content.decode()
    assert not DayOverride.objects.exists()


@pytest.mark.parametrize("days", ["not json", "[]", json.dumps([{"date": "2099-01-01"}]),
                                  json.dumps([{"date": "2099-01-01", "is_workday": "yes"}]),
                                  json.dumps([{"date": "2099-01-01", "is_workday": False}] * 2),
                                  json.dumps([{"date": "2099-01-01", "is_workday": False},
                                              {"date": "9999-99-99", "is_workday": True}])])
def test_a_tampered_confirmation_writes_nothing(world, days):
    r = client(world, "top-admin").post(IMPORT, {"op": "apply", "days": days})
    assert r.status_code == 400 and not DayOverride.objects.exists() and not entries().exists()


def test_the_command_imports_with_a_dry_run(world, tmp_path):
    path = tmp_path / "2099.xlsx"
    path.write_bytes(xlsx([["日期", "类型", "说明"], ["2099-01-01", "休", "元旦"], ["2099-01-04", "工作日", ""]]))
    out = io.StringIO()
    call_command("workdays-import", str(path), "--dry-run", stdout=out)
    assert "2 of 2 days would change" in out.getvalue() and not DayOverride.objects.exists()
    call_command("workdays-import", str(path), stdout=io.StringIO())
    assert DayOverride.objects.count() == 2 and entries("create").count() == 2
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(xlsx([["日期", "类型"], ["2099-01-05", "休"], ["2099-02-31", "休"]]))
    with pytest.raises(CommandError):
        call_command("workdays-import", str(bad), stdout=io.StringIO(), stderr=io.StringIO())
    assert DayOverride.objects.count() == 2
    with pytest.raises(CommandError, match="不是 xlsx"):
        call_command("workdays-import", __file__)


def test_administrators_are_warned_of_unknown_years(world, monkeypatch):
    from kexie.workdays import context_processors
    monkeypatch.setattr(context_processors.timezone, "localdate", lambda: D(2098, 6, 1))
    admin = client(world, "city-admin")
    page = admin.get("/").content.decode()
    assert 'id="workdays-warning"' in page and "2098、2099" in page and "/workdays/?year=2098" in page
    assert 'id="workdays-warning"' not in client(world, "city").get("/").content.decode()  # staff: no warning
    DeclaredYear.objects.create(year=2098)
    DeclaredYear.objects.create(year=2099)
    assert 'id="workdays-warning"' not in admin.get("/").content.decode()
    # A due date in an unknown year on the page warns too.
    a = world.assignments["甲一县科协"]
    world.plan.assignments.update(due_date=D(2101, 3, 1))
    page = admin.get(reverse("ledger:assignment", args=[a.pk])).content.decode()
    assert 'id="workdays-warning"' in page and "2101" in page
    page = admin.get(reverse("ledger:plan", args=[world.plan.pk])).content.decode()
    assert 'id="workdays-warning"' in page and "2101" in page


def test_the_page_costs_few_queries(world, django_assert_max_num_queries):
    DayOverride.objects.bulk_create([DayOverride(date=D(2099, 1, 1) + datetime.timedelta(days=i), is_workday=False)
                                     for i in range(60)])
    c = client(world, "top-admin")
    with django_assert_max_num_queries(8):
        assert c.get(URL + "?year=2099").status_code == 200
