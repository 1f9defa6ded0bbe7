"""Building, reviewing and publishing a ledger, and the status flow with its permissions."""

from __future__ import annotations

import datetime

import pytest
from ledger_helpers import resolve_all
from django.core.exceptions import PermissionDenied

from kexie.ledger import reads, services
from kexie.ledger.matching import Directory, expand_recipient, match_name, similarity
from kexie.audit.models import Entry
from kexie.ledger.models import Assignment, AssignmentRole, MatchState, NameMatch, PlanState, Status

pytestmark = pytest.mark.django_db


def test_build_keeps_hierarchy_text_and_marks_group_rows(zunyi_draft):
    tasks = {t.outline_id: t for t in zunyi_draft.tasks.all()}
    assert list(tasks) == ["1", "2", "2.1", "2.2", "2.3", "3", "3.1", "3.2", "3.3"]
    assert tasks["2.1"].parent == tasks["2"] and tasks["2"].is_group and tasks["3"].is_group
    assert not tasks["2.1"].is_group and not tasks["3.2"].is_group  # a leaf is a task
    assert tasks["1"].is_info and tasks["3.1"].is_info  # …but 重大意义 and 组织领导 are information rows
    assert tasks["2.1"].text.startswith("将学习宣传贯彻")
    assert tasks["2.1"].names["departments"] == ["办公室", "党支部"]
    assert zunyi_draft.state == PlanState.DRAFT and zunyi_draft.doc_number == "遵市科协字〔2022〕6号"
    assert zunyi_draft.default_due == datetime.date(2022, 12, 31)


def test_building_twice_gives_the_same_plan(zunyi_doc, zunyi_draft, user):
    plan, created = services.build_plan(zunyi_doc, user("zunyi-staff"))
    assert plan == zunyi_draft and not created


def test_only_the_documents_editors_build(zunyi_doc, user):
    for username in ("zunyi-leader", "zunyi-supervisor", "zhengan-staff", "sichuan-admin"):
        with pytest.raises(PermissionDenied):
            services.build_plan(zunyi_doc, user(username))


def test_names_match_exactly_and_keciguan_is_the_subordinate_museum(zunyi_draft):
    m = NameMatch.objects.get(task__plan=zunyi_draft, task__outline_id="2.2", name="科技馆")
    assert m.state == MatchState.CONFIRMED and m.organisation.name == "遵义市科技馆" and m.score == 1.0
    leaders = NameMatch.objects.filter(task__plan=zunyi_draft, role="lead_leaders")
    assert {m.person.name for m in leaders} == {"雷洪", "史廷昌"}


def test_similar_names_are_pending_with_scored_candidates(org):
    d = Directory(org("遵义市科协"))
    r = match_name(d, "responsible_leaders", "杨新路")
    assert r.state == "pending" and r.candidates[0].label == "杨新露" and 0.5 < r.candidates[0].score < 1
    r = match_name(d, "departments", "市科协办公室")  # an alias of 办公室
    assert r.state == "confirmed" and r.kind == "department"
    r = match_name(d, "departments", "宣传部")
    assert r.state == "pending"
    assert similarity("办公室", "科协办公室") > 0.6


def test_recipients_expand(org):
    d = Directory(org("遵义市科协"))
    counties = expand_recipient(d, "各县（市、区）科协")
    assert len(counties.organisations) == 14 and all(o.level == 4 for o in counties.organisations)
    assert {x.name for x in expand_recipient(d, "市科协机关各部（室）").departments} == {"办公室", "业务部", "党支部"}
    assert [o.name for o in expand_recipient(d, "新蒲新区科技局").organisations] == ["新蒲新区科技局"]
    assert expand_recipient(d, "高校科协").organisations == []
    sichuan = Directory(org("四川省科协"))
    assert len(expand_recipient(sichuan, "各市（州）科协").organisations) == 21


def test_unresolved_recipients_and_names_block_publishing(zunyi_draft, user):
    staff = user("zunyi-staff")
    with pytest.raises(services.LedgerError, match="待确认"):
        services.publish(zunyi_draft, staff)
    assert zunyi_draft.recipients.filter(state=MatchState.PENDING).count() == 3  # 学会, 高校, 企业: none under 遵义


def test_resolve_match_pick_create_ignore(zunyi_draft, user, org):
    staff = user("zunyi-staff")
    task = zunyi_draft.tasks.get(outline_id="2.1")
    m = NameMatch.objects.create(task=task, role="departments", name="宣传科", state=MatchState.PENDING)
    services.resolve_match(m, staff, action="create")
    assert m.state == MatchState.CREATED and m.department.name == "宣传科"
    assert m.department.organisation == org("遵义市科协")
    m2 = NameMatch.objects.create(task=task, role="partner_units", name="正安科协", state=MatchState.PENDING)
    services.resolve_match(m2, staff, action="pick", kind="organisation", target_id=org("正安县科协").pk)
    assert m2.organisation.short_name == "正安县科协"
    with pytest.raises(services.LedgerError):  # not in the issuer's subtree
        services.resolve_match(m2, staff, action="pick", kind="organisation", target_id=org("成都市科协").pk)
    services.resolve_match(m2, staff, action="ignore")
    assert m2.state == MatchState.IGNORED
    assert Entry.objects.filter(plan_id=zunyi_draft.pk, object_type="ledger.namematch").count() == 3


