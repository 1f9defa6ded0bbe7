"""The 典型库 (entered, collected from typical reports, filtered, exported), its use by the 工作简报, the exports read
back, the roll-up hook, query counts on the lists and the demo."""

from __future__ import annotations

import io

import openpyxl
import pytest
import campaign_world
from campaign_world import PDF, SECRET_PHONE
from django.urls import reverse

from kexie.ledger.errors import LedgerError
from kexie.workers import campaigns as svc
from kexie.workers.models import Nomination, TypicalCase, TypicalCaseAttachment

pytestmark = pytest.mark.django_db
cw, as_actor = campaign_world.cw, campaign_world.as_actor  # the shared world's fixtures


def _sheet(response):
    content = response.content if not getattr(response, "streaming", False) else b"".join(response.streaming_content)
    return [list(row) for row in openpyxl.load_workbook(io.BytesIO(content)).active.iter_rows(values_only=True)]


def test_entering_a_case_checks_its_unit_people_and_text(cw):
    k1 = cw.users["k1"]
    base = {"title": "标题", "text": "内容", "day": cw.today.isoformat()}
    with pytest.raises(LedgerError, match="所属单位应为本单位或下级单位"):
        svc.enter_case(k1, {**base, "organisation": cw.orgs["k2"].pk})
    with pytest.raises(LedgerError, match="人物应为所属单位人才库中的人员"):
        svc.enter_case(k1, {**base, "people": [cw.p2.pk]})
    with pytest.raises(LedgerError, match="标题最多 200 个字"):
        svc.enter_case(k1, {**base, "title": "x" * 201})
    with pytest.raises(LedgerError, match="空字符"):
        svc.enter_case(k1, {**base, "text": "a\x00b"})
    with pytest.raises(LedgerError, match="类别应为"):
        svc.enter_case(k1, {**base, "kind": "x"})
    with pytest.raises(LedgerError, match="文件太大"):
        svc.enter_case(k1, base, [("大.pdf", PDF + b"0" * (50 * 1024 * 1024))])
    assert TypicalCase.objects.count() == 1 and TypicalCaseAttachment.objects.count() == 1
    with pytest.raises(Exception) as refused:
        svc.enter_case(cw.users["k1_leader"], base)
    assert "管理员和经办" in str(refused.value)
    case = svc.enter_case(cw.users["city_staff"], {**base, "organisation": cw.orgs["k1"].pk, "people": [cw.p1.pk]})
    assert case.organisation == cw.orgs["k1"] and case.owner == cw.orgs["city"]


def test_the_case_list_filters_by_subtree_kind_and_year_and_exports(cw, as_actor):
    staff = cw.users["city_staff"]
    svc.enter_case(staff, {"organisation": cw.orgs["k1"].pk, "kind": "event", "title": "甲一县的典型事",
                           "text": "内容", "day": "2021-05-01"})
    c = as_actor("city_leader")
    page = lambda q: [x.title for x in c.get(reverse("workers:cases") + q).context["page"]]  # noqa: E731
    assert page("") == ["甲二县的典型人物", "甲一县的典型事"]
    assert page(f"?org={cw.orgs['k1'].pk}") == ["甲一县的典型事"]
    assert page("?kind=person") == ["甲二县的典型人物"]
    assert page("?year=2021") == ["甲一县的典型事"]
    assert page("?q=甲一县") == ["甲一县的典型事"]
    assert c.get(reverse("workers:cases") + f"?org={cw.orgs['cousin'].pk}").status_code == 404
    assert c.get(reverse("workers:cases") + "?org=abc").status_code == 404
    rows = _sheet(c.get(reverse("workers:cases-xlsx") + f"?org={cw.orgs['k1'].pk}"))
    assert rows[0][0] == "典型库" and rows[2][:4] == ["序号", "类别", "标题", "所属单位"]
    assert rows[3][:4] == [1, "典型事", "甲一县的典型事", "甲一县科协"] and len(rows) == 4
    rows = _sheet(as_actor("k1").get(reverse("workers:cases-xlsx")))
    assert [r[2] for r in rows[3:]] == ["甲一县的典型事"]  # 甲二县's case is not 甲一县's to export


