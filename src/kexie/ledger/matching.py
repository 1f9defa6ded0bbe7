"""Matching the names a plan gives to the issuer's records, and expanding its recipients into organisations.

Names are matched exactly first (a person's name; a department's name or alias; an organisation's name,
short name or alias), then by similarity (difflib's ratio on the normalised names) with the score kept
and shown. One exact candidate is taken as confirmed; anything else stays pending with its candidates for
a person to pick, create or ignore. Nothing is dropped or invented here.

Recipients (主送) and group phrases in a task (牵头单位：各县（市、区）科协) expand by one table of rules,
RECIPIENT_RULES: a pattern over the phrase and the organisations it means (level, kind, the issuer's
departments); the first rule that matches wins, and a phrase no rule matches is one named body.

Everything is loaded once per plan (the issuer's people, departments, subtree), so matching a 40-item plan
against 100 units costs a handful of queries, not one per name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from django.utils.translation import gettext_noop

from kexie.orgs.models import Department, Kind, Level, Organisation, Person, normalise_name

from .models import PERSON_ROLES, Duty, NameMatch, PlanRecipient

SIMILARITY_THRESHOLD = 0.5
MAX_CANDIDATES = 5


@dataclass
class Candidate:
    kind: str  # person | department | organisation
    id: int
    label: str
    score: float

    def as_dict(self) -> dict:
        return {"kind": self.kind, "id": self.id, "label": self.label, "score": round(self.score, 2)}


def similarity(a: str, b: str) -> float:
    a, b = normalise_name(a), normalise_name(b)
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    ratio = SequenceMatcher(None, a, b).ratio()
    # 办公室 inside 市科协办公室: containment is a strong hint even when the ratio is modest.
    if a in b or b in a:
        ratio = max(ratio, 0.6 + 0.3 * min(len(a), len(b)) / max(len(a), len(b)))
    return min(ratio, 0.99)


class Directory:
    """The issuer's people, departments and subtree, loaded once, with the names each is known by."""

    def __init__(self, issuer: Organisation):
        self.issuer = issuer
        self.people = list(Person.objects.filter(organisation=issuer))
        self.departments = list(Department.objects.filter(organisation=issuer))
        self.units = list(Organisation.objects.subtree(issuer).exclude(pk=issuer.pk))
        self.entries: dict[str, list[tuple[str, object, list[str]]]] = {
            "person": [(p.name, p, [p.name]) for p in self.people],
            "department": [(d.name, d, [d.name, *[a for a in d.aliases.split("\n") if a.strip()]])
                           for d in self.departments],
            "organisation": [(o.display_name, o, o.names()) for o in self.units],
        }
        self._seen: dict[tuple[str, tuple[str, ...]], list[Candidate]] = {}

    def candidates(self, name: str, kinds: tuple[str, ...]) -> list[Candidate]:
        name = normalise_name(name)
        # A ledger names the same few units on thousands of rows: each name is scored against the directory once.
        key = (name, kinds)
        if key not in self._seen:
            self._seen[key] = self._score(name, kinds)
        return list(self._seen[key])

    def _score(self, name: str, kinds: tuple[str, ...]) -> list[Candidate]:
        found = []
        for kind in kinds:
            for label, obj, names in self.entries[kind]:
                score = max(similarity(name, n) for n in names)
                if score >= SIMILARITY_THRESHOLD:
                    found.append(Candidate(kind, obj.pk, label, score))
        found.sort(key=lambda c: (-c.score, c.kind != kinds[0], c.label))
        return found[:MAX_CANDIDATES]


def kinds_for(role: str) -> tuple[str, ...]:
    if role in PERSON_ROLES:
        return ("person",)
    if role == Duty.DEPARTMENTS:
        # 科技馆 in 责任科室 is often the issuer's subordinate unit (遵义市科技馆): offer both.
        return ("department", "organisation")
    return ("organisation", "department")


@dataclass
class MatchResult:
    state: str  # confirmed | pending
    kind: str | None = None
    id: int | None = None
    score: float = 0.0
    candidates: list[Candidate] = field(default_factory=list)


