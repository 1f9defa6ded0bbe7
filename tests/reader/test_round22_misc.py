"""Conventions read from the twenty-sixth set's remaining misses (round 22, third wave).

(a) A notice's later page (its title and 主送 on the page before) still says what it is: it asks its readers to send
    something by a date, names whom to ask, and closes with a signature and its date → notice. Several offices'
    contacts under one 联系方式 heading (…办公室联系方式： / 司　甲　乙 / 联系电话：…): the first office's first person,
    with that block's phones.
(b) A converter's paragraph marks (Р, ¶; § at a line's start) are no text and hide no marker.
(c) 由X统一/负责/组织 + verb in prose: X, a body named by its level and kind, is the lead unit (one verb table).
(d) GB/T 9704: the issuers' line (发文机关标志) above 关于…的通知 is no part of the title; joint issuers stand one a line
    or a space apart on one line, and the first issues.
Real lines from development documents (dev-27), variants built from them, and neighbours where nothing may be read."""
import re
from pathlib import Path

import pytest

from kexie.reader import parse_text
from kexie.reader.clean import clean, paragraph_marks_as_breaks
from kexie.reader.responsibility import read_responsibility

BODY = "各有关学校：\n为推进青少年科普工作，现将有关事项通知如下：\n一、请各单位于2015年11月10日前报送材料。\n特此通知。\n"


# ---------------------------------------------------------------- (d) the issuers' line above the title
@pytest.mark.parametrize("head, issuer", [
    # pcdjzx: two bodies a space apart on the line above the title
    ("蒲城县教育局 蒲城县科协\n", "蒲城县教育局"),
    ("蒲城县教育局　蒲城县科协\n", "蒲城县教育局"),
    ("蒲城县教育局  蒲城县科协\n", "蒲城县教育局"),
    ("蒲城县教育局 蒲城县科协 蒲城县科技局\n", "蒲城县教育局"),
    # jingchutour: three bodies one a line, a party department among them
    ("承德市科学技术局\n中共承德市委宣传部\n承德市科学技术协会\n", "承德市科学技术局"),
    ("承德市科学技术局\n承德市科学技术协会\n", "承德市科学技术局"),
    ("中共承德市委宣传部\n承德市科学技术协会\n", None),
])
def test_the_issuers_line_is_no_part_of_the_title(head, issuer):
    doc = parse_text(head + "关于开展科技进校园活动的通知\n" + BODY)
    assert doc.title == "关于开展科技进校园活动的通知"
    if issuer:
        assert doc.issuer == issuer


def test_glossed_traditional_joint_issuers_stay_off_the_title():
    head = "承德市科學(xué)技術(shù)局\n中共承德市委宣傳部\n承德市科學(xué)技術(shù)協(xié)會(huì)\n"
    doc = parse_text(head + "關(guān)于舉辦2021年科技活動(dòng)周的通知\n各縣(市、區(qū))科協(xié):\n為做好有關工作，現將有關事項通知如下：\n")
    assert doc.title.startswith("關")
    assert "承德" not in doc.title


@pytest.mark.parametrize("head, title", [
    # one issuer on the line above: it opens the title (GB/T 9704: 发文机关 + 关于 + 事由 + 文种), as before
    ("蒲城县科学技术协会\n", "蒲城县科学技术协会关于开展科技进校园活动的通知"),
    # a line of words a space apart that are not all bodies' names is no issuers' line
    ("首页 通知公告\n", "关于开展科技进校园活动的通知"),
])
def test_a_single_issuer_or_a_menu_line(head, title):
    assert parse_text(head + "关于开展科技进校园活动的通知\n" + BODY).title == title


def test_two_bodies_a_space_apart_in_a_sentence_are_kept_together():
    # the spaces are kept only on a line of bodies' names right above 关于/印发/转发
    text = clean("蒲城县教育局 蒲城县科协\n联合开展科技进校园活动。\n")
    assert text.split("\n")[0] == "蒲城县教育局蒲城县科协"


