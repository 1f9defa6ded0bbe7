"""Citations: the 文号 a stored document cites, written when it is ingested or parsed again, and rebuilt for
documents stored before citations were kept (`kexie citations`)."""

from __future__ import annotations

from .models import Citation, Document
from .numbers import cited_title, number_key

# A document citing more than this many numbers is a list, not a document; the chain keeps the first ones.
MAX_CITATIONS = 200


def citations_of(references, text: str, own_key: str) -> list[Citation]:
    """Unsaved Citation rows for a parse's references: normalised, without duplicates, malformed numbers and the
    document's own number."""
    rows, seen = [], {own_key} if own_key else set()
    for number in references if isinstance(references, list) else []:
        key = number_key(number) if isinstance(number, str) else ""
        if not key or key in seen:
            continue
        seen.add(key)
        rows.append(Citation(number=number.strip()[:100], key=key, title=cited_title(text, number.strip()),
                             order=len(rows)))
        if len(rows) == MAX_CITATIONS:
            break
    return rows


def record_citations(document: Document) -> int:
    """Replace the document's citation rows with those of its current parse; returns how many it cites.
    Call inside the transaction that stores the document, so the two never disagree."""
    rows = citations_of((document.parse or {}).get("references"), document.text or "", document.number_key)
    Citation.objects.filter(document=document).delete()
    for row in rows:
        row.document = document
    Citation.objects.bulk_create(rows)
    return len(rows)


def rebuild(documents=None, batch: int = 500) -> tuple[int, int]:
    """Citations (and number keys) for stored documents, from the parses they hold; returns (documents,
    citations). Idempotent: running it twice writes the same rows."""
    documents = Document.objects.all() if documents is None else documents
    n_documents = n_citations = 0
    for document in documents.only("pk", "doc_number", "number_key", "parse", "text").iterator(chunk_size=batch):
        key = number_key(document.doc_number)
        if key != document.number_key:
            Document.objects.filter(pk=document.pk).update(number_key=key)
            document.number_key = key
        n_citations += record_citations(document)
        n_documents += 1
    return n_documents, n_citations
