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


def test_matches_in_one_statement_are_each_querysets_entries(many, user, django_assert_num_queries):
    from kexie.search import index
    from kexie.search.models import Entry
    terms = [("科普", False), ("普日", False)]
    everything = index.match(Entry.objects.all(), terms)
    querysets = {"all": everything, "documents": everything.filter(kind="document"),
                 "none": everything.filter(kind="task"), "empty": everything.none()}
    with django_assert_num_queries(4 if index._postgres() else 1):  # PostgreSQL: BEGIN, SET LOCAL, SELECT, COMMIT
        got = index.matches(querysets, 5)
    assert {key: len(keys) for key, keys in got.items()} == {"all": 6, "documents": 6, "none": 0, "empty": 0}
    entries = {e.pk: e.date.isoformat() for e in Entry.objects.filter(kind="document")}
    assert sorted(index.matches({"all": everything}, 100)["all"]) == sorted(entries.items())


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


@pytest.mark.parametrize("who", ["zunyi-admin", "cast-admin"])
def test_newest_first_beyond_the_count_cap_is_the_same_page(many, find, monkeypatch, who):
    """Over COUNT_CAP a kind's page is read again, newest first (the national body's by probing the newest
    entries first): the same page as sorting every match."""
    from kexie.search import index, query
    from kexie.search.models import Entry
    monkeypatch.setattr(query, "RANK_CAP", 2)
    monkeypatch.setattr(query, "COUNT_CAP", 4)
    monkeypatch.setattr(query, "PER_PAGE", 3)
    monkeypatch.setattr(index, "NEWEST_TRY", 8)  # fewer than the matches: the probe, then the full way
    out = find(who, "科普日")
    assert out.by_date and out.counts["document"] == 5
    entries = sorted(Entry.objects.filter(kind="document", object_id__in=[d.pk for d in many]),
                     key=lambda e: (e.date, e.pk), reverse=True)
    assert [h.object_id for h in out.hits] == [e.object_id for e in entries][:3]


def test_a_few_matches_rank_title_hits_first(data_dir, org, find):
    from kexie.documents.models import Document
    from kexie.search import index
    from kexie.search.sources import source_for
    zunyi = org("遵义市科协")
    old = Document.objects.create(organisation=zunyi, filename="t.txt", sha256="a" * 64, size=10,
                                  text="机器人竞赛的安排", title="机器人竞赛通知", date=datetime.date(2020, 1, 1),
                                  issuer=zunyi.name, parse={})
    new = Document.objects.create(organisation=zunyi, filename="b.txt", sha256="b" * 64, size=10,
                                  text="今年也有机器人竞赛", title="工作要点", date=datetime.date(2024, 1, 1),
                                  issuer=zunyi.name, parse={})
    source = source_for("document")
    index.put(source, source.queryset().filter(pk__in=[old.pk, new.pk]))
    out = find("zunyi-admin", "机器人竞赛")
    assert not out.by_date and [h.object_id for h in out.hits][:2] == [old.pk, new.pk]
