"""Documents a user may see: those owned by an organisation in their subtree; anything else answers 404."""

from __future__ import annotations

from django.http import Http404

from kexie.orgs.access import org_path_prefix

from .models import Document


def visible_documents(user):
    prefix = org_path_prefix(user)
    if prefix is None:
        return Document.objects.none()
    return Document.objects.filter(organisation__path__startswith=prefix)


def get_document_for_user(request, pk) -> Document:
    try:
        return visible_documents(request.user).select_related("organisation", "uploaded_by").get(pk=pk)
    except (Document.DoesNotExist, ValueError, TypeError):
        raise Http404("No such document")
