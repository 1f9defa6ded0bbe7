"""The ledger's side of the audit log: which organisation owns each ledger object, and one `record`.

The owner decides who reads an entry: the assignee owns its assignment, reports and filing; the issuer
owns the plan, its tasks, name matches and recipients. A recipient reads only its own subtree's entries.
"""

from __future__ import annotations

from kexie.audit import log

from .models import Assignment, Filing, NameMatch, Plan, PlanRecipient, QuotaItem, Report, Task


def owner(obj) -> tuple[str, int]:
    """(scope path, plan id) of a ledger object."""
    if isinstance(obj, Plan):
        return obj.organisation.path, obj.pk
    if isinstance(obj, (Task, PlanRecipient)):
        return obj.plan.organisation.path, obj.plan_id
    if isinstance(obj, NameMatch):
        return obj.task.plan.organisation.path, obj.task.plan_id
    if isinstance(obj, (Assignment, Filing)):
        return obj.organisation.path, obj.plan_id
    if isinstance(obj, Report):
        return obj.assignment.organisation.path, obj.assignment.plan_id
    if isinstance(obj, QuotaItem):  # the person's unit owns it: their own subtree reads its history
        return obj.person.organisation.path, obj.task.plan_id
    raise TypeError(f"not a ledger object: {obj!r}")


def entry(obj, action: str, user, *, before=None, after=None, reason: str = ""):
    scope_path, plan_id = owner(obj)
    return log.entry(action, obj=obj, scope=scope_path, plan_id=plan_id, user=user, before=before,
                     after=after, reason=reason)


def record(obj, action: str, user, *, before=None, after=None, reason: str = ""):
    """Log one change of a ledger object; after defaults to its snapshot now."""
    e = entry(obj, action, user, before=before, after=after, reason=reason)
    e.save()
    return e
