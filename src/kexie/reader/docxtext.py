"""A Word .docx → text: the zip is checked before anything inflates, then paragraphs and tables in body order.

Automatic list numbering is written back as visible markers (一、 （一） 1.), and task tables
(序号/工作任务/具体措施/牵头领导/…/完成时限) become numbered lines with a bracketed responsibility
annotation, `1. 任务。措施（牵头领导：…；责任单位：…；完成时限：…）`, the form the core parser reads.
Not read: text boxes, headers/footers, footnotes and comments.
"""

from __future__ import annotations

import io
import re
import zipfile
from types import SimpleNamespace

from .decode import display, normalise_newlines
from .errors import ReaderError

# --- zip-bomb limits, checked on the archive's directory before python-docx inflates anything ---
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_MEMBERS = 10_000
# Real XML compresses about 10:1, at most ~100:1; only crafted members go past this when large.
MAX_COMPRESSION_RATIO = 200
RATIO_CHECK_MIN_BYTES = 1024 * 1024
# python-docx parses XML parts whole, at several times their size in memory; real ones stay far below.
MAX_XML_PART_BYTES = 64 * 1024 * 1024
XML_PART_SUFFIXES = (".xml", ".rels")

DOCUMENT_PART = "word/document.xml"
# Archives that are Office files, but not Word documents: what they are, and what to do.
OTHER_PACKAGES = (
    ("xl/workbook.xml", "an Excel workbook; save it as PDF or copy its table into a .docx"),
    ("ppt/presentation.xml", "a PowerPoint presentation; save it as PDF"),
    ("OFD.xml", "an OFD file; export it as PDF from the OFD reader"),
    ("mimetype", "an OpenDocument or EPUB file; save it as .docx or PDF"),
)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = "{%s}" % W_NS

CELL_SEPARATOR = "\u3000"

# --- task tables: header words → the column's role. Order matters only for `contains` matching:
# longer names are tried first so that 完成时限 wins over 时限.
TASK_COLUMN_SYNONYMS = {
    "seq": ("序号", "编号", "序"),
    "task": ("工作任务", "重点任务", "主要任务", "任务名称", "工作内容", "重点工作", "工作事项", "工作项目", "任务"),
    "measures": ("具体措施", "工作措施", "主要措施", "主要内容", "工作举措", "具体内容", "推进措施", "措施"),
    "lead_leader": ("牵头领导", "牵头市领导", "牵头负责领导"),
    "responsible_leader": ("责任领导", "分管领导", "负责领导"),
    "department": ("责任科室", "责任部门", "责任处室", "承办科室", "承办处室"),
    "lead_unit": ("牵头单位", "牵头部门", "主责单位"),
    "responsible_unit": ("责任单位", "承办单位"),
    "partner_unit": ("配合单位", "协办单位", "参与单位", "配合部门", "协办部门"),
    "deadline": ("完成时限", "时间节点", "完成时间", "时间安排", "进度安排", "时限"),
}
# Columns a task table may carry that nothing reads (a flattened table still counts them among its cells).
OTHER_COLUMNS = ("备注", "完成情况", "进展情况", "目标要求", "工作目标")
# How each responsibility column is labelled in the annotation (labels the core parser knows).
ANNOTATION_LABELS = {
    "lead_leader": "牵头领导",
    "responsible_leader": "责任领导",
    "department": "责任科室",
    "lead_unit": "牵头单位",
    "responsible_unit": "责任单位",
    "partner_unit": "配合单位",
    "deadline": "完成时限",
}
RESPONSIBILITY_COLUMNS = tuple(ANNOTATION_LABELS)
HEADER_SEARCH_ROWS = 3
HEADER_NOISE = re.compile(r"[\s\u3000]+|[（(][^）)]*[）)]")
NAME_SEPARATOR = "、"
SENTENCE_END = "。；;！？!?：:"

