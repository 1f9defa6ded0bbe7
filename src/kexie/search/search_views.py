"""The 检索 page (/search/): one query box, filters, results with their passages, counts per kind, pages."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from kexie.documents.models import DocType
from kexie.ledger.flow import Status
from kexie.ledger.lights import Light
from kexie.ledger.models import PlanState
from kexie.orgs.access import visible_organisations

from . import query
from .sources import sources


@login_required
def search_page(request):
    params = query.parse(request.user, request.GET)
    outcome = query.run(request.user, params)
    page_query = request.GET.copy()
    page_query.pop("page", None)
    return render(request, "search/search.html", {
        "outcome": outcome, "p": params, "kinds": [(s.kind, s.label) for s in sources()],
        "counts": [(s.label, s.kind, outcome.counts.get(s.kind)) for s in sources() if s.kind in outcome.counts],
        "doc_types": DocType.choices, "statuses": [*PlanState.choices, *Status.choices],
        "lights": Light.choices,
        "organisations": visible_organisations(request.user).order_by("path").values("pk", "name")[:300],
        "page_query": page_query.urlencode(), "cap": query.COUNT_CAP,
        "pages": range(1, outcome.pages + 1) if outcome.pages <= 10 else None})
