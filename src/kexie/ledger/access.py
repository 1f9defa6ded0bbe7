"""Who sees and who may do what in the ledger: every fetch goes through here, 404 outside the user's scope.

A user sees the plans issued within their organisation's subtree, and the published plans that assign
something to their subtree. Of a plan they only received, they see the tasks and their own subtree's
assignments, not the other recipients'. Doing is one rule (orgs.access.may_act_for): the issuer's editors
issue, the assignee's editors handle. Helpers take the user, not the request, so pages, API, exports
and dashboards share them; getters return the object with what the user may do to it.
"""

from __future__ import annotations

from django.db.models import Q
from django.http import Http404
from django.utils.translation import gettext as _

from kexie.orgs.access import may_act_for, org_path_prefix, parse_pk
from kexie.orgs.models import Organisation

from . import flow
from .errors import NotAllowed
from .models import Assignment, Plan, PlanState, ReportAttachment, Task


# --- may do -----------------------------------------------------------------------------------------------

def may_issue(user, plan: Plan) -> bool:
    """An editor of the organisation that issued the plan: builds, reviews, publishes, closes, returns."""
    return may_act_for(user, plan.organisation_id)


def may_handle(user, assignment: Assignment) -> bool:
    """An editor of the organisation the assignment is given to: accepts, reports, asks."""
    return may_act_for(user, assignment.organisation_id)


def require_issuer(user, plan: Plan) -> None:
    if not may_issue(user, plan):
        raise NotAllowed(_("只有发文单位的管理员和经办人员可以执行此操作。"))


def require_handler(user, assignment: Assignment) -> None:
    if not may_handle(user, assignment):
        raise NotAllowed(_("只有承办单位的管理员和经办人员可以执行此操作。"))


def may_take(user, assignment: Assignment, step: flow.Step) -> bool:
    return may_issue(user, assignment.plan) if step.who == flow.ISSUER else may_handle(user, assignment)


def allowed_steps(user, assignment: Assignment) -> list[flow.Step]:
    return [s for s in flow.steps_from(assignment.status) if may_take(user, assignment, s)]


def is_issuer_side(user, plan: Plan) -> bool:
    """Whether the user's organisation is the issuer or above it (and so sees every assignment)."""
    prefix = org_path_prefix(user)
    return prefix is not None and plan.organisation.path.startswith(prefix)


# --- sees -------------------------------------------------------------------------------------------------

def subtree_ids(prefix: str) -> list[int]:
    """The ids of the organisations in the subtree at prefix (a province: ~200; only subtrees that receive plans
    from above are asked for, never the national body's). As a list, not a subquery: filtering assignments by
    organisation_id IN (these ids) lets the database probe the (organisation, plan, status) index per unit,
    and with the ids in hand the planner always does (as a subquery it sometimes read a national plan's 112,000
    rows to find one province's share, depending on the table's visibility map)."""
    return list(Organisation.objects.filter(path__startswith=prefix).values_list("pk", flat=True))


def user_subtree_ids(user) -> list[int]:
    """subtree_ids of the user's own subtree, read once per request (kept on the user object, which lives as long
    as the request): a page reaches the plan, its rows and its filters through the scope several times."""
    prefix = org_path_prefix(user)
    cached = getattr(user, "_kexie_subtree_ids", None)
    if cached is None or cached[0] != prefix:
        cached = (prefix, subtree_ids(prefix) if prefix is not None else [])
        user._kexie_subtree_ids = cached
    return cached[1]


def _received(prefix: str, subtree_of=subtree_ids) -> Q:
    """Published plans issued outside the subtree at prefix that assign something inside it. Every assignee is
    within its issuer's subtree, so such a plan was issued by one of the subtree's few ancestors: only their
    plans qualify, and a national user (no ancestors) probes none. The plans come from the subtree's own
    assignments (an index-only read of the (organisation, plan, status) index: a province's 32,000 entries), not
    from a walk of each plan's assignments looking for the subtree's. subtree_of(prefix) gives the subtree's ids
    (asked only when there are ancestors)."""
    ancestors = [int(step) for step in prefix.split("/") if step][:-1]
    if not ancestors:
        return Q(pk__in=[])
    inside = Assignment.objects.filter(organisation_id__in=subtree_of(prefix)).values("plan_id")
    return Q(state=PlanState.PUBLISHED, organisation_id__in=ancestors, pk__in=inside)


