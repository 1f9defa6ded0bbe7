"""PDF bytes → text with PDFium (pypdfium2): one paragraph a line where the layout shows it, pages joined.

PDFium resolves the predefined Adobe-GB1 CMaps that 公文 PDFs use with non-embedded fonts. What it
cannot read (scans, fonts without a Unicode map) is refused with advice to OCR, never returned as junk.
PDFium gives the page's lines in the order the file draws them; the glyphs' boxes tell more: a line
that fills the width of the text to the right edge goes on in the next line (a title, a name or a
sentence wrapped by the page, not by its writer), and glyphs a converter drew in a second pass (the
curly quotes of a Word file set in another font) go back to their place in the line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .decode import display, normalise_newlines, unreadable_share
from .errors import ReaderError
from .patterns import TITLE_END

MAX_PAGES = 2000
# Extracted text past this is not one document (a 50 MB PDF of text runs to a few million characters).
MAX_CHARS = 20_000_000
# A page of a real document carries hundreds of characters; a scan gives none, or a stray page number.
MIN_CHARS_PER_PAGE = 20
PAGE_SEPARATOR = "\n\n"
# A line whose right end comes within this many of its characters' widths of the text's right edge was wrapped
# by the page: a left-aligned line ends where the next character (or a number of several digits) did not fit.
WRAP_SLACK_EMS = 1.6
# ... unless the next line stands further in than this (a paragraph's first-line indent, GB/T 9704's two
# characters) or lies further below than a line's pitch allows (the space a paragraph leaves after it)
INDENT_EMS = 0.8
PITCH_SLACK = 1.3
# A step down of this many pitches holds an empty line: the writer's blank line between paragraphs, kept as one.
BLANK_PITCHES = 1.7
# A space PDFium makes up between glyphs closer than this part of an em is no space (2011 年, 第 4 届).
TIGHT_GAP_EMS = 0.25
# nor when the next line opens a block of its own: a heading's or item's marker, 附件, a numbered article
_OPENS_BLOCK = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．]|"
                          r"第[一二三四五六七八九十百零\d]+[章条节]|附件|附：|抄送|主题词)")
# A label's colon near a line's start opens a line of its own (联系人：, 组长：), as does a page with too few
# lines that reach the right edge to tell a wrapped line from the longest one
_LABEL = re.compile(r"^[^，。；、：:\s（(]{1,6}[：:](?=.)")  # (构： alone is a 主送 line's wrapped end)
MIN_FULL_LINES = 2
# Page numbers stand apart (— 1 —, - 2 -): they neither fill a line nor join one.
_PAGE_NUMBER_LINE = re.compile(r"^[-—–－~～\s]*\d{1,3}[-—–－~～\s]*$")
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
        laid, total = [], 0
        for index in range(pages):
            lines = _page_lines(pdf, index, who)
            total += sum(len(line.text) for line in lines)
            if total > MAX_CHARS:
                raise ReaderError(f"{who} holds more than {MAX_CHARS:,} characters of text, more than one "
                                  f"document; split it.")
            laid.append(lines)
    finally:
        pdf.close()
    text = _paragraphs(laid)
    _check_readable(text, pages, who)
    return text


@dataclass
class Line:
    text: str
    left: float = 0.0
    right: float = 0.0
    bottom: float = 0.0
    em: float = 0.0  # the height of its characters' boxes: the font size, near enough


def _page_lines(pdf, index: int, who: str) -> list[Line]:
    import pypdfium2 as pdfium

    try:
        page = pdf[index]
        try:
            textpage = page.get_textpage()
            try:
                return _lines(textpage)
            finally:
                textpage.close()
        finally:
            page.close()
    except pdfium.PdfiumError:
        raise ReaderError(f"{who} is damaged: page {index + 1} cannot be read; get a fresh copy or re-export it.") from None


def _lines(textpage) -> list[Line]:
    """The page's lines as PDFium breaks them, each with its glyphs in their order across the page."""
    import pypdfium2.raw as raw

    count = textpage.count_chars()
    text = textpage.get_text_range(0, count) if count else ""
    if len(text) != count:  # characters outside the BMP: the indices no longer match; read the text as it comes
        return [Line(line) for line in normalise_newlines(textpage.get_text_bounded()).split("\n")]
    lines: list[Line] = []
    glyphs: list[tuple[float, float, float, float, str, bool]] = []
    for i, ch in enumerate(text):
        if ch == "\n" or ch == "\r":
            if ch == "\n" or i + 1 == count or text[i + 1] != "\n":
                lines.append(_line(glyphs))
                glyphs = []
            continue
        left, bottom, right, top = textpage.get_charbox(i, loose=True)
        glyphs.append((left, bottom, right, top, ch, bool(raw.FPDFText_IsGenerated(textpage, i))))
    if glyphs:
        lines.append(_line(glyphs))
    return lines


