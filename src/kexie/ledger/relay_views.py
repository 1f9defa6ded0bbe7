"""Pages of 转办 and 逐级汇总: the relay form and the chain on an assignment's page, the compile page, the mapping
of a filed plan's task to the higher task. Objects come through access.py, changes through relays.py/compile.py."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import OuterRef, Prefetch, Subquery
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kexie.orgs.models import Department, Organisation

from . import compile as compiling, relays, rhythms
from .access import get_assignment_for_user, get_task_for_user, visible_assignments
from .errors import LedgerError
from .lights import Clock
from .models import Report
from .reads import UNIT_MATCHES

CHAIN_SHOWN = 200
# What a report list prefetches to show a compiled report's sources (汇总自) with their units' names: one query.
SOURCES = (Prefetch("sources", Report.objects.select_related("assignment__organisation", "assignment__department")),)


def _may_relay(a) -> bool:
    return bool(a.can_handle and not a.department_id and a.organisation_id != a.plan.organisation_id
                and a.status != "closed")


def _boxes(units) -> str:
    return format_html_join("", '<li><label><input type="checkbox" name="organisations" value="{}"> {}</label></li>',
                            ((o.pk, o.display_name) for o in units))


def context(user, a) -> dict:
    """The assignment page's part: the chain below it (read-only for the issuer above) and the relay form."""
    latest = Report.objects.filter(assignment=OuterRef("pk")).order_by("-created_at", "-id")
    chain = (relays.chain_of(a).filter(pk__in=visible_assignments(user).values("pk"))
             .select_related("organisation", "department", "plan")
             .annotate(report_id=Subquery(latest.values("pk")[:1]), report_text=Subquery(latest.values("text")[:1]),
                       report_at=Subquery(latest.values("created_at")[:1]))
             .order_by("organisation__path", "department", "id"))
    rows = list(chain[:CHAIN_SHOWN])
    clock = Clock.at()
    for r in rows:
        r.light = clock.of(r)
    total, closed, average = relays.chain_progress(a) if rows else (0, 0, 0)
    out = {"chain": rows, "chain_total": total, "chain_closed": closed, "chain_average": average,
           "may_relay": _may_relay(a)}
    if out["may_relay"]:
        out["relay_units"] = _boxes(a.organisation.children.order_by("path")[:UNIT_MATCHES])
        out["relay_departments"] = list(Department.objects.filter(organisation_id=a.organisation_id))
    return out


@login_required
@require_POST
def relay(request, pk):
    a = get_assignment_for_user(request.user, pk)
    try:
        done = relays.relay(a, request.user, organisations=request.POST.getlist("organisations"),
                            departments=request.POST.getlist("departments"), due_date=request.POST.get("due_date"))
    except LedgerError as e:
        messages.error(request, str(e))
    else:
        messages.success(request, _("已转办给 %(units)s。") % {"units": "、".join(c.assignee_label for c in done.created)})
        if done.already:
            messages.info(request, _("%(units)s 已有此转办任务，未重复交办。") % {"units": "、".join(done.already)})
    return redirect("ledger:assignment", a.pk)


@login_required
def relay_units(request, pk):
    """The relay form's unit search (htmx): boxes of up to UNIT_MATCHES units below the assignee whose name has ?q=
    (whoever sees the assignment sees those units: they are inside the issuer's subtree and the assignee's)."""
    a = get_assignment_for_user(request.user, pk)
    q = request.GET.get("q", "").strip()[:50]
    units = (Organisation.objects.filter(path__startswith=a.organisation.path).exclude(pk=a.organisation_id)
             .order_by("path"))
    if q:
        units = units.filter(name__contains=q) | units.filter(short_name__contains=q)
    return HttpResponse(_boxes(units[:UNIT_MATCHES]) or format_html('<li class="muted">{}</li>', _("没有找到单位。")))


def _periods(a):
    """The periods a compiled report may answer (those begun), and the one chosen by default."""
    try:
        begun = [p for p in rhythms.periods_of(a.task) if p.start <= timezone.localdate()]
    except rhythms.RhythmError:
        begun = []
    return begun, rhythms.current(begun, timezone.localdate())


@login_required
def compile_page(request, pk):
    """汇总下级报送: who below sent and who did not (for a period when the task has a rhythm), their texts and
    sums, an editable draft; POST sends the unit's own report up with the chosen sources."""
    a = get_assignment_for_user(request.user, pk)
    periods, chosen = _periods(a)
    period = request.POST.get("period") or request.GET.get("period") or (chosen.key if chosen else "")
    if periods and period not in {p.key for p in periods}:
        period = chosen.key if chosen else ""
    if request.method == "POST":
        try:
            compiling.compile_report(a, request.user, period=period, text=request.POST.get("text", ""),
                                     percent=request.POST.get("percent") or 0,
                                     source_ids=request.POST.getlist("sources"))
        except LedgerError as e:
            messages.error(request, str(e))
        else:
            messages.success(request, _("已汇总报送。"))
            return redirect("ledger:assignment", a.pk)
    g = compiling.gather(a, period)
    return render(request, "ledger/compile.html", {
        "a": a, "g": g, "periods": periods, "period": period,
        "text": request.POST.get("text") or g.draft, "percent": request.POST.get("percent") or g.percent,
        "chosen": {int(v) for v in request.POST.getlist("sources") if v.isdigit()} if request.method == "POST"
        else {r.report.pk for r in g.sent}}, status=400 if request.method == "POST" else 200)


def task_context(user, task) -> dict:
    """The task page's part for a filed implementation plan's issuer: which higher task this one carries out."""
    plan = task.plan
    if not plan.can_issue or plan.is_relay or task.is_group or not plan.source_plan_id:
        return {"source_task": task.source_task}
    return {"source_task": task.source_task, "source_options": list(relays.mappable_tasks(plan))}


@login_required
@require_POST
def task_map(request, pk):
    task = get_task_for_user(request.user, pk)
    try:
        relays.map_task(task, request.user, request.POST.get("source_task") or None)
    except LedgerError as e:
        messages.error(request, str(e))
    else:
        messages.success(request, _("已对应上级任务。") if task.source_task_id else _("已取消对应。"))
    return redirect("ledger:task", task.pk)
