"""Who sees which ledger: every fetch goes through these helpers, which answer 404 outside the user's scope.

A user sees the plans issued within their organisation's subtree, and the published plans that assign
something to their subtree. Of a plan they only received, they see the tasks and their own subtree's
assignments, not the other recipients'. Editing is decided per action in services (issuer or assignee).
"""

from __future__ import annotations

from django.db.models import Exists, OuterRef, Q
from django.http import Http404

from kexie.orgs.access import membership_of, org_path_prefix

from .models import Assignment, Plan, PlanState, Report, ReportAttachment, Task


def visible_plans(user):
    prefix = org_path_prefix(user)
    if prefix is None:
        return Plan.objects.none()
    received = Assignment.objects.filter(plan=OuterRef("pk"), organisation__path__startswith=prefix)
    return Plan.objects.filter(Q(organisation__path__startswith=prefix)
                               | (Q(state=PlanState.PUBLISHED) & Exists(received)))


def get_plan_for_user(request, pk) -> Plan:
    try:
        return visible_plans(request.user).select_related("organisation", "document").get(pk=pk)
    except (Plan.DoesNotExist, ValueError, TypeError):
        raise Http404("No such plan")


def is_issuer_side(user, plan: Plan) -> bool:
    """Whether the user's organisation is the issuer or above it (and so sees every assignment)."""
    prefix = org_path_prefix(user)
    return prefix is not None and plan.organisation.path.startswith(prefix)


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
        qs = qs.filter(organisation__path__startswith=org_path_prefix(user))
    return qs


def get_task_for_user(request, pk) -> Task:
    try:
        task = Task.objects.select_related("plan", "plan__organisation", "parent").get(pk=pk)
    except (Task.DoesNotExist, ValueError, TypeError):
        raise Http404("No such task")
    if not visible_plans(request.user).filter(pk=task.plan_id).exists():
        raise Http404("No such task")
    return task


def get_assignment_for_user(request, pk) -> Assignment:
    try:
        return (visible_assignments(request.user)
                .select_related("task", "plan", "plan__organisation", "organisation", "department")
                .get(pk=pk))
    except (Assignment.DoesNotExist, ValueError, TypeError):
        raise Http404("No such assignment")


def visible_reports(user):
    return Report.objects.filter(assignment__in=visible_assignments(user))


def get_attachment_for_user(request, pk) -> ReportAttachment:
    try:
        return ReportAttachment.objects.select_related("report").get(
            pk=pk, report__assignment__in=visible_assignments(request.user))
    except (ReportAttachment.DoesNotExist, ValueError, TypeError):
        raise Http404("No such attachment")


def received_source_documents(prefix: str) -> Q:
    """The source documents of published plans that assign something to the subtree at prefix: a unit reads
    what it implements (read-only; documents/ registers this through grant_read)."""
    plans = Plan.objects.filter(state=PlanState.PUBLISHED, document__isnull=False,
                                assignments__organisation__path__startswith=prefix)
    return Q(pk__in=plans.values("document_id"))


def home_membership(user):
    return membership_of(user)