def _line(glyphs: list[tuple[float, float, float, float, str, bool]]) -> Line:
    drawn = [g for g in glyphs if not g[5]]
    if not drawn:
        return Line("".join(g[4] for g in glyphs))
    ems = sorted(g[3] - g[1] for g in drawn)
    em = ems[len(ems) // 2]
    # (only a space PDFium made up may be tight: the test first, the call for those alone)
    text = "".join(g[4] for k, g in enumerate(glyphs) if not (g[5] and g[4] == " " and _tight_space(glyphs, k, em)))
    if any(b[0] < a[0] - em / 2 for a, b in zip(drawn, drawn[1:])):
        # drawn out of order: put the glyphs where they stand; a space only where a gap is left between them
        drawn.sort(key=lambda g: g[0])
        parts = [drawn[0][4]]
        for a, b in zip(drawn, drawn[1:]):
            if b[0] - a[2] > em / 3 and a[4] != " " and b[4] != " ":
                parts.append(" ")
            parts.append(b[4])
        text = "".join(parts)
    return Line(text, min(g[0] for g in drawn), max(g[2] for g in drawn), min(g[1] for g in drawn), em)


def _tight_space(glyphs, k: int, em: float) -> bool:
    if glyphs[k][4] != " " or not glyphs[k][5]:
        return False
    if k == 0 or k + 1 == len(glyphs) or glyphs[k - 1][5] or glyphs[k + 1][5]:
        return False
    return glyphs[k + 1][0] - glyphs[k - 1][2] < TIGHT_GAP_EMS * em


def _wrapped(line: Line, after: Line, right_edge: float, left_edge: float, pitch: float, so_far: str = "") -> bool:
    """Did the page, not the writer, end `line` (its paragraph goes on in `after`)?"""
    if not line.em or not after.em or not after.text.strip() or not line.text.strip():
        return False
    if line.right < right_edge - WRAP_SLACK_EMS * line.em:
        return False
    if after.left > left_edge + INDENT_EMS * line.em:
        return False
    if pitch and line.bottom - after.bottom > PITCH_SLACK * pitch:
        return False
    first = after.text.strip()
    if TITLE_END.search(line.text.rstrip()) and (first[-1] in "：:" or so_far.lstrip().startswith("关于")):
        return False  # a title that fills its line, then the 主送 line under it (各区人民政府：)
    return not (_OPENS_BLOCK.match(first) or _LABEL.match(first) or _PAGE_NUMBER_LINE.match(first) or _PAGE_NUMBER_LINE.match(line.text))


def _paragraphs(pages: list[list[Line]]) -> str:
    """The pages' lines, a line the page wrapped joined to the next (across a page's end too)."""
    placed = [line for lines in pages for line in lines if line.em and not _PAGE_NUMBER_LINE.match(line.text)]
    if not placed:
        return PAGE_SEPARATOR.join("\n".join(line.text for line in lines).strip("\n") for lines in pages)
    right_edge = max(line.right for line in placed)
    left_edge = min(line.left for line in placed)
    steps = sorted(a.bottom - b.bottom for lines in pages for a, b in zip(lines, lines[1:])
                   if a.em and b.em and a.bottom - b.bottom > a.em / 2)
    # a line's pitch: the smaller steps are those inside a paragraph (a quarter in, past any odd tight one)
    pitch = steps[len(steps) // 4] if steps else 0.0
    if sum(1 for line in placed if line.right >= right_edge - WRAP_SLACK_EMS * line.em) < MIN_FULL_LINES:
        right_edge = float("inf")  # nothing fills the width: no line was wrapped by the page
    def blank_between(a: Line, b: Line) -> bool:
        return bool(pitch and a.em and b.em and a.bottom - b.bottom > BLANK_PITCHES * pitch)

    # a document that leaves blank lines between its paragraphs leaves one at a page's end too
    blank_paragraphs = any(blank_between(a, b) for lines in pages for a, b in zip(lines, lines[1:]))
    out: list[str] = []
    last: Line | None = None
    for number, lines in enumerate(pages):
        lines = [line for line in lines if line.text.strip()]
        for k, line in enumerate(lines):
            if last is not None and _wrapped(last, line, right_edge, left_edge, pitch if k else 0.0, out[-1]):
                out[-1] += line.text.lstrip()
            else:
                if out and (blank_between(last, line) if k else blank_paragraphs):
                    out.append("")
                out.append(line.text)
            last = line
    return "\n".join(out).strip("\n")


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
