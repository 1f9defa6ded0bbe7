"""The one xlsx writer every list of kexie exports through: titled, frozen, filterable, printable on A4 landscape.

A Sheet describes a table: its title (merged, bold, large), a subtitle line (发文字号, export date, scope), a header
row, then data rows (values, or Cell for a fill or bold), Group rows (a marker and a heading merged across the
rest, bold) and an optional 合计 row. The workbook is written in openpyxl's write-only mode: rows stream from
any iterator (a queryset read in batches), so tens of thousands of rows never sit in memory as cells. Column
widths are fitted to the header and the first SAMPLE rows (a Chinese character counts two units, capped), the
header is frozen and filterable, and every printed page repeats the title and header rows.
"""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass, field
from itertools import islice
from typing import Iterable
from urllib.parse import quote

from django.http import HttpResponse
from django.utils.translation import gettext as _

CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# Widths are fitted to the header and this many first rows: enough to see the column's kind of text, and the
# rows must be known before the sheet's first row is written (write-only mode writes the columns first).
SAMPLE = 200
MIN_WIDTH, MAX_WIDTH = 6, 60

# The fills of the lights (红/黄/绿/灰) and of states, one palette for every export.
LIGHT_FILLS = {"red": "FBDCDC", "yellow": "FDF0C8", "green": "DFF2DC", "gray": "EEF0F3"}


@dataclass
class Column:
    label: str
    width: float | None = None  # a fixed width in Excel's character units; None fits it to the text
    max_width: float = 40  # the fitted width's cap (wrapped columns wrap beyond it)
    wrap: bool = False
    centre: bool = False


@dataclass
class Cell:
    """A value with a fill colour (RRGGBB) and/or bold."""
    value: object
    fill: str | None = None
    bold: bool = False


@dataclass
class Group:
    """A group row: lead (a marker such as 一、) in the first column, text merged across the rest, bold. With no
    lead the text is merged across every column."""
    text: str
    lead: object = None


@dataclass
class Sheet:
    name: str  # the sheet's tab (Excel allows 31 characters)
    title: str  # row 1
    columns: list[Column]
    rows: Iterable = ()  # lists of values/Cells, or Groups
    subtitle: str = ""  # row 2 when set
    total: list | None = None  # a 合计 row after the data (not inside the filter)
    freeze_columns: int = 0  # leading columns kept in view when scrolling sideways
    n_rows: int = field(default=0, init=False)  # data rows written (set by write)

    @property
    def header_row(self) -> int:
        return 3 if self.subtitle else 2


def text_width(value) -> int:
    """Display width in Excel's character units of a value's longest line: a Chinese character is two."""
    if value is None:
        return 0
    lines = str(value).split("\n")
    return max(sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line) for line in lines)


def _value(item):
    return item.value if isinstance(item, Cell) else item


def fitted_widths(sheet: Sheet, sample: list) -> list[float]:
    widths = []
    for i, col in enumerate(sheet.columns):
        if col.width is not None:
            widths.append(col.width)
            continue
        longest = text_width(col.label)
        for row in sample:
            if not isinstance(row, Group) and i < len(row):
                longest = max(longest, text_width(_value(row[i])))
        widths.append(max(MIN_WIDTH, min(longest + 2, col.max_width, MAX_WIDTH)))
    return widths


class _Styles:
    """The few style objects of a workbook, made once (openpyxl shares them by value anyway)."""

    def __init__(self):
        from openpyxl.styles import Alignment, Font, PatternFill

        self.title = Font(bold=True, size=16)
        self.bold = Font(bold=True)
        self.centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
        self.wrap = Alignment(vertical="top", wrap_text=True)
        self.top_centre = Alignment(horizontal="center", vertical="top", wrap_text=True)
        self.left = Alignment(horizontal="left", vertical="center", wrap_text=True)
        self.header_fill = PatternFill("solid", fgColor="E8EDF3")
        self._fills: dict[str, object] = {}
        self._arrays: dict[tuple, object] = {}
        self._fill_class = PatternFill

    def fill(self, color: str):
        if color not in self._fills:
            self._fills[color] = self._fill_class("solid", fgColor=color)
        return self._fills[color]

    def array(self, ws, font, align, fill):
        """The cell style (openpyxl's StyleArray) of this combination, registered with the workbook once: openpyxl
        otherwise hashes every Font, Border and Alignment again for each cell (most of a 112,000-row sheet's
        time)."""
        key = (id(font), id(align), id(fill))
        got = self._arrays.get(key)
        if got is None:
            from openpyxl.cell import WriteOnlyCell
            from openpyxl.styles.cell_style import StyleArray
            c = WriteOnlyCell(ws)
            for name, value in (("font", font), ("alignment", align), ("fill", fill)):
                if value is not None:
                    setattr(c, name, value)
            got = self._arrays[key] = c._style if c.has_style else StyleArray()
        return got


