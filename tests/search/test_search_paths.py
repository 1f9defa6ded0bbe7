"""Search's fast paths give what the plain ones would: counts in one statement, and the newest-first page
(SQLite walks the date index against the list of matches) in the same order as sorting every match."""

from __future__ import annotations

import datetime

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def many(data_dir, org):
    """Nine notices of 遵义 on distinct and equal dates (ties are broken by the newest entry)."""
    from kexie.documents.models import Document
    from kexie.search import index
    from kexie.search.sources import source_for
    zunyi = org("遵义市科协")
    docs = []
    for i in range(9):
        day = datetime.date(2022, 1 + i % 4, 10)
        docs.append(Document.objects.create(
            organisation=zunyi, filename=f"n{i}.txt", sha256=f"{i:064d}", size=10, text=f"科普日通知第{i}号",
            title=f"科普日通知{i}", date=day, issuer=zunyi.name, parse={}))
    source = source_for("document")
    index.put(source, source.queryset().filter(pk__in=[d.pk for d in docs]))
    return docs


def test_counts_in_one_statement_are_each_querysets_count(many, user, django_assert_num_queries):
    from kexie.search import index
    from kexie.search.models import Entry
    terms = [("科普", False), ("普日", False)]
    everything = index.match(Entry.objects.all(), terms)
    querysets = {"all": everything, "documents": everything.filter(kind="document"),
                 "none": everything.filter(kind="task")}
    with django_assert_num_queries(4 if index._postgres() else 1):  # PostgreSQL: BEGIN, SET LOCAL, SELECT, COMMIT
        got = index.counts(querysets, 5)
    assert got == {"all": 6, "documents": 6, "none": 0}  # capped at 5 + 1
    assert index.counts({"all": everything}, 100) == {"all": len(many)}


@pytest.mark.parametrize("page", [1, 2])
def test_newest_first_is_every_match_sorted_by_date_then_newest_entry(many, find, monkeypatch, page):
    from kexie.search import query
    from kexie.search.models import Entry
    monkeypatch.setattr(query, "RANK_CAP", 3)  # 9 matches: by date
    monkeypatch.setattr(query, "PER_PAGE", 4)
    out = find("zunyi-admin", "科普日", page=str(page))
    assert out.by_date and out.counts["document"] == 9
    entries = sorted(Entry.objects.filter(kind="document", object_id__in=[d.pk for d in many]),
                     key=lambda e: (e.date, e.pk), reverse=True)
    expected = [e.object_id for e in entries][(page - 1) * 4:page * 4]
    assert [h.object_id for h in out.hits] == expected
