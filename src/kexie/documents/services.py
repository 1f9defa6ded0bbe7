"""Ingesting a file: parse first, then store the row and the original together, or nothing at all."""

from __future__ import annotations

import datetime
import logging
import os
import re

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from kexie.audit import log

from kexie.reader import ReaderError, parse

from . import storage
from .citations import record_citations
from .models import DocType, Document


logger = logging.getLogger(__name__)


class IngestError(Exception):
    """A file that was not stored; str(error) is one sentence for the user that names the file once."""

    def __init__(self, filename: str, reason: str):
        self.filename, self.reason = filename, reason
        super().__init__(_("“%(name)s”未上传：%(reason)s") % {"name": filename, "reason": reason})


# The reader explains a refusal in English with the file's name in it; the upload says it in the user's language,
# naming the file once. First match wins; a reason not listed gets the general advice (the reader's own words are
# logged for the administrator).
READER_REASONS = [
    (r"old-style Office file", gettext_lazy("这是旧版 Office 文件（.doc/.wps/.xls），请用 Word 或 WPS 另存为 .docx 或 PDF 后再上传。")),
    (r"RTF file", gettext_lazy("这是 RTF 文件，请用 Word 或 WPS 另存为 .docx 或 PDF 后再上传。")),
    (r"OFD file", gettext_lazy("这是 OFD 文件，请在 OFD 阅读器中导出为 PDF 后再上传。")),
    (r"web archive \(MHT\)", gettext_lazy("这是 MHT 网页存档，请将网页另存为 .html 后再上传。")),
    (r"is a spreadsheet", gettext_lazy("这是表格，不是文件正文，请另存为 PDF 或把表格复制到 .docx 后再上传。")),
    (r"is a presentation", gettext_lazy("这是演示文稿，不是文件正文，请另存为 PDF 后再上传。")),
    (r"is an image", gettext_lazy("这是图片，不是文字文件，请先做文字识别（OCR），再上传识别出的文字或 PDF。")),
    (r"compressed archive", gettext_lazy("这是压缩包，请解压后逐个上传其中的文件。")),
    (r"password-protected|security handler", gettext_lazy("这个 PDF 有密码保护，请打印为新的 PDF 后再上传。")),
    (r"more than the reader's limit", gettext_lazy("文件超过了可读取的大小上限，请拆分后再上传。")),
    (r"pages, more than|characters of text, more than", gettext_lazy("文件太长，超过一份文件的篇幅，请拆分后再上传。")),
    (r"not a PDF|PDF without pages|PDF reader", gettext_lazy("这个 PDF 已损坏或不完整，请重新获取或重新导出后再上传。")),
    (r"Word document|Word structure|zip archive|would inflate|compressed \d+",
     gettext_lazy("这不是完好的 Word 文档，请用 Word 或 WPS 打开并另存为 .docx 后再上传。")),
    (r"web page", gettext_lazy("这个网页读不出正文，请重新保存网页或另存为 PDF 后再上传。")),
    (r"is empty|holds no text|without any text", gettext_lazy("文件里没有文字，请确认选对了文件。")),
    (r"byte-order mark|not text in any encoding|binary data|not a text document",
     gettext_lazy("读不出文字：这不是可识别的文本文件，请确认选对了文件，或另存为 UTF-8 文本、.docx 或 PDF 后再上传。")),
]


def reader_reason(error: Exception) -> str:
    message = str(error)
    for pattern, reason in READER_REASONS:
        if re.search(pattern, message):
            return str(reason)
    logger.warning("upload refused by the reader: %s", message)
    return _("读不出这个文件的文字，请确认选对了文件，或另存为 .docx 或 PDF 后再上传。")


# Control characters (NUL first: PostgreSQL text cannot hold it) have no place in a file name or stored text.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_filename(filename: str | None) -> str:
    # Browsers may send a full path (C:\fakepath\x.docx); keep the last part only.
    name = os.path.basename(CONTROL_CHARACTERS.sub("", filename or "").replace("\\", "/")).strip()
    return (name or "document")[:255]


def without_nul(value):
    """The reader's output with NUL characters removed, so both databases store the same parse."""
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, dict):
        return {without_nul(k): without_nul(v) for k, v in value.items()}
    if isinstance(value, list):
        return [without_nul(v) for v in value]
    return value


def iso_date(value) -> datetime.date | None:
    """A date the reader wrote (ISO), or None when it wrote none or something else."""
    try:
        return datetime.date.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        return None


def _fields_from(result) -> dict:
    """The header fields kept in columns so lists need not open the parse JSON."""
    doc_type = result.doc_type if result.doc_type in DocType.values else DocType.OTHER
    return {
        "doc_type": doc_type,
        "doc_number": without_nul(result.doc_number or "")[:100],
        "title": without_nul(result.title or result.enclosed_title or "")[:500],
        "date": iso_date(result.date),
        "issuer": without_nul(result.issuer or "")[:200],
    }


def ingest(data: bytes, filename: str, organisation, user=None) -> tuple[Document, bool]:
    """Store a file for an organisation; returns (document, created).

    The same bytes twice for one organisation make one document. Raises IngestError (nothing stored)
    when the file is empty, too large or cannot be read.
    """
    filename = clean_filename(filename)
    limit = settings.KEXIE_MAX_UPLOAD_BYTES
    if not data:
        raise IngestError(filename, _("文件是空的，请检查后重新上传。"))
    if len(data) > limit:
        raise IngestError(filename, _("文件太大（上限 %(mb)d MB），请拆分或压缩后再上传。")
                          % {"mb": limit // (1024 * 1024)})
    sha256 = storage.sha256_of(data)
    existing = Document.objects.filter(organisation=organisation, sha256=sha256).first()
    if existing is not None:
        return existing, False
    try:
        result = parse(data, filename=filename, max_bytes=limit)
    except ReaderError as e:
        raise IngestError(filename, reader_reason(e)) from e
    parse_json = without_nul(result.to_dict())
    created_blob = False
    try:
        with transaction.atomic():
            document = Document.objects.create(
                organisation=organisation, filename=filename, sha256=sha256, size=len(data),
                parse=parse_json, text=without_nul(result.text or ""), uploaded_by=user, **_fields_from(result))
            record_citations(document)
            created_blob = storage.write_blob(data, sha256)[1]
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
    storage.forget_unreferenced(sha256)


def reparse(document: Document) -> Document:
    """Read the stored original again (after the reader improved) and refresh the parse and its fields."""
    data = document.original_bytes()
    result = parse(data, filename=document.filename, max_bytes=settings.KEXIE_MAX_UPLOAD_BYTES)
    for field, value in _fields_from(result).items():
        setattr(document, field, value)
    document.parse = without_nul(result.to_dict())
    document.text = without_nul(result.text or "")
    with transaction.atomic():
        document.save()
        record_citations(document)
    return document
