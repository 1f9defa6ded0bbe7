"""Backup and restore: one zip with the database's data (dumpdata JSON, natural keys) and every stored blob.

The archive is database-neutral, so a backup taken on SQLite restores into PostgreSQL and back. Which blobs it
carries comes from the storage registry (`storage.register_blob_field`): every sha256 any registered field of any
row points to — documents' originals, report attachments, whatever a future app registers.
"""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import json
import os
import tempfile
import zipfile
import zlib
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.serializers.base import DeserializationError
from django.db import DatabaseError, connection, transaction
from django.utils.translation import gettext as _

import kexie
from kexie.documents import storage
from kexie.documents.models import Document
from kexie.orgs.models import Organisation

FORMAT = "kexie.backup/1"
# Rebuilt by migrate, or transient (sessions, sign-in attempts): not part of a backup.
EXCLUDE = ["contenttypes", "auth.permission", "sessions", "axes"]
# What reading a damaged zip member can raise: a bad header or CRC, a cut-off deflate stream, a short read.
ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError)


class BackupError(Exception):
    """A backup that cannot be written or restored; str(error) is one sentence that says why."""


def backup(path: str | os.PathLike) -> dict:
    """Write the archive to path (atomically: a temporary file renamed at the end); returns its manifest."""
    path = Path(path)
    with tempfile.TemporaryDirectory() as tmp:
        data_file = Path(tmp) / "data.json"
        # One transaction, so the dump and the list of blobs are one consistent snapshot while the site runs.
        with transaction.atomic():
            call_command("dumpdata", natural_foreign=True, natural_primary=True, exclude=EXCLUDE,
                         output=str(data_file), verbosity=0)
            shas = sorted(storage.referenced_blobs())
        missing = [sha for sha in shas if not _is_stored(sha)]
        if missing:
            raise BackupError(_("备份未写出：数据引用的 %(count)d 个存储文件在 %(dir)s 中缺失（例如 %(sha)s），"
                                "请先从旧备份恢复这些文件。")
                              % {"count": len(missing), "dir": storage.originals_dir(), "sha": missing[0]})
        manifest = {
            "format": FORMAT,
            "created": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
            "kexie": kexie.__version__,
            "database": connection.vendor,
            "originals": {},
        }
        partial = path.with_name(f".{path.name}.partial")
        try:
            with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as zf:
                zf.write(data_file, "data.json")
                for sha in shas:
                    blob = storage.blob_path(sha)
                    zf.write(blob, f"originals/{sha}")
                    manifest["originals"][sha] = blob.stat().st_size
                zf.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
            os.replace(partial, path)
        finally:
            partial.unlink(missing_ok=True)
    return manifest


def _is_stored(sha: str) -> bool:
    try:
        return storage.has_blob(sha)
    except ValueError:  # a row holding something that is not a sha256 points to no blob at all
        return False


def database_is_empty() -> bool:
    return not (Organisation.objects.exists() or Document.objects.exists() or get_user_model().objects.exists())


@contextlib.contextmanager
def _reading(name: str, path: Path):
    """Turns a missing or unreadable archive member into one sentence."""
    try:
        yield
    except KeyError:
        raise BackupError(_("%(path)s 不是完整的 kexie 备份：缺少 %(name)s。") % {"path": path, "name": name}) from None
    except ZIP_ERRORS:
        raise BackupError(_("%(path)s 已损坏（%(name)s 读不出来），请换一份备份。")
                          % {"path": path, "name": name}) from None


def _read_member(zf: zipfile.ZipFile, name: str, path: Path) -> bytes:
    with _reading(name, path):
        return zf.read(name)


