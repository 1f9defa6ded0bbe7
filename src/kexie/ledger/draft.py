"""The draft of a ledger: building it from a document, its name matches and recipients, plan and task edits.

Only an editor of the issuing organisation changes a draft (access.require_issuer); every change is
logged (journal.record) with the issuer as its owner.
"""

from __future__ import annotations

import datetime
import re

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from kexie.documents.models import Document
from kexie.documents.services import iso_date
from kexie.orgs.access import may_act_for
from kexie.orgs.models import Department, Level, Organisation, Person, normalise_name

from .access import require_issuer
from .errors import Conflict, LedgerError, NotAllowed
from .inputs import clean_text, parse_ids, parse_warning_days
from .journal import record
from . import hooks, relays, rhythms, sections
from .matching import (Directory, expand_recipient, group_expansion, join_enumerations, match_name,
                       recipient_organisations, rule_for, set_group_members)
from .models import Duty, MatchState, NameMatch, Plan, PlanRecipient, PlanState, Rhythm, Task


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
    return any(resp.get(r) for r in Duty.values) or not has_children


@transaction.atomic
def build_plan(document: Document, user) -> tuple[Plan, bool]:
    """The draft ledger of a stored plan: tasks, name matches and recipients. Returns (plan, created).

    Only an editor of the document's organisation builds it; the same document gives the same plan, also
    when two editors build it at the same moment (the unique constraint decides, the loser gets the plan).
    """
    if not may_act_for(user, document.organisation_id):
        raise NotAllowed(_("只有文件所属单位的管理员和经办人员可以建立台账。"))
    existing = Plan.objects.filter(document=document).first()
    if existing is not None:
        return existing, False
    parse = document.parse or {}
    outline = parse.get("outline") or []
    if not outline:
        raise LedgerError(_("这份文件没有读出条目，无法建立台账。"))
    issuer = document.organisation
    year = _year_of(document, parse)
    try:
        with transaction.atomic():
            plan = Plan.objects.create(
                organisation=issuer, document=document, created_by=user, year=year,
                title=(parse.get("enclosed_title") or document.title or document.filename)[:500],
                doc_number=(document.doc_number or "")[:100], default_due=datetime.date(year, 12, 31))
    except IntegrityError:
        return Plan.objects.get(document=document), False
    fill_draft(plan, outline, parse.get("recipients") or [])
    relays.link_filed(plan)  # built from a document its unit filed (备案): it carries out the plan filed under
    record(plan, "create", user, reason=_("由文件《%(title)s》建立") % {"title": document.display_title})
    return plan, True


def fill_draft(plan: Plan, outline: list[dict], recipients: list[str] = ()) -> None:
    """A new draft's tasks, recipients and name matches from kexie.parse/1 outline items: what a document and
    an imported spreadsheet (kexie.office.ledger_import) both go through before a person reviews them."""
    _add_tasks(plan, outline)
    directory = Directory(plan.organisation)
    # Recipients first: 配合单位：各有关单位 in a task means them. The reader cuts 、-lists apart.
    for i, name in enumerate(join_enumerations(list(recipients))):
        _add_recipient(plan, directory, name, i)
    _match_names(plan, directory)


def _add_tasks(plan: Plan, outline: list[dict]) -> list[Task]:
    ids = [item["id"] for item in outline]
    parents = {i: i.rsplit(".", 1)[0] if "." in i else None for i in ids}
    with_children = {p for p in parents.values() if p}
    # 指导思想, 工作目标, 工作要求 … are information rows; the text drops the lines that have columns of their
    # own; the document's deadline is the draft's due date (shown and editable on the review page).
    info = sections.info_sections(outline)
    tasks = []
    for order, item in enumerate(outline):
        resp = item.get("responsibility") or {}
        deadline = iso_date(item.get("deadline"))
        is_group = not _actionable(item, item["id"] in with_children) or item["id"] in info
        rhythm, offset = _proposed_rhythm(plan, item, deadline) if not is_group else (Rhythm.NONE, 0)
        tasks.append(Task(
            plan=plan, outline_id=item["id"][:30], marker=(item.get("marker") or "")[:20],
            level=item.get("level") or 1, heading=(item.get("heading") or "")[:500],
            text=sections.measure_text(item.get("text") or ""),
            order=order, deadline=deadline, due_date=deadline, time_hint=(item.get("time_hint") or "")[:500],
            is_group=is_group, info_section=info.get(item["id"], ""), rhythm=rhythm, rhythm_offset=offset,
            names={r: list(resp.get(r) or []) for r in Duty.values if resp.get(r)}))
    Task.objects.bulk_create(tasks)
    by_id = {t.outline_id: t for t in tasks}
    linked = []
    for t in tasks:
        parent = by_id.get(parents.get(t.outline_id) or "")
        if parent is not None:
            t.parent = parent
            linked.append(t)
    Task.objects.bulk_update(linked, ["parent"])
    hooks.tasks_written.send(Task, plan_id=plan.pk)
    return tasks