def _add_sheet(book, sheet: Sheet, styles: _Styles) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles.cell_style import StyleArray
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.properties import PageSetupProperties

    ws = book.create_sheet(sheet.name[:31])
    n = len(sheet.columns)
    last = get_column_letter(n)
    rows = iter(sheet.rows)
    sample = list(islice(rows, SAMPLE))
    for i, w in enumerate(fitted_widths(sheet, sample), start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    header = sheet.header_row
    # Set before the first row: write-only mode writes the views and columns when the first row arrives.
    ws.freeze_panes = f"{get_column_letter(sheet.freeze_columns + 1)}{header + 1}"
    ws.print_title_rows = f"1:{header}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_options.horizontalCentered = True
    ws.print_options.gridLines = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.oddFooter.center.text = _("第 &P 页，共 &N 页")
    ws.row_dimensions[1].height = 30

    def cell(value, font=None, align=None, fill=None):
        c = WriteOnlyCell(ws, value=value)
        if c.data_type == "f":  # text typed as "=…" (a report, a name) stays text: an export never runs a formula
            c.data_type = "s"
        c._style = StyleArray(styles.array(ws, font, align, fill))  # a copy: openpyxl may change a cell's array
        return c

    ws.append([cell(sheet.title, styles.title, styles.centre)])
    ws.merged_cells.add(f"A1:{last}1")
    if sheet.subtitle:
        ws.append([cell(sheet.subtitle, align=styles.left)])
        ws.merged_cells.add(f"A2:{last}2")
    ws.append([cell(c.label, styles.bold, styles.centre, styles.header_fill) for c in sheet.columns])
    # Plain columns' values go unstyled: a styled cell costs openpyxl several times a plain one, and a national
    # sheet has a million cells. Printed pages draw the grid (print_options.gridLines) instead of cell borders.
    aligns = [styles.wrap if c.wrap else styles.top_centre if c.centre else None for c in sheet.columns]
    row_idx = header
    for row in _chain(sample, rows):
        row_idx += 1
        if isinstance(row, Group):
            if row.lead is None:
                ws.append([cell(row.text, styles.bold, styles.left)] + [None] * (n - 1))
                ws.merged_cells.add(f"A{row_idx}:{last}{row_idx}")
            else:
                ws.append([cell(row.lead, styles.bold, styles.left), cell(row.text, styles.bold, styles.left)]
                          + [None] * (n - 2))
                if n > 2:
                    ws.merged_cells.add(f"B{row_idx}:{last}{row_idx}")
            continue
        out = []
        for item, align in zip(row, aligns):
            if isinstance(item, Cell):
                out.append(cell(item.value, styles.bold if item.bold else None, align,
                                styles.fill(item.fill) if item.fill else None))
            elif item is None or item == "":
                out.append(None)  # no cell at all
            elif align is None and not (isinstance(item, str) and item.startswith("=")):
                out.append(item)
            else:
                out.append(cell(item, None, align))
        ws.append(out)
    sheet.n_rows = row_idx - header
    ws.auto_filter.ref = f"A{header}:{last}{max(row_idx, header + 1)}"
    if sheet.total is not None:
        ws.append([cell(_value(v), styles.bold, styles.top_centre,
                        styles.fill(v.fill) if isinstance(v, Cell) and v.fill else None) for v in sheet.total])


def _chain(first: list, rest):
    yield from first
    first.clear()  # the sample is not kept while the rest streams
    yield from rest


def write(sheets: Sheet | list[Sheet], target=None):
    """Write the sheets as one workbook to target (a path or a binary file); without target return the bytes."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    styles = _Styles()
    for sheet in [sheets] if isinstance(sheets, Sheet) else sheets:
        _add_sheet(book, sheet, styles)
    if target is not None:
        book.save(target)
        return None
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def content_disposition(filename: str, fallback: str = "") -> str:
    """attachment with an ASCII name for old clients (fallback, else the name's ASCII part, else export.xlsx) and
    the real (Chinese) name as RFC 5987 filename*."""
    if not fallback:
        fallback = re.sub(r"[^A-Za-z0-9.-]+", "_", filename).strip("_.")
        if sum(ch.isalpha() for ch in fallback.rpartition(".")[0]) < 3:
            fallback = "export.xlsx"
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename, safe='')}"


def safe_filename(name: str) -> str:
    """A name fit for a file: no path separators, control characters or characters Windows refuses."""
    cleaned = "".join("_" if ch in '\\/:*?"<>|' or unicodedata.category(ch).startswith("C") else ch
                      for ch in name).strip(" .")
    return cleaned[:100] or "export"


def response(sheets: Sheet | list[Sheet], filename: str, fallback: str = "") -> HttpResponse:
    """The workbook as a download named filename (a Chinese name is kept through filename*; fallback: an ASCII
    name for clients without it)."""
    if not filename.lower().endswith(".xlsx"):
        filename += ".xlsx"
    resp = HttpResponse(write(sheets), content_type=CONTENT_TYPE)
    resp["Content-Disposition"] = content_disposition(safe_filename(filename[:-5]) + ".xlsx", fallback)
    return resp
