"""Round 23, fourth wave: header fields the thirty-second and thirty-third sets showed (a 字号 in brackets after a
web headline, a repost's posting day years after the title's year, a quotation banner and a glued posting time above
a headline, plain text in stray markup, a report above the document it tells of, a post's cry above its document, a
byline with a view count, a site's name over a title, a title line ending on its year)."""
import pytest

from kexie.reader import parse, parse_text
from kexie.reader import patterns as P
from kexie.reader.clean import clean
from kexie.reader.document import REPOSTED_LATER


# ---------------------------------------------------------------- the 字号 a web page prints after the headline
@pytest.mark.parametrize("head, title, number", [
    # techchn-2023-13: the city bureau's 印发 notice
    ("桂林市科学技术局关于印发《2023年桂林市工作方案》的通知(市科〔2023〕13号)",
     "桂林市科学技术局关于印发《2023年桂林市工作方案》的通知", "市科〔2023〕13号"),
    ("关于开展2022年科普日活动的通知（川科协发[2022]5号）", "关于开展2022年科普日活动的通知", "川科协发〔2022〕5号"),
    # a bracket that holds no number is the title's own
    ("关于举办科普讲座的通知（第二轮）", "关于举办科普讲座的通知（第二轮）", None),
])
def test_a_number_in_brackets_after_the_headline_is_the_documents_own(head, title, number):
    doc = parse_text(head + "\n\n各县（市、区）科协，市直有关单位：\n\n现将有关事项通知如下，请按要求抓好落实。\n\n"
                     "某某市科学技术局\n\n2023年5月12日\n")
    assert (doc.title, doc.doc_number) == (title, number)
    assert doc.doc_number not in doc.references


# ---------------------------------------------------------------- a copy posted years after the title's year
@pytest.mark.parametrize("title, posted, date", [
    ("2014年湖南科技活动周实施方案", "2020-10-23", None),  # youxiua-2014: an essay site's repost
    ("2014年湖南科技活动周实施方案", "2015-01-10", "2015-01-10"),  # a year after: may be the plan's own posting
    ("2021年—2025年全民科学素质实施方案", "2023-03-01", "2023-03-01"),  # within the period the title names
    ("湖南科技活动周实施方案", "2020-10-23", "2020-10-23"),  # no year named: nothing to compare
])
def test_a_posting_day_years_after_the_titles_year_dates_no_document(title, posted, date):
    doc = parse_text(f"{title}\n\n来源:高二 发布时间:{posted} 点击:\n\n  {title}\n\n 根据科技部的统一部署，"
                     "科技活动周将于5月17至24日在全国范围内举行。\n\n 一、组织机构\n\n 由组委会统一领导。\n")
    assert doc.date == date
    assert (REPOSTED_LATER % posted in doc.warnings) == (date is None)


# ---------------------------------------------------------------- a quotation banner, a posting time glued on
def test_a_quotations_speaker_closes_its_line():
    text = ("……真正成为党领导下团结联系广大科技工作者的人民团体，成为科技创新的重要力量。 ——习近平\n"
            "抗击疫情省级学会在行动(之三)\n")
    assert clean(text).split("\n")[1] == "抗击疫情省级学会在行动（之三）"


def test_a_posting_time_glued_to_the_first_item_stands_apart():
    # jlskx-2020: the 1. glued to the time's seconds, the time to the deck
    text = ("抗击疫情省级学会在行动(之三)\n——吉林省科协所属省级学会疫情防控工作 2020年2月4日汇编 2020-02-08 15:46:411."
            "吉林省健康管理学会:发出倡议书,号召会员众志成城、共克时艰。\n2.吉林省林学会:积极调度各会员单位疫情防控工作。\n")
    lines = clean(text).split("\n")
    assert lines[1:4] == ["——吉林省科协所属省级学会疫情防控工作2020年2月4日汇编", "2020-02-08 15:46:41",
                          "1.吉林省健康管理学会：发出倡议书，号召会员众志成城、共克时艰。"]
    doc = parse_text(text)
    assert (doc.doc_type, doc.title) == ("news", "抗击疫情省级学会在行动（之三）")


def test_a_time_with_seconds_followed_by_figures_only_is_left_alone():
    assert clean("发布时间：2020-02-08 15:46:41 点击：1234\n") == "发布时间：2020-02-08 15:46:41点击：1234"


# ---------------------------------------------------------------- plain text in stray markup
SPAM_PAGE = """• <ul id="m2nvw"><meter id="m2nvw"></meter></ul>
      <strike id="m2nvw"><listing id="m2nvw"><em id="m2nvw"></em></listing></strike>

      您所在的位置:首頁> 新聞資訊 >最新政策

      關于公布2021年度山西省科普基地認定名單的通知

      2022年05月05日

      各市科技局、省直有關部門、各有關單位:

      經形式審查、專家評審、現場考察和名單公示等程序,現公布2021年度山西省科普基地認定名單(詳見附件)。

      山西省科學技術廳

      2022年4月28日
"""


def test_blank_lines_inside_one_run_of_text_part_its_paragraphs():
    doc = parse(SPAM_PAGE.encode("utf-8"), "page.html")
    assert (doc.doc_type, doc.title, doc.issuer, doc.date) == (
        "notice", "關于公布2021年度山西省科普基地認定名單的通知", "山西省科學技術廳", "2022-04-28")


def test_blank_lines_between_elements_are_mere_spacing():
    page = "<html><body><p><span>现将有关事项</span>\n\n<span>通知如下。</span></p></body></html>"
    assert parse(page.encode("utf-8"), "page.html").text == "现将有关事项通知如下。"


