"""Per-person quotas (每人每年至少1篇): setting a task's quota, recording what people wrote, and the tally.

A task's quota asks each person of quota_organisation (and, with quota_subtree, of every unit under it) for
`quota` items per period of the task's rhythm. Items are QuotaItems, recorded by the person themselves or by an
editor of their unit. The tally counts them per person and rolls them up per unit in SQL (GROUP BY), so a
province's subtree of thousands of people is one grouped query per page, never a loop over people.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Count, IntegerField, OuterRef, Q, Subquery, Sum, Value
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _

from kexie.documents import storage
from kexie.orgs.access import home_organisation, may_act_for, membership_of, parse_pk
from kexie.orgs.models import Organisation, Person

from .access import is_issuer_side, require_issuer, visible_plans
from .errors import LedgerError, NotAllowed
from .inputs import clean_text, parse_date
from .journal import record
from .models import PlanState, QuotaItem, Rhythm, Task
from .reports import check_attachment
from .rhythms import Period, RhythmError, current, periods_of

QUOTA_MAX = 100
TITLE_MAX = 200


# --- setting ----------------------------------------------------------------------------------------------

def _count(value) -> int:
    n = parse_pk(value) if not isinstance(value, int) or isinstance(value, bool) else value
    if n is None or not 1 <= n <= QUOTA_MAX:
        raise LedgerError(_("每人数量应为 1 到 %(max)d 的整数。") % {"max": QUOTA_MAX})
    return n


def set_quota(task: Task, user, *, count, organisation, subtree: bool = False, rhythm: str | None = None) -> Task:
    """Ask each person of organisation (and of its subtree when subtree) for count items per period of rhythm
    (default: the task's own rhythm, else 每年). Only the plan's issuer; a draft or a published plan."""
    plan = task.plan
    require_issuer(user, plan)
    if task.is_group:
        raise LedgerError(_("分组行不能设定每人定额，请在具体任务上设定。"))
    count = _count(count)
    org_id = organisation.pk if isinstance(organisation, Organisation) else parse_pk(organisation)
    scope = Organisation.objects.filter(pk=org_id, path__startswith=plan.organisation.path).first() if org_id else None
    if scope is None:
        raise LedgerError(_("定额范围应为本单位或其下级单位，请重新选择。"))
    rhythm = rhythm or task.rhythm or Rhythm.YEARLY
    if rhythm not in Rhythm.values or rhythm == Rhythm.NONE:
        raise LedgerError(_("未知的报送周期。"))
    before = task.snapshot()
    task.quota, task.quota_organisation, task.quota_subtree, task.rhythm = count, scope, bool(subtree), rhythm
    try:
        periods_of(task)
    except RhythmError as e:
        task.refresh_from_db()
        raise LedgerError(str(e)) from None
    with transaction.atomic():
        task.save(update_fields=["quota", "quota_organisation", "quota_subtree", "rhythm"])
        record(task, "set_quota", user, before=before)
    return task


# --- who is covered, who sees ------------------------------------------------------------------------------

def covers(task: Task, organisation: Organisation) -> bool:
    scope = task.quota_organisation
    return organisation.pk == scope.pk or (task.quota_subtree and organisation.path.startswith(scope.path))


def _covered_q(task: Task, prefix: str = "") -> Q:
    """The covered people (field names of Person), within the subtree at prefix when given."""
    scope = task.quota_organisation
    q = Q(organisation__path__startswith=scope.path) if task.quota_subtree else Q(organisation_id=scope.pk)
    return q & Q(organisation__path__startswith=prefix) if prefix else q


def get_quota_task_for_user(user, pk) -> Task:
    """The task with a quota, with .viewer_prefix: the subtree whose people the user sees (the issuer side sees
    all covered units; a covered unit's users their own subtree); 404 for anyone else."""
    pk = parse_pk(pk)
    task = (Task.objects.select_related("plan", "plan__organisation", "quota_organisation")
            .filter(pk=pk, quota__isnull=False).first()) if pk else None
    if task is None:
        raise Http404("No such quota")
    home = home_organisation(user)
    if home is not None and is_issuer_side(user, task.plan) and visible_plans(user).filter(pk=task.plan_id).exists():
        task.viewer_prefix, task.issuer_side = "", True
    elif home is not None and task.plan.state == PlanState.PUBLISHED and covers(task, home):
        task.viewer_prefix, task.issuer_side = home.path, False
    else:
        raise Http404("No such quota")
    task.can_issue = may_act_for(user, task.plan.organisation_id)
    return task


def quota_tasks_for(user):
    """The tasks with a quota this user sees: those of plans issued within their subtree, and the published ones
    whose quota covers their unit (its own, or one above with quota_subtree)."""
    home = home_organisation(user)
    if home is None:
        return Task.objects.none()
    ancestors = [int(step) for step in home.path.split("/") if step]
    covering = (Q(quota_organisation=home) | Q(quota_subtree=True, quota_organisation_id__in=ancestors)) \
        & Q(plan__state=PlanState.PUBLISHED)
    return (Task.objects.filter(quota__isnull=False)
            .filter(Q(plan__organisation__path__startswith=home.path) | covering)
            .select_related("plan", "plan__organisation", "quota_organisation")
            .order_by("-plan__created_at", "plan_id", "order"))


def may_record_for(user, person: Person) -> bool:
    """The person themselves, or an editor (管理员/经办) of the person's unit."""
    membership = membership_of(user)
    return bool(membership and (membership.person_id == person.pk or may_act_for(user, person.organisation_id)))


def recordable_people(task: Task, user):
    """The covered people this user may record for: themselves and, for an editor, their unit's people."""
    membership = membership_of(user)
    if membership is None:
        return Person.objects.none()
    mine = Q(pk=membership.person_id) if membership.person_id else Q(pk__in=[])
    if membership.can_edit:
        mine |= Q(organisation_id=membership.organisation_id)
    return Person.objects.filter(_covered_q(task) & mine).order_by("order", "id")


# --- periods ----------------------------------------------------------------------------------------------

def task_periods(task: Task) -> list[Period]:
    try:
        return periods_of(task)
    except RhythmError:
        return []


def period_for(task: Task, key: str | None) -> Period | None:
    """The task's period with that key; without a key the current one."""
    found = task_periods(task)
    if not key:
        return current(found, timezone.localdate())
    return next((p for p in found if p.key == key), None)


# --- recording --------------------------------------------------------------------------------------------

def record_item(task: Task, user, *, person, title: str, day, file=None) -> QuotaItem:
    """登记: one item of a covered person, dated inside one of the task's periods; file: (name, bytes) or None."""
    if not task.quota:
        raise LedgerError(_("该任务没有设定每人定额。"))
    person_id = person.pk if isinstance(person, Person) else parse_pk(person)
    person = Person.objects.select_related("organisation").filter(pk=person_id).first() if person_id else None
    if person is None or not may_record_for(user, person):
        raise NotAllowed(_("只有本人或其所在单位的管理员、经办人员可以登记。"))
    if not covers(task, person.organisation):
        raise LedgerError(_("%(name)s不在该任务的定额范围内。") % {"name": person.name})
    title = clean_text(title, _("题目"), TITLE_MAX, required=True)
    day = parse_date(day)
    if day is None:
        raise LedgerError(_("请填写日期。"))
    period = next((p for p in task_periods(task) if p.start <= day <= p.end), None)
    if period is None:
        raise LedgerError(_("日期%(day)s不在该任务的定额期间内，请填写期间内的日期。") % {"day": day.isoformat()})
    attachment = {}
    if file is not None:
        name, content_type = check_attachment(file[0], file[1])
        attachment = {"filename": name, "content_type": content_type, "sha256": storage.sha256_of(file[1]),
                      "size": len(file[1])}
    with transaction.atomic():
        if attachment:
            storage.write_blob(file[1], attachment["sha256"])
        item = QuotaItem.objects.create(task=task, person=person, period=period.key, title=title, day=day,
                                        recorded_by=user, **attachment)
        record(item, "record_quota", user)
    return item


def delete_item(item: QuotaItem, user) -> None:
    if not may_record_for(user, item.person):
        raise NotAllowed(_("只有本人或其所在单位的管理员、经办人员可以删除登记。"))
    with transaction.atomic():
        record(item, "delete_quota", user, before=item.snapshot(), after={})
        item.delete()


# --- the tally ----------------------------------------------------------------------------------------------

@dataclass
class Totals:
    people: int
    met: int
    items: int

    @property
    def not_met(self) -> int:
        return self.people - self.met


def _counted(task: Task, key: str, prefix: str, organisation_id: int | None = None):
    """The covered people within prefix, each with n: their items of the period (one correlated count)."""
    items = (QuotaItem.objects.filter(task_id=task.pk, period=key, person_id=OuterRef("pk"))
             .order_by().values("person_id").annotate(c=Count("pk")).values("c"))
    qs = Person.objects.filter(_covered_q(task, prefix))
    if organisation_id is not None:
        qs = qs.filter(organisation_id=organisation_id)
    return qs.annotate(n=Coalesce(Subquery(items, output_field=IntegerField()), Value(0)))


def people(task: Task, key: str, prefix: str = "", *, organisation_id: int | None = None, unmet: bool = False):
    """Per person: n and met, in the tree's order (select_related unit and department)."""
    qs = _counted(task, key, prefix, organisation_id)
    if unmet:
        qs = qs.filter(n__lt=task.quota)
    return qs.select_related("organisation", "department").order_by("organisation__path", "order", "id")


def by_unit(task: Task, key: str, prefix: str = ""):
    """Per unit: people, met and items of the period, grouped in SQL (values dicts, in the tree's order)."""
    return (_counted(task, key, prefix)
            .values("organisation_id", "organisation__name", "organisation__short_name", "organisation__path")
            .annotate(people=Count("pk"), met=Count("pk", filter=Q(n__gte=task.quota)), items=Sum("n"))
            .order_by("organisation__path"))


def totals(task: Task, key: str, prefix: str = "") -> Totals:
    row = _counted(task, key, prefix).aggregate(people=Count("pk"), met=Count("pk", filter=Q(n__gte=task.quota)),
                                                items=Sum("n"))
    return Totals(row["people"] or 0, row["met"] or 0, row["items"] or 0)


def my_items(task: Task, user):
    membership = membership_of(user)
    if membership is None or not membership.person_id:
        return QuotaItem.objects.none()
    return QuotaItem.objects.filter(task=task, person_id=membership.person_id).select_related("person")


def today_in(task: Task) -> datetime.date | None:
    """Today when it falls in a period of the task (the form's default), else the current period's last day."""
    today = timezone.localdate()
    period = period_for(task, None)
    if period is None:
        return None
    return today if period.start <= today <= period.end else period.end
