"""Pages of the ledger: plans, building and reviewing a draft, the ledger table, tasks, the inbox, reports, 备案.

Plain function views; every object is fetched through access.py with the user, every list through
reads.py (the same reads as the API), every change through the write modules (services.py gathers them).
Errors the write paths raise are shown as messages here, or mapped to their status by errors.py.
"""

from __future__ import annotations

import re

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.html import format_html, format_html_join
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from django.views.decorators.http import require_POST

from kexie.documents import filetypes, storage
from kexie.documents.access import get_document_for_user, visible_documents
from kexie.documents.services import IngestError, ingest
from kexie.orgs.access import membership_of, may_act_for, parse_pk, require_editor
from kexie.orgs.models import Department

from . import cycles, flow, reads, relay_views, rhythms, services, similar, task_rhythms
from .access import (get_assignment_for_user, get_attachment_for_user, get_plan_for_user, get_task_for_user,
                     visible_plans, with_rights)
from .errors import LedgerError, NotAllowed
from .inputs import parse_date, parse_warning_days
from .lights import Clock, Light
from .models import Duty, NameMatch, ObjectType, PlanRecipient, Rhythm, Status
from .reports import REPORT_TEXT_MAX, also_candidates

PAGE_SIZE = 50


def _page(request, qs, param: str = "page"):
    return Paginator(qs, PAGE_SIZE).get_page(request.GET.get(param))


def _query_without(request, *params) -> str:
    """The current query string without the given parameters, ending in & when not empty (for pager links)."""
    kept = [(k, v) for k, v in request.GET.items() if k not in params]
    return urlencode(kept) + "&" if kept else ""


def _light_param(request) -> str:
    light = request.GET.get("light", "")
    return light if light in Light.values else ""


def _with_light(assignments, clock: Clock):
    """Each assignment's light, from the one rule (the plan is select_related: no query per row)."""
    for a in assignments:
        a.light = clock.of(a)
    return assignments


@login_required
def plan_list(request):
    """The plans the user sees, 50 a page; assignment counts and lights only for the page's plans (from the
    exact summary)."""
    page = _page(request, visible_plans(request.user).select_related("organisation").order_by("-created_at", "-id"))
    reads.with_figures(request.user, page.object_list)
    membership = membership_of(request.user)
    return render(request, "ledger/plan_list.html", {"plans": page, "page": page, "query": "",
                                                     "can_import": bool(membership and membership.can_edit)})


@login_required
def plan_new(request):
    """建立台账 from a stored document: ?document=<id> (GET shows what will be built, POST builds)."""
    document = get_document_for_user(request.user, request.GET.get("document") or request.POST.get("document"))
    existing = document.plans.first()
    if request.method == "POST":
        try:
            plan, _created = services.build_plan(document, request.user)
        except LedgerError as e:
            messages.error(request, str(e))
            return redirect(f"{request.path}?document={document.pk}")
        return redirect("ledger:review" if plan.is_draft else "ledger:plan", plan.pk)
    parse = document.parse or {}
    return render(request, "ledger/plan_new.html", {
        "document": document, "existing": existing, "can_build": may_act_for(request.user, document.organisation_id),
        "n_items": len(parse.get("outline") or []), "recipients": parse.get("recipients") or [],
        "title": parse.get("enclosed_title") or document.display_title})


REVIEW_OPS = {"plan", "match", "recipient", "add_recipient", "task", "publish"}