# ---------------------------------------------------------------- (b) paragraph marks
QIQI = ("品。Р责任单位:教育部、国家民委、环境保护部、中科院、社科院Р四、保障措施Р(一)提高思想认识,强化组织领导Р"
        "社区居民科学素质行动是提高我国公民科学素质的一项重要举措。Р(二)明细工作职责,完善工作机制Р由中国科协、全国妇联"
        "牵头,负责协调推动行动方案的贯彻落实。")


@pytest.mark.parametrize("mark", ["Р", "¶", "\uf0b6"])
def test_paragraph_marks_hide_no_marker(mark):
    doc = parse_text("文档介绍\n重要作用。" + QIQI.replace("Р", mark))
    got = [(it.id, it.marker, it.heading) for it in doc.outline]
    assert got == [("4", "四、", "保障措施"), ("4.1", "（一）", "提高思想认识，强化组织领导"),
                   ("4.2", "（二）", "明细工作职责，完善工作机制")]


@pytest.mark.parametrize("text, want", [
    ("重要作用。Р责任单位:教育部Р四、保障措施", "重要作用。\n责任单位:教育部\n四、保障措施"),
    ("¶（一）提高思想认识", "（一）提高思想认识"),
    ("§ 四、保障措施", "四、保障措施"),
    ("Р(一)提高思想认识", "(一)提高思想认识"),
    # not between Chinese text: a section sign before a number, a Cyrillic letter in a Latin word
    ("见GB/T 9704 §3的规定", "见GB/T 9704 §3的规定"),
    ("РФ", "РФ"),
    ("依照第7.2§执行", "依照第7.2§执行"),
])
def test_paragraph_marks_as_breaks(text, want):
    assert paragraph_marks_as_breaks(text) == want


def test_a_section_without_items_under_it_is_not_kept_from_a_slice():
    # 四、 alone on a copy's first lines, with no items of its own numbered from one under it: still nothing
    doc = parse_text("文档介绍\n重要作用。\n四、保障措施\n社区居民科学素质行动是一项重要举措。\n（三）加强宣传\n")
    assert [it.marker for it in doc.outline] != ["四、"]


# ---------------------------------------------------------------- (c) 由X统一/负责/组织 + verb
@pytest.mark.parametrize("text, lead", [
    ("四、报名人员由市科技局统一进行组织筛选,推荐进入半决赛。", ["市科技局"]),
    ("报名人员由市科技局统一组织筛选，推荐进入半决赛。", ["市科技局"]),
    ("作品由市科协负责组织评审，择优推荐。", ["市科协"]),
    ("由区科协组织各镇、街、园对宣传栏进行内容更换。", ["区科协"]),
    ("参赛作品由县科协统一报送。", ["县科协"]),
])
def test_a_body_that_does_the_work_in_prose(text, lead):
    r, _ = read_responsibility(text)
    assert r is not None and r.lead_units == lead


@pytest.mark.parametrize("text", [
    "2022年由县科协负责实施的科普惠农项目已全部完成验收。",   # a thing described
    "并由县委组织部行文，明确乡镇科协主席人选。",              # 组织部: a department, no verb
    "由市科协组织的活动受到好评。",
    "由于市科协统一部署，活动进展顺利。",                      # 由于: no 由
    "报名人员由各学校统一组织报名。",                          # 各学校: no body named by level and kind
])
def test_a_sentence_that_gives_no_body_the_work(text):
    r, _ = read_responsibility(text)
    assert r is None or not r.lead_units


# ---------------------------------------------------------------- (a) a notice's later page
FSOU = ("为集成各地各部门的活动资源，请各地各部门于4月15日前，将2007年科技活动周的筹办方案和重要活动项目报科技活动周组委会办公室"
        "备案。\n科技活动周组委会办公室联系方式:\n科技部政策体改司 许佳军 刘育新\n联系电话:010-58881781 58881717\n"
        "传 真:58881783 58881766\n中宣部宣教局 曾建立\n联系电话:010-63094459\n中国科协科普部 夏瑞军 王春林\n"
        "联系电话:010-68571988 68571887\n附件:2007年科技活动周活动项目备案表\n科学技术部\n中共中央宣传部\n中国科协\n"
        "二OO七年三月二十七日\n")


