"""Builders shared by the reader's tests: seed texts, small bad files made on the spot, and the corpus documents the
variant tests rewrite (with the reader's own traditional-script table, both ways)."""

from __future__ import annotations

import io
import json
import os
import zipfile
from pathlib import Path

from kexie.reader.formats import DOCX, HTML, extract, sniff
from kexie.reader.script import TRADITIONAL

SEEDS_DIR = Path(__file__).resolve().parents[2] / "src" / "kexie" / "site" / "demo" / "seeds"
SEED_PATHS = sorted(SEEDS_DIR.glob("*.txt"))
CORPUS = Path(__file__).resolve().parent / "corpus"
# a variant in traditional script is the reader's own table read backwards; a reading is compared on the table forwards
TO_TRADITIONAL = str.maketrans({s: t for t, s in reversed(list(TRADITIONAL.items()))})
TO_SIMPLIFIED = str.maketrans(TRADITIONAL)


def corpus_documents(docs: Path, gold_dir: Path, stems=None, keep=lambda gold: True):
    """(stem, text, reflow, gold) for each gold file of `stems` (every one in `gold_dir` when None: give a development
    copy, never the corpus with its held-out sets) that `keep` takes and whose document is in `docs`: the text as the
    reader extracts it, and whether the reader reflows it (plain text, not docx or html)."""
    for g in sorted(gold_dir.glob("*.json")):
        if stems is not None and g.stem not in stems:
            continue
        gold = json.loads(g.read_text(encoding="utf-8"))
        f = next(docs.glob(g.stem + ".*"), None) if keep(gold) else None
        if f is not None:
            data = f.read_bytes()
            yield g.stem, extract(data, f.name), sniff(data, f.name) not in (DOCX, HTML), gold


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
