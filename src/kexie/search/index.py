"""The index behind one Python API, with its two small SQL variants: SQLite FTS5 and PostgreSQL tsvector.

Writing: an object's entry row (filters, scope) and its tokens (segment.py) in the same transaction; the
tokens go to search_fts (SQLite, rowid = entry id) or to search_entry.tsv (PostgreSQL, title weighted A), each
with the entry's scope tokens (_scope_tokens: its owner and every organisation above it; on SQLite its kind, on
PostgreSQL its date's, _date_tokens), so that a county's search is one intersection inside the full-text index.
Querying: match(qs, terms) narrows an Entry queryset to the entries holding every term; matches() reads several
such querysets' (id, date) up to a cap in one statement, newest() one page newest first. Terms are only ever
tokens from segment.query_terms — Han characters, a–z and digits, each quoted — so nothing a user types
(" * - NEAR AND OR ( ) : ^) can reach the FTS5 or tsquery grammar.

Long texts: a tsvector keeps positions only up to 16,383 and holds at most 1 MB, so the body indexed is its
first BODY_TOKENS tokens followed by every further token not yet seen, once (at most BODY_EXTRA of them):
every word of a long document is still found, and the size stays far below the limit. Both databases index
the same token string, so they find the same entries. The passage shown is cut from the object's own text
for the few results on a page (highlight.py), not from the index.
"""

from __future__ import annotations

import calendar
import datetime
from contextlib import contextmanager

from django.db import connection, transaction

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
    """SQLite: (entry id, title tokens, body tokens, scope tokens) rows into the FTS5 table."""
    if rows:
        with connection.cursor() as cur:
            cur.executemany("INSERT INTO search_fts (rowid, title, body, scope) VALUES (%s, %s, %s, %s)", rows)


def _year(day: datetime.date) -> str:
    return f"y{day.year:04d}"


def _month(day: datetime.date) -> str:
    return f"m{day.year:04d}{day.month:02d}"


def _day(day: datetime.date) -> str:
    return f"t{day.year:04d}{day.month:02d}{day.day:02d}"


def _date_tokens(day: datetime.date | None) -> str:
    """PostgreSQL: y<year>, m<year><month> and t<year><month><day> of an entry's date, so that a date range is one
    more intersection inside the GIN index (_date_cover)."""
    return "" if day is None else f"{_year(day)} {_month(day)} {_day(day)}"


DATE_COVER_MAX = 100


def _date_cover(start: datetime.date | None, end: datetime.date | None) -> list[str] | None:
    """The fewest date tokens whose days are exactly start…end (whole years, whole months, single days), or None
    for an open end or a range that needs more than DATE_COVER_MAX of them."""
    if start is None or end is None or start > end:
        return None
    out, day = [], start
    while day <= end:
        if len(out) == DATE_COVER_MAX:
            return None
        year_end = datetime.date(day.year, 12, 31)
        month_end = day.replace(day=calendar.monthrange(day.year, day.month)[1])
        if (day.month, day.day) == (1, 1) and year_end <= end:
            out.append(_year(day))
            last = year_end
        elif day.day == 1 and month_end <= end:
            out.append(_month(day))
            last = month_end
        else:
            out.append(_day(day))
            last = day
        if last == datetime.date.max:
            break
        day = last + datetime.timedelta(days=1)
    return out


def _insert_with_tokens(entries: list[Entry], bodies: list[str], scopes: list[str]) -> None:
    """PostgreSQL: the entries with their tsvector in one write each (an insert then an update of the tsv would
    write every row twice), the model's columns as bulk_create would write them."""
    fields = [f for f in Entry._meta.concrete_fields if not f.primary_key]
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    marks = ", ".join(["%s"] * len(fields))
    with connection.cursor() as cur:
        cur.executemany(f"INSERT INTO search_entry ({columns}, tsv) VALUES ({marks}, setweight(to_tsvector("
                        "'simple', %s), 'A') || to_tsvector('simple', %s) || to_tsvector('simple', %s))",
                        [(*(f.get_db_prep_save(getattr(e, f.attname), connection) for f in fields),
                          segment.segment(e.title), _body_tokens(body), scope)
                         for e, body, scope in zip(entries, bodies, scopes)])


