"""A task table that arrives flattened as text (a web page's copy, a PDF's extracted text) → the task lines a docx table gives.

Two shapes are read: one cell a line (序号 / 工作任务 / 牵头单位 / … then 1 / 任务… / 市科协 / …), and one row a line with
the cells apart (1　开展…活动　市科协　6月底前). The header must be made of the docx path's column words (docxtext), open with
序号 and name both the work and who answers for it; rows must open with 1, 2, 3 … in turn. Only what reads one way is
taken: the first row that does not fit ends the table, and the lines from there on stay as they are.
"""

from __future__ import annotations

import re

from .docxtext import (GridCell, OTHER_COLUMNS, RESPONSIBILITY_COLUMNS, _header_key, column_role,
                       task_table_lines)

# a header line that opens with 序号 (its cells on the same line, or alone on its line): the only place a table can start
_SEQ_HEADER = re.compile(r"^[ \t\u3000]*(?:序[ \t\u3000]*号|编[ \t\u3000]*号)(?=$|[ \t\u3000])", re.M)
_SEQ_CELL = re.compile(r"^(\d{1,3})[.．、]?$")
# cells apart on a line: tabs, full-width spaces or two spaces; a header with single spaces splits its rows on any run
_WIDE_GAP = re.compile(r"[\t\u3000]+[ \t\u3000]*| {2,}")
_ANY_GAP = re.compile(r"[ \t\u3000]+")
# a section row of the table (一、强化思想引领) stands between its rows
_SECTION = re.compile(r"^[一二三四五六七八九十]{1,3}、[^。；]{1,40}$")
# a cell that wraps in a PDF ends where its list or bracket goes on: 市教育局、 / 市科技局
_GOES_ON = ("、", "，", ",", "（", "(")
_TIME_CELL = re.compile(r"\d|[年月日季旬周底前]|长期|持续|全年|常态|年内|即时|随时|同步")
MAX_HEADER_CELL = 12  # a column word with its bracket note removed; longer is a sentence, no header
MAX_OWNER_CELL = 80
HEADER_WRAP = 4  # a PDF header cell that wraps (完成 / 时限) is two short pieces
WORK_ROLES = ("task", "measures")


def unflatten_task_tables(text: str, is_page_line=lambda line: False) -> str:
    """The text with each flattened task table read into `n. 任务（牵头单位：…；配合单位：…；完成时限：…）` lines."""
    if "序" not in text and "编号" not in text:
        return text
    starts = [text.count("\n", 0, m.start()) for m in _SEQ_HEADER.finditer(text)]
    if not starts:
        return text
    lines = text.split("\n")
    out: list[str] = []
    done = 0
    for start in starts:
        if start < done:
            continue
        found = _read_table(lines, start, is_page_line)
        if found is None:
            continue
        end, table = found
        out.extend(lines[done:start])
        out.extend(table)
        done = end
    if not done:
        return text
    out.extend(lines[done:])
    return "\n".join(out)


def _read_table(lines: list[str], start: int, is_page_line) -> tuple[int, list[str]] | None:
    """(index after the table, its task lines), or None when the lines at `start` are no task table."""
    header = _header(lines, start, is_page_line)
    if header is None:
        return None
    names, roles, at, split = header
    n = len(names)
    first = _next_line(lines, at, is_page_line)
    if first is None:
        return None
    sections = []
    if _SECTION.match(lines[first].strip()):
        # 一、… over the first row: the table's first section row
        sections.append(lines[first].strip())
        first = _next_line(lines, first + 1, is_page_line)
        if first is None:
            return None
    cells = split(lines[first].strip())
    if _seq(lines[first]) == 1:
        rows, end = _rows_by_cell(lines, first, n, roles, is_page_line)
    elif len(cells) > 1 and _seq(cells[0]) == 1:
        rows, end = _rows_by_line(lines, first, n, roles, split, is_page_line)
    else:
        return None
    if not rows:
        return None
    rows = [_section_row(text, n) for text in sections] + rows
    header_row = [GridCell(name) for name in names]
    role_map = {column: role for column, role in enumerate(roles) if role is not None}
    return end, task_table_lines(rows, role_map, header_row)


def _header(lines, start, is_page_line):
    """(column names, their roles, index after the header, how a row's line splits) for a task table's header."""
    line = lines[start].strip()
    gap = _WIDE_GAP if _WIDE_GAP.search(line) else _ANY_GAP
    names = [cell for cell in gap.split(line) if cell]
    at = start + 1
    if len(names) == 1:
        # one cell a line: the header runs while its lines are column words (a wrapped word is joined again)
        names = []
        i = start
        while True:
            i = _next_line(lines, i, is_page_line) if names else i
            if i is None:
                break
            cell = lines[i].strip()
            if _column(cell) is False:
                nxt = _next_line(lines, i + 1, is_page_line)
                joined = cell + lines[nxt].strip() if nxt is not None else ""
                if (len(_header_key(cell)) <= HEADER_WRAP and nxt is not None
                        and len(_header_key(lines[nxt])) <= HEADER_WRAP and _column(joined) is not False):
                    names.append(joined)
                    i = nxt + 1
                    continue
                break
            names.append(cell)
            i += 1
        at = i if i is not None else len(lines)
        gap = _WIDE_GAP
    roles = [_column(name) for name in names]
    if False in roles or len(names) < 3 or roles[0] != "seq":
        return None
    kinds = set(roles)
    if not kinds & set(WORK_ROLES) or not kinds & set(RESPONSIBILITY_COLUMNS):
        return None
    return names, roles, at, lambda text: [cell for cell in gap.split(text) if cell]


