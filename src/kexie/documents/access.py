"""Documents a user may see: those owned by an organisation in their subtree, and those another part grants
them (a plan's source document to the units it was sent to); anything else answers 404."""

from __future__ import annotations

from collections.abc import Callable

from django.db.models import Q
from django.http import Http404

from kexie.orgs.access import org_path_prefix, parse_pk

from .models import Document


# Higher parts register here what else a user may read (documents/ imports none of them): each grant
# takes the user's path prefix and returns a Q over Document. Read-only: editing still needs ownership.
_grants: list[Callable[[str], Q]] = []


def grant_read(grant: Callable[[str], Q]) -> None:
    """Register a grant (called from an AppConfig.ready); registering the same function twice is a no-op."""
    if grant not in _grants:
        _grants.append(grant)


def visible_documents(user):
    prefix = org_path_prefix(user)
    if prefix is None:
        return Document.objects.none()
    q = Q(organisation__path__startswith=prefix)
    for grant in _grants:
        q |= grant(prefix)
    return Document.objects.filter(q)


def granted_documents(user):
    """The part of visible_documents beyond the user's own subtree: what the registered grants add."""
    prefix = org_path_prefix(user)
    if prefix is None or not _grants:
        return Document.objects.none()
    q = _grants[0](prefix)
    for grant in _grants[1:]:
        q |= grant(prefix)
    return Document.objects.filter(q)


def get_document_for_user(user, pk) -> Document:
    """The document if the user may read it; 404 otherwise, and for a malformed or huge id."""
    pk = parse_pk(pk)
    if pk is None:
        raise Http404("No such document")
    try:
        return visible_documents(user).select_related("organisation", "uploaded_by").get(pk=pk)
    except Document.DoesNotExist:
        raise Http404("No such document")
