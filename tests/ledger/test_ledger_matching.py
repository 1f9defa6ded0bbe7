"""Recipient rules as a table, group names as responsibility, sections that are not tasks (issue 11: 8, 9, 18, 22).

Small worlds of their own (a national body with three provinces; a city with three counties), so nothing here
depends on how many units the demo has; the seeds are built on the demo tree only to see which items are tasks.
"""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from kexie.ledger import publish, services
from kexie.ledger.matching import (RECIPIENT_RULES, Directory, expand_recipient, join_enumerations, rule_for)
from kexie.ledger.models import AssignmentRole, MatchState, NameMatch
from kexie.ledger.sections import info_section, measure_text
from kexie.orgs.models import Department, Kind, Level, Organisation
from kexie.orgs.services import upsert_user

from ledger_helpers import ingest_seed, resolve_all

pytestmark = pytest.mark.django_db

# (phrase as documents write it, the rule it must take; None: one named body)
RULE_CASES = [
    ("机关各部（室）", "本机关各部门"), ("机关各部门", "本机关各部门"), ("市科协机关各部（室）", "本机关各部门"),
    ("省科协机关各部室", "本机关各部门"),
    ("各全国学会", "本级学会（协会、研究会）"), ("各市直学会", "本级学会（协会、研究会）"),
    ("各市直学会（协会）", "本级学会（协会、研究会）"), ("各省级学会（协会、研究会）", "本级学会（协会、研究会）"),
    ("市属学会（团体会员）", "本级学会（协会、研究会）"), ("协会", "本级学会（协会、研究会）"),
    ("各省、自治区、直辖市科协", "下属省级科协"), ("各省级科协", "下属省级科协"),
    ("各县（市、区）科协", "下属县级科协"), ("各区（县、市）科协", "下属县级科协"), ("相关县（市、区）科协", "下属县级科协"),
    ("各市（州）科协", "下属市级科协"), ("各地级以上市科协", "下属市级科协"), ("各设区市", "下属市级科协"),
    ("各市、州、直管市、神农架林区科协", "下属市级科协"),
    ("各高校科协", "下属高校科协"), ("高校科协", "下属高校科协"),
    ("各企业科协", "下属企业科协"), ("企事业单位科协", "下属企业科协"),
    ("各直属单位", "直属单位"), ("直属各单位", "直属单位"), ("直属事业单位", "直属单位"),
    ("各有关单位", "主送各单位"), ("相关单位", "主送各单位"),
    ("新疆生产建设兵团科协", None), ("遵义市科技馆", None), ("中国生物物理学会", None), ("市科协", None),
    ("县科协", None), ("新蒲新区科技局", None), ("办公室", None), ("各县（市、区）人民政府", None),
]


@pytest.mark.parametrize("phrase,label", RULE_CASES)
def test_each_phrase_takes_its_rule(phrase, label):
    rule = rule_for(phrase)
    assert (rule.label if rule else None) == label


def test_every_rule_of_the_table_has_a_case():
    assert {r.label for r in RECIPIENT_RULES} <= {label for _, label in RULE_CASES}


def test_enumerations_cut_by_the_reader_are_joined_back():
    assert join_enumerations(["各省", "自治区", "直辖市科协", "新疆生产建设兵团科协", "各全国学会", "协会"]) == [
        "各省、自治区、直辖市科协", "新疆生产建设兵团科协", "各全国学会", "协会"]
    assert join_enumerations(["各市", "州", "直管市", "神农架林区科协"]) == ["各市、州、直管市、神农架林区科协"]
    assert join_enumerations(["各设区市", "杨凌示范区科协"]) == ["各设区市", "杨凌示范区科协"]


def _org(name, parent=None, level=Level.NATIONAL, kind=Kind.ASSOCIATION, short=""):
    return Organisation.objects.create(name=name, short_name=short, parent=parent, level=level, kind=kind)


