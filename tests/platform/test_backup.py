"""Backup and restore round-trip the database and the originals, on whichever database the tests run on."""

from __future__ import annotations

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
    with pytest.raises(CommandError, match="empty database"):
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
    with pytest.raises(BackupError, match="damaged"):
        restore(damaged)
    assert Organisation.objects.count() == 0 and Document.objects.count() == 0


def test_restore_refuses_what_is_not_a_backup(db, tmp_path):
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"not a zip")
    with pytest.raises(CommandError, match="not a kexie backup"):
        call_command("restore", str(junk))
