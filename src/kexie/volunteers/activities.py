"""Activities, their photos and files, volunteers' service hours and campaigns: who sees them and every write.

Scope as everywhere (orgs.access): a user sees the activities, teams and volunteers of their organisation's
subtree, 404 outside it; the organiser's editors (管理员/经办) change an activity and confirm its hours. A campaign
is seen by its organisation's subtree and by the organisations above it. Every write validates first, writes in
one transaction and records history (kexie.audit), so a refused change leaves nothing half-written; the pages
and the demo call these functions alike. Errors are LedgerError (400, one sentence) and NotAllowed (403).
"""

from __future__ import annotations

import datetime
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Q, Sum
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _

from kexie.audit.log import record as audit_record
from kexie.documents import filetypes, storage
from kexie.ledger.errors import LedgerError, NotAllowed
from kexie.ledger.inputs import clean_text, parse_date
from kexie.orgs.access import home_organisation, may_act_for, org_path_prefix, parse_pk
from kexie.validation import check_integer

from . import counts
from .models import (Activity, ActivityFile, Campaign, RecordState, ServiceKind, ServiceRecord, Team, Volunteer,
                     VolunteerState)

AUDIENCE_MAX = 10_000_000
FILES_MAX = 30  # photos and files per activity
DAY_HOURS = 24


def photo_limit() -> int:
    return getattr(settings, "KEXIE_MAX_ACTIVITY_FILE_BYTES", 20 * 1024 * 1024)


def _log(action: str, obj, user, *, scope, before=None, after=None) -> None:
    audit_record(action, scope=scope, obj=obj, object_type=obj._meta.label_lower, object_id=obj.pk, user=user,
                 before=before or {}, after=obj.snapshot() if after is None else after)


def _get(qs, pk, what: str):
    pk = parse_pk(pk)
    if pk is None:
        raise Http404(f"No such {what}")
    obj = qs.filter(pk=pk).first()
    if obj is None:
        raise Http404(f"No such {what}")
    return obj


# --- sees ---------------------------------------------------------------------------------------------------

def _in_subtree(user, field: str = "organisation"):
    prefix = org_path_prefix(user)
    return Q(**{f"{field}__path__startswith": prefix}) if prefix is not None else Q(pk__in=[])


def visible_activities(user):
    return Activity.objects.filter(_in_subtree(user))


def _ancestor_ids(org) -> list[int]:
    return [int(step) for step in org.path.split("/") if step][:-1] if org else []


def visible_campaigns(user):
    """Campaigns of the user's subtree, and of the organisations above it (whose campaigns it joins)."""
    org = home_organisation(user)
    if org is None:
        return Campaign.objects.none()
    return Campaign.objects.filter(Q(organisation__path__startswith=org.path)
                                   | Q(organisation_id__in=_ancestor_ids(org)))


def get_activity_for_user(user, pk) -> Activity:
    """The activity with .can_edit (the organiser's editors), 404 outside the user's subtree."""
    a = _get(visible_activities(user).select_related("organisation", "campaign", "task", "task__plan"), pk,
             "activity")
    a.can_edit = may_act_for(user, a.organisation_id)
    return a


def get_campaign_for_user(user, pk) -> Campaign:
    c = _get(visible_campaigns(user).select_related("organisation"), pk, "campaign")
    c.can_edit = may_act_for(user, c.organisation_id)
    return c


def get_file_for_user(user, pk) -> ActivityFile:
    return _get(ActivityFile.objects.filter(_in_subtree(user, "activity__organisation")), pk, "file")


def linkable_tasks(user):
    """The ledger tasks an activity of the user's organisation may carry out: those of the plans it sees."""
    from kexie.ledger.access import visible_plans
    from kexie.ledger.models import Task
    return Task.objects.filter(is_group=False, plan__in=visible_plans(user))


def joinable_campaigns(org):
    """Campaigns an activity of org may join: those of org itself and of the organisations above it."""
    return Campaign.objects.filter(organisation_id__in=[*_ancestor_ids(org), org.pk]).select_related("organisation")


def usable_teams(org, campaign=None):
    """Teams an activity of org may name: its subtree's, and under a campaign the campaign owner's subtree's
    (a county team serving under the province's 全国科普日)."""
    q = Q(organisation__path__startswith=org.path)
    if campaign is not None:
        q |= Q(organisation__path__startswith=campaign.organisation.path)
    return Team.objects.filter(q)


def usable_volunteers(activity: Activity):
    """Volunteers who may serve in the activity: registered in the organiser's subtree or with one of the
    organisations above it (a provincial expert at a county's 宣讲), or members of its teams."""
    org = activity.organisation
    return Volunteer.objects.filter(Q(organisation__path__startswith=org.path)
                                    | Q(organisation_id__in=_ancestor_ids(org)) | Q(teams__activities=activity)).exclude(state__in=[VolunteerState.REJECTED,
                                                                                         VolunteerState.PENDING])


