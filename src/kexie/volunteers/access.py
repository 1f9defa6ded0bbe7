"""Who sees which volunteers and teams: the user's subtree, by the organisation that keeps them; else 404.

Lists, counts, exports, the API and every page fetch volunteers and teams only through these helpers. The
filtered list is paged in SQL: a page's ids come from one index (volunteer_list), then its 50 rows by id.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.http import Http404
from django.utils.translation import gettext as _

from kexie.orgs.access import get_organisation_for_user, membership_of, org_path_prefix, parse_pk
from kexie.orgs.models import Organisation
from kexie.workers.privacy import mask_phone, may_see_personal_data

from .models import ServiceKind, Team, Volunteer, VolunteerState

PER_PAGE = 50
# A list counts up to this many rows exactly and says "over 10,000" beyond it: a province's 170,000 volunteers
# would cost a count of them all on every page (the totals by level are the roll-up's). Export takes EXPORT_CAP.
COUNT_CAP = 10_000
EXPORT_CAP = 100_000
# By unit in tree order, then name: each unit's page comes from the volunteer_list index in order (an incremental
# sort that stops at the page), where one name order across a province would sort all of its rows.
ORDER = ("organisation__path", "name", "id")
TAGS = {"sanzhang": "is_sanzhang", "local": "is_local_talent"}


def _in_subtree(prefix: str):
    return Organisation.objects.filter(path__startswith=prefix).values("pk")


def visible_volunteers(user):
    prefix = org_path_prefix(user)
    if prefix is None:
        return Volunteer.objects.none()
    return Volunteer.objects.filter(organisation__in=_in_subtree(prefix))


def _one(qs, pk):
    """The object of qs with this id, else 404 (also for a malformed or huge id)."""
    pk = parse_pk(pk)
    found = None if pk is None else qs.filter(pk=pk).first()
    if found is None:
        raise Http404("No such object")
    return found


def get_volunteer_for_user(user, pk) -> Volunteer:
    return _one(visible_volunteers(user).select_related("organisation", "scientist"), pk)


def visible_teams(user):
    prefix = org_path_prefix(user)
    if prefix is None:
        return Team.objects.none()
    return Team.objects.filter(organisation__in=_in_subtree(prefix))


def get_team_for_user(user, pk) -> Team:
    return _one(visible_teams(user).select_related("organisation", "leader"), pk)


class BadFilter(ValueError):
    """A filter value that is not one of the choices; str(exc) says which."""


@dataclass
class Filters:
    org: Organisation | None = None
    q: str = ""
    kind: str = ""
    tag: str = ""
    state: str = VolunteerState.ACTIVE

    def query(self) -> str:
        """The filters as a query string (for the pager and the export link), ending with & when not empty."""
        from urllib.parse import urlencode
        pairs = [("org", self.org.pk if self.org else ""), ("q", self.q), ("kind", self.kind), ("tag", self.tag),
                 ("state", self.state)]
        text = urlencode([(k, v) for k, v in pairs if v not in ("", None)])
        return text + "&" if text else ""


def read_filters(user, params) -> Filters:
    """The list's filters from a query string: an organisation outside the subtree is 404, an unknown choice a
    BadFilter (the page says it and drops it; the API answers 400)."""
    f = Filters()
    org = params.get("org")
    if org not in (None, ""):
        f.org = get_organisation_for_user(user, org)
    f.q = str(params.get("q") or "").replace("\x00", "").strip()[:50]
    kind = params.get("kind") or ""
    if kind and kind not in ServiceKind.values:
        raise BadFilter(_("服务类别“%(v)s”不存在，已忽略。") % {"v": kind[:20]})
    f.kind = kind
    tag = params.get("tag") or ""
    if tag and tag not in TAGS:
        raise BadFilter(_("标签“%(v)s”不存在，已忽略。") % {"v": tag[:20]})
    f.tag = tag
    state = params.get("state") or VolunteerState.ACTIVE
    if state != "all" and state not in VolunteerState.values:
        raise BadFilter(_("状态“%(v)s”不存在，已忽略。") % {"v": state[:20]})
    f.state = state
    return f


def filtered_volunteers(user, f: Filters):
    qs = visible_volunteers(user)
    if f.org is not None:
        qs = qs.filter(organisation__in=_in_subtree(f.org.path))
    if f.state != "all":
        qs = qs.filter(state=f.state)
    if f.q:
        membership = membership_of(user)
        # Only editors (who see their whole subtree's phones) may look a volunteer up by phone: for anyone
        # else a search by number would tell a masked phone digit by digit.
        if membership and membership.can_edit and f.q.replace("-", "").isdigit() and len(f.q) >= 5:
            qs = qs.filter(phone__startswith=f.q.replace("-", ""))
        else:
            # From the name's start (surname, or the whole name): an index range even over 5,000,000 names,
            # where a match inside names would read them all (and no index serves one or two characters).
            qs = qs.filter(name__startswith=f.q)
    if f.kind:
        qs = qs.filter(service_kinds__contains=f.kind)
    if f.tag:
        qs = qs.filter(**{TAGS[f.tag]: True})
    return qs


@dataclass
class Page:
    rows: list
    number: int
    count: int
    capped: bool

    @property
    def num_pages(self) -> int:
        return max(1, -(-self.count // PER_PAGE))

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def has_next(self) -> bool:
        return self.number < self.num_pages

    @property
    def previous_page_number(self) -> int:
        return self.number - 1

    @property
    def next_page_number(self) -> int:
        return self.number + 1


def page_of(user, qs, number: int) -> Page:
    """Three queries whatever the size: the (capped) count, the page's ids from the index (in ORDER), the page's
    rows with their organisation; each row knows whether this user sees its phone whole (`shown_phone`)."""
    count = qs.order_by().values("pk")[:COUNT_CAP + 1].count()
    capped = count > COUNT_CAP
    count = min(count, COUNT_CAP)
    if number > 1 and (number - 1) * PER_PAGE >= count:
        raise Http404(_("没有这一页。"))
    start = (number - 1) * PER_PAGE
    ids = list(qs.order_by(*ORDER).values_list("pk", flat=True)[start:start + PER_PAGE])
    by_id = Volunteer.objects.select_related("organisation").in_bulk(ids)
    rows = [by_id[i] for i in ids if i in by_id]
    for v in rows:
        v.shown_phone = v.phone if may_see_personal_data(user, v.organisation) else mask_phone(v.phone)
    return Page(rows, number, count, capped)
