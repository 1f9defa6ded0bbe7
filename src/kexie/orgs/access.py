"""Who sees what: a user acts for one organisation and sees its subtree; everything else answers 404.

Views and the API fetch organisations, people and (in documents/) documents only through these helpers,
so no view can forget the scope.
"""

from __future__ import annotations

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import Http404
from django.utils.translation import gettext as _

from .models import Membership, Organisation, Person


def membership_of(user) -> Membership | None:
    """The user's membership (with its organisation), cached on the user object for the request."""
    if not getattr(user, "is_authenticated", False):
        return None
    if not hasattr(user, "_kexie_membership"):
        try:
            user._kexie_membership = (Membership.objects.select_related("organisation")
                                      .get(user_id=user.pk))
        except ObjectDoesNotExist:
            user._kexie_membership = None
    return user._kexie_membership


def home_organisation(user) -> Organisation | None:
    membership = membership_of(user)
    return membership.organisation if membership else None


def visible_organisations(user):
    """Organisations the user may see: their organisation's subtree (nothing without a membership)."""
    org = home_organisation(user)
    if org is None:
        return Organisation.objects.none()
    return Organisation.objects.subtree(org)


def org_path_prefix(user) -> str | None:
    """The path prefix of the user's subtree, for filters on related models (organisation__path__startswith)."""
    org = home_organisation(user)
    return org.path if org else None


def get_organisation_for_user(user, pk) -> Organisation:
    """The organisation if it is in the user's subtree; 404 otherwise, and for a malformed or huge id."""
    pk = parse_pk(pk)
    if pk is None:
        raise Http404("No such organisation")
    try:
        return visible_organisations(user).get(pk=pk)
    except Organisation.DoesNotExist:
        raise Http404("No such organisation")


def visible_people(user):
    prefix = org_path_prefix(user)
    if prefix is None:
        return Person.objects.none()
    return Person.objects.filter(organisation__path__startswith=prefix)


def get_person_for_user(user, pk) -> Person:
    """The person if they belong to the user's subtree; 404 otherwise, and for a malformed or huge id."""
    pk = parse_pk(pk)
    if pk is None:
        raise Http404("No such person")
    try:
        return visible_people(user).select_related("organisation", "department").get(pk=pk)
    except Person.DoesNotExist:
        raise Http404("No such person")


def may_act_for(user, organisation_id) -> bool:
    """The one "may edit" rule: an editor (管理员/经办) acting for exactly that organisation. A parent sees
    its subtree but acts only for itself."""
    membership = membership_of(user)
    return bool(membership and membership.can_edit and membership.organisation_id == organisation_id)


def parse_pk(value) -> int | None:
    """An object id from a URL or query parameter: a positive integer that fits a bigint, else None."""
    text = str(value).strip() if isinstance(value, (str, int)) and not isinstance(value, bool) else ""
    if not text.isdigit() or len(text) > 18:
        return None
    return int(text)


def require_editor(user) -> Membership:
    """The membership of a user who may change things (管理员, 经办), else 403."""
    membership = membership_of(user)
    if membership is None or not membership.can_edit:
        raise PermissionDenied(_("只有管理员和经办人员可以执行此操作。"))
    return membership


def require_admin(user) -> Membership:
    membership = membership_of(user)
    if membership is None or not membership.is_admin:
        raise PermissionDenied(_("只有管理员可以执行此操作。"))
    return membership
