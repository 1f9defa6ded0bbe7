"""The permission matrix: every URL and API route, asked by every kind of user, answers as the scope says.

It walks the URL patterns (pages and the API router), so a new endpoint without an expectation here fails.
The world is its own, not the demo's: a province with two cities; the first city (甲市) issues a plan to its
two counties (甲一县, 甲二县); the second city's county (乙一县) and another province (丙省) are outside it.
Each actor asks every endpoint with GET and, where the endpoint writes, with its write method:

- outside the object's scope: 404, and nothing changes;
- inside the scope but not allowed to write: 403 (or 404 where the request names another object the actor
  cannot see), and nothing changes;
- allowed: never 403 or 404;
- never a 500;
- and on every answer to an actor outside 甲二县's part of the plan, none of 甲二县's words (its report, its
  attachment's name, its extension reason, its filing note) appear.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from django.apps import apps
from django.db.models import Sum
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

pytestmark = pytest.mark.django_db

PLAN_TEXT = """甲市科学技术协会文件

甲科协发〔2022〕5号

甲市科协关于印发《甲市科协2022年科普工作方案》的通知

各县（市、区）科协：
现将《甲市科协2022年科普工作方案》印发给你们，请认真贯彻落实。

甲市科学技术协会
2022年3月1日

甲市科协2022年科普工作方案

一、工作任务
（一）开展科普日活动。组织全市科普日主场活动。（牵头领导：甲主席；完成时限：2022年9月底前）
（二）建设科普阵地。每个县建成一个科普示范点。（完成时限：2022年11月底前）
"""

# 甲二县's words: no answer to anyone outside its part of the plan may contain them.
SECRETS = ("甲二县报送的秘密进展", "jia2-secret-attachment.pdf", "甲二县延期的秘密理由", "甲二县备案的秘密说明",
           "13987650002")  # the last: the phone of 甲二县's volunteer

ACTORS = ("issuer", "leader", "supervisor", "parent", "k1", "k2", "cousin", "outsider")
C_SIDE = {"issuer", "leader", "supervisor", "parent"}  # the issuing city and the province above it
EVERYONE = set(ACTORS)
EDITORS = {"issuer", "parent", "k1", "k2", "cousin", "outsider"}  # 管理员 and 经办, wherever they are
SEES = {
    "plan": C_SIDE | {"k1", "k2"},
    "a1": C_SIDE | {"k1"},  # 甲一县's assignment
    "a2": C_SIDE | {"k2"},  # 甲二县's, with the report, attachment, extension and filing
    "draft": C_SIDE,  # names and recipients of a plan are the issuer side's
    "doc": C_SIDE | {"k1", "k2"},  # the plan's source document, read by the units it was sent to
    "k2": C_SIDE | {"k2"},  # the organisation 甲二县
    "person": C_SIDE,  # a person of 甲市科协
    "all": EVERYONE,
    "issued": {"issuer", "leader", "supervisor"},  # the issuing city's own users: its to-do (a parent answers nothing)
    "notice": {"k1"},  # 甲一县's user's own notice (of the 催办 on a1): nobody else's
    "export": {"k2"},  # 甲二县's user's own export job and its file
    "issuing": {"issuer"},  # the issuer's editors only: setting a task's per-person quota
    "news": C_SIDE,  # 甲市's own gathered news page (报道拆分)
    "request": C_SIDE,  # a 办实事 request on 甲市's 清单 (its assignee 甲一县 works on it in the ledger only)
    "campaign": C_SIDE | {"k1", "k2"},  # 甲市's 推荐评选, seen by the units below it (甲二县's nomination and case: a2)
}


# A gathered page of 甲市's counties' news (two segments), for 报道拆分.
NEWS_PAGE = """甲一县科协：开展全国科普日活动

本报讯 9月16日，甲一县科协在县城广场组织全国科普日主场活动，发放科普资料2000余份，吸引群众3000余人参与。

（甲一县科协）

甲二县科协：开展科普进校园活动

本报讯 9月17日，甲二县科协联合县教育局开展科普进校园活动，邀请专家为学生作科普报告，参与师生800余人。