def _proposed_rhythm(plan: Plan, item: dict, deadline) -> tuple[str, int]:
    """The rhythm an item's time hint or text proposes (贯穿全年 → 每季度), shown on the review page for a person to
    confirm; none when its periods would end before they start (a deadline before the plan's year)."""
    text = f"{item.get('heading') or ''}\n{item.get('text') or ''}"
    rhythm, offset = rhythms.propose(item.get("time_hint") or "", text)
    if rhythm and (deadline or plan.default_due) < datetime.date(plan.year, 1, 1):
        return Rhythm.NONE, 0
    return rhythm, offset


def _match_names(plan: Plan, directory: Directory) -> None:
    matches, members = [], []
    # A group phrase (牵头单位：各县（市、区）科协) expands by the 主送 rules to its members.
    recipients = recipient_organisations(plan)
    for task in plan.tasks.all():
        for role in Duty.values:
            for i, name in enumerate(task.names.get(role) or []):
                group = group_expansion(directory, role, name, recipients)
                if group is not None:
                    m = NameMatch(task=task, role=role, name=name[:200], order=i, rule=group.rule[:200],
                                  state=MatchState.CONFIRMED if group.organisations or group.departments
                                  else MatchState.PENDING)
                    matches.append(m)
                    members.append((m, group.organisations, group.departments))
                    continue
                result = match_name(directory, role, name)
                m = NameMatch(task=task, role=role, name=name[:200], order=i, score=result.score,
                              state=result.state, candidates=[c.as_dict() for c in result.candidates])
                if result.kind:
                    setattr(m, f"{result.kind}_id", result.id)
                matches.append(m)
    NameMatch.objects.bulk_create(matches)
    set_group_members(members)


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
        raise LedgerError(_("台账已下发，不能再修改草稿。"))


@transaction.atomic
def add_recipient(plan: Plan, user, name: str) -> PlanRecipient:
    require_issuer(user, plan)
    _require_draft(plan)
    name = normalise_name(clean_text(name, _("主送单位名称"), 200, required=True))
    order = plan.recipients.count()
    recipient = _add_recipient(plan, Directory(plan.organisation), name, order)
    record(recipient, "create", user, after={"name": name, "rule": recipient.rule})
    return recipient


def _recipient_snapshot(state: str, orgs, depts) -> dict:
    return {"state": state, "organisations": sorted(o.pk for o in orgs), "departments": sorted(d.pk for d in depts)}


@transaction.atomic
def set_recipient(recipient: PlanRecipient, user, *, organisation_ids=(), department_ids=(),
                  ignore: bool = False) -> PlanRecipient:
    """Confirm what a recipient expands to, or ignore it. Only units inside the issuer's subtree and the
    issuer's own departments are taken, so every assignee is within the issuer side's scope."""
    plan = recipient.plan
    require_issuer(user, plan)
    _require_draft(plan)
    before = _recipient_snapshot(recipient.state, recipient.organisations.all(), recipient.departments.all())
    if ignore:
        orgs, depts = [], []
        recipient.state = MatchState.IGNORED
    else:
        org_ids, dept_ids = parse_ids(organisation_ids), parse_ids(department_ids)
        orgs = list(Organisation.objects.subtree(plan.organisation).exclude(pk=plan.organisation_id)
                    .filter(pk__in=org_ids))
        depts = list(Department.objects.filter(organisation=plan.organisation, pk__in=dept_ids))
        recipient.state = MatchState.CONFIRMED
    recipient.save(update_fields=["state"])
    recipient.organisations.set(orgs)
    recipient.departments.set(depts)
    record(recipient, "ignore" if ignore else "confirm", user, before=before,
           after=_recipient_snapshot(recipient.state, orgs, depts))
    return recipient


def _pick(match: NameMatch, issuer: Organisation, kind: str | None, target_id) -> None:
    if kind == "person":
        match.person = Person.objects.filter(organisation=issuer, pk=target_id).first()
    elif kind == "department":
        match.department = Department.objects.filter(organisation=issuer, pk=target_id).first()
    elif kind == "organisation":
        match.organisation = Organisation.objects.subtree(issuer).exclude(pk=issuer.pk).filter(pk=target_id).first()
    if match.target is None:
        raise LedgerError(_("请选择一个本单位的人员、部门或下级单位。"))
    match.state = MatchState.CONFIRMED
    match.score = next((c["score"] for c in match.candidates
                        if c.get("kind") == kind and c.get("id") == target_id), match.score)


GROUP_NOT_CREATED = gettext_lazy("“%(name)s”是一类单位的统称，不能新建为一个单位：请确认或修改它所包含的单位。")


