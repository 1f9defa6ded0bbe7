"""落实情况: which organisations under the viewer have carried out a document or plan, and which have not.

Who should (应落实):
- when the user can see a published ledger of the item (the plan itself, or one built from the document or a copy
  of its 文号): the units it was assigned to, and those its 转办 plans passed it on to, but its issuer;
- otherwise: the 科协 (科协-kind organisations down to the county level) under the organisation that holds the
  document.
Only organisations under the viewer count, one level at a time (national → provinces → cities → counties).

Who has (已落实): an organisation that stored a document of its own citing the item's 文号, built a ledger from
such a document, filed a plan for record (备案) under the ledger, or mapped a plan of its own to it; its date is
the earliest of these.

Everything is SQL over the organisation paths: one grouped query counts each branch under the shown level (a
national view of 2,800 counties is one query), one reads the branches' own rows; nothing per organisation.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import BooleanField, Count, DateField, ExpressionWrapper, Min, Q, Value
from django.db.models.functions import Coalesce, Substr, TruncDate
from django.utils.translation import gettext_lazy as _

from kexie.documents.models import Document
from kexie.documents.numbers import number_key
from kexie.ledger.models import Assignment, Filing, Plan, PlanState
from kexie.orgs.models import PATH_STEP, Kind, Level, Organisation

from .chain import built_from

RULE_ASSIGNED = "assigned"
RULE_SUBTREE = "subtree"
RULES = {
    RULE_ASSIGNED: _("应落实：台账交办到的下级单位（含各级转办到的单位），不含发文单位本身。"),
    RULE_SUBTREE: _("应落实：文件所属组织以下的各级科协（至县级）。这份文件还没有已下发的台账；建立并下发台账后，按交办单位计算。"),
}

# How an organisation carried the item out, in the order the earliest is looked for when dates tie.
WAYS = (
    ("document", _("印发实施文件")),
    ("plan", _("建立实施台账")),
    ("filing", _("备案")),
    ("own_plan", _("本单位台账")),
)


@dataclass
class Item:
    """What coverage is asked about: a document or a plan, reduced to its 文号 key and its published ledgers."""
    title: str
    number: str
    key: str  # the 文号 key implementing documents cite ("" when it has none)
    owner: Organisation
    plan_ids: list[int]  # the published ledgers and their 转办 plans
    issuer_ids: list[int]  # the organisations that issued the ledgers (they implement nothing)
    rule: str = RULE_SUBTREE

    @property
    def rule_text(self) -> str:
        return str(RULES[self.rule])


def _with_relays(plan_ids: list[int]) -> list[int]:
    """The plans and the relay (转办) plans under them, three relays deep (province → city → county → township)."""
    if not plan_ids:
        return []
    below = Q(pk__in=plan_ids)
    for step in ("source_plan", "source_plan__source_plan", "source_plan__source_plan__source_plan"):
        below |= Q(**{f"{step}__in": plan_ids}, is_relay=True)
    return list(Plan.objects.filter(below).values_list("pk", flat=True))


def _item(title, number, key, owner, published: list[Plan]) -> Item:
    item = Item(title, number, key, owner, _with_relays([p.pk for p in published]),
                sorted({p.organisation_id for p in published}))
    if item.plan_ids and (Assignment.objects.filter(plan_id__in=item.plan_ids)
                          .exclude(organisation_id__in=item.issuer_ids).exists()):
        item.rule = RULE_ASSIGNED
    return item


def item_for_document(user, document: Document) -> Item:
    published = list(built_from(user, document).filter(state=PlanState.PUBLISHED, is_relay=False)
                     .only("pk", "organisation_id"))
    return _item(document.display_title, document.doc_number, document.number_key, document.organisation, published)


def item_for_plan(user, plan: Plan) -> Item:
    key = plan.document.number_key if plan.document_id else number_key(plan.doc_number)
    published = [plan] if plan.state == PlanState.PUBLISHED else []
    return _item(plan.title, plan.doc_number, key, plan.organisation, published)


def should_q(item: Item) -> Q:
    if item.rule == RULE_ASSIGNED:
        assigned = Assignment.objects.filter(plan_id__in=item.plan_ids).values("organisation_id")
        return Q(pk__in=assigned) & ~Q(pk__in=item.issuer_ids)
    return (Q(kind=Kind.ASSOCIATION, level__lte=Level.COUNTY, path__startswith=item.owner.path)
            & ~Q(pk=item.owner.pk))


def _sources(item: Item) -> dict:
    """Each way of carrying the item out: (rows with organisation_id, the day expression, the linked object's id)."""
    sources = {}
    if item.key:
        sources["document"] = (Document.objects.filter(citations__key=item.key).exclude(number_key=item.key),
                               Coalesce("date", TruncDate("uploaded_at"), output_field=DateField()))
        sources["plan"] = (Plan.objects.filter(document__citations__key=item.key),
                           TruncDate("created_at"))
    if item.plan_ids:
        sources["filing"] = (Filing.objects.filter(plan_id__in=item.plan_ids), TruncDate("filed_at"))
        sources["own_plan"] = (Plan.objects.filter(source_plan_id__in=item.plan_ids, is_relay=False),
                               TruncDate("created_at"))
    return sources


def done_count(item: Item):
    """Count of the grouped organisations that carried the item out (in any way)."""
    q = None
    for rows, _day in _sources(item).values():
        one = Q(pk__in=rows.values("organisation_id"))
        q = one if q is None else q | one
    return Count("pk", filter=q) if q is not None else Value(0)


@dataclass
class Row:
    organisation: Organisation
    should: bool = False  # this organisation itself should carry the item out
    day: datetime.date | None = None  # when it did (None: not yet)
    way: str = ""  # how (WAYS)
    link_id: int | None = None  # the document (way document/filing) or plan (plan/own_plan) it did it with
    n_should: int = 0  # organisations in its subtree (itself included) that should
    n_done: int = 0  # of which have

    @property
    def done(self) -> bool:
        return self.day is not None

    @property
    def way_label(self) -> str:
        return str(dict(WAYS).get(self.way, ""))

    @property
    def has_below(self) -> bool:
        return self.n_should > (1 if self.should else 0)


def first_days(item: Item, organisations: Q) -> dict[int, tuple]:
    """{organisation id: (day, way, linked id)} of the organisations matching `organisations` (a Q over the ways'
    rows' organisation) that carried the item out: its earliest day and that way's first object. One grouped query
    per way, so the rows returned are the implementing organisations, never the rows behind them."""
    first: dict[int, tuple] = {}
    for way, (rows, day) in _sources(item).items():
        link = "document_id" if way == "filing" else "pk"
        grouped = (rows.filter(organisations).values("organisation_id")
                   .annotate(day=Min(day), link=Min(link)).order_by())
        for r in grouped:
            if r["day"] is not None and (r["organisation_id"] not in first
                                         or r["day"] < first[r["organisation_id"]][0]):
                first[r["organisation_id"]] = (r["day"], way, r["link"])
    return first


def _row(org, first: dict, should: bool) -> Row:
    row = Row(org, should=should)
    if org.pk in first:
        row.day, row.way, row.link_id = first[org.pk]
    return row


@dataclass
class Coverage:
    item: Item
    node: Organisation
    rows: list[Row]
    n_should: int  # under node (node itself excluded)
    n_done: int

    @property
    def n_todo(self) -> int:
        return self.n_should - self.n_done


def coverage(item: Item, node: Organisation) -> Coverage:
    """The organisations one level below node that should carry the item out or hold some that should, each with
    its own state and its subtree's counts."""
    below = Organisation.objects.filter(should_q(item), path__startswith=node.path, depth__gt=node.depth)
    width = len(node.path) + PATH_STEP + 1
    branches = {b["branch"]: b for b in below.annotate(branch=Substr("path", 1, width)).values("branch")
                .annotate(n=Count("pk"), done=done_count(item)).order_by()}
    rows = []
    if branches:
        children = list(Organisation.objects.filter(path__in=list(branches)).order_by("order", "path")
                        .annotate(is_should=ExpressionWrapper(should_q(item), output_field=BooleanField())))
        first = first_days(item, Q(organisation_id__in=[o.pk for o in children]))
        for org in children:
            row = _row(org, first, bool(org.is_should))
            row.n_should, row.n_done = branches[org.path]["n"], branches[org.path]["done"]
            rows.append(row)
    return Coverage(item, node, rows, sum(b["n"] for b in branches.values()),
                    sum(b["done"] for b in branches.values()))


def every_organisation(item: Item, node: Organisation):
    """Every organisation under node that should carry the item out, in tree order, as Rows (for the xlsx):
    read in batches, so a national list of thousands streams."""
    first = first_days(item, Q(organisation__path__startswith=node.path))
    qs = (Organisation.objects.filter(should_q(item), path__startswith=node.path, depth__gt=node.depth)
          .select_related("parent").order_by("path"))
    for org in qs.iterator(chunk_size=500):
        yield _row(org, first, True)


def path_to(node: Organisation, top: Organisation) -> list[Organisation]:
    """The organisations from top down to node (for the crumbs of a drill-down), in one query."""
    ids = [int(step) for step in node.path[len(top.path):].split("/") if step]
    by_id = Organisation.objects.in_bulk([top.pk, *ids])
    return [by_id[i] for i in [top.pk, *ids] if i in by_id]
