"""A 领导小组's people by convention, whichever order a list writes them in (round 22, r22group).

A person in a 组长/副组长/成员 list is a name of two to four characters (a padded name's characters joined: 王  明) and a
post, which ends in a post's last word (主席, 副局长, 科协工作人员, 市科协主席（提名人选）: patterns.POST_WORDS) or, in a
column of its own, a body's (市财政局　陈锐康). The list may write the name first (王明　市科协主席, 王明（市科协主席）) or
the post first (市科协主席　王明, 市科协主席王明), one person a line with the role's label on its block's first line only,
or several a line parted by 、，；, or names alone parted by 、 or spaces. A post-first row is a row of its own (the
reflow joins no such rows, nor a list's row that ends with its last person to the paragraph under it). 成员单位：…
lists bodies, each standing for its head: no one's name. A 宣讲团's or 专家组's list and a sentence naming a 组长 give no
people. Real rows from the quiz notice of the twenty-fourth set, each convention on a sentence, the dev groups rewritten
in each layout (group_variants.LAYOUTS), and negatives."""

import pytest

from kexie.reader import parse_text
from kexie.reader import patterns as P

from group_variants import LAYOUTS, documents, misread


def people(text):
    lg = parse_text(text).leading_group
    return [(r, m.name, m.title) for r in ("heads", "deputies", "members") for m in (getattr(lg, r) if lg else [])]


# the quiz notice's rows as the document writes them (half-width colons, single spaces, a padded name, continuation
# rows with no label)
QUIZ = ("三、活动组织单位\n主办单位:西乡塘区科协、西乡塘区教育局\n领导小组:西乡塘区青少年科普知识竞赛活动领导小组\n"
        "组 长:西乡塘区科协主席(提名人选) 玉 剑\n副组长:西乡塘区科协副主席(提名人选) 黄 浩\n"
        "西乡塘区教育局副局长 梁 婷\n成 员:西乡塘区教育局素质教育中心主任 梁 栋\n科协工作人员 吴铭明\n"
        "科协工作人员 张 迅\n四、大赛方案\n具体实施方案详见附件。\n")
QUIZ_PEOPLE = [("heads", "玉剑", "西乡塘区科协主席（提名人选）"), ("deputies", "黄浩", "西乡塘区科协副主席（提名人选）"),
               ("deputies", "梁婷", "西乡塘区教育局副局长"), ("members", "梁栋", "西乡塘区教育局素质教育中心主任"),
               ("members", "吴铭明", "科协工作人员"), ("members", "张迅", "科协工作人员")]


def test_the_quiz_notice_rows_give_post_then_name():
    assert people(QUIZ) == QUIZ_PEOPLE


def test_post_first_rows_stay_rows_of_their_own():
    text = parse_text(QUIZ).text
    assert "副组长：西乡塘区科协副主席（提名人选）黄浩\n西乡塘区教育局副局长梁婷\n" in text
    assert "科协工作人员吴铭明\n科协工作人员张迅\n四、" in text


HEAD = "关于成立科普工作领导小组的通知\n各部门：\n经研究，决定成立科普工作领导小组，成员如下：\n"
SIX = [("heads", "张明", "市科协主席"), ("deputies", "李华", "市科协副主席"), ("deputies", "赵刚", "市科协秘书长"),
       ("members", "王强", "办公室主任"), ("members", "陈静", "科普部部长")]
