"""News pages by the conventions of news writing (round 22): kind, headline and date.

A report carries its signs even where the page lost its headline: a dateline at the head of its first paragraph (the
medium and the day, then 讯 or 电: 湖南日报3月25日讯, 新华社北京7月8日电; or the paper's own 本报讯/本网讯/讯, with or
without the day after it), a byline in brackets (（记者 …）, （通讯员 …）, （作者…）, （文/图 …）), a photo's credit (记者 某某
摄) or caption (…开幕式现场。, …合影, …授牌). A notice's or a plan's own signs (主送, 通知如下, its sections) still win; a
site's 来源 and 责任编辑 lines alone make no report. A headline's second deck under it (a —— subtitle, or a shorter line
that tells a fact without closing on the event's verb) is not the headline; captions above the text are neither headline
nor lead. A news item is dated by its dateline's day with the year of the page's own dated line (the year before where
the day would fall after it), else the one year its first sentence names; the day after the paper's own 讯 is the event's
(the page's dated line dates the item); no year that sure, no date. An essay site's posting line (来源：网友投稿, 下面是小编
为大家整理的…) dates no document it carries.

Each rule is tested on its real lines (development documents), on variants built from development documents read
right (headline removed, captions added above, a deck added, the 讯 written otherwise, a dateline put in) and on
negatives (a notice with a 来源 line, a 简报's issue head, a meeting notice that says 记者 in a sentence)."""

import re

import pytest

from kexie.reader import parse_text
from kexie.reader import patterns as P
from kexie.reader.clean import clean
from kexie.reader.segments import is_deck
from reader_files import CORPUS


def _packed(s):
    return re.sub(r"\s+", "", s or "")


def _doc(stem):
    return (CORPUS / "docs" / f"{stem}.txt").read_text(encoding="utf-8")


# ---------- the real lines ----------
REAL = [
    # a portal's report opening with two photo captions, its dateline the medium's day and 讯, the reporters in brackets;
    # the year is the one its first sentence names for the event
    ("创新驱动科技为民——2020年“湖南科技论坛暨院士专家张家界行”活动开幕式现场。\n"
     "省科协党组书记、副主席刘小明向省级学会服务站授牌。\n"
     "红网时刻9月27日讯(记者 何青 通讯员 谢群 林逸凡)9月26日,以“创新驱动 科技为民”为主题的2020年“湖南科技论坛暨院士专家"
     "张家界行”活动在张家界举行开幕式暨主旨学术报告会。\n"
     "来自农业、医学、土木、建筑、城市建设等多个领域的百余名专家齐聚张家界,共同探讨创新驱动发展大计,服务区域经济社会高质量发展。\n",
     "news", None, "2020-09-27"),
    # the paper's own 讯 with a colon, in traditional characters; the year is named only in a later sentence: no date
    ("本網(wǎng)訊:1月15日上午,兗州區(qū)科協(xié)召開全體工作人員會議,認真貫徹落實省科協(xié)八大會議精神。會上,傳達學習了"
     "省委書記講話精神。\n2014年,區(qū)科協(xié)將重點抓好以下工作。一是大力實施科普惠農工程,推進農村科普工作深入開展。\n(丁莉)\n",
     "news", None, None),
    # the headline, its second deck, then the paper's dateline (no year on the page nor in the first sentence)
    ("湖南省科协十一届六次全委会议在长沙召开\n全省已累计建立院士工作站53个\n"
     "湖南日报3月25日讯(全媒体记者 王铭俊 周顺)今天上午,湖南省科协十一届六次全委会议在长沙召开。会议透露,目前我省已累计建立院士工作站53个。\n"
     "省科协主席代表省科协十一届常委会作2024年工作报告。会议审议通过了省科协2025年工作要点。\n",
     "news", "湖南省科协十一届六次全委会议在长沙召开", None),
]


@pytest.mark.parametrize("text, doc_type, title, date", REAL)
def test_real_reports(text, doc_type, title, date):
    doc = parse_text(text)
    assert (doc.doc_type, _packed(doc.title) or None, doc.date) == (doc_type, title, date)


def test_an_essay_sites_posting_line_dates_no_document():
    doc = parse_text(_doc("qdzhaozeng-2023-county-association-work-report"))
    assert doc.doc_type == "summary" and doc.date is None


# ---------- variants built from development documents read right ----------
def _lines(stem):
    return _doc(stem).split("\n")


def _without(stem, line):
    lines = _lines(stem)
    return "\n".join(ln for ln in lines if ln.strip() != line)


def _under(stem, line, added):
    out = []
    for ln in _lines(stem):
        out.append(ln)
        if ln.strip() == line:
            out.append(added)
    return "\n".join(out)


