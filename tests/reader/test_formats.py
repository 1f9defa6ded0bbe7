"""The reader's input layer: loading with limits, decoding text, and extracting html, docx and pdf."""

from __future__ import annotations

import io
import os
import zipfile

import docx
import pytest
from docx.oxml import parse_xml
from reader_files import SEED_PATHS, SMALL_LIMIT, bad_inputs, seed_text, small_zip_bomb

from kexie.reader import formats
from kexie.reader.docxtext import chinese_counting, column_role
from kexie.reader.errors import ReaderError
from kexie.reader.formats import extract, load, sniff

ENCODINGS = ["utf-8", "utf-8-sig", "gb18030", "utf-16", "utf-16-le", "utf-16-be"]


# ------------------------------------------------------------------ text decoding

@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("seed", SEED_PATHS, ids=lambda p: p.stem)
def test_seed_texts_decode_back_in_every_encoding(seed, encoding):
    text = seed_text(seed)
    assert extract(text.encode(encoding), seed.name) == text


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_newlines_become_line_feeds(newline):
    text = seed_text(SEED_PATHS[0])
    assert extract(text.replace("\n", newline).encode("gb18030"), "a.txt") == text


def test_gb18030_is_read_strictly_before_any_detector():
    # Short GB text is where detectors guess GB2312/Big5/cp1252; the strict decode reads it right.
    assert extract("关于印发《方案》的通知".encode("gb18030"), "short.txt") == "关于印发《方案》的通知"


def test_text_in_another_encoding_goes_to_the_detector():
    text = "Настоящий документ определяет порядок работы научных ассоциаций города. " * 4
    assert extract(text.encode("cp1251"), "ru.txt") == text


def test_markdown_is_returned_as_is():
    text = "# 工作要点\n\n**一、加强党建**\n\n- 1. 学习\n"
    assert extract(text.encode("utf-8"), "plan.md") == text


@pytest.mark.parametrize("data, says", [
    (b"", "empty"),
    (b" \n\t\r\n   \n" * 100, "empty"),
    ("\u3000\u3000\n".encode("utf-8") * 10, "empty"),
    ("\ufeff".encode("utf-8") + b"  \n", "empty"),
    (os.urandom(20_000), "not"),
    (b"\x00" * 5000, "not"),
    (b"\x01\x02\x03\x04\x05\x06\x07\x08" * 500, "not"),
    ("".join(chr(0xE000 + i % 1000) for i in range(2000)).encode("utf-8"), "not a text document"),
], ids=["empty", "whitespace", "ideographic-spaces", "bom-only", "random", "nul", "controls", "private-use"])
def test_text_that_is_no_document_is_refused_in_one_sentence(data, says):
    with pytest.raises(ReaderError) as caught:
        extract(data, "bad.txt")
    message = str(caught.value)
    assert says in message and "bad.txt" in message and "\n" not in message


# ------------------------------------------------------------------ loading

def test_load_reads_a_path_and_names_it_by_its_file_name(tmp_path):
    path = tmp_path / "通知.txt"
    path.write_bytes("一、总体要求\n".encode("utf-8"))
    assert load(path) == ("一、总体要求\n".encode("utf-8"), "通知.txt")
    assert load(str(path), "given.txt")[1] == "given.txt"


def test_load_takes_bytes_with_a_name():
    assert load(b"abc", "x.txt") == (b"abc", "x.txt")
    assert load(b"abc")[1] == "document"


@pytest.mark.parametrize("case, says", [
    ("missing.txt", "does not exist"),
    ("a-directory.txt", "is a directory"),
])
def test_load_refuses_what_is_not_a_file(tmp_path, case, says):
    path = bad_inputs(tmp_path)[case]
    with pytest.raises(ReaderError, match=says):
        load(path)


def test_size_is_checked_before_reading(tmp_path, monkeypatch):
    path = bad_inputs(tmp_path)["huge.txt"]

    def no_reading(*args, **kwargs):
        raise AssertionError("the file was opened")

    monkeypatch.setattr(formats, "open", no_reading, raising=False)
    with pytest.raises(ReaderError, match="more than the reader's limit") as caught:
        load(path, max_bytes=SMALL_LIMIT)
    assert "--max-bytes" in str(caught.value)


