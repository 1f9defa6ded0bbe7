"""Bytes of a file → text (STUB: txt only; the full version handles md, html, docx, pdf and bad input)."""

from __future__ import annotations

import os

from .errors import ReaderError

DEFAULT_MAX_BYTES = 50 * 1024 * 1024


def load(source, filename=None, *, max_bytes=None):
    if isinstance(source, (bytes, bytearray)):
        return bytes(source), filename or "document"
    path = os.fspath(source)
    with open(path, "rb") as f:
        return f.read(), filename or os.path.basename(path)


def extract(data: bytes, filename: str | None) -> str:
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            pass
    raise ReaderError("cannot decode")
