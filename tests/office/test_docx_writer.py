"""The official-layout Word writer (GB/T 9704-2012): a document read back with python-docx and lxml shows the page,
margins, line grid, fonts (East Asian ones too), sizes, colours, the red separator, 版记's lines and the outer-side
page numbers; rendered to PDF by LibreOffice where installed."""

from __future__ import annotations

import datetime
import io
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from docx_paragraphs import page_foot_box, paragraphs

from kexie.office import pdf
from kexie.office.docx_writer import OfficialDocument, cn_number

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def require_soffice():
    """Skip without LibreOffice, unless KEXIE_REQUIRE_PDF=1 (CI), where that is a failure."""
    if not pdf.available():
        if os.environ.get("KEXIE_REQUIRE_PDF") == "1":
            pytest.fail("KEXIE_REQUIRE_PDF=1 but soffice is missing (apt-get install libreoffice-writer-nogui)")
        pytest.skip("no soffice")


def sample() -> bytes:
    d = OfficialDocument("关于督办情况的通报")
    d.masthead("甲市科学技术协会", "甲科协〔2026〕12号")
    d.title("关于第一季度重点工作督办情况的通报")
    d.addressee("各县科协")
    d.paragraph("现将第一季度督办情况通报如下。")
    d.heading(1, "一、总体情况")
    d.heading(2, "（一）逾期情况")
    d.heading(3, "1. 甲一县科协")
    for _ in range(30):
        d.paragraph("这是一段正文，用来检查每行二十八个字、每页二十二行的版心。" * 2)
    d.signature("甲市科学技术协会", datetime.date(2026, 4, 13))
    d.record(["甲省科协办公室"], "甲市科协办公室", datetime.date(2026, 4, 13))
    return d.save()


def paragraph(doc, text):
    return next(p for p in paragraphs(doc) if p.text == text)


def east_asian(run):
    return run._r.rPr.rFonts.get(qn("w:eastAsia"))


def test_page_margins_and_line_grid():
    doc = Document(io.BytesIO(sample()))
    s = doc.sections[0]
    mm = lambda *lengths: tuple(round(x / Mm(1), 1) for x in lengths)  # noqa: E731 (stored in twips)
    assert mm(s.page_width, s.page_height) == (210, 297)
    assert mm(s.top_margin, s.bottom_margin, s.left_margin, s.right_margin) == (37, 35, 28, 26)
    # the text block is 156 × 225 mm, 22 lines of 579 twips (28.95 pt)
    assert round((s.page_width - s.left_margin - s.right_margin) / Mm(1)) == 156
    assert round((s.page_height - s.top_margin - s.bottom_margin) / Mm(1)) == 225
    grid = s._sectPr.find(qn("w:docGrid"))
    assert grid.get(qn("w:type")) == "lines" and int(grid.get(qn("w:linePitch"))) == 579
    assert abs(225 / 25.4 * 72 / (579 / 20) - 22) < 0.05
    normal = doc.styles["Normal"]
    assert normal.font.size == Pt(16) and normal.font.name == "仿宋_GB2312"
    assert normal.element.rPr.rFonts.get(qn("w:eastAsia")) == "仿宋_GB2312"
    assert normal.paragraph_format.line_spacing_rule == WD_LINE_SPACING.EXACTLY
    assert normal.paragraph_format.line_spacing == Pt(28.95)
    # 28 characters of 16 pt condensed by 0.25 pt fit the 156 mm line, 29 do not
    condense = int(normal.element.rPr.find(qn("w:spacing")).get(qn("w:val"))) / 20
    width = 156 / 25.4 * 72
    assert 28 * (16 + condense) <= width < 29 * (16 + condense)


def test_masthead_title_headings_and_body_fonts():
    doc = Document(io.BytesIO(sample()))
    issuer = paragraph(doc, "甲市科学技术协会")
    run = issuer.runs[0]
    assert issuer.alignment == WD_ALIGN_PARAGRAPH.CENTER and str(run.font.color.rgb) == "FF0000"
    assert east_asian(run) == "方正小标宋_GBK"
    number = paragraph(doc, "甲科协〔2026〕12号")
    assert number.alignment == WD_ALIGN_PARAGRAPH.CENTER
    bottom = number._p.pPr.find(qn("w:pBdr")).find(qn("w:bottom"))
    assert bottom.get(qn("w:color")) == "FF0000"  # the red separator
    title = paragraph(doc, "关于第一季度重点工作督办情况的通报")
    assert title.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert title.runs[0].font.size == Pt(22) and east_asian(title.runs[0]) == "方正小标宋_GBK"
    assert paragraph(doc, "各县科协：").paragraph_format.first_line_indent is None
    for text, font, bold in (("一、总体情况", "黑体", False), ("（一）逾期情况", "楷体_GB2312", False),
                             ("1. 甲一县科协", "仿宋_GB2312", True)):
        r = paragraph(doc, text).runs[0]
        assert (east_asian(r), r.font.name, r.font.size, r.font.bold) == (font, font, Pt(16), bold)
    body = paragraph(doc, "现将第一季度督办情况通报如下。")
    assert body.paragraph_format.first_line_indent == Pt(32)  # two characters
    assert east_asian(body.runs[0]) == "仿宋_GB2312"


