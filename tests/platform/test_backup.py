"""Backup and restore round-trip the database and the originals, on whichever database the tests run on."""

from __future__ import annotations

import json
import zipfile

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from rest_framework.authtoken.models import Token

from kexie.documents import storage
from kexie.documents.models import Document
from kexie.orgs.models import Department, Membership, Organisation, Person, Position
from kexie.site.backup import BackupError, restore
from kexie.site.demo import load_seeds

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "orgs": sorted(Organisation.objects.values_list("pk", "name", "path", "parent_id", "level", "aliases")),
        "departments": sorted(Department.objects.values_list("organisation__name", "name")),
        "people": sorted(Person.objects.values_list("organisation__name", "name", "department__name")),
        "positions": sorted(Position.objects.values_list("person__name", "title", "order")),
        "memberships": sorted(Membership.objects.values_list("user__username", "organisation__name", "role",
                                                             "person__name")),
        "documents": sorted(Document.objects.values_list("pk", "organisation__name", "sha256", "title", "parse")),
        "users": sorted(get_user_model().objects.values_list("username", "password", "is_superuser")),
        "tokens": sorted(Token.objects.values_list("key", "user__username")),
    }


def wipe(data_dir):
    """Empty the database and the originals, as a fresh machine would be."""
    Token.objects.all().delete()
    Document.objects.all().delete()
    Membership.objects.all().delete()
    get_user_model().objects.all().delete()
    for org in Organisation.objects.order_by("-depth"):
        org.delete()
    for blob in (data_dir / "originals").rglob("*"):
        if blob.is_file():
            blob.unlink()


def test_backup_and_restore_round_trip(demo, user, data_dir, tmp_path, client):
    load_seeds()
    Token.objects.create(user=user("zunyi-staff"))
    before = snapshot()
    originals = {d.sha256: d.original_bytes() for d in Document.objects.all()}
    archive = tmp_path / "kexie-backup.zip"
    call_command("backup", str(archive))
    assert zipfile.ZipFile(archive).namelist()[0] == "data.json"

    wipe(data_dir)
    assert Organisation.objects.count() == 0 and not storage.has_blob(next(iter(originals)))
    call_command("restore", str(archive))

    assert snapshot() == before
    for sha, data in originals.items():
        assert storage.read_blob(sha) == data
    # The restored site works: signing in, the subtree, new rows get fresh ids (sequences were reset).
    signed_in = client.post("/accounts/login/", {"username": "zunyi-staff", "password": "kexie-demo-2022"})
    assert signed_in.status_code == 302
    zunyi = Organisation.objects.get(short_name="遵义市科协")
    new = Organisation.objects.create(name="新建测试科协", level=4, parent=zunyi)
    assert new.pk > max(pk for pk, *_ in before["orgs"])
    assert new in Organisation.objects.subtree(zunyi)


def test_restore_refuses_a_database_that_is_not_empty(demo, tmp_path):
    archive = tmp_path / "b.zip"
    call_command("backup", str(archive))
    with pytest.raises(CommandError, match="空数据库"):
        call_command("restore", str(archive))


