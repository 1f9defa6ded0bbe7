"""Round 22: gathered pages by the conventions of a paper's 动态 column, not by the corpus's two pages.

A page (a paper's page, a 简报's or a site's 各地动态/工作动态/学会动态 column) that prints several short reports, each
under its own headline line — the headline opening with its unit (某市科协……, 【某市科协】……, 某学会：……) or marked with
■/◆/●/▲, each item with its own lead (本报讯, 讯) or reporter's byline ((记者 …), (通讯员 …)), or printed as its unit's
paragraph (【某市科协】3月1日，……) — is read as segments, one per item, each under the body it is about; its outline is
[] and its title, issuer and date null. The items below are the headlines and first paragraphs of real development
documents (宿州, 梧州万秀, 新乡, 中国光学学会, 合水 reports), set in each layout; the negatives are one report whose
paragraphs open with bodies, a notice in sections, a report with 一是/二是 and a report with ■ subheads."""

import re
from pathlib import Path

import pytest

from kexie.reader import parse, parse_text
from kexie.reader.clean import clean

# (headline, first paragraph, unit) of five development reports
ITEMS = [
    ("宿州市科协召开全市科协工作会议",
     "2月17日上午，宿州市科协召开全市科协工作会议，市科协党组书记、主席主持会议并作工作报告。", "宿州市科协"),
    ("梧州市万秀区科协开展科普进社区活动",
     "12月27日，梧州市万秀区科协在东正社区开展科普知识宣传活动，吸引了80多名党员和居民群众前来参与。", "梧州市万秀区科协"),
    ("新乡市科协传达学习省科协九届三次全会精神",
     "4月7日，新乡市科协召开工作会议，传达学习省科协九届三次全委会精神。市科协党组成员、副主席主持会议，市科协全体干部参加会议。",
     "新乡市科协"),
    ("2019年中国光学学会专业委员会工作会议在京召开",
     "12月1日，2019年中国光学学会专业委员会工作会议在北京顺利召开。学会23个专业委员会的31名主任委员、副主任委员或秘书长及工作人员参加了此次会议。",
     "中国光学学会"),
    ("合水县科协召开上半年工作总结会议",
     "近日，合水县科协召开2024上半年工作总结和下半年工作安排部署会议，会议由县科协主席主持，全体干部职工参加。", "合水县科协"),
]


def _rest(headline: str, unit: str) -> str:
    """The headline after its unit (2019年中国光学学会专业委员会工作会议在京召开 → 专业委员会工作会议在京召开)."""
    return headline.split(unit, 1)[1] if unit in headline else headline


# each layout: the lines one item is printed as (its index, headline, paragraph, unit)
LAYOUTS = {
    "headline_over_dated_report": lambda i, h, p, u: [h, p],
    "benbao_lead_with_reporter": lambda i, h, p, u: [h, "本报讯（记者 张某）" + p],
    "benbao_lead": lambda i, h, p, u: [h, "本报讯 " + p],
    "xun_lead": lambda i, h, p, u: [h, "讯 " + p],
    "square_bullet": lambda i, h, p, u: ["■" + h, p],
    "diamond_bullet": lambda i, h, p, u: ["◆" + h, p],
    "dot_bullet": lambda i, h, p, u: ["●" + h, p],
    "triangle_bullet": lambda i, h, p, u: ["▲" + h, p],
    "correspondent_byline_line": lambda i, h, p, u: [h, p, "（通讯员 李某）"],
    "reporter_line_under_headline": lambda i, h, p, u: [h, "本报记者　张某　通讯员　李某", p],
    "reporter_line_then_lead": lambda i, h, p, u: [h, "本报记者 张某", "本报讯 " + p],
    "reporter_byline_inline": lambda i, h, p, u: [h, p + "（记者 王某 通讯员 李某）"],
    "column_name_over_items": lambda i, h, p, u: (["各地动态"] if i == 0 else []) + [h, p],
    "work_column_name": lambda i, h, p, u: (["工作动态"] if i == 0 else []) + [h, p],
    "bracketed_unit_headline": lambda i, h, p, u: ["【" + u + "】" + _rest(h, u), p],
    "unit_colon_headline": lambda i, h, p, u: [u + "：" + _rest(h, u), p],
    "bracketed_unit_paragraph": lambda i, h, p, u: ["【" + u + "】" + p],
    "unit_line_over_headline": lambda i, h, p, u: [u, _rest(h, u), "本报讯 " + p],
}
MASTHEADS = ["", "来源：某某日报　发布时间：2023-05-26\n"]