# (layout, the list's lines, the people read)
CONVENTIONS = [
    ("the post first, columns", "组长：市科协主席　张明\n副组长：市科协副主席　李华\n市科协秘书长　赵刚\n"
     "成员：办公室主任　王强\n科普部部长　陈静\n", SIX),
    ("the post first, single spaces a repair drops", "组长：市科协主席 张明\n副组长：市科协副主席 李华\n"
     "市科协秘书长 赵刚\n成员：办公室主任 王强\n科普部部长 陈静\n", SIX),
    ("the post first, names padded", "组  长：市科协主席　张  明\n副组长：市科协副主席　李  华\n市科协秘书长　赵  刚\n"
     "成  员：办公室主任　王  强\n科普部部长　陈  静\n", SIX),
    ("the post first, glued", "组长：市科协主席张明\n副组长：市科协副主席李华\n市科协秘书长赵刚\n成员：办公室主任王强\n"
     "科普部部长陈静\n领导小组下设办公室，办公室设在市科协科普部。\n", SIX),
    ("the post first, several a line", "组长：市科协主席　张明\n副组长：市科协副主席　李华、市科协秘书长　赵刚\n"
     "成员：办公室主任　王强；科普部部长　陈静\n", SIX),
    ("the post first, a note after it", "组长：市科协主席（提名人选）　张明\n副组长：市科协副主席（提名人选） 李华\n",
     [("heads", "张明", "市科协主席（提名人选）"), ("deputies", "李华", "市科协副主席（提名人选）")]),
    ("the name first, columns", "组长：张明　市科协主席\n副组长：李华　市科协副主席\n赵刚　市科协秘书长\n"
     "成员：王强　办公室主任\n陈静　科普部部长\n", SIX),
    ("the name first, brackets, parted by ，", "组长：张明（市科协主席）\n副组长：李华（市科协副主席），赵刚（市科协秘书长）\n"
     "成员：王强（办公室主任），陈静（科普部部长）\n", SIX),
    ("names alone parted by 、", "组长：张明\n副组长：李华、赵刚\n成员：王强、陈静、刘洋\n",
     [("heads", "张明", None), ("deputies", "李华", None), ("deputies", "赵刚", None), ("members", "王强", None),
      ("members", "陈静", None), ("members", "刘洋", None)]),
    ("names alone parted by spaces", "组　长：张明\n副组长：李华　赵刚\n成　员：王强　陈静　刘洋　孙丽\n",
     [("heads", "张明", None), ("deputies", "李华", None), ("deputies", "赵刚", None), ("members", "王强", None),
      ("members", "陈静", None), ("members", "刘洋", None), ("members", "孙丽", None)]),
    ("bodies in the post's column", "组长：市政府副市长　张明\n成员：市财政局　陈锐康\n市建设局　黎  成\n",
     [("heads", "张明", "市政府副市长"), ("members", "陈锐康", "市财政局"), ("members", "黎成", "市建设局")]),
    ("bodies and names a repair glued, parted by 、", "组长：市政府副市长 张明\n成员：市财政局 陈锐康、市建设局 黎小成\n",
     [("heads", "张明", "市政府副市长"), ("members", "陈锐康", "市财政局"), ("members", "黎小成", "市建设局")]),
    ("a post, then names alone", "组长：市科协主席　张明\n副组长：市科协副主席　李华、赵刚\n",
     [("heads", "张明", "市科协主席"), ("deputies", "李华", "市科协副主席"), ("deputies", "赵刚", None)]),
    ("a name and a post, then a name alone", "组长：张明（市科协主席）\n成员：王强（办公室主任），陈静\n",
     [("heads", "张明", "市科协主席"), ("members", "王强", "办公室主任"), ("members", "陈静", None)]),
    # a table's cells: parted by tabs (a tab is a column, never a stray space), or one a line
    ("a table's rows parted by tabs", "组长\t市科协主席\t张明\n副组长\t市科协副主席\t李华\n",
     [("heads", "张明", "市科协主席"), ("deputies", "李华", "市科协副主席")]),
    ("a table's rows, the name first, parted by tabs", "职务\t姓名\t职务\n组长\t张明\t市科协主席\n副组长\t李华\t市科协副主席\n",
     [("heads", "张明", "市科协主席"), ("deputies", "李华", "市科协副主席")]),
    ("a table's cells one a line, the name first", "组长\n张明\n市科协主席\n副组长\n李华\n市科协副主席\n成员\n王强\n办公室主任\n",
     [("heads", "张明", "市科协主席"), ("deputies", "李华", "市科协副主席"), ("members", "王强", "办公室主任")]),
    ("a table's cells one a line, the post first", "组长：\n市科协主席\n张明\n副组长：\n市科协副主席\n李华\n",
     [("heads", "张明", "市科协主席"), ("deputies", "李华", "市科协副主席")]),
    # 成员单位：… lists bodies: each stands for its head, nobody's name (the convention of the dev golds: 县科协, …)
    ("member bodies", "组长：市政府副市长　张明\n成员单位：市教育局、市科技局、市妇联、市科技馆\n",
     [("heads", "张明", "市政府副市长"), ("members", None, "市教育局"), ("members", None, "市科技局"),
      ("members", None, "市妇联"), ("members", None, "市科技馆")]),
]


@pytest.mark.parametrize("layout,lines,expected_people", CONVENTIONS, ids=[c[0] for c in CONVENTIONS])
def test_each_layout_gives_the_same_people(layout, lines, expected_people):
    assert people(HEAD + lines) == expected_people


