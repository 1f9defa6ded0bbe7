"""The register from the outside: who sees which record, masked or whole; who may change it; views logged."""

from __future__ import annotations

import pytest
from django.urls import reverse

from kexie.audit.models import Entry
from kexie.workers.models import Scientist, ScientistView

pytestmark = pytest.mark.django_db


def _list(world, actor, **params):
    r = world.client(actor).get(reverse("workers:scientists"), params)
    assert r.status_code == 200
    return r.content.decode()


def test_the_list_is_the_subtree_and_masks_for_readers(world):
    body = _list(world, "city_staff")
    assert "甲市专家" in body and "甲一县专家" in body and "甲二县专家" in body and "丙省专家" not in body
    assert "13911112222" in body  # an editor of the keeper sees the phone whole
    for reader in ("city_supervisor", "city_leader"):
        body = _list(world, reader)
        assert "甲市专家" in body and "13911112222" not in body and "139****2222" in body
    body = _list(world, "k1")
    assert "甲一县专家" in body and "甲市专家" not in body and "甲二县专家" not in body
    assert "丙省专家" not in _list(world, "cousin") and "甲一县专家" not in _list(world, "cousin")
    body = _list(world, "outsider")
    assert "丙省专家" in body and "甲市专家" not in body


def test_search_and_filters_narrow_the_list_in_sql(world):
    from kexie.workers.models import ScientistTag
    tag = ScientistTag.objects.get(name="院士")
    assert "甲市专家" in _list(world, "city_staff", tag=tag.pk)
    assert "甲一县专家" not in _list(world, "city_staff", tag=tag.pk)
    body = _list(world, "city_staff", org=world.orgs["k2"].pk)
    assert "甲二县专家" in body and "甲一县专家" not in body
    assert "甲一县专家" not in _list(world, "city_staff", org=world.orgs["other"].pk)  # outside: nothing
    body = _list(world, "city_staff", q="甲一县专家单位")
    assert "甲一县专家" in body and "甲二县专家" not in body
    body = _list(world, "city_staff", age="35")
    assert "甲一县专家" in body and "甲二县专家" not in body
    assert "没有符合条件的记录" in _list(world, "city_staff", gender="女")
    assert _list(world, "city_staff", q="\x00<script>", title="x" * 500)  # bad input filters, never a 500


def test_list_query_count_does_not_grow_with_rows(world, django_assert_max_num_queries):
    for i in range(60):
        s = Scientist.objects.create(organisation=world.orgs["k1"], name=f"学者{i}", phone="13900000000")
        s.tags.add(*world.scientists["city"].tags.all())
    c = world.client("city_staff")
    c.get(reverse("workers:scientists"))
    with django_assert_max_num_queries(10):  # session, user, membership, count, tags, orgs, page, its tags, header
        r = c.get(reverse("workers:scientists"))
    assert r.status_code == 200 and "下一页" in r.content.decode()


def test_detail_scopes_masks_and_logs_whole_views(world):
    city, k2, other = world.scientists["city"], world.scientists["k2"], world.scientists["other"]
    url = reverse("workers:scientist", args=[k2.pk])
    assert world.client("k1").get(url).status_code == 404  # a sibling county
    assert world.client("cousin").get(url).status_code == 404
    assert world.client("outsider").get(url).status_code == 404  # another province
    assert world.client("city_staff").get(reverse("workers:scientist", args=[other.pk])).status_code == 404
    assert world.client("city_staff").get(reverse("workers:scientist", args=["99999999999999999999"])).status_code \
        == 404
    r = world.client("city_leader").get(reverse("workers:scientist", args=[city.pk]))
    assert r.status_code == 200 and "139****2222" in r.content.decode() and "13911112222" not in r.content.decode()
    assert not ScientistView.objects.exists()  # a masked view is no view of personal data
    r = world.client("city_staff").get(url)
    assert "13955556666" in r.content.decode()
    view = ScientistView.objects.get()
    assert (view.user, view.scientist) == (world.users["city_staff"], k2)
    # The administrator's page lists it; staff may not read it; a sibling's admin would not see it
    r = world.client("city_admin").get(reverse("workers:view-log"))
    assert r.status_code == 200 and "w-city_staff" in r.content.decode() and "甲二县专家" in r.content.decode()
    assert world.client("city_staff").get(reverse("workers:view-log")).status_code == 403
    assert "甲二县专家" not in world.client("outsider").get(reverse("workers:view-log")).content.decode()


def test_writes_by_role(world):
    data = {"name": "新专家", "gender": "女", "birth_year": "1985", "work_unit": "甲市农科院", "phone": "13812345678",
            "tags": "院士、三长"}
    for actor in ("city_supervisor", "city_leader"):
        assert world.client(actor).post(reverse("workers:scientist-new"), data).status_code == 403
    r = world.client("city_staff").post(reverse("workers:scientist-new"), data)
    assert r.status_code == 302
    s = Scientist.objects.get(name="新专家")
    assert s.organisation == world.orgs["city"] and sorted(t.name for t in s.tags.all()) == ["三长", "院士"]
    assert Entry.objects.filter(action="workers.create", object_id=s.pk).exists()
    edit = reverse("workers:scientist-edit", args=[s.pk])
    for actor, status in (("city_supervisor", 403), ("city_leader", 403), ("province", 403), ("k1", 404),
                          ("outsider", 404)):
        assert world.client(actor).post(edit, {**data, "name": "改名"}).status_code == status, actor
    assert Scientist.objects.get(pk=s.pk).name == "新专家"
    r = world.client("city_admin").post(edit, {**data, "work_unit": "甲市农业科学院"})
    assert r.status_code == 302
    entry = Entry.objects.get(action="workers.update", object_id=s.pk)
    assert entry.before["work_unit"] == "甲市农科院" and entry.after["work_unit"] == "甲市农业科学院"
    delete = reverse("workers:scientist-delete", args=[s.pk])
    assert world.client("city_leader").post(delete).status_code == 403
    assert world.client("k2").post(delete).status_code == 404
    assert world.client("city_staff").post(delete).status_code == 302
    assert not Scientist.objects.filter(pk=s.pk).exists()
    assert Entry.objects.filter(action="workers.delete", object_id=s.pk).exists()


