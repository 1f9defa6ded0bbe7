"""PostgreSQL's tsvector gets the scope tokens SQLite's scope column has (index.py: o<id> for the owner and each
organisation above it, d<id> for the owner) and the entry's date tokens (y<year> m<month> t<day>); SQLite's scope
tokens are written afresh from the current paths (before, a moved organisation's entries kept their old place's)."""

from django.db import migrations

POSTGRES = """
UPDATE search_entry e SET tsv = coalesce(e.tsv, ''::tsvector) || to_tsvector('simple', concat_ws(' ',
    (SELECT string_agg('o' || ltrim(step, '0'), ' ') || ' d' || o.id
     FROM orgs_organisation o, unnest(string_to_array(rtrim(o.path, '/'), '/')) AS step
     WHERE o.id = e.organisation_id GROUP BY o.id),
    to_char(e.date, '"y"YYYY "m"YYYYMM "t"YYYYMMDD')))
"""


def forwards(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor == "postgresql":
        schema_editor.execute(POSTGRES)
        return
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cur:
        cur.execute("SELECT e.id, e.kind, coalesce(o.path, '') FROM search_entry e "
                    "LEFT JOIN orgs_organisation o ON o.id = e.organisation_id")
        rows = cur.fetchall()
        for start in range(0, len(rows), 1000):
            cur.executemany("UPDATE search_fts SET scope = %s WHERE rowid = %s",
                            [(_scope(kind, path), pk) for pk, kind, path in rows[start:start + 1000]])


def _scope(kind: str, path: str) -> str:
    # index._scope_tokens as it is at this migration (a migration does not import the code it may outlive)
    ids = [int(step) for step in path.split("/") if step]
    return " ".join([f"k{kind}", *(f"o{i}" for i in ids), *(f"d{i}" for i in ids[-1:])])


class Migration(migrations.Migration):
    dependencies = [("search", "0002_fulltext"), ("orgs", "0001_initial")]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