def visible_plans(user):
    prefix = org_path_prefix(user)
    if prefix is None:
        return Plan.objects.none()
    return Plan.objects.filter(Q(organisation__path__startswith=prefix) | _received(prefix, lambda _prefix: user_subtree_ids(user)))


def received_plans(user):
    """The part of visible_plans beyond the user's own subtree: published plans from above that assign something
    inside it (search checks the own-subtree part against its index's organisation, then asks only for these)."""
    prefix = org_path_prefix(user)
    if prefix is None:
        return Plan.objects.none()
    return Plan.objects.filter(_received(prefix, lambda _prefix: user_subtree_ids(user)))


def issued_plans(user):
    """Plans on the user's issuer side (issued within their subtree): their drafts, matches and recipients."""
    prefix = org_path_prefix(user)
    if prefix is None:
        return Plan.objects.none()
    return Plan.objects.filter(organisation__path__startswith=prefix)


def visible_assignments(user):
    prefix = org_path_prefix(user)
    if prefix is None:
        return Assignment.objects.none()
    return Assignment.objects.filter(Q(plan__organisation__path__startswith=prefix)
                                     | Q(organisation__path__startswith=prefix, plan__state=PlanState.PUBLISHED))


def assignments_of_plan_for(user, plan: Plan):
    """A plan's assignments as this user may see them: all for the issuer side, else their subtree's."""
    qs = Assignment.objects.filter(plan=plan)
    if not is_issuer_side(user, plan):
        qs = qs.filter(organisation_id__in=user_subtree_ids(user))
    return qs


def _get(qs, pk, what: str):
    pk = parse_pk(pk)
    if pk is None:
        raise Http404(f"No such {what}")
    try:
        return qs.get(pk=pk)
    except qs.model.DoesNotExist:
        raise Http404(f"No such {what}")


def _with_plan_rights(user, plan: Plan) -> Plan:
    plan.can_issue = may_issue(user, plan)
    plan.issuer_side = is_issuer_side(user, plan)
    return plan


def get_plan_for_user(user, pk) -> Plan:
    """The plan, with .can_issue and .issuer_side for this user."""
    return _with_plan_rights(user, _get(visible_plans(user).select_related("organisation", "document"), pk, "plan"))


def get_task_for_user(user, pk) -> Task:
    task = _get(Task.objects.select_related("plan", "plan__organisation", "parent"), pk, "task")
    if not visible_plans(user).filter(pk=task.plan_id).exists():
        raise Http404("No such task")
    _with_plan_rights(user, task.plan)
    return task


def with_rights(user, assignment: Assignment) -> Assignment:
    assignment.can_handle = may_handle(user, assignment)
    assignment.steps = allowed_steps(user, assignment)
    return assignment


def get_assignment_for_user(user, pk) -> Assignment:
    """The assignment, with .can_handle and .steps (the flow steps this user may take) set."""
    a = _get(visible_assignments(user).select_related("task", "plan", "plan__organisation", "plan__published_by",
                                                      "organisation", "department"), pk, "assignment")
    return with_rights(user, a)


def get_attachment_for_user(user, pk) -> ReportAttachment:
    return _get(ReportAttachment.objects.select_related("report").filter(
        report__assignment__in=visible_assignments(user)), pk, "attachment")


def received_source_documents(prefix: str) -> Q:
    """The source documents of plans issued above the subtree at prefix that assign something inside it: a unit
    reads what it implements (read-only; documents/ registers this through grant_read). The subtree's own plans'
    documents are its own already."""
    return Q(pk__in=Plan.objects.filter(_received(prefix), document__isnull=False).values("document_id"))
