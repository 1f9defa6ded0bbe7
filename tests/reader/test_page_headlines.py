"""The conventions of a web page's headline and of its kind (round 18), each on real lines of the corpus, and where
each must not fire: an essay site's dressed title, a title run into the first sentence, a headline at the end of the
breadcrumb, a report that opens with its purpose, a plan known by its sections, a headline that reports an event."""

from pathlib import Path

import pytest

from kexie.reader import header as H
from kexie.reader import page, parse
from kexie.reader import patterns as P
from kexie.reader.clean import clean
from kexie.reader.document import NEWS_WITHOUT_HEADLINE, parse_text

DOCS = Path(__file__).parent / "corpus" / "docs"


def corpus_doc(stem):
    return parse(next(DOCS.glob(stem + ".*")))


# an essay site dresses the document's name; the name under the dress says the kind
@pytest.mark.parametrize("title, core", [
    ("最新2021年乡镇科技工作计划范文（三）", "2021年乡镇科技工作计划"),  # wuyouwenku
    ("2023年全县科协工作方案3篇", "2023年全县科协工作方案"),  # wnwk
    ("最新科普展馆建设实施方案范文简短（大全20篇）", "科普展馆建设实施方案"),  # meidekan
    ("科技活动周实施方案【最新10篇】", "科技活动周实施方案"),  # chayi5
    ("全国科普日活动方案（通用20篇）", "全国科普日活动方案"),  # oriental01
    ("全国科普日主题活动方案万能篇1", "全国科普日主题活动方案"),  # xuexila
    # not dressed: a bracket or a number alone, a dress word inside the name, a 公文's own title
    ("社區開展科普活動方案1", "社區開展科普活動方案1"),
    ("关于征集优秀科普作品的通知", "关于征集优秀科普作品的通知"),
    ("沛县印发《沛县全民科学素质行动计划纲要实施方案(2011-2015)》", "沛县印发《沛县全民科学素质行动计划纲要实施方案(2011-2015)》"),
    ("2020年度乡镇科普工作计划", "2020年度乡镇科普工作计划"),
])
def test_an_essay_sites_dressed_title_names_the_kind_under_the_dress(title, core):
    assert P.essay_core(title) == core


@pytest.mark.parametrize("lines, title", [
    # cornels (simplified, as the reader reads it): the plan's name, then 为认真贯彻…
    (["下载本文档", "版权说明：本文档由用户提供并上传，收益归属内容提供方，若内容存在侵权，请进行举报或认领", "文档简介",
      "科技志愿队伍的组建方案为认真贯彻落实**相关要求，充分发挥广大科技工作者在推动社会文明进步中的积极作用"],
     "科技志愿队伍的组建方案"),
    # wnwk: a chunk number, the collection's title and its 第一篇, then 2023年，…
    (["1、2023年全县科协工作方案3篇第一篇2023年，全县科协工作的总体要求是：高举中国特色社会主义伟大旗帜"],
     "2023年全县科协工作方案3篇"),
    # no title before the opener: a report's purpose clause, a plan's preamble, a year that opens a sentence
    (["为迎接第九个“全国科技工作者日”，5月20日，焦作孟州市科协班子召开专题会议研究部署“全国科技工作者日”活动"], None),
    (["根据丰都县加强科技工作的相关文件和会议精神，结〃合树人实际，现制定2021年科技工作计划如下："], None),
    (["2016年是“十三五”开局之年，是全面建成小康社会决胜阶段的起步之年。"], None),
])
def test_a_title_run_into_the_first_sentence_ends_at_its_kind_word(lines, title):
    assert H._title_run_into_text(lines)[0] == title


@pytest.mark.parametrize("lines, headline", [
    (["当前位置：首页 > 新闻栏目>县市区科协>沙市力争科普工作全覆盖2019年荆州市全国科普日活动在我区举行",
      "被阅读7057次，日期：2019-09-24 09:41:19"], "沙市力争科普工作全覆盖2019年荆州市全国科普日活动在我区举行"),
    # a path that ends in a column's name, and a path without arrows, give no headline
    (["当前位置：首页 > 新闻栏目>科协动态", "日期：2010-03-17 08:00:00"], None),
    (["您当前所在位置：河南省科学技术协会科学普及河南省农村专业技术协会", "来源：省农技协时间： 2025-02-05"], None),
])
def test_a_headline_at_the_end_of_the_breadcrumb_over_the_meta_line(lines, headline):
    assert page.headline_in_path(lines)[0] == headline


@pytest.mark.parametrize("line, furniture", [
    ("- 14.02 KB", True),
    ("- 2021-04-17发布", True),
    ("格式：DOC 上传日期：2023-11-21 16:00:50页码：14", True),
    ("2021年4月17日", False),  # a signature's date is the document's
])
def test_a_document_sites_file_lines_are_furniture(line, furniture):
    assert P.web_furniture(line) is furniture