@pytest.fixture
def nation():
    """A national body, three provinces (one a 直辖市), cities and a county under them, and national bodies."""
    cast = _org("中国科学技术协会", short="中国科协")
    Department.objects.create(organisation=cast, name="办公厅")
    provinces = {n: _org(f"{n}科学技术协会", cast, Level.PROVINCE, short=f"{n}科协") for n in ("贵州省", "北京市", "广东省")}
    bingtuan = _org("新疆生产建设兵团科学技术协会", cast, Level.PROVINCE, short="新疆生产建设兵团科协")
    zunyi = _org("遵义市科学技术协会", provinces["贵州省"], Level.CITY, short="遵义市科协")
    guangzhou = _org("广州市科学技术协会", provinces["广东省"], Level.CITY, short="广州市科协")
    _org("海淀区科学技术协会", provinces["北京市"], Level.COUNTY, short="海淀区科协")
    _org("正安县科学技术协会", zunyi, Level.COUNTY, short="正安县科协")
    society = _org("中国物理学会", cast, Level.NATIONAL, Kind.SOCIETY)
    museum = _org("中国科学技术馆", cast, Level.NATIONAL, Kind.MUSEUM, short="中国科技馆")
    university = _org("清华大学科学技术协会", provinces["北京市"], Level.PROVINCE, Kind.UNIVERSITY)
    enterprise = _org("国家电网公司科学技术协会", cast, Level.NATIONAL, Kind.ENTERPRISE)
    return {"cast": cast, **provinces, "bingtuan": bingtuan, "zunyi": zunyi, "guangzhou": guangzhou,
            "society": society, "museum": museum, "university": university, "enterprise": enterprise}


def _names(expansion):
    return {o.display_name for o in expansion.organisations} | {d.name for d in expansion.departments}


def test_at_national_level_provinces_are_provinces_not_cities(nation):
    d = Directory(nation["cast"])
    provinces = expand_recipient(d, "各省、自治区、直辖市科协")
    assert provinces.rule == "下属省级科协"
    assert _names(provinces) == {"贵州省科协", "北京市科协", "广东省科协", "新疆生产建设兵团科协"}
    assert _names(expand_recipient(d, "新疆生产建设兵团科协")) == {"新疆生产建设兵团科协"}
    assert _names(expand_recipient(d, "各全国学会")) == {"中国物理学会"}
    assert _names(expand_recipient(d, "各高校科协")) == {"清华大学科学技术协会"}
    assert _names(expand_recipient(d, "各企业科协")) == {"国家电网公司科学技术协会"}
    assert _names(expand_recipient(d, "各直属单位")) == {"中国科技馆"}
    assert _names(expand_recipient(d, "机关各部门")) == {"办公厅"}
    assert _names(expand_recipient(d, "各市（州）科协")) == {"遵义市科协", "广州市科协"}
    assert _names(expand_recipient(d, "各县（市、区）科协")) == {"海淀区科协", "正安县科协"}
    assert _names(expand_recipient(Directory(nation["广东省"]), "各地级以上市科协")) == {"广州市科协"}


NATIONAL_NOTICE = """中国科协办公厅关于开展科普调查的通知
科协办发〔2023〕5号

各省、自治区、直辖市科协，新疆生产建设兵团科协，各全国学会：
为做好科普调查工作，现通知如下。
一、工作目标
到2023年底完成调查。
二、重点任务
（一）开展调查。牵头单位：各省级科协；配合单位：各全国学会。完成时限：2023年6月底前。

中国科协办公厅
2023年3月1日
"""


