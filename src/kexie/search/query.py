"""One search: the parameters checked at the edge, then scope, filters, match, counts, order and passages.

The page, the API and bench/search.py all call run(user, params). Every result is filtered in SQL by the
sources' own access rules (sources.py), so a user finds exactly what the pages would show them.

Speed with very common words (科协 is in nearly every document): counting and ranking every match would read
every matching row. So counts stop at COUNT_CAP (shown as "1,000+"), and when more than RANK_CAP entries match,
results come newest first (a date index walk that stops after one page) instead of by relevance; below it,
the few hundred matches are ranked here by how many of the query's terms their title holds, then newest
first — the same on both databases, and without bm25's whole-index term counts (index.match says why).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from kexie.ledger.lights import Clock, Light
from kexie.orgs.access import org_path_prefix, parse_pk
from kexie.orgs.models import Organisation

from . import highlight, index, segment
from .models import Entry
from .sources import source_for, sources

COUNT_CAP = 1000
RANK_CAP = 300
PER_PAGE = 20
MAX_PAGE = COUNT_CAP // PER_PAGE


@dataclass
class Params:
    q: str = ""
    kind: str = ""
    organisation: Organisation | None = None
    doc_type: str = ""
    issuer: str = ""
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None
    status: str = ""
    light: str = ""    # a ledger light (red, yellow, green, gray): tasks and reports only, documents have none
    page: int = 1
    notes: list[str] = field(default_factory=list)    # said to the user, the search still runs (a cut query)
    errors: list[str] = field(default_factory=list)   # the search does not run


def _date(value: str, label: str, errors: list[str]):
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value.strip())
    except ValueError:
        errors.append(_("%(label)s“%(value)s”不是日期，请写成 2022-04-13 的样式。") % {"label": label, "value": value[:20]})
        return None


def _text(data, name: str, limit: int, errors: list[str]) -> str:
    value = str(data.get(name) or "").strip()
    if "\x00" in value:
        errors.append(_("检索条件不能含有空字符（\\x00），请删去后再检索。"))
        return ""
    return value[:limit]


def parse(user, data) -> Params:
    """Params from a GET query (the page's and the API's); problems become one sentence each, never a 500."""
    p = Params()
    errors = p.errors
    q = str(data.get("q") or "")
    if "\x00" in q:
        errors.append(_("检索词不能含有空字符（\\x00），请删去后再检索。"))
        q = q.replace("\x00", "")
    q = " ".join(q.split())
    if len(q) > segment.MAX_QUERY:
        p.notes.append(_("检索词最多 %(max)d 个字，只用了前 %(max)d 个字。") % {"max": segment.MAX_QUERY})
        q = q[:segment.MAX_QUERY]
    p.q = q
    kind = _text(data, "kind", 20, errors)
    if kind and source_for(kind) is None:
        errors.append(_("没有“%(kind)s”这一类别。") % {"kind": kind})
    p.kind = kind if source_for(kind) else ""
    p.doc_type = _text(data, "doc_type", 20, errors)
    p.issuer = _text(data, "issuer", 200, errors)
    p.status = _text(data, "status", 30, errors)
    light = _text(data, "light", 10, errors)
    if light and light not in Light.values:
        errors.append(_("没有“%(light)s”这种灯，可选：红、黄、绿、灰（red、yellow、green、gray）。") % {"light": light})
    p.light = light if light in Light.values else ""
    p.date_from = _date(_text(data, "from", 20, errors), _("起始日期"), errors)
    p.date_to = _date(_text(data, "to", 20, errors), _("截止日期"), errors)
    org = _text(data, "org", 30, errors)
    if org:
        pk = parse_pk(org)
        prefix = org_path_prefix(user)
        found = (Organisation.objects.filter(pk=pk, path__startswith=prefix).first()
                 if pk is not None and prefix is not None else None)
        if found is None:
            errors.append(_("所选组织不存在或不在您的范围内，只能检索本单位及下级单位。"))
        p.organisation = found
    page = _text(data, "page", 10, errors) or "1"
    p.page = int(page) if page.isdigit() and 1 <= int(page) <= MAX_PAGE else 0
    if not p.page:
        errors.append(_("页码应在 1 到 %(max)d 之间。") % {"max": MAX_PAGE})
        p.page = 1
    return p


@dataclass
class Hit:
    kind: str
    label: str
    object_id: int
    title: object        # SafeString, hits marked
    passage: object      # SafeString, hits marked
    url: str
    date: datetime.date | None
    issuer: str
    doc_number: str


@dataclass
class Outcome:
    params: Params
    searched: bool = False
    hits: list[Hit] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)   # per kind, capped at COUNT_CAP + 1
    total: int = 0
    by_date: bool = False

    @property
    def capped(self) -> bool:
        return self.total > COUNT_CAP

    @property
    def pages(self) -> int:
        return max(1, (min(self.total, COUNT_CAP) + PER_PAGE - 1) // PER_PAGE)


def _filtered(user, p: Params, source, clock: Clock | None):
    """One kind's entries this user may see, narrowed by the filters (one kind per query: each source's scope is
    then a plain condition the planner can use, not one arm of an OR)."""
    qs = Entry.objects.filter(source.visible(user))
    if p.organisation is not None:
        qs = qs.filter(organisation__path__startswith=p.organisation.path)
    if p.doc_type:
        qs = qs.filter(doc_type=p.doc_type)
    if p.issuer:
        qs = qs.filter(issuer__contains=p.issuer)
    if p.status:
        qs = qs.filter(source.status(p.status)) if source.status else qs.none()
    if p.light:
        qs = qs.filter(source.light(user, p.light, clock)) if source.light else qs.none()
    return qs  # the dates: index.match and index.newest (dates=) say why


def _title_score(title: str, terms: list[tuple[str, bool]]) -> int:
    """How many of the query's terms the title holds: the rank of the few hundred matches (a title naming the
    subject is what an office looks for; the newest first among equals)."""
    tokens = set(segment.index_tokens(title))
    return sum(1 for token, prefix in terms
               if token in tokens or (prefix and any(t.startswith(token) for t in tokens)))


def _order_key(by_date: bool):
    def key(row):
        day = (row["date"] or datetime.date.min).toordinal()
        return (-day, -row["pk"]) if by_date else (-row["score"], -day, -row["pk"])
    return key


def _narrowing(user, p: Params) -> tuple[list[int], list[int]]:
    """(within, owners) for index.match: the entries worth checking against the exact scope.

    With an 组织 filter, only that organisation's subtree. Without, the user's subtree and what the organisations
    above the user own: everything a source may add beyond the subtree is owned there — documents.access grants
    the source documents of plans received from above (owned by their issuer), ledger.access adds those plans'
    tasks (the entry's organisation is the issuer), and a report is its unit's, inside the subtree whenever its
    assignment or plan is (a report sent for another assignment too is the same unit's).
    """
    if p.organisation is not None:
        return [p.organisation.pk], []
    prefix = org_path_prefix(user) or ""
    steps = [int(step) for step in prefix.split("/") if step]
    if len(steps) == 1:  # the national body: every entry is in its subtree, nothing to narrow
        return [], []
    return steps[-1:], steps[:-1]


def run(user, p: Params) -> Outcome:
    out = Outcome(params=p)
    terms = segment.query_terms(p.q)
    if p.errors or not terms or org_path_prefix(user) is None:
        return out
    out.searched = True
    kinds = [s for s in sources() if not p.kind or s.kind == p.kind]
    narrow = _narrowing(user, p)
    clock = Clock.at() if p.light else None  # one "today" for every kind's light
    scoped = {s.kind: _filtered(user, p, s, clock) for s in kinds}
    # One statement: each kind's matches, up to COUNT_CAP + 1 (id, date), in no order. They are the counts, and
    # unless a kind has more, all a page is chosen from: ranked by title when RANK_CAP or fewer in all, else
    # newest first. Only a kind with more than COUNT_CAP reads again, for its newest start + PER_PAGE.
    dates = (p.date_from, p.date_to)
    found = index.matches({kind: index.match(qs, terms, narrow=(kind, *narrow), dates=dates)
                           for kind, qs in scoped.items()}, COUNT_CAP)
    out.counts = {kind: len(keys) for kind, keys in found.items()}
    out.total = sum(out.counts.values())
    if not out.total:
        return out
    out.by_date = out.total > RANK_CAP
    start = (p.page - 1) * PER_PAGE
    fields = ["pk", "kind", "object_id", "title", "date", "issuer", "doc_number"]
    if out.by_date:
        keys = []
        for kind, qs in scoped.items():
            many = out.counts[kind] > COUNT_CAP
            keys.extend(index.newest(qs, terms, start + PER_PAGE, narrow=(kind, *narrow), dates=dates)
                        if many else found[kind])
        page = [pk for pk, _day in sorted(keys, key=lambda k: (k[1], k[0]), reverse=True)[start:start + PER_PAGE]]
        rows = sorted(Entry.objects.filter(pk__in=page).values(*fields), key=_order_key(True))
    else:
        rows = [{**row, "score": _title_score(row["title"], terms)} for row in Entry.objects.filter(
            pk__in=[pk for keys in found.values() for pk, _day in keys]).values(*fields)]
        rows = sorted(rows, key=_order_key(False))[start:start + PER_PAGE]
    shown = {}
    for kind in {r["kind"] for r in rows}:
        shown[kind] = source_for(kind).shown([r["object_id"] for r in rows if r["kind"] == kind])
    marks = segment.highlight_terms(p.q)
    for r in rows:
        text, url = shown[r["kind"]].get(r["object_id"], ("", ""))
        out.hits.append(Hit(kind=r["kind"], label=_(source_for(r["kind"]).label), object_id=r["object_id"],
                            title=highlight.mark(r["title"], marks), passage=highlight.passage(text, marks),
                            url=url, date=r["date"], issuer=r["issuer"], doc_number=r["doc_number"],
                            ))
    return out