# --- input ----------------------------------------------------------------------------------------------------

def _dates(start, end, what: str) -> tuple[datetime.date, datetime.date]:
    start, end = parse_date(start), parse_date(end)
    if start is None or end is None:
        raise LedgerError(_("请填写%(what)s的开始和结束日期。") % {"what": what})
    if end < start:
        raise LedgerError(_("结束日期（%(end)s）早于开始日期（%(start)s），请改正后再提交。")
                          % {"end": end.isoformat(), "start": start.isoformat()})
    if (end - start).days > 366:
        raise LedgerError(_("%(what)s最长一年，请分开登记。") % {"what": what})
    return start, end


def _count(value, label: str, maximum: int) -> int:
    if value in (None, ""):
        return 0
    try:
        return check_integer(value, minimum=0, maximum=maximum, label=label)
    except ValidationError as e:
        raise LedgerError(e.messages[0]) from None


def parse_hours(value) -> Decimal:
    """Hours as a positive number with at most one decimal (2, 2.5); anything else is one sentence."""
    try:
        hours = Decimal(str(value).strip()) if not isinstance(value, bool) and value not in (None, "") else None
    except InvalidOperation:
        hours = None
    if hours is None or not hours.is_finite():
        raise LedgerError(_("服务时长应为数字（小时），例如 2 或 2.5。"))
    if hours <= 0:
        raise LedgerError(_("服务时长应大于 0 小时，“%(value)s”不行。") % {"value": str(value)[:20]})
    if hours != hours.quantize(Decimal("0.1")):
        raise LedgerError(_("服务时长最多保留一位小数，例如 2.5。"))
    return hours


# --- campaigns ------------------------------------------------------------------------------------------------

def save_campaign(user, *, name, start_date, end_date, description="", campaign: Campaign | None = None) -> Campaign:
    """Create (for the user's organisation) or change a campaign; its editors only."""
    org = campaign.organisation if campaign else home_organisation(user)
    if org is None or not may_act_for(user, org.pk):
        raise NotAllowed(_("只有主办组织的管理员和经办人员可以编辑主题活动。"))
    name = clean_text(name, _("名称"), 100, required=True)
    description = clean_text(description, _("说明"), 500)
    start, end = _dates(start_date, end_date, _("主题活动"))
    clash = Campaign.objects.filter(organisation=org, name=name).exclude(pk=campaign.pk if campaign else None)
    if clash.exists():
        raise LedgerError(_("本组织已有名为“%(name)s”的主题活动。") % {"name": name})
    with transaction.atomic():
        before = campaign.snapshot() if campaign else {}
        campaign = campaign or Campaign(organisation=org, created_by=user)
        campaign.name, campaign.start_date, campaign.end_date, campaign.description = name, start, end, description
        campaign.save()
        _log("volunteer_campaign", campaign, user, scope=org, before=before)
    return campaign


# --- activities -----------------------------------------------------------------------------------------------