def _scope_tokens(kind: str | None, path: str) -> str:
    """o<id> for the owner and each organisation above it, d<id> for the owner itself, and on SQLite k<kind>
    first (PostgreSQL has the kind's own index; FTS5 has none). No word of a text is an o or d token: segment's
    Latin tokens hold no digits; k<kind> is looked for only in FTS5's scope column."""
    ids = [int(step) for step in path.split("/") if step]
    return " ".join([*([f"k{kind}"] if kind else []), *(f"o{i}" for i in ids), *(f"d{i}" for i in ids[-1:])])


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
    paths = dict(Organisation.objects.filter(pk__in={e.organisation_id for e in entries}).values_list("pk", "path"))
    if _postgres():
        _insert_with_tokens(entries, bodies, [f"{_scope_tokens(None, paths.get(e.organisation_id, ''))} "
                                              f"{_date_tokens(e.date)}" for e in entries])
        return len(entries)
    Entry.objects.bulk_create(entries)  # ids come back (SQLite ≥ 3.35)
    _write_tokens([(e.pk, segment.segment(e.title), _body_tokens(body),
                    _scope_tokens(source.kind, paths.get(e.organisation_id, "")))
                   for e, body in zip(entries, bodies)])
    return len(entries)


def moved(old_path: str, new_path: str) -> None:
    """After an organisation moved (orgs.signals.subtree_moved, new_path is its own): the scope tokens of its
    subtree's entries name the organisations above it now. Only those change (the part of each path from the
    moved organisation down is the same), so PostgreSQL does it in one update; FTS5 rewrites each row's scope."""
    above_old = {f"o{int(i)}" for i in old_path.split("/")[:-2] if i}
    above_new = {f"o{int(i)}" for i in new_path.split("/")[:-2] if i}
    inside = Organisation.objects.filter(path__startswith=new_path).values("pk")
    with transaction.atomic(), connection.cursor() as cur:
        if _postgres():
            entries = Entry.objects.filter(organisation_id__in=inside).values("pk")
            sql, params = entries.query.sql_with_params()
            cur.execute(f"UPDATE search_entry SET tsv = ts_delete(tsv, %s::text[]) || to_tsvector('simple', %s) "
                        f"WHERE id IN ({sql})", [sorted(above_old - above_new), " ".join(sorted(above_new)),
                                                 *params])
            return
        rows = Entry.objects.filter(organisation_id__in=inside).values_list("pk", "kind", "organisation__path")
        cur.executemany("UPDATE search_fts SET scope = %s WHERE rowid = %s",
                        [(_scope_tokens(kind, path), pk) for pk, kind, path in rows.iterator()])


def renamed(organisation_id: int, old_name: str, new_name: str) -> None:
    """After an organisation's rename (orgs.signals.renamed): the entries it owns whose issuer is its old name —
    tasks, reports and the registers name their owner — show and filter by the new one. A document's issuer is
    what the document itself says, and stays."""
    Entry.objects.filter(organisation_id=organisation_id, issuer=old_name[:200]).exclude(kind="document").update(
        issuer=new_name[:200])


@transaction.atomic
def remove(kind: str, object_ids) -> None:
    ids = list(Entry.objects.filter(kind=kind, object_id__in=list(object_ids)).values_list("pk", flat=True))
    if ids:
        _remove_tokens(ids)
        Entry.objects.filter(pk__in=ids).delete()


@contextmanager
def rebuilding():
    """Around a full rebuild (kexie reindex, bench/search.py): on PostgreSQL the GIN index is dropped and built
    once at the end — keeping it current entry by entry halves the rate (180 → 350 documents/s at 100,000; the
    build then takes about a minute). Searches meanwhile read the table without it: slow, still right."""
    if not _postgres():
        yield
        return
    with connection.cursor() as cur:
        cur.execute("DROP INDEX IF EXISTS search_entry_tsv")
    try:
        yield
    finally:
        with connection.cursor() as cur:
            cur.execute("SET maintenance_work_mem = '256MB'")
            cur.execute("CREATE INDEX IF NOT EXISTS search_entry_tsv ON search_entry USING gin (tsv)")
            cur.execute("RESET maintenance_work_mem")


def clear(kind: str) -> None:
    """Drop every entry of one kind (reindex starts from here)."""
    with transaction.atomic():
        if not _postgres():
            with connection.cursor() as cur:
                cur.execute("DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_entry WHERE kind = %s)",
                            [kind])
        Entry.objects.filter(kind=kind).delete()


# --- querying ---------------------------------------------------------------------------------------------