def _column(cell: str):
    """A header cell's role; None for a column nothing reads (备注); False for no column word at all. Every cell of the
    header must be a column word: a schedule's 时间/地点, a list's 姓名/作者/获奖等次 are none, so their tables are no task's."""
    key = _header_key(cell)
    if not key or len(key) > MAX_HEADER_CELL:
        return False
    if key in OTHER_COLUMNS:
        return None
    return column_role(cell) or False


def _next_line(lines, i, is_page_line) -> int | None:
    """The index of the first line from i on that holds text (blank lines and page breaks between cells skipped)."""
    while i < len(lines):
        line = lines[i].strip()
        if line and not is_page_line(line):
            return i
        i += 1
    return None


def _seq(cell: str) -> int | None:
    m = _SEQ_CELL.match(cell.strip())
    return int(m.group(1)) if m else None


def _section_row(text: str, n: int) -> list:
    shared = GridCell(text)
    return [shared] * n


def _rows_by_line(lines, i, n, roles, split, is_page_line):
    """Rows one a line; a section line between them is read as a section row."""
    required = _required(roles)
    rows, expected, end = [], 1, i
    while True:
        i = _next_line(lines, i, is_page_line)
        if i is None:
            break
        line = lines[i].strip()
        cells = split(line)
        if _seq(cells[0]) == expected and required <= len(cells) <= n and _plausible(cells, roles):
            rows.append([GridCell(c) for c in cells] + [GridCell("") for _ in range(n - len(cells))])
            expected += 1
            i += 1
            end = i
            continue
        nxt = _next_line(lines, i + 1, is_page_line)
        if rows and _SECTION.match(line) and nxt is not None and _seq(split(lines[nxt].strip())[0]) == expected:
            rows.append(_section_row(line, n))
            i += 1
            continue
        break
    return rows, end


def _rows_by_cell(lines, i, n, roles, is_page_line):
    """Rows one cell a line: the lines between number k and number k+1 are row k's cells."""
    rows, expected, end = [], 1, i
    lookahead = (n - 1) * 3 + 2
    while True:
        body, nxt, j = [], None, i + 1
        while len(body) < lookahead:
            j = _next_line(lines, j, is_page_line)
            if j is None:
                break
            line = lines[j].strip()
            if _seq(line) == expected + 1:
                nxt = j
                break
            body.append(line)
            j += 1
        section = None
        if nxt is not None and len(body) >= 2 and _SECTION.match(body[-1]):
            section = body.pop()  # 二、… between row k and row k+1
        cells = _cells(body, n - 1, roles[1:], last=nxt is None)
        if cells is None:
            break
        rows.append([GridCell(str(expected))] + [GridCell(c) for c in cells])
        if nxt is None:
            end = _after_cells(lines, i + 1, cells, is_page_line)
            break
        if section is not None:
            rows.append(_section_row(section, n))
        end = i = nxt  # a row that does not fit ends the table before its number
        expected += 1
    return rows, end


def _after_cells(lines, i, cells, is_page_line) -> int:
    """The index after the lines that hold the last row's cells."""
    want = "".join(cells)
    got = ""
    while len(got) < len(want):
        i = _next_line(lines, i, is_page_line)
        if i is None:
            return len(lines)
        got += lines[i].strip()
        i += 1
    return i


def _cells(body: list[str], count: int, roles: list, last: bool) -> list[str] | None:
    """Row cells from the lines between two numbers, or None where they read more than one way."""
    merged: list[str] = []
    for line in body:
        if merged and merged[-1].endswith(_GOES_ON):
            merged[-1] += line
        else:
            merged.append(line)
    if last:
        # the table's last row: nothing marks where it ends, so only its cells one a line are taken
        merged = merged[:count]
    if len(merged) < count:
        return None
    if len(merged) > count:
        # a PDF wraps the work's text over lines: readable only where the work is the one column of prose
        work = [k for k, role in enumerate(roles) if role in WORK_ROLES]
        if len(work) != 1:
            return None
        k = work[0]
        extra = len(merged) - count
        merged = merged[:k] + ["".join(merged[k:k + extra + 1])] + merged[k + extra + 1:]
    return merged if _plausible([""] + merged, [None] + list(roles)) else None


def _plausible(cells: list[str], roles: list) -> bool:
    """Who answers is a short list of bodies, a time limit reads as a time: else the row is not read as cut."""
    for cell, role in zip(cells, roles):
        if role == "deadline" and cell and not _TIME_CELL.search(cell):
            return False
        if role in RESPONSIBILITY_COLUMNS and role != "deadline" and cell and (
                len(cell) > MAX_OWNER_CELL or "。" in cell):
            return False
    return True


def _required(roles: list) -> int:
    """Cells a row line must hold: trailing columns nothing reads (备注) may be empty and lost in the copy."""
    n = len(roles)
    while n > 1 and roles[n - 1] is None:
        n -= 1
    return n