def _page(layout: str, items, sep: str) -> str:
    lines = []
    for i, (h, p, u) in enumerate(items):
        lines += LAYOUTS[layout](i, h, p, u)
    return sep.join(lines) + "\n"


@pytest.mark.parametrize("count", [3, 4, 5])
@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_page_gathering_short_items_is_read_item_by_item(layout, sep, count):
    items = ITEMS[:count]
    doc = parse_text(_page(layout, items, sep))
    assert doc.doc_type == "news"
    assert [s.unit for s in doc.segments] == [u for _, _, u in items]
    assert doc.outline == [] and doc.title is None and doc.issuer is None and doc.date is None
    if layout == "bracketed_unit_paragraph":
        assert all(s.heading is None for s in doc.segments)
    else:
        # the headline as printed, without the mark the column sets before it
        assert [s.heading.lstrip("【").replace(u + "】", "").replace(u + "：", "") for s, (_, _, u)
                in zip(doc.segments, items)] == [_rest(h, u) if layout.startswith(("bracketed", "unit_")) else h
                                                  for h, _, u in items]
    for seg, (_, p, _) in zip(doc.segments, items):
        assert p[:20] in seg.text


@pytest.mark.parametrize("masthead", MASTHEADS)
def test_the_page_masthead_dates_the_page_and_items_keep_their_units(masthead):
    doc = parse_text(masthead + _page("benbao_lead_with_reporter", ITEMS[:4], "\n"))
    assert [s.unit for s in doc.segments] == [u for _, _, u in ITEMS[:4]]
    assert doc.date == ("2023-05-26" if masthead else None)


# a city daily's page names its city's bodies by level (市科协, 市医学会): each item is its paper's own (本报讯, 记者)
CITY_ITEMS = [
    ("市科协召开全委会议", "本报讯（记者 张某）3月1日，市科协召开九届三次全委会议，总结2023年工作，部署2024年重点任务。", "市科协"),
    ("市医学会举办基层医师培训班", "本报讯（通讯员 李某）3月2日，市医学会在市人民医院举办基层医师培训班，全市120余名乡村医生参加培训。", "市医学会"),
    ("市老科协开展科普进校园活动", "本报讯（记者 王某）3月3日，市老科协组织老专家走进市实验小学，为600余名师生作科普报告。", "市老科协"),
    ("县科协召开学会工作会议", "本报讯（通讯员 赵某）3月4日，县科协召开全县学会工作会议，20个县级学会负责人参加会议。", "县科协"),
    # an item about a bureau (no association named): the bureau is its unit
    ("科技成果对接会在高新区举行", "本报讯（记者 孙某）3月5日，市科技局在高新区举办科技成果对接会，30余家企业与高校院所现场签约。", "市科技局"),
]


def test_a_city_paper_page_of_bodies_named_by_level_is_gathered_by_its_leads():
    doc = parse_text("\n".join(x for h, p, _ in CITY_ITEMS for x in (h, p)) + "\n")
    assert [s.unit for s in doc.segments] == [u for *_, u in CITY_ITEMS]
    assert doc.title is None and doc.outline == []


def test_the_same_page_without_the_papers_leads_is_one_bodys_page_not_gathered():
    page = "\n".join(x for h, p, _ in CITY_ITEMS for x in (h, p.split("）", 1)[1])) + "\n"
    assert parse_text(page).segments == []


