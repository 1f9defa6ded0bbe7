"""Small service functions behind every page and API action: build, review, publish, act, report, file.

Each one checks who may do it, changes the rows, and records a Change (who, when, before, after, why).
Assignments change only through `act`/`submit_report`, whose UPDATE is conditional on the version the
user saw, so of two people acting at once one wins and the other is told to reload (Conflict).
"""

from __future__ import annotations

import datetime
import os
import re

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, connection, transaction
from django.db.models import F
from django.utils import timezone

from kexie.documents import storage
from kexie.documents.models import Document
from kexie.orgs.access import membership_of
from kexie.orgs.models import Department, Level, Organisation, Person, normalise_name

from . import flow
from .matching import Directory, expand_recipient, match_name
from .models import (Assignment, AssignmentRole, Change, Filing, MatchState, NameMatch, ObjectType, Plan,
                     PlanRecipient, PlanState, Report, ReportAttachment, Role, Status, Task)


class LedgerError(Exception):
    """An action that cannot be done as asked; str(error) is one sentence for the user."""


class Conflict(LedgerError):
    """Someone else changed the object since the user loaded it."""

    def __init__(self, message: str = "此事项刚被他人修改，请刷新页面后重试。"):
        super().__init__(message)


# --- recording -----------------------------------------------------------------------------------------

def _change(plan_id: int, object_type: str, object_id: int, action: str, user=None, *, before=None,
            after=None, reason: str = "") -> Change:
    membership = membership_of(user) if user is not None else None
    return Change(plan_id=plan_id, object_type=object_type, object_id=object_id, action=action,
                  user=user if getattr(user, "pk", None) else None,
                  organisation_id=membership.organisation_id if membership else None,
                  before=before or {}, after=after or {}, reason=reason)


def record(*args, **kwargs) -> Change:
    change = _change(*args, **kwargs)
    change.save()
    return change


# --- permissions ---------------------------------------------------------------------------------------

def require_issuer(user, plan: Plan):
    """An editor (管理员/经办) of the organisation that issued the plan."""
    membership = membership_of(user)
    if membership is None or not membership.can_edit or membership.organisation_id != plan.organisation_id:
        raise PermissionDenied("只有发文单位的管理员和经办人员可以执行此操作。")
    return membership


def require_assignee(user, assignment: Assignment):
    membership = membership_of(user)
    if (membership is None or not membership.can_edit
            or membership.organisation_id != assignment.organisation_id):
        raise PermissionDenied("只有承办单位的管理员和经办人员可以执行此操作。")
    return membership


def can_act(user, assignment: Assignment, step: flow.Step) -> bool:
    membership = membership_of(user)
    if membership is None or not membership.can_edit:
        return False
    org_id = assignment.plan.organisation_id if step.who == flow.ISSUER else assignment.organisation_id
    return membership.organisation_id == org_id


def allowed_steps(user, assignment: Assignment) -> list[flow.Step]:
    return [s for s in flow.steps_from(assignment.status) if can_act(user, assignment, s)]


# --- building a draft ----------------------------------------------------------------------------------

def _date(value) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        return None


def _year_of(document: Document, parse: dict) -> int:
    if document.date:
        return document.date.year
    m = re.search(r"〔(\d{4})〕", document.doc_number or parse.get("doc_number") or "")
    if m:
        return int(m.group(1))
    return timezone.localdate().year


def _actionable(item: dict, has_children: bool) -> bool:
    """Items that name responsibility, or leaves, are tasks; headings over children are group rows."""
    resp = item.get("responsibility") or {}
    return any(resp.get(r) for r in Role.values) or not has_children


