"""The numbered outline: every marker of 公文, ids, levels, headings, and items a converter ran together."""

import pytest

from kexie.reader import parse_text


def items(text):
    return [(x.id, x.level, x.marker, x.heading) for x in parse_text(text).outline]


MARKERS = [
    ("一、深入学习宣传贯彻落实新国发2号文件", [("1", 1, "一、", "深入学习宣传贯彻落实新国发2号文件")]),
    ("（一）学深悟透新国发2号文件精神。将学习宣传贯彻……", [("1", 2, "（一）", "学深悟透新国发2号文件精神")]),
    ("(一)加强领导,统筹安排", [("1", 2, "（一）", "加强领导，统筹安排")]),
    ("1.建立院士之家。为院士专家开展科学研究提供条件保障。", [("1", 3, "1．", "建立院士之家")]),
    ("1、建立院士之家。", [("1", 3, "1、", "建立院士之家")]),  # as written
    ("（1）做好两院院士候选人推选；", [("1", 4, "（1）", "做好两院院士候选人推选")]),
    ("一是积极协调,开展系列创新服务活动。", [("1", 5, "一是", "积极协调，开展系列创新服务活动")]),
    ("①组织科普讲座。", [("1", 5, "①", "组织科普讲座")]),
    ("第一章 总则", [("1", 1, "第一章", "总则")]),
]


@pytest.mark.parametrize("line, expected", MARKERS)
def test_markers(line, expected):
    assert items(line) == expected


def test_ids_join_ordinals_through_levels():
    text = "一、主要任务\n（一）加强组织。\n1.成立专班。\n（1）明确分工。\n2.压实责任。\n（二）强化督查。\n二、保障措施"
    assert [(i, lv) for i, lv, _, _ in items(text)] == [
        ("1", 1), ("1.1", 2), ("1.1.1", 3), ("1.1.1.1", 4), ("1.1.2", 3), ("1.2", 2), ("2", 1)]


def test_inline_items_after_a_heading_level_one():
    # baoding: 四、活动内容 then 一是/二是 items
    text = "一、活动内容\n\n一是积极协调，开展系列创新服务活动。重点围绕……\n\n二是突出重点，弘扬科学家精神。结合……"
    assert [(i, lv, m) for i, lv, m, _ in items(text)] == [("1", 1, "一、"), ("1.1", 5, "一是"), ("1.2", 5, "二是")]


def test_items_run_together_on_one_line_are_separate():
    text = "一、重点任务1.建设院士之家。为院士服务。2.推进学会改革。强化学会作用。二、保障措施"
    assert [(i, lv, h) for i, lv, _, h in items(text)] == [
        ("1", 1, "重点任务"), ("1.1", 3, "建设院士之家"), ("1.2", 3, "推进学会改革"), ("2", 1, "保障措施")]


def test_inline_yishi_erShi_in_a_paragraph():
    text = "（一）加强学习。一是抓好党组学习；二是抓好支部学习；三是抓好个人自学。"
    assert [(i, lv, h) for i, lv, _, h in items(text)] == [
        ("1", 2, "加强学习"), ("1.1", 5, "抓好党组学习"), ("1.2", 5, "抓好支部学习"), ("1.3", 5, "抓好个人自学")]


def test_a_number_in_a_sentence_is_not_an_item():
    text = "一、总体要求\n2021年春节前夕，习近平总书记视察贵州。\n1.5亿元资金用于科普。\n二、主要任务"
    assert [i for i, _, _, _ in items(text)] == ["1", "2"]


def test_attachment_list_and_blank_forms_are_not_outline():
    text = ("一、工作任务\n（一）开展宣讲。\n附件：1.活动情况统计表\n2.联系人回执\n\n某某科协\n2022年5月1日\n\n"
            "附件1\n\n活动情况统计表\n序号\u3000单位\u3000参加人数\n1.\n2.")
    assert [i for i, _, _, _ in items(text)] == ["1", "1.1"]


def test_an_attached_plan_keeps_its_outline():
    text = ("关于印发《某某方案》的通知\n各县科协：\n现将方案印发给你们。\n附件：某某方案\n某某科协\n2022年5月1日\n\n"
            "附件\n\n某某方案\n一、工作目标\n二、工作任务")
    assert [(i, h) for i, _, _, h in items(text)] == [("1", "工作目标"), ("2", "工作任务")]


def test_regulation_chapters_and_articles():
    text = "第一章 总则\n第一条 为规范科技志愿服务，制定本办法。\n第二条 本办法适用于全市。\n第二章 组织管理\n第三条 市科协负责。"
    assert [(i, lv, m) for i, lv, m, _ in items(text)] == [
        ("1", 1, "第一章"), ("1.1", 2, "第一条"), ("1.2", 2, "第二条"), ("2", 1, "第二章"), ("2.3", 2, "第三条")]


def test_lists_inside_an_article_nest_under_it():
    text = ("第一章 总则\n第一条 为规范专项资金管理，制定本办法。\n第二条 专项资金的使用遵循以下原则：\n"
            "（一）公开公正，择优支持；\n（二）专款专用，注重绩效。\n第三条 省科协负责专项资金的管理。")
    assert [(i, lv, m) for i, lv, m, _ in items(text)] == [
        ("1", 1, "第一章"), ("1.1", 2, "第一条"), ("1.2", 2, "第二条"), ("1.2.1", 2, "（一）"), ("1.2.2", 2, "（二）"),
        ("1.3", 2, "第三条")]


def test_an_attached_table_of_tasks_is_outline_but_a_blank_form_is_not():
    notice = "关于印发《2023年科普工作要点》的通知\n各县科协：\n现印发给你们。\n附件：1.重点任务分解表\n2.报名回执\n某某科协\n2023年2月1日\n\n"
    tasks = "附件1\n\n重点任务分解表\n\n1.开展全国科普日活动（牵头单位：科普部；完成时限：2023年9月底前）\n2.建设科普基地（牵头单位：学会部）\n\n"
    form = "附件2\n\n报名回执\n\n1.单位名称\n2.联系人\n"
    assert [(i, h) for i, _, _, h in items(notice + tasks + form)] == [("1", "开展全国科普日活动"), ("2", "建设科普基地")]
