"""The index behind one Python API, with its two small SQL variants: SQLite FTS5 and PostgreSQL tsvector.

Writing: an object's entry row (filters, scope) and its tokens (segment.py) in the same transaction; the
tokens go to search_fts (SQLite, rowid = entry id) or to search_entry.tsv (PostgreSQL, title weighted A).
Querying: match(qs, terms) narrows an Entry queryset to the entries holding every term and adds a "score";
terms are only ever tokens from segment.query_terms — Han characters, a–z and digits, each quoted — so
nothing a user types (" * - NEAR AND OR ( ) : ^) can reach the FTS5 or tsquery grammar.

Long texts: a tsvector keeps positions only up to 16,383 and holds at most 1 MB, so the body indexed is its
first BODY_TOKENS tokens followed by every further token not yet seen, once (at most BODY_EXTRA of them):
every word of a long document is still found, and the size stays far below the limit. Both databases index
the same token string, so they find the same entries. The passage shown is cut from the object's own text
for the few results on a page (highlight.py), not from the index.
"""

from __future__ import annotations

from django.db import connection, transaction
from django.db.models import Q

from kexie.orgs.models import Organisation

from . import segment
from .models import Entry

BODY_TOKENS = 16_000
BODY_EXTRA = 40_000


def _body_tokens(text: str) -> str:
    tokens = segment.index_tokens(text)
    if len(tokens) <= BODY_TOKENS:
        return " ".join(tokens)
    head = tokens[:BODY_TOKENS]
    seen = set(head)
    extra = []
    for t in tokens[BODY_TOKENS:]:
        if t not in seen:
            seen.add(t)
            extra.append(t)
            if len(extra) >= BODY_EXTRA:
                break
    return " ".join(head + extra)


def _postgres() -> bool:
    return connection.vendor == "postgresql"


def _remove_tokens(ids: list[int]) -> None:
    if ids and not _postgres():
        with connection.cursor() as cur:
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                cur.execute(f"DELETE FROM search_fts WHERE rowid IN ({','.join(['%s'] * len(chunk))})", chunk)


def _write_tokens(rows: list[tuple[int, str, str, str]]) -> None:
    """(entry id, title tokens, body tokens, scope tokens) rows."""
    if not rows:
        return
    with connection.cursor() as cur:
        if _postgres():
            cur.executemany("UPDATE search_entry SET tsv = setweight(to_tsvector('simple', %s), 'A')"
                            " || to_tsvector('simple', %s) WHERE id = %s", [(t, b, i) for i, t, b, _s in rows])
        else:
            cur.executemany("INSERT INTO search_fts (rowid, title, body, scope) VALUES (%s, %s, %s, %s)", rows)


def _scope_tokens(kind: str, path: str) -> str:
    """kdocument, then o<id> for the owner and each organisation above it, and d<id> for the owner itself."""
    ids = [int(step) for step in path.split("/") if step]
    return " ".join([f"k{kind}", *(f"o{i}" for i in ids), *(f"d{i}" for i in ids[-1:])])


@transaction.atomic
def put(source, objects) -> int:
    """Index (or re-index) these objects of one source; returns how many."""
    objects = list(objects)
    if not objects:
        return 0
    remove(source.kind, [o.pk for o in objects])
    entries, bodies = [], []
    for obj in objects:
        values = source.fields(obj)
        body = values.pop("body", "")
        entries.append(Entry(kind=source.kind, object_id=obj.pk, **values))
        bodies.append(body)
    Entry.objects.bulk_create(entries)  # ids come back (PostgreSQL, SQLite ≥ 3.35)
    paths = dict(Organisation.objects.filter(pk__in={e.organisation_id for e in entries}).values_list("pk", "path"))
    _write_tokens([(e.pk, segment.segment(e.title), _body_tokens(body),
                    _scope_tokens(source.kind, paths.get(e.organisation_id, "")))
                   for e, body in zip(entries, bodies)])
    return len(entries)


@transaction.atomic
def remove(kind: str, object_ids) -> None:
    ids = list(Entry.objects.filter(kind=kind, object_id__in=list(object_ids)).values_list("pk", flat=True))
    if ids:
        _remove_tokens(ids)
        Entry.objects.filter(pk__in=ids).delete()


def clear(kind: str) -> None:
    """Drop every entry of one kind (reindex starts from here)."""
    with transaction.atomic():
        if not _postgres():
            with connection.cursor() as cur:
                cur.execute("DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_entry WHERE kind = %s)",
                            [kind])
        Entry.objects.filter(kind=kind).delete()


# --- querying ---------------------------------------------------------------------------------------------

NARROW_IDS = 5000


