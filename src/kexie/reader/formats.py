"""A file's bytes → its plain text: load with a size limit, sniff the format (magic bytes first), extract.

Per-format extraction lives in decode.py (text), htmltext.py, docxtext.py and pdftext.py; this module only
decides which one applies and refuses what none can read, each time with one sentence saying what to do.
"""

from __future__ import annotations

import os
import stat

from .decode import decode_bytes, display
from .errors import ReaderError

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
MAX_BYTES_ENV = "KEXIE_READER_MAX_BYTES"

# Kinds the reader extracts text from.
PDF, DOCX, HTML, MARKDOWN, TEXT = "pdf", "docx", "html", "markdown", "text"

# Leading bytes → kind. Kinds not in EXTRACTORS are refused with the advice in REFUSALS.
MAGIC_NUMBERS = (
    (b"%PDF-", PDF),
    (b"PK\x03\x04", DOCX),
    (b"PK\x05\x06", DOCX),  # an empty zip archive: refused by the docx check with a clear message
    (bytes.fromhex("d0cf11e0a1b11ae1"), "ole2"),
    (b"{\\rtf", "rtf"),
    (b"\x89PNG\r\n\x1a\n", "image"),
    (b"\xff\xd8\xff", "image"),
    (b"GIF87a", "image"),
    (b"GIF89a", "image"),
    (b"II*\x00", "image"),
    (b"MM\x00*", "image"),
    (b"Rar!\x1a\x07", "archive"),
    (b"7z\xbc\xaf\x27\x1c", "archive"),
    (b"\x1f\x8b", "archive"),
    (b"BZh", "archive"),
    (b"\xfd7zXZ\x00", "archive"),
)

EXTENSIONS = {
    ".pdf": PDF, ".docx": DOCX, ".docm": DOCX,
    ".html": HTML, ".htm": HTML, ".xhtml": HTML, ".shtml": HTML, ".mht": "mht", ".mhtml": "mht",
    ".md": MARKDOWN, ".markdown": MARKDOWN,
    ".txt": TEXT, ".text": TEXT,
    ".doc": "ole2", ".wps": "ole2", ".xls": "ole2", ".et": "ole2", ".ppt": "ole2", ".dps": "ole2",
    ".rtf": "rtf", ".ofd": "ofd",
    ".xlsx": "spreadsheet", ".pptx": "presentation",
    ".jpg": "image", ".jpeg": "image", ".png": "image", ".gif": "image", ".tif": "image", ".tiff": "image",
    ".bmp": "image", ".zip": "archive", ".rar": "archive", ".7z": "archive", ".gz": "archive",
}

# Files the reader walks into when given a directory; legacy Office files are listed so that each
# gets its own error line telling the user to convert it, instead of being skipped silently.
DOCUMENT_EXTENSIONS = (".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf", ".doc", ".wps")

REFUSALS = {
    "ole2": "{who} is an old-style Office file (.doc/.wps/.xls), which the reader cannot open; "
            "open it in Word or WPS and save it as .docx or PDF, then read that.",
    "rtf": "{who} is an RTF file, which the reader cannot open; open it in Word or WPS and save it as .docx or PDF.",
    "ofd": "{who} is an OFD file, which the reader cannot open; export it as PDF from the OFD reader.",
    "mht": "{who} is a single-file web archive (MHT), which the reader cannot open; save the page as .html.",
    "spreadsheet": "{who} is a spreadsheet, not a document; save it as PDF or copy its table into a .docx.",
    "presentation": "{who} is a presentation, not a document; save it as PDF.",
    "image": "{who} is an image, not a text document; run OCR on it first and read the resulting text or PDF.",
    "archive": "{who} is a compressed archive; unpack it and read the documents inside.",
}

HTML_OPENINGS = (b"<!doctype html", b"<html")
# A UTF-8 BOM and blank lines may precede a web page's first tag.
LEADING_NOISE = b"\xef\xbb\xbf \t\r\n"


