"""典型选树 and 推荐评选: campaigns, their quotas, nominations and stages, the 典型库 — every read scoped, every write here.

Who sees what: a campaign is seen by its organisation's subtree and by the organisations above it; its nominations
by the campaign's side (its organisation and those above it) whole, and by a unit for its own subtree only. A typical
case is seen by the subtree above its unit. Who does what: the nominating unit's editors (管理员/经办) nominate
within their quota before the deadline; the campaign organisation's editors set quotas, review, decide and publish;
督办 and 领导 read. Each write is one transaction that validates first and records history (kexie.audit).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, IntegerField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _, gettext_lazy, gettext_noop, pgettext_lazy

from kexie.audit import log as audit
from kexie.documents import filetypes, storage
from kexie.documents.access import visible_documents
from kexie.ledger.errors import LedgerError, NotAllowed
from kexie.ledger.inputs import clean_text, parse_date
from kexie.ledger.rhythms import chinese_date
from kexie.orgs.access import may_act_for, membership_of, org_path_prefix, parse_pk
from kexie.orgs.models import Organisation
from kexie.search import lookup
from kexie.validation import check_integer

from .models import (Campaign, CampaignQuota, CaseKind, Gender, Nomination, NominationMaterial, Outcome, Scientist,
                     Stage, TypicalCase, TypicalCaseAttachment)

TEXT_MAX = 20000
REASON_MAX = 5000
FILES_MAX = 10
QUOTA_MAX = 999
QUOTA_UNITS_MAX = 500
COLLECT_MAX = 200


def file_limit() -> int:
    """The size limit of one material or attachment (the ledger's attachment limit, 20 MB unless set)."""
    return getattr(settings, "KEXIE_MAX_ATTACHMENT_BYTES", 20 * 1024 * 1024)


def _ancestor_ids(prefix: str) -> list[int]:
    return [int(step) for step in prefix.split("/") if step]


# --- sees ---------------------------------------------------------------------------------------------------------

def visible_campaigns(user):
    """Campaigns of the user's subtree and of the organisations above it (the ones a unit nominates to)."""
    prefix = org_path_prefix(user)
    if prefix is None:
        return Campaign.objects.none()
    return Campaign.objects.filter(Q(organisation__path__startswith=prefix)
                                   | Q(organisation_id__in=_ancestor_ids(prefix)))


def visible_nominations(user):
    """The campaign side sees every nomination; a unit, those of its own subtree."""
    prefix = org_path_prefix(user)
    if prefix is None:
        return Nomination.objects.none()
    return Nomination.objects.filter(Q(campaign__organisation__path__startswith=prefix)
                                     | Q(organisation__path__startswith=prefix))


def visible_cases(user):
    prefix = org_path_prefix(user)
    if prefix is None:
        return TypicalCase.objects.none()
    return TypicalCase.objects.filter(organisation__path__startswith=prefix)


def _get(qs, pk, what: str):
    pk = parse_pk(pk)
    obj = qs.filter(pk=pk).first() if pk is not None else None
    if obj is None:
        raise Http404(f"No such {what}")
    return obj


def campaign_side(user, campaign: Campaign) -> bool:
    """Whether the user's organisation runs the campaign or is above it (and so sees every nomination)."""
    prefix = org_path_prefix(user)
    return prefix is not None and campaign.organisation.path.startswith(prefix)


def get_campaign_for_user(user, pk) -> Campaign:
    """The campaign with .can_run (its organisation's editors), .side (sees all) and .quota_row (the user's unit's)."""
    c = _get(visible_campaigns(user).select_related("organisation", "notice"), pk, "campaign")
    c.can_run = may_act_for(user, c.organisation_id)
    c.side = campaign_side(user, c)
    membership = membership_of(user)
    c.my_quota = (CampaignQuota.objects.filter(campaign=c, organisation_id=membership.organisation_id).first()
                  if membership and not c.side else None)
    c.can_nominate = bool(c.my_quota and membership.can_edit)
    return c


def get_nomination_for_user(user, pk) -> Nomination:
    """The nomination with .steps (what this user may do to it now) and .can_withdraw."""
    n = _get(visible_nominations(user).select_related("campaign__organisation", "organisation",
                                                      "scientist__organisation", "created_by"), pk, "nomination")
    n.steps = allowed_steps(user, n)
    n.can_withdraw = n.stage == Stage.NOMINATED and may_act_for(user, n.organisation_id)
    return n


def get_material_for_user(user, pk) -> NominationMaterial:
    return _get(NominationMaterial.objects.filter(nomination__in=visible_nominations(user)), pk, "material")


def get_case_for_user(user, pk) -> TypicalCase:
    c = _get(visible_cases(user).select_related("organisation", "owner", "report__assignment__task"), pk, "case")
    c.can_edit = may_act_for(user, c.owner_id)
    return c


def get_case_attachment_for_user(user, pk) -> TypicalCaseAttachment:
    return _get(TypicalCaseAttachment.objects.filter(case__in=visible_cases(user)), pk, "attachment")


# --- inputs -------------------------------------------------------------------------------------------------------

def _checked_files(files) -> list[tuple[str, str, bytes]]:
    files = list(files or ())
    if len(files) > FILES_MAX:
        raise LedgerError(_("一次最多上传 %(n)d 个文件。") % {"n": FILES_MAX})
    out = []
    for name, data in files:
        try:
            clean, kind = filetypes.check(name, data, file_limit())
        except filetypes.FileTypeError as e:
            raise LedgerError(str(e)) from None
        out.append((clean, kind.content_type, data))
    return out


def _store(model, owner_field: str, owner, checked) -> list[str]:
    """Write the blobs (content-addressed: a rolled-back transaction leaves at most an unreferenced blob) and rows."""
    for name, content_type, data in checked:
        sha256 = storage.sha256_of(data)
        storage.write_blob(data, sha256)
        model.objects.create(**{owner_field: owner}, filename=name, sha256=sha256, size=len(data),
                             content_type=content_type)
    return [c[0] for c in checked]


def _integer(value, label: str, minimum: int, maximum: int) -> int:
    try:
        return check_integer(value, minimum=minimum, maximum=maximum, label=label)
    except ValidationError as e:
        raise LedgerError(e.messages[0]) from None


def _required_date(value, label: str) -> datetime.date:
    day = parse_date(value)
    if day is None:
        raise LedgerError(_("请填写%(label)s。") % {"label": label})
    return day


def _editor_of(user, organisation_id: int, message) -> None:
    if not may_act_for(user, organisation_id):
        raise NotAllowed(message)


# --- campaigns ----------------------------------------------------------------------------------------------------

def _campaign_fields(user, org: Organisation, data: dict) -> dict:
    fields = {
        "title": clean_text(data.get("title"), _("评选名称"), 200, required=True),
        "award": clean_text(data.get("award"), _("奖项/称号"), 100, required=True),
        "year": _integer(data.get("year"), _("年度"), 2000, 2100),
        "deadline": _required_date(data.get("deadline"), _("推荐截止日期")),
        "rules": clean_text(data.get("rules"), _("评选办法"), TEXT_MAX),
        "publicity_start": parse_date(data.get("publicity_start") or None),
        "publicity_end": parse_date(data.get("publicity_end") or None),
        "notice": None,
    }
    if (fields["publicity_start"] is None) != (fields["publicity_end"] is None):
        raise LedgerError(_("公示期应同时填写开始和结束日期。"))
    if fields["publicity_start"] and fields["publicity_end"] < fields["publicity_start"]:
        raise LedgerError(_("公示结束日期不能早于开始日期。"))
    notice_id = data.get("notice")
    if notice_id not in (None, ""):
        doc = visible_documents(user).filter(pk=parse_pk(notice_id) or 0, organisation=org).first()
        if doc is None:
            raise LedgerError(_("评选通知应为本单位已上传的文件，请重新选择。"))
        fields["notice"] = doc
    return fields


def create_campaign(user, data: dict) -> Campaign:
    """A campaign of the user's organisation (its editors only)."""
    membership = membership_of(user)
    if membership is None or not membership.can_edit:
        raise NotAllowed(_("只有管理员和经办人员可以发起推荐评选。"))
    org = membership.organisation
    fields = _campaign_fields(user, org, data)
    with transaction.atomic():
        c = Campaign.objects.create(organisation=org, created_by=user, **fields)
        audit.record("create", scope=org, obj=c, user=user)
    return c


def update_campaign(campaign: Campaign, user, data: dict) -> Campaign:
    _editor_of(user, campaign.organisation_id, _("只有主办单位的管理员和经办人员可以修改推荐评选。"))
    fields = _campaign_fields(user, campaign.organisation, data)
    with transaction.atomic():
        locked = Campaign.objects.select_for_update().get(pk=campaign.pk)
        before = locked.snapshot()
        for name, value in fields.items():
            setattr(locked, name, value)
        locked.save()
        audit.record("update", scope=campaign.organisation, obj=locked, user=user, before=before)
    return locked


def quota_units(campaign: Campaign):
    """The units a campaign may give quotas to: the organisations directly below its organisation."""
    return Organisation.objects.filter(parent_id=campaign.organisation_id).order_by("order", "path")


def set_quotas(campaign: Campaign, user, quotas: dict) -> int:
    """Set each unit's quota ({organisation id: n}; 0 removes it); never below what the unit has nominated."""
    _editor_of(user, campaign.organisation_id, _("只有主办单位的管理员和经办人员可以分配推荐名额。"))
    if len(quotas) > QUOTA_UNITS_MAX:
        raise LedgerError(_("一次最多分配 %(n)d 个单位的名额。") % {"n": QUOTA_UNITS_MAX})
    wanted = {}
    for raw_id, raw_n in quotas.items():
        pk = parse_pk(raw_id)
        if pk is None:
            raise LedgerError(_("单位编号应为正整数。"))
        wanted[pk] = _integer(raw_n if raw_n not in (None, "") else 0, _("推荐名额"), 0, QUOTA_MAX)
    units = {o.pk: o for o in Organisation.objects.filter(pk__in=wanted, path__startswith=campaign.organisation.path)
             .exclude(pk=campaign.organisation_id)}
    if len(units) != len(wanted):
        raise LedgerError(_("推荐名额只能分配给主办单位的下级单位，请刷新页面后重试。"))
    changed = 0
    with transaction.atomic():
        used = dict(Nomination.objects.filter(campaign=campaign, organisation_id__in=wanted)
                    .values_list("organisation_id").annotate(n=Count("id")))
        existing = {q.organisation_id: q for q in CampaignQuota.objects.select_for_update()
                    .filter(campaign=campaign, organisation_id__in=wanted)}
        for pk, n in wanted.items():
            if n < used.get(pk, 0):
                raise LedgerError(_("%(unit)s已推荐 %(used)d 名，名额不能少于 %(used)d。")
                                  % {"unit": units[pk].display_name, "used": used[pk]})
            q = existing.get(pk)
            if q is not None and q.quota == n:
                continue
            before = q.snapshot() if q else {}
            if n == 0:
                if q is not None:
                    q.delete()
                    audit.record("delete", scope=campaign.organisation, object_type="workers.campaignquota",
                                 object_id=q.pk, user=user, before=before, after={})
                    changed += 1
                continue
            if q is None:
                q = CampaignQuota.objects.create(campaign=campaign, organisation_id=pk, quota=n)
            else:
                q.quota = n
                q.save(update_fields=["quota"])
            audit.record("quota", scope=campaign.organisation, obj=q, user=user, before=before)
            changed += 1
    return changed


def quotas_with_use(campaign: Campaign, prefix: str | None = None):
    """Each quota with .used (nominations so far) and .left, one query; a unit's view only its subtree's."""
    used = (Nomination.objects.filter(campaign_id=campaign.pk, organisation_id=OuterRef("organisation_id"))
            .order_by().values("organisation_id").annotate(n=Count("id")).values("n"))
    qs = (CampaignQuota.objects.filter(campaign=campaign).select_related("organisation")
          .annotate(used=Coalesce(Subquery(used, output_field=IntegerField()), Value(0))))
    if prefix is not None:
        qs = qs.filter(organisation__path__startswith=prefix)
    rows = list(qs.order_by("organisation__path"))
    for q in rows:
        q.left = max(q.quota - q.used, 0)
    return rows


def stage_counts(nominations) -> list[dict]:
    """[{stage, label, n}] over the given (scoped) nominations, in stage order, the result split 入选/未入选."""
    found = {(r["stage"], r["outcome"]): r["n"] for r in nominations.order_by().values("stage", "outcome")
             .annotate(n=Count("id"))}
    rows = [{"stage": s.value, "label": s.label, "n": found.get((s.value, ""), 0)}
            for s in Stage if s != Stage.RESULT]
    for o in (Outcome.SELECTED, Outcome.NOT_SELECTED):
        rows.append({"stage": o.value, "label": o.label, "n": found.get((Stage.RESULT.value, o.value), 0)})
    return rows


def filter_stage(nominations, value: str):
    """The nominations of a stage key as stage_counts names them (a result's outcome too); unknown: all."""
    if value in Stage.values and value != Stage.RESULT:
        return nominations.filter(stage=value)
    if value in (Outcome.SELECTED, Outcome.NOT_SELECTED):
        return nominations.filter(stage=Stage.RESULT, outcome=value)
    return nominations


# --- nominations --------------------------------------------------------------------------------------------------

PERSON_FIELDS = (("name", 50), ("work_unit", 200), ("title", 50), ("field", 100), ("phone", 30))


def _person(unit: Organisation, user, person: dict) -> Scientist:
    """The person in the unit's own register (found by name + work unit, else added there, logged)."""
    labels = {"name": _("姓名"), "work_unit": _("工作单位"), "title": _("职称"), "field": _("专业领域"),
              "phone": _("联系电话")}
    values = {k: clean_text(person.get(k), labels[k], n, required=k == "name") for k, n in PERSON_FIELDS}
    gender = person.get("gender") or ""
    if gender not in ("", *Gender.values):
        raise LedgerError(_("性别应为男或女。"))
    year = person.get("birth_year")
    birth_year = _integer(year, _("出生年份"), 1900, timezone.localdate().year) if year not in (None, "") else None
    found = Scientist.objects.filter(organisation=unit, name=values["name"], work_unit=values["work_unit"]).first()
    if found is not None:
        return found
    s = Scientist.objects.create(organisation=unit, gender=gender, birth_year=birth_year, created_by=user, **values)
    audit.record("create", scope=unit, obj=s, user=user)
    return s


def nominate(campaign: Campaign, user, *, scientist=None, person: dict | None = None, reason: str = "",
             files=()) -> Nomination:
    """The user's unit nominates one person of its register (or adds them to it first: person) with materials
    (files: (name, bytes) pairs), within its quota and before the deadline; LedgerError says why not, nothing
    written then."""
    membership = membership_of(user)
    if membership is None or not membership.can_edit:
        raise NotAllowed(_("只有推荐单位的管理员和经办人员可以推荐。"))
    unit = membership.organisation
    if unit.pk == campaign.organisation_id or not unit.path.startswith(campaign.organisation.path):
        raise NotAllowed(_("只有主办单位的下级单位可以推荐。"))
    today = timezone.localdate()
    if today > campaign.deadline:
        raise LedgerError(_("推荐已于%(date)s截止，不能再推荐。") % {"date": chinese_date(campaign.deadline)})
    reason = clean_text(reason, _("推荐理由"), REASON_MAX, required=True)
    checked = _checked_files(files)
    if scientist not in (None, ""):
        chosen = Scientist.objects.filter(pk=parse_pk(scientist) or 0, organisation__path__startswith=unit.path).first()
        if chosen is None:
            raise LedgerError(_("请从本单位的人才库中选择被推荐人。"))
    elif person:
        chosen = None
    else:
        raise LedgerError(_("请选择被推荐人，或填写其姓名和工作单位。"))
    with transaction.atomic():
        # The quota row is the lock: two editors of a unit nominating at once cannot both take the last place.
        quota = CampaignQuota.objects.select_for_update().filter(campaign=campaign, organisation=unit).first()
        if quota is None:
            raise LedgerError(_("本单位没有本次评选的推荐名额。"))
        used = Nomination.objects.filter(campaign=campaign, organisation=unit).count()
        if used >= quota.quota:
            raise LedgerError(_("本单位推荐名额为 %(quota)d 名，已推荐 %(used)d 名，不能再推荐。")
                              % {"quota": quota.quota, "used": used})
        if chosen is None:
            chosen = _person(unit, user, person)
        if Nomination.objects.filter(campaign=campaign, scientist=chosen).exists():
            raise LedgerError(_("%(name)s已被推荐，不能重复推荐。") % {"name": chosen.name})
        n = Nomination.objects.create(campaign=campaign, organisation=unit, scientist=chosen, reason=reason,
                                      created_by=user)
        names = _store(NominationMaterial, "nomination", n, checked)
        audit.record("nominate", scope=unit, obj=n, user=user,
                     after={**n.snapshot(), **({"materials": names} if names else {})})
    return n


def withdraw(nomination: Nomination, user) -> None:
    """The nominating unit takes back a nomination still at 推荐 (its place in the quota is free again)."""
    _editor_of(user, nomination.organisation_id, _("只有推荐单位的管理员和经办人员可以撤回推荐。"))
    with transaction.atomic():
        locked = Nomination.objects.select_for_update().filter(pk=nomination.pk).first()
        if locked is None or locked.stage != Stage.NOMINATED:
            raise LedgerError(_("已进入资格审查的推荐不能撤回。"))
        before = locked.snapshot()
        locked.delete()
        audit.record("withdraw", scope=nomination.organisation, object_type="workers.nomination",
                     object_id=nomination.pk, user=user, before=before, after={})


@dataclass(frozen=True)
class Step:
    """One move of a nomination: from one stage to the next (or to a result), by the campaign's editors."""

    name: str
    label: str
    source: str
    target: str
    outcome: str = ""
    needs_reason: bool = False
    refusal: bool = False


STEPS = {s.name: s for s in [
    Step("review", gettext_lazy("受理，进入资格审查"), Stage.NOMINATED, Stage.QUALIFICATION),
    Step("qualify", gettext_lazy("资格审查通过"), Stage.QUALIFICATION, Stage.EVALUATION),
    Step("disqualify", gettext_lazy("资格审查不通过"), Stage.QUALIFICATION, Stage.RESULT, Outcome.NOT_SELECTED,
         needs_reason=True, refusal=True),
    Step("shortlist", gettext_lazy("评审通过，进入公示"), Stage.EVALUATION, Stage.PUBLICITY),
    Step("reject", gettext_lazy("评审未通过"), Stage.EVALUATION, Stage.RESULT, Outcome.NOT_SELECTED,
         needs_reason=True, refusal=True),
    Step("select", gettext_lazy("公示期满，确定入选"), Stage.PUBLICITY, Stage.RESULT, Outcome.SELECTED),
    Step("object", gettext_lazy("公示有异议，不予入选"), Stage.PUBLICITY, Stage.RESULT, Outcome.NOT_SELECTED,
         needs_reason=True, refusal=True),
]}


def allowed_steps(user, nomination: Nomination) -> list[Step]:
    if not may_act_for(user, nomination.campaign.organisation_id):
        return []
    return [s for s in STEPS.values() if s.source == nomination.stage]


def move(nomination: Nomination, user, step_name: str, reason: str = "") -> Nomination:
    """Take one step: only from its stage (none skipped), only by the campaign organisation's editors, with a reason
    for a refusal; the 公示 needs the campaign's period, and 入选 waits for its end."""
    step = STEPS.get(step_name)
    if step is None:
        raise LedgerError(_("没有这一步操作。"))
    campaign = nomination.campaign
    _editor_of(user, campaign.organisation_id, _("只有主办单位的管理员和经办人员可以办理评选各阶段。"))
    reason = clean_text(reason, _("理由"), 500, required=step.needs_reason)
    with transaction.atomic():
        locked = Nomination.objects.select_for_update().get(pk=nomination.pk)
        if locked.stage != step.source:
            raise LedgerError(_("当前阶段为“%(stage)s”，不能“%(step)s”；各阶段须依次办理，不能跳过。")
                              % {"stage": _(locked.stage_label), "step": step.label})
        if step.target == Stage.PUBLICITY and not campaign.publicity_end:
            raise LedgerError(_("请先在评选设置中填写公示期，再进入公示。"))
        if step.name == "select" and timezone.localdate() <= campaign.publicity_end:
            raise LedgerError(_("公示期至%(date)s结束，期满后才能确定入选。")
                              % {"date": chinese_date(campaign.publicity_end)})
        before = locked.snapshot()
        locked.stage, locked.outcome, locked.stage_at = step.target, step.outcome, timezone.now()
        locked.stage_reason = reason
        locked.save(update_fields=["stage", "outcome", "stage_at", "stage_reason"])
        audit.record(step.name, scope=nomination.organisation, obj=locked, user=user, before=before, reason=reason)
    return locked


def publicity(campaign: Campaign, today: datetime.date | None = None):
    """What the public 公示 page lists: nominations in 公示 once its period has begun, and those 入选; else none."""
    today = today or timezone.localdate()
    shown = Q(stage=Stage.RESULT, outcome=Outcome.SELECTED)
    if campaign.publicity_start and campaign.publicity_start <= today:
        shown |= Q(stage=Stage.PUBLICITY)
    return (Nomination.objects.filter(shown, campaign=campaign).select_related("scientist", "organisation")
            .order_by("organisation__path", "scientist__name", "id"))


# --- 典型库 --------------------------------------------------------------------------------------------------------

def _case_unit(user, raw) -> Organisation:
    membership = membership_of(user)
    if membership is None or not membership.can_edit:
        raise NotAllowed(_("只有管理员和经办人员可以录入典型。"))
    if raw in (None, ""):
        return membership.organisation
    unit = Organisation.objects.filter(pk=parse_pk(raw) or 0,
                                       path__startswith=membership.organisation.path).first()
    if unit is None:
        raise LedgerError(_("所属单位应为本单位或下级单位，请重新选择。"))
    return unit


def enter_case(user, data: dict, files=()) -> TypicalCase:
    """A typical case entered by hand for the user's unit or one below it, with people of that subtree's register."""
    unit = _case_unit(user, data.get("organisation"))
    kind = data.get("kind") or CaseKind.CASE
    if kind not in CaseKind.values:
        raise LedgerError(_("类别应为典型人、典型事或典型案例。"))
    title = clean_text(data.get("title"), _("标题"), 200, required=True)
    text = clean_text(data.get("text"), _("内容"), TEXT_MAX, required=True)
    day = _required_date(data.get("day"), _("日期"))
    raw_people = data.get("people") or []
    ids = [parse_pk(p) for p in (raw_people if isinstance(raw_people, (list, tuple)) else [raw_people])]
    if any(i is None for i in ids) or len(ids) > 50:
        raise LedgerError(_("人物应从人才库中选择，最多 50 人。"))
    people = list(Scientist.objects.filter(pk__in=ids, organisation__path__startswith=unit.path))
    if len(people) != len(set(ids)):
        raise LedgerError(_("人物应为所属单位人才库中的人员，请重新选择。"))
    checked = _checked_files(files)
    with transaction.atomic():
        case = TypicalCase.objects.create(organisation=unit, owner=membership_of(user).organisation, kind=kind,
                                          title=title, text=text, day=day, created_by=user)
        case.people.set(people)
        names = _store(TypicalCaseAttachment, "case", case, checked)
        audit.record("create", scope=unit, obj=case, user=user,
                     after={**case.snapshot(), "people": sorted(p.pk for p in people),
                            **({"attachments": names} if names else {})})
    return case


def typical_reports(user):
    """Reports marked 典型案例 by units of the user's subtree and not yet in the 典型库, newest first."""
    prefix = org_path_prefix(user)
    from kexie.ledger.models import Report
    if prefix is None:
        return Report.objects.none()
    return (Report.objects.filter(is_typical_case=True, assignment__organisation__path__startswith=prefix)
            .exclude(pk__in=TypicalCase.objects.filter(report__isnull=False).values("report_id"))
            .select_related("assignment__task", "assignment__organisation").order_by("-created_at", "-id"))


def collect_reports(user, report_ids) -> int:
    """Take typical reports of the user's subtree into the 典型库 (title: the task; the report's attachments are
    linked by their stored bytes, not copied). Already collected ones are skipped."""
    membership = membership_of(user)
    if membership is None or not membership.can_edit:
        raise NotAllowed(_("只有管理员和经办人员可以收录典型。"))
    ids = [parse_pk(i) for i in (report_ids or [])]
    if not ids or any(i is None for i in ids) or len(ids) > COLLECT_MAX:
        raise LedgerError(_("请选择要收录的报送（一次最多 %(n)d 条）。") % {"n": COLLECT_MAX})
    reports = list(typical_reports(user).filter(pk__in=ids).prefetch_related("attachments"))
    if not reports:
        raise LedgerError(_("所选报送不在本单位范围内或已收录，请刷新页面。"))
    with transaction.atomic():
        for r in reports:
            a = r.assignment
            case = TypicalCase.objects.create(
                organisation=a.organisation, owner=membership.organisation, kind=CaseKind.CASE,
                title=a.task.heading[:200], text=r.text, day=timezone.localdate(r.created_at), report=r,
                created_by=user)
            TypicalCaseAttachment.objects.bulk_create(TypicalCaseAttachment(
                case=case, filename=f.filename, sha256=f.sha256, size=f.size, content_type=f.content_type)
                for f in r.attachments.all())
            audit.record("collect", scope=a.organisation, obj=case, user=user)
    return len(reports)


def filter_cases(qs, *, org: Organisation | None = None, kind: str = "", year: int | None = None, q: str = "",
                 within: Organisation | None = None):
    """The 典型库's filters on a queryset of visible_cases, newest first. Words go through the search index (as
    检索 finds them, not a LIKE over every text: lookup.Matching, paged like a queryset), within the unit filtered
    by, else `within` (the user's own organisation)."""
    if org is not None:
        qs = qs.filter(organisation__path__startswith=org.path)
    if kind in CaseKind.values:
        qs = qs.filter(kind=kind)
    if year:
        qs = qs.filter(day__gte=datetime.date(year, 1, 1), day__lte=datetime.date(year, 12, 31))
    if q:
        return lookup.Matching("case", qs, q, org or within, related=("organisation",))
    return qs.select_related("organisation")


def briefing_items(org: Organisation, period, keys: list[str] | None, limit: int) -> list[dict]:
    """The 典型库 as a source of the office's 工作简报 (office.briefing_sources): the cases of org's subtree dated in
    the period (keys: only those), as briefing items."""
    qs = TypicalCase.objects.filter(organisation__path__startswith=org.path, day__gte=period.start,
                                    day__lte=period.end).select_related("organisation")
    if keys is not None:
        qs = qs.filter(pk__in=[pk for pk in (parse_pk(k.rpartition(":")[2]) for k in keys) if pk])
    return [{"source": f"workers.case:{c.pk}", "unit": c.organisation.display_name, "heading": c.title,
             "text": c.text, "typical": True} for c in qs.order_by("-day", "-id")[:limit]]


# --- roll-up ------------------------------------------------------------------------------------------------------

def measures() -> list[tuple]:
    """(key, label, rows, path_lookup) of this module's counts for the dashboard's registry (register_measure)."""
    def nominations_this_year():
        return Nomination.objects.filter(created_at__year=timezone.localdate().year)

    def cases_this_year():
        return TypicalCase.objects.filter(day__year=timezone.localdate().year)

    return [("nominations", gettext_lazy("推荐人选"), nominations_this_year, "organisation__path"),
            ("typical_cases", gettext_lazy("典型"), cases_this_year, "organisation__path")]


def connect() -> None:
    """Wire this module into the apps below it (called from WorkersConfig.ready): stored files for backup, the
    典型库 for the office's 工作简报, the history's labels."""
    from kexie.audit import models as audit_models
    from kexie.office import briefing_sources
    briefing_sources.register_source("workers.case", briefing_items)
    audit_models.OBJECT_LABELS.update({"workers.campaign": "推荐评选", "workers.campaignquota": "推荐名额",
                                       "workers.nomination": "推荐人选", "workers.typicalcase": "典型"})
    audit_models.ACTION_LABELS.update({"nominate": "推荐", "withdraw": "撤回推荐", "quota": "分配名额",
                                       "collect": "收录典型", "view": "查看",
                                       **{s.name: str(s.label) for s in STEPS.values()}})


# Words that live in Python as plain Chinese (the models' choices, the history's labels), listed so makemessages
# puts them in the catalogue; the templates translate them where they show them (as site/vocabulary.py does).
WORDS = [
    gettext_noop("推荐"), gettext_noop("资格审查"), gettext_noop("评审"), gettext_noop("公示"), gettext_noop("结果"),
    gettext_noop("未定"), gettext_noop("入选"), gettext_noop("未入选"),
    gettext_noop("典型人"), gettext_noop("典型事"), gettext_noop("典型案例"),
    gettext_noop("推荐评选"), gettext_noop("推荐名额"), gettext_noop("推荐人选"), gettext_noop("典型"),
    pgettext_lazy("history", "推荐"), pgettext_lazy("history", "撤回推荐"), pgettext_lazy("history", "分配名额"),
    pgettext_lazy("history", "收录典型"), pgettext_lazy("history", "查看"), pgettext_lazy("history", "受理，进入资格审查"),
    pgettext_lazy("history", "资格审查通过"), pgettext_lazy("history", "资格审查不通过"), pgettext_lazy("history", "评审通过，进入公示"),
    pgettext_lazy("history", "评审未通过"), pgettext_lazy("history", "公示期满，确定入选"), pgettext_lazy("history", "公示有异议，不予入选"),
]
