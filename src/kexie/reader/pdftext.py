"""PDF bytes → text with PDFium (pypdfium2): one page after another, joined by a blank line.

PDFium resolves the predefined Adobe-GB1 CMaps that 公文 PDFs use with non-embedded fonts. What it
cannot read (scans, fonts without a Unicode map) is refused with advice to OCR, never returned as junk.
"""

from __future__ import annotations

from .decode import display, normalise_newlines, unreadable_share
from .errors import ReaderError

MAX_PAGES = 2000
# Extracted text past this is not one document (a 50 MB PDF of text runs to a few million characters).
MAX_CHARS = 20_000_000
# A page of a real document carries hundreds of characters; a scan gives none, or a stray page number.
MIN_CHARS_PER_PAGE = 20
PAGE_SEPARATOR = "\n\n"
# Text a pdfminer-style fallback writes for glyphs it cannot map; PDFium writes nothing like it itself,
# but a PDF made from such text (a print of a bad conversion) carries it.
UNMAPPED_GLYPH_MARK = "(cid:"
MAX_UNREADABLE_SHARE = 0.3

PDFIUM_LOAD_ERRORS = {
    # FPDF_ERR_* codes from fpdfview.h
    2: "{who} could not be opened by the PDF reader; check the file is complete.",
    3: "{who} is damaged or not a PDF (its structure cannot be read); get a fresh copy or re-export it.",
    4: "{who} is password-protected; remove the password (print it to a new PDF) and read that.",
    5: "{who} is password-protected; remove the password (print it to a new PDF) and read that.",
    6: "{who} is protected by a security handler the reader does not support; print it to a new PDF and read that.",
}


def pdf_text(data: bytes, filename: str | None) -> str:
    import pypdfium2 as pdfium

    who = display(filename)
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        template = PDFIUM_LOAD_ERRORS.get(getattr(error, "err_code", None), PDFIUM_LOAD_ERRORS[3])
        raise ReaderError(template.format(who=who)) from None
    try:
        pages = len(pdf)
        if pages == 0:
            raise ReaderError(f"{who} is a PDF without pages (it is damaged or truncated); get a fresh copy.")
        if pages > MAX_PAGES:
            raise ReaderError(f"{who} has {pages} pages, more than the {MAX_PAGES} the reader takes; "
                              f"split it into its documents.")
        texts, total = [], 0
        for index in range(pages):
            page_text = _page_text(pdf, index, who)
            total += len(page_text)
            if total > MAX_CHARS:
                raise ReaderError(f"{who} holds more than {MAX_CHARS:,} characters of text, more than one "
                                  f"document; split it.")
            texts.append(normalise_newlines(page_text).strip("\n"))
    finally:
        pdf.close()
    text = PAGE_SEPARATOR.join(texts)
    _check_readable(text, pages, who)
    return text


def _page_text(pdf, index: int, who: str) -> str:
    import pypdfium2 as pdfium

    try:
        page = pdf[index]
        try:
            textpage = page.get_textpage()
            try:
                return textpage.get_text_bounded()
            finally:
                textpage.close()
        finally:
            page.close()
    except pdfium.PdfiumError:
        raise ReaderError(f"{who} is damaged: page {index + 1} cannot be read; get a fresh copy or re-export it.") from None


def _check_readable(text: str, pages: int, who: str) -> None:
    visible = sum(1 for ch in text if not ch.isspace())
    if visible < MIN_CHARS_PER_PAGE * pages or visible == 0:
        raise ReaderError(f"{who} has (almost) no text layer: it is a scan or pictures of pages; "
                          f"run OCR on it first and read the result.")
    if UNMAPPED_GLYPH_MARK in text:
        raise ReaderError(f"{who} uses fonts whose characters cannot be mapped to text ((cid:…) codes); "
                          f"run OCR on it first and read the result.")
    if unreadable_share(text) > MAX_UNREADABLE_SHARE:
        raise ReaderError(f"{who} gives mostly unreadable characters (fonts without a Unicode map); "
                          f"run OCR on it first and read the result.")
