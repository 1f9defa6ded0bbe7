"""Volunteer activities in 检索: registered as a search source, seen exactly as activities.visible_activities.

The register of volunteers itself is personal data (names, phones) and is deliberately not indexed.
"""

from __future__ import annotations

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_noop

from .models import Activity


def _fields(a: Activity) -> dict:
    organiser = a.organisation.name
    return dict(organisation_id=a.organisation_id, title=a.title[:500], issuer=organiser[:200], date=a.start_date,
                body="\n".join((str(a.get_kind_display()), a.place, a.description, organiser)))


def _shown(ids) -> dict:
    return {pk: ("\n".join(filter(None, (place, description))), reverse("volunteers:activity", args=[pk]))
            for pk, place, description in Activity.objects.filter(pk__in=ids).values_list("pk", "place",
                                                                                          "description")}


def _visible(user) -> Q:
    from .activities import visible_activities
    return Q(kind="activity", object_id__in=visible_activities(user).values("pk"))


def register() -> None:
    """Called from VolunteersConfig.ready (search's own ready has run: it comes first in INSTALLED_APPS)."""
    from kexie.search.sources import Source, register as add
    add(Source("activity", gettext_noop("志愿服务活动"), Activity, _fields,
               lambda: Activity.objects.select_related("organisation"), _visible, _shown))