# --- automatic numbering ---
CHINESE_DIGITS = "〇一二三四五六七八九"
TIANGAN = "甲乙丙丁戊己庚辛壬癸"
ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
         (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
LEVEL_PLACEHOLDER = re.compile(r"%([1-9])")


def check_archive(data: bytes, who: str) -> zipfile.ZipFile:
    """Open the zip and refuse it unless it is a Word document of sane size, before anything inflates."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        raise ReaderError(f"{who} is damaged or not a Word document (its zip structure cannot be read); "
                          f"open it in Word or WPS and save it again as .docx.") from None
    names = {m.filename for m in members}
    if DOCUMENT_PART not in names:
        for part, what in OTHER_PACKAGES:
            if part in names:
                raise ReaderError(f"{who} is {what}.")
        raise ReaderError(f"{who} is a zip archive, not a Word document (it has no {DOCUMENT_PART}); "
                          f"unpack it, or save the document again as .docx.")
    if len(members) > MAX_MEMBERS:
        raise ReaderError(f"{who} holds {len(members)} files, far more than a Word document; "
                          f"it is not a document the reader will open.")
    total = sum(m.file_size for m in members)
    if total > MAX_UNCOMPRESSED_BYTES:
        raise ReaderError(f"{who} would inflate to {total // (1 << 20)} MB, more than a Word document holds "
                          f"(a zip bomb or a damaged file); the reader will not open it.")
    for m in members:
        if m.filename.endswith(XML_PART_SUFFIXES) and m.file_size > MAX_XML_PART_BYTES:
            raise ReaderError(f"{who} has a {m.file_size // (1 << 20)} MB {m.filename}, far more text than a "
                              f"Word document holds; split the document.")
        if m.file_size > RATIO_CHECK_MIN_BYTES and m.file_size > MAX_COMPRESSION_RATIO * max(m.compress_size, 1):
            raise ReaderError(f"{who} contains {m.filename}, compressed {m.file_size // max(m.compress_size, 1)}"
                              f" to 1, which no real document does (a zip bomb); the reader will not open it.")
    return archive


def docx_text(data: bytes, filename: str | None) -> str:
    who = display(filename)
    check_archive(data, who).close()
    import docx
    from docx.opc.exceptions import OpcError

    damaged = (f"{who} is damaged (its Word structure cannot be read); open it in Word or WPS and save it "
               f"again as .docx.")
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception:  # noqa: BLE001 - python-docx fails on malformed packages in many ways, all "damaged"
        raise ReaderError(damaged) from None
    try:
        lines = list(_body_lines(document))
    except (OpcError, zipfile.BadZipFile, KeyError, ValueError, SyntaxError, EOFError, OSError):
        # Parts load lazily: lxml's XMLSyntaxError (a SyntaxError), zlib and CRC errors surface here.
        raise ReaderError(damaged) from None
    text = normalise_newlines("\n".join(lines)).strip("\n")
    if not text.strip():
        raise ReaderError(f"{who} is a Word document without any text; check it is the right file "
                          f"(a scanned page pasted as a picture needs OCR).")
    return text


def _body_lines(document):
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    numbering = Numbering(document)

    def lines(container):
        for element in _block_elements(container):
            if element.tag == W + "p":
                paragraph = Paragraph(element, document)
                yield numbering.marker(paragraph) + paragraph.text
                for box in _text_boxes(element):  # after the paragraph that anchors them, as they print
                    yield from lines(box)
            else:
                yield from table_lines(Table(element, document))

    yield from lines(document.element.body)


MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _text_boxes(paragraph):
    """The text boxes a paragraph anchors (a 版记 or a 附件 note kept at the page foot), each once: Word writes a
    box twice, as DrawingML and as a VML fallback (mc:Fallback), and a box inside a box is read with its box."""
    for content in paragraph.iter(W + "txbxContent"):
        inner = content.getparent()
        while inner is not paragraph and inner.tag not in (W + "txbxContent", MC_FALLBACK):
            inner = inner.getparent()
        if inner is paragraph:
            yield content


def _block_elements(container):
    """<w:p> and <w:tbl> in body order, looking inside content controls (<w:sdt>) as Word shows them."""
    for child in container.iterchildren():
        if child.tag in (W + "p", W + "tbl"):
            yield child
        elif child.tag == W + "sdt":
            content = child.find(W + "sdtContent")
            if content is not None:
                yield from _block_elements(content)


# ---------------------------------------------------------------- tables

def _cell_text(cell) -> str:
    """A cell's paragraphs on one line: Chinese cell text runs on without spaces."""
    parts = [p.text.strip() for p in cell.paragraphs]
    return "".join(p for p in parts if p)


def _grid(table) -> list[list]:
    """Rows of cells, one per grid column, as python-docx gives them (merged cells repeat)."""
    return [list(row.cells) for row in table.rows]


def _header_key(text: str) -> str:
    return HEADER_NOISE.sub("", text)


def column_role(header: str) -> str | None:
    key = _header_key(header)
    if not key:
        return None
    for role, names in TASK_COLUMN_SYNONYMS.items():
        if key in names:
            return role
    candidates = [(len(name), role) for role, names in TASK_COLUMN_SYNONYMS.items()
                  for name in names if len(name) >= 2 and name in key]
    return max(candidates)[1] if candidates else None


def _task_columns(grid) -> tuple[int, dict[int, str]] | None:
    """(header row index, {column: role}) when the table is a task table, else None."""
    for index, row in enumerate(grid[:HEADER_SEARCH_ROWS]):
        roles: dict[int, str] = {}
        seen_cells = []
        for column, cell in enumerate(row):
            if any(cell._tc is c for c in seen_cells):
                continue
            seen_cells.append(cell._tc)
            role = column_role(_cell_text(cell))
            if role and role not in roles.values():
                roles[column] = role
        has_work = {"task", "measures"} & set(roles.values())
        has_owner = set(RESPONSIBILITY_COLUMNS) & set(roles.values())
        if has_work and has_owner:
            return index, roles
    return None


class GridCell:
    """A table cell from elsewhere (an HTML page) shaped as the task-table code reads python-docx cells:
    one object for every grid position a merged cell covers, its text as one paragraph."""

    def __init__(self, text: str):
        self._tc = self
        self.paragraphs = [SimpleNamespace(text=text)]


def table_lines(table) -> list[str]:
    return grid_lines(_grid(table))


def grid_lines(grid) -> list[str]:
    """A table's lines: a task table's rows as outline items, any other table's rows as plain lines."""
    if not grid:
        return []
    found = _task_columns(grid)
    if found:
        header_row, roles = found
        # Rows above the header (a merged title row) are read as ordinary lines.
        return plain_table_lines(grid[:header_row]) + task_table_lines(grid[header_row + 1:], roles, grid[header_row])
    return plain_table_lines(grid)


def plain_table_lines(grid) -> list[str]:
    """One line per row, cells joined by a full-width space; merged cells are read once."""
    lines, above = [], []
    for row in grid:
        cells, previous = [], None
        for column, cell in enumerate(row):
            horizontal = previous is not None and cell._tc is previous._tc
            vertical = column < len(above) and cell._tc is above[column]._tc
            previous = cell
            if horizontal or vertical:
                continue
            text = _cell_text(cell)
            if text:
                cells.append(text)
        above = row
        if cells:
            lines.append(CELL_SEPARATOR.join(cells))
    return lines


class _Task:
    def __init__(self, number: str):
        self.number = number
        self.task: list[str] = []
        self.measures: list[str] = []
        self.owners: dict[str, list[str]] = {}

    def add(self, role: str, text: str) -> None:
        if role == "task":
            _append_unique(self.task, text)
        elif role == "measures":
            _append_unique(self.measures, text)
        elif role in ANNOTATION_LABELS:
            values = self.owners.setdefault(role, [])
            for value in _split_names(text) if role != "deadline" else [text]:
                _append_unique(values, value)

    def line(self) -> str:
        body = _join_sentences(self.task)
        measures = _join_sentences(self.measures)
        if body and measures:
            body = (body if body[-1] in SENTENCE_END else body + "。") + measures
        else:
            body = body or measures
        pairs = []
        for role in RESPONSIBILITY_COLUMNS:
            values = self.owners.get(role)
            if values:
                joiner = "，" if role == "deadline" else NAME_SEPARATOR
                pairs.append(f"{ANNOTATION_LABELS[role]}：{joiner.join(values)}")
        body = body.rstrip("。；;")
        annotation = f"（{'；'.join(pairs)}）" if pairs else ""
        return f"{self.number}. {body}{annotation}"


def _append_unique(values: list[str], value: str) -> None:
    if value and value not in values:
        values.append(value)


def _join_sentences(parts: list[str]) -> str:
    out = ""
    for part in parts:
        if out and out[-1] not in SENTENCE_END:
            out += "；"
        out += part
    return out


NAME_SPLIT = re.compile(r"[、，,；;/\s\u3000]+")


def _split_names(text: str) -> list[str]:
    # Brackets stay whole: 各县（市、区）科协 is one body.
    names, depth, current = [], 0, ""
    for ch in text:
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth = max(0, depth - 1)
        if depth == 0 and NAME_SPLIT.fullmatch(ch):
            if current:
                names.append(current)
            current = ""
        else:
            current += ch
    if current:
        names.append(current)
    return names


ARABIC_NUMBER = re.compile(r"^\d{1,4}$")


def task_table_lines(rows, roles: dict[int, str], header) -> list[str]:
    """Task-table rows → `n. 任务。措施（角色：名单；…）` lines; empty or merged 序号 continues a task.

    A row whose cells are all one merged cell is a section heading (一、…) and stays a line of its own.
    """
    role_columns = {role: column for column, role in roles.items()}
    seq_column = role_columns.get("seq")
    key_column = seq_column if seq_column is not None else role_columns.get("task")
    lines: list[str] = []
    current: _Task | None = None
    counter = 0
    previous_row = header
    for row in rows:
        distinct = []
        for cell in row:
            if not any(cell._tc is c._tc for c in distinct):
                distinct.append(cell)
        if len(distinct) == 1 and len(row) > 1:
            if current:
                lines.append(current.line())
                current = None
            heading = _cell_text(distinct[0])
            if heading:
                lines.append(heading)
            previous_row = row
            continue
        key_cell = row[key_column] if key_column is not None and key_column < len(row) else None
        key_text = _cell_text(key_cell) if key_cell is not None else ""
        merged_with_above = (key_cell is not None and key_column < len(previous_row)
                             and key_cell._tc is previous_row[key_column]._tc)
        continues = current is not None and (not key_text or merged_with_above)
        if not continues:
            if current:
                lines.append(current.line())
            seq_text = _cell_text(row[seq_column]) if seq_column is not None and seq_column < len(row) else ""
            counter = int(seq_text) if ARABIC_NUMBER.match(seq_text) else counter + 1
            current = _Task(str(counter))
        for column, role in roles.items():
            if role == "seq" or column >= len(row):
                continue
            cell = row[column]
            # A cell merged across columns is read once, by its first column.
            if column > 0 and cell._tc is row[column - 1]._tc:
                continue
            current.add(role, _cell_text(cell))
        previous_row = row
    if current:
        lines.append(current.line())
    return lines


# ---------------------------------------------------------------- numbering

def chinese_counting(n: int) -> str:
    """1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五 (Word's chineseCounting)."""
    if n <= 0:
        return str(n)
    if n < 10:
        return CHINESE_DIGITS[n]
    if n < 20:
        return "十" + (CHINESE_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return CHINESE_DIGITS[n // 10] + "十" + (CHINESE_DIGITS[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        tail = "" if rest == 0 else ("零" + CHINESE_DIGITS[rest] if rest < 10 else
                                     (CHINESE_DIGITS[rest // 10] + "十" + (CHINESE_DIGITS[rest % 10] if rest % 10 else "")))
        return CHINESE_DIGITS[n // 100] + "百" + tail
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for value, letters in ROMAN:
        while n >= value:
            out += letters
            n -= value
    return out


def _letters(n: int) -> str:
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


NUMBER_FORMATS = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "decimalFullWidth": lambda n: str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９")),
    "decimalHalfWidth": str,
    "chineseCounting": chinese_counting,
    "chineseCountingThousand": chinese_counting,
    "chineseLegalSimplified": lambda n: chinese_counting(n).translate(str.maketrans("一二三四五六七八九十百", "壹贰叁肆伍陆柒捌玖拾佰")),
    "ideographTraditional": lambda n: TIANGAN[(n - 1) % 10],
    "decimalEnclosedCircle": lambda n: chr(0x2460 + n - 1) if 1 <= n <= 20 else str(n),
    "decimalEnclosedCircleChinese": lambda n: chr(0x2460 + n - 1) if 1 <= n <= 20 else str(n),
    "decimalEnclosedParen": lambda n: chr(0x2474 + n - 1) if 1 <= n <= 20 else f"({n})",
    "decimalEnclosedFullstop": lambda n: chr(0x2488 + n - 1) if 1 <= n <= 20 else f"{n}.",
    "lowerLetter": _letters,
    "upperLetter": lambda n: _letters(n).upper(),
    "lowerRoman": _roman,
    "upperRoman": lambda n: _roman(n).upper(),
}


class Numbering:
    """Visible markers of Word's automatic numbering, counted per list (numId) in document order.

    Simplifications: lists sharing an abstract definition count separately, and level restarts
    (w:lvlRestart) and legal numbering (w:isLgl) are ignored; bullets get no marker.
    """

    def __init__(self, document):
        self.levels: dict[str, dict[int, tuple[int, str, str]]] = {}  # numId → ilvl → (start, fmt, text)
        self.counters: dict[str, dict[int, int]] = {}
        self.style_numbering: dict[str, tuple[str, int]] = {}
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return
        abstract = {}
        for node in root.findall(W + "abstractNum"):
            abstract[node.get(W + "abstractNumId")] = self._read_levels(node)
        for num in root.findall(W + "num"):
            ref = num.find(W + "abstractNumId")
            levels = dict(abstract.get(ref.get(W + "val"), {})) if ref is not None else {}
            for override in num.findall(W + "lvlOverride"):
                ilvl = _int(override.get(W + "ilvl"), 0)
                lvl = override.find(W + "lvl")
                if lvl is not None:
                    levels.update(self._read_levels(override))
                start = override.find(W + "startOverride")
                if start is not None and ilvl in levels:
                    _, fmt, text = levels[ilvl]
                    levels[ilvl] = (_int(start.get(W + "val"), 1), fmt, text)
            self.levels[num.get(W + "numId")] = levels
        try:
            for style in document.styles:
                num_pr = style.element.find(f"{W}pPr/{W}numPr")
                if num_pr is not None:
                    num_id = num_pr.find(W + "numId")
                    ilvl = num_pr.find(W + "ilvl")
                    if num_id is not None:
                        self.style_numbering[style.style_id] = (num_id.get(W + "val"),
                                                                _int(ilvl.get(W + "val") if ilvl is not None else None, 0))
        except (KeyError, AttributeError, NotImplementedError):
            pass

    @staticmethod
    def _read_levels(node) -> dict[int, tuple[int, str, str]]:
        levels = {}
        for lvl in node.findall(W + "lvl"):
            ilvl = _int(lvl.get(W + "ilvl"), 0)
            start = lvl.find(W + "start")
            fmt = lvl.find(W + "numFmt")
            text = lvl.find(W + "lvlText")
            levels[ilvl] = (_int(start.get(W + "val") if start is not None else None, 1),
                            fmt.get(W + "val") if fmt is not None else "decimal",
                            text.get(W + "val") if text is not None else "")
        return levels

    def _paragraph_numbering(self, paragraph) -> tuple[str, int] | None:
        num_pr = paragraph._p.find(f"{W}pPr/{W}numPr")
        if num_pr is not None:
            num_id = num_pr.find(W + "numId")
            ilvl = num_pr.find(W + "ilvl")
            if num_id is None:
                return None
            return num_id.get(W + "val"), _int(ilvl.get(W + "val") if ilvl is not None else None, 0)
        style = paragraph._p.find(f"{W}pPr/{W}pStyle")
        if style is not None:
            return self.style_numbering.get(style.get(W + "val"))
        return None

    def marker(self, paragraph) -> str:
        found = self._paragraph_numbering(paragraph)
        if not found:
            return ""
        num_id, ilvl = found
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels or num_id == "0":
            return ""
        counters = self.counters.setdefault(num_id, {})
        start = levels[ilvl][0]
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        _, fmt, text = levels[ilvl]
        if fmt in ("bullet", "none") or not text:
            return ""

        def level_number(match):
            level = int(match.group(1)) - 1
            if level not in levels:
                return ""
            value = counters.get(level, levels[level][0])
            return NUMBER_FORMATS.get(levels[level][1], str)(value)

        return LEVEL_PLACEHOLDER.sub(level_number, text)


def _int(value, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default