def test_signature_record_and_page_numbers():
    doc = Document(io.BytesIO(sample()))
    date = paragraph(doc, "2026年4月13日")
    assert date.alignment == WD_ALIGN_PARAGRAPH.RIGHT and date.paragraph_format.right_indent == Pt(64)  # 右空四字
    signature = [p for p in doc.paragraphs if p.text == "甲市科学技术协会"][-1]
    # the 署名 centred over the date: "2026年4月13日" is 6.5 characters wide, the name 8
    assert signature.paragraph_format.right_indent == Pt(16 * (4 + (6.5 - 8) / 2))
    at = [p._p for p in doc.paragraphs].index(signature._p)
    assert all(p.paragraph_format.keep_with_next for p in doc.paragraphs[at - 2:at + 1])  # never split from the date
    assert page_foot_box(doc, "版记") == ["抄送：甲省科协办公室。", "甲市科协办公室\t2026年4月13日印发"]
    copy = paragraph(doc, "抄送：甲省科协办公室。")
    printed = paragraph(doc, "甲市科协办公室\t2026年4月13日印发")
    assert copy.runs[0].font.size == Pt(14) and printed.runs[0].font.size == Pt(14)
    borders = copy._p.pPr.find(qn("w:pBdr"))
    assert int(borders.find(qn("w:top")).get(qn("w:sz"))) > int(borders.find(qn("w:bottom")).get(qn("w:sz")))
    assert printed._p.pPr.find(qn("w:pBdr")).find(qn("w:bottom")) is not None
    assert doc.settings.odd_and_even_pages_header_footer
    s = doc.sections[0]
    for footer, align in ((s.footer, WD_ALIGN_PARAGRAPH.RIGHT), (s.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
        p = footer.paragraphs[0]
        assert p.alignment == align
        assert p.text.startswith("— ") and p.text.endswith(" —")
        assert "PAGE" in "".join(t.text for t in p._p.iter(qn("w:instrText")))
        assert {r.font.size for r in p.runs} == {Pt(14)}
        assert {east_asian(r) for r in p.runs} == {"宋体"}
    assert s.footer.paragraphs[0].paragraph_format.right_indent == Pt(14)
    assert s.even_page_footer.paragraphs[0].paragraph_format.left_indent == Pt(14)


def test_chinese_numbers():
    assert [cn_number(n) for n in (1, 9, 10, 11, 20, 23)] == ["一", "九", "十", "十一", "二十", "二十三"]


def test_rendered_pdf_has_the_layout():
    require_soffice()
    data = pdf.docx_to_pdf(sample())
    assert data.startswith(b"%PDF")
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "office-official.pdf").write_bytes(data)
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(ARTIFACTS / "office-official.pdf"), "-"],
                              capture_output=True, text=True, check=True).stdout
        pages = text.split("\f")
        assert "— 1 —" in pages[0] or "—1—" in pages[0].replace(" ", "")
        # a full body line holds 28 characters
        lines = [ln.strip() for ln in text.splitlines() if ln.strip().startswith("版心。这是")]
        assert lines and all(len(ln) == 28 for ln in lines)
        # and a full page (the second, all body) 22 lines, the page number apart
        assert len([ln for ln in pages[1].splitlines() if ln.strip() and "—" not in ln]) == 22
        # 版记 on the last page, under the date, its last line on the text block's last line (297 − 35 mm)
        last = subprocess.run(["pdftotext", "-bbox", "-f", str(len(pages) - 1), "-l", str(len(pages) - 1),
                               str(ARTIFACTS / "office-official.pdf"), "-"], capture_output=True, text=True,
                              check=True).stdout
        words: dict[str, list[tuple[float, float]]] = {}  # text → (top, bottom) of each place it stands
        for top, bottom, text in re.findall(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">'
                                            r'([^<]+)</word>', last):
            words.setdefault(text, []).append((float(top), float(bottom)))
        block_bottom = (297 - 35) / 25.4 * 72
        [(_, record_bottom)] = words["甲市科协办公室"]
        [(record_top, _)] = words["抄送：甲省科协办公室。"]
        assert block_bottom - 28.95 < record_bottom <= block_bottom + 1
        record = {"抄送：甲省科协办公室。", "甲市科协办公室", "2026", "年", "4", "月", "13", "日印发"}
        assert not [text for text, places in words.items() if text not in record
                    for top, _ in places if record_top - 5 < top < block_bottom]  # nothing under it
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "2", str(ARTIFACTS / "office-official.pdf"),
                        str(ARTIFACTS / "office-official")], check=True)
