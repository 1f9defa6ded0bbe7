"""The 典型库 and the 办实事清单 in 检索: two search sources, seen exactly as the workers' own pages show them.

A request is indexed by its title and content only: the requester's name, unit and phone never reach the index
(its pages mask them by role; an index would find them for anyone who may see the request). The register of
科技工作者 is personal data and is deliberately not indexed.
"""

from __future__ import annotations

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_noop

from .models import Request, TypicalCase


def _case_fields(c: TypicalCase) -> dict:
    return dict(organisation_id=c.organisation_id, title=c.title[:500], issuer=c.organisation.name[:200],
                date=c.day, body=c.text)


def _case_shown(ids) -> dict:
    return {pk: (text, reverse("workers:case", args=[pk]))
            for pk, text in TypicalCase.objects.filter(pk__in=ids).values_list("pk", "text")}


def _case_visible(user) -> Q:
    from .campaigns import visible_cases
    return Q(kind="case", object_id__in=visible_cases(user).values("pk"))


def _request_fields(r: Request) -> dict:
    return dict(organisation_id=r.organisation_id, title=r.title[:500], issuer=r.organisation.name[:200],
                date=timezone.localdate(r.submitted_at), body=r.content)


def _request_shown(ids) -> dict:
    return {pk: (content, reverse("workers:request", args=[pk]))
            for pk, content in Request.objects.filter(pk__in=ids).values_list("pk", "content")}


def _request_visible(user) -> Q:
    from .requests import visible_requests
    return Q(kind="request", object_id__in=visible_requests(user).values("pk"))


def register() -> None:
    """Called from WorkersConfig.ready (after search's: registering connects the save and delete signals)."""
    from kexie.search.sources import Source, register as add
    add(Source("case", gettext_noop("典型"), TypicalCase, _case_fields,
               lambda: TypicalCase.objects.select_related("organisation"), _case_visible, _case_shown))
    # only() so nothing personal is even read into the indexing path.
    add(Source("request", gettext_noop("办实事事项"), Request, _request_fields,
               lambda: Request.objects.select_related("organisation").only(
                   "pk", "organisation_id", "organisation__name", "organisation__path", "title", "content",
                   "submitted_at"),
               _request_visible, _request_shown))