def test_the_case_lists_words_go_through_the_search_index(cw, as_actor):
    """Words as 检索 finds them (each word anywhere in the title or text, not one LIKE string), in the viewer's scope,
    with the other filters, paged and exported; an edit is found at once; no word to search is said so."""
    staff = cw.users["city_staff"]
    event = svc.enter_case(staff, {"organisation": cw.orgs["k1"].pk, "kind": "event", "title": "甲一县科技下乡",
                                   "text": "专家走进茶园，指导春茶采摘。", "day": "2021-05-01"})
    c = as_actor("city_leader")
    page = lambda q: [x.title for x in c.get(reverse("workers:cases") + q).context["page"]]  # noqa: E731
    assert page("?q=茶园 春茶") == ["甲一县科技下乡"]  # two words, neither next to the other
    assert page("?q=科技下乡") == page("?q=采摘") == page("?q=茶") == ["甲一县科技下乡"]
    assert page("?q=典型") == ["甲二县的典型人物"]
    assert page("?q=茶园&kind=person") == page("?q=茶园&year=2022") == []
    assert page(f"?q=茶园&kind=event&year=2021&org={cw.orgs['k1'].pk}") == ["甲一县科技下乡"]
    assert page(f"?q=茶园&org={cw.orgs['k2'].pk}") == []
    for actor in ("k2", "cousin", "outsider"):  # a sibling, a county of another city, another province
        assert [x.title for x in as_actor(actor).get(reverse("workers:cases") + "?q=茶园").context["page"]] == []
    assert [x.title for x in as_actor("k1").get(reverse("workers:cases") + "?q=茶园").context["page"]] == [
        "甲一县科技下乡"]
    event.text = "专家走进果园。"
    event.save()
    assert page("?q=茶园") == [] and page("?q=果园") == ["甲一县科技下乡"]
    r = c.get(reverse("workers:cases"), {"q": "？！……"})
    assert r.status_code == 200 and 'id="case-no-terms"' in r.content.decode() and not r.context["page"].object_list
    for bad in ("\x00", '"*', "' OR 1=1 --", "x" * 500):
        assert c.get(reverse("workers:cases"), {"q": bad}).status_code == 200
    rows = _sheet(c.get(reverse("workers:cases-xlsx"), {"q": "果园"}))
    assert [r[2] for r in rows[3:]] == ["甲一县科技下乡"]


def test_a_word_search_of_the_case_list_pages_newest_first(cw, as_actor):
    staff = cw.users["city_staff"]
    for i in range(53):
        svc.enter_case(staff, {"organisation": cw.orgs["k1"].pk, "title": f"茶园典型{i}", "text": "内容",
                               "day": f"2022-01-{i % 28 + 1:02d}"})
    c = as_actor("city_staff")
    first = c.get(reverse("workers:cases"), {"q": "茶园"}).context["page"]
    second = c.get(reverse("workers:cases"), {"q": "茶园", "page": 2}).context["page"]
    assert first.paginator.count == 53 and len(first) == 50 and len(second) == 3
    days = [(x.day, x.pk) for x in [*first, *second]]
    assert days == sorted(days, reverse=True) and len(set(days)) == 53
    body = c.get(reverse("workers:cases"), {"q": "茶园&典型"}).content.decode()
    assert "q=%E8%8C%B6%E5%9B%AD%26%E5%85%B8%E5%9E%8B&amp;page=2" in body  # the pager keeps the words, encoded


def test_the_campaign_export_lists_the_viewers_scope_without_phones(cw, as_actor):
    svc.nominate(cw.campaign, cw.users["k1"], scientist=cw.p1.pk, reason="理由")
    rows = _sheet(as_actor("city_staff").get(reverse("workers:campaign-xlsx", args=[cw.campaign.pk])))
    assert rows[2][:6] == ["序号", "姓名", "工作单位", "职称", "推荐单位", "阶段"]
    assert sorted(r[1] for r in rows[3:]) == ["甲一专家", "甲二专家"]
    assert SECRET_PHONE not in str(rows)
    rows = _sheet(as_actor("k1").get(reverse("workers:campaign-xlsx", args=[cw.campaign.pk])))
    assert [r[1] for r in rows[3:]] == ["甲一专家"]


