"""Rules learnt from the ninth held-out set (tools/held_out_9.txt, development material since the tenth was made); each
shown on the real sentence it came from and, where it must not fire, on its neighbours: items run together after the
bracket that assigns the item above (an excerpt that left items out), a body named twice in one item's annotations, a
bare bracket of bodies (（各成员单位）) after an item, a plan's name as a page's headline, a text without its head whose
items assign bodies, a deadline's year where the document's own is only a guess, a page's text-size control, the
document a headline says is issued (《…》印发), a task group's office, and a role held 由……担任."""

import pytest

from kexie.reader import parse_text
from kexie.reader.outline import find_items
from kexie.reader.patterns import names_a_plan, web_furniture
from kexie.reader.responsibility import read_responsibility


def _roles(text):
    r, _ = read_responsibility(text)
    return {k: v for k, v in vars(r).items() if v} if r else {}


# ---------------------------------------------------------------- items run together after an assigning bracket
CHACEWANG = ("一、建立健全科普工作体系1.完善落实科普工作制度机制,做好年度科普基地建设等具体组织实施工作,"
             "(责任单位:市科协、市科技局等相关部门)7.强化科普服务平台建设,有条件的均应植入科普元素,"
             "(责任单位:市科技局、市科协、市委宣传部)9.推动科普活动提档提能,开展防灾减灾科普宣传等活动5场"
             "(责任单位:市应急管理局、市自然资源局、市科技局),从基层遴选一批科普工作先进集体,(责任单位:市科技局、市科协)"
             "16.落实科技奖励与科普工作有机衔接,设立科普专家团。\n")


def test_a_number_after_the_bracket_that_assigns_the_item_above_opens_the_next_item():
    doc = parse_text(CHACEWANG)
    assert [(x.id, x.marker) for x in doc.outline] == [("1", "一、"), ("1.1", "1．"), ("1.7", "7．"), ("1.9", "9．"),
                                                       ("1.16", "16．")]
    units = {x.id: x.responsibility.lead_units for x in doc.outline if x.responsibility}
    assert units == {"1.1": ["市科协", "市科技局"], "1.7": ["市科技局", "市科协", "市委宣传部"],
                     # two annotations of one item: each body once
                     "1.9": ["市应急管理局", "市自然资源局", "市科技局", "市科协"]}


@pytest.mark.parametrize("line, markers", [
    # a bracket that assigns nobody opens no item after it (as before: only 。；！？： do)
    ("一、总体目标（2016—2020年）3.提高公民科学素质。", ["一、"]),
    ("1.开展培训（见附件）2.组织评选。", ["1．"]),
    ("1.开展培训（见附件）5.组织评选。", ["1．"]),
])
def test_neighbours_a_bracket_that_assigns_nobody(line, markers):
    assert [x.marker for x in find_items(line + "\n")] == markers


# ---------------------------------------------------------------- a bare bracket of bodies after an item
@pytest.mark.parametrize("text, roles", [
    ("围绕我国经济社会发展新常态的需求，大力普及宣传创新、协调、绿色、开放、共享的发展理念。着力普及宣传创新是引领发展第一动力的"
     "观念。（各成员单位）", {"lead_units": ["各成员单位"]}),
    ("组织开展科普日活动。（各县区科协、各市级学会）", {"lead_units": ["各县区科协", "各市级学会"]}),
    # a writer's byline, one body or a person, is no assignment; 各单位 names nobody in particular
    ("市科协组织专家深入乡村开展科普宣传。（黄石市科协）", {}),
    ("活动圆满结束。（学院活动组 姚蓓）", {}),
    ("认真做好宣传工作。（各单位）", {}),
])
def test_a_bare_bracket_of_bodies_after_the_item(text, roles):
    assert _roles(text) == roles


HAST = ("2016年在全面推进全民科学素质各项工作的同时，重点做好以下工作。\n一、牢固树立发展理念，全面推进全民科学素质工作\n"
        "（一）广泛深入宣传普及发展理念\n1.围绕我国经济社会发展新常态的需求，大力普及宣传发展理念。着力普及宣传创新的观念。（各成员单位）\n"
        "（二）紧紧围绕中央部署，全面落实纲要实施工作各项任务\n2.推动印发《全民科学素质行动计划纲要实施方案》。\n")


def test_a_text_without_its_head_whose_items_assign_bodies_is_a_plan_not_a_report():
    doc = parse_text(HAST)
    assert doc.doc_type == "plan" and any("责任分工" in w for w in doc.warnings)


def test_neighbour_a_list_of_members_above_their_units_duties_is_no_plan():
    doc = parse_text("主 任:\n徐延豪 中国科协书记处书记\n成 员:\n刘艳荣 发展改革委高技术司副司长\n成员单位职责\n"
                     "一、实施未成年人科学素质行动(由教育部、共青团中央牵头,中央宣传部、科技部参加)\n"
                     "二、实施农民科学素质行动(由农业部、中国科协牵头,中央组织部参加)\n")
    assert doc.doc_type == "other"