def test_a_papers_lead_opens_its_own_line_and_never_goes_on_from_the_headline():
    text = clean("新乡市科协传达学习省科协九届三次全会精神\n讯4月7日，新乡市科协召开工作会议，传达学习省科协九届三次全委会精神。\n")
    assert text.split("\n")[1].startswith("讯4月7日")


NOT_GATHERED = {
    # one meeting's report: 市科协, 市教育局, 市卫健委 … each speak in a paragraph of their own
    "one_meeting_bodies_speak": (
        "市科协召开全市科普工作联席会议\n"
        "本报讯（记者 张某）3月5日，市科协召开全市科普工作联席会议，总结2023年科普工作，部署2024年重点任务。\n"
        "市科协党组书记在会上通报了全市公民科学素质调查情况，并就做好今年科普工作提出要求。\n"
        "市教育局负责同志介绍了青少年科技教育工作开展情况，表示将持续推进科学教育进校园。\n"
        "市卫健委负责同志就健康科普工作作了发言，提出要进一步丰富健康科普内容。\n"
        "宿州市科协负责同志表示，将积极推动科研机构向公众开放，加强科普基地建设。\n"),
    # one meeting's report, each body's words after its name and a colon
    "one_meeting_bodies_colon": (
        "发布时间：2024-03-06　来源：本站\n"
        "市科协召开全市科普工作联席会议\n"
        "3月5日，市科协召开全市科普工作联席会议，总结2023年科普工作，部署2024年重点任务。\n"
        "市教育局：近日已制定青少年科技教育工作方案，将持续推进科学教育进校园。\n"
        "市卫健委：近日组织健康科普专家巡讲，进一步丰富健康科普内容，扩大覆盖面。\n"
        "宿州市科协：近日推动科研机构向公众开放，加强科普基地建设，提升科普服务能力。\n"),
    # a notice in sections
    "notice_sections": (
        "关于开展2024年全国科普日活动的通知\n"
        "各县（市、区）科协，市级各学会：\n"
        "为做好2024年全国科普日活动，现将有关事项通知如下。\n"
        "一、活动主题\n提升全民科学素质，协力建设科技强国。\n"
        "二、活动时间\n2024年9月15日至9月25日。\n"
        "三、工作要求\n各县（市、区）科协要结合本地实际，组织开展形式多样的科普活动，并于10月10日前报送活动总结。\n"
        "宿州市科学技术协会\n2024年8月20日\n"),
    # one report with 一是/二是
    "report_yishi_ershi": (
        "宿州市科协召开全市科协工作会议\n"
        "本报讯　2月17日上午，宿州市科协召开全市科协工作会议，市科协党组书记、主席主持会议并作工作报告。\n"
        "会议要求，一是要深入学习贯彻党的二十大精神，坚定不移用党的创新理论武装头脑；二是要在全市科协系统掀起学习热潮；"
        "三是要抓好科普阵地建设。\n"
        "市科协领导班子成员、机关全体干部参加会议。\n"),
    # one report whose parts stand under ■ subheads
    "report_bulleted_subheads": (
        "宿州市科协召开全市科协工作会议\n"
        "2月17日上午，宿州市科协召开全市科协工作会议，市科协党组书记、主席主持会议并作工作报告。\n"
        "■聚焦服务科技工作者\n"
        "一年来，宿州市科协坚持服务科技工作者，举办各类学术交流活动20余场，推荐优秀科技工作者参评省级荣誉。\n"
        "■聚焦服务全民科学素质\n"
        "一年来，宿州市科协组织开展科普进社区、进校园活动150余场，受众10万余人次。\n"),
    # a plan's duties, each body's paragraph opening with its name in 【】
    "plan_duties_bracketed_units": (
        "来源：本站\n"
        "全市科技活动周实施方案\n"
        "【宿州市科协】负责活动周的总体组织协调，制定活动方案，统筹安排重点示范活动，做好宣传报道和总结工作。\n"
        "【梧州市万秀区科协】负责组织各级学会、科普教育基地开展科普活动，组织科技志愿者深入基层开展科普服务。\n"
        "【新乡市科协】负责组织全市中小学校开展科技教育活动，组织学生参观科普教育基地，开展科学实验等活动。\n"),
    # a society's report with one photo line naming the society under its text
    "report_with_society_caption": (
        "发布时间：2024-01-03\n"
        "【学会动态】中国科协创新融合学会联合体主席团会议在学会会员之家召开\n"
        "2023年12月28日上午，中国科协创新融合学会联合体主席团会议在学会会员之家召开，联合体各成员学会负责人参加会议。\n"
        "2024年联合体执行秘书长中国复合材料学会某某\n"
        "新任执行秘书长讲话：中国复合材料学会很荣幸担任联合体2024年执行秘书长单位，将认真履行职责。\n"),
}


