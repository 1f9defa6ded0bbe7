"""A saved web page → its text: honour the declared charset, drop page furniture, one line per block.

Block elements become line breaks so that the numbered outline lines of a 公文 stay separate lines;
table rows become lines with their cells joined by a full-width space.
"""

from __future__ import annotations

import re

from .decode import decode_bytes, display
from .docxtext import GridCell, grid_lines
from .errors import ReaderError

# Elements whose content is never the document: code, styling, navigation, forms, embedded media.
NOISE_TAGS = frozenset({
    "script", "style", "noscript", "template", "nav", "aside", "form", "button", "select", "option",
    "textarea", "iframe", "object", "embed", "svg", "canvas", "video", "audio", "map", "head",
})
# A <form> holds a search box or a login; some sites' CMS wrap the whole article in one (<form
# name="_newscontent_fromname">): a form whose text runs to sentences is read (its inputs and buttons still are not).
FORM_PROSE_CHARS = 200
FORM_PROSE_SENTENCES = 2
# <header>/<footer> of the page are furniture; inside an <article> or <main> they belong to the text.
PAGE_FURNITURE_TAGS = frozenset({"header", "footer"})
CONTENT_CONTAINERS = frozenset({"article", "main"})
# Class/id words that mark government-site furniture (menus, breadcrumbs, share bars, site footers).
NOISE_CLASS = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|crumbs?|sidebar|share|bdsharebuttonbox|copyright|"
    r"footer|site-?footer|site-?header|topbar|skip-?link)(?:$|[\s_-])", re.I)

BLOCK_TAGS = frozenset({
    "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table", "ul", "ol", "dl", "dt", "dd",
    "section", "article", "main", "header", "footer", "blockquote", "pre", "hr", "address", "figure",
    "figcaption", "caption", "center", "body", "html", "tbody", "thead", "tfoot", "title",
})
CELL_TAGS = frozenset({"td", "th"})
CELL_SEPARATOR = "\u3000"

