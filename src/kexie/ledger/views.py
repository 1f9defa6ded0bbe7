"""Pages of the ledger: plans, building and reviewing a draft, the ledger table, tasks, the inbox, reports, 备案.

Plain function views; every object is fetched through access.py, every change goes through services.py.
"""

from __future__ import annotations

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import FileResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext, pgettext
from django.views.decorators.http import require_POST

from kexie.documents import storage
from kexie.documents.access import get_document_for_user, visible_documents
from kexie.documents.services import IngestError, ingest
from kexie.orgs.access import membership_of, require_editor
from kexie.orgs.models import Department, Organisation

from . import flow, services
from .access import (assignments_of_plan_for, get_assignment_for_user, get_attachment_for_user, get_plan_for_user,
                     get_task_for_user, is_issuer_side, visible_plans)
from .ledger_table import ledger_rows
from .models import (Assignment, Change, NameMatch, ObjectType, PlanRecipient, PlanState, Report,
                     Role, Status)


def _date_or_none(value: str | None) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(value) if value else None
    except ValueError:
        raise services.LedgerError("日期格式应为 2022-04-13。")


@login_required
def plan_list(request):
    plans = (visible_plans(request.user).select_related("organisation")
             .annotate(n_assignments=Count("assignments"),
                       n_closed=Count("assignments", filter=Q(assignments__status=Status.CLOSED)))
             .order_by("-created_at", "-id"))
    return render(request, "ledger/plan_list.html", {"plans": plans[:200]})


@login_required
def plan_new(request):
    """建立台账 from a stored document: ?document=<id> (GET shows what will be built, POST builds)."""
    document = get_document_for_user(request, request.GET.get("document") or request.POST.get("document"))
    existing = document.plans.first()
    if request.method == "POST":
        try:
            plan, _ = services.build_plan(document, request.user)
        except services.LedgerError as e:
            messages.error(request, str(e))
            return redirect(f"{request.path}?document={document.pk}")
        return redirect("ledger:review" if plan.is_draft else "ledger:plan", plan.pk)
    parse = document.parse or {}
    membership = membership_of(request.user)
    can_build = bool(membership and membership.can_edit and membership.organisation_id == document.organisation_id)
    return render(request, "ledger/plan_new.html", {
        "document": document, "existing": existing, "can_build": can_build,
        "n_items": len(parse.get("outline") or []), "recipients": parse.get("recipients") or [],
        "title": parse.get("enclosed_title") or document.display_title})


REVIEW_OPS = {"plan", "match", "recipient", "add_recipient", "task", "publish"}


@login_required
def plan_review(request, pk):
    """The draft: tasks with their names to confirm, the recipients' expansion, due dates; then 下发."""
    plan = get_plan_for_user(request, pk)
    if not plan.is_draft:
        return redirect("ledger:plan", plan.pk)
    if request.method == "POST":
        op = request.POST.get("op")
        try:
            if op not in REVIEW_OPS:
                raise services.LedgerError("未知的操作。")
            result = _review_op(request, plan, op)
        except services.LedgerError as e:
            messages.error(request, str(e))
        else:
            if op == "publish":
                messages.success(request, gettext("已下发，交办 %(n)d 项。") % {"n": result})
                return redirect("ledger:plan", plan.pk)
        return redirect("ledger:review", plan.pk)
    tasks = list(plan.tasks.order_by("order"))
    matches = (NameMatch.objects.filter(task__plan=plan)
               .select_related("person", "department", "organisation").order_by("task__order", "role", "order"))
    by_task: dict[int, list] = {}
    for m in matches:
        by_task.setdefault(m.task_id, []).append(m)
    for t in tasks:
        t.matches = by_task.get(t.pk, [])
    issuer = plan.organisation
    recipients = list(plan.recipients.prefetch_related("organisations", "departments"))
    units = list(Organisation.objects.subtree(issuer).exclude(pk=issuer.pk).order_by("path"))
    departments = list(Department.objects.filter(organisation=issuer))
    for r in recipients:
        r.org_ids = {o.pk for o in r.organisations.all()}
        r.dept_ids = {d.pk for d in r.departments.all()}
    planned = services.planned_assignments(plan)
    return render(request, "ledger/plan_review.html", {
        "plan": plan, "tasks": tasks, "recipients": recipients, "units": units, "departments": departments,
        "pending": services.pending_items(plan), "n_planned": len(planned),
        "n_units": len({(a.organisation_id, a.department_id) for a in planned}),
        "can_edit": _is_issuer_editor(request.user, plan), "roles": Role,
    })


def _is_issuer_editor(user, plan) -> bool:
    m = membership_of(user)
    return bool(m and m.can_edit and m.organisation_id == plan.organisation_id)