def test_a_national_notice_goes_to_the_provinces(nation, data_dir):
    from kexie.documents.services import ingest
    staff, _ = upsert_user("cast-staff", nation["cast"], "staff")
    document, _ = ingest(NATIONAL_NOTICE.encode(), "notice.txt", nation["cast"])
    plan, _ = services.build_plan(document, staff)
    recipients = {r.name: (r.rule, {o.display_name for o in r.organisations.all()}) for r in plan.recipients.all()}
    provinces = {"贵州省科协", "北京市科协", "广东省科协", "新疆生产建设兵团科协"}
    assert recipients["各省、自治区、直辖市科协"] == ("下属省级科协", provinces)
    services.publish(plan, staff)
    units = {(a.organisation.display_name, a.role) for a in plan.assignments.all()}
    assert units == {*((p, AssignmentRole.LEAD) for p in provinces), ("中国物理学会", AssignmentRole.PARTNER)}


# --- a city plan with group names as responsibility --------------------------------------------------------------

CITY_PLAN = """遵义市科学技术协会关于印发《2023年科普工作方案》的通知
遵市科协字〔2023〕3号

各县（市、区）科协，各市直学会，各高校科协：
现将《2023年科普工作方案》印发给你们，请认真贯彻落实。

2023年科普工作方案

一、指导思想
以习近平新时代中国特色社会主义思想为指导，深入实施全民科学素质行动。
二、工作目标
到2023年底，全市公民具备科学素质比例达到12%。
三、主要任务
（一）开展全国科普日活动。组织开展形式多样的科普活动。牵头单位：各县（市、区）科协；配合单位：各市直学会。完成时限：2023年9月底前。
（二）建设科普示范社区。推动社区科普设施建设。（牵头单位：遵义市科技馆；完成时限：2023年10月31日）
（三）开展科普讲座。组织专家进校园。配合单位：各县（市、区）科协。
四、工作要求
（一）加强组织领导。各单位要高度重视，明确责任。
（二）及时报送信息。各单位及时报送活动开展情况。

遵义市科学技术协会
2023年3月1日
"""


@pytest.fixture
def city(data_dir):
    zunyi = _org("遵义市科学技术协会", None, Level.CITY, short="遵义市科协")
    Department.objects.create(organisation=zunyi, name="办公室")
    counties = [_org(f"{n}科学技术协会", zunyi, Level.COUNTY, short=f"{n}科协") for n in ("红花岗区", "正安县", "湄潭县")]
    _org("遵义市科学技术馆", zunyi, Level.CITY, Kind.MUSEUM, short="遵义市科技馆")
    society = _org("遵义市医学会", zunyi, Level.CITY, Kind.SOCIETY)
    _org("遵义医科大学科学技术协会", zunyi, Level.CITY, Kind.UNIVERSITY)
    other_city = _org("六盘水市科学技术协会", None, Level.CITY, short="六盘水市科协")
    staff, _ = upsert_user("city-staff", zunyi, "staff")
    return {"zunyi": zunyi, "counties": counties, "society": society, "staff": staff, "other": other_city}


@pytest.fixture
def city_draft(city):
    from kexie.documents.services import ingest
    document, _ = ingest(CITY_PLAN.encode(), "kepu-2023.txt", city["zunyi"])
    plan, _ = services.build_plan(document, city["staff"])
    return plan


def _tasks(plan):
    return {t.outline_id: t for t in plan.tasks.all()}


def test_a_lead_group_phrase_is_assigned_to_each_member(city, city_draft):
    lead = NameMatch.objects.get(task__plan=city_draft, task__outline_id="3.1", role="lead_units")
    assert lead.rule == "下属县级科协" and lead.state == MatchState.CONFIRMED
    assert set(lead.organisations.all()) == set(city["counties"])
    assert services.pending_items(city_draft) == {"matches": 0, "recipients": 0}
    services.publish(city_draft, city["staff"])
    rows = {(a.organisation.display_name, a.role) for a in city_draft.assignments.filter(task__outline_id="3.1")}
    assert rows == {("红花岗区科协", AssignmentRole.LEAD), ("正安县科协", AssignmentRole.LEAD),
                    ("湄潭县科协", AssignmentRole.LEAD), ("遵义市医学会", AssignmentRole.PARTNER)}