（甲二县科协）
"""


@dataclass
class World:
    users: dict
    ids: dict = field(default_factory=dict)


@pytest.fixture
def world(db, data_dir):
    from django.contrib.auth.hashers import make_password

    from kexie.documents.services import ingest
    from kexie.ledger import services
    from kexie.ledger.models import Assignment, MatchState, NameMatch
    from kexie.orgs.services import upsert_organisation, upsert_person, upsert_user

    province = upsert_organisation("甲省科学技术协会", parent=None, level=2, short_name="甲省科协")[0]
    city = upsert_organisation("甲市科学技术协会", parent=province, level=3, short_name="甲市科协",
                               aliases=["市科协"])[0]
    k1 = upsert_organisation("甲一县科学技术协会", parent=city, level=4, short_name="甲一县科协")[0]
    k2 = upsert_organisation("甲二县科学技术协会", parent=city, level=4, short_name="甲二县科协")[0]
    city2 = upsert_organisation("乙市科学技术协会", parent=province, level=3, short_name="乙市科协")[0]
    cousin = upsert_organisation("乙一县科学技术协会", parent=city2, level=4, short_name="乙一县科协")[0]
    other = upsert_organisation("丙省科学技术协会", parent=None, level=2, short_name="丙省科协")[0]
    person = upsert_person(city, "甲主席", ["主席"])[0]
    hashed = make_password("x")
    users = {}
    for actor, org, role in [("issuer", city, "staff"), ("leader", city, "leader"), ("supervisor", city, "supervisor"),
                             ("parent", province, "admin"), ("k1", k1, "staff"), ("k2", k2, "staff"),
                             ("cousin", cousin, "staff"), ("outsider", other, "admin")]:
        users[actor] = upsert_user(f"matrix-{actor}", org, role, password_hash=hashed)[0]
    w = World(users)

    doc, _ = ingest(PLAN_TEXT.encode(), "甲市科普工作方案.txt", city, users["issuer"])
    plan, _ = services.build_plan(doc, users["issuer"])
    for m in NameMatch.objects.filter(task__plan=plan, state=MatchState.PENDING).select_related("task__plan"):
        services.resolve_match(m, users["issuer"], action="ignore")
    for r in plan.recipients.select_related("plan"):
        services.set_recipient(r, users["issuer"], organisation_ids=[k1.pk, k2.pk])
    services.publish(plan, users["issuer"])
    task = plan.tasks.filter(is_group=False).order_by("order").first()
    a1 = Assignment.objects.get(task=task, organisation=k1)
    a2 = Assignment.objects.get(task=task, organisation=k2)
    pdf = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    report = services.submit_report(a2, users["k2"], text=SECRETS[0], percent=30,
                                    files=[(SECRETS[1], pdf)])
    a2.refresh_from_db()
    services.act(a2, "request_extension", users["k2"], version=a2.version, reason=SECRETS[2],
                 new_due=a2.due_date.replace(year=a2.due_date.year + 1))
    own1, _ = ingest("甲一县科协贯彻落实方案\n\n一、总体要求\n认真落实。\n".encode(), "甲一县方案.txt", k1, users["k1"])
    own2, _ = ingest("甲二县科协贯彻落实方案\n\n一、总体要求\n认真落实。\n".encode(), "甲二县方案.txt", k2, users["k2"])
    services.file_plan(plan, users["k2"], own2, note=SECRETS[3])
    from kexie.oversight import urging
    from kexie.oversight.models import Notice
    urging.urge(users["issuer"], [a1.pk], "请加快进度")
    # A per-person quota on the task for 甲市 and its counties, one item of 甲二县's person (with a file).
    import datetime

    from kexie.ledger import quotas
    quotas.set_quota(task, users["issuer"], count=1, organisation=city, subtree=True)
    quota_person = upsert_person(k1, "甲一县干部", [])[0]
    quota_item = quotas.record_item(task, users["k2"], person=upsert_person(k2, "甲二县干部", [])[0],
                                    title="心得体会", day=datetime.date(2022, 5, 1), file=("心得.pdf", pdf))
    from django.utils import timezone

    from kexie.office.briefings import create_briefing
    from kexie.oversight.period import Period
    today = timezone.localdate()
    briefing = create_briefing(users["k2"], Period(today.replace(day=1), today), [report.pk])  # 甲二县's words
    news, _ = ingest(NEWS_PAGE.encode(), "甲市科协动态.txt", city, users["issuer"])
    from kexie.office import exports, xlsx
    from kexie.office.models import ExportJob, ExportState
    export = ExportJob.objects.create(user=users["k2"], kind="ledger", params={"plan": plan.pk},
                                      filename="甲二县导出.xlsx", state=ExportState.DONE)
    exports.directory().mkdir(parents=True, exist_ok=True)
    xlsx.write(xlsx.Sheet(name="t", title="t", columns=[xlsx.Column("列")], rows=[["值"]]), exports.path_of(export))
    from kexie.workers import requests as worker_requests
    wish = {"title": "职称评审咨询", "content": "咨询评审条件", "requester_name": "张工", "requester_unit": "甲市研究所"}
    listed = worker_requests.create(users["issuer"], city, wish)
    worker_requests.assign(listed, users["issuer"], target=f"o{k1.pk}", due_date=today + datetime.timedelta(days=60))
    pending = worker_requests.submit_public(city, wish, "192.0.2.1")
    from kexie.workers import campaigns as wc  # 推荐评选 of 甲市 (甲二县 nominates) and 甲二县's typical case
    campaign = wc.create_campaign(users["issuer"], {"title": "甲市青年科技奖", "award": "甲市青年科技奖", "year": 2022,
                                                    "deadline": today.replace(year=today.year + 1)})
    wc.set_quotas(campaign, users["issuer"], {k1.pk: 2, k2.pk: 2})
    nomination = wc.nominate(campaign, users["k2"], person={"name": "甲二县专家"}, reason="理由", files=[("表.pdf", pdf)])
    case = wc.enter_case(users["k2"], {"title": "甲二县典型", "text": "内容", "day": "2022-05-01"}, [("典型.pdf", pdf)])
    from kexie.volunteers.models import Team, Volunteer
    vol = Volunteer.objects.create(organisation=k2, name="甲二县志愿者", phone=SECRETS[4])
    team = Team.objects.create(organisation=k2, name="甲二县志愿服务队")
    team.members.add(vol)
    from kexie.volunteers import activities as va  # 甲二县's activity (hours, a photo) and 甲市's campaign
    camp = va.save_campaign(users["issuer"], name="甲市科普日", start_date="2022-09-01", end_date="2022-09-30")
    act = va.save_activity(users["k2"], title="科普进校园", kind="popular", start_date="2022-09-16",
                            end_date="2022-09-16", campaign=camp.pk)
    va.record_hours(act, users["k2"], volunteer=vol, hours="2")
    act_file = va.add_files(act, users["k2"], [("现场.pdf", pdf)])[0]
    w.ids = {
        "request": listed.pk, "request_pending": pending.pk, "briefing": briefing.pk, "news": news.pk,
        "export": export.pk,
        "campaign": campaign.pk, "nomination": nomination.pk, "material": nomination.materials.get().pk,
        "case": case.pk, "case_attachment": case.attachments.get().pk,
        "vol": vol.pk, "team": team.pk,
        "act": act.pk, "act_file": act_file.pk, "camp": camp.pk,
        "quota_person": quota_person.pk, "quota_item": quota_item.pk, "city": city.pk,
        "plan": plan.pk, "task": task.pk, "a1": a1.pk, "a2": a2.pk, "report": report.pk,
        "attachment": report.attachments.get().pk, "doc": doc.pk, "own1": own1.pk, "own2": own2.pk,
        "match": NameMatch.objects.filter(task__plan=plan).first().pk, "recipient": plan.recipients.first().pk,
        "k2": k2.pk, "person": person.pk, "notice": Notice.objects.get(recipient=users["k1"]).pk,
    }
    w.ids.update(_workers_world(k2, users["k2"]))
    return w


def _workers_world(k2, k2_user) -> dict:
    """甲二县's record in the register, a visit with a photo, and a 联系对象 pair (all inside 甲二县's scope)."""
    from kexie.orgs.services import upsert_person
    from kexie.workers import services as workers
    sci = workers.create_scientist(k2_user, {"name": "甲二县科技工作者", "work_unit": "甲二县农技站", "phone": "13900001111"})
    contact = upsert_person(k2, "甲二县联络员", [])[0]
    visit = workers.create_visit(k2_user, {"date": "2022-05-01", "kind": "走访", "scientists": [sci.pk],
                                           "people": [contact.pk]}, [("p.png", b"\x89PNG\r\n\x1a\n0000")])
    pair = workers.create_pair(k2_user, {"person": contact.pk, "scientist": sci.pk})
    return {"wsci": sci.pk, "wvisit": visit.pk, "wphoto": visit.photos.get().pk, "wpair": pair.pk}


@dataclass(frozen=True)
class Endpoint:
    """What one URL name expects. `obj` names the object its pk is, `sees` who may read it.

    get: the status a reader gets on GET (None: GET is not this endpoint's method; 405 expected). write:
    the method that changes something, `may` who may use it, `write_sees` who may see what it names,
    `data(world, actor)` the body an allowed actor would send."""

    obj: str | None = None
    sees: str = "all"
    get: int | None = 200
    query: str = ""
    write: str | None = None
    may: frozenset = frozenset()
    write_sees: str | None = None
    data: object = None
    kwargs: dict = field(default_factory=dict)
    items: str | None = None  # a list whose every item needs this scope: empty for anyone outside it


def own_doc(w, actor):
    return {"document": w.ids["own2"] if actor == "k2" else w.ids["own1"]}


ISSUER = frozenset({"issuer"})
URGERS = frozenset({"issuer", "supervisor"})  # the issuer's editors and 督办 (no 督办 above 甲一县 here)
K1 = frozenset({"k1"})
KS = frozenset({"k1", "k2"})
TOP_ADMINS = frozenset({"parent", "outsider"})  # 管理员 of 甲省 and 丙省, organisations without a parent
MATRIX: dict[str, Endpoint] = {
    # pages
    "home": Endpoint(),
    "orgs:list": Endpoint(),
    "orgs:detail": Endpoint(obj="k2", sees="k2"),
    "orgs:transfer": Endpoint(get=None),  # administrators only: see test_transfer_is_for_administrators
    "documents:list": Endpoint(),
    "documents:upload": Endpoint(write="post", may=frozenset(EDITORS), data=lambda w, a: {}),
    "documents:detail": Endpoint(obj="doc", sees="doc"),
    "documents:original": Endpoint(obj="doc", sees="doc"),
    "ledger:list": Endpoint(),
    "ledger:new": Endpoint(sees="doc", query="?document={doc}", write="post", may=ISSUER, write_sees="doc",
                           data=lambda w, a: {"document": w.ids["doc"]}),
    "ledger:inbox": Endpoint(),
    "ledger:todo": Endpoint(),
    "ledger:plan": Endpoint(obj="plan", sees="plan"),
    "ledger:review": Endpoint(obj="plan", sees="plan", get=302),  # published: the review page redirects
    # published: the draft's unit search has no draft (test_lights_pages searches a draft)
    "ledger:review-units": Endpoint(obj="plan", sees="plan", get=404, query="?target=r{recipient}&q=县"),
    "ledger:units": Endpoint(obj="plan", sees="plan", query="?unit_q=县"),
    "ledger:filings": Endpoint(obj="plan", sees="plan", write="post", may=KS, data=own_doc),
    "ledger:task": Endpoint(obj="task", sees="plan"),
    # the reporting matrix (a plan without rhythm tasks says so): a read of what the viewer's scope holds
    "ledger:matrix": Endpoint(obj="plan", sees="plan"),
    "ledger:task-matrix": Endpoint(obj="task", sees="plan"),
    "ledger:task-rhythm": Endpoint(obj="task", sees="plan", get=405, write="post", may=ISSUER,
                                   data=lambda w, a: {"rhythm": "quarterly", "offset": "5"}),
    "ledger:assignment": Endpoint(obj="a1", sees="a1"),
    "ledger:report": Endpoint(obj="a1", sees="a1", get=None, write="post", may=K1,
                              data=lambda w, a: {"text": "进展", "percent": "10"}),
    "ledger:act": Endpoint(obj="a1", sees="a1", get=405, kwargs={"action": "accept"}, write="post", may=K1,
                           data=lambda w, a: {}),
    "ledger:attachment": Endpoint(obj="attachment", sees="a2"),
    "ledger:report-also": Endpoint(obj="a1", sees="a1", query="?text=科普"),
    # per-person quotas: the issuer side and the covered units (甲市's subtree) read; 甲一县 records its people
    "ledger:quotas": Endpoint(),
    "ledger:quota": Endpoint(obj="task", sees="plan", write="post", may=K1, data=lambda w, a: {
        "person": w.ids["quota_person"], "title": "心得", "day": "2022-05-02"}),
    "ledger:quota-set": Endpoint(obj="task", sees="issuing", write="post", may=ISSUER,
                                 data=lambda w, a: {"count": "2", "organisation": w.ids["city"], "subtree": "on"}),
    "ledger:quota-item-file": Endpoint(obj="quota_item", sees="a2"),
    "ledger:quota-item-delete": Endpoint(obj="quota_item", sees="a2", get=405, write="post",
                                         may=frozenset({"k2"}), data=lambda w, a: {}),
    # the calendar is the whole network's: everyone reads it, administrators of a top organisation change it
    # office: the xlsx of the 台账 and of every list
    "office:ledger-xlsx": Endpoint(obj="plan", sees="plan"),
    "office:matrix-xlsx": Endpoint(obj="plan", sees="plan"),
    "office:task-matrix-xlsx": Endpoint(obj="task", sees="plan"),
    "office:quota-xlsx": Endpoint(obj="task", sees="plan"),
    "office:inbox-xlsx": Endpoint(),
    "office:assignments-xlsx": Endpoint(obj="k2", sees="k2", query="?light=red"),
    "office:rankings-xlsx": Endpoint(obj="k2", sees="k2"),
    "office:export": Endpoint(obj="export", sees="export"),  # a big export's job: its user's alone
    "office:export-file": Endpoint(obj="export", sees="export"),
    "workdays:index": Endpoint(write="post", may=TOP_ADMINS,
                               data=lambda w, a: {"op": "set", "date": "2031-05-06", "kind": "休", "name": "测试"}),
    "workdays:import": Endpoint(get=405, write="post", may=TOP_ADMINS, data=lambda w, a: {
        "op": "apply", "days": '[{"date": "2031-05-07", "is_workday": false, "name": "测试"}]'}),
    # 导入台账: editors import into their own organisation (GET of the pages: tests/office/test_ledger_import.py)
    "office:import": Endpoint(get=None, write="post", may=frozenset(EDITORS), data=lambda w, a: {}),
    "office:import-preview": Endpoint(get=None),
    "office:import-confirm": Endpoint(get=405, write="post", may=frozenset(EDITORS), data=lambda w, a: {}),
    "notices:list": Endpoint(),
    "notices:read": Endpoint(obj="notice", sees="notice", get=405, write="post", may=K1, data=lambda w, a: {}),
    "notices:read_all": Endpoint(get=405, write="post", may=frozenset(EVERYONE), data=lambda w, a: {}),
    "notices:settings": Endpoint(write="post", may=frozenset(EVERYONE), data=lambda w, a: {"email": "on"}),
    "notices:urges": Endpoint(),
    "notices:urge": Endpoint(get=405, write="post", may=URGERS, write_sees="a1",
                             data=lambda w, a: {"assignments": [w.ids["a1"]], "message": "请加快"}),
    "search:search": Endpoint(query="?q=秘密进展"),  # 甲二县's report: found only by those who see a2
    # API
    "api-root": Endpoint(),
    "api-search": Endpoint(query="?q=秘密进展"),
    "organisation-list": Endpoint(),
    "organisation-detail": Endpoint(obj="k2", sees="k2"),
    "person-list": Endpoint(),
    "person-detail": Endpoint(obj="person", sees="person"),
    "document-list": Endpoint(write="post", may=frozenset(EDITORS), data=lambda w, a: {}),
    "document-detail": Endpoint(obj="doc", sees="doc"),
    "plan-list": Endpoint(write="post", may=ISSUER, write_sees="doc", data=lambda w, a: {"document": w.ids["doc"]}),
    "plan-matrix": Endpoint(obj="plan", sees="plan"),
    "plan-detail": Endpoint(obj="plan", sees="plan", write="patch", may=ISSUER,
                            data=lambda w, a: {"warning_days": 4}),
    "plan-filings": Endpoint(obj="plan", sees="plan", write="post", may=KS, data=own_doc),
    "plan-history": Endpoint(obj="plan", sees="plan"),
    "plan-pending": Endpoint(obj="plan", sees="draft"),
    "plan-publish": Endpoint(obj="plan", sees="plan", get=405, write="post", may=ISSUER, data=lambda w, a: {}),
    "namematch-list": Endpoint(query="?plan={plan}", items="draft"),
    "namematch-detail": Endpoint(obj="match", sees="draft"),
    "namematch-resolve": Endpoint(obj="match", sees="draft", get=405, write="post", may=ISSUER,
                                  data=lambda w, a: {"action": "ignore"}),
    "recipient-list": Endpoint(query="?plan={plan}", items="draft"),
    "recipient-detail": Endpoint(obj="recipient", sees="draft"),
    "recipient-confirm": Endpoint(obj="recipient", sees="draft", get=405, write="post", may=ISSUER,
                                  data=lambda w, a: {"ignore": True}),
    "task-list": Endpoint(query="?plan={plan}", items="plan"),
    "task-detail": Endpoint(obj="task", sees="plan", write="patch", may=ISSUER,
                            data=lambda w, a: {"due_date": "2022-12-31"}),
    "assignment-list": Endpoint(),
    "assignment-todo": Endpoint(items="issued"),
    "assignment-detail": Endpoint(obj="a1", sees="a1"),
    "assignment-history": Endpoint(obj="a1", sees="a1"),
    "report-list": Endpoint(write="post", may=K1, write_sees="a1",
                            data=lambda w, a: {"assignment": w.ids["a1"], "text": "进展", "percent": 10}),
    "report-detail": Endpoint(obj="report", sees="a2"),
    "quota-detail": Endpoint(obj="task", sees="plan"),
    "quota-set": Endpoint(obj="task", sees="plan", get=405, write="post", may=ISSUER,
                          data=lambda w, a: {"count": 2, "organisation": w.ids["city"], "subtree": True}),
    "quota-items": Endpoint(obj="task", sees="plan", get=405, write="post", may=K1, data=lambda w, a: {
        "person": w.ids["quota_person"], "title": "心得", "day": "2022-05-02"}),
    # 督办: every role sees its own subtree's numbers (read-only); another unit's only inside the subtree
    "oversight:home": Endpoint(),
    "oversight:dashboard": Endpoint(obj="k2", sees="k2"),
    "oversight:assignments": Endpoint(obj="k2", sees="k2", query="?light=red"),
    "oversight:rankings": Endpoint(obj="k2", sees="k2"),
    "oversight:bulletin": Endpoint(obj="k2", sees="k2"),
    # office: the 通报's files scoped like its page (a bad period is refused after the scope, before rendering);
    # 工作简报 of 甲二县 (holding its report's words), compiled by any editor from their own subtree's reports
    "office:bulletin-docx": Endpoint(sees="k2", query="?org={k2}"),
    "office:bulletin-pdf": Endpoint(sees="k2", query="?org={k2}&start=bad", get=400),
    "office:briefings": Endpoint(),
    "office:briefing-new": Endpoint(get=None, write="post", may=frozenset(EDITORS), data=lambda w, a: {
        "start": "2000-01-01", "end": "2099-12-31", "report": [w.ids["report"]]}),
    "office:briefing": Endpoint(obj="briefing", sees="k2"),
    "office:briefing-docx": Endpoint(obj="briefing", sees="k2"),
    "office:briefing-pdf": Endpoint(obj="briefing", sees="k2", get=None),  # the docx's lookup; PDFs: tests/office
    "oversight-home": Endpoint(),
    "oversight-dashboard": Endpoint(obj="k2", sees="k2"),
    "oversight-rankings": Endpoint(obj="k2", sees="k2"),
    "oversight-bulletin": Endpoint(obj="k2", sees="k2"),
    "notice-list": Endpoint(items="notice"),
    "notice-detail": Endpoint(obj="notice", sees="notice"),
    "notice-read": Endpoint(obj="notice", sees="notice", get=405, write="post", may=K1, data=lambda w, a: {}),
    "notice-read-all": Endpoint(get=405, write="post", may=frozenset(EVERYONE), data=lambda w, a: {}),
    "notice-settings": Endpoint(write="post", may=frozenset(EVERYONE), data=lambda w, a: {"email": False}),
    "urge-list": Endpoint(items="issued", write="post", may=URGERS, write_sees="a1",
                          data=lambda w, a: {"assignments": [w.ids["a1"]], "message": "请加快"}),
    "assignment-urge": Endpoint(obj="a1", sees="a1", get=405, write="post", may=URGERS,
                                data=lambda w, a: {"message": "请加快"}),
    # 转办 and 逐级汇总 (ledger.relays, ledger.compile): the assignee's editors relay and compile (甲一县 has nothing
    # below it, so its attempts are refused with a message, not 403/404); the task's mapping is its issuer's
    "ledger:relay": Endpoint(obj="a1", sees="a1", get=405, write="post", may=K1,
                             data=lambda w, a: {"due_date": "2022-06-30"}),
    "ledger:relay-units": Endpoint(obj="a1", sees="a1", query="?q=县"),
    "ledger:compile": Endpoint(obj="a1", sees="a1", write="post", may=K1, data=lambda w, a: {"text": "汇总"}),
    "ledger:task-source": Endpoint(obj="task", sees="plan", get=405, write="post", may=ISSUER,
                                   data=lambda w, a: {"source_task": ""}),
    "assignment-relay": Endpoint(obj="a1", sees="a1", get=405, write="post", may=K1,
                                 data=lambda w, a: {"due_date": "2022-06-30"}),
    "assignment-chain": Endpoint(obj="a1", sees="a1"),
    "assignment-gather": Endpoint(obj="a1", sees="a1"),
    "assignment-compile": Endpoint(obj="a1", sees="a1", get=405, write="post", may=K1,
                                   data=lambda w, a: {"text": "汇总", "sources": []}),
    # 报送整理 and 报道拆分 (office): anyone matches; 甲一县 files on its own a1; the issuer records from its page
    "office:match": Endpoint(write="post", may=K1, write_sees="a1", data=lambda w, a: {
        "text": "进展", "action": "file", "assignments": [w.ids["a1"]]}),
    "office:split": Endpoint(obj="news", sees="news", write="post", may=ISSUER, data=lambda w, a: {
        "action": "confirm", "take_0": "on", "assignment_0": w.ids["a1"]}),
    # 政策链 and 落实情况 (search): read like the document or plan they are about
    "search:chain": Endpoint(obj="doc", sees="doc"),
    "search:document-coverage": Endpoint(obj="doc", sees="doc"),
    "search:document-coverage-xlsx": Endpoint(obj="doc", sees="doc"),
    "search:plan-coverage": Endpoint(obj="plan", sees="plan"),
    "search:plan-coverage-xlsx": Endpoint(obj="plan", sees="plan"),
    # 科技工作者之家: 甲二县's record, visit and pair; the keeper's editors change them (the deletions come last);
    # the new/import forms' GET and the views log (管理员 only, 403 for others): tests/workers
    "workers:home": Endpoint(),
    "workers:dashboard": Endpoint(obj="k2", sees="k2"),
    "workers:scientists": Endpoint(),
    "workers:scientists-xlsx": Endpoint(),
    "workers:scientist": Endpoint(obj="wsci", sees="k2"),
    "workers-scientist-list": Endpoint(items="k2"),
    "workers-scientist-detail": Endpoint(obj="wsci", sees="k2"),
    "workers:scientist-new": Endpoint(get=None, write="post", may=frozenset(EDITORS),
                                      data=lambda w, a: {"name": f"矩阵{a}"}),
    "workers:scientist-edit": Endpoint(obj="wsci", sees="k2", get=None, write="post", may=frozenset({"k2"}),
                                       data=lambda w, a: {"name": "甲二县科技工作者", "work_unit": "甲二县农技中心"}),
    "workers:view-log": Endpoint(get=None),
    "workers:import": Endpoint(get=None, write="post", may=frozenset(EDITORS), data=lambda w, a: {}),
    "workers:import-preview": Endpoint(get=None),
    "workers:import-confirm": Endpoint(get=405, write="post", may=frozenset(EDITORS), data=lambda w, a: {}),
    "workers:visits": Endpoint(),
    "workers:visit-new": Endpoint(get=None, write="post", may=frozenset(EDITORS), data=lambda w, a: {}),
    "workers:visit": Endpoint(obj="wvisit", sees="k2"),
    "workers:photo": Endpoint(obj="wphoto", sees="k2"),
    "workers:contacts": Endpoint(write="post", may=frozenset(EDITORS), data=lambda w, a: {}),
    "workers:contact-delete": Endpoint(obj="wpair", sees="k2", get=405, write="post", may=frozenset({"k2"})),
    "workers:visit-delete": Endpoint(obj="wvisit", sees="k2", get=405, write="post", may=frozenset({"k2"})),
    "workers:scientist-delete": Endpoint(obj="wsci", sees="k2", get=405, write="post", may=frozenset({"k2"})),
    # 推荐评选 and 典型库 (workers): 甲市 runs the campaign, its counties nominate within their quotas; reads first,
    # then the writes (which add campaigns, nominations and cases, and last take 甲二县's nomination back)
    "campaign-list": Endpoint(items="campaign"),
    "campaign-detail": Endpoint(obj="campaign", sees="campaign"),
    "nomination-list": Endpoint(items="a2"),
    "nomination-detail": Endpoint(obj="nomination", sees="a2"),
    "typicalcase-list": Endpoint(items="a2"),
    "typicalcase-detail": Endpoint(obj="case", sees="a2"),
    "workers:campaigns": Endpoint(),
    "workers:campaign": Endpoint(obj="campaign", sees="campaign"),
    "workers:campaign-xlsx": Endpoint(obj="campaign", sees="campaign"),
    "workers:nomination": Endpoint(obj="nomination", sees="a2"),
    "workers:material": Endpoint(obj="material", sees="a2"),
    "workers:case": Endpoint(obj="case", sees="a2"),
    "workers:case-attachment": Endpoint(obj="case_attachment", sees="a2"),
    "workers:cases": Endpoint(),
    "workers:cases-xlsx": Endpoint(),
    "workers:campaign-edit": Endpoint(obj="campaign", sees="campaign", get=405, write="post", may=ISSUER,
                                      data=lambda w, a: {"title": "评选", "award": "奖", "year": "2022",
                                                         "deadline": "2022-05-01"}),
    "workers:campaign-quotas": Endpoint(obj="campaign", sees="campaign", get=405, write="post", may=ISSUER,
                                        data=lambda w, a: {"quota-%d" % w.ids["k2"]: "3"}),
    "workers:nominate": Endpoint(obj="campaign", sees="campaign", write="post", may=KS,
                                 data=lambda w, a: {"name": f"{a}专家", "reason": "理由"}),
    "workers:nomination-step": Endpoint(obj="nomination", sees="a2", get=405, kwargs={"step": "review"},
                                        write="post", may=ISSUER, data=lambda w, a: {}),
    "workers:case-new": Endpoint(get=405, write="post", may=frozenset(EDITORS), data=lambda w, a: {
        "title": "典型", "text": "内容", "day": "2022-05-01"}),
    "workers:case-collect": Endpoint(get=405, write="post", may=frozenset(EDITORS),
                                     data=lambda w, a: {"report": [w.ids["report"]]}),
    "workers:campaign-new": Endpoint(get=405, write="post", may=frozenset(EDITORS), data=lambda w, a: {
        "title": "评选", "award": "奖", "year": "2022", "deadline": "2022-05-01"}),
    "workers:nomination-withdraw": Endpoint(obj="nomination", sees="a2", get=405, write="post",
                                            may=frozenset({"k2"}), data=lambda w, a: {}),
    # 科技志愿服务: 甲二县's activity, its photo and volunteer are its subtree's; 甲市's campaign is seen below and above
    "volunteers:home": Endpoint(),
    "volunteers:rollup-xlsx": Endpoint(),
    "volunteers:activities": Endpoint(),
    "volunteers:calendar": Endpoint(),
    "volunteers:activity-new": Endpoint(get=None, write="post", may=frozenset(EDITORS), data=lambda w, a: {
        "title": "活动", "kind": "popular", "start_date": "2022-09-16", "end_date": "2022-09-16"}),
    "volunteers:activity": Endpoint(obj="act", sees="k2"),
    "volunteers:activity-edit": Endpoint(obj="act", sees="k2", get=None, write="post", may=frozenset({"k2"}),
                                         data=lambda w, a: {"title": "改", "kind": "popular",
                                                            "start_date": "2022-09-16", "end_date": "2022-09-16"}),
    "volunteers:activity-hours": Endpoint(obj="act", sees="k2", get=405, write="post", may=frozenset({"k2"}),
                                          data=lambda w, a: {"op": "confirm"}),
    "volunteers:activity-files": Endpoint(obj="act", sees="k2", get=405, write="post", may=frozenset({"k2"}),
                                          data=lambda w, a: {}),
    "volunteers:file": Endpoint(obj="act_file", sees="k2"),
    "volunteers:campaigns": Endpoint(write="post", may=frozenset(EDITORS), data=lambda w, a: {
        "name": f"{a}的主题活动", "start_date": "2022-03-01", "end_date": "2022-03-07"}),
    "volunteers:campaign": Endpoint(obj="camp", sees="plan", write="post", may=ISSUER, data=lambda w, a: {
        "name": "甲市科普日", "start_date": "2022-09-01", "end_date": "2022-09-30"}),
    "volunteers:service-hours": Endpoint(obj="vol", sees="k2"),
    "volunteers:certificate-docx": Endpoint(obj="vol", sees="k2"),
    "volunteers:certificate-pdf": Endpoint(obj="vol", sees="k2", get=None),  # the docx's lookup; PDFs: tests/volunteers
}
# 办实事清单 (workers/request_views.py, request_api.py): 甲市's 清单 is its side's; its editors act on it and anyone's
# editors enter requests into their own organisation's 清单 (the staff form's GET by role: tests/workers)
WISH = {"title": "诉求", "content": "内容", "requester_name": "张工", "requester_unit": "单位"}
MATRIX.update({
    "workers:requests": Endpoint(), "workers:requests-xlsx": Endpoint(), "workers:requests-review": Endpoint(),
    "workers:request-new": Endpoint(get=None, write="post", may=frozenset(EDITORS), data=lambda w, a: WISH),
    "workers:request": Endpoint(obj="request", sees="request"),
    "workers:request-act": Endpoint(obj="request_pending", sees="request", get=405, kwargs={"action": "reject"},
                                    write="post", may=ISSUER, data=lambda w, a: {"reason": "重复"}),
    "workers-request-list": Endpoint(write="post", may=frozenset(EDITORS), data=lambda w, a: WISH),
    "workers-request-detail": Endpoint(obj="request", sees="request"),
})
# 科技志愿服务: volunteers and teams kept by 甲二县 (its editors change them; 甲市 and 甲省 read, phones whole
# only for editors); registering and importing are every editor's for their own organisation
MATRIX.update({
    "volunteers:people": Endpoint(),
    "volunteers:export": Endpoint(),
    "volunteers:register": Endpoint(get=None, write="post", may=frozenset(EDITORS), data=lambda w, a: {
        "name": "某", "phone": f"1390000{ACTORS.index(a):04d}"}),
    "volunteers:review-queue": Endpoint(get=None),  # editors only: tests/volunteers
    "volunteers:import": Endpoint(get=None, write="post", may=frozenset(EDITORS), data=lambda w, a: {}),
    "volunteers:import-preview": Endpoint(get=None),
    "volunteers:import-confirm": Endpoint(get=405, write="post", may=frozenset(EDITORS), data=lambda w, a: {}),
    "volunteers:volunteer": Endpoint(obj="vol", sees="k2"),
    "volunteers:review": Endpoint(obj="vol", sees="k2", get=405, write="post", may=frozenset({"k2"}),
                                  data=lambda w, a: {"decision": "approve"}),
    "volunteers:link-scientist": Endpoint(obj="vol", sees="k2", get=405, write="post", may=frozenset({"k2"}),
                                          data=lambda w, a: {"scientist": ""}),
    "volunteers:teams": Endpoint(),
    "volunteers:team-new": Endpoint(get=None, write="post", may=frozenset(EDITORS),
                                    data=lambda w, a: {"name": f"队伍{a}"}),
    "volunteers:team": Endpoint(obj="team", sees="k2"),
    "volunteers:team-edit": Endpoint(obj="team", sees="k2", get=None, write="post", may=frozenset({"k2"}),
                                     data=lambda w, a: {"name": "甲二县志愿服务队", "service_kind": "popular"}),
    "volunteers:team-members": Endpoint(obj="team", sees="k2", get=405, write="post", may=frozenset({"k2"}),
                                        data=lambda w, a: {"volunteer": [w.ids["vol"]]}),
    "volunteer-list": Endpoint(write="post", may=frozenset(EDITORS), data=lambda w, a: {
        "name": "某", "phone": f"1390001{ACTORS.index(a):04d}"}),
    "volunteer-detail": Endpoint(obj="vol", sees="k2"),
    "volunteer-team-list": Endpoint(),
    "volunteer-team-detail": Endpoint(obj="team", sees="k2"),
    "volunteer-activity-list": Endpoint(),  # each sees its subtree's: tests/activities/test_activities_api.py
    "volunteer-activity-detail": Endpoint(obj="act", sees="k2"),
})
ISSUER_STEPS = {"close", "return", "approve_extension", "reject_extension"}
for _step in ("accept", "start", "request_completion", "request_extension", *ISSUER_STEPS):
    MATRIX[f"assignment-{_step.replace('_', '-')}"] = Endpoint(
        obj="a1", sees="a1", get=405, write="post", may=ISSUER if _step in ISSUER_STEPS else K1,
        data=lambda w, a: {"reason": "理由", "new_due": "2023-06-30"})

# Endpoints outside the matrix, each with the reason.
UNSCOPED = {
    "healthz": "public liveness probe, no data",
    "login": "the sign-in page",
    "logout": "ends the session",
    "set_language": "sets a cookie",
    "password_change": "the user's own password",
    "password_change_done": "the user's own password",
    "api-token": "exchanges a password for the caller's own token",
    "api-schema": "the public OpenAPI schema",
    "workers:request-submit": "the public 办实事 submission form (tests/workers/test_requests_public.py)",
    "workers:request-thanks": "its thank-you page, no data",
    "workers:request-rate": "the requester's signed rating link: one request's title and feedback (tests/workers)",
    "workers:publicity": "the public 公示 of a campaign: names, units and the award only (tests/workers)",
    "volunteers:signup": "an organisation's public sign-up: one pending volunteer, shows nothing (tests/volunteers)",
}


def _walk(patterns, prefix="", namespace=None):
    for p in patterns:
        if isinstance(p, URLResolver):
            if str(p.pattern).startswith("admin/"):
                continue  # the admin site: its own staff check, tested in test_site
            yield from _walk(p.url_patterns, prefix + str(p.pattern), p.namespace or namespace)
        elif isinstance(p, URLPattern) and p.name:
            yield (f"{namespace}:{p.name}" if namespace else p.name), prefix + str(p.pattern)


def url_names() -> set[str]:
    return {name for name, _ in _walk(get_resolver().url_patterns)}


def test_every_endpoint_has_an_expectation():
    missing = sorted(url_names() - MATRIX.keys() - UNSCOPED.keys())
    assert not missing, f"add these endpoints to the permission matrix: {missing}"
    stale = sorted((MATRIX.keys() | UNSCOPED.keys()) - url_names())
    assert not stale, f"these endpoints are gone: {stale}"


def _fingerprint() -> tuple:
    """Row counts of every kexie model and the sum of every version column: a refused write changes neither."""
    out = []
    for model in apps.get_models():
        if not model.__module__.startswith("kexie."):
            continue
        qs = model.objects.all()
        out.append((model._meta.label, qs.count()))
        if any(f.name == "version" for f in model._meta.fields):
            out.append((model._meta.label + ".version", qs.aggregate(v=Sum("version"))["v"]))
    return tuple(out)


def _url(name: str, e: Endpoint, w: World) -> str:
    kwargs = dict(e.kwargs)
    if e.obj:
        kwargs["pk"] = w.ids[e.obj]
    return reverse(name, kwargs=kwargs) + e.query.format(**w.ids)


def _assert_no_secrets(actor: str, url: str, body: bytes) -> None:
    if actor in SEES["a2"]:
        return
    text = body.decode("utf-8", "replace")
    for secret in SECRETS:
        assert secret not in text, f"{actor} reads 甲二县's {secret!r} at {url}"


@pytest.mark.parametrize("actor", ACTORS)
def test_every_endpoint_answers_as_the_scope_says(world, actor):
    client = Client(raise_request_exception=False)
    client.force_login(world.users[actor])
    for name, e in MATRIX.items():
        url = _url(name, e, world)
        if e.get is not None:
            r = client.get(url)
            # 405 (the wrong method) comes before any lookup, so it tells nothing about the object
            expected = e.get if actor in SEES[e.sees] or e.get == 405 else 404
            assert r.status_code == expected, f"{actor} GET {url} ({name}): {r.status_code}, expected {expected}"
            if not getattr(r, "streaming", False):
                _assert_no_secrets(actor, url, r.content)
            if e.items and actor not in SEES[e.items] and r.status_code == 200:
                body = r.json()
                assert not (body.get("results") if isinstance(body, dict) else body), f"{actor} lists {url}"
        if e.write:
            before = _fingerprint()
            data = e.data(world, actor) if e.data else {}
            send = getattr(client, e.write)
            r = send(url, data, content_type="application/json") if name[0].isascii() and ":" not in name \
                else send(url, data)
            assert r.status_code != 500, f"{actor} {e.write.upper()} {url}: 500"
            if not getattr(r, "streaming", False):
                _assert_no_secrets(actor, url, r.content)
            if actor not in SEES[e.write_sees or e.sees]:
                assert r.status_code == 404, f"{actor} {e.write.upper()} {url} ({name}): {r.status_code}, expected 404"
                assert _fingerprint() == before, f"{actor} {e.write.upper()} {url} changed data"
            elif actor not in e.may:
                assert r.status_code in (403, 404), \
                    f"{actor} {e.write.upper()} {url} ({name}): {r.status_code}, expected 403"
                assert _fingerprint() == before, f"{actor} {e.write.upper()} {url} changed data"
            else:
                assert r.status_code not in (403, 404), \
                    f"{actor} {e.write.upper()} {url} ({name}): {r.status_code}, expected to be allowed"


def test_signed_out_visitors_are_sent_to_sign_in(world):
    client = Client()
    for name, e in MATRIX.items():
        url = _url(name, e, world)
        r = client.get(url)
        if ":" in name or name == "home":
            assert r.status_code == 302 and "/accounts/login/" in r.url, f"GET {url}: {r.status_code}"
        else:
            assert r.status_code in (401, 403), f"GET {url}: {r.status_code}"


def test_transfer_is_for_administrators(world):
    for actor in ACTORS:
        client = Client()
        client.force_login(world.users[actor])
        status = client.get(reverse("orgs:transfer")).status_code
        assert status == (200 if actor in {"parent", "outsider"} else 403), actor
