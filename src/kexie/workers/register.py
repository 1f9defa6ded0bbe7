"""The register's list: search and filters as one SQL query, and each row as a viewer may see it (masked or whole)."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.paginator import Paginator
from django.db.models import Q
from django.utils.functional import cached_property
from django.utils import timezone
from django.utils.translation import gettext_lazy

from kexie.orgs.access import parse_pk, visible_organisations

from .access import visible_scientists
from .models import Gender, Scientist, ScientistTag
from .privacy import mask_email, mask_phone, may_see_personal_data

# Age bands by age this year: key → (label, youngest, oldest).
AGE_BANDS = {
    "35": (gettext_lazy("35岁及以下"), 0, 35),
    "36-45": (gettext_lazy("36至45岁"), 36, 45),
    "46-60": (gettext_lazy("46至60岁"), 46, 60),
    "61": (gettext_lazy("61岁及以上"), 61, 200),
}
FILTER_KEYS = ("q", "org", "tag", "field", "title", "gender", "age")


def clean_filters(params) -> dict:
    """The filters asked for, as text of bounded length (an unknown value filters nothing)."""
    return {k: str(params.get(k) or "").replace("\x00", "").strip()[:50] for k in FILTER_KEYS}


def filtered(user, filters: dict):
    """The visible records matching the filters, with their organisation (one query when sliced)."""
    qs = visible_scientists(user).select_related("organisation")
    if filters.get("q"):
        # A name or a unit from its start (王, 王伟, 第一中学): an index range each, even over a million records,
        # where a match inside names would read them all (and no index serves one or two characters).
        qs = qs.filter(Q(name__startswith=filters["q"]) | Q(work_unit__startswith=filters["q"]))
    org_id = parse_pk(filters.get("org") or "")
    if org_id:
        org = visible_organisations(user).filter(pk=org_id).values_list("path", flat=True).first()
        qs = qs.filter(organisation__path__startswith=org) if org else qs.none()
    tag_id = parse_pk(filters.get("tag") or "")
    if tag_id:
        qs = qs.filter(tags__id=tag_id)
    if filters.get("field"):
        qs = qs.filter(field__icontains=filters["field"])
    if filters.get("title"):
        qs = qs.filter(title__icontains=filters["title"])
    if filters.get("gender") in Gender.values:
        qs = qs.filter(gender=filters["gender"])
    band = AGE_BANDS.get(filters.get("age") or "")
    if band:
        year = timezone.localdate().year
        qs = qs.filter(birth_year__gte=year - band[2], birth_year__lte=year - band[1])
    return qs.order_by("organisation_id", "name", "id")  # the (organisation, name) index's order


COUNT_CAP = 10_000


class CappedPaginator(Paginator):
    """Counts at most COUNT_CAP + 1 rows (a subquery with LIMIT): a national register of a million answers "10000+"
    at once instead of counting them all on every page; pages go as far as the cap."""

    @cached_property
    def count(self) -> int:
        return self.object_list.order_by()[:COUNT_CAP + 1].count()

    @property
    def capped(self) -> bool:
        return self.count > COUNT_CAP

    @property
    def cap(self) -> int:
        return COUNT_CAP


def mask_year(year) -> str:
    return f"{str(year)[:3]}*" if year else ""


@dataclass
class Row:
    """A record as this viewer sees it: personal data whole or masked."""
    scientist: Scientist
    whole: bool

    def __getattr__(self, name):
        return getattr(self.scientist, name)

    @property
    def shown_phone(self) -> str:
        return self.scientist.phone if self.whole else mask_phone(self.scientist.phone)

    @property
    def shown_email(self) -> str:
        return self.scientist.email if self.whole else mask_email(self.scientist.email)

    @property
    def shown_birth_year(self) -> str:
        year = self.scientist.birth_year
        return (str(year) if year else "") if self.whole else mask_year(year)


def rows(user, scientists) -> list[Row]:
    return [Row(s, may_see_personal_data(user, s.organisation)) for s in scientists]


def tag_choices():
    return list(ScientistTag.objects.values_list("id", "name"))
