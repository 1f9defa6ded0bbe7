"""Ingesting a file: parse first, then store the row and the original together, or nothing at all."""

from __future__ import annotations

import datetime
import os

from django.conf import settings
from django.db import IntegrityError, transaction

from kexie.audit import log

from kexie.reader import ReaderError, parse

from . import storage
from .models import DocType, Document


class IngestError(Exception):
    """A file that was not stored; str(error) is one sentence for the user."""


def clean_filename(filename: str | None) -> str:
    # Browsers may send a full path (C:\fakepath\x.docx); keep the last part only.
    name = os.path.basename((filename or "").replace("\\", "/")).strip()
    return (name or "document")[:255]


def _iso_date(value) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        return None


def _fields_from(result) -> dict:
    """The header fields kept in columns so lists need not open the parse JSON."""
    doc_type = result.doc_type if result.doc_type in DocType.values else DocType.OTHER
    return {
        "doc_type": doc_type,
        "doc_number": (result.doc_number or "")[:100],
        "title": (result.title or result.enclosed_title or "")[:500],
        "date": _iso_date(result.date),
        "issuer": (result.issuer or "")[:200],
    }


def ingest(data: bytes, filename: str, organisation, user=None) -> tuple[Document, bool]:
    """Store a file for an organisation; returns (document, created).

    The same bytes twice for one organisation make one document. Raises IngestError (nothing stored)
    when the file is empty, too large or cannot be read.
    """
    filename = clean_filename(filename)
    limit = settings.KEXIE_MAX_UPLOAD_BYTES
    if not data:
        raise IngestError(f"{filename}：文件是空的，请检查后重新上传。")
    if len(data) > limit:
        raise IngestError(f"{filename}：文件太大（上限 {limit // (1024 * 1024)} MB），请拆分或压缩后再上传。")
    sha256 = storage.sha256_of(data)
    existing = Document.objects.filter(organisation=organisation, sha256=sha256).first()
    if existing is not None:
        return existing, False
    try:
        result = parse(data, filename=filename, max_bytes=limit)
    except ReaderError as e:
        raise IngestError(f"{filename}：{e}") from e
    parse_json = result.to_dict()
    created_blob = False
    try:
        with transaction.atomic():
            document = Document.objects.create(
                organisation=organisation, filename=filename, sha256=sha256, size=len(data),
                parse=parse_json, text=result.text or "", uploaded_by=user, **_fields_from(result))
            _, created_blob = storage.write_blob(data, sha256)
            log.record("ingest", obj=document, scope=organisation, user=user)
    except IntegrityError:
        # Another request stored the same bytes for this organisation a moment ago.
        if created_blob:
            _forget_blob(sha256)
        existing = Document.objects.filter(organisation=organisation, sha256=sha256).first()
        if existing is None:
            raise
        return existing, False
    except BaseException:
        if created_blob:
            _forget_blob(sha256)
        raise
    return document, True


def _forget_blob(sha256: str) -> None:
    if not Document.objects.filter(sha256=sha256).exists():
        storage.delete_blob(sha256)


def reparse(document: Document) -> Document:
    """Read the stored original again (after the reader improved) and refresh the parse and its fields."""
    data = document.original_bytes()
    result = parse(data, filename=document.filename, max_bytes=settings.KEXIE_MAX_UPLOAD_BYTES)
    for field, value in _fields_from(result).items():
        setattr(document, field, value)
    document.parse = result.to_dict()
    document.text = result.text or ""
    document.save()
    return document
