"""Which organisation's numbers a user may see: their own organisation's subtree, any role; 404 outside it.

Every dashboard, list, ranking and bulletin (page and API) starts here, so drill-down never leaves the subtree.
"""

from __future__ import annotations

from django.http import Http404

from kexie.orgs.access import get_organisation_for_user, home_organisation
from kexie.orgs.models import Organisation


def get_scope(user, pk=None) -> Organisation:
    """The organisation pk (the user's own when None) if it is within the user's subtree, else 404."""
    if pk is None:
        org = home_organisation(user)
        if org is None:
            raise Http404("No organisation")
        return org
    return get_organisation_for_user(user, pk)


def trail(user, org: Organisation) -> list[Organisation]:
    """The organisations from the user's own down to org (the drill-down's way back), one query."""
    home = home_organisation(user)
    ids = [int(step) for step in org.path.split("/") if step]
    return [o for o in Organisation.objects.filter(pk__in=ids, path__startswith=home.path).order_by("depth")]
