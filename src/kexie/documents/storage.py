"""Originals on disk, content-addressed by sha256 under the data directory; written once, never altered."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from django.apps import apps
from django.conf import settings

# Model fields that hold the sha256 of a stored blob, as (model label, field name), besides the StoredFile models
# blob_fields() finds by themselves: a model of another shape registers its field in AppConfig.ready, so backup
# and restore carry every blob any row points to, including future apps'.
_blob_fields: set[tuple[str, str]] = set()


def register_blob_field(model_label: str, field_name: str) -> None:
    """Declare that model_label.field_name holds the sha256 of a blob kept in this store."""
    _blob_fields.add((model_label, field_name))


def blob_fields() -> list[tuple[str, str]]:
    """The registered fields and the sha256 of every concrete StoredFile model (report attachments, photos…)."""
    from .models import StoredFile
    stored = {(m._meta.label, "sha256") for m in apps.get_models() if issubclass(m, StoredFile)}
    return sorted(_blob_fields | stored)


def is_referenced(sha256: str) -> bool:
    """Whether any row of any blob field points to these bytes: a document, a report's attachment and a photo may
    be the same file, stored once, and must not lose it when one of them goes."""
    return any(apps.get_model(label).objects.filter(**{field: sha256}).exists() for label, field in blob_fields())


def forget_unreferenced(sha256: str) -> None:
    """Delete the blob unless some row still points to it."""
    if sha256 and not is_referenced(sha256):
        delete_blob(sha256)


def referenced_blobs() -> set[str]:
    """The sha256 of every blob some row of a registered field points to (blank values are no reference)."""
    shas: set[str] = set()
    for label, field in blob_fields():
        values = apps.get_model(label).objects.exclude(**{field: ""}).values_list(field, flat=True).distinct()
        shas.update(v for v in values.iterator() if v)
    return shas


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def originals_dir() -> Path:
    return Path(settings.ORIGINALS_DIR)


def blob_path(sha256: str) -> Path:
    if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
        raise ValueError(f"not a sha256: {sha256!r}")
    return originals_dir() / sha256[:2] / sha256


def has_blob(sha256: str) -> bool:
    return blob_path(sha256).is_file()


def write_blob(data: bytes, sha256: str | None = None) -> tuple[Path, bool]:
    """Store the bytes under their sha256; returns (path, created). An existing blob is left as it is."""
    sha256 = sha256 or sha256_of(data)
    path = blob_path(sha256)
    if path.is_file():
        return path, False
    path.parent.mkdir(parents=True, exist_ok=True)
    # Write to a temporary file and rename, so a crash never leaves a half-written original under its name.
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".incoming-")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o444)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return path, True


def read_blob(sha256: str) -> bytes:
    return blob_path(sha256).read_bytes()


def delete_blob(sha256: str) -> None:
    try:
        blob_path(sha256).unlink()
    except FileNotFoundError:
        pass
