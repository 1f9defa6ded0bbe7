"""推荐评选's stages and bad input: quota, deadline, skipped stages, reasons, files, text; nothing half-written."""

from __future__ import annotations

import datetime

import pytest
import campaign_world
from campaign_world import PDF, SECRET_PHONE
from django.test import Client
from django.urls import reverse

from kexie.audit.models import Entry
from kexie.documents import storage
from kexie.ledger.errors import LedgerError
from kexie.workers import campaigns as svc
from kexie.workers.models import Nomination, NominationMaterial, Outcome, Scientist, Stage

pytestmark = pytest.mark.django_db
cw, as_actor = campaign_world.cw, campaign_world.as_actor  # the shared world's fixtures


def _counts():
    return (Nomination.objects.count(), Scientist.objects.count(), NominationMaterial.objects.count(),
            Entry.objects.exclude(action="view").count())  # a page showing a whole record logs the view


def _post(client, url, data, message):
    """Post, follow the redirect, and find the one-sentence message on the page."""
    r = client.post(url, data, follow=True)
    assert r.status_code in (200, 400)
    assert message in r.content.decode(), r.content.decode()[:3000]
    return r


def test_the_stages_go_in_order_to_the_public_publicity_and_the_result(cw, as_actor):
    staff, n = cw.users["city_staff"], cw.nomination
    public = Client()
    url = reverse("workers:publicity", args=[cw.campaign.pk])
    assert public.get(url).status_code == 404  # nothing in 公示 yet
    for step in ("review", "qualify", "shortlist"):
        n = svc.move(n, staff, step)
    assert n.stage == Stage.PUBLICITY
    body = public.get(url).content.decode()
    assert "甲二专家" in body and "甲二县中学" in body and "甲二县科协" in body and "甲市青年科技奖" in body
    assert SECRET_PHONE not in body and "甲二县的推荐理由" not in body and "推荐表" not in body
    with pytest.raises(LedgerError, match="期满后才能确定入选"):
        svc.move(n, staff, "select")
    cw.campaign.publicity_start = cw.today - datetime.timedelta(days=10)
    cw.campaign.publicity_end = cw.today - datetime.timedelta(days=1)
    cw.campaign.save()
    n.campaign.refresh_from_db()
    n = svc.move(n, staff, "select")
    assert (n.stage, n.outcome) == (Stage.RESULT, Outcome.SELECTED)
    assert "甲二专家" in public.get(url).content.decode()
    actions = list(Entry.objects.filter(object_type="workers.nomination", object_id=n.pk)
                   .order_by("at", "id").values_list("action", flat=True))
    assert actions == ["nominate", "review", "qualify", "shortlist", "select"]


def test_a_refused_nomination_is_not_published(cw):
    staff = cw.users["city_staff"]
    n = svc.move(svc.move(cw.nomination, staff, "review"), staff, "qualify")
    n = svc.move(n, staff, "reject", "评审未通过的理由")
    assert (n.stage, n.outcome, n.stage_reason) == (Stage.RESULT, Outcome.NOT_SELECTED, "评审未通过的理由")
    assert Client().get(reverse("workers:publicity", args=[cw.campaign.pk])).status_code == 404


def test_publicity_before_its_period_begins_is_not_shown(cw):
    staff = cw.users["city_staff"]
    cw.campaign.publicity_start = cw.today + datetime.timedelta(days=1)
    cw.campaign.publicity_end = cw.today + datetime.timedelta(days=5)
    cw.campaign.save()
    n = cw.nomination
    for step in ("review", "qualify", "shortlist"):
        n = svc.move(n, staff, step)
    assert Client().get(reverse("workers:publicity", args=[cw.campaign.pk])).status_code == 404


def test_a_stage_cannot_be_skipped_and_a_refusal_needs_a_reason(cw, as_actor):
    c = as_actor("city_staff")
    url = lambda step: reverse("workers:nomination-step", args=[cw.nomination.pk, step])  # noqa: E731
    before = _counts()
    _post(c, url("select"), {}, "不能跳过")
    _post(c, url("shortlist"), {}, "不能跳过")
    assert _counts() == before
    c.post(url("review"))
    _post(c, url("disqualify"), {"reason": ""}, "请填写理由")
    _post(c, url("disqualify"), {"reason": "x" * 501}, "最多 500 个字")
    assert Nomination.objects.get(pk=cw.nomination.pk).stage == Stage.QUALIFICATION
    assert c.post(url("no-such-step")).status_code == 404


