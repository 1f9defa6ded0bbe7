"""The one Word writer: every docx kexie gives out (通报, 简报) is laid out here to GB/T 9704-2012.

A4; margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (a 156 × 225 mm text block); body 3号 仿宋_GB2312
on a grid of 22 lines × 28 characters; title 2号 方正小标宋_GBK; 一、 in 黑体, （一） in 楷体_GB2312, 1. in bold
仿宋; page numbers 4号 "— 1 —" on the outer side (odd right, even left). The official fonts are named as Word and
WPS users have them, with w:eastAsia set: python-docx's font.name sets only the Latin font, which Chinese text
ignores. Where they are missing (a PDF rendered on Debian) the renderer substitutes free CJK fonts.
"""

from __future__ import annotations

import datetime
import io
import math

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Emu, Mm, Pt, RGBColor

XIAOBIAOSONG = "方正小标宋_GBK"
FANGSONG = "仿宋_GB2312"
HEITI = "黑体"
KAITI = "楷体_GB2312"
SONGTI = "宋体"

# 字号 in points.
SIZE_2 = Pt(22)    # 2号: title
SIZE_3 = Pt(16)    # 3号: body
SIZE_4 = Pt(14)    # 4号: 版记, page numbers
SIZE_XIAOCHU = Pt(36)  # 小初: the 发文机关标志 and the 简报 name

RED = RGBColor(0xFF, 0x00, 0x00)
PAGE_WIDTH, PAGE_HEIGHT = Mm(210), Mm(297)
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = Mm(37), Mm(35), Mm(28), Mm(26)
LINES, CHARS = 22, 28
# The grid: 225 mm / 22 lines = 28.99 pt a line (the section's docGrid line pitch, in twips, and the exact line
# spacing); 156 mm / 28 = 15.79 pt a character, 0.21 pt narrower than the 16 pt body font, so the text is condensed
# by 0.25 pt (w:spacing, in twentieths of a point): 28 × 15.75 pt fit the line, 29 do not. Not a character grid
# (docGrid linesAndChars with a negative charSpace): LibreOffice gives each 16 pt character two 15.79 pt cells,
# 14 characters a line in the PDF.
TEXT_WIDTH, TEXT_HEIGHT = 156 / 25.4 * 72, 225 / 25.4 * 72  # points
LINE_PITCH = int(TEXT_HEIGHT / LINES * 20)  # 579 twips
LINE = Pt(LINE_PITCH / 20)
CONDENSE = math.floor((TEXT_WIDTH / CHARS - 16) * 20)  # -5 twentieths of a point
# 一字线 of the page number 7 mm under the text block: the footer's foot sits about a 4号 line below that.
FOOTER_DISTANCE = Mm(23)

THICK, THIN = 8, 6  # border widths in eighths of a point: 0.35 mm and 0.25 mm (版记's lines)
CN_DIGITS = "〇一二三四五六七八九"


def cn_date(day: datetime.date) -> str:
    """成文日期 as the standard writes it since 2012: Arabic numerals, 2022年4月13日."""
    return f"{day.year}年{day.month}月{day.day}日"


def cn_number(n: int) -> str:
    """一 … 九十九, for 一、 and （一） headings."""
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")


def _width(text: str) -> float:
    """Width in full-width characters: digits and Latin letters are half a character."""
    return sum(0.5 if ord(c) < 0x2E80 else 1 for c in text)


def set_font(target, name: str, size=None, *, bold=None, color=None) -> None:
    """Font of a run or a style, the East Asian font included (w:eastAsia), so Chinese text uses it too."""
    font = target.font
    font.name = name
    element = target.element if hasattr(target, "type") else target._r
    rfonts = element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), name)
    if size is not None:
        font.size = size
    if bold is not None:
        font.bold = bold
    if color is not None:
        font.color.rgb = color


