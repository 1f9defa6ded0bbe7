"""Activities and service hours: what is refused and why (one sentence, nothing written), confirmed hours adding up
to each volunteer's total, files kept as originals, and every object seen only from inside its subtree."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.urls import reverse

from kexie.audit.models import Entry
from kexie.ledger.errors import LedgerError, NotAllowed
from kexie.volunteers import activities as svc
from kexie.volunteers.models import Activity, ActivityFile, RecordState, ServiceRecord, Volunteer

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def _state():
    return (Activity.objects.count(), ServiceRecord.objects.count(), ActivityFile.objects.count(), Entry.objects.count(),
            list(Volunteer.objects.order_by("pk").values_list("total_hours", flat=True)))


def test_an_activity_ending_before_it_starts_is_refused_with_nothing_written(vworld):
    before = _state()
    with pytest.raises(LedgerError, match="结束日期（2026-09-15）早于开始日期（2026-09-16）"):
        svc.save_activity(vworld.users["k1_staff"], title="科普日", kind="popular", start_date="2026-09-16",
                          end_date="2026-09-15")
    assert _state() == before


@pytest.mark.parametrize("field,value,message", [
    ("title", "科普\x00日", "空字符"),
    ("title", "长" * 201, "最多 200 个字"),
    ("place", "地" * 201, "最多 200 个字"),
    ("audience", "-5", "服务对象人次应在 0 到"),
    ("audience", "abc", "服务对象人次应为整数"),
    ("kind", "party", "请选择服务类别"),
    ("start_date", "2026-13-01", "日期格式"),
    ("title", "", "请填写活动名称"),
])
def test_bad_input_to_an_activity_is_one_sentence(vworld, field, value, message):
    data = dict(title="科普日", kind="popular", start_date="2026-09-16", end_date="2026-09-16", audience=10)
    data[field] = value
    before = _state()
    with pytest.raises(LedgerError, match=message):
        svc.save_activity(vworld.users["k1_staff"], **data)
    assert _state() == before


def test_the_page_shows_the_sentence_and_keeps_what_was_typed(vworld):
    c = vworld.client("k1_staff")
    r = c.post(reverse("volunteers:activity-new"), {"title": "科普日活动", "kind": "popular", "start_date": "2026-09-16",
                                                    "end_date": "2026-09-01"})
    assert r.status_code == 400
    page = r.content.decode()
    assert "早于开始日期" in page and "科普日活动" in page
    assert not Activity.objects.exists()


@pytest.mark.parametrize("hours,message", [
    ("-2", "应大于 0 小时"), ("0", "应大于 0 小时"), ("30", "一天最多 24 小时：该活动共 1 天"),
    ("abc", "应为数字"), ("2.25", "一位小数"), ("NaN", "应为数字"), ("", "应为数字"),
])
def test_bad_hours_are_refused(vworld, activity_of, hours, message):
    a = activity_of()
    before = _state()
    with pytest.raises(LedgerError, match=message):
        svc.record_hours(a, vworld.users["k1_staff"], volunteer=vworld.volunteers["k1"], hours=hours)
    assert _state() == before


def test_a_two_day_activity_allows_48_hours_and_not_more(vworld, activity_of):
    a = activity_of(start="2026-09-16", end="2026-09-17")
    with pytest.raises(LedgerError, match="不能超过 48 小时"):
        svc.record_hours(a, vworld.users["k1_staff"], volunteer=vworld.volunteers["k1"], hours="48.5")
    assert svc.record_hours(a, vworld.users["k1_staff"], volunteer=vworld.volunteers["k1"], hours="48").hours == 48


@pytest.mark.parametrize("who", ["o", "k2", "c2"])
def test_hours_for_a_volunteer_outside_the_organiser_are_refused(vworld, activity_of, who):
    from kexie.volunteers.models import Volunteer as V
    if who == "c2":
        vworld.volunteers["c2"] = V.objects.create(organisation=vworld.orgs["c2"], name="乙市志愿者", phone="1")
    a = activity_of()
    before = _state()
    with pytest.raises(LedgerError, match="只能为本组织"):
        svc.record_hours(a, vworld.users["k1_staff"], volunteer=vworld.volunteers[who].pk, hours="3")
    assert _state() == before


def test_volunteers_above_and_team_members_may_serve(vworld, activity_of):
    a = activity_of()
    svc.record_hours(a, vworld.users["k1_staff"], volunteer=vworld.volunteers["c"], hours="2")  # the city's
    svc.record_hours(a, vworld.users["k1_staff"], volunteer=vworld.volunteers["p"], hours="2")  # the province's
    with pytest.raises(LedgerError):
        svc.record_hours(a, vworld.users["k1_staff"], volunteer=vworld.volunteers["k2"], hours="2")
    a2 = activity_of("c", title="市级活动", teams=[vworld.teams["k2"].pk])  # the city names 甲二县's team
    svc.record_hours(a2, vworld.users["c_staff"], volunteer=vworld.volunteers["k2"], hours="2")


def test_confirmed_hours_add_up_to_the_total_and_a_withdrawal_takes_them_back(vworld, activity_of):
    staff, v = vworld.users["k1_staff"], vworld.volunteers["k1"]
    a, b = activity_of(title="一"), activity_of(title="二", start="2026-09-17")
    svc.record_hours(a, staff, volunteer=v, hours="3.5")
    svc.record_hours(a, staff, volunteer=v, hours="4")  # replaces the pending entry
    svc.record_hours(b, staff, volunteer=v, hours="2")
    v.refresh_from_db()
    assert v.total_hours == 0  # nothing confirmed yet
    assert svc.confirm_hours(a, staff) == 1 and svc.confirm_hours(b, staff) == 1
    v.refresh_from_db()
    a.refresh_from_db()
    assert v.total_hours == Decimal("6") and a.confirmed_hours == Decimal("4")
    with pytest.raises(LedgerError, match="已确认"):
        svc.record_hours(a, staff, volunteer=v, hours="5")
    assert svc.confirm_hours(a, staff) == 0  # confirming twice adds nothing
    rec = ServiceRecord.objects.get(activity=b)
    svc.withdraw_record(b, staff, rec.pk)
    v.refresh_from_db()
    assert v.total_hours == Decimal("4")
    assert set(Entry.objects.filter(action__startswith="volunteer_hours").values_list("action", flat=True)) == {
        "volunteer_hours", "volunteer_hours_confirm", "volunteer_hours_withdraw"}


def test_recount_repairs_a_drifted_total(vworld, activity_of):
    from django.core.management import call_command
    staff, v = vworld.users["k1_staff"], vworld.volunteers["k1"]
    a = activity_of()
    svc.record_hours(a, staff, volunteer=v, hours="3")
    svc.confirm_hours(a, staff)
    Volunteer.objects.filter(pk=v.pk).update(total_hours=99)
    Activity.objects.filter(pk=a.pk).update(confirmed_hours=0)
    call_command("recount_volunteer_hours")
    v.refresh_from_db()
    a.refresh_from_db()
    assert v.total_hours == 3 and a.confirmed_hours == 3
    assert svc.recount_hours() == 0


@pytest.mark.parametrize("user", ["c_leader", "c_supervisor", "c_staff", "k2_staff", "o_admin", "p_admin"])
def test_only_the_organisers_editors_record_and_confirm(vworld, activity_of, user):
    a = activity_of()
    svc.record_hours(a, vworld.users["k1_staff"], volunteer=vworld.volunteers["k1"], hours="3")
    before = _state()
    with pytest.raises(NotAllowed):
        svc.confirm_hours(a, vworld.users[user])
    with pytest.raises(NotAllowed):
        svc.record_hours(a, vworld.users[user], volunteer=vworld.volunteers["k1"], hours="2")
    with pytest.raises(NotAllowed):
        svc.save_activity(vworld.users[user], activity=a, title="改", kind="popular", start_date="2026-09-16",
                          end_date="2026-09-16")
    assert _state() == before


@pytest.mark.parametrize("user,status", [("k1_staff", 200), ("c_staff", 200), ("c_leader", 200), ("p_admin", 200),
                                         ("k2_staff", 404), ("o_admin", 404)])
def test_an_activity_is_seen_from_inside_its_subtree_only(vworld, activity_of, user, status):
    a = activity_of(title="甲一县的秘密活动")
    svc.record_hours(a, vworld.users["k1_staff"], volunteer=vworld.volunteers["k1"], hours="3")
    rec = ServiceRecord.objects.get()
    f = svc.add_files(a, vworld.users["k1_staff"], [("现场.png", PNG)])[0]
    c = vworld.client(user)
    for name in ("activity", "activity-edit"):
        r = c.get(reverse(f"volunteers:{name}", args=[a.pk]))
        assert r.status_code == (status if name == "activity" or status == 404 or user == "k1_staff" else 403)
    assert c.get(reverse("volunteers:file", args=[f.pk])).status_code == status
    assert c.get(reverse("volunteers:service-hours", args=[vworld.volunteers["k1"].pk])).status_code == status
    listed = c.get(reverse("volunteers:activities")).content.decode()
    assert ("甲一县的秘密活动" in listed) == (status == 200)
    before = _state()
    r = c.post(reverse("volunteers:activity-hours", args=[a.pk]), {"op": "confirm"})
    assert r.status_code == (302 if user == "k1_staff" else status if status == 404 else 403)
    r = c.post(reverse("volunteers:activity-hours", args=[a.pk]), {"op": "withdraw", "record": rec.pk})
    if user != "k1_staff":
        assert r.status_code in (403, 404)
        assert _state() == before


def test_photos_are_kept_as_originals_and_a_50_mb_photo_is_refused(vworld, activity_of, settings):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from kexie.documents import storage
    a = activity_of()
    c = vworld.client("k1_staff")
    url = reverse("volunteers:activity-files", args=[a.pk])
    big = SimpleUploadedFile("大合影.jpg", b"\xff\xd8\xff" + b"\x00" * (50 * 1024 * 1024), content_type="image/jpeg")
    r = c.post(url, {"files": [big]}, follow=True)
    assert "大合影.jpg：文件太大（上限 20 MB）" in r.content.decode()
    assert not ActivityFile.objects.exists()
    fake = SimpleUploadedFile("照片.png", b"MZ\x90\x00 not a png", content_type="image/png")
    r = c.post(url, {"files": [SimpleUploadedFile("好.png", PNG), fake]}, follow=True)
    assert "文件内容不是" in r.content.decode() and not ActivityFile.objects.exists()  # all or none
    r = c.post(url, {"files": [SimpleUploadedFile("../../现场.png", PNG)]}, follow=True)
    f = ActivityFile.objects.get()
    assert f.filename == "现场.png" and storage.read_blob(f.sha256) == PNG
    assert b"".join(c.get(reverse("volunteers:file", args=[f.pk])).streaming_content) == PNG
    assert ("volunteers.ActivityFile", "sha256") in storage.blob_fields()


def test_the_hours_page_says_what_was_wrong(vworld, activity_of):
    a = activity_of()
    c = vworld.client("k1_staff")
    url = reverse("volunteers:activity-hours", args=[a.pk])
    r = c.post(url, {"volunteer": vworld.volunteers["k1"].pk, "hours": "30"}, follow=True)
    assert "一天最多 24 小时" in r.content.decode() and not ServiceRecord.objects.exists()
    r = c.post(url, {"volunteer": vworld.volunteers["o"].pk, "hours": "3"}, follow=True)
    assert "只能为本组织" in r.content.decode() and not ServiceRecord.objects.exists()
    r = c.post(url, {"volunteer": "99999999999999999999", "hours": "3"}, follow=True)
    assert r.status_code == 200 and not ServiceRecord.objects.exists()
    c.post(url, {"volunteer": vworld.volunteers["k1"].pk, "hours": "3"})
    assert ServiceRecord.objects.get().state == RecordState.PENDING
    c.post(url, {"op": "confirm"})
    assert Volunteer.objects.get(pk=vworld.volunteers["k1"].pk).total_hours == 3


def test_the_activity_pages_cost_a_fixed_number_of_queries(vworld, activity_of, django_assert_max_num_queries):
    for i in range(12):
        a = activity_of(title=f"活动{i}", start=f"2026-09-{i + 1:02d}", teams=[vworld.teams["k1"].pk])
        svc.record_hours(a, vworld.users["k1_staff"], volunteer=vworld.volunteers["k1"], hours="2")
        svc.add_files(a, vworld.users["k1_staff"], [(f"{i}.png", PNG)])
    c = vworld.client("c_staff")
    for url, limit in [(reverse("volunteers:activities"), 9), (reverse("volunteers:activity", args=[a.pk]), 12),
                       (reverse("volunteers:calendar") + "?month=2026-09", 9),
                       (reverse("volunteers:service-hours", args=[vworld.volunteers["k1"].pk]), 10)]:
        with django_assert_max_num_queries(limit):
            assert c.get(url).status_code == 200, url
