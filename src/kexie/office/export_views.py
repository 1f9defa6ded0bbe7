"""The office's xlsx downloads: the xlsx of a plan's 台账 and of every list page, each scoped through its app's helpers."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from kexie.ledger import matrix as ledger_matrix
from kexie.ledger import quotas, reads
from kexie.ledger.errors import LedgerError
from kexie.ledger.access import assignments_of_plan_for, get_plan_for_user, get_task_for_user
from kexie.ledger.flow import Status
from kexie.ledger.lights import Clock, Light
from kexie.orgs.access import membership_of, parse_pk
from kexie.oversight import rankings, rollup
from kexie.oversight.access import get_scope
from kexie.oversight.period import parse_period

from . import exports, ledger_export, list_exports, xlsx
from .models import ExportState


def _light(request) -> str:
    return request.GET.get("light") if request.GET.get("light") in Light.values else ""


def _ledger_name(user, params):
    plan = get_plan_for_user(user, params["plan"])
    today = Clock.at().today
    return ledger_export.filename(plan, Clock.at(today)), f"ledger-{plan.pk}-{today:%Y%m%d}.xlsx"


def _ledger_sheets(user, params):
    return ledger_export.sheets(user, get_plan_for_user(user, params["plan"]), Clock.at())


# The 台账's layout is Chinese whatever the user's language: the import reads it back.
exports.register("ledger", exports.Exporter(_ledger_name, _ledger_sheets, language=ledger_export.LANGUAGE))


@login_required
def ledger_xlsx(request, pk):
    """The plan's 台账 as xlsx, as far as the user sees it (404 outside their scope); a big one as a job."""
    plan = get_plan_for_user(request.user, pk)
    rows = assignments_of_plan_for(request.user, plan).count()
    return exports.deliver(request, "ledger", {"plan": plan.pk}, rows)


@login_required
def inbox_xlsx(request):
    """本单位待办 with the page's filters (?status, ?light), every page."""
    membership = membership_of(request.user)
    if membership is None:
        raise Http404("No organisation")
    status = request.GET.get("status", reads.OPEN)
    clock = Clock.at()
    label = {reads.OPEN: _("未办结"), "all": _("全部"), **dict(Status.choices)}.get(status, status)
    qs = reads.inbox(request.user, status, light=_light(request), clock=clock)
    name = f"{membership.organisation.display_name}-{_('待办')}-{clock.today:%Y%m%d}.xlsx"
    return xlsx.response(list_exports.inbox(membership.organisation, qs, clock, label), name,
                         f"inbox-{clock.today:%Y%m%d}.xlsx")


def _assignments_params(request, org) -> dict:
    return {"org": org.pk, "light": _light(request), "plan": parse_pk(request.GET.get("plan") or "") or None,
            "department": parse_pk(request.GET.get("department") or "") or None}


def _assignments_name(user, params):
    org = get_scope(user, params["org"])
    return f"{org.display_name}-交办清单-{Clock.at().today:%Y%m%d}.xlsx", f"assignments-{org.pk}.xlsx"


def _assignments_sheets(user, params):
    org = get_scope(user, params["org"])
    clock = Clock.at()
    qs, _count = rollup.listed_assignments(org, clock, params["light"], params["plan"], params["department"])
    return list_exports.assignments(org, qs, clock, params["light"])


exports.register("assignments", exports.Exporter(_assignments_name, _assignments_sheets))


@login_required
def assignments_xlsx(request, pk):
    """A dashboard's 交办清单 with the page's filters (?light, ?plan, ?department), every page; a long one as a
    job."""
    org = get_scope(request.user, pk)
    params = _assignments_params(request, org)
    qs, count = rollup.listed_assignments(org, Clock.at(), params["light"], params["plan"], params["department"])
    return exports.deliver(request, "assignments", params, qs.count() if count is None else count)


@login_required
def export_job(request, pk):
    """A queued export's page: its state (the page reloads itself while the worker makes it), then the file."""
    job = exports.get_job_for_user(request.user, pk)
    return render(request, "office/export_job.html", {"job": job})


@login_required
def export_file(request, pk):
    job = exports.get_job_for_user(request.user, pk)
    path = exports.path_of(job)
    if job.state != ExportState.DONE or not path.exists():
        raise Http404("Not ready")
    resp = FileResponse(path.open("rb"), content_type=xlsx.CONTENT_TYPE)
    resp["Content-Disposition"] = xlsx.content_disposition(job.filename, f"export-{job.pk}.xlsx")
    return resp


@login_required
def ranking_xlsx(request, pk):
    """排行榜 of the units under the organisation for ?start/?end, sorted by ?sort."""
    org = get_scope(request.user, pk)
    clock = Clock.at()
    column = request.GET.get("sort") if request.GET.get("sort") in rankings.COLUMNS else "rate"
    try:
        period = parse_period(request.GET.get("start"), request.GET.get("end"), clock.today)
    except LedgerError:  # a wrong date: the page says what is wrong
        return redirect(f"{reverse('oversight:rankings', args=[org.pk])}?{request.GET.urlencode()}")
    rows = rankings.ranking(org, period, clock.today, column)
    return xlsx.response(list_exports.ranking(org, period, rows, column, clock),
                         f"{org.display_name}-排行榜-{period.start:%Y%m%d}-{period.end:%Y%m%d}.xlsx",
                         f"ranking-{org.pk}-{period.start}-{period.end}.xlsx")


def _matrix(request, plan, task=None):
    m = ledger_matrix.build(request.user, plan, request.GET, task=task)
    if m.empty:  # nothing reported by period: the page says so
        page = reverse("ledger:task-matrix", args=[task.pk]) if task else reverse("ledger:matrix", args=[plan.pk])
        return redirect(f"{page}?{request.GET.urlencode()}")
    return xlsx.response(list_exports.matrix(m), f"{plan.title[:60]}-报送情况-{m.today:%Y%m%d}.xlsx",
                         f"matrix-{plan.pk}-{m.today.isoformat()}.xlsx")


@login_required
def plan_matrix_xlsx(request, pk):
    """报送情况表 of a plan with the page's filters: every unit, not one page."""
    return _matrix(request, get_plan_for_user(request.user, pk))


@login_required
def task_matrix_xlsx(request, pk):
    task = get_task_for_user(request.user, pk)
    return _matrix(request, task.plan, task)


@login_required
def quota_xlsx(request, pk):
    """每人定额 of ?period: by unit and by person, as far as the user sees."""
    task = quotas.get_quota_task_for_user(request.user, pk)
    period = quotas.period_for(task, request.GET.get("period", ""))
    if period is None:
        raise Http404("No such period")
    clock = Clock.at()
    return xlsx.response(list_exports.quota(task, period.key, task.viewer_prefix, clock),
                         f"{task.marker}{task.heading}"[:40] + f"-{period.key}.xlsx", f"quota-{task.pk}.xlsx")
