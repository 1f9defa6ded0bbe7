"""Who sees which register rows, visits and 联系对象: the user's subtree, fetched only through these helpers (404 else).

Reading follows the organisation tree (a parent sees its subtree); changing follows orgs.access.may_act_for (the
keeping organisation's own editors). Personal data is privacy.may_see_personal_data's rule.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from kexie.ledger.access import _get  # the one "this id in this queryset, else 404" (bad ids too)
from kexie.orgs.access import may_act_for, org_path_prefix

from .models import ContactPair, Scientist, Visit


def _scoped(model, user):
    """The rows kept in the user's subtree. The subtree is an id subquery, not a join on the path, so PostgreSQL
    walks the rows' (organisation, …) index in order and a page of a million-row register stops after 50."""
    from kexie.orgs.models import Organisation
    prefix = org_path_prefix(user)
    if prefix is None:
        return model.objects.none()
    return model.objects.filter(organisation_id__in=Organisation.objects.filter(path__startswith=prefix).values("id"))


def visible_scientists(user):
    return _scoped(Scientist, user)


def visible_visits(user):
    return _scoped(Visit, user)


def visible_pairs(user):
    return _scoped(ContactPair, user)


def get_scientist_for_user(user, pk) -> Scientist:
    return _get(visible_scientists(user).select_related("organisation"), pk, "scientist")


def get_visit_for_user(user, pk) -> Visit:
    return _get(visible_visits(user).select_related("organisation"), pk, "visit")


def get_pair_for_user(user, pk) -> ContactPair:
    return _get(visible_pairs(user).select_related("organisation", "person", "scientist"), pk, "contact pair")


def require_keeper(user, obj) -> None:
    """403 unless the user is an editor acting for the organisation that keeps obj."""
    if not may_act_for(user, obj.organisation_id):
        raise PermissionDenied(_("只有建档组织的管理员和经办人员可以修改这条记录。"))