# ---------------------------------------------------------------- a plan's name as a page's headline
@pytest.mark.parametrize("title, plan", [
    ("中国科协2017年学会改革工作要点", True),
    ("中国科协2023年高校科协建设工作要点", True),
    # a report's headline says what was done to the plan
    ("市科协召开专题会议研究2022年工作计划", False),
    ("县委常委会听取科协2023年工作要点汇报", False),
    ("临汾市科协召开一届四次全委会 加大科技赋能", False),
])
def test_a_headline_that_is_a_plans_name(title, plan):
    assert names_a_plan(title, "plan") is plan


def test_a_plan_under_its_pages_posting_date_is_no_news_report():
    doc = parse_text("发布日期:2017年04月28日\n中国科协2017年学会改革工作要点\n为深入贯彻落实中央关于科协系统深化改革实施方案，"
                     "制定2017年学会改革工作要点。\n一、学会年度改革基本任务\n各学会要切实抓好治理改革落实工作:\n"
                     "1.建立务实高效、位阶有序的会议制度。\n2.大力发展个人会员。\n")
    assert doc.doc_type == "plan" and doc.title == "中国科协2017年学会改革工作要点"


# ---------------------------------------------------------------- a deadline's year
LUOHE = ("六、有关要求\n1、新闻媒体要积极参与2006年科技活动周的宣传报道工作。\n"
         "2、2007年科技活动周结束后，各县区、各单位要对本届科技活动周的举办情况进行全面总结。各县区科技局牵头，会同县区委宣传部和"
         "科协，形成2007年科技活动周总结报告，于5月30日前报送市科技局。\n联 系 人:李连合\n")


def test_an_item_names_its_own_year_where_the_documents_is_only_a_guess():
    doc = parse_text(LUOHE)
    assert {x.marker: x.deadline for x in doc.outline if x.deadline} == {"2、": "2007-05-30"}


def test_neighbour_a_dated_document_keeps_its_own_year():
    doc = parse_text("关于做好总结的通知\n各单位：\n一、在2016年底的基础上增加会员，于5月30日前报送。\n市科协\n2017年4月28日\n")
    assert [x.deadline for x in doc.outline] == ["2017-05-30"]


# ---------------------------------------------------------------- page chrome and the enclosed document
@pytest.mark.parametrize("line, furniture", [
    ("选择字号:", True), ("【字体：大 中 小】", True), ("字号：大 中 小", True),
    ("字号", True),
    ("各全国学会、协会、研究会:", False), ("选择字号的原则:", False),
])
def test_a_pages_text_size_control(line, furniture):
    assert web_furniture(line) is furniture


VANBIEN = ("来源:中国科协 发布时间:2017/4/28 14:52:54\n选择字号:\n《中国科协2017年学会改革工作要点》印发\n\n"
           "各全国学会、协会、研究会:\n\n为深入贯彻落实中央关于科协系统深化改革实施方案，中国科协制定了《中国科协2017年学会改革工作要点》，"
           "现将有关工作通知如下:\n一、各学会要高度重视落实学会改革任务\n")


def test_the_document_a_headline_says_is_issued():
    doc = parse_text(VANBIEN)
    assert doc.recipients == ["各全国学会", "协会", "研究会"]
    assert doc.enclosed_title == "中国科协2017年学会改革工作要点"


# ---------------------------------------------------------------- a task group's office and roles held 由……担任
@pytest.mark.parametrize("text, roles", [
    ("领导小组办公室负责日常事务管理，及时汇总情况，上报领导小组审定。", {}),
    ("工作小组办公室负责收集材料。", {}),
    # the issuer's own office still answers
    ("市科协办公室负责报送材料的收集、整理、上报等工作。", {"departments": ["市科协办公室"]}),
])
def test_a_groups_office_is_no_department_of_the_issuer(text, roles):
    assert _roles(text) == roles


def test_roles_held_by_whoever_holds_a_post():
    doc = parse_text("关于成立专项工作领导小组的请示\n为推进专项工作，拟成立专项工作领导小组。\n二、领导小组组成\n"
                     "1.组长：由分管该项工作的领导担任\n2.副组长：由相关部门负责人担任\n3.成员：由相关职能部门负责人组成\n")
    group = doc.leading_group
    assert [(m.name, m.title) for m in group.heads] == [(None, "分管该项工作的领导")]
    assert [(m.name, m.title) for m in group.deputies] == [(None, "相关部门负责人")]
    assert [(m.name, m.title) for m in group.members] == [(None, "相关职能部门负责人")]
