"""The one xlsx writer (office/xlsx.py), read back with openpyxl: titles, merges, group rows, widths, frozen header,
autofilter, print settings, fills, the 合计 row and the download's Chinese filename."""

from __future__ import annotations

import io
from urllib.parse import unquote

import openpyxl

from kexie.office import xlsx


def _sheet(rows, **kw):
    columns = [xlsx.Column("序号", width=6, centre=True), xlsx.Column("工作任务", max_width=30, wrap=True),
               xlsx.Column("单位"), xlsx.Column("预警", centre=True)]
    return xlsx.Sheet("台账", "甲市工作安排", columns, rows, **kw)


def _read(data):
    return openpyxl.load_workbook(io.BytesIO(data))


def test_titles_group_rows_fills_and_total_read_back():
    rows = [xlsx.Group("重点任务", lead="一、"),
            ["1", "开展全国科普日活动" * 10, "甲一县科协", xlsx.Cell("红", fill=xlsx.LIGHT_FILLS["red"])],
            xlsx.Group("其他"),
            ["2", "短", "甲二县科协", xlsx.Cell("绿", fill=xlsx.LIGHT_FILLS["green"], bold=True)]]
    sheet = _sheet(rows, subtitle="发文字号：甲科协发〔2026〕1号　导出日期：2026年12月1日", total=["", "合计", 2, ""])
    ws = _read(xlsx.write(sheet))["台账"]
    assert sheet.n_rows == 4
    assert ws["A1"].value == "甲市工作安排" and ws["A1"].font.bold and ws["A1"].font.size == 16
    assert ws["A2"].value.startswith("发文字号：甲科协发〔2026〕1号")
    assert [c.value for c in ws[3]] == ["序号", "工作任务", "单位", "预警"] and ws["B3"].font.bold
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert merged == {"A1:D1", "A2:D2", "B4:D4", "A6:D6"}
    assert ws["A4"].value == "一、" and ws["B4"].value == "重点任务" and ws["B4"].font.bold and ws["A4"].font.bold
    assert ws["A6"].value == "其他" and ws["A6"].font.bold
    assert ws["B5"].alignment.wrap_text and not ws["C5"].alignment.wrap_text
    assert ws["D5"].fill.fgColor.rgb.endswith("FBDCDC") and ws["D7"].font.bold
    assert not ws["C5"].font.bold
    assert [c.value for c in ws[8]] == [None, "合计", 2, None] and ws["B8"].font.bold
    assert ws.freeze_panes == "A4"
    assert ws.auto_filter.ref == "A3:D7"  # the header and data rows: the 合计 row stays out of the filter
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9  # A4
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$1:$3"


def test_widths_fit_chinese_text_capped():
    rows = [["1", "开展全国科普日活动" * 10, "甲一县科协", "红"], ["2", "短", "abc", "绿"]]
    ws = _read(xlsx.write(_sheet(rows)))["台账"]
    widths = {c: ws.column_dimensions[c].width for c in "ABCD"}
    assert widths["A"] == 6  # fixed
    assert widths["B"] == 30  # 180 units of text, capped
    assert widths["C"] == 2 * 5 + 2  # five Chinese characters count two units each
    assert widths["D"] == xlsx.MIN_WIDTH
    assert xlsx.text_width("科协ab") == 6 and xlsx.text_width("一二\n三") == 4


def test_no_subtitle_puts_the_header_on_row_two_and_freezes_columns():
    sheet = _sheet([["1", "任务", "单位", "绿"]], freeze_columns=2)
    ws = _read(xlsx.write(sheet))["台账"]
    assert [c.value for c in ws[2]] == ["序号", "工作任务", "单位", "预警"]
    assert ws.freeze_panes == "C3" and ws.print_title_rows == "$1:$2" and ws.auto_filter.ref == "A2:D3"


def test_rows_stream_from_a_generator_beyond_the_width_sample(tmp_path):
    n = xlsx.SAMPLE * 3
    rows = ([str(i), f"任务{i}", "单位", "绿"] for i in range(n))
    path = tmp_path / "out.xlsx"
    sheet = _sheet(rows)
    xlsx.write([sheet, _sheet([], subtitle="x")], path)
    book = openpyxl.load_workbook(path)
    ws = book.worksheets[0]
    assert sheet.n_rows == n and ws.max_row == 2 + n and ws.cell(2 + n, 2).value == f"任务{n - 1}"
    assert book.worksheets[1].auto_filter.ref == "A3:D4"  # an empty list still has a valid filter range


def test_response_names_the_file_in_chinese_with_an_ascii_fallback():
    r = xlsx.response(_sheet([]), "甲市工作安排/台账:2026", fallback="ledger-1.xlsx")
    assert r["Content-Type"] == xlsx.CONTENT_TYPE
    disposition = r["Content-Disposition"]
    assert disposition.startswith('attachment; filename="ledger-1.xlsx"; ')
    assert unquote(disposition.split("filename*=UTF-8''")[1]) == "甲市工作安排_台账_2026.xlsx"
    assert _read(r.content)["台账"]["A1"].value == "甲市工作安排"
    assert 'filename="export.xlsx"' in xlsx.content_disposition("台账.xlsx")
    assert 'filename="ranking-2026.xlsx"' in xlsx.content_disposition("ranking-2026.xlsx")


def test_text_that_looks_like_a_formula_stays_text():
    rows = [["1", "=HYPERLINK(\"http://x\")", "=1+1", xlsx.Cell("=2*3")]]
    ws = _read(xlsx.write(_sheet(rows, total=["", "=SUM(A1)", None, None])))["台账"]
    assert [c.value for c in ws[3]] == ["1", '=HYPERLINK("http://x")', "=1+1", "=2*3"]
    assert {c.data_type for c in ws[3]} == {"s"} and ws["B4"].data_type == "s"