def _narrowing_tokens(within, owners, quote: str) -> list[str]:
    return [*(f"{quote}o{int(i)}{quote}" for i in within), *(f"{quote}d{int(i)}{quote}" for i in owners)]


def _tsquery(terms, narrow) -> str:
    """The tsquery of the terms, narrowed by scope tokens (match() says how)."""
    query = " & ".join(f"'{token}'" + (":*" if prefix else "") for token, prefix in terms)
    where = " | ".join(_narrowing_tokens(narrow[1], narrow[2], "'")) if narrow else ""
    return f"{query} & ({where})" if where else query


def _fts_query(terms, narrow) -> str:
    """The FTS5 MATCH expression of the terms, narrowed by scope tokens (match() says how)."""
    query = " AND ".join(f'"{token}"' + (" *" if prefix else "") for token, prefix in terms)
    # A column filter makes FTS5 read every candidate's positions (twice the time for a common word): it is
    # needed only when a term could be a scope token — those are k<kind>, o<id>, d<id>, and a query's Latin
    # terms never hold digits, so only a word starting with k.
    if any(token[0] == "k" for token, _prefix in terms):
        query = "{title body} : (" + query + ")"
    if narrow:
        # The kind's token always: a word in every document is then no doclist walk for the tasks' count.
        kind, within, owners = narrow
        where = " OR ".join(_narrowing_tokens(within, owners, '"'))
        query = f'({query}) AND scope : ("k{kind}"' + (f" AND ({where}))" if where else ")")
    return query


NEWEST_TRY = 200
# PostgreSQL, for one transaction: read matches through the GIN index's bitmap (matches() says why).
_BITMAP_ONLY = "SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off"


def newest(qs, terms: list[tuple[str, bool]], n: int, *, narrow=None, dates=None) -> list[tuple[int, str]]:
    """The n newest entries of qs holding every term as (id, date as text), for a page ordered by date.

    For the national body, first only the NEWEST_TRY newest entries of qs (the (date, id) index) are checked
    against the terms: for a word in most documents that is the page at once, where SQLite would read the list
    of every match (30–50 ms at 100,000 documents) and PostgreSQL walk the date index unpacking tsvectors as
    far as it must (400–800 ms for a word in few of the newest). When fewer than n of them match — and for
    a narrowed scope (a county's newest entries are few among the newest of all, its matches few anyway) —
    the full way: SQLite walks the date index against the list of matches, PostgreSQL sorts the matches its GIN
    bitmap finds.
    """
    if n <= NEWEST_TRY // 2 and not (narrow and (narrow[1] or narrow[2])):
        recent = _dated(qs, dates).order_by("-date", "-id").values("pk")[:NEWEST_TRY]
        if _postgres():
            tried = match(qs.filter(pk__in=list(recent.values_list("pk", flat=True))), terms, narrow=narrow)
        else:  # one statement: FTS5 probes each of those rowids
            sql, params = recent.query.sql_with_params()
            tried = qs.extra(where=[f"search_entry.id IN (SELECT rowid FROM search_fts WHERE search_fts MATCH %s"
                                    f" AND rowid IN ({sql}))"], params=[_fts_query(terms, narrow), *params])
        found = list(tried.order_by("-date", "-id").values_list("pk", "date")[:n])
        if len(found) >= n:
            return _keys(found)
    page = match(qs, terms, narrow=narrow, by_date=True, dates=dates).order_by("-date", "-id").values_list(
        "pk", "date")[:n]
    if not _postgres():
        return _keys(page)
    with transaction.atomic(), connection.cursor() as cur:
        cur.execute(_BITMAP_ONLY)
        return _keys(page)


def _dated(qs, dates):
    """qs within dates = (first day or None, last day or None), as any other column filter."""
    start, end = dates or (None, None)
    if start is not None:
        qs = qs.filter(date__gte=start)
    if end is not None:
        qs = qs.filter(date__lte=end)
    return qs


def _keys(rows) -> list[tuple[int, str]]:
    """(id, date) rows with the date as ISO text ("" for none), as both databases' raw cursors can give it."""
    return [(pk, str(day or "")) for pk, day in rows]


