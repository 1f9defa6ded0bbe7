"""The attachment types an office sends: accepted by extension and by what the bytes really are."""

from __future__ import annotations

import pytest

from kexie.documents import filetypes

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64
ZIP = b"PK\x03\x04" + b"\x00" * 64
LIMIT = 1024 * 1024


@pytest.mark.parametrize("name, data, content_type", [
    ("通知.doc", OLE2, "application/msword"),
    ("通知.wps", OLE2, "application/vnd.ms-works"),
    ("统计表.xls", OLE2, "application/vnd.ms-excel"),
    ("统计表.XLSX", ZIP, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ("汇报.ppt", OLE2, "application/vnd.ms-powerpoint"),
    ("汇报.pptx", ZIP, "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
    ("方案.docx", ZIP, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ("方案.pdf", b"%PDF-1.7\n", "application/pdf"),
    ("照片.jpg", b"\xff\xd8\xff\xe0" + b"0" * 20, "image/jpeg"),
    ("照片.png", b"\x89PNG\r\n\x1a\n" + b"0" * 20, "image/png"),
    ("照片.webp", b"RIFF\x10\x00\x00\x00WEBPVP8 ", "image/webp"),
    ("材料.zip", ZIP, "application/zip"),
    ("材料.rar", b"Rar!\x1a\x07\x01\x00", "application/vnd.rar"),
    ("C:\\Users\\科协\\桌面\\材料.7z", b"7z\xbc\xaf\x27\x1c\x00\x04", "application/x-7z-compressed"),
])
def test_office_files_are_accepted(name, data, content_type):
    clean, kind = filetypes.check(name, data, LIMIT)
    assert kind.content_type == content_type
    assert "\\" not in clean and "/" not in clean


@pytest.mark.parametrize("name, data, words", [
    ("病毒.exe", b"MZ\x90\x00", "不能上传这种文件"),
    ("脚本.html", b"<script>", "不能上传这种文件"),
    ("无扩展名", b"%PDF-1.7", "不能上传这种文件"),
    ("方案.docx", b"not a zip", "不是 Word 文件"),
    ("方案.pdf", b"MZ\x90\x00", "不是 PDF 文件"),
    ("照片.webp", b"RIFF\x10\x00\x00\x00WAVEfmt ", "不是 WebP 文件"),
    ("空.pdf", b"", "文件是空的"),
    ("大.pdf", b"%PDF" + b"0" * LIMIT, "文件太大（上限 1 MB）"),
])
def test_other_files_are_refused_with_the_reason(name, data, words):
    with pytest.raises(filetypes.FileTypeError) as e:
        filetypes.check(name, data, LIMIT)
    message = str(e.value)
    assert words in message and message.count(filetypes.clean_name(name)) == 1


def test_names_are_cut_to_255_characters_keeping_the_extension():
    name = filetypes.clean_name("长" * 300 + ".xlsx")
    assert len(name) == 255 and name.endswith(".xlsx")
    assert filetypes.clean_name("../../etc/passwd\x00.pdf") == "passwd.pdf"
    assert filetypes.clean_name("") == "attachment"