def match_name(directory: Directory, role: str, name: str) -> MatchResult:
    candidates = directory.candidates(name, kinds_for(role))
    exact = [c for c in candidates if c.score >= 1.0]
    if len(exact) == 1:
        c = exact[0]
        return MatchResult("confirmed", c.kind, c.id, 1.0, candidates)
    best = candidates[0] if candidates else None
    # Pending: the best guess is pre-selected on the review page, but only a person confirms it.
    return MatchResult("pending", best.kind if best else None, best.id if best else None,
                       best.score if best else 0.0, candidates)


# --- recipients and group phrases ---------------------------------------------------------------------

SAME = "same"  # a rule's level: the issuer's own (各全国学会 of 中国科协, 各市直学会 of a city)


@dataclass(frozen=True)
class RecipientRule:
    """One way a 公文 names a class of organisations: a pattern over the normalised phrase, and whom it means.

    The organisations are the issuer's subtree filtered by level (a Level, or SAME: the issuer's), kinds and
    `direct` (children of the issuer only); or the issuer's departments; or, for 各有关单位 in a task, the
    plan's recipients. `spans` marks patterns a 、-list was cut through by the reader (各省、自治区、直辖市科协).
    """

    label: str
    pattern: str
    level: int | str | None = None
    kinds: tuple[str, ...] = ()
    exclude_kinds: tuple[str, ...] = ()
    direct: bool = False
    departments: bool = False
    recipients: bool = False
    spans: bool = False

    def matches(self, phrase: str) -> bool:
        return re.search(self.pattern, phrase) is not None

    def members(self, directory: "Directory") -> list[Organisation]:
        level = directory.issuer.level if self.level == SAME else self.level
        return [o for o in directory.units
                if (level is None or o.level == level)
                and (not self.kinds or o.kind in self.kinds)
                and o.kind not in self.exclude_kinds
                and (not self.direct or o.parent_id == directory.issuer.pk)]


SUFFIX = r"(科协|科学技术协会)?$"
EACH = r"(各|相关|有关|所辖)"  # a class, not one body: 市科协 alone is the issuer, 各市科协 its cities

# First match wins, so the order is part of the rules: departments before anything with 部; societies
# before the level rules (各省级学会 is societies); provinces before cities, because 直辖市 is not a city.
RECIPIENT_RULES: tuple[RecipientRule, ...] = (
    RecipientRule(gettext_noop("本机关各部门"), r"机关.*部|各部（?室|部室|处室|各部门", departments=True),
    RecipientRule(gettext_noop("本级学会（协会、研究会）"),
                  r"^(各|市直|市属|市级|省级|省属|县级|全国|有关)[^，]*学会|团体会员|^(协会|研究会)$",
                  level=SAME, kinds=(Kind.SOCIETY,)),
    RecipientRule(gettext_noop("下属省级科协"),
                  rf"^({EACH}省[、（）自治区直辖市级]*|省[、（][、（）自治区直辖市]*)(及新疆生产建设兵团)?{SUFFIX}",
                  level=Level.PROVINCE, kinds=(Kind.ASSOCIATION,), spans=True),
    RecipientRule(gettext_noop("下属县级科协"), rf"^({EACH}[县区][县区市、（）]*|[县区][（、][县区市、（）]*){SUFFIX}",
                  level=Level.COUNTY, kinds=(Kind.ASSOCIATION,), spans=True),
    RecipientRule(gettext_noop("下属市级科协"),
                  rf"^({EACH}(地级以上|设区的?|地级|地|辖)?[市州][市州县区、（）直管神农架林]*"
                  rf"|(地级以上|设区的?)市[市州、（）]*|市[（、]州）?){SUFFIX}",
                  level=Level.CITY, kinds=(Kind.ASSOCIATION,), spans=True),
    RecipientRule(gettext_noop("下属高校科协"), r"高校|高等院校|高等学校", kinds=(Kind.UNIVERSITY,)),
    RecipientRule(gettext_noop("下属企业科协"), r"企业|企事业", kinds=(Kind.ENTERPRISE,)),
    # 直属单位 are the issuer's own institutions (科技馆, 报社, 中心), not the associations and bodies it guides.
    RecipientRule(gettext_noop("直属单位"), r"直属.{0,3}单位", direct=True,
                  exclude_kinds=(Kind.ASSOCIATION, Kind.SOCIETY, Kind.UNIVERSITY, Kind.ENTERPRISE)),
    RecipientRule(gettext_noop("主送各单位"), r"^各?(有关|相关)?单位$", recipients=True),
)


