"""The volunteers API's routes (/api/volunteers/...): the register and the teams, scoped and masked as the pages
(and the activities' routes, activity_api).

Lists take the pages' filters (?org=&q=&kind=&tag=&state=&page=; a bad one is a 400 naming it) and are paged in
SQL by access.page_of; a volunteer's phone is whole only for whoever may_see_personal_data (and that view is
logged), masked for everyone else. POST /api/volunteers/ registers one through registry.register.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.urls import path
from rest_framework import status
from rest_framework.decorators import api_view
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from kexie.validation import page_number
from kexie.workers.privacy import mask_phone, may_see_personal_data

from . import registry
from .activity_api import urlpatterns as activity_urls
from .access import BadFilter, filtered_volunteers, get_team_for_user, get_volunteer_for_user, page_of, \
    read_filters, visible_teams


def _volunteer(v, phone: str) -> dict:
    return {"id": v.pk, "name": v.name, "phone": phone, "organisation": v.organisation_id,
            "organisation_name": v.organisation.display_name, "region": v.region, "work_unit": v.work_unit,
            "expertise": v.expertise, "service_kinds": v.service_kinds.split(), "is_sanzhang": v.is_sanzhang,
            "is_local_talent": v.is_local_talent, "availability": v.availability, "state": v.state,
            "total_hours": float(v.total_hours), "scientist": v.scientist_id}


@api_view(["GET", "POST"])
def volunteer_list(request):
    if request.method == "POST":
        data = request.data if hasattr(request.data, "get") else {}
        try:
            v = registry.register(request.user, dict(data.items()), scientist_id=data.get("scientist"))
        except registry.NotAllowed as e:
            raise PermissionDenied(str(e)) from None
        except registry.VolunteerError as e:
            raise ValidationError({"detail": str(e)}) from None
        return Response(_volunteer(v, v.phone), status=status.HTTP_201_CREATED)
    try:
        f = read_filters(request.user, request.query_params)
    except BadFilter as e:
        raise ValidationError({"detail": str(e)}) from None
    page = page_of(request.user, filtered_volunteers(request.user, f), page_number(request.query_params))
    return Response({"count": page.count, "capped": page.capped, "page": page.number, "pages": page.num_pages,
                     "results": [_volunteer(v, v.shown_phone) for v in page.rows]})


@api_view(["GET"])
def volunteer_detail(request, pk):
    v = get_volunteer_for_user(request.user, pk)
    whole = may_see_personal_data(request.user, v.organisation)
    if whole:
        registry.log_view(request.user, v)
    return Response(_volunteer(v, v.phone if whole else mask_phone(v.phone)))


def _team(t) -> dict:
    return {"id": t.pk, "name": t.name, "organisation": t.organisation_id,
            "organisation_name": t.organisation.display_name, "service_kind": t.service_kind,
            "leader": t.leader_id, "leader_name": t.leader.name if t.leader else "", "description": t.description}


@api_view(["GET"])
def team_list(request):
    from rest_framework.pagination import PageNumberPagination
    paginator = PageNumberPagination()
    qs = visible_teams(request.user).select_related("organisation", "leader").order_by("organisation__path", "name",
                                                                                       "id")
    return paginator.get_paginated_response([_team(t) for t in paginator.paginate_queryset(qs, request)])


@api_view(["GET"])
def team_detail(request, pk):
    t = get_team_for_user(request.user, pk)
    user = request.user
    members = [{"id": v.pk, "name": v.name, "organisation": v.organisation_id,
                "phone": v.phone if may_see_personal_data(user, v.organisation) else mask_phone(v.phone)}
               for v in t.members.select_related("organisation").order_by("name", "id")[:1000]]
    return Response({**_team(t), "members": members})


urlpatterns: list = [
    path("volunteers/", volunteer_list, name="volunteer-list"),
    path("volunteers/<int:pk>/", volunteer_detail, name="volunteer-detail"),
    path("volunteers/teams/", team_list, name="volunteer-team-list"),
    path("volunteers/teams/<int:pk>/", team_detail, name="volunteer-team-detail"),
    *activity_urls,  # activity_api: the activities, read-only
]
