"""Round 23: a 公文 that arrives as .docx (one paragraph a line) or as a PDF of that docx reads as its text does.

The PDFs under fixtures/ were made from the .txt beside them with tests/reader/corpus/tools/text_to_docx.py and
`soffice --headless --convert-to pdf` (LibreOffice is not needed here): a title and sentences wrapped at the page's
right edge, curly quotes drawn after the line's other glyphs, blank paragraphs, a list running over a page's end.
"""

from pathlib import Path

import pytest

from kexie.reader import parse
from kexie.reader.pdftext import Line, _line, _paragraphs, _wrapped, pdf_text

FIXTURES = Path(__file__).parent / "fixtures"
FIELDS = ["doc_type", "issuer", "doc_number", "title", "recipients", "signer", "date", "contact", "cc",
          "references", "enclosed_title", "outline", "leading_group", "segments"]


def _reading(doc) -> dict:
    def nospan(x):
        if isinstance(x, dict):
            return {k: nospan(v) for k, v in x.items() if k != "span"}
        if isinstance(x, list):
            return [nospan(v) for v in x]
        return x
    data = doc.to_dict()
    return {field: nospan(data.get(field)) for field in FIELDS}


def _docx(text: str) -> bytes:
    import io

    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.size = Pt(16)
    for line in text.splitlines():
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.mark.parametrize("stem", ["round23-notice", "round23-group"])
def test_the_pdf_of_a_docx_reads_as_its_text(stem):
    text = (FIXTURES / f"{stem}.txt").read_text(encoding="utf-8")
    expected = _reading(parse(text.encode("utf-8"), f"{stem}.txt"))
    assert _reading(parse((FIXTURES / f"{stem}.pdf").read_bytes(), f"{stem}.pdf")) == expected


@pytest.mark.parametrize("stem", ["round23-notice", "round23-group"])
def test_a_docx_of_one_paragraph_a_line_reads_as_its_text(stem):
    text = (FIXTURES / f"{stem}.txt").read_text(encoding="utf-8")
    expected = _reading(parse(text.encode("utf-8"), f"{stem}.txt"))
    assert _reading(parse(_docx(text), f"{stem}.docx")) == expected


@pytest.mark.parametrize("stem, whole", [
    # the title wrapped at the right edge is one line again
    ("round23-notice", "广州市人民政府办公厅关于印发广州市全民科学素质行动计划纲要实施方案（2016—2020年）的通知"),
    # the quotes LibreOffice draws after the line's other glyphs stand where they belong
    ("round23-notice", "标语内容“加强科学技术普及 提高全民科学素质”，同时"),
    ("round23-notice", "开展“科技馆里的科学课”活动"),
    # a name's title wrapped by the page
    ("round23-group", "苟仲文　体育总局局长、第19届亚运会组委会主席、第4届亚残运会组委会主席"),
    # a 主送 line wrapped before its colon
    ("round23-group", "国务院各部委、各直属机构："),
])
def test_pdf_lines_wrapped_by_the_page_are_joined(stem, whole):
    def plain(text):  # the reading's later repairs (spaces, widths of brackets and commas) are not at issue here
        return "".join(text.split()).replace("(", "（").replace(")", "）").replace(",", "，")
    assert plain(whole) in plain(pdf_text((FIXTURES / f"{stem}.pdf").read_bytes(), f"{stem}.pdf"))


def test_pdf_keeps_the_blank_lines_a_document_leaves_and_adds_none_at_a_page_end():
    notice = pdf_text((FIXTURES / "round23-notice.pdf").read_bytes(), "n.pdf")
    assert "\n\n一、活动内容\n\n" in notice
    group = pdf_text((FIXTURES / "round23-group.pdf").read_bytes(), "g.pdf")
    assert "\n\n" not in group


EM = 16.0


def line(text, left=90.0, right=510.0, bottom=700.0):
    return Line(text, left, right, bottom, EM)


@pytest.mark.parametrize("first, after, joined", [
    (line("为做好第19届亚运会和第4届亚残运会筹办工作，经国务"), line("院同意，成立领导小组。", bottom=679), True),
    # a line that ends short of the right edge ended its paragraph
    (line("二、组成人员", right=186), line("组长：", bottom=679), False),
    # the next line opens a block of its own: a marker, a label, 第X条, a page number
    (line("现将有关事项通知如下，请各单位认真贯彻落实并抓好执行。"), line("一、主要职责", bottom=679), False),
    (line("现将有关事项通知如下，请各单位认真贯彻落实并抓好执行。"), line("联系人：张三", bottom=679), False),
    (line("各省、自治区、直辖市人民政府，国务院各部委、各直属机"), line("构：", right=122, bottom=679), True),
    (line("……为规范会议程序，提高会议质量，按照学会章程制定本制度。"), line("第二条 会议由会长召集", bottom=679), False),
    (line("……为规范会议程序，提高会议质量，按照学会章程制定本制度。"), line("— 2 —", bottom=679), False),
    # a bracketed note is no label: 负责 goes on into （牵头单位：…）
    (line("组织中小学生走进科技馆开展研学实践，每学期不少于2次。"), line("（牵头单位：市科技馆）", bottom=679), True),
    # an indented next line begins a paragraph (GB/T 9704's two-character indent)
    (line("组织中小学生走进科技馆开展研学实践，每学期不少于2次。"), line("　　各单位要高度重视", left=122, bottom=679), False),
    # a line further below than the pitch: the space a paragraph leaves after it
    (line("组织中小学生走进科技馆开展研学实践，每学期不少于2次。"), line("各单位要高度重视", bottom=650), False),
    # a title that fills its line, the 主送 line under it
    (line("关于印发《遵义市科协贯彻新国发2号文件实施方案》的通知"), line("市科协机关各部（室）、各县（市、区）科协，", bottom=679), False),
])
def test_a_line_wrapped_by_the_page(first, after, joined):
    so_far = first.text
    assert _wrapped(first, after, right_edge=517.0, left_edge=90.0, pitch=21.0, so_far=so_far) is joined


def test_glyphs_drawn_out_of_order_are_put_back_and_tight_made_up_spaces_go():
    # (left, bottom, right, top, char, generated): 内容 then the quoted words, the quotes drawn last
    glyphs = [(90, 0, 106, 16, "内", False), (106, 0, 122, 16, "容", False),
              (122, 0, 123, 1, " ", True),
              (130, 0, 146, 16, "加", False), (146, 0, 162, 16, "强", False),
              (163, 0, 164, 1, " ", True),
              (122, 0, 130, 16, "“", False), (162, 0, 170, 16, "”", False)]
    assert _line(glyphs).text == "内容“加强”"
    digits = [(90, 0, 98, 16, "2", False), (98, 0, 106, 16, "0", False), (106.5, 0, 106.5, 1, " ", True),
              (107, 0, 123, 16, "年", False)]
    assert _line(digits).text == "20年"


def test_page_number_lines_neither_join_nor_are_joined():
    pages = [[line("为做好筹办工作，经国务院同意，成立领导小组，现将有关事项通知如下"),
              line("一二三四五六七八九十一二三四五六七八九十一二三四五六七八", bottom=679),
              line("— 1 —", left=280, right=330, bottom=60)],
             [line("院同意。", right=160)]]
    assert "— 1 —" in _paragraphs(pages).split("\n")