def _border(paragraph, side: str, size: int, color: str = "000000", space: int = 1) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    borders = ppr.find(qn("w:pBdr"))
    if borders is None:
        borders = OxmlElement("w:pBdr")
        # pBdr must come before spacing/ind/jc in pPr's sequence.
        anchor = next((ppr.find(qn(t)) for t in ("w:shd", "w:tabs", "w:spacing", "w:ind", "w:jc")
                       if ppr.find(qn(t)) is not None), None)
        if anchor is not None:
            anchor.addprevious(borders)
        else:
            ppr.append(borders)
    line = OxmlElement(f"w:{side}")
    line.set(qn("w:val"), "single")
    line.set(qn("w:sz"), str(size))
    line.set(qn("w:space"), str(space))
    line.set(qn("w:color"), color)
    borders.append(line)


# A text box (DrawingML, as Word 2010 and later write one) at the bottom of the page's margins; its paragraphs go
# into w:txbxContent. bodyPr anchor="b" and spAutoFit: the text sits at the box's foot and the box grows to fit it.
PAGE_FOOT_BOX = """<w:r {ns} xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><w:drawing>
<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" locked="0"
 layoutInCell="1" allowOverlap="0"><wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>
<wp:positionV relativeFrom="margin"><wp:align>bottom</wp:align></wp:positionV>
<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>
<wp:docPr id="{id}" name="{name}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>
<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>
<wps:txbx><w:txbxContent/></wps:txbx><wps:bodyPr lIns="0" tIns="0" rIns="0" bIns="0" anchor="b"><a:spAutoFit/>
</wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>"""


def _page_field(paragraph) -> None:
    """A PAGE field: Word and LibreOffice put the page's number there."""
    def char(kind):
        run = paragraph.add_run()
        fld = OxmlElement("w:fldChar")
        fld.set(qn("w:fldCharType"), kind)
        run._r.append(fld)
        return run

    char("begin")
    run = paragraph.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    run._r.append(instr)
    char("separate")
    paragraph.add_run("1")
    char("end")
    for r in paragraph.runs:
        set_font(r, SONGTI, SIZE_4)


