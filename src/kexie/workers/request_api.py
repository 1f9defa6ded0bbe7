"""办实事清单 API (/api/workers/requests/...): list, detail and create for signed-in users, scoped as the pages
(404 outside the caller's subtree; a phone is masked unless the caller may see personal data)."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.urls import path
from django.utils.translation import gettext as _
from rest_framework.decorators import api_view
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response

from kexie.ledger.lights import Clock
from kexie.orgs.access import membership_of

from . import requests as service
from .models import RequestCategory, RequestState
from .privacy import mask_phone, may_see_personal_data


class Pages(PageNumberPagination):
    page_size = 50


def _row(user, r, clock: Clock) -> dict:
    a = r.assignment
    phone = r.requester_phone if may_see_personal_data(user, r.organisation) else mask_phone(r.requester_phone)
    return {
        "id": r.pk, "organisation": {"id": r.organisation_id, "name": r.organisation.display_name}, "year": r.year,
        "title": r.title, "content": r.content, "category": r.category, "source": r.source, "state": r.now,
        "requester": {"name": r.requester_name, "unit": r.requester_unit, "phone": phone,
                      "scientist": r.scientist_id},
        "reason": r.reason, "feedback": r.feedback, "satisfaction": r.satisfaction, "reopened": r.reopened,
        "requester_rating": None if r.requester_rated_at is None else {
            "satisfaction": r.requester_rating, "note": r.requester_note, "at": r.requester_rated_at.isoformat()},
        "submitted_at": r.submitted_at.isoformat(), "version": r.version,
        "assignment": None if a is None else {"id": a.pk, "unit": a.assignee_label, "status": a.status,
                                              "due_date": a.due_date.isoformat() if a.due_date else None,
                                              "light": clock.of(a)},
    }


@api_view(["GET", "POST"])
def request_list(request):
    """GET: the requests of the caller's subtree (?year=, ?state=, ?category=), newest first, 50 a page. POST: a request
    entered by the caller's organisation's staff {title, content, category, requester_name, requester_unit,
    requester_phone, scientist, source}, listed at once."""
    clock = Clock.at()
    if request.method == "POST":
        membership = membership_of(request.user)
        if membership is None or not membership.can_edit:
            raise PermissionDenied(_("只有管理员和经办人员可以登记诉求。"))
        if not hasattr(request.data, "get"):
            raise service.RequestError(_("请求内容应为一个对象（JSON object）。"))
        r = service.create(request.user, membership.organisation, request.data,
                           source=request.data.get("source") or "staff")
        return Response(_row(request.user, service.get_request_for_user(request.user, r.pk), clock), status=201)
    qs = service.visible_requests(request.user)
    year = service.query_year(request.query_params)
    if year is not None:
        qs = qs.filter(year=year)
    state, category = request.query_params.get("state"), request.query_params.get("category")
    if state in RequestState.values:
        qs = qs.filter(now=state)
    if category in RequestCategory.values:
        qs = qs.filter(category=category)
    qs = qs.select_related("organisation", "assignment", "assignment__plan", "assignment__organisation",
                           "assignment__department").order_by("-submitted_at", "-id")
    pages = Pages()
    rows = pages.paginate_queryset(qs, request)
    return pages.get_paginated_response([_row(request.user, r, clock) for r in rows])


@api_view(["GET"])
def request_detail(request, pk):
    """One request of the caller's subtree, with its ledger assignment and light."""
    return Response(_row(request.user, service.get_request_for_user(request.user, pk), Clock.at()))


urlpatterns = [
    path("workers/requests/", request_list, name="workers-request-list"),
    path("workers/requests/<int:pk>/", request_detail, name="workers-request-detail"),
]