# shapes that look like a group's list and are not: no people (or, where a group is set up, only its own)
NOT_PEOPLE = {
    "a lecture team, the post first": "成立科学家精神宣讲团。\n宣讲团\n团  长：市科协主席　张明\n成  员：大学教授　李华\n",
    "an expert panel, the post first": "评审专家组\n组长：市科协主席　张明\n成员：大学教授　李华、研究员　王强\n",
    "a jury under a named group": "为做好评审工作，在县科普工作领导小组指导下组建评审组。\n评审组\n组长：市科协主席　张明\n"
                                  "成员：大学教授　李华\n",
    "a 组长 in a sentence": "3月5日，县科普工作领导小组召开会议。领导小组组长、市科协主席张明出席会议并讲话。\n",
    "a meeting's attendance": "领导小组组长张明，副组长李华、赵刚出席会议。\n",
    "a directive with posts": "各乡镇要成立以乡镇长为组长、分管副乡镇长为副组长的科普工作领导小组。\n",
}


@pytest.mark.parametrize("shape", NOT_PEOPLE)
def test_a_shape_that_lists_no_group_gives_no_people(shape):
    assert people(NOT_PEOPLE[shape]) == []


# what follows a post-first list and is no person of it
AFTER_THE_LIST = {
    "a website's links": "网站介绍　商务合作　网站声明　招聘信息　联系我们\n",
    "a sentence without a mark": "王晓光同志兼任办公室主任\n",
    "a signature": "市科协\n2023年9月1日\n",
    "a contact": "联系人：市科协科普部　刘洋\n",
    "a heading": "二、工作职责\n",
    # another body's list under the group's, the post first too: that body's people, not the group's
    "an expert panel's list": "二、评审专家组\n组长：大学教授　王强\n成员：研究员　赵刚\n",
    "a lecture team's list": "（二）科学家精神宣讲团\n团长：市科协副主席　王强\n成员：大学教授　赵刚\n",
    "a working team's list": "三、工作组\n组长：科普部部长　王强\n组员：科普部干事　赵刚\n",
}


@pytest.mark.parametrize("shape", AFTER_THE_LIST)
def test_a_line_after_the_list_adds_no_one(shape):
    lines = "组长：市科协主席　张明\n副组长：市科协副主席　李华\n"
    assert people(HEAD + lines + AFTER_THE_LIST[shape]) == [("heads", "张明", "市科协主席"),
                                                            ("deputies", "李华", "市科协副主席")]


def test_a_body_under_a_row_of_one_name_is_no_post_of_it():
    # a body under a list written one person a row (not a table's cells, one a line) is the signature's
    assert people(HEAD + "组长：张明\n副组长：李华\n市科协\n2023年9月1日\n") == [("heads", "张明", None),
                                                                          ("deputies", "李华", None)]


# a name glued on its post (the space lost) where the list names people: the length of the name is in doubt (张明 /
# 市科协…, 王昌顺 / 交通…), so the entry is left out and said; posts alone (常务副县长, 县科协) stay
def test_a_name_glued_on_its_post_is_left_out_with_a_warning():
    doc = parse_text(HEAD + "组长：张明市科协主席\n副组长：李华市科协副主席、赵刚　市科协秘书长\n")
    lg = doc.leading_group
    assert [(r, m.name, m.title) for r in ("heads", "deputies", "members") for m in getattr(lg, r)] == [
        ("deputies", "赵刚", "市科协秘书长")]
    assert any("张明市科协主席" in w for w in doc.warnings)


@pytest.mark.parametrize("lines,expected_people", [
    ("组长：常务副县长\n副组长：万秀区副区长\n", [("heads", None, "常务副县长"), ("deputies", None, "万秀区副区长")]),
    ("组长：县政府分管副县长\n副组长：县科协主席\n成员：县科协、县教育局\n",
     [("heads", None, "县政府分管副县长"), ("deputies", None, "县科协主席"), ("members", None, "县科协"),
      ("members", None, "县教育局")]),
])
def test_posts_alone_stay_posts(lines, expected_people):
    doc = parse_text(HEAD + lines)
    assert people(HEAD + lines) == expected_people and not any("连写" in w for w in doc.warnings)