@transaction.atomic
def build_plan(document: Document, user) -> tuple[Plan, bool]:
    """The draft ledger of a stored plan: tasks, name matches and recipients. Returns (plan, created).

    Only an editor of the document's organisation builds it; the same document gives the same plan.
    """
    membership = membership_of(user)
    if membership is None or not membership.can_edit or membership.organisation_id != document.organisation_id:
        raise PermissionDenied("只有文件所属单位的管理员和经办人员可以建立台账。")
    existing = Plan.objects.filter(document=document).first()
    if existing is not None:
        return existing, False
    parse = document.parse or {}
    outline = parse.get("outline") or []
    if not outline:
        raise LedgerError("这份文件没有读出条目，无法建立台账。")
    issuer = document.organisation
    year = _year_of(document, parse)
    plan = Plan.objects.create(
        organisation=issuer, document=document, created_by=user, year=year,
        title=(parse.get("enclosed_title") or document.title or document.filename)[:500],
        doc_number=document.doc_number or "", default_due=datetime.date(year, 12, 31))
    _add_tasks(plan, outline)
    directory = Directory(issuer)
    _match_names(plan, directory)
    for i, name in enumerate(parse.get("recipients") or []):
        _add_recipient(plan, directory, name, i)
    record(plan.pk, ObjectType.PLAN, plan.pk, "create", user, after=plan.snapshot(),
           reason=f"由文件《{document.display_title}》建立")
    return plan, True


def _add_tasks(plan: Plan, outline: list[dict]) -> list[Task]:
    ids = [item["id"] for item in outline]
    parents = {i: i.rsplit(".", 1)[0] if "." in i else None for i in ids}
    with_children = {p for p in parents.values() if p}
    tasks = []
    for order, item in enumerate(outline):
        resp = item.get("responsibility") or {}
        tasks.append(Task(
            plan=plan, outline_id=item["id"][:30], marker=(item.get("marker") or "")[:20],
            level=item.get("level") or 1, heading=(item.get("heading") or "")[:500], text=item.get("text") or "",
            order=order, deadline=_date(item.get("deadline")), time_hint=(item.get("time_hint") or "")[:500],
            is_group=not _actionable(item, item["id"] in with_children),
            names={r: list(resp.get(r) or []) for r in Role.values if resp.get(r)}))
    Task.objects.bulk_create(tasks)
    by_id = {t.outline_id: t for t in tasks}
    linked = []
    for t in tasks:
        parent = by_id.get(parents.get(t.outline_id) or "")
        if parent is not None:
            t.parent = parent
            linked.append(t)
    Task.objects.bulk_update(linked, ["parent"])
    return tasks


def _match_names(plan: Plan, directory: Directory) -> None:
    matches = []
    for task in plan.tasks.all():
        for role in Role.values:
            for i, name in enumerate(task.names.get(role) or []):
                result = match_name(directory, role, name)
                m = NameMatch(task=task, role=role, name=name[:200], order=i, score=result.score,
                              state=result.state, candidates=[c.as_dict() for c in result.candidates])
                if result.kind:
                    setattr(m, f"{result.kind}_id", result.id)
                matches.append(m)
    NameMatch.objects.bulk_create(matches)


def _add_recipient(plan: Plan, directory: Directory, name: str, order: int) -> PlanRecipient:
    expansion = expand_recipient(directory, name)
    state = MatchState.CONFIRMED if (expansion.exact and (expansion.organisations or expansion.departments)) \
        else MatchState.PENDING
    recipient = PlanRecipient.objects.create(plan=plan, name=name[:200], order=order, rule=expansion.rule,
                                             state=state, candidates=[c.as_dict() for c in expansion.candidates])
    if expansion.organisations:
        recipient.organisations.set(expansion.organisations)
    if expansion.departments:
        recipient.departments.set(expansion.departments)
    return recipient


def _require_draft(plan: Plan) -> None:
    if plan.state != PlanState.DRAFT:
        raise LedgerError("台账已下发，不能再修改草稿。")


@transaction.atomic
def add_recipient(plan: Plan, user, name: str) -> PlanRecipient:
    require_issuer(user, plan)
    _require_draft(plan)
    name = normalise_name(name)
    if not name:
        raise LedgerError("请填写主送单位名称。")
    order = plan.recipients.count()
    recipient = _add_recipient(plan, Directory(plan.organisation), name, order)
    record(plan.pk, ObjectType.RECIPIENT, recipient.pk, "create", user, after={"name": name, "rule": recipient.rule})
    return recipient