@pytest.mark.parametrize("change, words", [
    ({"name": ""}, "请填写姓名"),
    ({"name": "<script>alert(1)</script>"}, "网页代码"),
    ({"name": "张\x00三"}, "空字符"),
    ({"name": "张" * 51}, "最多 50 个字"),
    ({"work_unit": "单" * 201}, "最多 200 个字"),
    ({"birth_year": "一九八五"}, "出生年份"),
    ({"birth_year": "99999999999"}, "出生年份"),
    ({"birth_year": "1850"}, "1900"),
    ({"gender": "未知"}, "性别"),
    ({"phone": "call me"}, "联系电话"),
    ({"email": "not-an-email"}, "电子邮箱"),
    ({"tags": "不存在的标签"}, "标签"),
])
def test_bad_input_is_one_sentence_and_writes_nothing(world, change, words):
    data = {"name": "新专家", "work_unit": "甲市农科院", "phone": "13812345678", **change}
    before = (Scientist.objects.count(), Entry.objects.count())
    r = world.client("city_staff").post(reverse("workers:scientist-new"), data)
    assert r.status_code == 400
    assert words in r.content.decode()
    assert (Scientist.objects.count(), Entry.objects.count()) == before


def test_a_duplicate_person_is_refused(world):
    s = world.scientists["city"]
    data = {"name": s.name, "work_unit": s.work_unit, "phone": s.phone}
    r = world.client("city_staff").post(reverse("workers:scientist-new"), data)
    assert r.status_code == 400 and "请勿重复建档" in r.content.decode()
    assert Scientist.objects.filter(name=s.name).count() == 1
    # the same person kept by a county is that county's own record
    assert world.client("k1").post(reverse("workers:scientist-new"), data).status_code == 302


def test_export_masks_for_readers_and_is_whole_for_editors(world):
    import io

    from openpyxl import load_workbook

    def cells(actor):
        r = world.client(actor).get(reverse("workers:scientists-xlsx"))
        assert r.status_code == 200
        ws = load_workbook(io.BytesIO(r.content), read_only=True).worksheets[0]
        return [list(row) for row in ws.iter_rows(values_only=True)]
    rows = cells("city_staff")
    header = rows[2]
    assert header[0] == "姓名" and "联系电话" in header
    phone = header.index("联系电话")
    by_name = {r[0]: r for r in rows[3:]}
    assert set(by_name) == {"甲市专家", "甲一县专家", "甲二县专家"}
    assert by_name["甲市专家"][phone] == "13911112222" and by_name["甲市专家"][header.index("标签")] == "院士"
    rows = cells("city_leader")
    by_name = {r[0]: r for r in rows[3:]}
    assert by_name["甲市专家"][phone] == "139****2222" and by_name["甲市专家"][header.index("出生年份")] == "197*"
    assert {r[0] for r in cells("k2")[3:]} == {"甲二县专家"}


def test_api_is_scoped_and_masked(world):
    url = reverse("workers-scientist-list")
    body = world.client("city_supervisor").get(url).json()
    names = {r["name"]: r for r in body["results"]}
    assert set(names) == {"甲市专家", "甲一县专家", "甲二县专家"}
    assert names["甲市专家"]["phone"] == "139****2222" and names["甲市专家"]["masked"]
    assert {r["name"] for r in world.client("k1").get(url).json()["results"]} == {"甲一县专家"}
    detail = reverse("workers-scientist-detail", args=[world.scientists["k2"].pk])
    assert world.client("k1").get(detail).status_code == 404
    assert world.client("outsider").get(detail).status_code == 404
    r = world.client("city_staff").get(detail).json()
    assert r["phone"] == "13955556666" and not r["masked"]
    assert ScientistView.objects.get().via == "api"


def test_a_huge_register_is_counted_up_to_the_cap(world, monkeypatch):
    from kexie.workers import register
    monkeypatch.setattr(register, "COUNT_CAP", 2)
    body = _list(world, "city_staff")
    assert "超过 2 人，请用筛选缩小范围" in body and "甲市专家" in body
    assert "共 1 人" in _list(world, "city_staff", q="甲一县")


def test_the_per_organisation_counts_follow_every_write(world):
    from kexie.workers import services
    from kexie.workers.models import ScientistCount

    def n(org):
        return ScientistCount.objects.get(organisation=world.orgs[org]).n
    assert n("city") == 1
    s = services.create_scientist(world.users["city_staff"], {"name": "计数专家"})
    assert n("city") == 2
    services.delete_scientist(world.users["city_staff"], s)
    assert n("city") == 1


def test_a_search_matches_a_name_or_a_unit_from_its_start(world):
    assert "甲一县专家" in _list(world, "city_staff", q="甲一")  # the name's start
    assert "甲一县专家" in _list(world, "city_staff", q="甲一县专家单位")  # the unit's start
    assert "没有符合条件的记录" in _list(world, "city_staff", q="一县专家")  # inside a name: not a match