def max_bytes_limit(max_bytes: int | None = None) -> int:
    """The size limit: the argument, else $KEXIE_READER_MAX_BYTES, else DEFAULT_MAX_BYTES."""
    if max_bytes is not None:
        return int(max_bytes)
    raw = os.environ.get(MAX_BYTES_ENV, "").strip()
    if not raw:
        return DEFAULT_MAX_BYTES
    try:
        value = int(raw)
    except ValueError:
        raise ReaderError(f"{MAX_BYTES_ENV} must be a whole number of bytes, not {raw!r}; fix or unset it.") from None
    if value <= 0:
        raise ReaderError(f"{MAX_BYTES_ENV} must be a positive number of bytes, not {raw!r}; fix or unset it.")
    return value


def human_size(n: int) -> str:
    for unit, size in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= size:
            return f"{n / size:.1f} {unit}"
    return f"{n} bytes"


def _too_big(who: str, size: int, limit: int) -> ReaderError:
    return ReaderError(f"{who} is {human_size(size)}, more than the reader's limit of {human_size(limit)}; "
                       f"split it, or raise the limit with --max-bytes or {MAX_BYTES_ENV}.")


def load(source, filename: str | None = None, *, max_bytes: int | None = None) -> tuple[bytes, str]:
    """A path or bytes → (bytes, name). The size is checked with stat before anything is read."""
    limit = max_bytes_limit(max_bytes)
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        name = filename or "document"
        if len(data) > limit:
            raise _too_big(name, len(data), limit)
        return data, name
    try:
        path = os.fspath(source)
    except TypeError:
        raise ReaderError(f"cannot read a {type(source).__name__}; give a file path or the file's bytes.") from None
    if isinstance(path, bytes):
        path = os.fsdecode(path)
    name = filename or os.path.basename(path) or path
    who = filename or path
    try:
        info = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        raise ReaderError(f"{who} does not exist; check the path.") from None
    except PermissionError:
        raise ReaderError(f"{who} cannot be opened (permission denied); check its permissions.") from None
    except OSError as error:
        raise ReaderError(f"{who} cannot be opened ({error.strerror or error}); check the path.") from None
    if stat.S_ISDIR(info.st_mode):
        raise ReaderError(f"{who} is a directory, not a file; give the documents in it, "
                          f"or run `kexie parse` on it to read them all.")
    if not stat.S_ISREG(info.st_mode):
        # A FIFO or a device would block or never end.
        raise ReaderError(f"{who} is not a regular file; copy the document to a file and read that.")
    if info.st_size > limit:
        raise _too_big(who, info.st_size, limit)
    try:
        with open(path, "rb") as f:
            data = f.read(limit + 1)
    except PermissionError:
        raise ReaderError(f"{who} cannot be read (permission denied); check its permissions.") from None
    except OSError as error:
        raise ReaderError(f"{who} cannot be read ({error.strerror or error}); check the file.") from None
    if len(data) > limit:  # it grew after stat
        raise _too_big(who, len(data), limit)
    return data, name


def sniff(data: bytes, filename: str | None) -> str:
    """The kind of document: magic bytes first, the file name's extension second, else text."""
    for magic, kind in MAGIC_NUMBERS:
        if data.startswith(magic):
            return kind
    ext = os.path.splitext(filename or "")[1].lower()
    by_extension = EXTENSIONS.get(ext)
    head = data[:1024].lstrip(LEADING_NOISE).lower()
    if by_extension == PDF and b"%PDF-" in data[:1024]:
        return PDF  # the PDF format allows junk before the header
    if by_extension in (PDF, DOCX):
        return by_extension  # the extractor says the file is damaged or mislabelled
    if by_extension == HTML or head.startswith(HTML_OPENINGS):
        return HTML
    if by_extension is not None:
        return by_extension
    return TEXT


def extract(data: bytes, filename: str | None) -> str:
    """The document's plain text, newlines normalised to \\n; ReaderError for anything unreadable."""
    kind = sniff(data, filename)
    who = display(filename)
    if kind in REFUSALS:
        raise ReaderError(REFUSALS[kind].format(who=who))
    if kind == PDF:
        from .pdftext import pdf_text
        return pdf_text(data, filename)
    if kind == DOCX:
        from .docxtext import docx_text
        return docx_text(data, filename)
    if kind == HTML:
        from .htmltext import html_text
        return html_text(data, filename)
    return decode_bytes(data, filename)