@transaction.atomic
def set_recipient(recipient: PlanRecipient, user, *, organisation_ids=(), department_ids=(),
                  ignore: bool = False) -> PlanRecipient:
    """Confirm what a recipient expands to (the ids must be the issuer's subtree and departments), or ignore it."""
    plan = recipient.plan
    require_issuer(user, plan)
    _require_draft(plan)
    before = {"state": recipient.state, "organisations": sorted(o.pk for o in recipient.organisations.all()),
              "departments": sorted(d.pk for d in recipient.departments.all())}
    if ignore:
        orgs, depts = [], []
        recipient.state = MatchState.IGNORED
    else:
        orgs = list(Organisation.objects.subtree(plan.organisation).exclude(pk=plan.organisation_id)
                    .filter(pk__in=[int(i) for i in organisation_ids]))
        depts = list(Department.objects.filter(organisation=plan.organisation, pk__in=[int(i) for i in department_ids]))
        recipient.state = MatchState.CONFIRMED
    recipient.save(update_fields=["state"])
    recipient.organisations.set(orgs)
    recipient.departments.set(depts)
    record(plan.pk, ObjectType.RECIPIENT, recipient.pk, "ignore" if ignore else "confirm", user, before=before,
           after={"state": recipient.state, "organisations": sorted(o.pk for o in orgs),
                  "departments": sorted(d.pk for d in depts)})
    return recipient


def _match_snapshot(m: NameMatch) -> dict:
    return {"state": m.state, "person": m.person_id, "department": m.department_id,
            "organisation": m.organisation_id}


@transaction.atomic
def resolve_match(match: NameMatch, user, *, action: str, kind: str | None = None,
                  target_id: int | None = None) -> NameMatch:
    """Confirm a name: pick a record (kind + id), create one named as the document names it, or ignore it."""
    plan = match.task.plan
    require_issuer(user, plan)
    _require_draft(plan)
    before = _match_snapshot(match)
    match.person = match.department = match.organisation = None
    issuer = plan.organisation
    if action == "ignore":
        match.state = MatchState.IGNORED
    elif action == "pick":
        if kind == "person":
            match.person = Person.objects.filter(organisation=issuer, pk=target_id).first()
        elif kind == "department":
            match.department = Department.objects.filter(organisation=issuer, pk=target_id).first()
        elif kind == "organisation":
            match.organisation = (Organisation.objects.subtree(issuer).exclude(pk=issuer.pk)
                                  .filter(pk=target_id).first())
        if match.target is None:
            raise LedgerError("请选择一个本单位的人员、部门或下级单位。")
        match.state = MatchState.CONFIRMED
        match.score = next((c["score"] for c in match.candidates
                            if c["kind"] == kind and c["id"] == int(target_id)), match.score)
    elif action == "create":
        name = normalise_name(match.name)
        if match.role in (Role.LEAD_LEADERS, Role.RESPONSIBLE_LEADERS):
            match.person, _ = Person.objects.get_or_create(organisation=issuer, name=name)
        elif match.role == Role.DEPARTMENTS or kind == "department":
            match.department, _ = Department.objects.get_or_create(organisation=issuer, name=name)
        else:
            match.organisation = Organisation.objects.filter(name=name).first() or Organisation.objects.create(
                name=name, parent=issuer, level=min(issuer.level + 1, Level.TOWNSHIP), kind="other")
            if not match.organisation.is_within(issuer):
                raise LedgerError(f"{name} 已存在但不在本单位下级，不能作为承办单位。")
        match.state = MatchState.CREATED
    else:
        raise LedgerError("未知的操作。")
    match.save()
    record(plan.pk, ObjectType.MATCH, match.pk, "create_record" if action == "create" else
           ("ignore" if action == "ignore" else "confirm"), user, before=before, after=_match_snapshot(match),
           reason=f"{match.get_role_display()}：{match.name}")
    return match


