"""A database indexed before the scope tokens reached PostgreSQL (search 0003): migrating gives each entry the
tokens of its owner's place and its date there, and writes SQLite's scope tokens afresh from today's paths."""

from __future__ import annotations

import datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

pytestmark = pytest.mark.django_db(transaction=True)


def _migrate(target):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(target or executor.loader.graph.leaf_nodes())


def test_old_entries_get_their_scope_and_date_tokens():
    from kexie.orgs.models import Organisation
    from kexie.search import index
    from kexie.search.models import Entry
    _migrate([("search", "0002_fulltext")])
    city = Organisation.objects.create(name="甲市科学技术协会", level=3)
    county = Organisation.objects.create(name="甲一县科学技术协会", level=4, parent=city)
    other = Organisation.objects.create(name="乙市科学技术协会", level=3)
    entry = Entry.objects.create(kind="document", object_id=1, organisation=county, title="科普日",
                                 date=datetime.date(2022, 3, 5))
    with connection.cursor() as cur:
        if connection.vendor == "postgresql":  # as index.put wrote it then: the text's tokens only
            cur.execute("UPDATE search_entry SET tsv = to_tsvector('simple', '科普 普日') WHERE id = %s", [entry.pk])
        else:  # the scope of a place the county has left since
            cur.execute("INSERT INTO search_fts (rowid, title, body, scope) VALUES (%s, '科普 普日', '', "
                        "'kdocument o999 d2')", [entry.pk])
    _migrate(None)
    terms = [("科普", False)]
    found = index.match(Entry.objects.all(), terms, narrow=("document", [city.pk], []),
                        dates=(datetime.date(2022, 3, 1), datetime.date(2022, 3, 31)))
    assert list(found.values_list("pk", flat=True)) == [entry.pk]
    assert not index.match(Entry.objects.all(), terms, narrow=("document", [other.pk], []))
    assert not index.match(Entry.objects.all(), terms, dates=(datetime.date(2022, 4, 1), datetime.date(2022, 4, 30)))