def _read_manifest(zf: zipfile.ZipFile, path: Path) -> dict:
    try:
        manifest = json.loads(_read_member(zf, "manifest.json", path))
    except ValueError:
        raise BackupError(_("%(path)s 的 manifest.json 不是有效的 JSON，备份已损坏。") % {"path": path}) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        found = manifest.get("format") if isinstance(manifest, dict) else None
        raise BackupError(_("%(path)s 的格式是 %(found)r，本版本只能恢复 %(format)s 格式的备份。")
                          % {"path": path, "found": found, "format": FORMAT})
    originals = manifest.get("originals")
    if not isinstance(originals, dict) or not all(
            isinstance(sha, str) and isinstance(size, int) for sha, size in originals.items()):
        raise BackupError(_("%(path)s 的 manifest.json 中文件清单不完整，备份已损坏。") % {"path": path})
    return manifest


def _check_blobs(zf: zipfile.ZipFile, manifest: dict, path: Path) -> list[str]:
    """Every blob the manifest lists, checked against its sha256 and size before anything is written.

    Read in chunks, so an archive of many gigabytes of attachments needs no more memory than one chunk.
    """
    for sha, size in manifest["originals"].items():
        digest, length = hashlib.sha256(), 0
        with _reading(f"originals/{sha}", path), zf.open(f"originals/{sha}") as member:
            while chunk := member.read(1 << 20):
                digest.update(chunk)
                length += len(chunk)
        if digest.hexdigest() != sha or length != size:
            raise BackupError(_("%(path)s 中的存储文件 %(sha)s 已损坏（SHA-256 不符），未恢复任何内容。")
                              % {"path": path, "sha": sha})
    return list(manifest["originals"])


def restore(path: str | os.PathLike) -> dict:
    """Restore an archive into an empty database, whole or not at all.

    Every blob is checked against its sha256 before anything is written, and every blob the restored rows point
    to must be in the archive; otherwise the database transaction is rolled back and the blobs this restore
    added are removed again.
    """
    path = Path(path)
    try:
        zf = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise BackupError(_("找不到备份文件 %(path)s。") % {"path": path}) from None
    except ZIP_ERRORS:
        raise BackupError(_("%(path)s 不是 kexie 备份（不是完整的 zip 文件）。") % {"path": path}) from None
    with zf, tempfile.TemporaryDirectory() as tmp:
        manifest = _read_manifest(zf, path)
        data = _read_member(zf, "data.json", path)
        try:
            json.loads(data)
        except ValueError:
            raise BackupError(_("%(path)s 的 data.json 不是有效的 JSON，备份已损坏。") % {"path": path}) from None
        blobs = _check_blobs(zf, manifest, path)
        data_file = Path(tmp) / "data.json"
        data_file.write_bytes(data)
        del data
        call_command("migrate", interactive=False, verbosity=0)
        if not database_is_empty():
            raise BackupError(_("数据库中已有单位、用户或文件；请恢复到空数据库。"))
        created, new_dirs = [], set()
        try:
            for sha in blobs:
                if not storage.blob_path(sha).parent.exists():
                    new_dirs.add(storage.blob_path(sha).parent)
                new = storage.write_blob(_read_member(zf, f"originals/{sha}", path), sha)[1]
                if new:
                    created.append(sha)
            with transaction.atomic():
                try:
                    call_command("loaddata", str(data_file), verbosity=0)
                except (DeserializationError, DatabaseError, ValueError, LookupError) as e:
                    raise BackupError(_("%(path)s 的数据无法载入（%(error)s），未恢复任何内容。")
                                      % {"path": path, "error": str(e).splitlines()[0][:200]}) from None
                missing = storage.referenced_blobs() - set(blobs)
                if missing:
                    raise BackupError(_("%(path)s 缺少数据引用的 %(count)d 个存储文件，未恢复任何内容。")
                                      % {"path": path, "count": len(missing)})
        except BaseException:
            for sha in created:
                storage.delete_blob(sha)
            for folder in new_dirs:
                folder.rmdir()
            raise
    counts = {model._meta.label: model.objects.count()
              for model in (Organisation, Document, get_user_model())}
    return {"manifest": manifest, "counts": counts, "originals": len(blobs)}