class OfficialDocument:
    """A document in the official layout, written top to bottom: masthead, title, 主送, body, signature, 版记."""

    def __init__(self, title: str = ""):
        self.doc = Document()
        self.doc.core_properties.title = title
        self.doc.core_properties.author = "kexie"
        self._boxes = 0
        self._styles()
        self._section()

    # -- page, grid, styles, footers ---------------------------------------------------------------------------
    def _styles(self) -> None:
        normal = self.doc.styles["Normal"]
        set_font(normal, FANGSONG, SIZE_3)
        rpr = normal.element.get_or_add_rPr()
        lang = OxmlElement("w:lang")
        lang.set(qn("w:val"), "zh-CN")
        lang.set(qn("w:eastAsia"), "zh-CN")
        rpr.append(lang)
        spacing = OxmlElement("w:spacing")
        spacing.set(qn("w:val"), str(CONDENSE))
        rpr.find(qn("w:sz")).addprevious(spacing)  # CT_RPr's order: spacing before sz
        fmt = normal.paragraph_format
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = LINE
        fmt.space_before = fmt.space_after = Pt(0)
        fmt.widow_control = False

    def _section(self) -> None:
        section = self.doc.sections[0]
        section.start_type = WD_SECTION.NEW_PAGE
        section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
        section.top_margin, section.bottom_margin = MARGIN_TOP, MARGIN_BOTTOM
        section.left_margin, section.right_margin = MARGIN_LEFT, MARGIN_RIGHT
        section.header_distance, section.footer_distance = Mm(15), FOOTER_DISTANCE
        sect = section._sectPr
        grid = sect.find(qn("w:docGrid"))
        if grid is None:
            grid = OxmlElement("w:docGrid")
            sect.append(grid)
        grid.set(qn("w:type"), "lines")
        grid.set(qn("w:linePitch"), str(LINE_PITCH))
        # Page numbers on the outer side: odd pages right, even pages left, each 空一字 from the edge.
        self.doc.settings.odd_and_even_pages_header_footer = True
        for footer, align in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
                              (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
            footer.is_linked_to_previous = False
            p = footer.paragraphs[0]
            p.alignment = align
            p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
            if align == WD_ALIGN_PARAGRAPH.RIGHT:
                p.paragraph_format.right_indent = SIZE_4
            else:
                p.paragraph_format.left_indent = SIZE_4
            dash = p.add_run("— ")
            set_font(dash, SONGTI, SIZE_4)
            _page_field(p)
            dash = p.add_run(" —")
            set_font(dash, SONGTI, SIZE_4)

    # -- pieces ---------------------------------------------------------------------------------------------
    def _para(self, text: str = "", font: str = FANGSONG, size=SIZE_3, *, align=None, bold=False, color=None,
              first_line_indent=None):
        p = self.doc.add_paragraph()
        if align is not None:
            p.alignment = align
        if first_line_indent is not None:
            p.paragraph_format.first_line_indent = first_line_indent
        if text:
            set_font(p.add_run(text), font, size, bold=bold, color=color)
        return p

    def blank(self, n: int = 1) -> None:
        for _ in range(n):
            self._para()

    def masthead(self, issuer: str, number: str = "") -> None:
        """版头: 发文机关标志 in red 小标宋 centred, 发文字号 under it (空二行), the red separator 4 mm below."""
        p = self._para(issuer, XIAOBIAOSONG, SIZE_XIAOCHU, align=WD_ALIGN_PARAGRAPH.CENTER, color=RED)
        p.paragraph_format.line_spacing = Pt(48)
        self.blank(2)
        p = self._para(number, FANGSONG, SIZE_3, align=WD_ALIGN_PARAGRAPH.CENTER)
        _border(p, "bottom", 18, "FF0000", space=4)
        self.blank(2)

    def briefing_head(self, name: str, issue: str, editor: str, day: datetime.date) -> None:
        """报头 of a 简报: its name in red, 第N期, then 编发单位 on the left and the date on the right over a red line."""
        p = self._para(name, XIAOBIAOSONG, SIZE_XIAOCHU, align=WD_ALIGN_PARAGRAPH.CENTER, color=RED)
        p.paragraph_format.line_spacing = Pt(60)
        self._para(issue, FANGSONG, SIZE_3, align=WD_ALIGN_PARAGRAPH.CENTER)
        self.blank()
        p = self._para()
        p.paragraph_format.tab_stops.add_tab_stop(Mm(156), WD_TAB_ALIGNMENT.RIGHT)
        set_font(p.add_run(f"{editor}\t{cn_date(day)}"), FANGSONG, SIZE_3)
        _border(p, "bottom", 18, "FF0000", space=4)
        self.blank()

    def title(self, text: str) -> None:
        """标题: 2号 方正小标宋_GBK, centred, a blank line after."""
        self._para(text, XIAOBIAOSONG, SIZE_2, align=WD_ALIGN_PARAGRAPH.CENTER)
        self.blank()

    def addressee(self, text: str) -> None:
        """主送机关: flush left, ending with a full-width colon."""
        self._para(text.rstrip("：:") + "：")

    def paragraph(self, text: str) -> None:
        """正文: 3号 仿宋, first line indented two characters."""
        self._para(text, first_line_indent=SIZE_3 * 2)

    def heading(self, level: int, text: str) -> None:
        """一、 (黑体), （一） (楷体_GB2312), 1. (仿宋 bold): text already carries its number."""
        font, bold = {1: (HEITI, False), 2: (KAITI, False)}.get(level, (FANGSONG, True))
        p = self._para(text, font, SIZE_3, bold=bold, first_line_indent=SIZE_3 * 2)
        p.paragraph_format.keep_with_next = True

    def byline(self, text: str) -> None:
        """A unit's byline under a 简报 item: （甲一县科协）, right-aligned in 楷体."""
        self._para(f"（{text}）", KAITI, SIZE_3, align=WD_ALIGN_PARAGRAPH.RIGHT)

    def signature(self, issuer: str, day: datetime.date) -> None:
        """发文机关署名 and 成文日期 右空四字, the 署名 centred over the date; the 印章 goes over both, its top within
        a line of the body: two blank lines leave its room."""
        date = cn_date(day)
        for _ in range(2):  # the seal's room, the 署名 and the date stay on one page
            self._para().paragraph_format.keep_with_next = True
        p = self._para(issuer, align=WD_ALIGN_PARAGRAPH.RIGHT)
        p.paragraph_format.keep_with_next = True
        offset = 4 + (_width(date) - _width(issuer)) / 2
        p.paragraph_format.right_indent = Emu(int(SIZE_3 * max(offset, 0)))
        p = self._para(date, align=WD_ALIGN_PARAGRAPH.RIGHT)
        p.paragraph_format.right_indent = SIZE_3 * 4

    def record(self, copies: list[str], printer: str, printed: datetime.date, *, label: str = "抄送") -> None:
        """版记: 抄送 (or 报送) and 印发机关 + 印发日期 in 4号, thick lines first and last, a thin one between; at
        the foot of the last page, its last line on the text block's last line (GB/T 9704 7.4.1)."""
        lines = []
        if copies:
            p = self._para()
            set_font(p.add_run(f"{label}：" + "，".join(copies) + "。"), FANGSONG, SIZE_4)
            p.paragraph_format.left_indent = p.paragraph_format.right_indent = SIZE_4
            lines.append(p)
        p = self._para()
        p.paragraph_format.left_indent = p.paragraph_format.right_indent = SIZE_4
        p.paragraph_format.tab_stops.add_tab_stop(Mm(156) - SIZE_4 * 2, WD_TAB_ALIGNMENT.RIGHT)
        set_font(p.add_run(f"{printer}\t{cn_date(printed)}印发"), FANGSONG, SIZE_4)
        lines.append(p)
        _border(lines[0], "top", THICK)
        if len(lines) > 1:
            _border(lines[0], "bottom", THIN)
        _border(lines[-1], "bottom", THICK)
        self._at_page_foot(lines, "版记")

    def _at_page_foot(self, paragraphs, name: str) -> None:
        """Move the paragraphs into a text box as wide as the text block, anchored to the bottom of the margins
        on the page where they stand, the body kept above it (wrap top and bottom). A text box, not a framed
        paragraph (w:framePr): LibreOffice drops the frame of a paragraph with borders, and 版记 has lines."""
        self._boxes += 1
        box = parse_xml(PAGE_FOOT_BOX.format(ns=nsdecls("w", "wp", "a"), id=1000 + self._boxes, name=name,
                                             cx=int(TEXT_WIDTH * 12700),
                                             cy=int(len(paragraphs) * LINE_PITCH / 20 * 12700)))
        content = box.find(".//" + qn("w:txbxContent"))
        for p in paragraphs:
            content.append(p._p)  # lxml moves the element out of the body
        self.doc.add_paragraph()._p.append(box)

    def recipients(self, groups: list[tuple[str, list[str]]]) -> None:
        """报尾 of a 简报: a 报送 and a 抄送 line, 4号, between thin lines, at the foot of the last page."""
        lines = []
        for label, names in groups:
            p = self._para()
            set_font(p.add_run(f"{label}：" + "，".join(names) + "。"), FANGSONG, SIZE_4)
            p.paragraph_format.left_indent = p.paragraph_format.right_indent = SIZE_4
            _border(p, "top", THIN)
            _border(p, "bottom", THIN)
            lines.append(p)
        if lines:
            self._at_page_foot(lines, "报尾")

    def save(self) -> bytes:
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()