@transaction.atomic
def update_plan(plan: Plan, user, **fields) -> Plan:
    require_issuer(user, plan)
    before = plan.snapshot()
    allowed = {"title", "doc_number", "default_due", "warning_days"}
    for key, value in fields.items():
        if key in allowed and value is not None:
            setattr(plan, key, value)
    if plan.snapshot() != before:
        updated = Plan.objects.filter(pk=plan.pk, version=plan.version).update(
            title=plan.title, doc_number=plan.doc_number, default_due=plan.default_due,
            warning_days=plan.warning_days, version=F("version") + 1)
        if not updated:
            raise Conflict()
        plan.version += 1
        record(plan.pk, ObjectType.PLAN, plan.pk, "update", user, before=before, after=plan.snapshot())
    return plan


@transaction.atomic
def update_task(task: Task, user, *, due_date=None, is_group: bool | None = None, clear_due: bool = False) -> Task:
    """Change a draft task's due date or whether it is a task at all (a group row gets no assignments)."""
    require_issuer(user, task.plan)
    _require_draft(task.plan)
    before = task.snapshot()
    if due_date is not None or clear_due:
        task.due_date = due_date
    if is_group is not None:
        task.is_group = is_group
    if task.snapshot() != before:
        task.save(update_fields=["due_date", "is_group"])
        record(task.plan_id, ObjectType.TASK, task.pk, "update", user, before=before, after=task.snapshot())
    return task


# --- publishing ----------------------------------------------------------------------------------------

def pending_items(plan: Plan) -> dict:
    return {
        "matches": NameMatch.objects.filter(task__plan=plan, task__is_group=False, state=MatchState.PENDING).count(),
        "recipients": plan.recipients.filter(state=MatchState.PENDING).count(),
    }


def _planned(plan: Plan) -> list[tuple[int, int, int | None, str, datetime.date | None]]:
    """(task, organisation, department, role, due date) of every assignment publishing would create, in order.

    Per task: the units its items name (牵头单位, then 责任科室, then 配合单位; the first of the first two
    leads, the rest partner); a task that names none goes to every recipient of the plan, each as lead,
    since each answers for its own area. Plain tuples: a plan to 100 units makes thousands of these.
    """
    issuer = plan.organisation
    recipient_units: list[tuple[int, int | None]] = []
    for r in plan.recipients.filter(state=MatchState.CONFIRMED).prefetch_related("organisations", "departments"):
        recipient_units += [(issuer.pk, d.pk) for d in r.departments.all()]
        recipient_units += [(o.pk, None) for o in r.organisations.all()]
    recipient_units = list(dict.fromkeys(recipient_units))
    matches: dict[int, list[NameMatch]] = {}
    for m in NameMatch.objects.filter(task__plan=plan).exclude(role__in=(Role.LEAD_LEADERS,
                                                                           Role.RESPONSIBLE_LEADERS)):
        matches.setdefault(m.task_id, []).append(m)
    rank = {Role.LEAD_UNITS: 0, Role.DEPARTMENTS: 1, Role.PARTNER_UNITS: 2}
    planned = []
    for task in plan.tasks.filter(is_group=False).order_by("order"):
        due = task.due_date or task.deadline or plan.default_due
        units: dict[tuple[int, int | None], str] = {}
        named = sorted((m for m in matches.get(task.pk, []) if m.counts), key=lambda m: (rank[m.role], m.order))
        for m in named:
            key = (issuer.pk, m.department_id) if m.department_id else (m.organisation_id, None)
            role = AssignmentRole.PARTNER if (m.role == Role.PARTNER_UNITS or units) else AssignmentRole.LEAD
            units.setdefault(key, role)
        if not units:
            units = {key: AssignmentRole.LEAD for key in recipient_units}
        planned += [(task.pk, org_id, dept_id, role, due) for (org_id, dept_id), role in units.items()]
    return planned


def planned_assignments(plan: Plan) -> list[Assignment]:
    """The assignments publishing would create (unsaved), in ledger order."""
    return [Assignment(task_id=t, plan=plan, organisation_id=o, department_id=d, role=r, due_date=due)
            for t, o, d, r, due in _planned(plan)]


