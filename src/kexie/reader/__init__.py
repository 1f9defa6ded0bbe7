"""kexie.reader: a file's bytes → ParsedDocument (kexie.parse/1). Pure: no Django, no database, no network."""

from __future__ import annotations

import os

from .document import parse_text
from .errors import ReaderError
from .formats import DEFAULT_MAX_BYTES, DOCX, HTML, extract, load, sniff
from .model import FORMAT, Contact, LeadingGroup, Member, OutlineItem, ParsedDocument, Responsibility, Segment

__all__ = [
    "FORMAT", "DEFAULT_MAX_BYTES", "Contact", "LeadingGroup", "Member", "OutlineItem", "ParsedDocument",
    "ReaderError", "Responsibility", "Segment", "extract", "load", "parse", "parse_text",
]


def parse(source: str | os.PathLike | bytes, filename: str | None = None, *,
          max_bytes: int | None = None) -> ParsedDocument:
    """Read a document (a path, or its bytes with an optional file name) into a ParsedDocument.

    Raises ReaderError, whose message is one sentence saying what was wrong and what to do.
    """
    data, name = load(source, filename, max_bytes=max_bytes)
    text = extract(data, name)
    # docx and HTML say where paragraphs end; only plain text and PDF text need page breaks mended
    return parse_text(text, source=name, reflow=sniff(data, name) not in (DOCX, HTML))
