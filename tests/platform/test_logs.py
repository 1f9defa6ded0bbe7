"""A permission refusal is logged as one line (who, path, why), without a traceback."""

from __future__ import annotations

import logging

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

pytestmark = pytest.mark.django_db


def refusals(caplog):
    return [r for r in caplog.records if r.name == "django.request" and getattr(r, "status_code", None) == 403]


def test_a_page_refusal_is_one_line(client_for, caplog):
    caplog.set_level(logging.WARNING, logger="django.request")
    response = client_for("zunyi-leader").post(reverse("documents:upload"), {
        "files": [SimpleUploadedFile("a.txt", b"x")]})
    assert response.status_code == 403
    [record] = refusals(caplog)
    line = record.getMessage()
    assert line == "permission refused: user=zunyi-leader path=/documents/upload/ why=只有管理员和经办人员可以上传文件。"
    assert record.exc_info is None and "Traceback" not in caplog.text


def test_an_api_refusal_is_one_line(client_for, caplog):
    caplog.set_level(logging.WARNING, logger="django.request")
    response = client_for("zunyi-leader").post("/api/documents/", {"file": SimpleUploadedFile("a.txt", b"x")})
    assert response.status_code == 403
    [record] = refusals(caplog)
    assert record.getMessage().startswith("permission refused: user=zunyi-leader path=/api/documents/ why=")
    assert "Traceback" not in caplog.text