@pytest.fixture
def typical_report(zunyi_plan, user):
    from kexie.ledger import services
    from kexie.ledger.models import Assignment
    a = Assignment.objects.filter(plan=zunyi_plan, organisation__short_name="正安县科协").select_related(
        "plan", "task").first()
    return services.submit_report(a, user("zhengan-staff"), text="正安县的典型做法", percent=50,
                                  is_typical_case=True, files=[("典型材料.pdf", PDF)])


def test_typical_reports_are_collected_once_with_their_files_linked(typical_report, client_for, user):
    assert [r.pk for r in svc.typical_reports(user("zunyi-staff"))] == [typical_report.pk]
    assert list(svc.typical_reports(user("cast-admin"))) == [typical_report]  # the national body sees it too
    r = client_for("zunyi-staff").post(reverse("workers:case-collect"), {"report": [typical_report.pk]}, follow=True)
    assert "已收录 1 条典型" in r.content.decode()
    case = TypicalCase.objects.get(report=typical_report)
    assert case.text == "正安县的典型做法" and case.organisation.short_name == "正安县科协"
    assert case.owner.short_name == "遵义市科协"
    att = case.attachments.get()
    assert att.sha256 == typical_report.attachments.get().sha256  # the same stored bytes, not a copy
    r = client_for("zhengan-staff").get(reverse("workers:case-attachment", args=[att.pk]))
    body = b"".join(r.streaming_content)
    assert body == PDF
    assert not svc.typical_reports(user("zunyi-staff")).exists()
    r = client_for("zunyi-staff").post(reverse("workers:case-collect"), {"report": [typical_report.pk]}, follow=True)
    assert "已收录" in r.content.decode() and TypicalCase.objects.count() == 1
    assert client_for("zunyi-leader").post(reverse("workers:case-collect"),
                                           {"report": [typical_report.pk]}).status_code == 403


def test_the_briefing_draws_on_the_case_library_without_office_importing_workers(typical_report, client_for, user):
    import kexie.office.briefings as briefings_module
    from kexie.office import briefing_sources
    from kexie.office.briefings import create_briefing
    from kexie.oversight.period import Period
    source = open(briefings_module.__file__, encoding="utf-8").read() + open(briefing_sources.__file__,
                                                                             encoding="utf-8").read()
    assert "kexie.workers" not in source and "from kexie import workers" not in source
    staff = user("zunyi-staff")
    svc.collect_reports(staff, [typical_report.pk])
    case = TypicalCase.objects.get()
    from django.utils import timezone
    today = timezone.localdate()
    period = Period(today.replace(day=1), today)
    key = f"workers.case:{case.pk}"
    org = staff.membership.organisation
    assert [i["source"] for i in briefing_sources.proposals(org, period)] == [key]
    page = client_for("zunyi-staff").get(reverse("office:briefing-new") + f"?start={period.start}&end={today}")
    assert key in page.content.decode()
    b = create_briefing(staff, period, [], {key: "编辑后的典型内容"}, "", [key])
    assert b.items == [{"source": key, "unit": "正安县科协", "heading": case.title, "text": "编辑后的典型内容",
                        "typical": True}]
    # A case outside the compiler's subtree, or outside the period, is refused; nothing written.
    other = user("zhengan-staff")
    with pytest.raises(LedgerError, match="所选典型不在本单位范围"):
        create_briefing(user("shaanxi-staff"), period, [], {}, "", [key])
    with pytest.raises(LedgerError, match="所选典型不在本单位范围"):
        create_briefing(other, Period(today.replace(year=today.year - 1), today.replace(year=today.year - 1)),
                        [], {}, "", [key])