# HTML collapses runs of these (not U+3000, which Chinese text uses on purpose).
HTML_SPACE = re.compile(r"[ \t\r\n\f]+")
# A source line break between two Chinese characters is no space at all (CSS segment-break rules).
CJK = "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef"
CJK_LINE_BREAK = re.compile(rf"(?<=[{CJK}])[ \t\r\f]*\n[ \t\r\n\f]*(?=[{CJK}])")
# A page saved as plain text with stray markup around it (spam mirrors) keeps its paragraphs apart by blank lines
# inside one text run; markup never needs a blank line between two runs of text in the same node, so there it
# ends a line (blank lines between elements stay mere spacing)
BLANK_LINE = re.compile(r"[ \t\r\f]*\n[ \t\r\f]*\n[ \t\r\n\f]*")
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.I)
XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.\-]+)""", re.I)
XML_PROLOG = re.compile(r"^\s*<\?xml[^>]*\?>")
CHARSET_SCAN_BYTES = 4096
# A text saved as a web page (a copy site's page of bare text with a few stray tags, <ul>/<strike> spam markup) has no
# markup for its paragraphs: its source line breaks are them, where a browser would run the whole text into one line
PARAGRAPH_MARKUP = re.compile(r"<(?:p|br|div|td|th|tr|li|h[1-6]|pre|table|section|article|dd|dt|blockquote)\b", re.I)
_TAG_OR_TEXT = re.compile(r"(<[^<>]*>)")


def declared_charset(data: bytes) -> str | None:
    head = data[:CHARSET_SCAN_BYTES]
    match = META_CHARSET.search(head) or XML_ENCODING.search(head)
    return match.group(1).decode("ascii") if match else None


def html_text(data: bytes, filename: str | None) -> str:
    from lxml import etree, html

    who = display(filename)
    markup = decode_bytes(data, filename, declared=declared_charset(data))
    # lxml refuses a str that still carries an encoding declaration.
    markup = XML_PROLOG.sub("", markup)
    if "\n" in markup and not PARAGRAPH_MARKUP.search(markup):
        markup = "".join(part if part.startswith("<") else part.replace("\n", "<br>")
                         for part in _TAG_OR_TEXT.split(markup))
    try:
        root = html.document_fromstring(markup)
    except (etree.ParserError, ValueError):
        raise ReaderError(f"{who} is not a web page the reader can parse; save the page again as .html.") from None
    lines: list[str] = []
    current: list[str] = []
    _render(root, lines, current, inside_content=False)
    _end_line(lines, current)
    text = "\n".join(lines).strip("\n")
    if not text.strip():
        raise ReaderError(f"{who} is a web page without any text; save the page with its content, or as PDF.")
    return text


def _is_noise(element, inside_content: bool) -> bool:
    tag = element.tag
    if not isinstance(tag, str):  # comments, processing instructions
        return True
    tag = tag.lower()
    if tag == "form":
        return not _holds_prose(element)
    if tag in NOISE_TAGS:
        return True
    if tag in PAGE_FURNITURE_TAGS and not inside_content:
        return True
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    marks = f"{element.get('class', '')} {element.get('id', '')} {element.get('role', '')}"
    if marks.strip() and NOISE_CLASS.search(marks) and not inside_content:
        return True
    style = (element.get("style") or "").replace(" ", "").lower()
    return "display:none" in style


def _holds_prose(form) -> bool:
    text = form.text_content()
    return len(text) >= FORM_PROSE_CHARS and text.count("。") >= FORM_PROSE_SENTENCES


def _end_line(lines: list[str], current: list[str]) -> None:
    line = HTML_SPACE.sub(" ", CJK_LINE_BREAK.sub("", "".join(current))).strip(" ")
    current.clear()
    if line:
        lines.append(line)


def _text(fragment: str | None) -> str:
    return (fragment or "").replace("\u00a0", " ")


def _render(element, lines: list[str], current: list[str], inside_content: bool) -> None:
    """Walk the tree, appending finished lines to `lines` and the line being built to `current`."""
    if _is_noise(element, inside_content):
        return
    tag = element.tag.lower()
    if tag == "pre":
        _end_line(lines, current)
        lines.extend(element.text_content().replace("\u00a0", " ").splitlines())
        return
    if tag == "table":
        _end_line(lines, current)
        if _is_layout(element):
            # a one-column table that only lays the page out: its cells hold the document's paragraphs
            for cell in _own_cells(element):
                _render_children(cell, lines, current, inside_content)
                _end_line(lines, current)
            return
        # the whole table at once: a task table (序号/工作任务/牵头单位…) becomes outline items, as in docx
        lines.extend(grid_lines(_table_grid(element)))
        return
    if tag == "tr":
        _end_line(lines, current)
        cells = []
        for cell in element:
            if isinstance(cell.tag, str) and cell.tag.lower() in CELL_TAGS and not _is_noise(cell, True):
                cell_lines: list[str] = []
                cell_current: list[str] = []
                _render_children(cell, cell_lines, cell_current, True)
                _end_line(cell_lines, cell_current)
                cells.append("".join(cell_lines))
        line = CELL_SEPARATOR.join(c for c in cells if c)
        if line:
            lines.append(line)
        return
    block = tag in BLOCK_TAGS
    if block:
        _end_line(lines, current)
    if tag != "br":
        _render_children(element, lines, current, inside_content or tag in CONTENT_CONTAINERS)
    if block:
        _end_line(lines, current)


def _cell_text(cell) -> str:
    cell_lines: list[str] = []
    cell_current: list[str] = []
    _render_children(cell, cell_lines, cell_current, True)
    _end_line(cell_lines, cell_current)
    return "".join(cell_lines)


def _span(cell, name: str) -> int:
    try:
        return max(1, min(int(cell.get(name, "1")), 100))
    except ValueError:
        return 1


def _table_grid(table) -> list[list]:
    """The table's rows as a grid, a cell spanning rows or columns filling every position it covers."""
    rows = _own_rows(table)
    grid: list[list] = []
    pending: dict[tuple[int, int], GridCell] = {}
    for r, tr in enumerate(rows):
        row: list = []
        column = 0
        cells = [c for c in tr if isinstance(c.tag, str) and c.tag.lower() in CELL_TAGS and not _is_noise(c, True)]
        for cell in cells:
            while (r, column) in pending:
                row.append(pending.pop((r, column)))
                column += 1
            shared = GridCell(_cell_text(cell))
            for dc in range(_span(cell, "colspan")):
                row.append(shared)
                for dr in range(1, _span(cell, "rowspan")):
                    pending[(r + dr, column + dc)] = shared
            column += _span(cell, "colspan")
        while (r, column) in pending:
            row.append(pending.pop((r, column)))
            column += 1
        grid.append(row)
    return grid


def _own_rows(table) -> list:
    return [tr for tr in table.iter("tr") if tr.getparent() is not None and _own_table(tr) is table]


def _own_cells(table) -> list:
    return [c for tr in _own_rows(table) for c in tr
            if isinstance(c.tag, str) and c.tag.lower() in CELL_TAGS and not _is_noise(c, True)]


def _is_layout(table) -> bool:
    """A table whose every row has one cell is layout (the page's frame), not a table of data."""
    rows = _own_rows(table)
    return bool(rows) and all(
        sum(1 for c in tr if isinstance(c.tag, str) and c.tag.lower() in CELL_TAGS) <= 1 for tr in rows)


def _own_table(tr):
    """The table a row belongs to (not one nested around it)."""
    parent = tr.getparent()
    while parent is not None and parent.tag.lower() != "table":
        parent = parent.getparent()
    return parent


def _render_children(element, lines: list[str], current: list[str], inside_content: bool) -> None:
    _add_text(_text(element.text), lines, current)
    for child in element:
        _render(child, lines, current, inside_content)
        # The tail (text after the child's closing tag) belongs to this element, noise or not.
        _add_text(_text(child.tail), lines, current)


def _add_text(fragment: str, lines: list[str], current: list[str]) -> None:
    if "\n" not in fragment:
        current.append(fragment)
        return
    core = fragment.strip(" \t\r\n\f")
    parts = BLANK_LINE.split(core) if core else []
    if len(parts) < 2:
        current.append(fragment)
        return
    start = fragment.index(core)
    current.append(fragment[:start] + parts[0])
    for part in parts[1:-1]:
        _end_line(lines, current)
        current.append(part)
    _end_line(lines, current)
    current.append(parts[-1] + fragment[start + len(core):])
