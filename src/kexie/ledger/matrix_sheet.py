"""The reporting matrix as an xlsx workbook: every filtered unit (not one page), ready to print on A4 landscape.

Title row (plan, 发文字号, export date), the filters, then the header row, frozen and filterable, one row per unit,
and each column's totals last; cells filled by state. Written by openpyxl's write-only mode from matrix.all_rows
(500 units per read), so a national plan's 2,800 rows never sit in memory as worksheet cells.
"""

from __future__ import annotations

import io
import unicodedata

from django.utils.translation import gettext as _

from .matrix import SEVERITY, STATE_FILTERS, Matrix, State, all_rows
from .rhythms import chinese_date

FILLS = {State.ON_TIME: "DFF2DC", State.LATE: "FDE6CF", State.NOT_DUE: "FDF0C8", State.OVERDUE: "FBDCDC",
         State.NOT_STARTED: "EEF0F3"}
HEADER_ROW = 3


def width(text: str) -> float:
    """Display width in Excel's character units: a Chinese character is two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text or "")


def workbook(m: Matrix) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.properties import PageSetupProperties

    rows = list(all_rows(m))
    book = Workbook(write_only=True)
    sheet = book.create_sheet(_("报送情况"))
    n_cols = 2 + len(m.columns)
    last = get_column_letter(n_cols)
    unit_width = max([width(_("单位")), *(width(r.unit.display_name) for r in rows)]) + 2
    sheet.column_dimensions["A"].width = 6
    sheet.column_dimensions["B"].width = min(unit_width, 40)
    for i, c in enumerate(m.columns, start=3):
        sheet.column_dimensions[get_column_letter(i)].width = max(width(c.label), width(_("99/99 已报")), 10) + 2
    fills = {s: PatternFill("solid", fgColor=color) for s, color in FILLS.items()}
    bold, centre = Font(bold=True), Alignment(horizontal="center", vertical="center", wrap_text=True)

    def cell(value, fill=None, font=None, align=None):
        c = WriteOnlyCell(sheet, value=value)
        if fill is not None:
            c.fill = fill
        if font is not None:
            c.font = font
        if align is not None:
            c.alignment = align
        return c

    # Written with the sheet's header on the first append, so set first (the filter's range is known already).
    sheet.freeze_panes = f"C{HEADER_ROW + 1}"
    sheet.print_title_rows = f"1:{HEADER_ROW}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = "9"  # A4
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.print_options.horizontalCentered = True
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{last}{HEADER_ROW + len(rows)}"
    number = f"（{m.plan.doc_number}）" if m.plan.doc_number else ""
    subject = f"{m.plan.title}{number}" + (f" · {m.task.heading}" if m.task else "")
    title = _("%(subject)s 报送情况（导出日期：%(date)s）") % {"subject": subject, "date": chinese_date(m.today)}
    sheet.append([cell(title, font=Font(bold=True, size=14))])
    sheet.append([describe(m)])
    sheet.append([cell(_("序号"), font=bold, align=centre), cell(_("单位"), font=bold, align=centre),
                  *(cell(c.label, font=bold, align=centre) for c in m.columns)])
    for i, r in enumerate(rows, start=1):
        sheet.append([i, r.unit.display_name, *(cell("—", align=centre) if x is None else
                                                 cell(x.label, fill=fills[x.state], align=centre) for x in r.cells)])
    sheet.append([None, cell(_("合计"), font=bold),
                  *(cell("，".join(f"{State(s).label} {c.totals[s]}" for s in reversed(SEVERITY) if c.totals.get(s)),
                         align=centre) for c in m.columns)])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def describe(m: Matrix) -> str:
    """The filters in force, in words, under the title."""
    parts = [_("报送周期：%(rhythm)s") % {"rhythm": dict(m.rhythms).get(m.rhythm, "")}]
    if m.unit is not None:
        parts.append(_("范围：%(unit)s") % {"unit": m.unit.display_name})
    if m.filters.get("state"):
        parts.append(_("筛选：%(state)s") % {"state": STATE_FILTERS[m.filters["state"]]})
    if m.columns:
        parts.append(_("报送期：%(first)s至%(last)s") % {"first": m.columns[0].label, "last": m.columns[-1].label})
    parts.append(_("单位 %(n)d 个") % {"n": m.n_units})
    return "；".join(str(p) for p in parts)