@transaction.atomic
def publish(plan: Plan, user) -> int:
    """Send the plan down: create every assignment. Returns how many. Refused while anything is pending."""
    require_issuer(user, plan)
    _require_draft(plan)
    pending = pending_items(plan)
    if pending["matches"] or pending["recipients"]:
        raise LedgerError(f"还有 {pending['matches']} 个名称、{pending['recipients']} 个主送单位待确认，确认后才能下发。")
    rows = _planned(plan)
    if not rows:
        raise LedgerError("没有可交办的单位：请确认主送单位或各任务的责任单位。")
    if any(r[4] is None for r in rows):
        raise LedgerError("请先设定默认完成时限。")
    now = timezone.now()
    # The state flip is conditional, so publishing twice at once creates the assignments once.
    if not Plan.objects.filter(pk=plan.pk, state=PlanState.DRAFT, version=plan.version).update(
            state=PlanState.PUBLISHED, published_at=now, version=F("version") + 1):
        raise Conflict("台账刚被他人修改或已下发，请刷新页面。")
    before = plan.snapshot()
    plan.state, plan.published_at, plan.version = PlanState.PUBLISHED, now, plan.version + 1
    publish_change = _change(plan.pk, ObjectType.PLAN, plan.pk, "publish", user, before=before,
                             after=plan.snapshot(), reason=f"交办 {len(rows)} 项")
    if connection.vendor == "postgresql":
        _copy_assignments(plan, rows, publish_change, now)
    else:
        assignments = [Assignment(task_id=t, plan=plan, organisation_id=o, department_id=d, role=r, due_date=due)
                       for t, o, d, r, due in rows]
        Assignment.objects.bulk_create(assignments, batch_size=500)
        changes = [_change(plan.pk, ObjectType.ASSIGNMENT, a.pk, "assign", user, after=a.snapshot())
                   for a in assignments]
        Change.objects.bulk_create([*changes, publish_change], batch_size=500)
    return len(rows)


def _copy_assignments(plan: Plan, rows, publish_change: Change, now) -> None:
    """PostgreSQL's COPY for the thousands of rows of a plan sent to many units: ~20 times faster than
    bulk_create's parameter binding. The rows go as one block of COPY text (ids, dates and fixed words:
    nothing needs escaping) rather than row by row, and their history rows are made by the server from the
    new assignments (INSERT … SELECT), so 112,000 assignments never come back to Python."""
    a_cols = ["task_id", "plan_id", "organisation_id", "department_id", "role", "due_date", "status",
              "status_before_extension", "progress", "progress_text", "version", "created_at", "updated_at"]
    null, stamp = "\\N", now.isoformat()
    tail = f"\t{Status.ASSIGNED.value}\t\t0\t\t1\t{stamp}\t{stamp}\n"
    block = "".join(f"{t}\t{plan.pk}\t{o}\t{null if d is None else d}\t{r}\t{due.isoformat()}{tail}"
                    for t, o, d, r, due in rows)
    c = publish_change
    c_cols = ["plan_id", "object_type", "object_id", "action", "user_id", "organisation_id", "at", "before",
              "after", "reason"]
    with connection.cursor() as cursor:
        with cursor.cursor.copy(f"COPY {Assignment._meta.db_table} ({', '.join(a_cols)}) FROM STDIN") as copy:
            copy.write(block)
        # The same "after" as Assignment.snapshot() of a new assignment.
        cursor.execute(
            f"INSERT INTO {Change._meta.db_table} ({', '.join(c_cols)}) "
            f"SELECT plan_id, %s, id, 'assign', %s, %s, %s, '{{}}'::jsonb, jsonb_build_object("
            f"'status', status, 'due_date', due_date, 'requested_due', NULL, 'progress', progress), '' "
            f"FROM {Assignment._meta.db_table} WHERE plan_id = %s",
            [ObjectType.ASSIGNMENT, c.user_id, c.organisation_id, now, plan.pk])
    c.save()


