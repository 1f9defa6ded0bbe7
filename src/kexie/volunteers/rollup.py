"""The three-level roll-up of 科技志愿服务: per direct child organisation and the organisation's own row, counts of
volunteers, teams, activities, confirmed hours and audience, by kind and by level, and the ranking of units.

Every figure comes from the per-organisation counts (VolunteerCount, kept exact by every write: counts.py), summed
in one grouped query by the child's path prefix and level (a column per kind), whatever the number of children and
the size of the register: no query reads the volunteers, teams, activities or service records. Three queries for
any level (the children, the subtree's levels, the sums).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Q, Sum
from django.db.models.functions import Substr
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from kexie.orgs.models import PATH_STEP, Level, Organisation

from .models import ServiceKind, VolunteerCount

KINDS = list(ServiceKind)
# The rule written on the page and in the export.
RANKING_RULE = gettext_lazy("排名规则：按开展活动场次从多到少排列；场次相同的，按已确认的志愿服务时长，再按服务对象人次。"
                 "统计范围为各单位本级及其全部下级组织。")


@dataclass
class Row:
    organisation: Organisation | None  # None: the 合计 row
    own: bool = False  # the organisation's own (本级) row, not its subtree
    volunteers: int = 0
    teams: int = 0
    activities: int = 0
    hours: Decimal = Decimal(0)
    audience: int = 0
    by_kind: dict = field(default_factory=lambda: {k.value: 0 for k in KINDS})
    rank: int | None = None

    def add(self, other: "Row") -> None:
        self.volunteers += other.volunteers
        self.teams += other.teams
        self.activities += other.activities
        self.hours += other.hours
        self.audience += other.audience
        for k, n in other.by_kind.items():
            self.by_kind[k] += n

    @property
    def kind_counts(self) -> list[int]:
        return [self.by_kind[k.value] for k in KINDS]

    @property
    def kind_pairs(self) -> list[tuple[str, int]]:
        return [(_(k.label), self.by_kind[k.value]) for k in KINDS]


@dataclass
class Rollup:
    organisation: Organisation
    own: Row
    children: list[Row]
    total: Row
    by_level: list[tuple[str, Row]]

    @property
    def ranking(self) -> list[Row]:
        return sorted(self.children, key=lambda r: (-r.activities, -r.hours, -r.audience, r.organisation.path))


def rollup(org: Organisation) -> Rollup:
    """The roll-up of org's subtree: its direct children (each with everything under it) and its own row."""
    prefix = org.path
    cut = len(prefix) + PATH_STEP + 1  # a child's path: the prefix and one more step; the own path is shorter
    children = list(Organisation.objects.filter(parent=org).order_by("order", "path"))
    own = Row(org, own=True)
    rows = {prefix: own, **{c.path: Row(c) for c in children}}
    # Every level of the subtree has its row, counted or not.
    levels = {level: Row(None) for level in sorted(Organisation.objects.filter(path__startswith=prefix)
                                                   .values_list("level", flat=True).distinct().order_by())}
    # The per-organisation counts (counts.py), summed in SQL by the child's path prefix and level, each kind's
    # activities a column of its own: a few hundred groups whatever the size of the register. (Grouped by kind too,
    # PostgreSQL guesses a group per count row and sorts them all on disk instead of hashing.)
    per_kind = {f"k_{k.value}": Sum("activities", filter=Q(kind=k.value)) for k in KINDS}
    for found in (VolunteerCount.objects.filter(organisation__path__startswith=prefix)
                  .annotate(branch=Substr("organisation__path", 1, cut))
                  .values("branch", "organisation__level")
                  .annotate(v=Sum("volunteers"), t=Sum("teams"), n=Sum("activities"), h=Sum("hours"),
                            a=Sum("audience"), **per_kind).order_by()):
        for target in (rows.get(found["branch"]), levels.get(found["organisation__level"])):
            if target is not None:
                target.volunteers += found["v"] or 0
                target.teams += found["t"] or 0
                target.activities += found["n"] or 0
                target.hours += found["h"] or 0
                target.audience += found["a"] or 0
                for k in KINDS:
                    target.by_kind[k.value] += found[f"k_{k.value}"] or 0
    total = Row(None)
    for row in rows.values():
        total.add(row)
    ranked = sorted((rows[c.path] for c in children),
                    key=lambda r: (-r.activities, -r.hours, -r.audience, r.organisation.path))
    for i, row in enumerate(ranked, 1):
        row.rank = i
    by_level = [(str(Level(level).label) if level in Level.values else str(level), row)
                for level, row in levels.items()]
    return Rollup(org, own, [rows[c.path] for c in children], total, by_level)


def kind_labels() -> list[str]:
    return [str(k.label) for k in KINDS]


def sheets(r: Rollup, subtitle: str):
    """The roll-up and the ranking as two xlsx sheets (kexie.office.xlsx)."""
    from kexie.office.xlsx import Cell, Column, Sheet

    head = [Column(_("单位")), Column(_("志愿者"), centre=True), Column(_("队伍"), centre=True),
            Column(_("活动场次"), centre=True), Column(_("服务时长（小时）"), centre=True),
            Column(_("服务对象人次"), centre=True), *[Column(_(label), centre=True) for label in kind_labels()]]

    def values(row: Row, name: str) -> list:
        return [name, row.volunteers, row.teams, row.activities, float(row.hours), row.audience, *row.kind_counts]
    name = r.organisation.display_name
    rows = [values(r.own, _("%(name)s（本级）") % {"name": name}),
            *[values(c, c.organisation.display_name) for c in r.children]]
    summary = Sheet(_("汇总"), _("%(name)s科技志愿服务汇总") % {"name": name}, head, rows, subtitle=subtitle,
                    total=[Cell(_("合计"), bold=True), *values(r.total, "")[1:]], freeze_columns=1)
    ranking = Sheet(_("排名"), _("%(name)s下级单位志愿服务排名") % {"name": name},
                    [Column(_("名次"), centre=True), *head[:6]],
                    [[c.rank, *values(c, c.organisation.display_name)[:6]] for c in r.ranking],
                    subtitle=f"{subtitle}　{RANKING_RULE}")
    return [summary, ranking]