def test_a_partner_group_phrase_gives_partner_assignments(city, city_draft):
    rows = [(o, r) for t, o, d, r, due in publish._planned(city_draft) if t == _tasks(city_draft)["3.3"].pk]
    assert sorted(rows) == sorted((c.pk, AssignmentRole.PARTNER) for c in city["counties"])


def test_a_group_phrase_is_never_created_as_an_organisation(city, city_draft):
    lead = NameMatch.objects.get(task__plan=city_draft, task__outline_id="3.1", role="lead_units")
    n = Organisation.objects.count()
    with pytest.raises(services.LedgerError, match="统称"):
        services.resolve_match(lead, city["staff"], action="create")
    assert Organisation.objects.count() == n and not Organisation.objects.filter(name="各县（市、区）科协").exists()
    api = APIClient()
    api.force_authenticate(city["staff"])
    r = api.post(f"/api/matches/{lead.pk}/resolve/", {"action": "create"}, format="json")
    assert r.status_code == 400 and "统称" in r.json()["detail"]
    # A plain name that is a group phrase (a match from before the rules) is refused all the same.
    plain = NameMatch.objects.create(task=lead.task, role="lead_units", name="各市（州）科协", order=9)
    with pytest.raises(services.LedgerError, match="统称"):
        services.resolve_match(plain, city["staff"], action="create")
    assert not Organisation.objects.filter(name="各市（州）科协").exists()


def test_group_members_are_editable_within_the_subtree_only(city, city_draft):
    lead = NameMatch.objects.get(task__plan=city_draft, task__outline_id="3.1", role="lead_units")
    zhengan = city["counties"][1]
    services.resolve_match(lead, city["staff"], action="confirm", organisation_ids=[str(zhengan.pk), city["other"].pk])
    assert list(lead.organisations.all()) == [zhengan]  # 六盘水 is outside the issuer: dropped
    for bad in (["abc"], [None], [{"id": 1}], "12", [True], ["1" * 20]):
        with pytest.raises(services.LedgerError):
            services.resolve_match(lead, city["staff"], action="confirm", organisation_ids=bad)
    api = APIClient()
    api.force_authenticate(city["staff"])
    r = api.post(f"/api/matches/{lead.pk}/resolve/", {"action": "confirm", "organisations": "x"}, format="json")
    assert r.status_code == 400
    with pytest.raises(services.LedgerError, match="至少选择"):
        services.resolve_match(lead, city["staff"], action="confirm", organisation_ids=[])
    services.resolve_match(lead, city["staff"], action="ignore")
    lead.refresh_from_db()
    assert lead.state == MatchState.IGNORED


def test_review_page_shows_the_group_and_offers_info_rows_as_tasks(city, city_draft, client):
    client.force_login(city["staff"])
    page = client.get(reverse("ledger:review", args=[city_draft.pk])).content.decode()
    assert "各县（市、区）科协 →" in page and "下属县级科协 3 个" in page and "修改所含单位" in page
    assert "说明行（指导思想" in page and 'class="info"' in page
    lead = NameMatch.objects.get(task__plan=city_draft, task__outline_id="3.1", role="lead_units")
    r = client.post(reverse("ledger:review", args=[city_draft.pk]), {
        "op": "match", "match": lead.pk, "action": "confirm", "members": "1",
        "organisations": [city["counties"][0].pk]})
    assert r.status_code == 302 and list(lead.organisations.all()) == [city["counties"][0]]


