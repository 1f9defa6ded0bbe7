"""Rules learnt from the fourteenth held-out set (tools/held_out_14.txt, development material since round 15), each
shown on the real sentence it came from and, where it must not fire, on its neighbours: an empty 時間 label under an
essay site's headline, an essay site's posting time, a portal's 發布通知 column and 檔案全文 label, a title glued to its
.doc file name, a student society that closes a school plan's point, a plan's 实施单位 section, and a body by its
level that organises an item in prose (由区科协组织)."""

import pytest

from kexie.reader import parse_text
from kexie.reader.responsibility import read_responsibility


# ---------------------------------------------------------------- header: labels and furniture
def test_an_empty_time_label_under_the_headline_is_no_recipient():
    # yhwg8: the page's 時間: label lost its value
    assert parse_text("科普日活動方案\n時間:\n方案策劃\n二、活動宗旨\n圍繞全球氣候變化……").recipients == []


def test_a_recipients_line_under_the_headline_is_still_read():
    # the neighbour: a 主送 line that ends in a colon
    assert parse_text("关于举办科普日活动的通知\n各县区科协：\n为做好……").recipients == ["各县区科协"]


@pytest.mark.parametrize("text, date", [
    # oriental01: an essay site that asks for contributions (我要投稿) posts what readers send
    ("全國科普日活動方案\n時間:2023-06-27 13:17:25 活動方案 我要投稿\n一、指導思想\n為深入貫徹落實……", None),
    # the neighbour: a page's own 发布时间 still dates a news item
    ("某县科协召开全会\n发布时间：2023-06-27 13:17:25\n6月26日，某县科协召开全体会议。", "2023-06-27"),
])
def test_an_essay_sites_posting_time_dates_no_document(text, date):
    assert parse_text(text).date == date


NEWTON = ("發布通知\n黔府辦發〔2022〕16號\n各市、自治州人民政府,省政府各部門、各直屬機構:\n"
          "經省人民政府同意,現將《貴州省全民科學素質行動規劃綱要實施方案(2021—2025年)》印發給你們,請認真抓好貫徹落實。\n"
          "貴州省人民政府辦公廳\n2022年5月19日\n檔案全文\n貴州省全民科學素質行動規劃綱要實施方案(2021—2025年)\n"
          "為認真貫徹落實……,制定本實施方案。\n一、總體要求\n")


def test_a_portals_column_label_is_no_title_and_its_full_text_label_no_part_of_the_enclosed_title():
    doc = parse_text(NEWTON)
    assert doc.title is None
    assert doc.enclosed_title == "貴州省全民科學素質行動規劃綱要實施方案（2021—2025年）"


@pytest.mark.parametrize("text, title", [
    # taowenge: a document site's headline is its file's name
    ("2020年度乡镇科普工作计划 .doc\n乡镇科普工作的开展，有利于大力实施全民科学素质工程。\n一、指导思想\n", "2020年度乡镇科普工作计划"),
    # the neighbour: a title without a file name keeps every character
    ("2020年度乡镇科普工作计划\n乡镇科普工作的开展，有利于大力实施全民科学素质工程。\n一、指导思想\n", "2020年度乡镇科普工作计划"),
])
def test_a_title_glued_to_its_file_name(text, title):
    assert parse_text(text).title == title


# ---------------------------------------------------------------- responsibility
@pytest.mark.parametrize("item, lead_units, departments", [
    # zuowenred: a student society closes the point: a unit, no office
    ("校区布置科普知识宣传画报，科普社负责。", ["科普社"], []),
    ("在宣传栏公布科技节活动安排、科技节海报等，行知科普社负责。", ["行知科普社"], []),
    # the neighbour: an office closing the point stays a department
    ("场地、奖品等后勤工作，总务处负责。", [], ["总务处"]),
    # gdygsk: a body by its level and kind organises the item in prose
    ("更换科普画廊内容。由区科协组织各镇、街、园对全区所有的科普画廊进行内容更换。", ["区科协"], []),
])
def test_who_answers_for_a_point(item, lead_units, departments):
    r, _ = read_responsibility(item)
    assert (r.lead_units, r.departments) == (lead_units, departments)


@pytest.mark.parametrize("item", [
    # the neighbours of 由……组织: no body by its level (学校, 班主任) is a lead unit
    "参观科技馆。由学校组织学生分批前往。",
    "主题班会。由班主任组织各班开展讨论。",
])
def test_who_organises_in_prose_is_read_only_for_a_named_body(item):
    r, _ = read_responsibility(item)
    assert r is None


def test_a_plans_section_that_names_who_carries_it_out_is_no_items_responsibility():
    # zuowenred: 七、实施单位 names who carries out the whole festival, as a 主办单位 line does
    doc = parse_text("科技节活动方案\n六、参与人员:全校师生\n七、实施单位:教导处、总务处、各年级段、科学教研组、行知科普社\n"
                     "八、后勤工作:\n1、科技节相关活动报道，办公室负责。\n")
    items = {x.id: x for x in doc.outline}
    assert items["7"].responsibility is None
    assert items["8.1"].responsibility.departments == ["办公室"]
