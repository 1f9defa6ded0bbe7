"""Backup and restore: one zip with the database's data (dumpdata JSON, natural keys) and every stored original.

The archive is database-neutral, so a backup taken on SQLite restores into PostgreSQL and back.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import os
import tempfile
import zipfile
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection, transaction

import kexie
from kexie.documents import storage
from kexie.documents.models import Document
from kexie.orgs.models import Organisation

FORMAT = "kexie.backup/1"
# Rebuilt by migrate, or transient (sessions, sign-in attempts): not part of a backup.
EXCLUDE = ["contenttypes", "auth.permission", "sessions", "axes"]


class BackupError(Exception):
    """A backup that cannot be restored; str(error) says why."""


def backup(path: str | os.PathLike) -> dict:
    """Write the archive to path (atomically: a temporary file renamed at the end); returns its manifest."""
    path = Path(path)
    with tempfile.TemporaryDirectory() as tmp:
        data_file = Path(tmp) / "data.json"
        # One transaction, so the dump is a consistent snapshot while the site keeps running.
        with transaction.atomic():
            call_command("dumpdata", natural_foreign=True, natural_primary=True, exclude=EXCLUDE,
                         output=str(data_file), verbosity=0)
            shas = sorted(set(Document.objects.values_list("sha256", flat=True)))
        manifest = {
            "format": FORMAT,
            "created": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
            "kexie": kexie.__version__,
            "database": connection.vendor,
            "originals": {},
        }
        partial = path.with_name(f".{path.name}.partial")
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.write(data_file, "data.json")
            for sha in shas:
                blob = storage.blob_path(sha)
                if not blob.is_file():
                    raise BackupError(f"the original {sha} is missing from {storage.originals_dir()}")
                zf.write(blob, f"originals/{sha}")
                manifest["originals"][sha] = blob.stat().st_size
            zf.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
        os.replace(partial, path)
    return manifest


def database_is_empty() -> bool:
    return not (Organisation.objects.exists() or Document.objects.exists() or get_user_model().objects.exists())


def restore(path: str | os.PathLike) -> dict:
    """Restore an archive into an empty database; every original is checked against its sha256 first."""
    path = Path(path)
    try:
        zf = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as e:
        raise BackupError(f"{path} is not a kexie backup: {e}") from e
    with zf, tempfile.TemporaryDirectory() as tmp:
        try:
            manifest = json.loads(zf.read("manifest.json"))
        except (KeyError, ValueError) as e:
            raise BackupError(f"{path} has no readable manifest.json") from e
        if manifest.get("format") != FORMAT:
            raise BackupError(f"{path} is a {manifest.get('format')!r} archive, not {FORMAT}")
        call_command("migrate", interactive=False, verbosity=0)
        if not database_is_empty():
            raise BackupError("the database already holds organisations, users or documents; "
                              "restore into an empty database")
        originals = {}
        for sha, size in manifest["originals"].items():
            data = zf.read(f"originals/{sha}")
            if hashlib.sha256(data).hexdigest() != sha or len(data) != size:
                raise BackupError(f"the original {sha} in {path} is damaged (its sha256 does not match)")
            originals[sha] = data
        data_file = Path(tmp) / "data.json"
        data_file.write_bytes(zf.read("data.json"))
        created = []
        try:
            for sha, data in originals.items():
                _, new = storage.write_blob(data, sha)
                if new:
                    created.append(sha)
            with transaction.atomic():
                call_command("loaddata", str(data_file), verbosity=0)
                missing = set(Document.objects.values_list("sha256", flat=True)) - set(originals)
                if missing:
                    raise BackupError(f"{len(missing)} document(s) in {path} have no original in the archive")
        except BaseException:
            for sha in created:
                storage.delete_blob(sha)
            raise
    counts = {model._meta.label: model.objects.count()
              for model in (Organisation, Document, get_user_model())}
    return {"manifest": manifest, "counts": counts, "originals": len(originals)}