def _create_record(match: NameMatch, issuer: Organisation, kind: str | None) -> None:
    name = normalise_name(match.name)
    if rule_for(name) is not None:  # 各县（市、区）科协 is its members, not a new unit
        raise LedgerError(GROUP_NOT_CREATED % {"name": name})
    if match.role in (Duty.LEAD_LEADERS, Duty.RESPONSIBLE_LEADERS):
        match.person = Person.objects.get_or_create(organisation=issuer, name=name)[0]
    elif match.role == Duty.DEPARTMENTS or kind == "department":
        match.department = Department.objects.get_or_create(organisation=issuer, name=name)[0]
    else:
        match.organisation = Organisation.objects.filter(name=name).first() or Organisation.objects.create(
            name=name, parent=issuer, level=min(issuer.level + 1, Level.TOWNSHIP), kind="other")
        if not match.organisation.is_within(issuer):
            raise LedgerError(_("%(name)s 已存在但不在本单位下级，不能作为承办单位。") % {"name": name})
    match.state = MatchState.CREATED


MATCH_ACTIONS = {"ignore": "ignore", "pick": "confirm", "create": "create_record"}


@transaction.atomic
def resolve_match(match: NameMatch, user, *, action: str, kind: str | None = None,
                  target_id: int | None = None, organisation_ids=None, department_ids=None) -> NameMatch:
    """Confirm a name: pick a record (kind + id), create one named as the document names it, or ignore it.

    A group phrase is confirmed with its members (organisation_ids/department_ids; None keeps them) or ignored.
    """
    plan = match.task.plan
    require_issuer(user, plan)
    _require_draft(plan)
    if action not in MATCH_ACTIONS and action != "confirm":
        raise LedgerError(_("未知的操作。"))
    if match.is_group_phrase:
        return _resolve_group(match, user, action=action, organisation_ids=organisation_ids,
                              department_ids=department_ids)
    if action == "confirm":
        raise LedgerError(_("未知的操作。"))
    before = match.snapshot()
    match.person = match.department = match.organisation = None
    if action == "ignore":
        match.state = MatchState.IGNORED
    elif action == "pick":
        _pick(match, plan.organisation, kind, target_id)
    else:
        _create_record(match, plan.organisation, kind)
    match.save()
    record(match, MATCH_ACTIONS[action], user, before=before, reason=f"{match.get_role_display()}：{match.name}")
    return match


def _resolve_group(match: NameMatch, user, *, action: str, organisation_ids=None, department_ids=None) -> NameMatch:
    """Confirm a group phrase's members (the issuer's subtree and departments only) or ignore it."""
    issuer = match.task.plan.organisation
    before = _recipient_snapshot(match.state, match.organisations.all(), match.departments.all())
    if action == "create":
        raise LedgerError(GROUP_NOT_CREATED % {"name": match.name})
    if action == "ignore":
        match.state = MatchState.IGNORED
    else:
        if organisation_ids is not None or department_ids is not None:
            org_ids, dept_ids = parse_ids(organisation_ids or []), parse_ids(department_ids or [])
            match.organisations.set(Organisation.objects.subtree(issuer).exclude(pk=issuer.pk)
                                    .filter(pk__in=org_ids))
            match.departments.set(Department.objects.filter(organisation=issuer, pk__in=dept_ids))
        if not match.organisations.exists() and not match.departments.exists():
            raise LedgerError(_("请至少选择一个单位或部门，或忽略这一项。"))
        match.state = MatchState.CONFIRMED
    match.save(update_fields=["state"])
    record(match, "ignore" if action == "ignore" else "confirm", user, before=before,
           after=_recipient_snapshot(match.state, match.organisations.all(), match.departments.all()),
           reason=f"{match.get_role_display()}：{match.name}")
    return match


PLAN_TEXT_FIELDS = {"title": (gettext_lazy("标题"), 500), "doc_number": (gettext_lazy("发文字号"), 100)}


@transaction.atomic
def update_plan(plan: Plan, user, **fields) -> Plan:
    require_issuer(user, plan)
    before = plan.snapshot()
    for key, (label, max_length) in PLAN_TEXT_FIELDS.items():
        if fields.get(key) is not None:
            setattr(plan, key, clean_text(fields[key], str(label), max_length, required=key == "title"))
    if fields.get("default_due") is not None:
        plan.default_due = fields["default_due"]
    warning = parse_warning_days(fields.get("warning_days"))
    if warning is not None:
        plan.warning_days = warning
    if plan.snapshot() != before:
        updated = Plan.objects.filter(pk=plan.pk, version=plan.version).update(
            title=plan.title, doc_number=plan.doc_number, default_due=plan.default_due,
            warning_days=plan.warning_days, version=F("version") + 1)
        if not updated:
            raise Conflict()
        plan.version += 1
        record(plan, "update", user, before=before)
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
        record(task, "update", user, before=before)
    return task
