"""The office files kexie accepts as attachments, as data: extension → label, content type and the bytes such a file
starts with.

Offices send Word and WPS documents, spreadsheets, slides, PDFs, photos and zip archives. Whatever the type, the
bytes are kept as they came and served only as downloads; this table decides only what is accepted, by the
extension the user sees and by the family of bytes the file really is (a .docx that is not a zip, or a .pdf
that is an executable, is refused). The legacy Office and WPS formats all share the OLE2 compound-file header;
the Office Open XML ones, OFD and zip share the zip header.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from django.utils.translation import gettext as _, gettext_lazy

OLE2 = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",)
ZIP = (b"PK\x03\x04", b"PK\x05\x06")  # a zip, or an empty one
PDF = (b"%PDF",)
JPEG = (b"\xff\xd8\xff",)
PNG = (b"\x89PNG\r\n\x1a\n",)
GIF = (b"GIF87a", b"GIF89a")
BMP = (b"BM",)
TIFF = (b"II*\x00", b"MM\x00*")
WEBP = (b"RIFF",)  # RIFF....WEBP: the fourth to eighth bytes are the length
RAR = (b"Rar!\x1a\x07",)
SEVEN_ZIP = (b"7z\xbc\xaf\x27\x1c",)


@dataclass(frozen=True)
class FileType:
    label: str
    content_type: str
    starts: tuple[bytes, ...]


ATTACHMENT_TYPES: dict[str, FileType] = {
    ".doc": FileType("Word", "application/msword", OLE2),
    ".docx": FileType("Word", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP),
    ".wps": FileType("WPS", "application/vnd.ms-works", OLE2),
    ".xls": FileType("Excel", "application/vnd.ms-excel", OLE2),
    ".xlsx": FileType("Excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP),
    ".et": FileType(gettext_lazy("WPS 表格"), "application/vnd.ms-excel", OLE2),
    ".ppt": FileType("PowerPoint", "application/vnd.ms-powerpoint", OLE2),
    ".pptx": FileType("PowerPoint", "application/vnd.openxmlformats-officedocument.presentationml.presentation", ZIP),
    ".dps": FileType(gettext_lazy("WPS 演示"), "application/vnd.ms-powerpoint", OLE2),
    ".pdf": FileType("PDF", "application/pdf", PDF),
    ".ofd": FileType("OFD", "application/ofd", ZIP),
    ".jpg": FileType("JPEG", "image/jpeg", JPEG),
    ".jpeg": FileType("JPEG", "image/jpeg", JPEG),
    ".png": FileType("PNG", "image/png", PNG),
    ".gif": FileType("GIF", "image/gif", GIF),
    ".bmp": FileType("BMP", "image/bmp", BMP),
    ".tif": FileType("TIFF", "image/tiff", TIFF),
    ".tiff": FileType("TIFF", "image/tiff", TIFF),
    ".webp": FileType("WebP", "image/webp", WEBP),
    ".zip": FileType("zip", "application/zip", ZIP),
    ".rar": FileType("rar", "application/vnd.rar", RAR),
    ".7z": FileType("7z", "application/x-7z-compressed", SEVEN_ZIP),
}

ACCEPTED_EXTENSIONS = ", ".join(ATTACHMENT_TYPES)  # for the file input's accept attribute


class FileTypeError(ValueError):
    """A file that is not accepted; str(error) is one sentence naming the file."""


def clean_name(filename: str) -> str:
    """The file's own name, without any folder a browser or client sent, at most 255 characters, never empty."""
    name = os.path.basename((filename or "").replace("\\", "/")).replace("\x00", "").strip()
    if len(name) > 255:
        stem, ext = os.path.splitext(name)
        name = stem[:255 - len(ext)] + ext
    return name or "attachment"


def check(filename: str, data: bytes, limit: int) -> tuple[str, FileType]:
    """(clean name, type) of an acceptable attachment, else FileTypeError saying what is wrong and what to do."""
    name = clean_name(filename)
    ext = os.path.splitext(name)[1].lower()
    kind = ATTACHMENT_TYPES.get(ext)
    if kind is None:
        raise FileTypeError(_("%(name)s：不能上传这种文件，请上传 Word、WPS、Excel、PowerPoint、PDF、图片或压缩包。")
                            % {"name": name})
    if not data:
        raise FileTypeError(_("%(name)s：文件是空的，请检查后重新上传。") % {"name": name})
    if len(data) > limit:
        raise FileTypeError(_("%(name)s：文件太大（上限 %(mb)s MB），请压缩或拆分后上传。")
                            % {"name": name, "mb": limit // (1024 * 1024)})
    if not data.startswith(kind.starts) or (kind.starts is WEBP and data[8:12] != b"WEBP"):
        raise FileTypeError(_("%(name)s：文件内容不是 %(label)s 文件，请确认扩展名是否正确。")
                            % {"name": name, "label": kind.label})
    return name, kind