def test_publish_creates_lead_and_partner_assignments(zunyi_plan, org, user):
    assert zunyi_plan.state == PlanState.PUBLISHED
    a21 = list(Assignment.objects.filter(task__outline_id="2.1", plan=zunyi_plan).order_by("id"))
    assert [(a.department.name, a.role) for a in a21] == [("办公室", "lead"), ("党支部", "partner")]
    a22 = list(Assignment.objects.filter(task__outline_id="2.2", plan=zunyi_plan).order_by("id"))
    assert [(a.assignee_label, a.role) for a in a22] == [("业务部", "lead"), ("遵义市科技馆", "partner")]
    # A task that names nobody goes to every recipient: 3 departments + 科技馆 + 14 counties + 新蒲.
    a32 = Assignment.objects.filter(task__outline_id="3.2", plan=zunyi_plan)
    assert a32.count() == 19 and set(a32.values_list("role", flat=True)) == {AssignmentRole.LEAD}
    assert not Assignment.objects.filter(task__is_group=True).exists()
    assert all(a.due_date == datetime.date(2022, 12, 31) for a in a32)
    # Publishing is logged once, for the plan; each assignment's history still opens with its 交办 step, its
    # snapshot as published, made from the plan and owned by the unit it was given to.
    assert not Entry.objects.filter(object_type="ledger.assignment").exists()
    assert Entry.objects.filter(object_type="ledger.plan", action="publish").count() == 1
    publisher = user("zunyi-staff")
    assert zunyi_plan.published_by == publisher
    for a in zunyi_plan.assignments.select_related("organisation", "plan__organisation", "plan__published_by"):
        [first] = reads.assignment_history(publisher, a)
        assert (first.action, first.after, first.before, first.scope_path) == (
            "assign", a.snapshot(), {}, a.organisation.path)
        assert (first.organisation, first.user, first.at) == (zunyi_plan.organisation, publisher,
                                                              zunyi_plan.published_at)


def test_the_first_step_shows_the_assignment_as_published(zunyi_plan, user, org):
    """After an agreed extension and a report, the 交办 step still shows the first due date and status."""
    a = _zhengan(zunyi_plan, org)
    published_due = a.due_date
    county, city = user("zhengan-staff"), user("zunyi-staff")
    services.act(a, "accept", county)
    services.act(a, "request_extension", county, reason="需要更多时间", new_due=datetime.date(2023, 3, 31))
    services.act(a, "approve_extension", city)
    a.refresh_from_db()
    assert a.due_date == datetime.date(2023, 3, 31)
    steps = reads.assignment_history(county, a)
    assert [e.action for e in steps] == ["approve_extension", "request_extension", "accept", "assign"]
    assert steps[-1].after == {"status": "assigned", "due_date": published_due.isoformat(), "requested_due": None,
                               "progress": 0}
    # The issuer side reads the same history.
    assert [e.action for e in reads.assignment_history(city, a)] == [e.action for e in steps]


def test_publish_twice_is_refused(zunyi_plan, user):
    with pytest.raises(services.LedgerError):
        services.publish(zunyi_plan, user("zunyi-staff"))


def _zhengan(plan, org):
    return Assignment.objects.select_related("plan", "task").get(
        plan=plan, task__outline_id="3.2", organisation=org("正安县科协"))


def test_full_flow_with_roles(zunyi_plan, user, org):
    a = _zhengan(zunyi_plan, org)
    county, city = user("zhengan-staff"), user("zunyi-staff")
    with pytest.raises(PermissionDenied):
        services.act(a, "accept", city)  # the issuer does not accept for the unit
    with pytest.raises(PermissionDenied):
        services.act(a, "accept", user("zunyi-leader"))
    services.act(a, "accept", county, version=a.version)
    assert a.status == Status.ACCEPTED and a.accepted_at
    services.act(a, "start", county)
    with pytest.raises(services.LedgerError):
        services.act(a, "close", city)  # only after 申请办结
    services.act(a, "request_completion", county, reason="已完成")
    with pytest.raises(services.LedgerError, match="理由"):
        services.act(a, "return", city)
    services.act(a, "return", city, reason="材料不全")
    assert a.status == Status.RETURNED
    services.act(a, "request_completion", county)
    with pytest.raises(PermissionDenied):
        services.act(a, "close", county)
    services.act(a, "close", city)
    a.refresh_from_db()
    assert a.status == Status.CLOSED and a.closed_at and a.version == 7
    actions = list(Entry.objects.filter(object_type="ledger.assignment", object_id=a.pk).order_by("at", "id")
                   .values_list("action", "reason"))
    assert actions[0] == ("accept", "") and ("return", "材料不全") in actions and actions[-1][0] == "close"