def save_activity(user, *, title, kind, start_date, end_date, place="", description="", audience=0, campaign=None,
                  task=None, teams=(), activity: Activity | None = None) -> Activity:
    """Create (organised by the user's organisation) or change an activity; the organiser's editors only.

    campaign, task: ids (or "" for none); teams: ids. The campaign must be the organiser's or an ancestor's and
    cover the dates; the task one the organiser sees in the ledger; the teams its own subtree's or the campaign's."""
    org = activity.organisation if activity else home_organisation(user)
    if org is None or not may_act_for(user, org.pk):
        raise NotAllowed(_("只有组织单位的管理员和经办人员可以编辑活动。"))
    title = clean_text(title, _("活动名称"), 200, required=True)
    place = clean_text(place, _("活动地点"), 200)
    description = clean_text(description, _("活动内容"), 5000)
    if kind not in ServiceKind.values:
        raise LedgerError(_("请选择服务类别。"))
    start, end = _dates(start_date, end_date, _("活动"))
    audience = _count(audience, _("服务对象人次"), AUDIENCE_MAX)
    campaign_obj = None
    if campaign not in (None, ""):
        campaign_obj = joinable_campaigns(org).filter(pk=parse_pk(campaign) or 0).first()
        if campaign_obj is None:
            raise LedgerError(_("只能加入本组织或上级组织的主题活动。"))
        if end < campaign_obj.start_date or start > campaign_obj.end_date:
            raise LedgerError(_("活动日期不在主题活动“%(name)s”的时间（%(start)s 至 %(end)s）内。")
                              % {"name": campaign_obj.name, "start": campaign_obj.start_date.isoformat(),
                                 "end": campaign_obj.end_date.isoformat()})
    task_obj = None
    if task not in (None, ""):
        task_obj = linkable_tasks(user).filter(pk=parse_pk(task) or 0).first()
        if task_obj is None:
            raise LedgerError(_("关联任务不存在或本单位看不到，请从列表中选择。"))
    team_ids = [parse_pk(t) for t in teams if t not in (None, "")]
    if any(t is None for t in team_ids):
        raise LedgerError(_("参与队伍的编号应为正整数。"))
    team_objs = list(usable_teams(org, campaign_obj).filter(pk__in=team_ids))
    if len(team_objs) != len(set(team_ids)):
        raise LedgerError(_("只能选择本组织及下级组织（或所加入主题活动的主办组织及其下级）的队伍。"))
    if activity is not None and (start, end) != (activity.start_date, activity.end_date):
        longest = activity.records.order_by("-hours").values_list("hours", flat=True).first()
        if longest is not None and longest > ((end - start).days + 1) * DAY_HOURS:
            raise LedgerError(_("已登记的服务时长超过新日期允许的时长，请先修改服务时长。"))
    with transaction.atomic():
        before = activity.snapshot() if activity else {}
        if activity is not None:
            # Locked, as confirm_hours locks it: the counts move by what is stored, and save() below writes the
            # stored confirmed hours back rather than the page's possibly older copy.
            old_kind, old_audience, activity.confirmed_hours = Activity.objects.select_for_update().filter(
                pk=activity.pk).values_list("kind", "audience", "confirmed_hours").get()
            if (old_kind, old_audience) != (kind, audience):
                counts.activity(org.pk, old_kind, n=-1, hours=-activity.confirmed_hours, audience=-old_audience)
                counts.activity(org.pk, kind, n=1, hours=activity.confirmed_hours, audience=audience)
        else:
            counts.activity(org.pk, kind, n=1, audience=audience)
        activity = activity or Activity(organisation=org, created_by=user)
        for field, value in (("title", title), ("kind", kind), ("start_date", start), ("end_date", end),
                             ("place", place), ("description", description), ("audience", audience),
                             ("campaign", campaign_obj), ("task", task_obj)):
            setattr(activity, field, value)
        activity.save()
        activity.teams.set(team_objs)
        _log("volunteer_activity", activity, user, scope=org, before=before)
    return activity


def add_files(activity: Activity, user, files) -> list[ActivityFile]:
    """Photos and files (name, bytes) kept as originals; all or none (a refused one names itself)."""
    if not may_act_for(user, activity.organisation_id):
        raise NotAllowed(_("只有组织单位的管理员和经办人员可以上传照片和附件。"))
    files = list(files)
    if activity.files.count() + len(files) > FILES_MAX:
        raise LedgerError(_("每个活动最多 %(max)d 个照片和附件。") % {"max": FILES_MAX})
    checked = []
    for name, data in files:
        try:
            clean, kind = filetypes.check(name, data, photo_limit())
        except filetypes.FileTypeError as e:
            raise LedgerError(str(e)) from None
        checked.append((clean, kind.content_type, data))
    made = []
    with transaction.atomic():
        for name, content_type, data in checked:
            digest = storage.sha256_of(data)
            storage.write_blob(data, digest)
            made.append(ActivityFile.objects.create(activity=activity, filename=name, sha256=digest, size=len(data),
                                                    content_type=content_type, uploaded_by=user))
        if made:
            _log("volunteer_activity_files", activity, user, scope=activity.organisation,
                 after={"files": [f.filename for f in made]})
    return made


# --- service hours --------------------------------------------------------------------------------------------

def require_organiser(activity: Activity, user) -> None:
    if not may_act_for(user, activity.organisation_id):
        raise NotAllowed(_("只有活动组织单位的管理员和经办人员可以登记和确认服务时长。"))


def record_hours(activity: Activity, user, *, volunteer, hours) -> ServiceRecord:
    """登记 a volunteer's hours in the activity (待确认); a second entry for the same volunteer replaces the first
    while it is not confirmed. At most 24 hours a day of the activity."""
    require_organiser(activity, user)
    hours = parse_hours(hours)
    days = activity.days
    if hours > days * DAY_HOURS:
        raise LedgerError(_("一天最多 24 小时：该活动共 %(days)d 天，服务时长不能超过 %(max)d 小时，登记的是 %(hours)s 小时。")
                          % {"days": days, "max": days * DAY_HOURS, "hours": hours})
    vid = volunteer.pk if isinstance(volunteer, Volunteer) else parse_pk(volunteer)
    vol = usable_volunteers(activity).filter(pk=vid or 0).distinct().first()
    if vol is None:
        raise LedgerError(_("只能为本组织、上级组织或下级组织注册（或参与队伍中）的志愿者登记服务时长。"))
    with transaction.atomic():
        rec = ServiceRecord.objects.select_for_update().filter(activity=activity, volunteer=vol).first()
        if rec is not None and rec.state == RecordState.CONFIRMED:
            raise LedgerError(_("%(name)s的服务时长已确认，如需修改请先撤销。") % {"name": vol.name})
        before = rec.snapshot() if rec else {}
        rec = rec or ServiceRecord(activity=activity, volunteer=vol, recorded_by=user)
        rec.hours = hours
        rec.save()
        activity.participants.add(vol)
        _log("volunteer_hours", rec, user, scope=activity.organisation, before=before)
    return rec