def rule_for(phrase: str) -> RecipientRule | None:
    """The rule a phrase names a class of organisations by, or None for one named body."""
    n = normalise_name(phrase)
    return next((r for r in RECIPIENT_RULES if r.matches(n)), None)


def join_enumerations(names: list[str]) -> list[str]:
    """Put back the phrases the reader cut at 、 (各省 / 自治区 / 直辖市科协 → 各省、自治区、直辖市科协).

    Only runs that together match a rule's whole pattern are joined, so 各设区市、杨凌示范区科协 stays two.
    """
    spanning = [r for r in RECIPIENT_RULES if r.spans]
    joined, i = [], 0
    while i < len(names):
        for j in range(min(len(names), i + 6), i + 1, -1):
            phrase = "、".join(normalise_name(n) for n in names[i:j])
            if any(r.matches(phrase) for r in spanning):
                joined.append(phrase)
                i = j
                break
        else:
            joined.append(names[i])
            i += 1
    return joined


@dataclass
class Expansion:
    rule: str
    organisations: list[Organisation] = field(default_factory=list)
    departments: list[Department] = field(default_factory=list)
    exact: bool = True  # False: a guess by similarity, to be confirmed
    candidates: list[Candidate] = field(default_factory=list)


NAMED = gettext_noop("指定单位")


def expand_recipient(directory: Directory, name: str, recipients: list[Organisation] = ()) -> Expansion:
    """What one 主送 line (or a group phrase in a task) stands for under the issuer: the organisations of the
    first rule in RECIPIENT_RULES it matches, or one named body. `recipients` is what 各有关单位 means."""
    n = normalise_name(name)
    rule = rule_for(n)
    if rule is not None:
        if rule.departments:
            return Expansion(rule.label, departments=list(directory.departments))
        if rule.recipients:
            return Expansion(rule.label, list(recipients))
        return Expansion(rule.label, rule.members(directory))
    candidates = directory.candidates(n, ("organisation",))
    exact = [c for c in candidates if c.score >= 1.0]
    if len(exact) == 1:
        org = next(o for o in directory.units if o.pk == exact[0].id)
        return Expansion(NAMED, [org], candidates=candidates)
    return Expansion(NAMED, [], exact=False, candidates=candidates)


GROUP_ROLES = ("lead_units", "partner_units", "departments")


def group_expansion(directory: Directory, role: str, name: str, recipients: list[Organisation] = ()
                    ) -> Expansion | None:
    """The expansion of a responsibility name that is a group phrase (牵头单位：各县（市、区）科协), else None.

    A group phrase is never one organisation to match or create: it is assigned to each of its members.
    """
    if role not in GROUP_ROLES or rule_for(name) is None:
        return None
    return expand_recipient(directory, name, recipients)


def set_group_members(members) -> None:
    """The members of group matches, in two bulk inserts whatever the number of groups."""
    through_o, through_d = NameMatch.organisations.through, NameMatch.departments.through
    through_o.objects.bulk_create([through_o(namematch_id=m.pk, organisation_id=o.pk)
                                   for m, orgs, _ in members for o in orgs], batch_size=1000)
    through_d.objects.bulk_create([through_d(namematch_id=m.pk, department_id=d.pk)
                                   for m, _, depts in members for d in depts], batch_size=1000)


def planned_group_members(plan) -> dict[int, list[tuple[int, int | None]]]:
    """{group match: [(organisation, department)]}: two queries over the through tables."""
    issuer_id = plan.organisation_id
    members: dict[int, list[tuple[int, int | None]]] = {}
    for match_id, dept_id in (NameMatch.departments.through.objects.filter(namematch__task__plan=plan)
                              .order_by("department__name").values_list("namematch_id", "department_id")):
        members.setdefault(match_id, []).append((issuer_id, dept_id))
    for match_id, org_id in (NameMatch.organisations.through.objects.filter(namematch__task__plan=plan)
                             .order_by("organisation__path").values_list("namematch_id", "organisation_id")):
        members.setdefault(match_id, []).append((org_id, None))
    return members


def recipient_organisations(plan) -> list[Organisation]:
    """The organisations the plan's recipients expand to: what 各有关单位 in a task means."""
    return list(Organisation.objects.filter(pk__in=PlanRecipient.organisations.through.objects.filter(
        planrecipient__plan=plan).values("organisation_id")).order_by("path"))