# a row that ends with its last person stands alone; one a page break cut before its 、 goes on
ROWS_AND_BREAKS = [
    ("成员：办公室主任王晓光；科学普及科科长赵敏\n领导小组下设办公室，办公室设在市科协办公室。\n",
     [("members", "王晓光", "办公室主任"), ("members", "赵敏", "科学普及科科长")]),
    ("组员：王明、李华、赵刚\n领导小组下设办公室，办公室设在市科协科普部。\n",
     [("members", "王明", None), ("members", "李华", None), ("members", "赵刚", None)]),
    ("成员：教育部副部长杜占元、工业和信息化部副部长徐乐江\n\n、人力资源社会保障部副部长汤涛\n",
     [("members", "杜占元", "教育部副部长"), ("members", "徐乐江", "工业和信息化部副部长"),
      ("members", "汤涛", "人力资源社会保障部副部长")]),
    # a page break inside the next name-first row's name (谢 / 牧人　…): the name whole again, on its own row
    ("副组长：姜长才　浙江省科协党组成员、副主席\n\n田　梅　浙江省科协副主席\n\n谢\n\n牧人　浙江省科协党组成员、秘书长\n",
     [("deputies", "姜长才", "浙江省科协党组成员、副主席"), ("deputies", "田梅", "浙江省科协副主席"),
      ("deputies", "谢牧人", "浙江省科协党组成员、秘书长")]),
    # a page break inside the next post-first row (质检总局 / 副局长陈　钢): the row is whole again, the one above too
    ("成员：税务总局副局长张志勇\n工商总局副局长刘俊臣\n质检总局\n\n副局长陈　钢\n安全监管总局副局长孙华山\n",
     [("members", "张志勇", "税务总局副局长"), ("members", "刘俊臣", "工商总局副局长"), ("members", "陈钢", "质检总局副局长"),
      ("members", "孙华山", "安全监管总局副局长")]),
]


@pytest.mark.parametrize("lines,expected_people", ROWS_AND_BREAKS)
def test_a_row_ending_with_a_person_is_whole_and_a_cut_row_goes_on(lines, expected_people):
    assert people(HEAD + lines) == expected_people


# a post-first row, as the reflow and the group reader see it; and rows that are no such person
POST_THEN_NAME = [("西乡塘区教育局副局长梁婷", True), ("科协工作人员吴铭明", True), ("市科协主席（提名人选）玉剑", True),
                  ("浙江省科协党组成员、副主席陆\u3000锦", True), ("市财政局\u3000陈锐康", True),
                  ("市科协主席", False), ("市教育局", False), ("市科协办公室主任", False), ("办公室设在市科协科普部", False),
                  ("负责活动的统筹协调", False), ("市科协科普部", False)]


@pytest.mark.parametrize("row,person", POST_THEN_NAME)
def test_a_row_is_a_post_then_a_name(row, person):
    assert P.post_then_name(row) is person


# the development groups, rewritten in each layout (as group_variants.LAYOUTS writes them): the gold's people
STEMS = [
    "bsmz-county-association-work-summary", "geo-census-2013-leading-group-repost", "guoban-2006-18-literacy-leading-group",
    "guoban-2015-48-manufacturing-leading-group", "guoban-2016-97-new-materials-leading-group",
    "guoban-2022-33-asian-games-leading-group", "meidekan-suyu-school-science-day-plan-group",
    "nanyang-2023-8-leading-group-notice", "wflms-2011-school-science-festival-group-plan",
    "wuzhou-2008-117-school-flood-safety-group", "xxtq-2020-4-xixiangtang-youth-science-quiz-notice",
    "yinan-2023-rural-revitalization-plan", "zhejiang-2018-theme-year-leading-group",
    "dongguan-2003-248-public-health-leading-group",
]
# (stem, layout) a layout cannot carry as the gold reads it, with the reason
LEFT_ALONE = {
    # a note in brackets after a body (市市政局（提名人选） 何伟森) makes no post
    ("dongguan-2003-248-public-health-leading-group", "after_noted"),
    # the last row's last person glued to a body (市城建规划局卢沛超): the reflow runs it into the paragraph below
    ("dongguan-2003-248-public-health-leading-group", "before_semicolon"),
    # a title with a note (…主席（提名人选）) in brackets after the name: brackets inside brackets
    ("xxtq-2020-4-xixiangtang-youth-science-quiz-notice", "bracket_comma"),
    # the last person of the last row (办公室副主任（提名人选） 周强) runs into the paragraph below it
    ("nanyang-2023-8-leading-group-notice", "after_noted"),
}
DOCS = {stem: (text, reflow, gold) for stem, text, reflow, gold in documents(stems=set(STEMS))}


def test_the_chosen_groups_are_in_the_corpus():
    assert sorted(DOCS) == sorted(STEMS)


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_each_layout_of_a_dev_group_is_read_with_the_gold_people(layout):
    read, wrong = misread(layout, DOCS, LEFT_ALONE)
    assert read >= 10
    assert wrong == []
