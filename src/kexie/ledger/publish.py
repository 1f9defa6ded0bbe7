"""Publishing (下发) a reviewed draft: every assignment it makes, created in bulk, logged once for the plan.

Refused while any name or recipient is pending. The state flip is conditional on the version, so two
people publishing at once create the assignments once.
"""

from __future__ import annotations

import datetime

from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from . import counts
from .access import require_issuer
from .draft import _require_draft
from .errors import Conflict, LedgerError
from .flow import Status
from .journal import record
from .matching import planned_group_members
from .models import (Assignment, AssignmentRole, Duty, MatchState, NameMatch, Plan, PlanRecipient,
                     PlanState)


def pending_items(plan: Plan) -> dict:
    return {
        "matches": NameMatch.objects.filter(task__plan=plan, task__is_group=False, state=MatchState.PENDING).count(),
        "recipients": plan.recipients.filter(state=MatchState.PENDING).count(),
    }


def _planned_by_task(plan: Plan):
    """(task id, due date, {(organisation, department): role}) per task publishing would send, in order.

    Per task: the units its items name (牵头单位, then 责任科室, then 配合单位; the first of the first two
    leads, the rest partner); a task that names none goes to every recipient of the plan, each as lead,
    since each answers for its own area. Those tasks share one read-only dict of the recipients' units.
    """
    issuer = plan.organisation
    recipient_units: list[tuple[int, int | None]] = []
    recipients = list(plan.recipients.filter(state=MatchState.CONFIRMED).prefetch_related("departments"))
    # Organisation ids only, in the order .organisations.all() gives (by path): a national recipient has
    # 2,800, and building a model object for each was half of the review page.
    org_ids: dict[int, list[int]] = {}
    for recipient_id, org_id in (PlanRecipient.organisations.through.objects
                                 .filter(planrecipient__in=[r.pk for r in recipients])
                                 .order_by("organisation__path").values_list("planrecipient_id", "organisation_id")):
        org_ids.setdefault(recipient_id, []).append(org_id)
    for r in recipients:
        recipient_units += [(issuer.pk, d.pk) for d in r.departments.all()]
        recipient_units += [(o, None) for o in org_ids.get(r.pk, ())]
    to_recipients = dict.fromkeys(recipient_units, AssignmentRole.LEAD)
    matches: dict[int, list[NameMatch]] = {}
    for m in NameMatch.objects.filter(task__plan=plan).exclude(role__in=(Duty.LEAD_LEADERS,
                                                                           Duty.RESPONSIBLE_LEADERS)):
        matches.setdefault(m.task_id, []).append(m)
    group_members = planned_group_members(plan)
    rank = {Duty.LEAD_UNITS: 0, Duty.DEPARTMENTS: 1, Duty.PARTNER_UNITS: 2}
    for task in plan.tasks.filter(is_group=False).order_by("order"):
        due = task.due_date or task.deadline or plan.default_due
        units: dict[tuple[int, int | None], str] = {}
        named = sorted((m for m in matches.get(task.pk, []) if m.counts), key=lambda m: (rank[m.role], m.order))
        for m in named:
            if m.is_group_phrase:  # each member of 牵头单位：各县（市、区）科协 leads; of 配合单位 partners
                role = AssignmentRole.PARTNER if m.role == Duty.PARTNER_UNITS else AssignmentRole.LEAD
                for key in group_members.get(m.pk, ()):
                    units.setdefault(key, role)
                continue
            key = (issuer.pk, m.department_id) if m.department_id else (m.organisation_id, None)
            role = AssignmentRole.PARTNER if (m.role == Duty.PARTNER_UNITS or units) else AssignmentRole.LEAD
            units.setdefault(key, role)
        yield task.pk, due, units or to_recipients


def _planned(plan: Plan) -> list[tuple[int, int, int | None, str, datetime.date | None]]:
    """(task, organisation, department, role, due date) of every assignment publishing would create, in order.
    Plain tuples: a national plan makes 112,000 of these."""
    return [(task_id, org_id, dept_id, role, due) for task_id, due, units in _planned_by_task(plan)
            for (org_id, dept_id), role in units.items()]


def planned_counts(plan: Plan) -> tuple[int, int]:
    """(assignments, distinct units) publishing would create: the review page's figures, as plain counts (a
    national plan plans 112,000 rows; the page must not build an object for each)."""
    per_task = [units for _task, _due, units in _planned_by_task(plan)]
    distinct = {id(units): units for units in per_task}  # the recipients' dict counts once
    return sum(map(len, per_task)), len(set().union(*distinct.values()))


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
        raise LedgerError(_("还有 %(matches)d 个名称、%(recipients)d 个主送单位待确认，确认后才能下发。") % pending)
    rows = _planned(plan)
    if not rows:
        raise LedgerError(_("没有可交办的单位：请确认主送单位或各任务的责任单位。"))
    if any(r[4] is None for r in rows):
        raise LedgerError(_("请先设定默认完成时限。"))
    now = timezone.now()
    if not Plan.objects.filter(pk=plan.pk, state=PlanState.DRAFT, version=plan.version).update(
            state=PlanState.PUBLISHED, published_at=now, published_by=user, version=F("version") + 1):
        raise Conflict(_("台账刚被他人修改或已下发，请刷新页面。"))
    before = plan.snapshot()
    plan.state, plan.published_at, plan.published_by, plan.version = PlanState.PUBLISHED, now, user, plan.version + 1
    # One entry for the whole publish: each assignment's history opens with a 交办 step made from it and the
    # plan (reads.assignment_history), so 112,000 rows saying the same thing are not written.
    record(plan, "publish", user, before=before, reason=_("交办 %(n)d 项") % {"n": len(rows)})
    if connection.vendor == "postgresql":
        _copy_assignments(plan, rows, now)
    else:
        Assignment.objects.bulk_create(
            [Assignment(task_id=t, plan=plan, organisation_id=o, department_id=d, role=r, due_date=due)
             for t, o, d, r, due in rows], batch_size=500)
    counts.published(plan.pk, Status.ASSIGNED, [r[0] for r in rows])
    counts.published_units(plan.pk, rows)
    return len(rows)


def _copy_assignments(plan: Plan, rows, now) -> None:
    """PostgreSQL's COPY for the thousands of rows of a plan sent to many units: ~20 times faster than
    bulk_create's parameter binding. The rows go as one block of COPY text (ids, dates and fixed words:
    nothing needs escaping) rather than row by row; a task's due date is formatted once, not per unit."""
    a_cols = ["task_id", "plan_id", "organisation_id", "department_id", "role", "due_date", "status",
              "status_before_extension", "progress", "progress_text", "version", "created_at", "updated_at"]
    stamp = now.isoformat()
    tail = f"\t{Status.ASSIGNED.value}\t\t0\t\t1\t{stamp}\t{stamp}\n"
    dues = {due: f"\t{due.isoformat()}{tail}" for due in {r[4] for r in rows}}
    head, null = f"\t{plan.pk}\t", "\\N"
    block = "".join(f"{t}{head}{o}\t{null if d is None else d}\t{r}{dues[due]}" for t, o, d, r, due in rows)
    with connection.cursor() as cursor:
        with cursor.cursor.copy(f"COPY {Assignment._meta.db_table} ({', '.join(a_cols)}) FROM STDIN") as copy:
            copy.write(block)