def test_over_quota_is_refused_with_one_sentence_and_nothing_written(cw, as_actor):
    c = as_actor("k2")  # 甲二县: quota 1, used 1
    before = _counts()
    _post(c, reverse("workers:nominate", args=[cw.campaign.pk]),
          {"name": "新专家", "work_unit": "甲二县医院", "reason": "理由"}, "本单位推荐名额为 1 名，已推荐 1 名，不能再推荐。")
    assert _counts() == before  # not even the new person in the register


def test_after_the_deadline_is_refused(cw, as_actor):
    cw.campaign.deadline = cw.today - datetime.timedelta(days=1)
    cw.campaign.save()
    before = _counts()
    _post(as_actor("k1"), reverse("workers:nominate", args=[cw.campaign.pk]),
          {"scientist": cw.p1.pk, "reason": "理由"}, "截止，不能再推荐。")
    assert _counts() == before


def test_a_person_is_nominated_once_and_only_from_the_units_own_register(cw, as_actor):
    c = as_actor("k1")
    url = reverse("workers:nominate", args=[cw.campaign.pk])
    before = _counts()
    _post(c, url, {"scientist": cw.p2.pk, "reason": "理由"}, "请从本单位的人才库中选择被推荐人。")  # 甲二县's person
    _post(c, url, {"reason": "理由"}, "请选择被推荐人")
    assert _counts() == before
    r = c.post(url, {"name": "甲一新人", "work_unit": "甲一县农技站", "gender": "女", "birth_year": "1990",
                     "reason": "理由"})
    assert r.status_code == 302
    added = Scientist.objects.get(name="甲一新人")
    assert added.organisation == cw.orgs["k1"]  # in the unit's own register, linked, not copied
    assert Nomination.objects.get(scientist=added).organisation == cw.orgs["k1"]
    _post(c, url, {"name": "甲一新人", "work_unit": "甲一县农技站", "reason": "理由"}, "已被推荐，不能重复推荐。")


@pytest.mark.parametrize("data, message", [
    ({"name": "x" * 51}, "姓名最多 50 个字"),
    ({"name": "张\x00三"}, "空字符"),
    ({"name": "张三", "birth_year": "99999999999"}, "出生年份应在"),
    ({"name": "张三", "gender": "未知"}, "性别应为男或女"),
    ({"name": "张三", "reason": "理\x00由"}, "空字符"),
    ({"name": "张三", "reason": "x" * 5001}, "最多 5000 个字"),
    ({"name": "张三", "reason": ""}, "请填写推荐理由"),
])
def test_bad_input_is_refused_with_one_sentence(cw, as_actor, data, message):
    before = _counts()
    _post(as_actor("k1"), reverse("workers:nominate", args=[cw.campaign.pk]), {"reason": "理由", **data}, message)
    assert _counts() == before


def test_materials_are_kept_as_originals_and_bad_files_refused(cw, as_actor, settings):
    c = as_actor("k1")
    url = reverse("workers:nominate", args=[cw.campaign.pk])
    before = _counts()
    big = PDF + b"0" * (50 * 1024 * 1024)
    from django.core.files.uploadedfile import SimpleUploadedFile
    _post(c, url, {"scientist": cw.p1.pk, "reason": "理由", "materials": [SimpleUploadedFile("大.pdf", big)]},
          "文件太大")
    _post(c, url, {"scientist": cw.p1.pk, "reason": "理由",
                   "materials": [SimpleUploadedFile("假.pdf", b"MZ\x90\x00 not a pdf")]}, "不是 PDF 文件")
    _post(c, url, {"scientist": cw.p1.pk, "reason": "理由",
                   "materials": [SimpleUploadedFile("run.exe", b"MZ")]}, "不能上传这种文件")
    assert _counts() == before
    data = PDF + "推荐表正文".encode()
    r = c.post(url, {"scientist": cw.p1.pk, "reason": "理由",
                     "materials": [SimpleUploadedFile("推荐表.pdf", data)]})
    assert r.status_code == 302
    m = NominationMaterial.objects.get(filename="推荐表.pdf")
    assert storage.read_blob(m.sha256) == data and m.size == len(data)
    r = c.get(reverse("workers:material", args=[m.pk]))
    assert b"".join(r.streaming_content) == data
    assert r["Content-Type"] == "application/octet-stream" and "attachment" in r["Content-Disposition"]


