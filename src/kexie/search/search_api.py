"""GET /api/search/?q=…: the page's search as JSON (the same parameters, scope and order), one page at a time.

Parameters as the page's: kind, org, doc_type, issuer, status, light (red|yellow|green|gray: tasks and reports
only), from, to, page."""

from __future__ import annotations

from rest_framework.decorators import api_view
from rest_framework.response import Response

from . import query


@api_view(["GET"])
def search_api(request):
    params = query.parse(request.user, request.query_params)
    if params.errors:
        return Response({"detail": " ".join(params.errors), "errors": params.errors}, status=400)
    out = query.run(request.user, params)
    return Response({
        "query": params.q, "light": params.light, "searched": out.searched, "notes": params.notes,
        "counts": out.counts, "total": out.total, "capped": out.capped, "count_cap": query.COUNT_CAP,
        "order": "date" if out.by_date else "relevance", "page": params.page, "pages": out.pages,
        "results": [{"kind": h.kind, "id": h.object_id, "title": str(h.title), "passage": str(h.passage),
                     "url": h.url, "date": h.date, "issuer": h.issuer, "doc_number": h.doc_number} for h in out.hits]})