def test_extension_agreed_and_refused(zunyi_plan, user, org):
    a = _zhengan(zunyi_plan, org)
    county, city = user("zhengan-staff"), user("zunyi-staff")
    services.act(a, "accept", county)
    with pytest.raises(services.LedgerError):
        services.act(a, "request_extension", county, reason="汛期", new_due=None)
    services.act(a, "request_extension", county, reason="汛期", new_due=datetime.date(2023, 3, 31))
    assert a.status == Status.EXTENSION_REQUESTED
    services.act(a, "approve_extension", city)
    a.refresh_from_db()
    assert a.status == Status.ACCEPTED and a.due_date == datetime.date(2023, 3, 31) and a.requested_due is None
    services.act(a, "request_extension", county, reason="再延", new_due=datetime.date(2023, 6, 30))
    with pytest.raises(services.LedgerError):
        services.act(a, "reject_extension", city)
    services.act(a, "reject_extension", city, reason="不宜再延")
    a.refresh_from_db()
    assert a.status == Status.ACCEPTED and a.due_date == datetime.date(2023, 3, 31)


def test_stale_version_is_a_conflict(zunyi_plan, user, org):
    a = _zhengan(zunyi_plan, org)
    county = user("zhengan-staff")
    stale = Assignment.objects.select_related("plan", "task").get(pk=a.pk)
    services.act(a, "accept", county)
    with pytest.raises(services.Conflict):
        services.act(stale, "request_extension", county, reason="x", new_due=datetime.date(2023, 1, 31))
    with pytest.raises(services.Conflict):
        services.act(a, "start", county, version=1)


def test_report_with_attachments(zunyi_plan, user, org, settings):
    a = _zhengan(zunyi_plan, org)
    county = user("zhengan-staff")
    png = b"\x89PNG\r\n\x1a\n" + b"0" * 20
    r = services.submit_report(a, county, text="召开专题会议学习", percent=30, is_typical_case=True,
                               files=[("会议.png", png), ("方案.pdf", b"%PDF-1.4 x")])
    assert [x.filename for x in r.attachments.all()] == ["会议.png", "方案.pdf"]
    from kexie.documents import storage
    assert storage.read_blob(r.attachments.first().sha256) == png
    a.refresh_from_db()
    assert a.status == Status.IN_PROGRESS and a.progress == 30 and a.progress_text == "召开专题会议学习"
    with pytest.raises(services.LedgerError, match="a.exe：不能上传这种文件"):
        services.submit_report(a, county, text="x", files=[("a.exe", b"MZ")])
    with pytest.raises(services.LedgerError, match="a.pdf：文件内容不是 PDF 文件"):
        services.submit_report(a, county, text="x", files=[("a.pdf", b"not a pdf")])
    settings.KEXIE_MAX_ATTACHMENT_BYTES = 10
    with pytest.raises(services.LedgerError, match="太大"):
        services.submit_report(a, county, text="x", files=[("a.pdf", b"%PDF" + b"0" * 20)])
    with pytest.raises(PermissionDenied):
        services.submit_report(a, user("zunyi-staff"), text="x")
    assert a.reports.count() == 1


def test_filing(zunyi_plan, user, org):
    from ledger_helpers import ingest_seed
    county = user("zhengan-staff")
    doc = ingest_seed("baoding-2021-9-activity-plan.txt", org("正安县科协"))
    f = services.file_plan(zunyi_plan, county, doc, note="正安县实施方案")
    assert f.organisation == org("正安县科协")
    filers = list(services.expected_filers(user("zunyi-staff"), zunyi_plan))
    assert org("正安县科协") in filers and org("遵义市科协") not in filers and len(filers) == 16
    with pytest.raises(PermissionDenied):
        services.file_plan(zunyi_plan, user("sichuan-admin"), doc)
    with pytest.raises(services.LedgerError):
        services.file_plan(zunyi_plan, county, zunyi_plan.document)


def test_unit_names_and_recipients_in_a_fresh_draft(zunyi_draft, user):
    staff = user("zunyi-staff")
    resolve_all(zunyi_draft, staff)
    r = services.add_recipient(zunyi_draft, staff, "正安县科协")
    assert r.state == MatchState.CONFIRMED
    planned = services.planned_assignments(zunyi_draft)
    assert len(planned) == 2 + 2 + 3 + 2 * 19  # 3.2 and 3.3 go to every recipient (1 and 3.1 are information)


@pytest.mark.django_db
def test_no_assignment_index_is_covered_by_another():
    """Publishing writes 112,000 assignments at once: an index whose columns lead another one only costs."""
    from django.db import connection
    with connection.cursor() as cursor:
        found = connection.introspection.get_constraints(cursor, Assignment._meta.db_table)
    indexes = {name: c["columns"] for name, c in found.items()
               if c["index"] and not c["unique"] and not c["primary_key"] and c["columns"]}
    every = [c["columns"] for c in found.values() if (c["index"] or c["unique"]) and c["columns"]]
    covered = {name: cols for name, cols in indexes.items()
               if any(len(other) > len(cols) and other[:len(cols)] == cols for other in every)}
    assert not covered