def confirm_hours(activity: Activity, user, record_ids=None) -> int:
    """确认 pending records (all, or those ids): each adds its hours to its volunteer's total and to the activity's
    confirmed hours, in the same transaction. Returns how many were confirmed."""
    require_organiser(activity, user)
    with transaction.atomic():
        qs = ServiceRecord.objects.select_for_update().filter(activity=activity, state=RecordState.PENDING)
        if record_ids is not None:
            ids = [parse_pk(i) for i in record_ids]
            if any(i is None for i in ids):
                raise LedgerError(_("记录编号应为正整数。"))
            qs = qs.filter(pk__in=ids)
        records = list(qs.order_by("volunteer_id"))
        now = timezone.now()
        for rec in records:
            before = rec.snapshot()
            rec.state, rec.confirmed_by, rec.confirmed_at = RecordState.CONFIRMED, user, now
            rec.save(update_fields=["state", "confirmed_by", "confirmed_at"])
            Volunteer.objects.filter(pk=rec.volunteer_id).update(total_hours=F("total_hours") + rec.hours)
            _log("volunteer_hours_confirm", rec, user, scope=activity.organisation, before=before)
        if records:
            added = sum((r.hours for r in records), Decimal(0))
            Activity.objects.filter(pk=activity.pk).update(confirmed_hours=F("confirmed_hours") + added)
            _count_hours(activity, added)
    return len(records)


def _count_hours(activity: Activity, hours: Decimal) -> None:
    # The kind as stored (the row is locked by the update just made), not the caller's copy.
    kind = Activity.objects.filter(pk=activity.pk).values_list("kind", flat=True).get()
    counts.activity(activity.organisation_id, kind, hours=hours)


def withdraw_record(activity: Activity, user, record_id) -> None:
    """撤销 a record: a confirmed one takes its hours back from the volunteer's and the activity's totals."""
    require_organiser(activity, user)
    with transaction.atomic():
        rec = ServiceRecord.objects.select_for_update().filter(activity=activity, pk=parse_pk(record_id) or 0).first()
        if rec is None:
            raise Http404("No such record")
        if rec.state == RecordState.CONFIRMED:
            Volunteer.objects.filter(pk=rec.volunteer_id).update(total_hours=F("total_hours") - rec.hours)
            Activity.objects.filter(pk=activity.pk).update(confirmed_hours=F("confirmed_hours") - rec.hours)
            _count_hours(activity, -rec.hours)
        _log("volunteer_hours_withdraw", rec, user, scope=activity.organisation, before=rec.snapshot(), after={})
        rec.delete()


def recount_hours(volunteer_ids=None) -> int:
    """Set every volunteer's total (or those ids') and every activity's confirmed hours from the confirmed
    records: the repair if a total ever drifted (`kexie-volunteer-hours`). Returns the volunteers changed."""
    from django.db.models import DecimalField, OuterRef, Subquery, Value
    from django.db.models.functions import Coalesce
    confirmed = ServiceRecord.objects.filter(state=RecordState.CONFIRMED)
    zero = Value(Decimal(0), output_field=DecimalField(max_digits=12, decimal_places=1))

    def total(key):
        return Coalesce(Subquery(confirmed.filter(**{key: OuterRef("pk")}).values(key)
                                 .annotate(s=Sum("hours")).values("s")[:1]), zero)
    volunteers = Volunteer.objects.all() if volunteer_ids is None else Volunteer.objects.filter(pk__in=volunteer_ids)
    with transaction.atomic():
        changed = volunteers.annotate(right=total("volunteer")).exclude(total_hours=F("right"))
        n = changed.count()
        changed_ids = list(changed.values_list("pk", flat=True))
        Volunteer.objects.filter(pk__in=changed_ids).update(total_hours=total("volunteer"))
        activities = Activity.objects.all() if volunteer_ids is None else Activity.objects.filter(
            records__volunteer_id__in=volunteer_ids).distinct()
        Activity.objects.filter(pk__in=activities.annotate(right=total("activity"))
                                .exclude(confirmed_hours=F("right")).values("pk")).update(
            confirmed_hours=total("activity"))
    return n
