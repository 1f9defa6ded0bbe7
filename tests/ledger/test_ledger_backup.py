"""Backup carries report attachments: after a restore into an empty database they download with the same bytes."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from kexie.documents import storage
from kexie.ledger.models import Assignment, ReportAttachment

pytestmark = pytest.mark.django_db(transaction=True)


def test_backup_and_restore_keep_report_attachments(zunyi_plan, org, client_for, data_dir, tmp_path):
    a = Assignment.objects.filter(plan=zunyi_plan, organisation=org("正安县科协")).first()
    county = client_for("zhengan-staff")
    photo = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4
    r = county.post(reverse("ledger:report", args=[a.pk]), {
        "text": "召开党组会专题学习", "percent": "40", "attachments": [SimpleUploadedFile("照片.jpg", photo)]})
    assert r.status_code == 302
    archive = tmp_path / "b.zip"
    call_command("backup", str(archive))

    # An empty database and an empty originals directory, as on a fresh machine.
    call_command("flush", interactive=False, verbosity=0)
    for blob in (data_dir / "originals").rglob("*"):
        if blob.is_file():
            blob.unlink()
    call_command("restore", str(archive))

    attachment = ReportAttachment.objects.get(filename="照片.jpg")
    assert storage.read_blob(attachment.sha256) == photo
    response = client_for("zhengan-staff").get(reverse("ledger:attachment", args=[attachment.pk]))
    assert response.status_code == 200 and b"".join(response.streaming_content if response.streaming
                                                    else [response.content]) == photo
