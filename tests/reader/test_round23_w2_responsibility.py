"""Responsibility on the twenty-eighth and twenty-ninth sets (round 23, second wave): how a page writes who answers for
an item, each form on its real sentence and on look-alikes that must stay as they were.

- prose of a task-division plan: 由X牵头负责，Y配合 with both the issuer's own offices (both departments); 由X负责<verb>
  (由协调处负责协调调度); 由各…组分别负责 (the issuer's own teams); an office by its short name (宣教办, 暗访办) is one of the
  issuer's own, one with its level (区人居办) is not; X（Y）和Z — two bodies joined by 和;
- 由X配合Y等部门开展: Y carries the item (lead_units, named by their field where 等部门 closes the list), X assists;
- a bracket that closes with the places that carry it out (……按职责分工负责，各市、县〔区〕落实): those places name no body;
- a 责任分工： line run onto the 参与单位： line above it ends the names;
- a damaged copy: 附件 alone on a line, its colon cut off by a page break, is not joined to the role's line above.
"""

import pytest

from kexie.reader.clean import clean
from kexie.reader.responsibility import _names, read_responsibility

FIELDS = ("lead_leaders", "responsible_leaders", "departments", "lead_units", "partner_units")


def _read(text):
    r, _ = read_responsibility(text)
    return {f: getattr(r, f) for f in FIELDS if getattr(r, f)} if r else {}


# (the item's text, what it assigns)
PROSE = [
    # the real lines (a provincial bureau's task-division plan)
    ("副省长与集团面对面交流、谈心对话。由煤监一处牵头负责，办公室配合。", {"departments": ["煤监一处", "办公室"]}),
    ("省安委会有关成员单位领导与企业厂长面对面交流、谈心对话。由协调处负责协调调度。", {"departments": ["协调处"]}),
    ("开展“百名安监干部进百家企业”活动\n进行普法宣传和执法检查。由各巡视督导组分别负责，6月16日分别到督导地区的企业参加宣讲和检查。",
     {"departments": ["各巡视督导组"]}),
    ("播放安全生产公益广告\n6月份每天黄金时段，在卫视播放公益广告。由宣教办和教育中心负责。",
     {"departments": ["宣教办"], "lead_units": ["教育中心"]}),
    ("打造网络专题精品节目\n继续办好三个平台和栏目。由人事处（宣教办）和教育中心负责。",
     {"departments": ["人事处（宣教办）"], "lead_units": ["教育中心"]}),
    ("“安全行”活动\n对进展情况进行采访报道，曝光一批违法企业。由暗访办、教育中心负责。",
     {"departments": ["暗访办"], "lead_units": ["教育中心"]}),
    ("开展行业性活动\n深入开展“安康杯”竞赛等传统活动。由协调处、宣教办配合工会、共青团、妇联、教育、交通运输和公安消防等部门开展。",
     {"departments": ["协调处", "宣教办"], "lead_units": ["工会", "共青团", "妇联", "教育", "交通运输", "公安消防"]}),
    # written alike: a body with its level keeps its partner a partner; a lead unit's partner office stays a partner
    ("开展科普活动。由市科技局牵头，市财政局配合。", {"lead_units": ["市科技局"], "partner_units": ["市财政局"]}),
    ("开展科普活动。由市科技局牵头，办公室配合。", {"lead_units": ["市科技局"], "partner_units": ["办公室"]}),
    ("开展科普活动。由区人居办负责。", {"lead_units": ["区人居办"]}),
    # 配合 without bodies after it, or not closed by 等部门 and naming no body, assigns nothing this way
    ("开展科普活动。由宣教办配合做好宣传。", {}),
    ("开展科普活动。由协调处配合各地开展。", {}),
]


@pytest.mark.parametrize("text,expected", PROSE)
def test_prose_of_a_task_division(text, expected):
    assert _read(text) == expected


BRACKETS = [
    # the real annotation (a region's 工作要点)
    ("1.深化健康促进与教育。全区居民健康素养水平提高到26%以上。（自治区卫生健康委牵头，宣传部、网信办、教育厅、总工会、妇联、"
     "红十字会、广播电视局按职责分工负责，各市、县〔区〕落实）",
     {"lead_units": ["自治区卫生健康委"],
      "partner_units": ["宣传部", "网信办", "教育厅", "总工会", "妇联", "红十字会", "广播电视局"]}),
    ("1.开展科普宣传。（市科协牵头，市教育局配合，各县（区）组织实施）",
     {"lead_units": ["市科协"], "partner_units": ["市教育局"]}),
    # without the closing clause, as before
    ("1.开展科普宣传。（市科协牵头，市教育局配合）", {"lead_units": ["市科协"], "partner_units": ["市教育局"]}),
]


@pytest.mark.parametrize("text,expected", BRACKETS)
def test_bracket_closing_with_the_places_that_carry_it_out(text, expected):
    assert _read(text) == expected


# 和 between two bodies splits them; inside one body's name it does not
AND_NAMES = [
    ("人事处（宣教办）和教育中心", ["人事处（宣教办）", "教育中心"]),
    ("市委宣传部和市科学技术协会", ["市委宣传部", "市科学技术协会"]),
    ("市发展和改革委员会", ["市发展和改革委员会"]),
    ("市住房和城乡建设局", ["市住房和城乡建设局"]),
]


@pytest.mark.parametrize("value,expected", AND_NAMES)
def test_two_bodies_joined_by_and(value, expected):
    assert _names(value) == expected


def test_division_of_work_label_ends_the_partners():
    # the real lines (a city bureau's activity plan), the blank line between them lost where the copy joined them
    text = ("开展“气象台站开放日”活动\n活动时间：3月20-25日\n牵头单位：市气象学会\n参与单位：市气象台、气象站、公共气象服务中心、"
            "办公室、业务科、各县局责任分工：市气象学会负责开放活动的组织协调，负责联系学校和学生参观，安排讲解员讲解；")
    assert _read(text) == {"lead_units": ["市气象学会"],
                           "partner_units": ["市气象台", "气象站", "公共气象服务中心", "办公室", "业务科", "各县局"]}


@pytest.mark.parametrize("label", ["附件", "附表"])
def test_end_label_alone_is_not_joined_to_the_role_line(label):
    # the real lines of a damaged copy (a provincial association's letter): the page break cut 附件 from its colon
    text = f"五、其他：\n\n本次活动协办单位：江苏省青少年科技教育协会          \n\n{label}\n\n:1、院士专家科普报告进校园活动有关要求\n"
    assert "协会" + label not in clean(text)


def test_a_word_cut_by_a_page_break_is_still_joined():
    # (the rule 附件 is kept from: a line of two characters or less after an open line is the rest of its word)
    assert "总局副局长" in clean("成员：国家税务总局副局\n\n长\n")