# ---------------------------------------------------------------- a report above the document it tells of
REPORT_THEN_PLAN = (
    "日前，宁夏回族自治区政府办公厅印发了《宁夏回族自治区全民科学素质行动规划纲要实施方案(2021年—2025年)》，"
    "对“十四五”时期全民科学素质工作进行了全面部署。\n"
    "下一步，相关部门将推动《实施方案》的全面落实。\n"
    "宁夏回族自治区全民科学素质行动规划纲要实施方案(2021年—2025年)\n"
    "为贯彻落实国务院《全民科学素质行动规划纲要(2021年—2035年)》，制定本实施方案。\n"
    "一、指导思想、原则和工作目标\n(一)指导思想。\n坚持以人民为中心。\n")


def test_the_document_a_report_tells_of_printed_under_it_gives_the_title():
    doc = parse_text(REPORT_THEN_PLAN)
    assert (doc.doc_type, doc.title) == ("plan", "宁夏回族自治区全民科学素质行动规划纲要实施方案（2021年—2025年）")


def test_a_notice_that_issues_the_document_gives_no_title_from_it():
    doc = parse_text("各县科协：\n现将《2023年科普工作要点》印发给你们，请认真贯彻落实。\n市科协\n2023年5月6日\n"
                     "2023年科普工作要点\n一、总体要求\n各单位要认真组织实施。\n")
    assert doc.title is None and doc.doc_type == "notice"


@pytest.mark.parametrize("title", ["实施方案（2021年—2025年）", "实施方案（2021—2025年）", "工作要点（2023年）"])
def test_a_period_with_both_years_marked_qualifies_a_title(title):
    assert P.TITLE_END.search(title)


# ---------------------------------------------------------------- a post's cry, a byline, a site's name
def test_a_posts_cry_above_the_document_it_carries_is_no_title():
    # twgreatdaily-2020
    doc = parse_text("命名决定!\n\n2020-03-26     美好滁州\n\n关于命名2020-2024年滁州市\n\n科普教育基地的通知\n\n"
                     "各县、市、区科协,各有关单位:\n\n现决定命名滁州市特种设备科普教育基地等11家单位为滁州市科普教育基地。\n\n"
                     "滁州市科学技术协会\n\n2020年3月19日\n")
    assert (doc.doc_type, doc.title) == ("notice", "关于命名2020-2024年滁州市科普教育基地的通知")


def test_a_headline_that_cries_out_is_a_headline():
    doc = parse_text("喜报!三门峡市科技局机关党建工作获奖\n近日,全市机关党建工作会议召开,我局荣获“机关党建目标管理先进单位”"
                     "称号,科技创新促进中心党支部被授予2023年度“五星级”标兵党支部。\n2023年以来,市科技局以党的建设高质量推动科技"
                     "创新高质量发展。\n")
    assert (doc.doc_type, doc.title) == ("news", "喜报！三门峡市科技局机关党建工作获奖")


@pytest.mark.parametrize("line, byline", [
    ("新特光电集团 2008-01-15 817", True),  # company, day, view count
    ("2020-03-26     美好滁州", True),  # a WeChat post: day, account
    ("科技工作者之家 2018-01-04", True),
    ("2022年4月13日印发", False),  # a document's imprint
    ("2020-03-26至2020-04-30", False),
])
def test_a_byline_under_a_headline(line, byline):
    assert bool(P.BYLINE_DAY.match(line)) == byline


def test_a_headline_over_its_byline_runs_into_no_blurb_above():
    doc = parse_text("新特光电集团\n\n公司新闻\n\n报道公司领导重要活动,反映公司最新动态、新品发布、参展信息及重要事件\n"
                     "东湖开发区科协成立\n新特光电集团 2008-01-15 817\n\n1月15日,东湖开发区科学技术协会正式成立。成立大会上,"
                     "选举了主席、副主席、秘书长和委员,并一致通过了协会章程。\n")
    assert (doc.doc_type, doc.title, doc.date) == ("news", "东湖开发区科协成立", "2008-01-15")


def test_a_sites_name_is_no_part_of_the_title():
    doc = parse_text("法搜网--中国法律信息搜索网\n中国科学技术协会、财政部关于组织开展2007年“科普惠农兴村计划”项目申报推荐工作的通知\n\n"
                     "中国科学技术协会、财政部关于组织开展2007年“科普惠农兴村计划”项目申报推荐工作的通知\n(科协发普字[2007]34号)\n\n\n"
                     "省(自治区、直辖市和兵团)科协、财政(务)厅(局):\n  2006年启动实施“科普惠农兴村计划”以来,取得了良好的效果。\n")
    assert doc.title == "中国科学技术协会、财政部关于组织开展2007年“科普惠农兴村计划”项目申报推荐工作的通知"
    assert doc.doc_number == "科协发普字〔2007〕34号"


def test_a_title_line_that_ends_on_its_year_goes_on():
    # wenmingmy-2021: every line a block of its own
    doc = parse_text("banner\n\n【创城进行时】密云区图书馆创城手拉手2021年全国科普日系列活动\n\n"
                     "更新时间:2021-09-11 17:19:00点击次数:506次\n\n密云区图书馆创城手拉手2021年\n\n全国科普日系列活动方案\n\n\n"
                     "为进一步宣传贯彻落实《全民科学素质行动计划纲要》,密云区图书馆决定开展全国科普日系列活动。\n\n"
                     "具体方案如下:\n\n一、活动名称\n\n全国科普日系列活动。\n")
    assert doc.title == "密云区图书馆创城手拉手2021年全国科普日系列活动方案"


def test_a_title_line_that_ends_on_a_network_is_no_sites_name():
    doc = parse_text("关于加快农村电网\n改造升级的通知\n\n各县（市、区）发展改革局：\n\n现将有关事项通知如下。\n")
    assert doc.title == "关于加快农村电网改造升级的通知"