@login_required
def plan_review(request, pk):
    """The draft: tasks with their names to confirm, the recipients' expansion, due dates; then 下发.

    The review (names, recipients, the issuer's internal ids) is the issuer side's: a recipient gets 404."""
    plan = get_plan_for_user(request.user, pk)
    if not plan.is_draft:
        return redirect("ledger:plan", plan.pk)
    if not plan.issuer_side:
        raise Http404("No such draft")
    if request.method == "POST":
        op = request.POST.get("op")
        try:
            if op not in REVIEW_OPS:
                raise LedgerError(_("未知的操作。"))
            result = _review_op(request, plan, op)
        except LedgerError as e:
            messages.error(request, str(e))
        else:
            if op == "publish":
                messages.success(request, _("已下发，交办 %(n)d 项。") % {"n": result})
                return redirect("ledger:plan", plan.pk)
        return redirect("ledger:review", plan.pk)
    tasks = list(plan.tasks.order_by("order"))
    matches = (NameMatch.objects.filter(task__plan=plan)
               .select_related("person", "department", "organisation").order_by("task__order", "role", "order")
               .prefetch_related("organisations", "departments"))
    by_task: dict[int, list] = {}
    for m in matches:
        by_task.setdefault(m.task_id, []).append(m)
    for t in tasks:
        t.matches = by_task.get(t.pk, [])
        # 据文件建议: the rhythm is still the one the document's words propose (draft.build_plan)
        t.rhythm_proposed = bool(t.rhythm) and (t.rhythm, t.rhythm_offset) == rhythms.propose(
            t.time_hint, f"{t.heading}\n{t.text}")
    issuer = plan.organisation
    recipients = list(plan.recipients.prefetch_related("organisations", "departments"))
    departments = list(Department.objects.filter(organisation=issuer))
    groups = [m for m in matches if m.is_group_phrase]
    # Without members yet, a target offers the issuer's units one level down; others are found by searching.
    children = list(issuer.children.order_by("path")[:reads.UNIT_MATCHES])
    for m in groups:
        _group_choices(m, children)
    for r in recipients:
        r.org_ids = {o.pk for o in r.organisations.all()}
        r.dept_ids = {d.pk for d in r.departments.all()}
        # The chips and the boxes name the first units (a national recipient has 2,800): the rest are kept as
        # they are unless searched for and unticked.
        r.member_preview, r.n_members = r.organisations.all()[:12], len(r.org_ids)
        r.unit_boxes = _unit_boxes(r.member_preview or children, r.org_ids)
        r.picker = f"r{r.pk}"
    n_planned, n_units = services.planned_counts(plan)
    return render(request, "ledger/plan_review.html", {
        "plan": plan, "tasks": tasks, "recipients": recipients, "departments": departments,
        "pending": services.pending_items(plan), "n_planned": n_planned, "n_units": n_units,
        "can_edit": plan.can_issue, "roles": Duty,
    })


def _unit_boxes(units, checked: set):
    """Checkboxes of units a recipient or group phrase may be edited to, each with a "shown" mark: what is
    shown and unticked leaves, what is ticked joins, what is not shown stays (_chosen_units)."""
    return format_html_join("", '<li><label><input type="hidden" name="shown" value="{}"><input type="checkbox" '
                                'name="organisations" value="{}"{}> {}</label></li>',
                            ((o.pk, o.pk, " checked" if o.pk in checked else "", o.display_name) for o in units))


def _chosen_units(post, current) -> list:
    """The members a review form asks for. The page's forms say delta=1: the current ones not shown on the form
    stay, and those shown are members exactly when ticked (a national recipient's 2,800 counties are never all
    on the page). Without delta the ticked ones are the whole list."""
    if post.get("delta") != "1":
        return post.getlist("organisations")
    shown = {parse_pk(v) for v in post.getlist("shown")}
    return [*sorted(set(current) - shown), *post.getlist("organisations")]


def _group_choices(match, children) -> None:
    """A group phrase's members (the first ones as chips and boxes; the rest are searched for)."""
    members = list(match.organisations.all())
    match.org_ids = {o.pk for o in members}
    match.dept_ids = {d.pk for d in match.departments.all()}
    match.n_members = len(match.org_ids) + len(match.dept_ids)
    match.member_preview = members[:6]
    match.unit_boxes = _unit_boxes(members[:12] or children, match.org_ids)
    match.picker = f"m{match.pk}"


@login_required
def review_units(request, pk):
    """The review's unit search (htmx): up to reads.UNIT_MATCHES boxes of the units a recipient (?target=r<id>)
    or group phrase (m<id>) may be edited to whose name has ?q=, ticked where they are members now."""
    plan = get_plan_for_user(request.user, pk)
    if not (plan.is_draft and plan.issuer_side):
        raise Http404("No such draft")
    target = request.GET.get("target", "")
    target_pk = parse_pk(target[1:])
    if target[:1] == "r" and target_pk:
        owner = get_object_or_404(PlanRecipient, pk=target_pk, plan=plan)
    elif target[:1] == "m" and target_pk:
        owner = get_object_or_404(NameMatch, pk=target_pk, task__plan=plan)
    else:
        raise Http404("No such recipient")
    units = reads.review_unit_matches(plan.organisation, owner.organisations.all(), request.GET.get("q", ""))
    checked = set(owner.organisations.filter(pk__in=[o.pk for o in units]).values_list("pk", flat=True))
    return HttpResponse(_unit_boxes(units, checked) or format_html('<li class="muted">{}</li>', _("没有找到单位。")))