def test_script_in_text_is_stored_as_written_and_shown_escaped(cw, as_actor):
    script = "<script>alert(1)</script>推荐理由"
    n = svc.nominate(cw.campaign, cw.users["k1"], scientist=cw.p1.pk, reason=script)
    assert Nomination.objects.get(pk=n.pk).reason == script
    body = as_actor("city_staff").get(reverse("workers:nomination", args=[n.pk])).content.decode()
    assert "<script>alert(1)" not in body and "&lt;script&gt;alert(1)" in body


def test_quotas_cannot_go_below_what_was_nominated_nor_to_units_outside(cw):
    staff = cw.users["city_staff"]
    with pytest.raises(LedgerError, match="已推荐 1 名，名额不能少于 1"):
        svc.set_quotas(cw.campaign, staff, {cw.orgs["k2"].pk: 0})
    with pytest.raises(LedgerError, match="只能分配给主办单位的下级单位"):
        svc.set_quotas(cw.campaign, staff, {cw.orgs["cousin"].pk: 1})
    with pytest.raises(LedgerError, match="推荐名额应在"):
        svc.set_quotas(cw.campaign, staff, {cw.orgs["k1"].pk: 1000})
    assert dict(cw.campaign.quotas.values_list("organisation__short_name", "quota")) == {"甲一县科协": 2, "甲二县科协": 1}


def test_campaign_settings_are_checked(cw, as_actor):
    c = as_actor("city_staff")
    url = reverse("workers:campaign-edit", args=[cw.campaign.pk])
    base = {"title": "t", "award": "a", "year": "2022", "deadline": "2022-05-01"}
    _post(c, url, {**base, "publicity_start": "2022-06-10"}, "公示期应同时填写开始和结束日期。")
    _post(c, url, {**base, "publicity_start": "2022-06-10", "publicity_end": "2022-06-01"}, "公示结束日期不能早于开始日期")
    _post(c, url, {**base, "deadline": "2022-13-01"}, "日期格式应为")
    _post(c, url, {**base, "title": "x" * 201}, "评选名称最多 200 个字")
    _post(c, url, {**base, "notice": "999999"}, "评选通知应为本单位已上传的文件")
    cw.campaign.refresh_from_db()
    assert cw.campaign.title == "2022年甲市青年科技奖推荐评选"
    r = _post(as_actor("city_admin"), reverse("workers:campaign-new"), {**base, "title": "两院院士候选人推选"},
              "已发起推荐评选")
    assert "两院院士候选人推选" in r.content.decode()


def test_the_campaign_page_counts_stages_and_quotas(cw, as_actor):
    staff = cw.users["city_staff"]
    svc.nominate(cw.campaign, cw.users["k1"], scientist=cw.p1.pk, reason="理由")
    svc.move(cw.nomination, staff, "review")
    r = as_actor("city_leader").get(reverse("workers:campaign", args=[cw.campaign.pk]))
    counts = {row["stage"]: row["n"] for row in r.context["counts"]}
    assert counts == {"nominated": 1, "qualification": 1, "evaluation": 0, "publicity": 0, "selected": 0,
                      "not_selected": 0}
    used = {q.organisation.short_name: (q.quota, q.used, q.left) for q in r.context["quotas"]}
    assert used == {"甲一县科协": (2, 1, 1), "甲二县科协": (1, 1, 0)}
    r = as_actor("city_leader").get(reverse("workers:campaign", args=[cw.campaign.pk]) + "?stage=qualification")
    assert [n.scientist.name for n in r.context["page"]] == ["甲二专家"]
