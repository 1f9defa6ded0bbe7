"""The workers API's routes (/api/workers/...): the register's list and records, scoped and masked as the pages."""

from __future__ import annotations

from django.urls import path
from rest_framework.decorators import api_view
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response

from . import register
from .access import get_scientist_for_user
from .campaign_api import urlpatterns as campaign_urls
from .request_api import urlpatterns as request_urls


def _data(row: register.Row) -> dict:
    s = row.scientist
    return {"id": s.pk, "name": s.name, "gender": s.gender, "birth_year": row.shown_birth_year,
            "work_unit": s.work_unit, "field": s.field, "title": s.title, "honours": s.honours,
            "phone": row.shown_phone, "email": row.shown_email, "tags": [t.name for t in s.tags.all()],
            "organisation": {"id": s.organisation_id, "name": s.organisation.display_name}, "masked": not row.whole}


@api_view(["GET"])
def scientist_list(request):
    """?q=&org=&tag=&field=&title=&gender=&age=: the visible register, 50 a page (masked where the pages mask)."""
    qs = register.filtered(request.user, register.clean_filters(request.query_params)).prefetch_related("tags")
    paginator = PageNumberPagination()
    paginator.page_size = 50
    page = paginator.paginate_queryset(qs, request)
    return paginator.get_paginated_response([_data(r) for r in register.rows(request.user, page)])


@api_view(["GET"])
def scientist_detail(request, pk):
    """One record; a whole one is logged as a view like the page's."""
    from .views import log_view
    s = get_scientist_for_user(request.user, pk)
    return Response(_data(register.Row(s, log_view(request.user, s, via="api"))))


urlpatterns: list = [
    path("workers/scientists/", scientist_list, name="workers-scientist-list"),
    path("workers/scientists/<int:pk>/", scientist_detail, name="workers-scientist-detail"),
]
urlpatterns += request_urls  # 办实事清单
urlpatterns += campaign_urls  # 推荐评选 and 典型库