def test_information_rows_measure_text_and_due_dates(city, city_draft):
    tasks = _tasks(city_draft)
    assert {i for i, t in tasks.items() if t.is_info} == {"1", "2", "4", "4.1", "4.2"}
    assert {i for i, t in tasks.items() if not t.is_group} == {"3.1", "3.2", "3.3"}
    assert tasks["3"].is_group and not tasks["3"].is_info  # a heading over tasks stays a group row
    assert tasks["3.1"].text == "组织开展形式多样的科普活动。"
    assert tasks["3.2"].text == "推动社区科普设施建设。"
    assert tasks["3.1"].due_date == datetime.date(2023, 9, 30) == tasks["3.1"].deadline
    assert tasks["3.2"].due_date == datetime.date(2023, 10, 31) and tasks["3.3"].due_date is None
    # The parse keeps the original text.
    item = next(i for i in city_draft.document.parse["outline"] if i["id"] == "3.1")
    assert "完成时限：" in item["text"]
    # A person makes an information row a task: it is then assigned like any task without names.
    assert not any(t == tasks["2"].pk for t, *_ in publish._planned(city_draft))
    services.update_task(tasks["2"], city["staff"], is_group=False)
    assert sum(1 for t, *_ in publish._planned(city_draft) if t == tasks["2"].pk) == 5  # 3 counties, 医学会, 高校


@pytest.mark.parametrize("heading,section", [
    ("指导思想", "指导思想"), ("一、指导思想", "指导思想"), ("（一）总体目标", "工作目标"), ("主要目标：", "工作目标"),
    ("深刻认识新国发2号文件的重大意义", "重大意义"), ("基本原则", "基本原则"), ("活动主题", "活动主题"),
    ("活动时间", "活动时间"), ("活动安排", "活动安排"), ("总体要求", "总体要求"), ("相关要求", "工作要求"),
    ("保障措施", "保障措施"), ("加强组织领导", "组织领导"),
    ("主要任务", None), ("加强组织保障，确保学习宣传贯彻工作落地见效", None), ("强化统筹推进", None),
])
def test_info_headings_table(heading, section):
    found = info_section(heading)
    assert (found.name if found else None) == section


def test_measure_text_drops_the_lines_with_columns_of_their_own():
    assert measure_text("把政策用活用足用好。（牵头领导：雷洪；责任领导：杨新露；责任科室：办公室、党支部）") == "把政策用活用足用好。"
    assert measure_text("开展培训。\n牵头领导：雷洪\n责任科室：办公室\n完成时限：2022年6月底前") == "开展培训。"
    assert measure_text("各单位要落实责任单位的要求。") == "各单位要落实责任单位的要求。"


# --- the seeds ---------------------------------------------------------------------------------------------------

SEED_ROWS = {
    # seed: (issuer, information rows, tasks)
    "zunyi-2022-6-implementation-plan.txt": ("遵义市科协", {"1", "3.1"}, {"2.1", "2.2", "2.3", "3.2", "3.3"}),
    "guangdong-2022-30-work-plan.txt": ("广东省科协", {"4.1"},
                                        {"1", "2.1", "2.2", "2.3", "2.4", *(f"3.{i}" for i in range(1, 7)), "4.2",
                                         "4.3"}),
    "shaanxi-2021-action-plan.txt": ("陕西省科协", set(), {str(i) for i in range(1, 11)}),
    "baoding-2021-9-activity-plan.txt": ("保定市科协", {"1", "2", "3", "6", "6.1", "6.2", "6.3", "6.4"},
                                         {"4.1", "4.2", "4.3", "5.1", "5.2", "5.3", "5.4"}),
}


@pytest.mark.parametrize("seed", sorted(SEED_ROWS))
def test_seeds_information_rows_and_tasks(seed, org):
    issuer_name, info, tasks = SEED_ROWS[seed]
    issuer = org(issuer_name)
    staff, _ = upsert_user(f"seed-staff-{issuer.pk}", issuer, "staff")
    plan, _ = services.build_plan(ingest_seed(seed, issuer), staff)
    rows = _tasks(plan)
    assert {i for i, t in rows.items() if t.is_info} == info
    assert {i for i, t in rows.items() if not t.is_group} == tasks
    for t in rows.values():
        assert "牵头领导：" not in t.text and "完成时限：" not in t.text and "责任科室：" not in t.text
    if seed.startswith("zunyi"):
        assert rows["2.1"].text.endswith("把政策用活用足用好。")
    resolve_all(plan, staff)