def test_a_notices_second_page():
    doc = parse_text("各地各部门必须高度重视科技活动周的安全工作。\n" + FSOU)
    assert doc.title is None
    assert doc.doc_type == "notice"
    assert doc.issuer == "科学技术部"
    assert doc.date == "2007-03-27"
    assert doc.contact.name == "许佳军"
    assert doc.contact.phone == "010-58881781 58881717"


@pytest.mark.parametrize("block, name, phone", [
    # one person in the first office
    ("联系方式:\n科技部政策体改司 许佳军\n联系电话:010-58881781\n中宣部宣教局 曾建立\n联系电话:010-63094459\n",
     "许佳军", "010-58881781"),
    # the office an 办公室
    ("联系方式：\n市科协办公室 张明 李华\n电话：0371-12345678\n", "张明", "0371-12345678"),
])
def test_several_offices_contacts(block, name, phone):
    doc = parse_text("请各县区于4月15日前将方案报市科协。\n" + block + "市科学技术协会\n2023年3月27日\n")
    assert (doc.contact.name, doc.contact.phone) == (name, phone)


@pytest.mark.parametrize("text", [
    # no signature and date: a page of a plan, not a notice
    "请各地各部门于4月15日前，将方案报组委会办公室备案。\n联系人：张明\n联系电话：010-58881781\n",
    # signed, no request by a date
    "各地各部门要加强组织领导。\n联系人：张明\n联系电话：010-58881781\n科学技术部\n2007年3月27日\n",
    # signed and asks, but names nobody to ask
    "请各地各部门于4月15日前，将方案报组委会办公室备案。\n科学技术部\n2007年3月27日\n",
])
def test_a_page_that_does_not_say_it_is_a_notice(text):
    assert parse_text(text).doc_type == "other"


# ---------------------------------------------------------------- variants built from development documents
CORPUS = Path(__file__).parent / "corpus" / "docs"


def _second_half(name):
    lines = (CORPUS / name).read_text(encoding="utf-8").split("\n")
    return "\n".join(lines[len(lines) // 2:])


@pytest.mark.parametrize("name", [
    "bangfu-2021-bengbu-tech-commissioner-selection-notice.txt",
    "handan-2023-17-forwarding-notice.txt",
    "hubei-2023-12-red-header-notice.txt",
    "sysu-2016-congress-work-meeting-notice.txt",
    "ucas-2021-public-science-day-call.txt",
    "zaozhuang-2019-chairs-meeting-urgent-notice.txt",
])
def test_a_notices_later_half_is_still_a_notice(name):
    doc = parse_text(_second_half(name))
    assert doc.title is None and doc.doc_type == "notice"


@pytest.mark.parametrize("name", [
    # signed, dated, with a contact — but they ask nothing by a date: rules, a situation report
    "dfzyxy-2023-weekly-meeting-schedule-rules.txt",
    "meishan-2023-45-situation-report.txt",
])
def test_a_later_half_that_asks_nothing_by_a_date(name):
    assert parse_text(_second_half(name)).doc_type == "other"


@pytest.mark.parametrize("name", [
    "hubei-2023-12-red-header-notice.txt",
    "zaozhuang-2019-chairs-meeting-urgent-notice.txt",
    "sme-s-2023-mianyang-popsci-explainer-contest-notice.txt",
    "pcdjzx-2015-pucheng-science-into-schools-notice.txt",
])
def test_paragraph_marks_before_every_marker_change_no_outline(name):
    text = (CORPUS / name).read_text(encoding="utf-8")
    marked = re.sub(r"(?m)^(?=[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d{1,2}[、.．])", "Р", text)
    marked = re.sub(r"。\n(?=Р)", "。", marked)  # the paragraphs run together, the mark between them
    assert [(it.id, it.marker) for it in parse_text(marked).outline] == \
        [(it.id, it.marker) for it in parse_text(text).outline]