def test_restore_refuses_a_damaged_original(demo, data_dir, tmp_path):
    load_seeds()
    archive = tmp_path / "b.zip"
    call_command("backup", str(archive))
    damaged = tmp_path / "damaged.zip"
    with zipfile.ZipFile(archive) as src, zipfile.ZipFile(damaged, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename.startswith("originals/"):
                data = data.replace("科协".encode(), "科学".encode(), 1)
            dst.writestr(item, data)
    wipe(data_dir)
    with pytest.raises(BackupError, match="已损坏"):
        restore(damaged)
    assert Organisation.objects.count() == 0 and Document.objects.count() == 0
    assert stored_blobs(data_dir) == []


def stored_blobs(data_dir):
    return sorted(p.name for p in (data_dir / "originals").rglob("*") if p.is_file())


def rewrite(archive, target, *, drop=(), replace=None):
    """A copy of archive without the members in drop and with replace's members swapped in."""
    replace = replace or {}
    with zipfile.ZipFile(archive) as src, zipfile.ZipFile(target, "w") as dst:
        for item in src.infolist():
            if item.filename not in drop:
                dst.writestr(item.filename, replace.get(item.filename, src.read(item)))
    return target


@pytest.fixture
def archive(demo, data_dir, tmp_path):
    """A backup of the demo with the seed documents, taken and then wiped from the database and the originals."""
    load_seeds()
    path = tmp_path / "b.zip"
    call_command("backup", str(path))
    wipe(data_dir)
    return path


def damaged_copies(archive, tmp_path):
    data = archive.read_bytes()
    blob = next(n for n in zipfile.ZipFile(archive).namelist() if n.startswith("originals/"))
    return {
        "not a zip": ("junk.zip", lambda p: p.write_bytes(b"not a zip"), "不是 kexie 备份"),
        "truncated": ("cut.zip", lambda p: p.write_bytes(data[: len(data) // 2]), "不是 kexie 备份"),
        "no manifest": ("m.zip", lambda p: rewrite(archive, p, drop={"manifest.json"}), "缺少 manifest.json"),
        "no data": ("d.zip", lambda p: rewrite(archive, p, drop={"data.json"}), "缺少 data.json"),
        "corrupt manifest": ("cm.zip", lambda p: rewrite(archive, p, replace={"manifest.json": b"{nope"}),
                             "manifest.json 不是有效的 JSON"),
        "corrupt data": ("cd.zip", lambda p: rewrite(archive, p, replace={"data.json": b'[{"model": "orgs.'}),
                         "data.json 不是有效的 JSON"),
        "wrong rows": ("wr.zip", lambda p: rewrite(archive, p, replace={"data.json": b'[{"model": "no.such"}]'}),
                       "无法载入"),
        "wrong format": ("f.zip", lambda p: rewrite(archive, p, replace={
            "manifest.json": json.dumps({"format": "kexie.backup/99", "originals": {}})}), "kexie.backup/99"),
        "missing blob": ("b.zip", lambda p: rewrite(archive, p, drop={blob}), f"缺少 {blob}"),
    }


@pytest.mark.parametrize("kind", ["not a zip", "truncated", "no manifest", "no data", "corrupt manifest",
                                  "corrupt data", "wrong rows", "wrong format", "missing blob"])
def test_a_damaged_archive_is_refused_in_one_sentence_and_nothing_is_restored(kind, archive, data_dir, tmp_path):
    name, make, message = damaged_copies(archive, tmp_path)[kind]
    damaged = tmp_path / "damaged" / name
    damaged.parent.mkdir()
    make(damaged)
    with pytest.raises(CommandError, match=message) as refused:
        call_command("restore", str(damaged))
    assert "\n" not in str(refused.value) and "Traceback" not in str(refused.value)
    assert Organisation.objects.count() == 0 and Document.objects.count() == 0
    assert stored_blobs(data_dir) == []


def test_restore_refuses_an_archive_whose_rows_point_to_a_blob_it_lacks(archive, data_dir, tmp_path):
    """A manifest that forgets a blob the data points to: the restore is rolled back whole."""
    with zipfile.ZipFile(archive) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    forgotten = next(iter(manifest["originals"]))
    del manifest["originals"][forgotten]
    partial = rewrite(archive, tmp_path / "p.zip", drop={f"originals/{forgotten}"},
                      replace={"manifest.json": json.dumps(manifest)})
    with pytest.raises(BackupError, match="缺少数据引用的 1 个存储文件"):
        restore(partial)
    assert Organisation.objects.count() == 0 and Document.objects.count() == 0
    assert stored_blobs(data_dir) == []


def test_backup_refuses_when_a_referenced_blob_is_missing(demo, data_dir, tmp_path):
    load_seeds()
    storage.delete_blob(Document.objects.first().sha256)
    with pytest.raises(CommandError, match="缺失"):
        call_command("backup", str(tmp_path / "b.zip"))
    assert not (tmp_path / "b.zip").exists() and not list(tmp_path.glob(".b.zip*"))


def test_restore_command_exits_with_status_1_and_one_line(tmp_path):
    """From the shell: no traceback, one sentence on stderr, exit status 1."""
    import os
    import subprocess
    import sys
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"PK\x03\x04 cut")
    env = {**os.environ, "KEXIE_DATA_DIR": str(tmp_path / "data"), "DJANGO_SETTINGS_MODULE": "kexie.site.settings"}
    env.pop("KEXIE_DATABASE_URL", None)
    run = subprocess.run([sys.executable, "-m", "django", "restore", str(junk)], env=env, capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert run.stderr.strip().count("\n") == 0 and "不是 kexie 备份" in run.stderr


def test_every_field_holding_a_blob_is_carried():
    """A model with a sha256 column is an original kept in the store: it is a StoredFile (found by itself) or
    registers its field, so backup cannot leave its bytes behind."""
    from django.apps import apps

    from kexie.documents.models import StoredFile

    carried = set(storage.blob_fields())
    holders = {(m._meta.label, f.name) for m in apps.get_models() for f in m._meta.concrete_fields
               if f.name == "sha256" or f.name.endswith("_sha256")}
    assert holders and holders <= carried, holders - carried
    stored = {m._meta.label for m in apps.get_models() if issubclass(m, StoredFile)}
    assert {"ledger.ReportAttachment", "workers.VisitPhoto", "volunteers.ActivityFile"} <= stored
    assert {(label, "sha256") for label in stored} | {("ledger.QuotaItem", "sha256")} <= carried