@pytest.mark.parametrize("first, report", [
    ("为迎接第九个“全国科技工作者日”，5月20日，焦作孟州市科协班子召开专题会议研究部署“全国科技工作者日”活动", True),
    ("9月19日，由荆州市科学技术协会、中共荆州市委宣传部……举办", True),
    # what is yet to be held is a notice's; a purpose clause without the day is a plan's preamble
    ("为做好2024年全国科普日活动，9月20日，市科协将举办科普嘉年华", False),
    ("为了确保活动顺利进行，常常需要预先制定活动方案，活动方案是对具体将要进行的活动进行书面的计划。", False),
])
def test_a_report_may_open_with_its_purpose_before_the_day(first, report):
    assert P.opens_as_report([first]) is report


FUPINDAI_HEADS = "一、指导思想\n以培养学生的创新精神为核心。\n二、活动主题\n科技筑梦创新成长\n三、活动时间\n20xx 年7月1日至12月30日\n" \
                 "四、科技节组委会\n组长：\n五、活动内容\n"


@pytest.mark.parametrize("text, sections", [
    (FUPINDAI_HEADS, 2),
    # a meeting notice's sections (sysu) and an activity notice's (gslryl) are no plan's
    ("一、会议时间\n二、会议地点\n三、参会人员\n四、会议内容\n", 0),
    ("一、活动时间:2021年4月10日-5月20日\n二、活动对象:全体学生\n", 0),
])
def test_a_plan_is_known_by_the_sections_only_a_plan_has(text, sections):
    assert P.plan_sections(text) == sections


# 93gov's and bast's headlines report an event; a summary's, a plan's and a 公文's titles name the document
EVENT_HEADLINES = ("韩启德主席出席中国科协七届二次全会并做工作报告", "北京市科协领导听取科普专委会秘书处工作汇报")
DOCUMENT_TITLES = ("县科协201*年工作总结", "中国科协2017年学会改革工作要点",
                   "广东省科协关于开展《中共广东省委广东省人民政府关于加强新时期科普工作的意见》宣讲活动的通知")


@pytest.mark.parametrize("title", EVENT_HEADLINES + DOCUMENT_TITLES)
def test_a_headline_whose_kind_word_is_what_was_done_at_an_event(title):
    assert P.headline_of_an_event(title) is (title in EVENT_HEADLINES)


@pytest.mark.parametrize("stem, doc_type, title", [
    ("93gov-2007-cast-plenary-han-qide-news", "news", "韩启德主席出席中国科协七届二次全会并做工作报告"),
    ("hast-2025-mengzhou-workers-day-meeting-news", "news", None),
    ("fupindai-school-science-festival-project-leads-plan", "plan", None),
    ("meidekan-suyu-school-science-day-plan-group", "plan", "最新科普展馆建设实施方案范文简短（大全20篇）"),
    ("wuyouwenku-2021-shuren-town-tech-plan-group", "plan", "最新2021年乡镇科技工作计划范文（三）"),
    ("wnwk-2023-county-association-work-plan", "plan", "2023年全县科协工作方案3篇"),
    ("cornels-district-tech-volunteer-team-plan", "plan", "科技志愿隊伍的組建方案"),
    ("changzhi-2022-association-work-points-notice", "notice", None),
])
def test_the_kind_and_title_of_pages_the_header_rules_were_not_written_from(stem, doc_type, title):
    doc = corpus_doc(stem)
    assert (doc.doc_type, doc.title) == (doc_type, title)


def test_an_upload_day_dates_no_document():
    assert corpus_doc("meidekan-suyu-school-science-day-plan-group").date is None


def test_a_notice_that_sends_its_points_as_印制下发_names_them_and_is_signed_under_lost_spaces():
    doc = corpus_doc("changzhi-2022-association-work-points-notice")
    assert (doc.issuer, doc.date) == ("長治市科學技術協會", "2022-07-18")
    assert doc.enclosed_title in ("長治市科學技術協會2022年工作要點", "長治市學技術2022年工作要點")


@pytest.mark.parametrize("raw, cleaned", [
    ("正文。\n\n????????????????長治市科學技術協會\n\n???????????????2022年7月18日", "正文。\n\n長治市科學技術協會\n\n2022年7月18日"),
    # question marks inside a line, or fewer than four, are the text's
    ("你知道什么是科普吗???", "你知道什么是科普吗？??"),
    ("???科普", "??？科普"),
])
def test_a_run_of_question_marks_at_a_lines_start_is_lost_indentation(raw, cleaned):
    assert clean(raw) == cleaned


def test_a_news_item_without_headline_says_so_and_takes_no_sentence_for_it():
    doc = corpus_doc("hast-2025-mengzhou-workers-day-meeting-news")
    assert doc.title is None and NEWS_WITHOUT_HEADLINE in doc.warnings
    doc = parse_text("1月16日，中国科协七届二次全会在北京铁道大厦开幕。\n这次会议的主要任务是，回顾总结2006年的工作。")
    assert doc.title is None