CHENGDU, CHENGDU_HEAD = "chengdu-2025-association-work-meeting-news", "2025年成都市科协工作会召开"
HANZHONG, HANZHONG_HEAD = "snkjb-2017-hanzhong-association-plenary-news", "汉中市科协二届六次全委会召开"
WENZHOU = "wenzhou-2022-pilot-city-meeting-news"
WENZHOU_HEAD = "市科协召开专题会议研究“科创中国”试点城市建设2022年工作计划"
DALI, DALI_HEAD = "baogaosu-2015-dali-science-workers-forum-news", "大理州科协召开“大理州科技工作者座谈会”"

VARIANTS = [
    # the headline removed: a report all the same, dated by the page's line
    (_without(CHENGDU, CHENGDU_HEAD), "news", None, "2025-03-07"),
    # captions above the page: neither headline nor lead
    ("活动现场。\n与会人员合影。\n" + _doc(CHENGDU), "news", CHENGDU_HEAD, "2025-03-07"),
    ("记者 张明 摄\n" + _doc(HANZHONG), "news", HANZHONG_HEAD, "2017-02-28"),
    # a —— subtitle under the headline, or a shorter line that tells a fact: the headline's deck
    (_under(CHENGDU, CHENGDU_HEAD, "——各地科协持续推进基层组织建设"), "news", CHENGDU_HEAD, "2025-03-07"),
    (_under(CHENGDU, CHENGDU_HEAD, "全年累计培训人员三千余人次"), "news", CHENGDU_HEAD, "2025-03-07"),
    # a headline that names a plan it reports on, its deck, the page's dated line: a report, as without the deck
    (_under(WENZHOU, WENZHOU_HEAD, "——各地科协持续推进基层组织建设"), "news", WENZHOU_HEAD, "2022-03-07"),
    # a report whose first sentence dates it (2015年1月6日下午，…召开…): the deck is no sentence of the text
    (_under(DALI, DALI_HEAD, "——各地科协持续推进基层组织建设"), "news", DALI_HEAD, "2015-01-06"),
    # the paper's 讯 written otherwise: with a colon, or bare with the reporters' byline
    (_doc(HANZHONG).replace("本报讯", "本网讯："), "news", HANZHONG_HEAD, "2017-02-28"),
    (_doc(HANZHONG).replace("本报讯", "讯（记者 张明 通讯员 李华）"), "news", HANZHONG_HEAD, "2017-02-28"),
    # the medium's dateline before the first paragraph: its day, the page's year
    (_doc(HANZHONG).replace("本报讯\n", "汉中日报2月24日讯（记者 张明）"), "news", HANZHONG_HEAD, "2017-02-24"),
    # no headline, the dateline under two captions, a byline closing the text
    ("活动现场。\n与会人员合影。\n某某日报5月20日讯（通讯员 李华）5月19日，2023年科技工作者日座谈会在市科技馆举行。"
     "来自高校和企业的二十余名科技工作者参加座谈。\n", "news", None, "2023-05-20"),
]


@pytest.mark.parametrize("text, doc_type, title, date", VARIANTS)
def test_variants_of_real_reports(text, doc_type, title, date):
    doc = parse_text(text)
    assert (doc.doc_type, _packed(doc.title) or None, doc.date) == (doc_type, title, date)


# ---------- what a report's signs are not ----------
NEGATIVES = [
    # a notice carried by a site, its 来源 and 责任编辑 lines with it: the notice
    ("来源：市科协办公室\n各区县科协，各市级学会：\n为做好2023年全国科普日活动，现将有关事项通知如下：\n"
     "一、活动时间\n9月16日至22日。\n二、工作要求\n请于9月10日前报送活动安排。\n责任编辑：李华\n", "notice"),
    # a meeting notice that names reporters in a sentence (no byline in brackets)
    ("关于召开2023年科普工作会议的通知\n各区县科协：\n定于3月20日在市科技馆召开2023年科普工作会议，"
     "届时将邀请记者到会采访报道。请各单位主要负责同志参加。\n", "notice"),
    # a plan's sections, one naming the scene of its activity: no caption (too short a piece to read as a plan)
    ("一、指导思想\n以科学发展观为指导，开展全国科普日活动。\n二、活动现场\n市民广场。\n三、活动安排\n"
     "（一）举办科普日广场大型宣传活动。\n（二）举办大型科普报告会。\n", "other"),
    # a site's 来源 and 责任编辑 lines under a text that lost its head: not a report for them alone
    ("来源：市科协\n根据工作安排，现对拟推荐人选予以公示，公示期为5个工作日。\n责任编辑：李华\n审核：王明\n", "other"),
]


@pytest.mark.parametrize("text, doc_type", NEGATIVES)
def test_not_a_reports_signs(text, doc_type):
    assert parse_text(text).doc_type == doc_type