# --- the status flow -----------------------------------------------------------------------------------

def act(assignment: Assignment, action: str, user, *, version: int | None = None, reason: str = "",
        new_due: datetime.date | None = None) -> Assignment:
    """Take one step of the flow on an assignment, as the user, from the version they saw."""
    step = flow.STEPS.get(action)
    if step is None:
        raise LedgerError("未知的操作。")
    if step.who == flow.ISSUER:
        require_issuer(user, assignment.plan)
    else:
        require_assignee(user, assignment)
    if version is not None and int(version) != assignment.version:
        raise Conflict()
    if assignment.status not in step.sources:
        raise LedgerError(f"当前状态为“{assignment.get_status_display()}”，不能{step.label}。")
    reason = (reason or "").strip()
    if step.reason_required and not reason:
        raise LedgerError(f"{step.label}需要填写理由。")
    now = timezone.now()
    before = assignment.snapshot()
    fields: dict = {}
    if step.action == "request_extension":
        if new_due is None:
            raise LedgerError("请填写申请延期到的日期。")
        if assignment.due_date and new_due <= assignment.due_date:
            raise LedgerError("延期日期应晚于现在的完成时限。")
        fields.update(requested_due=new_due, status_before_extension=assignment.status)
    if step.target is None:  # back from an extension request
        target = assignment.status_before_extension or Status.ACCEPTED
        if step.action == "approve_extension":
            fields["due_date"] = assignment.requested_due or assignment.due_date
        fields.update(requested_due=None, status_before_extension="")
    else:
        target = step.target
    fields["status"] = target
    if target == Status.ACCEPTED and not assignment.accepted_at:
        fields["accepted_at"] = now
    if target == Status.CLOSED:
        fields["closed_at"] = now
    with transaction.atomic():
        updated = Assignment.objects.filter(pk=assignment.pk, version=assignment.version).update(
            **fields, version=F("version") + 1, updated_at=now)
        if not updated:
            raise Conflict()
        for key, value in fields.items():
            setattr(assignment, key, value)
        assignment.version += 1
        assignment.updated_at = now
        record(assignment.plan_id, ObjectType.ASSIGNMENT, assignment.pk, action, user, before=before,
               after=assignment.snapshot(), reason=reason)
    return assignment


# --- reports -------------------------------------------------------------------------------------------

ATTACHMENT_TYPES = {
    ".docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", (b"PK\x03\x04",)),
    ".pdf": ("application/pdf", (b"%PDF",)),
    ".png": ("image/png", (b"\x89PNG\r\n\x1a\n",)),
    ".jpg": ("image/jpeg", (b"\xff\xd8\xff",)),
    ".jpeg": ("image/jpeg", (b"\xff\xd8\xff",)),
}
REPORTABLE = (Status.ASSIGNED, Status.ACCEPTED, Status.IN_PROGRESS, Status.RETURNED, Status.EXTENSION_REQUESTED)


def attachment_limit() -> int:
    return getattr(settings, "KEXIE_MAX_ATTACHMENT_BYTES", 20 * 1024 * 1024)


def check_attachment(filename: str, data: bytes) -> tuple[str, str]:
    """(clean filename, content type) of an acceptable attachment, else LedgerError saying why."""
    name = os.path.basename((filename or "").replace("\\", "/")).strip()[:255] or "attachment"
    ext = os.path.splitext(name)[1].lower()
    if ext not in ATTACHMENT_TYPES:
        raise LedgerError(f"{name}：只能上传 docx、pdf、png、jpg 文件。")
    if not data:
        raise LedgerError(f"{name}：文件是空的。")
    if len(data) > attachment_limit():
        raise LedgerError(f"{name}：文件太大（上限 {attachment_limit() // (1024 * 1024)} MB）。")
    content_type, magics = ATTACHMENT_TYPES[ext]
    if not data.startswith(magics):
        raise LedgerError(f"{name}：文件内容与扩展名不符。")
    return name, content_type