@pytest.mark.parametrize("shape", sorted(NOT_GATHERED))
def test_a_page_of_one_report_or_notice_is_not_gathered(shape):
    doc = parse_text(NOT_GATHERED[shape])
    assert doc.segments == [] and doc.title is not None


# a monthly list of each unit's work (the development briefing of each county's July work): its counted labels in each
# way such a list writes them; without a count a unit's label over a list is a plan's duties as well, never read
_MONTHLY = Path(__file__).parent / "corpus" / "docs" / "chuzhou-2015-county-monthly-work.txt"
_LABEL = re.compile(r"\((.)\)(\S+科协)\((\d)项\)")


def _monthly(fmt: str) -> str:
    source = _MONTHLY.read_text(encoding="utf-8")
    head, body = source.split("一、各县(市、区)7月份重点工作完成情况", 1)
    body = body[:body.find("(五)")]
    return head + "一、各县(市、区)7月份重点工作完成情况" + _LABEL.sub(
        lambda m: fmt.format(m.group(1), m.group(2), m.group(3)), body)


@pytest.mark.parametrize("fmt", ["({0}){1}({2}项)", "（{0}）{1}（{2}项）", "{0}、{1}（{2}项）", "{1}（{2}项）",
                                 "{1}（完成{2}项）"])
def test_a_monthly_list_of_units_work_is_read_by_its_counted_labels(fmt):
    doc = parse_text(_monthly(fmt))
    assert [s.unit for s in doc.segments] == ["琅琊区科协", "南谯区科协", "来安县科协", "全椒县科协"]
    assert doc.outline == [] and doc.title.startswith("各县（市、区）科协2015年7月份")


def test_a_papers_item_about_no_body_keeps_its_place_without_a_unit():
    items = [(h, "本报讯（记者 张某）" + p, u) for h, p, u in ITEMS[:3]]
    items.insert(1, ("春耕时节农技人员走进田间地头", "本报讯（记者 周某）连日来，各地抢抓农时开展春耕生产，田间地头一派繁忙景象，农技人员深入一线开展技术指导。", None))
    doc = parse_text("\n".join(x for h, p, _ in items for x in (h, p)) + "\n")
    assert [s.unit for s in doc.segments] == [u for *_, u in items]
    assert doc.segments[1].heading == "春耕时节农技人员走进田间地头"


@pytest.mark.parametrize("layout", ["benbao_lead_with_reporter", "square_bullet", "bracketed_unit_paragraph",
                                    "reporter_line_under_headline"])
def test_a_gathered_page_saved_as_html_is_read_item_by_item(layout, tmp_path):
    lines = [ln for ln in _page(layout, ITEMS, "\n").split("\n") if ln]
    page = tmp_path / "page.html"
    page.write_text("<html><head><title>某某日报</title></head><body><div>" + "".join(f"<p>{ln}</p>" for ln in lines)
                    + "</div></body></html>", encoding="utf-8")
    doc = parse(page)
    assert [s.unit for s in doc.segments] == [u for _, _, u in ITEMS] and doc.title is None
