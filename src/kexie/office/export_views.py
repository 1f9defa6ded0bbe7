"""The office's xlsx downloads: the xlsx of a plan's 台账 and of every list page, each scoped through its app's helpers."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from kexie.ledger import matrix as ledger_matrix
from kexie.ledger import quotas, reads
from kexie.ledger.errors import LedgerError
from kexie.ledger.access import get_plan_for_user, get_task_for_user
from kexie.ledger.flow import Status
from kexie.ledger.lights import Clock, Light
from kexie.orgs.access import membership_of, parse_pk
from kexie.oversight import rankings, rollup
from kexie.oversight.access import get_scope
from kexie.oversight.period import parse_period

from . import ledger_export, list_exports, xlsx


def _light(request) -> str:
    return request.GET.get("light") if request.GET.get("light") in Light.values else ""


@login_required
def ledger_xlsx(request, pk):
    """The plan's 台账 as xlsx, as far as the user sees it (404 outside their scope)."""
    plan = get_plan_for_user(request.user, pk)
    clock = Clock.at()
    with translation.override(ledger_export.LANGUAGE):  # the 台账's layout is Chinese: the import reads it
        return xlsx.response(ledger_export.sheets(request.user, plan, clock), ledger_export.filename(plan, clock),
                             f"ledger-{plan.pk}-{clock.today:%Y%m%d}.xlsx")


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


@login_required
def assignments_xlsx(request, pk):
    """A dashboard's 交办清单 with the page's filters (?light, ?plan, ?department), every page."""
    org = get_scope(request.user, pk)
    clock = Clock.at()
    light = _light(request)
    qs, _count = rollup.listed_assignments(org, clock, light, parse_pk(request.GET.get("plan") or "") or None,
                                          parse_pk(request.GET.get("department") or "") or None)
    return xlsx.response(list_exports.assignments(org, qs, clock, light),
                         f"{org.display_name}-交办清单-{clock.today:%Y%m%d}.xlsx", f"assignments-{org.pk}.xlsx")


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