def submit_report(assignment: Assignment, user, *, text: str, percent: int = 0, is_typical_case: bool = False,
                  files=(), created_at=None) -> Report:
    """报送: a report of the assigned unit, with attachments kept as originals (files: (name, bytes) pairs)."""
    require_assignee(user, assignment)
    if assignment.status not in REPORTABLE:
        raise LedgerError(f"当前状态为“{assignment.get_status_display()}”，不能报送。")
    text = (text or "").strip()
    if not text:
        raise LedgerError("请填写进展情况。")
    try:
        percent = int(percent)
    except (TypeError, ValueError):
        raise LedgerError("完成进度应为 0 到 100 的整数。")
    if not 0 <= percent <= 100:
        raise LedgerError("完成进度应为 0 到 100 的整数。")
    checked = [(*check_attachment(name, data), data) for name, data in files]
    now = created_at or timezone.now()
    with transaction.atomic():
        report = Report.objects.create(assignment=assignment, author=user, text=text, percent=percent,
                                       is_typical_case=bool(is_typical_case), created_at=now)
        for name, content_type, data in checked:
            sha256 = storage.sha256_of(data)
            storage.write_blob(data, sha256)
            ReportAttachment.objects.create(report=report, filename=name, sha256=sha256, size=len(data),
                                            content_type=content_type)
        before = assignment.snapshot()
        fields = {"progress": percent, "progress_text": text, "last_report_at": now}
        # Reporting is working: an assignment not yet 办理中 moves there, unless an extension is pending.
        if assignment.status in (Status.ASSIGNED, Status.ACCEPTED, Status.RETURNED):
            fields["status"] = Status.IN_PROGRESS
            if not assignment.accepted_at:
                fields["accepted_at"] = now
        # Appending a report never overwrites another's; the row update is a plain increment.
        Assignment.objects.filter(pk=assignment.pk).update(**fields, version=F("version") + 1, updated_at=now)
        for key, value in fields.items():
            setattr(assignment, key, value)
        assignment.version += 1
        attachments = {"attachments": [c[0] for c in checked]} if checked else {}
        record(assignment.plan_id, ObjectType.REPORT, report.pk, "report", user,
               after={**report.snapshot(), **attachments})
        record(assignment.plan_id, ObjectType.ASSIGNMENT, assignment.pk, "report", user, before=before,
               after=assignment.snapshot())
    return report


# --- 备案 ------------------------------------------------------------------------------------------------

def expected_filers(plan: Plan):
    """The units expected to file their own plan: every organisation the plan was assigned to, but the issuer."""
    return (Organisation.objects.filter(assignments__plan=plan).exclude(pk=plan.organisation_id)
            .distinct().order_by("path"))


@transaction.atomic
def file_plan(plan: Plan, user, document: Document, note: str = "") -> Filing:
    """A unit files its own implementation plan (a document it stored) under the parent plan."""
    membership = membership_of(user)
    if membership is None or not membership.can_edit:
        raise PermissionDenied("只有管理员和经办人员可以备案。")
    org = membership.organisation
    if not Assignment.objects.filter(plan=plan, organisation=org).exclude(organisation=plan.organisation).exists():
        raise PermissionDenied("本单位不是这份台账的承办单位，无需备案。")
    if document.organisation_id != org.pk:
        raise LedgerError("只能备案本单位上传的文件。")
    filing = Filing.objects.filter(plan=plan, organisation=org).first()
    before = {"document": filing.document_id, "note": filing.note} if filing else {}
    try:
        if filing is None:
            with transaction.atomic():
                filing = Filing.objects.create(plan=plan, organisation=org, document=document, note=note[:500],
                                               filed_by=user)
        else:
            filing.document, filing.note, filing.filed_by = document, note[:500], user
            filing.save()
    except IntegrityError:
        raise Conflict("本单位刚刚已备案，请刷新页面。")
    record(plan.pk, ObjectType.FILING, filing.pk, "file", user, before=before,
           after={"document": document.pk, "title": document.display_title, "note": filing.note})
    return filing
