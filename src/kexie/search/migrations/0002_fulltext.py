"""The full-text structure beside search_entry: an FTS5 table on SQLite, a tsvector column with GIN on PostgreSQL."""

from django.db import migrations

# scope holds tokens the query narrows by before the exact scope check (index.py: kind, owner, its ancestors).
SQLITE = ["CREATE VIRTUAL TABLE search_fts USING fts5(title, body, scope, tokenize='unicode61')"]
SQLITE_UNDO = ["DROP TABLE IF EXISTS search_fts"]
POSTGRES = [
    "ALTER TABLE search_entry ADD COLUMN tsv tsvector",
    "CREATE INDEX search_entry_tsv ON search_entry USING gin (tsv)",
]
POSTGRES_UNDO = ["DROP INDEX IF EXISTS search_entry_tsv",
                 "ALTER TABLE search_entry DROP COLUMN IF EXISTS tsv"]


def _run(statements):
    def run(apps, schema_editor):
        vendor = schema_editor.connection.vendor
        for sql in statements.get(vendor, []):
            schema_editor.execute(sql)
    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]
    operations = [migrations.RunPython(_run({"sqlite": SQLITE, "postgresql": POSTGRES}),
                                       _run({"sqlite": SQLITE_UNDO, "postgresql": POSTGRES_UNDO}))]
