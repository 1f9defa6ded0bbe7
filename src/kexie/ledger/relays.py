"""转办 and 分解: a unit passes its assignment on to the units below it and its departments, and maps a filed plan.

A sub-assignment is an ordinary Assignment on the unit's relay plan (one per unit and higher plan, made here)
whose Task copies the higher task (Task.source_task), so the flow, lights, counts, reminders and the unit's right
to close come from the ledger unchanged. A unit's own implementation plan, filed under the higher plan (备案),
joins the same chain once its issuer maps its tasks to the higher plan's (map_task). chain_of reads the chain.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Avg, Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from kexie.orgs.models import Department, Organisation

from . import counts
from .access import require_handler, require_issuer
from .errors import LedgerError
from .flow import Status
from .inputs import parse_date, parse_ids
from .journal import record
from .models import Assignment, AssignmentRole, Filing, Plan, PlanState, Task
from .rhythms import span_of

# The fields a relay task copies from the higher task it carries out.
COPIED = ("outline_id", "marker", "level", "heading", "text", "order", "deadline", "time_hint", "rhythm",
          "rhythm_dates", "rhythm_offset")


@dataclass
class Relayed:
    """What relay did: the assignments it created, and the units that already had the task (not duplicated)."""

    created: list = field(default_factory=list)
    already: list = field(default_factory=list)


def _targets(a: Assignment, organisations, departments) -> tuple[list[Organisation], list[Department]]:
    org_ids, dept_ids = set(parse_ids(list(organisations))), set(parse_ids(list(departments)))
    if not org_ids and not dept_ids:
        raise LedgerError(_("请选择要转办的下级单位或本单位部门。"))
    assignee = a.organisation
    orgs = list(Organisation.objects.filter(pk__in=org_ids, path__startswith=assignee.path)
                .exclude(pk=assignee.pk).order_by("path"))
    if len(orgs) != len(org_ids):
        raise LedgerError(_("只能转办给本单位的下级单位：所选单位中有不在本单位下级范围内的，请重新选择。"))
    depts = list(Department.objects.filter(pk__in=dept_ids, organisation=assignee).order_by("order", "name"))
    if len(depts) != len(dept_ids):
        raise LedgerError(_("只能分解给本单位的部门：所选部门中有不属于本单位的，请重新选择。"))
    return orgs, depts


def _relay_due(a: Assignment, due_date) -> datetime.date:
    due = parse_date(due_date)
    if due is None:
        raise LedgerError(_("请填写转办的完成时限。"))
    if a.due_date and due > a.due_date:
        raise LedgerError(_("转办的完成时限（%(due)s）不能晚于本单位的完成时限（%(own)s），请提前。")
                          % {"due": due.isoformat(), "own": a.due_date.isoformat()})
    return due


def relay_plan_for(assignment: Assignment, user) -> Plan:
    """The assignee's relay plan of the assignment's plan, made on first use (the unique constraint decides a
    race: get_or_create reads the winner's), then locked so its tasks are made once."""
    higher = assignment.plan
    now = timezone.now()
    plan, _created = Plan.objects.get_or_create(
        organisation_id=assignment.organisation_id, source_plan=higher, is_relay=True,
        defaults=dict(title=(_("转办：") + higher.title)[:500], year=higher.year, warning_days=higher.warning_days,
                      default_due=assignment.due_date, state=PlanState.PUBLISHED, created_by=user,
                      published_at=now, published_by=user))
    return Plan.objects.select_for_update().select_related("organisation").get(pk=plan.pk)


def relay_task_for(plan: Plan, source: Task) -> Task:
    """The relay plan's copy of the higher task (under the plan's lock), with the higher task's periods."""
    task = Task.objects.filter(plan=plan, source_task=source).first()
    if task is None:
        task = Task(plan=plan, source_task=source, due_date=source.effective_due,
                    **{f: getattr(source, f) for f in COPIED})
        if source.rhythm:  # the same periods as above, so a county's 2022-Q3 answers the city's 2022-Q3
            task.rhythm_start, task.rhythm_end = span_of(source)
        task.save()
    return task


def relay(assignment: Assignment, user, *, organisations=(), departments=(), due_date=None) -> Relayed:
    """转办/分解: give the assignment's task to units inside the assignee's subtree and to its departments, due by
    due_date (not later than the assignment's own). Only the assignee's editors; not once closed. Units that
    already have it are reported back, not given it twice."""
    require_handler(user, assignment)
    if assignment.department_id or assignment.organisation_id == assignment.plan.organisation_id:
        raise LedgerError(_("本单位部门承办的任务不能再转办。"))
    orgs, depts = _targets(assignment, organisations, departments)
    due = _relay_due(assignment, due_date)
    done = Relayed()
    with transaction.atomic():
        locked = Assignment.objects.select_for_update().get(pk=assignment.pk)
        if locked.status == Status.CLOSED:
            raise LedgerError(_("该任务已办结，不能再转办。"))
        plan = relay_plan_for(assignment, user)
        task = relay_task_for(plan, assignment.task)
        have = set(Assignment.objects.filter(task=task).values_list("organisation_id", "department_id"))
        targets = [(o, None, o.display_name) for o in orgs] + [(plan.organisation, d, d.name) for d in depts]
        new = []
        for org, dept, label in targets:
            if (org.pk, dept.pk if dept else None) in have:
                done.already.append(label)
            else:
                new.append(Assignment(task=task, plan=plan, organisation=org, department=dept,
                                      role=AssignmentRole.LEAD, due_date=due))
        if not new:
            raise LedgerError(_("%(units)s 已有此转办任务，未重复交办。") % {"units": "、".join(done.already)})
        created = Assignment.objects.bulk_create(new)  # ids come back (PostgreSQL, SQLite ≥ 3.35)
        rows = [(task.pk, c.organisation_id, c.department_id, c.role, c.due_date) for c in created]
        counts.published(plan.pk, Status.ASSIGNED, [r[0] for r in rows])
        counts.published_units(plan.pk, rows, fresh=False)
        for c in created:
            record(c, "assign", user, after=c.snapshot())
        names = [c.assignee_label for c in created]
        record(assignment, "relay", user, before={}, after={"units": names, "due_date": due.isoformat()},
               reason=_("转办给：%(units)s，完成时限 %(due)s") % {"units": "、".join(names), "due": due.isoformat()})
        done.created = created
    return done


# --- the chain under an assignment --------------------------------------------------------------------------

def chain_of(assignment: Assignment):
    """The assignments under this one: on tasks carrying out its task, in plans its assignee issued (its relay
    plan and its mapped implementation plans)."""
    return Assignment.objects.filter(task__source_task_id=assignment.task_id,
                                     plan__organisation_id=assignment.organisation_id)


def chain_progress(assignment: Assignment) -> tuple[int, int, int]:
    """(how many below, how many closed, their average progress in %), in one query."""
    r = chain_of(assignment).aggregate(total=Count("id"), closed=Count("id", filter=Q(status=Status.CLOSED)),
                                       avg=Avg("progress"))
    return r["total"], r["closed"], round(r["avg"] or 0)


# --- a filed implementation plan mapped to the higher plan --------------------------------------------------

def link_filed(plan: Plan) -> Plan | None:
    """The higher plan a plan carries out: its source_plan, else (set now) the plan under which its issuer filed
    the document it was built from (备案)."""
    if plan.source_plan_id or plan.document_id is None:
        return plan.source_plan
    filing = (Filing.objects.filter(document_id=plan.document_id, organisation_id=plan.organisation_id)
              .select_related("plan").first())
    if filing is None:
        return None
    Plan.objects.filter(pk=plan.pk, source_plan__isnull=True).update(source_plan=filing.plan)
    plan.source_plan = filing.plan
    return filing.plan


def mappable_tasks(plan: Plan):
    """The higher plan's tasks a filed plan's task may carry out: the non-group tasks given to its issuer."""
    source = plan.source_plan if plan.source_plan_id else None
    if source is None or plan.is_relay:
        return Task.objects.none()
    return (Task.objects.filter(plan=source, is_group=False,
                                assignments__organisation_id=plan.organisation_id).distinct().order_by("order"))


def map_task(task: Task, user, source_task) -> Task:
    """Map a task of a filed implementation plan to the higher task it carries out (None: unmap). Only the plan's
    issuer; only tasks of the higher plan given to it."""
    plan = task.plan
    require_issuer(user, plan)
    with transaction.atomic():
        if plan.is_relay or link_filed(plan) is None:
            raise LedgerError(_("只有已备案的实施方案才能对应上级任务：请先在上级台账的备案页备案本方案。"))
        if task.is_group:
            raise LedgerError(_("分组行不能对应上级任务。"))
        target = None
        if source_task not in (None, ""):
            ids = parse_ids([source_task.pk if isinstance(source_task, Task) else source_task])
            target = mappable_tasks(plan).filter(pk=ids[0]).first()
            if target is None:
                raise LedgerError(_("只能对应上级台账中交给本单位的任务，请从列表中选择。"))
        before = task.snapshot()
        task.source_task = target
        task.save(update_fields=["source_task"])
        record(task, "map", user, before=before)
    return task
