"""Report attachments accept the office's files (issue 11, point 16): Word, WPS, Excel, archives and photos, through
the page and the API, kept as originals and served only as downloads; anything else is one sentence naming it."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from kexie.documents import filetypes
from kexie.ledger.models import ReportAttachment
from world import build_world

pytestmark = pytest.mark.django_db

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 4
OFFICE_FILES = {
    "工作台账.xlsx": b"PK\x03\x04" + b"\x14\x00\x06\x00" + bytes(range(200)),
    "汇报材料.doc": OLE2,
    "汇报材料.wps": OLE2 + b"wps",
    "活动照片.zip": b"PK\x05\x06" + b"\x00" * 18,
    "现场.jpg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(100)),
}
REFUSED = {
    "setup.exe": ("MZ\x90\x00".encode("latin-1"), "setup.exe：不能上传这种文件"),
    "方案.docx": (b"this is not a zip", "方案.docx：文件内容不是 Word 文件"),
}


@pytest.fixture
def world(data_dir):
    return build_world()


def _client(w, name="county1"):
    c = Client()
    c.force_login(w.users[name])
    return c


def _assert_downloads_as_originals(client, expected: dict) -> None:
    for att in ReportAttachment.objects.filter(filename__in=list(expected)):
        r = client.get(reverse("ledger:attachment", args=[att.pk]))
        assert r.status_code == 200
        assert b"".join(r.streaming_content) == expected[att.filename], att.filename
        assert r["Content-Disposition"].startswith("attachment")
        assert r["Content-Type"] == "application/octet-stream"
        assert r["X-Content-Type-Options"] == "nosniff"
    assert ReportAttachment.objects.filter(filename__in=list(expected)).count() == len(expected)


def test_the_report_form_accepts_the_office_files_and_serves_them_back(world):
    a = world.assignments["甲一县科协"]
    county = _client(world)
    form = county.get(reverse("ledger:report", args=[a.pk])).content.decode()
    assert f'accept="{filetypes.ACCEPTED_EXTENSIONS}"' in form and ".wps" in form and ".xlsx" in form
    r = county.post(reverse("ledger:report", args=[a.pk]), {
        "text": "报送材料", "percent": "20",
        "attachments": [SimpleUploadedFile(name, data) for name, data in OFFICE_FILES.items()]})
    assert r.status_code == 302, r.content.decode()[:2000]
    _assert_downloads_as_originals(county, OFFICE_FILES)
    _assert_downloads_as_originals(_client(world, "city"), OFFICE_FILES)  # the issuer downloads the same bytes


@pytest.mark.parametrize("name", list(REFUSED))
def test_the_report_form_refuses_other_files_in_one_sentence(world, name):
    a = world.assignments["甲一县科协"]
    data, sentence = REFUSED[name]
    r = _client(world).post(reverse("ledger:report", args=[a.pk]), {
        "text": "报送材料", "attachments": [SimpleUploadedFile(name, data)]})
    page = r.content.decode()
    assert r.status_code == 400 and sentence in page and page.count(name) == 1
    assert not a.reports.exists()


def test_the_api_accepts_the_office_files_and_refuses_others(world):
    a = world.assignments["甲一县科协"]
    county = _client(world)
    r = county.post("/api/reports/", {
        "assignment": a.pk, "text": "报送材料",
        "attachments": [SimpleUploadedFile(name, data) for name, data in OFFICE_FILES.items()]})
    assert r.status_code == 201, r.content
    assert sorted(x["filename"] for x in r.json()["attachments"]) == sorted(OFFICE_FILES)
    _assert_downloads_as_originals(county, OFFICE_FILES)
    for name, (data, sentence) in REFUSED.items():
        r = county.post("/api/reports/", {"assignment": a.pk, "text": "x",
                                          "attachments": [SimpleUploadedFile(name, data)]})
        assert r.status_code == 400 and sentence in r.content.decode(), name
    assert a.reports.count() == 1
