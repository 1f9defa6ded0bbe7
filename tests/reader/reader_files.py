"""Builders shared by the reader's format and command-line tests: seed texts and small bad files made on the spot."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

SEEDS_DIR = Path(__file__).resolve().parents[2] / "src" / "kexie" / "site" / "demo" / "seeds"
SEED_PATHS = sorted(SEEDS_DIR.glob("*.txt"))


def seed_text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def small_zip_bomb(inflated_bytes: int = 8 * 1024 * 1024) -> bytes:
    """A .docx-looking zip whose document.xml inflates ~1000:1 (the bad-inputs bomb, made small)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * inflated_bytes)
    return buffer.getvalue()


def bad_inputs(directory: Path) -> dict[str, Path]:
    """The shared bad-inputs cases, built small; `huge.txt` is over a 1000-byte --max-bytes limit."""
    def write(name: str, data: bytes) -> Path:
        path = directory / name
        path.write_bytes(data)
        return path

    cases = {
        "empty.txt": write("empty.txt", b""),
        "whitespace.txt": write("whitespace.txt", b" \n\t\r\n   \n" * 100),
        "junk.txt": write("junk.txt", os.urandom(20_000)),
        "junk.pdf": write("junk.pdf", b"%PDF-1.7\n" + os.urandom(5_000)),
        "truncated.pdf": write("truncated.pdf", b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\n"
                                                b"endobj\n2 0 obj\n<< /Type /Pag"),
        "notzip.docx": write("notzip.docx", b"PK\x03\x04" + os.urandom(5000)),
        "bomb.docx": write("bomb.docx", small_zip_bomb()),
        "legacy.doc": write("legacy.doc", bytes.fromhex("d0cf11e0a1b11ae1") + os.urandom(4000)),
        "huge.txt": write("huge.txt", "各县（市、区）科协要认真贯彻落实。\n".encode("utf-8") * 100),
    }
    empty_dir = directory / "a-directory.txt"
    empty_dir.mkdir()
    cases["a-directory.txt"] = empty_dir
    cases["missing.txt"] = directory / "missing.txt"
    return cases


SMALL_LIMIT = 1000