def test_a_briefings_issue_head_is_no_deck_and_no_dateline():
    # the 简报's issue number under its name is no deck, its issue's day (not the event's) dates it
    text = ("科协工作简报\n第5期\n市科协办公室　　2023年5月10日\n"
            "5月8日，市科协召开2023年学会工作会议，总结2022年学会工作，安排部署今年重点任务。\n"
            "会议要求，各学会要围绕中心工作，扎实开展学术交流和科普活动。\n")
    doc = parse_text(text)
    assert (doc.doc_type, doc.title, doc.date) == ("news", "科协工作简报", "2023-05-10")


# ---------- the dateline's day and year ----------
DATELINES = [
    (["湖南日报3月25日讯(全媒体记者 王某)今天上午,…全委会议在长沙召开。"], None, None),
    (["湖南日报3月25日讯(全媒体记者 王某)今天上午,…全委会议在长沙召开。"], "2025-03-26", "2025-03-25"),
    (["新华社北京12月30日电 …大会在京举行。"], "2021-01-02", "2020-12-30"),
    (["红网时刻9月27日讯(记者 某某)9月26日,2020年…活动在某地举行开幕式。"], None, "2020-09-27"),
    (["本网讯:1月15日上午,…召开2014年工作会议。"], None, "2014-01-15"),
    # the day after the paper's own 讯 is the event's: the page's dated line dates the item
    (["本报讯 3月14日，市科协召开2023年科普工作推进会。"], "2023-03-15", None),
    # two years in the first sentence: none is sure
    (["本网讯：1月5日，市科协总结2022年工作、部署2023年任务。"], None, None),
    # no dateline
    (["1月15日上午，市科协召开2014年工作会议。"], None, None),
]


@pytest.mark.parametrize("lines, page_date, date", DATELINES)
def test_dateline_date(lines, page_date, date):
    assert P.dateline_date(lines, page_date) == date


DECKS = [
    ("湖南省科协十一届六次全委会议在长沙召开", "全省已累计建立院士工作站53个", True),
    ("2025年成都市科协工作会召开", "——各地科协持续推进基层组织建设", True),
    # a verb-final line under a line that is not: the headline under its kicker (引题)
    ("凝心聚力谋发展　砥砺奋进开新局", "市科协召开九届三次全委会议", False),
    # the page's dated line, a label, a 简报's issue number, an item
    ("汉中市科协二届六次全委会召开", "2017年2月28日", False),
    ("汉中市科协二届六次全委会召开", "来源：市科协", False),
    ("科协工作简报", "第5期", False),
    ("市科协召开学会工作会议部署全年任务", "一、总体要求", False),
]


@pytest.mark.parametrize("headline, line, deck", DECKS)
def test_a_headlines_deck(headline, line, deck):
    assert is_deck(headline, line) is deck


CAPTIONS = [
    ("创新驱动科技为民——2020年“湖南科技论坛暨院士专家张家界行”活动开幕式现场。", True),
    ("省科协党组书记、副主席刘小明向省级学会服务站授牌。", True),
    ("与会人员合影", True),
    ("记者 张明 摄", True),
    ("（记者 张明 摄）", True),
    ("摄影：张明", True),
    # a plan's item, a label's value, a sentence that says 拍摄: no caption
    ("（三）科普微视频拍摄", False),
    ("二、活动现场", False),
    ("报名方式：现场", False),
    ("请各单位组织拍摄", False),
]


@pytest.mark.parametrize("line, caption", CAPTIONS)
def test_photo_captions(line, caption):
    assert P.photo_caption(line) is caption


CLEAN_DECKS = [
    # the headline and its fact deck, the dateline's paragraph under them: two lines
    ("湖南省科协十一届六次全委会议在长沙召开\n全省已累计建立院士工作站53个\n"
     "湖南日报3月25日讯(全媒体记者 王铭俊 周顺)今天上午,湖南省科协十一届六次全委会议在长沙召开。\n",
     ["湖南省科协十一届六次全委会议在长沙召开", "全省已累计建立院士工作站53个"]),
    # a headline that names no verb last, a —— subtitle under it, the page's meta line next
    ("巴州科协召开科协系统2024年度工作务虚会\n——各地科协持续推进基层组织建设\n\n发布时间：2024-01-25\n",
     ["巴州科协召开科协系统2024年度工作务虚会", "——各地科协持续推进基层组织建设"]),
    # a 公文's title wrapped over two lines: its kind word ends it on the second
    ("某某市科学技术协会关于开展2023年全国科普日\n活动的通知\n各区县科协：\n", ["某某市科学技术协会关于开展2023年全国科普日活动的通知"]),
]


@pytest.mark.parametrize("text, lines", CLEAN_DECKS)
def test_a_deck_stays_apart_from_its_headline(text, lines):
    cleaned = [ln for ln in clean(text).split("\n") if ln]
    assert cleaned[:len(lines)] == lines