def narrowing(within_paths: list[str], owners: list[int]):
    """What match(narrow=…) needs besides the organisations: on PostgreSQL the ids of the organisations whose
    entries may qualify (the subtrees at within_paths and the owners), when there are few enough to be worth an
    index probe each (a county's, a city's, a province's); None otherwise (the national body's: every entry)."""
    if not _postgres():
        return None
    q = Q(pk__in=[])
    for path in within_paths:
        q |= Q(path__startswith=path)
    # Too many is asked first, in the database (unordered, nothing sent back): the national body's subtree
    # would otherwise be sorted and read into Python only to be given up.
    inside = Organisation.objects.filter(q).order_by().values_list("pk", flat=True)
    if list(inside[NARROW_IDS:NARROW_IDS + 1]):
        return None
    return list(inside) + list(owners)


def match(qs, terms: list[tuple[str, bool]], *, ranked: bool = False, narrow=None, by_date: bool = False):
    """qs narrowed to the entries holding every term; ranked adds .score (higher is better on both databases).
    Ask for the score only to order by it: computed in the select list, it would read every match's tokens.

    narrow = (kind, within, owners, ids) lets SQLite's FTS5 intersect the match with the entries of that kind
    owned inside one of the organisations `within` or directly by one of `owners` (the scope column), and
    PostgreSQL read only the entries of the organisations `ids` (narrowing(): by the (organisation, date)
    index), before the exact scope (qs's own conditions) is checked on the few left: a county's search then
    reads its own entries' matches, not the whole country's. It must be a superset of qs's scope (query.py
    says why it is).

    by_date (SQLite, for a page ordered by date): the matching rowids become a list the entries are checked
    against while SQLite walks the (date, id) index from the newest, stopping after one page, instead of
    joining every match to its entry and sorting them all (twice as fast for a word in most documents).
    """
    if _postgres():
        query = " & ".join(f"'{token}'" + (":*" if prefix else "") for token, prefix in terms)
        tsquery = "to_tsquery('simple', %s)"
        qs = qs.extra(where=[f"search_entry.tsv @@ {tsquery}"], params=[query])
        if narrow and narrow[3] is not None:
            qs = qs.filter(organisation_id__in=narrow[3])
        if ranked:
            qs = qs.extra(select={"score": f"ts_rank(search_entry.tsv, {tsquery})"}, select_params=[query])
        return qs
    query = "{title body} : (" + " AND ".join(f'"{token}"' + (" *" if prefix else "") for token, prefix in terms) + ")"
    if narrow:
        kind, within, owners, _ids = narrow
        where = " OR ".join([*(f'"o{int(i)}"' for i in within), *(f'"d{int(i)}"' for i in owners)])
        query += f' AND scope : ("k{kind}" AND ({where}))'
    if by_date and not ranked:
        # "+ 0": not a rowid lookup per match but a membership test, so the date index drives the walk.
        return qs.extra(where=["search_entry.id + 0 IN (SELECT rowid FROM search_fts WHERE search_fts MATCH %s)"],
                        params=[query])
    qs = qs.extra(tables=["search_fts"], where=["search_fts.rowid = search_entry.id", "search_fts MATCH %s"],
                  params=[query])
    # bm25 is lower for better matches; the title column weighs ten times the body, scope nothing.
    return qs.extra(select={"score": "-bm25(search_fts, 10.0, 1.0, 0.0)"}) if ranked else qs


def counts(querysets: dict, cap: int) -> dict:
    """{key: how many entries the queryset holds, up to cap + 1} for several querysets in one statement.

    On PostgreSQL the counts read the GIN index's bitmap: the planner prices `tsv @@ query` as cheap and would
    otherwise walk the table, unpacking each entry's tsvector, until cap + 1 match (seconds for a filter that
    most matches fail). SET LOCAL keeps that to this statement's transaction.
    """
    # A filter a kind cannot have (a status or a light for documents) makes its queryset empty: 0, not SQL.
    empty = {key: 0 for key, qs in querysets.items() if qs.query.is_empty()}
    querysets = {key: qs for key, qs in querysets.items() if key not in empty}
    if not querysets:
        return empty
    parts, params = [], []
    for i, qs in enumerate(querysets.values()):
        sql, part_params = qs.values("pk")[:cap + 1].query.sql_with_params()
        parts.append(f"(SELECT COUNT(*) FROM ({sql}) AS c{i})")
        params.extend(part_params)
    sql = "SELECT " + ", ".join(parts)
    if _postgres():
        with transaction.atomic(), connection.cursor() as cur:
            cur.execute("SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off")
            cur.execute(sql, params)
            row = cur.fetchone()
    else:  # no transaction: Django's SQLite one would take the write lock (BEGIN IMMEDIATE)
        with connection.cursor() as cur:
            cur.execute(sql, params)
            row = cur.fetchone()
    return {**empty, **dict(zip(querysets, row))}
