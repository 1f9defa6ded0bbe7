"""Temporary upload files: where they go, and removing those a killed worker left behind."""

from __future__ import annotations

import time
from pathlib import Path

from django.conf import settings

# An upload still being received is never this old: the request would have timed out long before.
STALE_AFTER_SECONDS = 3600


def remove_stale_uploads(max_age: float = STALE_AFTER_SECONDS, now: float | None = None) -> int:
    """Delete temporary upload files older than max_age seconds; returns how many were removed.

    Django deletes its temporary upload files when a request ends, but not when the worker running it is killed
    (out of memory, a timeout, a restart); those would pile up, so `kexie serve` and `kexie demo` clear them.
    """
    folder = Path(settings.FILE_UPLOAD_TEMP_DIR)
    if not folder.is_dir():
        return 0
    cutoff = (time.time() if now is None else now) - max_age
    removed = 0
    for entry in folder.iterdir():
        try:
            if entry.is_file() and entry.stat().st_mtime < cutoff:
                entry.unlink()
                removed += 1
        except FileNotFoundError:  # another starting process removed it first
            continue
    return removed