def test_size_limit_comes_from_the_argument_then_the_environment(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 2000)
    monkeypatch.setenv(formats.MAX_BYTES_ENV, "1000")
    with pytest.raises(ReaderError):
        load(path)
    assert len(load(path, max_bytes=5000)[0]) == 2000
    with pytest.raises(ReaderError):
        load(b"x" * 2000)
    monkeypatch.setenv(formats.MAX_BYTES_ENV, "lots")
    with pytest.raises(ReaderError, match=formats.MAX_BYTES_ENV):
        load(path)
    monkeypatch.delenv(formats.MAX_BYTES_ENV)
    assert formats.max_bytes_limit() == formats.DEFAULT_MAX_BYTES == 50 * 1024 * 1024


def test_unreadable_file_is_refused(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root reads every file")
    path = tmp_path / "secret.txt"
    path.write_text("一、总体要求")
    path.chmod(0)
    with pytest.raises(ReaderError, match="permission denied"):
        load(path)


# ------------------------------------------------------------------ sniffing

@pytest.mark.parametrize("data, name, kind", [
    (b"%PDF-1.7\n...", "x.txt", "pdf"),
    (b"PK\x03\x04...", "x.pdf", "docx"),
    (bytes.fromhex("d0cf11e0a1b11ae1"), "x.docx", "ole2"),
    (b"<!DOCTYPE html><p>x", "x.txt", "html"),
    ("\ufeff\n<html>".encode("utf-8"), None, "html"),
    (b"text", "x.htm", "html"),
    (b"text", "x.md", "markdown"),
    (b"text", "x.wps", "ole2"),
    (b"text", None, "text"),
    (b"junk before %PDF-1.4", "x.pdf", "pdf"),
])
def test_sniff_trusts_magic_bytes_before_the_extension(data, name, kind):
    assert sniff(data, name) == kind


@pytest.mark.parametrize("name", ["old.doc", "old.wps", "old.xls"])
def test_legacy_office_files_are_refused_with_what_to_do(name):
    with pytest.raises(ReaderError, match=r"save it as \.docx or PDF"):
        extract(bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 600, name)


# ------------------------------------------------------------------ html

PAGE = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>遵义市科协</title><script>var nav = "一、菜单";</script><style>p {margin: 0}</style></head>
<body>
<div class="nav"><a href="/">首页</a> <a href="/org">机构设置</a></div>
<div class="breadcrumb">当前位置：首页 &gt; 通知公告</div>
<div class="article">
<h1>关于印发《遵义市科协贯彻新国发2号文件
实施方案》的通知</h1>
<p>各县（市、区）科协：</p>
<p>　　一、深刻认识新国发2号文件的重大意义</p><p>（一）学深悟透文件精神。<br>1.组织专题学习&nbsp;2次</p>
<div>二、深入学习宣传贯彻<span>落实</span></div>
<table><tr><th>序号</th><th>工作任务</th></tr><tr><td>1</td><td>科普日活动</td></tr></table>
</div>
<footer>版权所有 遵义市科学技术协会</footer>
</body></html>"""

PAGE_LINES = [
    "关于印发《遵义市科协贯彻新国发2号文件实施方案》的通知",
    "各县（市、区）科协：",
    "　　一、深刻认识新国发2号文件的重大意义",
    "（一）学深悟透文件精神。",
    "1.组织专题学习 2次",
    "二、深入学习宣传贯彻落实",
    "序号\u3000工作任务",
    "1\u3000科普日活动",
]


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "gbk"])
def test_html_page_gives_one_line_per_block_in_its_declared_charset(encoding):
    data = PAGE.replace("gb2312", encoding).encode(encoding)
    assert extract(data, "notice.html").split("\n") == PAGE_LINES


def test_html_with_a_wrong_charset_label_falls_back_to_the_cascade():
    data = PAGE.replace("gb2312", "utf-8").encode("gb18030")
    assert extract(data, "notice.htm").split("\n") == PAGE_LINES


def test_html_without_text_is_refused():
    with pytest.raises(ReaderError, match="without any text"):
        extract(b"<html><body><script>x()</script><img src=a.png></body></html>", "pic.html")


# ------------------------------------------------------------------ docx

def _docx_bytes(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


TASK_HEADER = ["序号", "工作任务", "具体措施", "牵头领导", "责任单位", "配合单位", "完成时限"]
TASK_ROWS = [
    ["1", "学深悟透文件精神", "组织专题学习", "雷洪", "办公室、党支部", "", "2022年6月底前"],
    ["", "", "开展宣讲活动", "", "学会部", "", ""],  # a continuation of task 1
    ["2", "实施全民科学素质提升行动", "举办全国科普日活动", "杨新露", "科普部", "各县（市、区）科协", "9月"],
    ["3", "加强科技人才工作", "推荐优秀科技工作者", "", "组织人事部", "", "长期坚持"],
]


def task_table_document():
    document = docx.Document()
    document.add_paragraph("遵义市科协2022年重点工作任务分解表")
    table = document.add_table(rows=len(TASK_ROWS) + 2, cols=len(TASK_HEADER))
    title = table.cell(0, 0).merge(table.cell(0, len(TASK_HEADER) - 1))
    title.text = "重点工作任务分解"
    for cell, text in zip(table.rows[1].cells, TASK_HEADER):
        cell.text = text
    for row, values in zip(table.rows[2:], TASK_ROWS):
        for cell, text in zip(row.cells, values):
            cell.text = text
    # 杨新露 leads tasks 2 and 3: one cell merged down two rows.
    table.cell(4, 3).merge(table.cell(5, 3))
    # Task 1's 序号 and 工作任务 cells span its two rows.
    table.cell(2, 0).merge(table.cell(3, 0))
    table.cell(2, 1).merge(table.cell(3, 1))
    document.add_paragraph("附表说明")
    other = document.add_table(rows=2, cols=3)
    other.cell(0, 0).merge(other.cell(0, 1)).text = "联系人"
    other.cell(0, 2).text = "电话"
    for cell, text in zip(other.rows[1].cells, ["魏爽", "办公室", "28223788"]):
        cell.text = text
    return document


TASK_TABLE_LINES = [
    "遵义市科协2022年重点工作任务分解表",
    "1. 学深悟透文件精神。组织专题学习；开展宣讲活动（牵头领导：雷洪；责任单位：办公室、党支部、学会部；完成时限：2022年6月底前）",
    "2. 实施全民科学素质提升行动。举办全国科普日活动（牵头领导：杨新露；责任单位：科普部；配合单位：各县（市、区）科协；完成时限：9月）",
    "3. 加强科技人才工作。推荐优秀科技工作者（牵头领导：杨新露；责任单位：组织人事部；完成时限：长期坚持）",
    "附表说明",
    "联系人\u3000电话",
    "魏爽\u3000办公室\u300028223788",
]


def test_docx_task_table_becomes_numbered_lines_with_a_responsibility_annotation():
    lines = extract(_docx_bytes(task_table_document()), "tasks.docx").split("\n")
    # The merged title row above the header is read as a line of its own.
    assert lines[0] == TASK_TABLE_LINES[0]
    assert lines[1] == "重点工作任务分解"
    assert lines[2:] == TASK_TABLE_LINES[1:]


@pytest.mark.parametrize("header, role", [
    ("序  号", "seq"), ("重点任务", "task"), ("工作内容", "task"), ("主要内容", "measures"),
    ("责任领导", "responsible_leader"), ("责任处室", "department"), ("协办单位", "partner_unit"),
    ("时间节点", "deadline"), ("完成时限（月份）", "deadline"), ("备注", None),
])
def test_task_table_header_synonyms(header, role):
    assert column_role(header) == role


NUMBERING_XML = (
    '<w:abstractNum xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:abstractNumId="90">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>'
    '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>'
    '<w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>'
    '</w:abstractNum>'
)


def test_docx_automatic_numbering_gets_its_visible_markers_back():
    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(NUMBERING_XML))
    num = numbering.add_num(90)
    paragraphs = [("总体要求", 0), ("学习", 1), ("宣传", 1), ("专题学习", 2), ("要点", 3), ("主要任务", 0),
                  ("科普", 1), ("专项", 2)]
    for text, level in paragraphs:
        paragraph = document.add_paragraph(text)
        paragraph._p.get_or_add_pPr().get_or_add_numPr().get_or_add_numId().val = num.numId
        paragraph._p.get_or_add_pPr().get_or_add_numPr().get_or_add_ilvl().val = level
    document.add_paragraph("联系人：魏爽")
    assert extract(_docx_bytes(document), "numbered.docx").split("\n") == [
        "一、总体要求", "（一）学习", "（二）宣传", "1.专题学习", "要点", "二、主要任务", "（一）科普", "1.专项",
        "联系人：魏爽",
    ]


# A text box as Word 2010 and later save it: DrawingML in mc:Choice, the same text again as VML in mc:Fallback.
TEXT_BOX_RUN = """<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp>
 <wps:txbx><w:txbxContent><w:p><w:r><w:t>抄送：省科协办公室。</w:t></w:r></w:p>
 <w:p><w:r><w:t>市科协办公室  2026年4月13日印发</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></w:drawing>
 </mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>抄送：省科协办公室。</w:t></w:r>
 </w:p><w:p><w:r><w:t>市科协办公室  2026年4月13日印发</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict>
 </mc:Fallback></mc:AlternateContent></w:r>"""


def test_docx_text_boxes_are_read_once_after_the_paragraph_that_anchors_them():
    document = docx.Document()
    document.add_paragraph("市科学技术协会")
    document.add_paragraph("2026年4月13日")
    document.add_paragraph()._p.append(parse_xml(TEXT_BOX_RUN))  # a 版记 kept at the page foot
    assert extract(_docx_bytes(document), "record.docx").split("\n") == [
        "市科学技术协会", "2026年4月13日", "", "抄送：省科协办公室。", "市科协办公室  2026年4月13日印发"]


@pytest.mark.parametrize("n, expected", [(1, "一"), (10, "十"), (11, "十一"), (20, "二十"), (35, "三十五"),
                                         (100, "一百"), (105, "一百零五"), (120, "一百二十")])
def test_chinese_counting(n, expected):
    assert chinese_counting(n) == expected


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize("data, says", [
    (small_zip_bomb(), "zip bomb"),
    (b"PK\x03\x04" + bytes(range(256)) * 20, "damaged or not a Word document"),
    (_zip({"xl/workbook.xml": b"<workbook/>"}), "Excel workbook"),
    (_zip({"OFD.xml": b"<ofd/>"}), "OFD"),
    (_zip({"readme.txt": b"hello"}), "not a Word document"),
    (_zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<broken"}), "damaged"),
], ids=["bomb", "not-a-zip", "xlsx", "ofd", "plain-zip", "broken-xml"])
def test_docx_that_cannot_be_read_is_refused_before_inflating(data, says):
    with pytest.raises(ReaderError, match=says):
        extract(data, "x.docx")


def test_docx_with_a_huge_declared_size_is_refused_from_its_directory(monkeypatch):
    from kexie.reader import docxtext

    monkeypatch.setattr(docxtext, "MAX_UNCOMPRESSED_BYTES", 1000)
    data = _docx_bytes(task_table_document())
    with pytest.raises(ReaderError, match="would inflate"):
        extract(data, "big.docx")


# ------------------------------------------------------------------ pdf

PDF_PAGES = [
    ["遵义市科学技术协会文件", "遵市科协字〔2022〕6号", "关于印发《实施方案》的通知",
     "一、深刻认识新国发2号文件的重大意义", "（一）学深悟透新国发2号文件精神。"],
    ["二、深入学习宣传贯彻落实新国发2号文件", "联系人：魏爽，电话：28223788"],
]


def chinese_pdf(pages: list[list[str]]) -> bytes:
    """A PDF in STSong-Light, a non-embedded Adobe-GB1 font: the common case of real 公文 PDFs."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    for lines in pages:
        pdf.setFont("STSong-Light", 14)
        for row, line in enumerate(lines):
            if line:
                pdf.drawString(60, 780 - row * 26, line)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_pdf_with_a_chinese_cid_font_is_read_page_by_page():
    text = extract(chinese_pdf(PDF_PAGES), "notice.pdf")
    # a document without blank lines between its paragraphs gets none at a page's end either (round 23)
    assert text == "\n".join(PDF_PAGES[0]) + "\n" + "\n".join(PDF_PAGES[1])


def test_pdf_without_a_text_layer_needs_ocr():
    with pytest.raises(ReaderError, match="OCR"):
        extract(chinese_pdf([[""], [""]]), "scan.pdf")


def test_pdf_with_unmapped_glyph_codes_needs_ocr():
    pages = [["(cid:3521)(cid:1877)(cid:4410)(cid:2210)(cid:3521)(cid:1877)(cid:4410)"]]
    with pytest.raises(ReaderError, match="OCR"):
        extract(chinese_pdf(pages), "cid.pdf")


@pytest.mark.parametrize("data", [
    b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pag",
    b"%PDF-1.7\n" + bytes(range(256)) * 50,
    b"not a pdf at all",
], ids=["truncated", "junk", "mislabelled"])
def test_damaged_pdf_is_refused_in_one_sentence(data):
    with pytest.raises(ReaderError) as caught:
        extract(data, "bad.pdf")
    assert "bad.pdf" in str(caught.value) and "\n" not in str(caught.value)


def test_pdf_page_limit(monkeypatch):
    from kexie.reader import pdftext

    monkeypatch.setattr(pdftext, "MAX_PAGES", 1)
    with pytest.raises(ReaderError, match="2 pages"):
        extract(chinese_pdf(PDF_PAGES), "long.pdf")
