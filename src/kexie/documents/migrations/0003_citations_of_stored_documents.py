"""Number keys and citations for the documents stored before the policy chain kept them (from their parses)."""

from django.db import migrations

from kexie.documents.numbers import cited_title, number_key


def forwards(apps, schema_editor):
    Document = apps.get_model("documents", "Document")
    Citation = apps.get_model("documents", "Citation")
    for document in Document.objects.only("pk", "doc_number", "parse", "text").iterator(chunk_size=500):
        own = number_key(document.doc_number)
        Document.objects.filter(pk=document.pk).update(number_key=own)
        rows, seen = [], {own} if own else set()
        references = (document.parse or {}).get("references")
        for number in references if isinstance(references, list) else []:
            key = number_key(number) if isinstance(number, str) else ""
            if key and key not in seen and len(rows) < 200:
                seen.add(key)
                rows.append(Citation(document_id=document.pk, number=number.strip()[:100], key=key,
                                     title=cited_title(document.text or "", number.strip()), order=len(rows)))
        Citation.objects.bulk_create(rows, ignore_conflicts=True)


class Migration(migrations.Migration):
    dependencies = [("documents", "0002_citations")]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