def _review_op(request, plan, op):
    post = request.POST
    if op == "plan":
        return services.update_plan(plan, request.user, title=post.get("title") or None,
                                    default_due=parse_date(post.get("default_due")),
                                    warning_days=parse_warning_days(post.get("warning_days")))
    if op == "match":
        match = get_object_or_404(NameMatch.objects.select_related("task__plan"), pk=parse_pk(post.get("match")),
                                  task__plan=plan)
        action, kind, target = post.get("action"), None, None
        if action == "pick":
            kind, _sep, target = (post.get("target") or "").partition(":")
            target = parse_pk(target)
            if target is None:
                raise LedgerError(_("请选择一个候选。"))
        members = {"organisation_ids": _chosen_units(post, match.organisations.values_list("pk", flat=True)),
                   "department_ids": post.getlist("departments")} if post.get("members") == "1" else {}
        return services.resolve_match(match, request.user, action=action, kind=kind, target_id=target, **members)
    if op == "recipient":
        recipient = get_object_or_404(PlanRecipient.objects.select_related("plan"),
                                      pk=parse_pk(post.get("recipient")), plan=plan)
        return services.set_recipient(recipient, request.user,
                                      organisation_ids=_chosen_units(post, recipient.organisations.values_list(
                                          "pk", flat=True)),
                                      department_ids=post.getlist("departments"), ignore=post.get("ignore") == "1")
    if op == "add_recipient":
        return services.add_recipient(plan, request.user, post.get("name", ""))
    if op == "task":
        task = get_object_or_404(plan.tasks.select_related("plan"), pk=parse_pk(post.get("task")))
        due = parse_date(post.get("due_date"))
        return services.update_task(task, request.user, due_date=due, clear_due=due is None,
                                    is_group=post.get("is_group") == "1")
    return services.publish(plan, request.user)


SORTS = {"order": "序号", "due": "完成时限"}  # translated where shown (site/vocabulary.py)


@login_required
def plan_detail(request, pk):
    """The ledger as offices keep it: one row per task, filterable by status and unit, sortable."""
    plan = get_plan_for_user(request.user, pk)
    if plan.is_draft and plan.issuer_side:
        messages.info(request, _("台账尚未下发，请先确认后下发。"))
        return redirect("ledger:review", plan.pk)
    status = request.GET.get("status", "")
    unit = request.GET.get("unit", "")
    sort = request.GET.get("sort", "order")
    light = _light_param(request)
    clock = Clock.at()
    rows = reads.ledger_rows(request.user, plan, status=status, unit=unit, sort=sort, light=light, clock=clock)
    history = reads.history_for(request.user, plan=plan, object_types=[ObjectType.PLAN, ObjectType.FILING])[:30]
    request.kexie_due_years = {r.due.year for r in rows if r.due}
    return render(request, "ledger/plan_detail.html", {
        "plan": plan, "rows": rows, "unit_options": _unit_options(request, plan, unit), "statuses": Status.choices,
        "status": status, "unit": unit, "unit_q": request.GET.get("unit_q", "")[:50], "sort": sort, "sorts": SORTS,
        "light": light, "lights": Light.choices, "history": history, "issuer_side": plan.issuer_side,
        "has_rhythm": any(r.task.rhythm for r in rows),
    })


def _unit_options(request, plan, unit: str):
    """The unit filter's options: 全部, the chosen unit, and up to reads.UNIT_MATCHES units whose name has the
    search text (?unit_q=) — a national plan's 2,800 units are searched, never all listed."""
    found = reads.unit_matches(request.user, plan, request.GET.get("unit_q", ""))
    if unit and all(key != unit for key, _label in found):
        found = reads.unit_matches(request.user, plan, key=unit) + found
    return format_html_join("", '<option value="{}"{}>{}</option>', [
        ("", "" if unit else " selected", _("全部")),
        *((key, " selected" if key == unit else "", label) for key, label in found)])


