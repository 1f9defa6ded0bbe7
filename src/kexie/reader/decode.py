"""Bytes of a text file → str: BOM, strict UTF-8, strict GB18030, then a detector; binary junk is refused.

The order follows what the field learned: detectors call short GB18030 texts GB2312 (or worse), so the
strict decodes come first and charset-normalizer only sees what neither of them could read.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from .errors import ReaderError

# Longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

STRICT_ENCODINGS = ("utf-8", "gb18030")

# Declared charsets that name a subset of GB18030: decoding with the superset reads every file they
# describe and also the characters (生僻字, ·, €) that real pages carry despite the label.
CHARSET_SUPERSETS = {
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030", "ms936": "gb18030",
    "euc-cn": "gb18030", "csgb2312": "gb18030", "iso-ir-58": "gb18030", "chinese": "gb18030",
    "windows-936": "gb18030", "gb_2312-80": "gb18030", "hz-gb-2312": "hz",
    "big5": "big5hkscs", "iso-8859-1": "cp1252", "latin1": "cp1252", "us-ascii": "utf-8", "ascii": "utf-8",
}

# How many bytes the UTF-16-without-BOM and binary checks look at; a file's head tells enough.
SAMPLE_BYTES = 64 * 1024

# A document's text has few characters a person cannot read; past this share it is not a document.
MAX_UNREADABLE_SHARE = 0.05
# charset-normalizer's own measure of how garbled its best guess looks (0 clean … 1 noise).
MAX_DETECTOR_CHAOS = 0.2

# Control characters that do belong in text: tab, newlines, form feed (pdftotext's page break).
TEXT_CONTROLS = frozenset("\t\n\r\f\v")
UNREADABLE_CATEGORIES = frozenset({"Cc", "Co", "Cn", "Cs"})

# Runs of the characters of Chinese and Latin documents; BOM-less UTF-16 must read as almost only these.
PLAUSIBLE_TEXT = re.compile(
    "[\t\n\r\x20-\x7e\u00a0-\u00ff\u2000-\u206f\u2160-\u217f\u2460-\u24ff\u25a0-\u25ff"
    "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]+")
MIN_PLAUSIBLE_SHARE = 0.9

# Every byte except the C0 controls that text files do not contain (tab, newlines, form feed, ESC are fine).
NOT_BINARY_BYTES = bytes(b for b in range(256) if b >= 0x20 or b in (0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B))

NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85]")


def display(name: str | None) -> str:
    """How an error message names the file."""
    return name or "the document"


def normalise_newlines(text: str) -> str:
    if "\r" not in text and "\u2028" not in text and "\u2029" not in text and "\x85" not in text:
        return text
    return NEWLINES.sub("\n", text)


def charset_codec(label: str | None) -> str | None:
    """The Python codec for a declared charset label (meta charset, XML prolog), or None if unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = CHARSET_SUPERSETS.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def unreadable_share(text: str) -> float:
    """Share of characters that are control, private-use, unassigned or surrogate (or U+FFFD)."""
    sample = text[:SAMPLE_BYTES]
    if not sample:
        return 0.0
    # Only characters outside the plain-text ranges need a category look-up; in a document that is few.
    rest = PLAUSIBLE_TEXT.sub("", sample)
    bad = sum(1 for ch in rest
              if ch == "\ufffd" or (ch not in TEXT_CONTROLS and unicodedata.category(ch) in UNREADABLE_CATEGORIES))
    return bad / len(sample)


def _bom_encoding(data: bytes) -> tuple[str, int] | None:
    for mark, encoding in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            return encoding, len(mark)
    return None


def _bomless_utf16(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' for BOM-less UTF-16: NUL bytes, and one byte order that reads as text.

    UTF-8 and GB18030 never contain NUL, so NULs mean UTF-16 or binary. Chinese UTF-16 has NULs in
    both byte positions (一 is U+4E00), so the test is which byte order gives readable characters;
    the wrong one turns newlines and digits into unrelated scripts.
    """
    sample = data[:SAMPLE_BYTES]
    if b"\x00" not in sample or len(data) % 2:
        return None
    sample = sample[: len(sample) // 2 * 2]
    best, best_share = None, 0.0
    for encoding in ("utf-16-le", "utf-16-be"):
        decoded = sample.decode(encoding, errors="replace")
        share = sum(map(len, PLAUSIBLE_TEXT.findall(decoded))) / max(len(decoded), 1)
        if share > best_share:
            best, best_share = encoding, share
    return best if best_share >= MIN_PLAUSIBLE_SHARE else None


def _looks_binary(data: bytes) -> bool:
    """NUL bytes or many C0 controls in the raw bytes: no text encoding the reader accepts has them."""
    sample = data[:SAMPLE_BYTES]
    controls = len(sample.translate(None, NOT_BINARY_BYTES))
    return b"\x00" in sample or controls > len(sample) * 0.01


def _strip_bom_char(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


def decode_bytes(data: bytes, name: str | None = None, declared: str | None = None) -> str:
    """Decode a text file's bytes (newlines normalised to \\n); ReaderError when it is empty or not text.

    `declared` is a charset the file names itself (an HTML meta charset); it is tried right after a BOM.
    """
    who = display(name)
    if not data.strip(b" \t\r\n\f\v"):
        raise ReaderError(f"{who} is empty; there is no text to read.")
    text = _decode(data, who, declared)
    if not text.strip():
        raise ReaderError(f"{who} is empty: it holds only spaces and blank lines.")
    if unreadable_share(text) > MAX_UNREADABLE_SHARE:
        raise ReaderError(f"{who} is not a text document (it decodes to mostly control or private-use "
                          f"characters); check it is the right file.")
    return normalise_newlines(text)


def _decode(data: bytes, who: str, declared: str | None) -> str:
    bom = _bom_encoding(data)
    if bom:
        encoding, skip = bom
        try:
            return data[skip:].decode(encoding)
        except UnicodeDecodeError:
            raise ReaderError(f"{who} starts with a {encoding.upper()} byte-order mark but is not valid "
                              f"{encoding.upper()}; re-save it as UTF-8 text.") from None
    utf16 = _bomless_utf16(data)
    if utf16:
        try:
            return _strip_bom_char(data.decode(utf16))
        except UnicodeDecodeError:
            pass
    if _looks_binary(data):
        raise ReaderError(f"{who} is binary data, not a text document; check it is the right file.")
    codec = charset_codec(declared)
    candidates = ((codec,) if codec else ()) + STRICT_ENCODINGS
    for encoding in candidates:
        try:
            return _strip_bom_char(data.decode(encoding))
        except UnicodeDecodeError:
            continue
    return _detect(data, who)


def _detect(data: bytes, who: str) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.chaos > MAX_DETECTOR_CHAOS:
        raise ReaderError(f"{who} is not text in any encoding the reader knows (UTF-8, GB18030, UTF-16 and "
                          f"the common others); check it is the right file, or re-save it as UTF-8 text.")
    return _strip_bom_char(str(best))
