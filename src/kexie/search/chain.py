"""The policy chain (政策链) of a document as one user sees it: the 文号 it cites, upward level by level, and
what carries it out below (documents citing it, ledgers built from it, plans filed and passed on under them).

Everything goes through the scoping helpers: a cited document is linked only to a copy the user may read, and
a citation the user cannot follow is a placeholder made of what the citing text itself says (its number and
title), so a placeholder looks the same whether the document is stored nowhere or by another province. Queries
are bounded: two per level upward (citations, then the documents they link to) and one per kind downward.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import OuterRef, Q, Subquery

from kexie.documents.access import visible_documents
from kexie.documents.models import Citation, Document
from kexie.ledger.access import visible_plans
from kexie.ledger.models import Filing, Plan
from kexie.orgs.access import org_path_prefix

MAX_DEPTH = 6  # 国务院 → 部委 → 中国科协 → 省 → 市 → 县: deeper chains are shown to this depth, then "…"
LIMIT = 50  # rows of each downstream list; more are counted on the coverage page


@dataclass
class Link:
    """One citation as the user sees it: the cited document's readable copy, or a placeholder (document None)."""
    number: str
    title: str
    document: Document | None = None
    parents: list["Link"] = field(default_factory=list)  # what the linked document cites
    repeated: bool = False  # the document is already on the chain (a cycle, or cited twice): not expanded again
    deeper: bool = False  # it cites more, beyond MAX_DEPTH


def _best_copy(user):
    """The id of the copy of OuterRef("key") the user may read: the one held highest in the tree (the issuer's
    own rather than a received copy), then the first stored."""
    return Subquery(visible_documents(user).filter(number_key=OuterRef("key"))
                    .order_by("organisation__depth", "pk").values("pk")[:1])


def upstream(user, document: Document, depth: int = MAX_DEPTH) -> list[Link]:
    """What the document cites, each with what it cites in turn, up to depth levels; cycles end where they
    close."""
    roots: list[Link] = []
    parents_of = {document.pk: roots}
    on_chain = {document.pk}
    frontier = [document.pk]
    last: list[Link] = []
    best = _best_copy(user)  # built once: the scope's grants read the user's subtree when built
    for _level in range(max(depth, 0)):
        if not frontier:
            break
        citations = list(Citation.objects.filter(document_id__in=frontier).annotate(target=best)
                         .order_by("document_id", "order").values("document_id", "number", "title", "target"))
        targets = {c["target"] for c in citations if c["target"]}
        found = (Document.objects.filter(pk__in=targets).select_related("organisation").defer("parse", "text")
                 .in_bulk() if targets else {})
        frontier, last = [], []
        for c in citations:
            link = Link(c["number"], c["title"], found.get(c["target"]))
            parents_of[c["document_id"]].append(link)
            if link.document is None:
                continue
            if link.document.pk in on_chain:
                link.repeated = True
                continue
            on_chain.add(link.document.pk)
            parents_of[link.document.pk] = link.parents
            frontier.append(link.document.pk)
            last.append(link)
    if frontier:
        citing_more = set(Citation.objects.filter(document_id__in=frontier).values_list("document_id", flat=True))
        for link in last:
            link.deeper = link.document.pk in citing_more
    return roots


@dataclass
class Downstream:
    citing: list[Document]  # documents that cite this one's 文号
    plans: list[Plan]  # ledgers built from it (from this copy or another copy of the same 文号)
    filings: list[Filing]  # plans filed for record (备案) under those ledgers
    carried: list[Plan]  # ledgers carrying those out: 转办 (relay) plans and units' own plans mapped to them
    more: bool = False  # a list was cut at LIMIT


def built_from(user, document: Document):
    """The ledgers the user may see that were built from this document or from another copy of its 文号."""
    same = Q(document=document)
    if document.number_key:
        same |= Q(document__number_key=document.number_key)
    return visible_plans(user).filter(same)


def downstream(user, document: Document) -> Downstream:
    citing = []
    if document.number_key:
        citing = list(visible_documents(user).filter(citations__key=document.number_key)
                      .exclude(number_key=document.number_key).select_related("organisation")
                      .defer("parse", "text").order_by("organisation__path", "-date", "pk")[:LIMIT + 1])
    plans = list(built_from(user, document).select_related("organisation").order_by("organisation__path", "pk")
                 [:LIMIT + 1])
    plan_ids = [p.pk for p in plans]
    prefix = org_path_prefix(user) or "\0"
    filings = carried = []
    if plan_ids:
        # A filing is read by the issuer side of its plan and by the filing unit's own subtree (ledger's rule).
        filings = list(Filing.objects.filter(plan_id__in=plan_ids)
                       .filter(Q(organisation__path__startswith=prefix) | Q(plan__organisation__path__startswith=prefix))
                       .select_related("organisation", "document").defer("document__parse", "document__text")
                       .order_by("organisation__path", "pk")[:LIMIT + 1])
        carried = list(visible_plans(user).filter(source_plan_id__in=plan_ids).select_related("organisation")
                       .order_by("organisation__path", "pk")[:LIMIT + 1])
    more = any(len(rows) > LIMIT for rows in (citing, plans, filings, carried))
    return Downstream(citing[:LIMIT], plans[:LIMIT], filings[:LIMIT], carried[:LIMIT], more)
