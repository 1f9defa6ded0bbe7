"""督办 pages: the dashboard of an organisation's subtree, the lists behind its numbers, rankings, the 通报.

Plain, read-only views for every role (领导 included); the organisation comes through access.get_scope
(404 outside the user's subtree), the numbers from rollup/rankings/bulletin, the charts from charts.py.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.http import urlencode

from kexie.ledger.errors import LedgerError
from kexie.ledger.lights import Clock, Light
from kexie.orgs.access import parse_pk

from . import charts, rankings, rollup
from .access import get_scope, trail
from .bulletin import bulletin
from .period import parse_period

PAGE_SIZE = 50
OVERDUE_ON_DASHBOARD = 10


def known_count_page(qs, count: int, number, per_page: int = PAGE_SIZE):
    """A page of qs (LIMIT/OFFSET in SQL) whose total is already known from the summary: no COUNT(*) of a
    million rows per request."""
    paginator = Paginator(qs, per_page)
    paginator.__dict__["count"] = count  # Paginator.count is a cached_property: set it
    return paginator.get_page(number)


def _clock() -> Clock:
    return Clock.at()


@login_required
def dashboard(request, pk=None):
    """An organisation's subtree at a glance: lights, rates, overdue, by level, plan and department, charts."""
    org = get_scope(request.user, pk)
    clock = _clock()
    figs = rollup.figures(org, clock)
    units = rollup.by_children(org, clock)
    plans = rollup.by_plan(org, clock)
    overdue = known_count_page(rollup.subtree_assignments(org).filter(clock.q(Light.RED))
                               .select_related("task", "plan", "organisation", "department").order_by("id"),
                               figs.red, request.GET.get("page"), OVERDUE_ON_DASHBOARD)
    return render(request, "oversight/dashboard.html", {
        "org": org, "trail": trail(request.user, org), "figs": figs, "units": units, "plans": plans,
        "departments": rollup.by_department(org, clock), "overdue": overdue, "page": overdue, "query": "",
        "today": clock.today,
        "chart_units": charts.lights_by_unit([(u.display_name, f) for u, f in units]),
        "chart_months": charts.completion_by_month(rollup.completion_by_month(org, clock.today)),
        "chart_plans": charts.progress_by_plan([(p.title, f) for p, f in plans]),
    })


@login_required
def assignments(request, pk):
    """The list behind a dashboard number: the subtree's assignments, by light, plan and own department."""
    org = get_scope(request.user, pk)
    clock = _clock()
    light = request.GET.get("light") if request.GET.get("light") in Light.values else ""
    plan_id = parse_pk(request.GET.get("plan") or "") or None
    dept_id = parse_pk(request.GET.get("department") or "") or None
    qs, count = rollup.listed_assignments(org, clock, light, plan_id, dept_id)
    page = known_count_page(qs, qs.count() if count is None else count, request.GET.get("page"))
    for a in page.object_list:
        a.light = clock.of(a)
    kept = [(k, v) for k, v in (("light", light), ("plan", plan_id or ""), ("department", dept_id or "")) if v]
    return render(request, "oversight/assignments.html", {
        "org": org, "trail": trail(request.user, org), "page": page, "assignments": page,
        "light": light, "light_label": Light(light).label if light else "", "plan_id": plan_id,
        "query": urlencode(kept) + "&" if kept else "", "lights": Light.choices})


def _period_or_error(request, clock):
    try:
        return parse_period(request.GET.get("start"), request.GET.get("end"), clock.today), None
    except LedgerError as e:
        return None, str(e)


@login_required
def ranking(request, pk):
    """排行榜 of the units directly under the organisation for a period (its xlsx: office)."""
    org = get_scope(request.user, pk)
    clock = _clock()
    column = request.GET.get("sort") if request.GET.get("sort") in rankings.COLUMNS else "rate"
    period, error = _period_or_error(request, clock)
    rows = rankings.ranking(org, period, clock.today, column) if period else []
    return render(request, "oversight/rankings.html", {
        "org": org, "trail": trail(request.user, org), "rows": rows, "period": period, "error": error,
        "start": request.GET.get("start", period.start.isoformat() if period else ""),
        "end": request.GET.get("end", period.end.isoformat() if period else ""),
        "column": column, "columns": [(c, rankings.LABELS[c], rankings.RULES[c]) for c in rankings.COLUMNS],
        "tie_rule": rankings.TIE_RULE}, status=400 if error else 200)


@login_required
def bulletin_page(request, pk):
    """The 通报 of the organisation's subtree for a period, laid out for printing."""
    org = get_scope(request.user, pk)
    clock = _clock()
    period, error = _period_or_error(request, clock)
    data = bulletin(org, period, clock) if period else None
    return render(request, "oversight/bulletin.html", {
        "org": org, "trail": trail(request.user, org), "b": data, "error": error, "period": period,
        "start": request.GET.get("start", period.start.isoformat() if period else ""),
        "end": request.GET.get("end", period.end.isoformat() if period else "")}, status=400 if error else 200)
