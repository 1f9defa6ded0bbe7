"""Documents: ingest stores the original byte for byte with its sha256, once; bad files store nothing; pages."""

from __future__ import annotations

import re

import hashlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse

from kexie.documents import storage
from kexie.documents.models import Document
from kexie.documents.services import IngestError, ingest
from platform_helpers import SEEDS

pytestmark = pytest.mark.django_db

ZUNYI = "zunyi-2022-6-implementation-plan.txt"
BAD = b"\xff\xfe\x00\xff\x81\x30" * 10 + b"\xff"  # neither UTF-8 nor GB18030 nor anything readable


def seed(name=ZUNYI) -> bytes:
    return (SEEDS / name).read_bytes()


def blobs(data_dir):
    root = data_dir / "originals"
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def test_ingest_keeps_the_original_byte_for_byte(org, data_dir):
    data = seed()
    document, created = ingest(data, ZUNYI, org("遵义市科协"))
    assert created
    assert document.sha256 == hashlib.sha256(data).hexdigest() and document.size == len(data)
    assert document.original_bytes() == data
    assert storage.blob_path(document.sha256).read_bytes() == data
    assert document.parse["format"] == "kexie.parse/1"
    assert document.parse["source"] == ZUNYI


def test_same_bytes_twice_make_one_document(org, data_dir):
    zunyi = org("遵义市科协")
    first, _ = ingest(seed(), ZUNYI, zunyi)
    second, created = ingest(seed(), "renamed.txt", zunyi)
    assert not created and second.pk == first.pk
    assert Document.objects.count() == 1
    # Another organisation filing the same file gets its own document, sharing the one blob.
    other, created = ingest(seed(), ZUNYI, org("贵州省科协"))
    assert created and other.pk != first.pk
    assert len(blobs(data_dir)) == 1
    # Deleting one copy keeps the blob for the other; deleting both removes it.
    first.delete()
    assert len(blobs(data_dir)) == 1
    other.delete()
    assert blobs(data_dir) == []


@pytest.mark.parametrize("data, fragment", [(b"", "空"), (BAD, "")])
def test_a_bad_file_stores_nothing(org, data_dir, data, fragment):
    with pytest.raises(IngestError) as info:
        ingest(data, "bad.txt", org("遵义市科协"))
    assert "bad.txt" in str(info.value) and fragment in str(info.value)
    assert Document.objects.count() == 0
    assert blobs(data_dir) == []


def test_a_file_over_the_size_bound_is_refused(org, data_dir, settings):
    settings.KEXIE_MAX_UPLOAD_BYTES = 100
    with pytest.raises(IngestError, match="太大"):
        ingest(seed(), ZUNYI, org("遵义市科协"))
    assert Document.objects.count() == 0 and blobs(data_dir) == []


def test_a_failing_database_write_leaves_no_blob(org, data_dir, monkeypatch):
    def boom(*args, **kwargs):
        raise RuntimeError("disk full")
    monkeypatch.setattr(Document.objects, "create", boom)
    with pytest.raises(RuntimeError):
        ingest(seed(), ZUNYI, org("遵义市科协"))
    assert blobs(data_dir) == []


def test_ingest_command_files_and_directories(org, data_dir, tmp_path, capsys):
    bad = tmp_path / "in" / "bad.txt"
    bad.parent.mkdir()
    bad.write_bytes(BAD)
    call_command("ingest", str(SEEDS), "--org", "四川省科协")
    assert Document.objects.filter(organisation=org("四川省科协")).count() == 5
    call_command("ingest", str(SEEDS / ZUNYI), "--org", "四川省科协")
    assert "already stored" in capsys.readouterr().out
    with pytest.raises(CommandError) as info:
        call_command("ingest", str(bad), "--org", "四川省科协")
    assert info.value.returncode == 1
    assert "bad.txt" in capsys.readouterr().err
    assert Document.objects.count() == 5


def test_upload_page_takes_several_files(client_for, org, data_dir):
    client = client_for("zunyi-staff")
    files = [SimpleUploadedFile(ZUNYI, seed()), SimpleUploadedFile("baoding.txt", seed("baoding-2021-9-activity-plan.txt")),
             SimpleUploadedFile("bad.txt", BAD)]
    response = client.post(reverse("documents:upload"), {"files": files}, HTTP_ACCEPT="application/json")
    assert response.status_code == 400  # one of them failed
    results = response.json()["results"]
    assert [r["ok"] for r in results] == [True, True, False]
    assert "bad.txt" in results[2]["message"]
    assert Document.objects.filter(organisation=org("遵义市科协")).count() == 2
    document = Document.objects.get(filename=ZUNYI)
    assert document.uploaded_by.username == "zunyi-staff"
    assert results[0]["url"] == reverse("documents:detail", args=[document.pk])
    # The same file again: one document, said plainly.
    again = client.post(reverse("documents:upload"), {"files": [SimpleUploadedFile(ZUNYI, seed())]},
                        HTTP_ACCEPT="application/json")
    assert again.status_code == 200 and again.json()["results"][0]["created"] is False
    # Without JavaScript the page itself shows the results.
    page = client.post(reverse("documents:upload"), {"files": [SimpleUploadedFile("bad.txt", BAD)]})
    assert page.status_code == 400 and "bad.txt" in page.content.decode()


PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40
OLD_WORD = bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 40
DAMAGED_WORD = b"PK\x03\x04" + b"\x00" * 40


@pytest.mark.parametrize("name, data, reason", [
    ("照片.png", PNG, "图片"), ("通知.doc", OLD_WORD, "旧版 Office"), ("方案.docx", DAMAGED_WORD, "Word 文档"),
    ("乱码.txt", BAD, "读不出文字"), ("空.txt", b"", "空的")])
def test_upload_refusals_are_one_chinese_sentence_naming_the_file_once(client_for, data_dir, name, data, reason):
    client = client_for("zunyi-staff")
    response = client.post(reverse("documents:upload"), {"files": [SimpleUploadedFile(name, data)]},
                           HTTP_ACCEPT="application/json")
    message = response.json()["results"][0]["message"]
    assert response.status_code == 400 and reason in message
    assert message.count(name) == 1 and not re.search(r"[A-Za-z]{4,} [a-z]{2,} ", message), message
    page = client.post(reverse("documents:upload"), {"files": [SimpleUploadedFile(name, data)]}).content.decode()
    assert page.count(name) == 1


@pytest.mark.parametrize("username", ["zunyi-leader", "zunyi-supervisor"])
def test_readers_cannot_upload(client_for, username, data_dir):
    client = client_for(username)
    response = client.post(reverse("documents:upload"), {"files": [SimpleUploadedFile(ZUNYI, seed())]},
                           HTTP_ACCEPT="application/json")
    assert response.status_code == 403
    assert Document.objects.count() == 0
    assert "只有管理员和经办人员" in client.get(reverse("documents:upload")).content.decode()


def test_document_page_shows_header_and_outline_with_responsibilities(client_for, zunyi_doc):
    page = client_for("zunyi-staff").get(reverse("documents:detail", args=[zunyi_doc.pk])).content.decode()
    assert "遵市科协字〔2022〕6号" in page
    assert "2022年4月13日" in page
    assert "学深悟透新国发2号文件精神" in page
    assert '<span class="role">牵头领导</span><span class="chip">雷洪</span>' in page
    assert '<span class="chip">党支部</span>' in page
    assert "遵义市科协贯彻落实新国发2号文件工作领导小组" in page


def test_document_page_escapes_what_the_document_says(client_for, zunyi_doc):
    zunyi_doc.parse["outline"][0]["heading"] = '<script>alert("x")</script>'
    zunyi_doc.parse["title"] = "<img src=x onerror=alert(1)>"
    zunyi_doc.save()
    page = client_for("zunyi-staff").get(reverse("documents:detail", args=[zunyi_doc.pk])).content.decode()
    assert "<script>alert" not in page and "&lt;script&gt;" in page
    assert "<img src=x" not in page


def test_document_page_works_with_an_empty_parse(client_for, zunyi_doc):
    zunyi_doc.parse = {"format": "kexie.parse/1", "source": ZUNYI}
    zunyi_doc.title = ""
    zunyi_doc.save()
    response = client_for("zunyi-staff").get(reverse("documents:detail", args=[zunyi_doc.pk]))
    assert response.status_code == 200
    assert "没有识别出提纲" in response.content.decode()


def test_original_download_is_the_stored_bytes(client_for, zunyi_doc):
    response = client_for("zunyi-leader").get(reverse("documents:original", args=[zunyi_doc.pk]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == seed()
    assert response["Content-Type"] == "application/octet-stream"
    assert "attachment" in response["Content-Disposition"]


def test_list_and_search(client_for, zunyi_doc):
    client = client_for("zunyi-staff")
    assert "遵义市科协贯彻新国发2号文件" in client.get(reverse("documents:list")).content.decode() or \
        zunyi_doc.display_title in client.get(reverse("documents:list")).content.decode()
    miss = client.get(reverse("documents:list"), {"q": "不存在的标题"}).content.decode()
    assert "没有文件" in miss


def test_reparse_refreshes_the_parse_from_the_original(zunyi_doc, capsys):
    zunyi_doc.parse = {"format": "kexie.parse/1", "outline": []}
    zunyi_doc.doc_number = "stale"
    zunyi_doc.save()
    call_command("reparse", "--org", "遵义市科协")
    assert "1 document(s) parsed again" in capsys.readouterr().out
    zunyi_doc.refresh_from_db()
    assert zunyi_doc.parse["source"] == ZUNYI and zunyi_doc.doc_number != "stale"
    assert zunyi_doc.original_bytes() == seed()
