"""The activities API (/api/volunteers/activities/...): read-only, scoped as the activity pages (the viewer's
subtree; anything else 404).

The list takes ?org= (a subtree), ?kind=, ?campaign=, ?task= and ?month=YYYY-MM (the activities on any day of
that month), paged 100 at a time in SQL, newest first: two queries whatever the size. A bad kind or month is a
400 naming it; an organisation, campaign or task the viewer cannot see is a 404, as on the pages.
"""

from __future__ import annotations

import calendar
import datetime

from django.urls import path
from django.utils.translation import gettext as _
from rest_framework.decorators import api_view
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response

from kexie.orgs.access import get_organisation_for_user

from . import activities as svc
from .models import ServiceKind

RECORDS_MAX = 1000  # an activity's service records listed in its detail


def _month(raw: str) -> tuple[datetime.date, datetime.date]:
    try:
        year, month = (int(x) for x in raw.split("-"))
        first = datetime.date(year, month, 1)
    except (ValueError, TypeError):
        raise ValidationError({"month": _("月份“%(v)s”应写作 2026-09 这样的年-月。") % {"v": raw[:20]}}) from None
    return first, first.replace(day=calendar.monthrange(year, month)[1])


def filtered(user, params):
    """The activities the user sees, narrowed by the query's filters."""
    qs = svc.visible_activities(user)
    if params.get("org"):
        qs = qs.filter(organisation__path__startswith=get_organisation_for_user(user, params["org"]).path)
    kind = params.get("kind") or ""
    if kind:
        if kind not in ServiceKind.values:
            raise ValidationError({"kind": _("服务类别“%(v)s”不存在。") % {"v": kind[:20]}})
        qs = qs.filter(kind=kind)
    if params.get("campaign"):
        qs = qs.filter(campaign=svc.get_campaign_for_user(user, params["campaign"]))
    if params.get("task"):
        from kexie.ledger.access import get_task_for_user

        from .task_progress import linked_to
        qs = qs.filter(linked_to(get_task_for_user(user, params["task"])))
    if params.get("month"):
        first, last = _month(params["month"])
        qs = qs.filter(start_date__lte=last, end_date__gte=first)
    return qs


def _activity(a) -> dict:
    return {"id": a.pk, "title": a.title, "kind": a.kind, "kind_label": _(a.get_kind_display()),
            "start_date": a.start_date.isoformat(), "end_date": a.end_date.isoformat(), "place": a.place,
            "organisation": a.organisation_id, "organisation_name": a.organisation.display_name,
            "audience": a.audience, "confirmed_hours": float(a.confirmed_hours),
            "campaign": a.campaign_id, "campaign_name": a.campaign.name if a.campaign else "", "task": a.task_id}


@api_view(["GET"])
def activity_list(request):
    paginator = PageNumberPagination()
    qs = filtered(request.user, request.query_params).select_related("organisation", "campaign").order_by(
        "-start_date", "-id")
    return paginator.get_paginated_response([_activity(a) for a in paginator.paginate_queryset(qs, request)])


@api_view(["GET"])
def activity_detail(request, pk):
    a = svc.get_activity_for_user(request.user, pk)
    records = a.records.select_related("volunteer").order_by("volunteer__name", "id")[:RECORDS_MAX]
    return Response({
        **_activity(a), "description": a.description,
        "teams": [{"id": t.pk, "name": t.name, "organisation": t.organisation_id}
                  for t in a.teams.order_by("name", "id")],
        "files": [{"id": f.pk, "filename": f.filename, "size": f.size, "content_type": f.content_type}
                  for f in a.files.order_by("id")],
        "records": [{"id": r.pk, "volunteer": r.volunteer_id, "volunteer_name": r.volunteer.name,
                     "hours": float(r.hours), "state": r.state} for r in records]})


urlpatterns: list = [
    path("volunteers/activities/", activity_list, name="volunteer-activity-list"),
    path("volunteers/activities/<int:pk>/", activity_detail, name="volunteer-activity-detail"),
]