def test_measures_give_rows_and_their_organisation_path(cw):
    m = {key: (label, rows, lookup) for key, label, rows, lookup in svc.measures()}
    assert set(m) == {"nominations", "typical_cases"}
    for key, (label, rows, lookup) in m.items():
        prefix = cw.orgs["k2"].path
        assert rows().filter(**{f"{lookup}__startswith": prefix}).count() == 1
        assert rows().filter(**{f"{lookup}__startswith": cw.orgs["k1"].path}).count() == 0
        assert str(label)


def test_lists_take_a_fixed_number_of_queries(cw, as_actor, django_assert_max_num_queries):
    staff = cw.users["city_staff"]
    c, public = as_actor("city_staff"), as_actor("outsider")
    urls = [reverse("workers:campaigns"), reverse("workers:campaign", args=[cw.campaign.pk]), reverse("workers:cases"),
            reverse("workers:cases") + "?q=典型&kind=person", reverse("nomination-list"), reverse("typicalcase-list"), reverse("campaign-list"),
            reverse("workers:publicity", args=[cw.campaign.pk])]
    svc.move(svc.move(svc.move(cw.nomination, staff, "review"), staff, "qualify"), staff, "shortlist")

    def counts():
        out = []
        for url in urls:
            from django.db import connection
            from django.test.utils import CaptureQueriesContext
            with CaptureQueriesContext(connection) as ctx:
                assert (c if "publicity" not in url else public).get(url).status_code == 200
            out.append(len(ctx.captured_queries))
        return out
    first = counts()
    svc.set_quotas(cw.campaign, staff, {cw.orgs["k1"].pk: 20})
    for i in range(8):
        p = cw.p1.__class__.objects.create(organisation=cw.orgs["k1"], name=f"专家{i}", work_unit="单位")
        n = svc.nominate(cw.campaign, cw.users["k1"], scientist=p.pk, reason="理由")
        svc.move(svc.move(svc.move(n, staff, "review"), staff, "qualify"), staff, "shortlist")
        svc.enter_case(staff, {"organisation": cw.orgs["k1"].pk, "title": f"典型{i}", "text": "内容",
                               "day": cw.today.isoformat(), "people": [p.pk]})
    assert counts() == first
    assert max(first) <= 14, first
    with django_assert_max_num_queries(14):
        c.get(reverse("workers:campaign", args=[cw.campaign.pk]))
    assert Nomination.objects.count() == 9


def test_the_demo_is_idempotent(demo, data_dir):
    from kexie.workers.demo_campaigns import build_demo_campaigns
    first = build_demo_campaigns()
    assert "7 nominations" in first
    counts = (Nomination.objects.count(), TypicalCase.objects.count())
    assert build_demo_campaigns() == "already built"
    assert (Nomination.objects.count(), TypicalCase.objects.count()) == counts
    from django.test import Client
    from kexie.workers.models import Campaign, Stage
    c = Campaign.objects.get()
    assert Nomination.objects.filter(stage=Stage.PUBLICITY).count() == 2
    page = Client().get(reverse("workers:publicity", args=[c.pk])).content.decode()
    assert "王晓东" in page and "陈思远" in page and "李婧" not in page


def test_the_case_form_enters_a_case_with_people_and_an_attachment(cw, as_actor):
    from django.core.files.uploadedfile import SimpleUploadedFile
    c = as_actor("k1")
    assert "甲一专家" in c.get(reverse("workers:cases")).content.decode()  # offered from the unit's register
    r = c.post(reverse("workers:case-new"), {"kind": "person", "title": "甲一县的典型人", "text": "事迹",
                                             "day": "2022-05-01", "people": [cw.p1.pk],
                                             "attachments": [SimpleUploadedFile("照片.png", b"\x89PNG\r\n\x1a\nabc")]})
    case = TypicalCase.objects.get(title="甲一县的典型人")
    assert r.status_code == 302 and list(case.people.all()) == [cw.p1]
    body = b"".join(c.get(reverse("workers:case-attachment", args=[case.attachments.get().pk])).streaming_content)
    assert body == b"\x89PNG\r\n\x1a\nabc"
    r = c.post(reverse("workers:case-new"), {"title": "", "text": "事迹", "day": "2022-05-01"}, follow=True)
    assert "请填写标题" in r.content.decode() and TypicalCase.objects.count() == 2
