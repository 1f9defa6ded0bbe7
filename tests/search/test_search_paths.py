"""Search's fast paths give what the plain ones would: counts in one statement, and the newest-first page
(SQLite walks the date index against the list of matches) in the same order as sorting every match."""

from __future__ import annotations

import calendar
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


def _days_of(tokens):
    """The days the date tokens of index._date_cover stand for."""
    days = set()
    for token in tokens:
        kind, digits = token[0], token[1:]
        first = datetime.date(int(digits[:4]), int(digits[4:6] or 1), int(digits[6:] or 1))
        last = {"y": first.replace(month=12, day=31),
                "m": first.replace(day=calendar.monthrange(first.year, first.month)[1]), "t": first}[kind]
        days.update(first + datetime.timedelta(days=i) for i in range((last - first).days + 1))
    return days


D = datetime.date


@pytest.mark.parametrize("start, end, tokens", [
    (D(2022, 1, 1), D(2022, 12, 31), ["y2022"]),
    (D(2022, 1, 1), D(2023, 2, 28), ["y2022", "m202301", "m202302"]),
    (D(2022, 2, 27), D(2022, 4, 2), ["t20220227", "t20220228", "m202203", "t20220401", "t20220402"]),
    (D(2024, 2, 1), D(2024, 2, 29), ["m202402"]),
    (D(2022, 12, 30), D(2023, 1, 1), ["t20221230", "t20221231", "t20230101"]),
    (D(2022, 5, 5), D(2022, 5, 5), ["t20220505"]),
    (D(9999, 12, 1), D(9999, 12, 31), ["m999912"]),
    (D(2000, 1, 2), D(2199, 12, 30), None),   # 198 years between two partial ones: more than DATE_COVER_MAX
    (None, D(2022, 1, 1), None), (D(2022, 1, 1), None, None), (D(2022, 2, 1), D(2022, 1, 1), None),
])
def test_a_date_range_is_covered_by_the_fewest_exact_tokens(start, end, tokens):
    from kexie.search import index
    got = index._date_cover(start, end)
    assert got == tokens
    if got:
        assert _days_of(got) == {start + datetime.timedelta(days=i) for i in range((end - start).days + 1)}


@pytest.fixture
def dated(data_dir, org):
    """Notices of 遵义 on days around month and year ends."""
    from kexie.documents.models import Document
    from kexie.search import index
    from kexie.search.sources import source_for
    zunyi = org("遵义市科协")
    days = [D(2021, 12, 31), D(2022, 1, 1), D(2022, 2, 28), D(2022, 3, 1), D(2022, 3, 31), D(2022, 4, 1),
            D(2022, 12, 31), D(2023, 1, 1), D(2024, 2, 29), None]
    docs = [Document.objects.create(organisation=zunyi, filename=f"d{i}.txt", sha256=f"{i + 100:064d}", size=10,
                                    text="科普日通知", title=f"科普日通知{i}", date=day, issuer=zunyi.name, parse={})
            for i, day in enumerate(days)]
    source = source_for("document")
    index.put(source, source.queryset().filter(pk__in=[d.pk for d in docs]))
    return docs


@pytest.mark.parametrize("start, end", [
    ("2022-01-01", "2022-12-31"), ("2022-03-01", "2022-03-31"), ("2022-02-28", "2022-04-01"),
    ("2021-12-31", "2023-01-01"), ("2022-03-01", ""), ("", "2022-03-01"), ("2024-02-29", "2024-02-29"),
    ("2022-01-02", "2023-12-30"), ("2025-01-01", "2025-12-31"),
])
@pytest.mark.parametrize("who", ["zunyi-admin", "cast-admin"])
def test_a_date_filter_finds_exactly_the_entries_dated_within(dated, find, start, end, who):
    got = {h.object_id for h in find(who, "科普日", **{"from": start, "to": end}).hits}
    low, high = D.fromisoformat(start or "0001-01-01"), D.fromisoformat(end or "9999-12-31")
    assert got == {d.pk for d in dated if d.date and low <= d.date <= high}