def _review_op(request, plan, op):
    post = request.POST
    if op == "plan":
        warning = post.get("warning_days")
        return services.update_plan(plan, request.user, title=post.get("title") or None,
                                    default_due=_date_or_none(post.get("default_due")),
                                    warning_days=int(warning) if warning and warning.isdigit() else None)
    if op == "match":
        match = get_object_or_404(NameMatch.objects.select_related("task__plan"), pk=post.get("match"), task__plan=plan)
        action, kind, target = post.get("action"), None, None
        if action == "pick":
            kind, _, target = (post.get("target") or "").partition(":")
            if not target.isdigit():
                raise services.LedgerError("请选择一个候选。")
        return services.resolve_match(match, request.user, action=action, kind=kind,
                                      target_id=int(target) if target else None)
    if op == "recipient":
        recipient = get_object_or_404(PlanRecipient.objects.select_related("plan"), pk=post.get("recipient"), plan=plan)
        return services.set_recipient(recipient, request.user, organisation_ids=post.getlist("organisations"),
                                      department_ids=post.getlist("departments"), ignore=post.get("ignore") == "1")
    if op == "add_recipient":
        return services.add_recipient(plan, request.user, post.get("name", ""))
    if op == "task":
        task = get_object_or_404(plan.tasks.select_related("plan"), pk=post.get("task"))
        due = _date_or_none(post.get("due_date"))
        return services.update_task(task, request.user, due_date=due, clear_due=due is None,
                                    is_group=post.get("is_group") == "1")
    return services.publish(plan, request.user)


SORTS = {"order": "序号", "due": "完成时限"}  # translated where shown (site/vocabulary.py)


@login_required
def plan_detail(request, pk):
    """The ledger as offices keep it: one row per task, filterable by status and unit, sortable."""
    plan = get_plan_for_user(request, pk)
    if plan.is_draft and is_issuer_side(request.user, plan):
        messages.info(request, gettext("台账尚未下发，请先确认后下发。"))
        return redirect("ledger:review", plan.pk)
    status = request.GET.get("status", "")
    unit = request.GET.get("unit", "")
    sort = request.GET.get("sort", "order")
    rows, units = ledger_rows(plan, assignments_of_plan_for(request.user, plan), status=status, unit=unit, sort=sort)
    history = (Change.objects.filter(plan=plan, object_type__in=[ObjectType.PLAN, ObjectType.FILING])
               .select_related("user", "organisation")[:30])
    return render(request, "ledger/plan_detail.html", {
        "plan": plan, "rows": rows, "units": units, "statuses": Status.choices, "status": status, "unit": unit,
        "sort": sort, "sorts": SORTS, "history": history, "issuer_side": is_issuer_side(request.user, plan),
    })


def _history(object_type_ids: list[tuple[str, list[int]]]):
    q = Q(pk__in=[])
    for object_type, ids in object_type_ids:
        if ids:
            q |= Q(object_type=object_type, object_id__in=ids)
    return Change.objects.filter(q).select_related("user", "organisation")[:200]


@login_required
def task_detail(request, pk):
    task = get_task_for_user(request, pk)
    plan = task.plan
    assignments = list(assignments_of_plan_for(request.user, plan).filter(task=task)
                       .select_related("organisation", "department", "plan").order_by("-role", "organisation__path", "id"))
    for a in assignments:
        a.steps = services.allowed_steps(request.user, a)
    reports = list(Report.objects.filter(assignment__in=[a.pk for a in assignments])
                   .select_related("assignment__organisation", "assignment__department", "author")
                   .prefetch_related("attachments"))
    leaders = NameMatch.objects.filter(task=task, role__in=[Role.LEAD_LEADERS, Role.RESPONSIBLE_LEADERS]) \
        .select_related("person")
    history = _history([(ObjectType.TASK, [task.pk]), (ObjectType.ASSIGNMENT, [a.pk for a in assignments]),
                        (ObjectType.REPORT, [r.pk for r in reports])])
    return render(request, "ledger/task_detail.html", {
        "task": task, "plan": plan, "assignments": assignments, "reports": reports, "leaders": leaders,
        "history": history, "children": task.children.order_by("order"),
    })


@login_required
def assignment_detail(request, pk):
    """One unit's assignment: its actions, its own report history and its changes."""
    a = get_assignment_for_user(request, pk)
    reports = list(a.reports.select_related("author").prefetch_related("attachments"))
    history = _history([(ObjectType.ASSIGNMENT, [a.pk]), (ObjectType.REPORT, [r.pk for r in reports])])
    return render(request, "ledger/assignment_detail.html", {
        "a": a, "steps": services.allowed_steps(request.user, a), "reports": reports, "history": history,
        "can_report": a.status in services.REPORTABLE and _is_assignee_editor(request.user, a),
    })


def _is_assignee_editor(user, a) -> bool:
    m = membership_of(user)
    return bool(m and m.can_edit and m.organisation_id == a.organisation_id)


