"""督办 API (/api/oversight/...): the dashboard's, the ranking's and the bulletin's numbers as JSON, scoped as
the pages (404 outside the caller's subtree; bad periods are a 400 with the sentence)."""

from __future__ import annotations

from django.urls import path
from rest_framework.decorators import api_view
from rest_framework.response import Response

from kexie.ledger.lights import Clock

from . import rankings, rollup
from .access import get_scope
from .bulletin import bulletin
from .period import parse_period


def _dashboard(org, clock: Clock) -> dict:
    def unit(o):
        return {"id": o.pk, "name": o.display_name, "level": o.level}
    return {
        "organisation": unit(org), "today": clock.today.isoformat(),
        "figures": rollup.figures(org, clock).as_dict(),
        "by_unit": [{**unit(u), "figures": f.as_dict()} for u, f in rollup.by_children(org, clock)],
        "by_plan": [{"id": p.pk, "title": p.title, "figures": f.as_dict()} for p, f in rollup.by_plan(org, clock)],
        "by_department": [{"id": d.pk, "name": d.name, "figures": f.as_dict()}
                          for d, f in rollup.by_department(org, clock)],
        "closed_by_month": [{"month": m.isoformat()[:7], "closed": n}
                            for m, n in rollup.completion_by_month(org, clock.today)],
    }


@api_view(["GET"])
def dashboard(request, pk=None):
    """The figures of the caller's organisation's subtree (or of pk inside it): by light, unit, plan, department."""
    return Response(_dashboard(get_scope(request.user, pk), Clock.at()))


@api_view(["GET"])
def ranking(request, pk):
    """?start=&end=&sort=rate|overdue|reports|typical: the units under pk ranked, with the rules."""
    org = get_scope(request.user, pk)
    clock = Clock.at()
    period = parse_period(request.query_params.get("start"), request.query_params.get("end"), clock.today)
    column = request.query_params.get("sort") if request.query_params.get("sort") in rankings.COLUMNS else "rate"
    return Response({"organisation": org.pk, "start": period.start.isoformat(), "end": period.end.isoformat(),
                     "sort": column, "rules": {c: str(r) for c, r in rankings.RULES.items()},
                     "ties": str(rankings.TIE_RULE),
                     "rows": [r.as_dict() for r in rankings.ranking(org, period, clock.today, column)]})


@api_view(["GET"])
def bulletin_data(request, pk):
    """?start=&end=: the 通报 data of pk's subtree for the period."""
    org = get_scope(request.user, pk)
    clock = Clock.at()
    period = parse_period(request.query_params.get("start"), request.query_params.get("end"), clock.today)
    return Response(bulletin(org, period, clock).as_dict())


urlpatterns = [
    path("oversight/", dashboard, name="oversight-home"),
    path("oversight/<int:pk>/", dashboard, name="oversight-dashboard"),
    path("oversight/<int:pk>/rankings/", ranking, name="oversight-rankings"),
    path("oversight/<int:pk>/bulletin/", bulletin_data, name="oversight-bulletin"),
]