@login_required
def unit_options(request, pk):
    """The unit filter's options for the search text (htmx swaps them into the select)."""
    plan = get_plan_for_user(request.user, pk)
    return HttpResponse(_unit_options(request, plan, request.GET.get("unit", "")))


@login_required
def task_detail(request, pk):
    """A task: its units (50 a page), their reports and the history, as far as the user sees them."""
    task = get_task_for_user(request.user, pk)
    plan = task.plan
    clock = Clock.at()
    page = _page(request, reads.task_assignments(request.user, task))
    assignments = _with_light([with_rights(request.user, a) for a in page], clock)
    ids = [a.pk for a in assignments]
    reports = list(reads.reports_under(ids)
                   .select_related("assignment__organisation", "assignment__department", "author")
                   .prefetch_related("attachments", *relay_views.SOURCES))
    leaders = NameMatch.objects.filter(task=task, role__in=[Duty.LEAD_LEADERS, Duty.RESPONSIBLE_LEADERS]) \
        .select_related("person")
    task.lights = reads.light_list(reads.lights_by(reads.task_assignments(request.user, task), "task_id", clock)
                                   .get(task.pk))
    history = _page(request, reads.history_for(request.user, objects=[
        (ObjectType.TASK, [task.pk]), (ObjectType.ASSIGNMENT, ids), (ObjectType.REPORT, [r.pk for r in reports])]),
        "history_page")
    return render(request, "ledger/task_detail.html", {
        **_rhythm_context(task, plan),
        "task": task, "plan": plan, "assignments": assignments, "page": page, "reports": reports,
        "leaders": leaders, "history": history, "history_page": history, "children": task.children.order_by("order"),
        "query": _query_without(request, "page"), "history_query": _query_without(request, "history_page"),
        **relay_views.task_context(request.user, task),
    })


@login_required
def assignment_detail(request, pk):
    """One unit's assignment: its actions, its own report history and its changes."""
    a = get_assignment_for_user(request.user, pk)
    _with_light([a], Clock.at())
    request.kexie_due_years = {d.year for d in (a.due_date, a.requested_due) if d}  # the workdays warning's
    reports = list(reads.reports_under([a.pk]).select_related("author")
                   .prefetch_related("attachments", *relay_views.SOURCES))
    history = reads.assignment_history(request.user, a, [r.pk for r in reports])
    return render(request, "ledger/assignment_detail.html", {
        "periods": cycles.period_rows(a, Clock.at()), "a": a, "steps": a.steps, "reports": reports, "history": history,
        "can_report": a.status in services.REPORTABLE and a.can_handle, **relay_views.context(request.user, a),
    })


