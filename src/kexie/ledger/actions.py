"""Every write to an assignment: the flow's steps (`act`) and the one locked, versioned update they share.

`change_assignment` locks the row (SELECT … FOR UPDATE), decides the new fields from the locked row,
writes them with UPDATE … WHERE id AND version, and logs the before from the locked row. So a report
racing 申请办结 or 延期申请 sees the other's result, never overwrites it, and its history is true.
"""

from __future__ import annotations

import datetime
from typing import Callable

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _, pgettext

from . import counts, flow
from .access import require_handler, require_issuer
from .errors import Conflict, LedgerError
from .flow import Status
from .inputs import clean_text
from .journal import record
from .models import Assignment

REASON_MAX = 2000


def change_assignment(assignment: Assignment, user, action: str, decide: Callable[[Assignment, object], dict], *,
                      seen_version: int | None = None, reason: str = "") -> Assignment:
    """Apply decide(locked row, now) -> fields to the assignment, under a row lock, and log it.

    seen_version: the version the user saw; if someone changed it since, Conflict. Must run inside a
    transaction (callers use transaction.atomic), so the lock holds until the caller's other rows are written.
    """
    now = timezone.now()
    locked = Assignment.objects.select_for_update().get(pk=assignment.pk)
    if seen_version is not None and seen_version != locked.version:
        raise Conflict()
    before = locked.snapshot()
    fields = decide(locked, now)
    if not Assignment.objects.filter(pk=locked.pk, version=locked.version).update(
            **fields, version=F("version") + 1, updated_at=now):
        raise Conflict()
    if "status" in fields:
        counts.moved(locked.plan_id, locked.task_id, locked.status, fields["status"])
    counts.rolled(locked, fields)
    fields.update(version=locked.version + 1, updated_at=now)
    for key, value in fields.items():
        setattr(locked, key, value)
    # The caller's copy takes every field from the locked row: another writer's change is not lost in it.
    for key in (*Assignment.AUDIT_FIELDS, *fields, "status_before_extension", "accepted_at", "closed_at",
                "progress_text", "last_report_at"):
        setattr(assignment, key, getattr(locked, key))
    record(assignment, action, user, before=before, reason=reason)
    return assignment


def _step_fields(step: flow.Step, a: Assignment, now, new_due: datetime.date | None) -> dict:
    if a.status not in step.sources:
        raise LedgerError(_("当前状态为“%(status)s”，不能%(step)s。") % {"status": _(a.get_status_display()),
                                                                  "step": pgettext("step", step.label)})
    fields: dict = {}
    if step.action == "request_extension":
        if new_due is None:
            raise LedgerError(_("请填写申请延期到的日期。"))
        if a.due_date and new_due <= a.due_date:
            raise LedgerError(_("延期日期应晚于现在的完成时限。"))
        fields.update(requested_due=new_due, status_before_extension=a.status)
    if step.target is None:  # back from an extension request
        target = a.status_before_extension or Status.ACCEPTED
        if step.action == "approve_extension":
            fields["due_date"] = a.requested_due or a.due_date
        fields.update(requested_due=None, status_before_extension="")
    else:
        target = step.target
    fields["status"] = target
    if target == Status.ACCEPTED and not a.accepted_at:
        fields["accepted_at"] = now
    if target == Status.CLOSED:
        fields["closed_at"] = now
    return fields


# The issuer's answers whose reason the unit must see where it works (inbox, assignment page), not only in the
# history; asking for completion again answers them.
REASON_SHOWN = ("return", "reject_extension")


def _reason_fields(step: flow.Step, reason: str) -> dict:
    if step.action in REASON_SHOWN:
        return {"last_reason": reason, "last_reason_action": step.action}
    if step.action == "request_completion":
        return {"last_reason": "", "last_reason_action": ""}
    return {}


def act(assignment: Assignment, action: str, user, *, version: int | None = None, reason: str = "",
        new_due: datetime.date | None = None) -> Assignment:
    """Take one step of the flow on an assignment, as the user, from the version they saw (version, else the
    version of the assignment object passed in: a step is never taken on a state the user did not see)."""
    step = flow.STEPS.get(action)
    if step is None:
        raise LedgerError(_("未知的操作。"))
    if step.who == flow.ISSUER:
        require_issuer(user, assignment.plan)
    else:
        require_handler(user, assignment)
    if version is not None and not isinstance(version, int):
        from kexie.orgs.access import parse_pk
        version = parse_pk(version)
        if version is None:
            raise LedgerError(_("版本号应为正整数，请刷新页面后重试。"))
    reason = clean_text(reason, _("理由"), REASON_MAX)
    if step.reason_required and not reason:
        raise LedgerError(_("%(step)s需要填写理由。") % {"step": pgettext("step", step.label)})

    def decide(a: Assignment, now) -> dict:
        return {**_step_fields(step, a, now, new_due), **_reason_fields(step, reason)}

    with transaction.atomic():
        return change_assignment(assignment, user, action, decide,
                                 seen_version=assignment.version if version is None else version, reason=reason)


def reopen(assignment: Assignment, user, *, reason: str, version: int | None = None) -> Assignment:
    """重新办理: the issuer reopens a closed assignment (a 办实事 requester was not satisfied), back to the assignee as
    退回 with the reason, so it is handled again through the same flow, lights and reminders. Not a step of the
    flow's table: only a caller that owns the reason (workers.requests) takes it, never a button of the ledger."""
    require_issuer(user, assignment.plan)
    reason = clean_text(reason, _("理由"), REASON_MAX)
    if not reason:
        raise LedgerError(_("重新办理需要填写理由。"))

    def decide(a: Assignment, now) -> dict:
        if a.status != Status.CLOSED:
            raise LedgerError(_("只有已办结的事项才能重新办理。"))
        return {"status": Status.RETURNED, "closed_at": None, "last_reason": reason, "last_reason_action": "reopen"}

    with transaction.atomic():
        return change_assignment(assignment, user, "reopen", decide,
                                 seen_version=assignment.version if version is None else version, reason=reason)