def match(qs, terms: list[tuple[str, bool]], *, narrow=None, by_date: bool = False, dates=None):
    """qs narrowed to the entries holding every term. The order is the caller's: newest first (by_date) or, for
    the few hundred matches at most that query.py ranks, none (it ranks them in Python by their titles, the
    same on both databases: bm25 would first count every query term's documents over the whole index for its
    IDF, 50–120 ms at 100,000 documents for a phrase of common bigrams).

    narrow = (kind, within, owners) lets the full-text index itself intersect the match with the entries
    owned inside one of the organisations `within` or directly by one of `owners` (their scope tokens; on
    SQLite also with the kind's), before the exact scope (qs's own conditions) is checked on the few left: a
    county's search then reads its own entries' matches, not the whole country's. It must be a superset of qs's
    scope (query.py says why it is); with empty within and owners (the national body's) only by kind.

    On PostgreSQL the scope tokens also keep the planner on the GIN index. Narrowed by an (organisation_id)
    list instead, it read the organisation's entries by their index and tested each tsvector — 20 KB, stored
    apart (TOAST), unpacked per row at about 25 µs, which the planner does not price: 3,000 entries of a
    county's owners above it cost 80 ms where the GIN intersection costs a few.

    dates = (first day or None, last day or None) keeps the entries dated within. On PostgreSQL no index answers
    the date columns (date + 0): otherwise the planner walks the date index for a year's range and tests each
    entry's tsvector (2,000 of them for a phrase of common words: 25 ms, where the GIN index's intersection with
    the range's date tokens (_date_cover) costs a few), which it prices as cheap.

    by_date (SQLite, for a page ordered by date): the matching rowids become a list the entries are checked
    against while SQLite walks the (date, id) index from the newest, stopping after one page, instead of
    joining every match to its entry and sorting them all (twice as fast for a word in most documents).
    """
    start, end = dates or (None, None)
    if _postgres():
        query = _tsquery(terms, narrow)
        cover = _date_cover(start, end)
        if cover:
            query += " & (" + " | ".join(f"'{token}'" for token in cover) + ")"
        where, params = ["search_entry.tsv @@ to_tsquery('simple', %s)"], [query]
        for day, op in ((start, ">="), (end, "<=")):
            if day is not None:
                where.append(f"search_entry.date + 0 {op} %s")
                params.append(day)
        return qs.extra(where=where, params=params)
    qs = _dated(qs, dates)
    query = _fts_query(terms, narrow)
    if by_date:
        # "+ 0": not a rowid lookup per match but a membership test, so the date index drives the walk.
        return qs.extra(where=["search_entry.id + 0 IN (SELECT rowid FROM search_fts WHERE search_fts MATCH %s)"],
                        params=[query])
    return qs.extra(tables=["search_fts"], where=["search_fts.rowid = search_entry.id", "search_fts MATCH %s"],
                    params=[query])


def matches(querysets: dict, cap: int) -> dict:
    """{key: the (id, date as text) of up to cap + 1 of the queryset's entries, in no order} for several
    querysets in one statement: each a stream that stops, which gives the count (capped) and, below the cap,
    every match to choose a page from, without reading the full-text index a second time.

    On PostgreSQL through the GIN index's bitmap: the planner prices `tsv @@ query` as cheap and would otherwise
    walk the table, unpacking each entry's tsvector, until cap + 1 match (seconds for a filter that most
    matches fail). SET LOCAL keeps that to this statement's transaction.
    """
    # A filter a kind cannot have (a status or a light for documents) makes its queryset empty: none, not SQL.
    out = {key: [] for key, qs in querysets.items() if qs.query.is_empty()}
    asked = [(key, qs) for key, qs in querysets.items() if key not in out]
    if not asked:
        return out
    parts, params = [], []
    for i, (_key, qs) in enumerate(asked):
        sql, part_params = qs.order_by().values_list("pk", "date")[:cap + 1].query.sql_with_params()
        parts.append(f"SELECT {i}, * FROM ({sql}) AS m{i}")
        params.extend(part_params)
    sql = " UNION ALL ".join(parts)
    if _postgres():
        with transaction.atomic(), connection.cursor() as cur:
            cur.execute(_BITMAP_ONLY)
            cur.execute(sql, params)
            rows = cur.fetchall()
    else:  # no transaction: Django's SQLite one would take the write lock (BEGIN IMMEDIATE)
        with connection.cursor() as cur:
            cur.execute(sql, params)
            rows = cur.fetchall()
    out.update({key: [] for key, _qs in asked})
    for i, pk, day in rows:
        out[asked[i][0]].append((pk, str(day or "")))
    return out
