"""Temporary upload files live under the data directory, and those a killed worker left are removed at start."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from kexie.site.uploads import remove_stale_uploads


@pytest.fixture
def upload_dir(settings, tmp_path):
    settings.FILE_UPLOAD_TEMP_DIR = str(tmp_path / "tmp")
    Path(settings.FILE_UPLOAD_TEMP_DIR).mkdir()
    return Path(settings.FILE_UPLOAD_TEMP_DIR)


def left_behind(folder, name, age_seconds):
    path = folder / name
    path.write_bytes(b"half an upload")
    then = time.time() - age_seconds
    os.utime(path, (then, then))
    return path


def test_the_temporary_upload_directory_is_under_the_data_directory():
    from django.conf import settings
    assert Path(settings.FILE_UPLOAD_TEMP_DIR) == Path(settings.DATA_DIR) / "tmp"


def test_stale_uploads_are_removed_and_fresh_ones_kept(upload_dir):
    stale = left_behind(upload_dir, "abc.upload.docx", 2 * 3600)
    fresh = left_behind(upload_dir, "def.upload.docx", 60)
    assert remove_stale_uploads() == 1
    assert not stale.exists() and fresh.exists()


def test_serve_clears_stale_uploads_before_starting(upload_dir, monkeypatch):
    from kexie.site.management.commands import serve
    stale = left_behind(upload_dir, "abc.upload.pdf", 2 * 3600)

    class Started(Exception):
        pass

    def execve(*args):
        raise Started
    monkeypatch.setattr(serve, "call_command", lambda *a, **k: None)
    monkeypatch.setattr(serve.os, "execve", execve)
    with pytest.raises(Started):
        call_command("serve", "--skip-migrate")
    assert not stale.exists()


@pytest.mark.django_db
def test_a_large_upload_goes_through_the_temporary_directory(client_for, upload_dir, settings, monkeypatch):
    """Beyond the memory bound Django spools the upload to FILE_UPLOAD_TEMP_DIR (and deletes it after)."""
    from django.core.files import uploadedfile
    seen = []
    original = uploadedfile.TemporaryUploadedFile.__init__

    def spy(self, *args, **kwargs):
        original(self, *args, **kwargs)
        seen.append(Path(self.temporary_file_path()).parent)
    monkeypatch.setattr(uploadedfile.TemporaryUploadedFile, "__init__", spy)
    settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 10
    client_for("zunyi-staff").post(reverse("documents:upload"), {
        "files": [SimpleUploadedFile("通知.txt", "关于开展活动的通知\n\n一、活动内容\n开展活动。".encode())]})
    assert seen == [upload_dir] and list(upload_dir.iterdir()) == []
