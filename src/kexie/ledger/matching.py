"""Matching the names a plan gives to the issuer's records, and expanding its recipients into organisations.

Names are matched exactly first (a person's name; a department's name or alias; an organisation's name,
short name or alias), then by similarity (difflib's ratio on the normalised names) with the score kept
and shown. One exact candidate is taken as confirmed; anything else stays pending with its candidates for
a person to pick, create or ignore. Nothing is dropped or invented here.

Everything is loaded once per plan (the issuer's people, departments, subtree), so matching a 40-item plan
against 100 units costs a handful of queries, not one per name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from kexie.orgs.models import Department, Kind, Level, Organisation, Person, normalise_name

from .models import PERSON_ROLES, Duty

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

    def candidates(self, name: str, kinds: tuple[str, ...]) -> list[Candidate]:
        name = normalise_name(name)
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


# --- recipients -------------------------------------------------------------------------------------

@dataclass
class Expansion:
    rule: str
    organisations: list[Organisation] = field(default_factory=list)
    departments: list[Department] = field(default_factory=list)
    exact: bool = True  # False: a guess by similarity, to be confirmed
    candidates: list[Candidate] = field(default_factory=list)


COUNTY = re.compile(r"县|区（?县|县（市")
CITY = re.compile(r"(地级以上市|设区市|各市（州）|各市州|各地市|市（州）|各市科协)")


def expand_recipient(directory: Directory, name: str) -> Expansion:
    """What one 主送 line stands for under the issuer: a rule over its subtree, or one named body."""
    n = normalise_name(name)
    units = directory.units
    if re.search(r"机关.*部|各部（?室|部室|处室|各部门", n):
        return Expansion("本机关各部门", departments=list(directory.departments))
    if n.startswith("各") and COUNTY.search(n) and "学会" not in n:
        return Expansion("下属县级科协", [o for o in units if o.level == Level.COUNTY and o.kind == Kind.ASSOCIATION])
    if CITY.search(n) or (n.startswith("各") and "市" in n and "科协" in n and "市直" not in n and "学会" not in n):
        return Expansion("下属市级科协", [o for o in units if o.level == Level.CITY and o.kind == Kind.ASSOCIATION])
    if "学会" in n or n in ("协会", "研究会") or "团体会员" in n:
        return Expansion("下属学会（协会、研究会）", [o for o in units if o.kind == Kind.SOCIETY])
    if "高校" in n:
        return Expansion("下属高校科协", [o for o in units if o.kind == Kind.UNIVERSITY])
    if "企业" in n or "企事业" in n:
        return Expansion("下属企业科协", [o for o in units if o.kind == Kind.ENTERPRISE])
    if "直属" in n and "单位" in n:
        return Expansion("直属单位", [o for o in units if o.parent_id == directory.issuer.pk
                                   and o.kind != Kind.ASSOCIATION])
    candidates = directory.candidates(n, ("organisation",))
    exact = [c for c in candidates if c.score >= 1.0]
    if len(exact) == 1:
        org = next(o for o in units if o.pk == exact[0].id)
        return Expansion("指定单位", [org], candidates=candidates)
    return Expansion("指定单位", [], exact=False, candidates=candidates)