@login_required
@require_POST
def assignment_act(request, pk, action):
    a = get_assignment_for_user(request, pk)
    try:
        services.act(a, action, request.user, version=request.POST.get("version") or None,
                     reason=request.POST.get("reason", ""), new_due=_date_or_none(request.POST.get("new_due")))
    except services.Conflict as e:
        messages.error(request, str(e))
        return _back(request, a, status=409)
    except services.LedgerError as e:
        messages.error(request, str(e))
    else:
        messages.success(request, gettext("已%(step)s：%(task)s（%(unit)s）") % {
            "step": pgettext("history", flow.STEPS[action].label), "task": a.task.heading[:40], "unit": a.assignee_label})
    return _back(request, a)


def _back(request, a, status=302):
    nxt = request.POST.get("next") or ""
    target = nxt if nxt.startswith("/") and not nxt.startswith("//") else f"/ledger/assignments/{a.pk}/"
    if status == 409:
        # The page the user acted from is stale: say so with 409 and a link back, not a silent redirect.
        return render(request, "ledger/conflict.html", {"a": a, "next": target}, status=409)
    return redirect(target)


@login_required
def report_new(request, pk):
    a = get_assignment_for_user(request, pk)
    if request.method == "POST":
        files = [(f.name, f.read()) for f in request.FILES.getlist("attachments")]
        try:
            services.submit_report(a, request.user, text=request.POST.get("text", ""),
                                   percent=request.POST.get("percent") or 0,
                                   is_typical_case=request.POST.get("is_typical_case") == "on", files=files)
        except services.LedgerError as e:
            messages.error(request, str(e))
            return render(request, "ledger/report_form.html", {"a": a, "post": request.POST}, status=400)
        messages.success(request, gettext("已报送。"))
        return redirect("ledger:assignment", a.pk)
    if not _is_assignee_editor(request.user, a):
        raise PermissionDenied("只有承办单位的管理员和经办人员可以报送。")
    return render(request, "ledger/report_form.html", {"a": a, "post": {"percent": a.progress}})


@login_required
def attachment_download(request, pk):
    att = get_attachment_for_user(request, pk)
    # Always a download: an attachment is untrusted and must not render in our origin.
    return FileResponse(storage.blob_path(att.sha256).open("rb"), as_attachment=True, filename=att.filename,
                        content_type="application/octet-stream")


@login_required
def inbox(request):
    """Assignments to my organisation (and so to its departments), open ones first."""
    membership = membership_of(request.user)
    if membership is None:
        return render(request, "ledger/inbox.html", {"assignments": [], "statuses": Status.choices})
    status = request.GET.get("status", "open")
    qs = (Assignment.objects.filter(organisation=membership.organisation, plan__state=PlanState.PUBLISHED)
          .select_related("task", "plan", "plan__organisation", "organisation", "department"))
    if status == "open":
        qs = qs.exclude(status=Status.CLOSED)
    elif status in Status.values:
        qs = qs.filter(status=status)
    assignments = list(qs.order_by("due_date", "plan_id", "task__order", "id")[:500])
    # Computed once: 督办 and 领导 read the inbox but get no button or link they could not use.
    can_report = membership.can_edit
    for a in assignments:
        a.steps = [s for s in services.allowed_steps(request.user, a) if not s.reason_required]
        a.can_report = can_report and a.status in services.REPORTABLE
    return render(request, "ledger/inbox.html", {"assignments": assignments, "statuses": Status.choices,
                                                 "status": status})


@login_required
def filings(request, pk):
    """备案: which units have filed their implementation plan under this plan, and a form to file one's own."""
    plan = get_plan_for_user(request, pk)
    membership = membership_of(request.user)
    if request.method == "POST":
        require_editor(request.user)
        try:
            upload = request.FILES.get("file")
            if upload is not None:
                try:
                    document, _ = ingest(upload.read(), upload.name, membership.organisation, request.user)
                except IngestError as e:
                    raise services.LedgerError(str(e))
            else:
                document = get_document_for_user(request, request.POST.get("document"))
            services.file_plan(plan, request.user, document, note=request.POST.get("note", ""))
        except services.LedgerError as e:
            messages.error(request, str(e))
        else:
            messages.success(request, gettext("已备案。"))
        return redirect("ledger:filings", plan.pk)
    expected = list(services.expected_filers(plan))
    if not is_issuer_side(request.user, plan):
        expected = [o for o in expected if o.is_within(membership.organisation)]
    filed = {f.organisation_id: f for f in plan.filings.select_related("document", "filed_by")}
    rows = [(o, filed.get(o.pk)) for o in expected]
    can_file = bool(membership and membership.can_edit and any(o.pk == membership.organisation_id for o in expected))
    own_documents = (visible_documents(request.user).filter(organisation=membership.organisation).defer("parse", "text")[:50]
                     if can_file else [])
    return render(request, "ledger/filings.html", {
        "plan": plan, "rows": rows, "n_filed": sum(1 for _, f in rows if f), "can_file": can_file,
        "own_documents": own_documents})

