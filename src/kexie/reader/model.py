"""The reader's result, kexie.parse/1: plain dataclasses that turn into the JSON of the spec."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

FORMAT = "kexie.parse/1"

ROLES = ("lead_leaders", "responsible_leaders", "departments", "lead_units", "partner_units")


@dataclass
class Responsibility:
    lead_leaders: list[str] = field(default_factory=list)
    responsible_leaders: list[str] = field(default_factory=list)
    departments: list[str] = field(default_factory=list)
    lead_units: list[str] = field(default_factory=list)
    partner_units: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        # (any(getattr(self, role) for role in ROLES), written out: a rule asks it many times an item)
        return bool(self.lead_leaders or self.responsible_leaders or self.departments or self.lead_units
                    or self.partner_units)

    def names(self) -> list[tuple[str, str]]:
        """Every (role, name) pair, in role order."""
        return [(role, name) for role in ROLES for name in getattr(self, role)]


@dataclass
class OutlineItem:
    id: str
    marker: str
    level: int
    heading: str
    text: str | None = None
    span: tuple[int, int] | None = None
    responsibility: Responsibility | None = None
    deadline: str | None = None
    time_hint: str | None = None
    # ISO dates a time_hint names (全国科普日 → a September date); never a deadline by themselves.
    hint_dates: list[str] = field(default_factory=list)


@dataclass
class Member:
    name: str | None
    title: str | None


@dataclass
class LeadingGroup:
    name: str | None = None
    heads: list[Member] = field(default_factory=list)
    deputies: list[Member] = field(default_factory=list)
    members: list[Member] = field(default_factory=list)
    office: str | None = None


@dataclass
class Contact:
    name: str | None = None
    phone: str | None = None
    email: str | None = None


@dataclass
class Segment:
    unit: str | None
    heading: str | None
    text: str
    span: tuple[int, int] | None = None


@dataclass
class ParsedDocument:
    source: str | None = None
    doc_type: str = "other"
    issuer: str | None = None
    doc_number: str | None = None
    title: str | None = None
    recipients: list[str] = field(default_factory=list)
    signer: str | None = None
    date: str | None = None
    contact: Contact | None = None
    cc: list[str] = field(default_factory=list)
    references: list[str] = field(default_factory=list)
    enclosed_title: str | None = None
    outline: list[OutlineItem] = field(default_factory=list)
    leading_group: LeadingGroup | None = None
    segments: list[Segment] = field(default_factory=list)
    # The cleaned text that spans point into; kept out of the JSON unless asked for.
    text: str = ""
    # Things a person should know about the reading (a table that could not be read, say).
    warnings: list[str] = field(default_factory=list)

    def to_dict(self, include_text: bool = False) -> dict:
        """The kexie.parse/1 object (plain dicts and lists; built directly, as asdict's deep copies are slow)."""
        def members(items):
            return [{"name": x.name, "title": x.title} for x in items]

        out = {"format": FORMAT}
        for key, value in vars(self).items():
            if key == "text" and not include_text:
                continue
            out[key] = list(value) if isinstance(value, list) else value
        out["contact"] = dict(vars(self.contact)) if self.contact else None
        out["outline"] = []
        for item in self.outline:
            d = dict(vars(item))
            d["span"] = list(item.span) if item.span is not None else None
            d["responsibility"] = ({role: list(getattr(item.responsibility, role)) for role in ROLES}
                                   if item.responsibility is not None else None)
            d["hint_dates"] = list(item.hint_dates)
            out["outline"].append(d)
        lg = self.leading_group
        out["leading_group"] = None if lg is None else {
            "name": lg.name, "heads": members(lg.heads), "deputies": members(lg.deputies),
            "members": members(lg.members), "office": lg.office}
        out["segments"] = [{"unit": s.unit, "heading": s.heading, "text": s.text,
                            "span": list(s.span) if s.span is not None else None} for s in self.segments]
        return out

    def to_json(self, include_text: bool = False, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(include_text), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, d: dict) -> "ParsedDocument":
        """Rebuild a result stored as JSON (the inverse of to_dict)."""
        def member_list(items):
            return [Member(**m) for m in items or []]

        outline = []
        for it in d.get("outline") or []:
            it = dict(it)
            resp = it.pop("responsibility", None)
            span = it.pop("span", None)
            outline.append(OutlineItem(**it, span=tuple(span) if span else None,
                                       responsibility=Responsibility(**resp) if resp else None))
        lg = d.get("leading_group")
        group = None
        if lg:
            group = LeadingGroup(name=lg.get("name"), heads=member_list(lg.get("heads")),
                                 deputies=member_list(lg.get("deputies")),
                                 members=member_list(lg.get("members")), office=lg.get("office"))
        segments = [Segment(unit=s.get("unit"), heading=s.get("heading"), text=s.get("text") or "",
                            span=tuple(s["span"]) if s.get("span") else None)
                    for s in d.get("segments") or []]
        contact = Contact(**d["contact"]) if d.get("contact") else None
        simple = {k: d.get(k) for k in ("source", "issuer", "doc_number", "title", "signer", "date",
                                        "enclosed_title")}
        return cls(**simple, doc_type=d.get("doc_type") or "other",
                   recipients=list(d.get("recipients") or []), cc=list(d.get("cc") or []),
                   references=list(d.get("references") or []), contact=contact, outline=outline,
                   leading_group=group, segments=segments, text=d.get("text") or "",
                   warnings=list(d.get("warnings") or []))


def error_line(source: str, message: str) -> str:
    """The JSON line for a file that could not be read."""
    return json.dumps({"format": FORMAT, "source": source, "error": message}, ensure_ascii=False)