@login_required
@require_POST
def assignment_act(request, pk, action):
    a = get_assignment_for_user(request.user, pk)
    try:
        services.act(a, action, request.user, version=request.POST.get("version") or None,
                     reason=request.POST.get("reason", ""), new_due=parse_date(request.POST.get("new_due")))
    except services.Conflict as e:
        messages.error(request, str(e))
        return _back(request, a, status=409)
    except LedgerError as e:
        messages.error(request, str(e))
    else:
        messages.success(request, _("已%(step)s：%(task)s（%(unit)s）") % {
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
    a = get_assignment_for_user(request.user, pk)
    context = {"a": a, "accept": filetypes.ACCEPTED_EXTENSIONS, **_period_choice(a, request)}
    if request.method == "POST":
        files = [(f.name, f.read()) for f in request.FILES.getlist("attachments")]
        try:
            services.submit_report(a, request.user, text=_with_citations(request, a),
                                   percent=request.POST.get("percent") or 0,
                                   is_typical_case=request.POST.get("is_typical_case") == "on", files=files,
                                   period=request.POST.get("period", ""), also=request.POST.getlist("also"))
        except LedgerError as e:
            messages.error(request, str(e))
            return render(request, "ledger/report_form.html", {**context, "post": request.POST,
                                                               "also": _also_choices(request, a)}, status=400)
        messages.success(request, _("已报送。"))
        return redirect("ledger:assignment", a.pk)
    if not a.can_handle:
        raise NotAllowed(_("只有承办单位的管理员和经办人员可以报送。"))
    post = _prefill(a, context["period"])
    percent = parse_pk(request.GET.get("percent", ""))  # 按下级进度: the chain's average, offered on the page
    if percent is not None and percent <= 100:
        post["percent"] = percent
    return render(request, "ledger/report_form.html", {**context, "post": post, "also": _also_choices(request, a)})


def _with_citations(request, a) -> str:
    """The typed text, then a line per thing cited on the form (activities of the volunteers app: hooks.cite)."""
    from . import hooks
    return hooks.with_citations(request.user, a, request.POST, request.POST.get("text", ""))


# --- 同时报送: the unit's other open assignments a report may answer too, the nearest to its text proposed ---

def _also_choices(request, a) -> list:
    """Each candidate with .proposed (a similarity score, or None) and .checked; proposals first."""
    data = request.POST if request.method == "POST" else request.GET
    checked = {parse_pk(v) for v in data.getlist("also")}
    candidates = list(also_candidates(a))
    scores = dict(similar.rank(data.get("text", "")[:REPORT_TEXT_MAX],
                               [(c.pk, f"{c.task.heading}\n{c.task.text}") for c in candidates]))
    for c in candidates:
        c.proposed, c.checked = scores.get(c.pk), c.pk in checked
    return sorted(candidates, key=lambda c: -(c.proposed or 0))


@login_required
def report_also(request, pk):
    """The 同时报送 checkboxes for the text typed so far (htmx, as the user types or asks). A read: whoever sees
    the assignment sees its unit's other assignments too."""
    a = get_assignment_for_user(request.user, pk)
    return render(request, "ledger/_also.html", {"also": _also_choices(request, a)})


@login_required
def attachment_download(request, pk):
    att = get_attachment_for_user(request.user, pk)
    # Always a download: an attachment is untrusted and must not render in our origin.
    return FileResponse(storage.blob_path(att.sha256).open("rb"), as_attachment=True, filename=att.filename,
                        content_type="application/octet-stream")


@login_required
def inbox(request):
    """Assignments to my organisation (and so to its departments), open ones first, 50 a page."""
    status = request.GET.get("status", reads.OPEN)
    light = _light_param(request)
    clock = Clock.at()
    page = _page(request, reads.inbox(request.user, status, light=light, clock=clock))
    assignments = _with_light(list(page), clock)
    cycles.with_next_period(assignments, clock)
    # Computed once: 督办 and 领导 read the inbox but get no button or link they could not use.
    membership = membership_of(request.user)
    can_report = bool(membership and membership.can_edit)
    for a in assignments:
        a.steps = [s for s in services.allowed_steps(request.user, a) if not s.reason_required]
        a.can_report = can_report and a.status in services.REPORTABLE
    return render(request, "ledger/inbox.html", {"assignments": assignments, "statuses": Status.choices,
                                                 "status": status, "page": page, "light": light,
                                                 "lights": Light.choices,
                                                 "query": _query_without(request, "page")})


TODO_KIND_LABELS = {"completion": Status.COMPLETION_REQUESTED.label, "extension": Status.EXTENSION_REQUESTED.label}


@login_required
def todo(request):
    """The issuer's to-do: 申请办结 and 延期申请 waiting on the plans the user's organisation issued, oldest
    first, 50 a page, by plan and kind; each row with the steps this user may take (none for 督办 and 领导)."""
    raw_plan = request.GET.get("plan", "")
    plan_id = parse_pk(raw_plan) if raw_plan else None
    if raw_plan and plan_id is None:
        raise Http404("No such plan")
    kind = request.GET.get("kind", "")
    kind = kind if kind in reads.TODO_KINDS else ""
    page = _page(request, reads.todo(request.user, plan_id=plan_id, kind=kind))
    assignments = _with_light([with_rights(request.user, a) for a in page], Clock.at())
    return render(request, "ledger/todo.html", {
        "assignments": assignments, "page": page, "plans": reads.todo_plans(request.user), "plan_id": plan_id,
        "kinds": TODO_KIND_LABELS, "kind": kind, "query": _query_without(request, "page")})


@login_required
def filings(request, pk):
    """备案: which units have filed their implementation plan under this plan, and a form to file one's own."""
    plan = get_plan_for_user(request.user, pk)
    membership = membership_of(request.user)
    if request.method == "POST":
        require_editor(request.user)
        try:
            upload = request.FILES.get("file")
            if upload is not None:
                try:
                    document, _created = ingest(upload.read(), upload.name, membership.organisation, request.user)
                except IngestError as e:
                    raise LedgerError(str(e))
            else:
                document = get_document_for_user(request.user, request.POST.get("document"))
            services.file_plan(plan, request.user, document, note=request.POST.get("note", ""))
        except LedgerError as e:
            messages.error(request, str(e))
        else:
            messages.success(request, _("已备案。"))
        return redirect("ledger:filings", plan.pk)
    expected = list(reads.expected_filers(request.user, plan))
    filed = {f.organisation_id: f for f in plan.filings.filter(organisation__in=[o.pk for o in expected])
             .select_related("document", "filed_by")}
    rows = [(o, filed.get(o.pk)) for o in expected]
    can_file = bool(membership and membership.can_edit and any(o.pk == membership.organisation_id for o in expected))
    own_documents = (visible_documents(request.user).filter(organisation=membership.organisation)
                     .defer("parse", "text")[:50] if can_file else [])
    return render(request, "ledger/filings.html", {
        "plan": plan, "rows": rows, "n_filed": sum(1 for _o, f in rows if f), "can_file": can_file,
        "own_documents": own_documents})


# --- 报送情况表 (the reporting matrix: matrix.py builds it for the page, its xlsx and the API) ---------------------

@login_required
def plan_matrix(request, pk):
    return _matrix_page(request, get_plan_for_user(request.user, pk))


@login_required
def task_matrix(request, pk):
    task = get_task_for_user(request.user, pk)
    return _matrix_page(request, task.plan, task)


def _matrix_page(request, plan, task=None):
    from . import matrix

    m = matrix.build(request.user, plan, request.GET, task=task)
    return render(request, "ledger/matrix.html", {
        "m": m, "plan": plan, "task": task, "states": matrix.State, "state_filters": matrix.STATE_FILTERS.items(),
        "query": urlencode(m.filters), "page": m.page})


# --- 周期报送: a task's rhythm and periods, the report form's period ------------------------------------------

def _rhythm_context(task, plan) -> dict:
    """The task page's rhythm: its periods (label, start, due), and whether this user may change it."""
    return {"periods": cycles.safe_periods(task), "rhythms": Rhythm.choices, "can_set_rhythm": plan.can_issue}


@login_required
@require_POST
def task_rhythm(request, pk):
    """Set a task's rhythm (the review page's proposal confirmed, or a published task's rhythm changed)."""
    task = get_task_for_user(request.user, pk)
    post = request.POST
    try:
        task_rhythms.set_rhythm(task, request.user, rhythm=post.get("rhythm", ""),
                                dates=[d for d in re.split(r"[\s,，、；;]+", post.get("dates", "")[:2000]) if d],
                                offset=post.get("offset", ""), start=post.get("start") or None,
                                end=post.get("end") or None)
    except LedgerError as e:
        messages.error(request, str(e))
    else:
        messages.success(request, _("已设置报送周期：%(rhythm)s") % {"rhythm": _(task.get_rhythm_display())})
    nxt = post.get("next") or ""
    return redirect(nxt if nxt.startswith("/") and not nxt.startswith("//") else f"/ledger/tasks/{task.pk}/")


def _period_choice(a, request) -> dict:
    """The report form's periods (those started) and the one chosen: ?period= or the POST's, else the first
    started period not reported yet, else the current one."""
    if not a.task.rhythm:
        return {"periods": [], "period": ""}
    clock = Clock.at()
    rows = [r for r in cycles.period_rows(a, clock) if r.state != cycles.PeriodState.NOT_STARTED]
    wanted = (request.POST.get("period") if request.method == "POST" else request.GET.get("period")) or ""
    chosen = next((r for r in rows if r.period.key == wanted), None) or cycles.open_period(rows, clock.today)
    return {"periods": rows, "period": chosen.period.key if chosen else ""}


def _prefill(a, period: str) -> dict:
    """The form starts from the previous report (of an earlier period), so a unit edits rather than retypes."""
    previous = cycles.previous_report(a, period) if period else None
    if previous is None:
        return {"percent": a.progress}
    return {"percent": previous.percent, "text": previous.text}
