"""The header title and kind of web pages and stored copies by convention (round 22).

A 公文's title is 关于…的通知/决定/方案…, or an issuer + subject + kind word, or a news headline (a clause, no site
furniture). A page's own title (<title>, its first line) dresses it with the site's chrome — the site's name, 首页, a
column after a separator, a note in brackets — or is the site's name and keywords alone: printed over the document's
title it is that title once; alone it is no title. A title's qualifier ((试行), （征求意见稿）, （2021—2025年）) on a line
of its own is the title's last piece; a dated note ((2007年12月修订)) is not. GB/T 9704 lets the issuer stand on the
title's first line (中国科协办公厅 / 关于……). The kind is the title's kind word (patterns.DOC_KINDS).

Each rule is tested on its real lines (development documents), on variants built from development documents read right
(their golds' titles dressed, repeated, split, with the meta line run on), and on negatives (real headlines that look
like chrome)."""

import re

import pytest

from kexie.reader import parse_text
from kexie.reader.page import split_joined_meta, column_of_reports, never_a_headline, site_keywords, undressed, unrelated_to
from kexie.reader.header import doc_type_of
from reader_files import CORPUS, corpus_documents

_HALF = str.maketrans({"（": "(", "）": ")"})


def _packed(s):
    return re.sub(r"\s+", "", (s or "").translate(_HALF))


# ---------- the real lines ----------
REAL_HEADS = [
    # a spam mirror's page title (its brand and its app, no headline) over a report whose headline the page lost
    ("ag尊龙凯时\n>>ag尊龙凯时-尊龙凯时app\n2024年01月23日08:49 | 来源:\n小字号\n\n"
     "近日,中国科协办公厅下发《关于对2023年全国科普日有关组织单位和活动予以表扬的通知》,黑龙江省32家单位和33个活动当选"
     "优秀组织单位和优秀活动,较2022年分别增加18个和25个,增幅达129%和313%,全国科普日平台重点活动近1200个,增幅达100%,"
     "黑龙江省优秀组织单位、优秀活动及重点活动数量三项指标增幅均远高于全国平均水平,取得历史性突破。\n", None, "news"),
    # the page's title with the revision note, then the rules' own title with the note on a line of its own
    ("首页 > 文件通知 > 山西 > 青少年科技创新大赛\n第二十三届山西省青少年科技创新大赛规则（2007年12月修订）\n"
     "第二十三届山西省青少年科技创新大赛规则\n（2007年12月修订）\n第一章山西省青少年科技创新大赛概述\n"
     "山西省青少年科技创新大赛（简称：创新大赛）是一项具有20多年历史的全省性青少年科技创新成果和科学探究项目的综合性科技竞赛。\n"
     "一、宗旨\n举办创新大赛的根本宗旨在于推动青少年科技活动的蓬勃开展。\n",
     "第二十三届山西省青少年科技创新大赛规则", "regulation"),
    # the page's title is the plan's name; the 印发 notice's own title (over two lines), its 字号 and 主送 follow
    ("青海省科学技术协会事业发展“十四五”规划(2021-2025年)\n青海省科协关于印发《青海省科学技术协会\n"
     "事业发展“十四五”规划(2021-2025年)》的通知\n青科协发〔2022〕8号\n各省级学会、协会、研究会,各市、自治州科协:\n"
     "青海省科协第十届委员会第六次(扩大)会议审议通过了《青海省科学技术协会事业发展“十四五”规划(2021—2025年)》,"
     "现印发给你们。请结合实际,认真贯彻实施。\n青海省科学技术协会\n2022年3月1日\n",
     "青海省科协关于印发《青海省科学技术协会事业发展“十四五”规划（2021-2025年）》的通知", "notice"),
    # a 印发 notice that lost its title says what it is: 《…》已经…审议通过，现予印发
    ("各省、自治区、直辖市老科协,中国老科协各专门委员会、各分会,各企事业单位老科协:\n"
     "《中国老科学技术工作者协会第七届理事会 2023 年工作报告》已经七届三次理事会议审议通过,现予印发,请结合实际,认真贯彻落实。\n"
     "中国老科学技术工作者协会\n2024 年 1 月 29 日\n", None, "notice"),
]


@pytest.mark.parametrize("text, title, doc_type", REAL_HEADS)
def test_real_heads(text, title, doc_type):
    doc = parse_text(text)
    assert _packed(doc.title) == _packed(title) and doc.doc_type == doc_type


# ---------- variants of development documents read right ----------
SITE = "某某市科学技术协会"
VARIANTS = {
    "site_after_dash": lambda h: [f"{h} - {SITE}", h],
    "site_column_underscores": lambda h: [f"{h}_新闻中心_某某科协网", h],
    "home_after_dash": lambda h: [f"{h}-首页", h],
    "site_after_bar": lambda h: [f"{h}|{SITE}", h],
    "site_before": lambda h: [f"某某科协网_{h}", h],
    "page_title_blank_line": lambda h: [f"{h} - 某某市科协官网", "", h],
    "printed_twice": lambda h: [h, "", h],
    "meta_run_on": lambda h: [h + "  编辑时间：2023-05-12  来源：市科协  浏览次数：35"],
    "meta_run_on_entry_time": lambda h: [h + "　　录入时间：2023-05-12　阅读：35次"],
    "font_control_run_on": lambda h: [h + " 【字体：大 中 小】"],
    "split_at_its_opener": lambda h: _split(h),
    "page_title_over_split": lambda h: [f"{h}_某某科协网", *_split(h)],
    "column_of_reports_above": lambda h: ["English 旧版网站", "学会动态", h],  # 动态 names no document: a column
    # the page kept only its dressed title (its headline line lost): the headline is in it
    "dressed_alone_underscores": lambda h: [f"{h}_新闻中心_某某科协网"],
    "dressed_alone_dash": lambda h: [f"{h} - {SITE}"],
    "dressed_alone_site_first": lambda h: [f"某某科协网 | {h}"],
}


def _split(h):
    """GB/T 9704's title over two lines: the issuer, then 关于…; or 关于转发…, then 《…》的通知."""
    for word in ("关于", "《"):
        at = h.find(word)
        if at > 2:
            return [h[:at], h[at:]]
    return [h]


DOCUMENTS = ["ahszu-2025-reception-days-notice", "swjtu-2023-deans-meeting-rules", "funan-2022-work-summary",
             "anqing-2010-plenary-session-news", "csf-2019-chief-science-communicators-notice",
             "xinxiang-2017-popsci-works-forwarding", "scimall-2021-23-science-volunteer-practical-deeds-notice",
             "cast-2016-ninth-congress-arrangements-notice", "keputaihu-2017-science-day-news"]
_READ = {stem: (text, reflow, gold) for stem, text, reflow, gold
         in corpus_documents(CORPUS / "docs", CORPUS / "gold", stems=set(DOCUMENTS))}


@pytest.mark.parametrize("variant", sorted(VARIANTS))
@pytest.mark.parametrize("stem", DOCUMENTS)
def test_the_title_survives_the_pages_chrome(stem, variant):
    text, reflow, gold = _READ[stem]
    lines = text.split("\n")
    at = next(i for i, ln in enumerate(lines[:60]) if _packed(ln) == _packed(gold["title"]))
    dressed = "\n".join(lines[:at] + VARIANTS[variant](lines[at].strip()) + lines[at + 1:])
    doc = parse_text(dressed, reflow=reflow)
    assert _packed(doc.title) == _packed(gold["title"]) and doc.doc_type == gold["doc_type"]


# ---------- the title's qualifier and note on lines of their own ----------
@pytest.mark.parametrize("text, title", [
    ("某某市某某学会工作章程\n（试行）\n第一章 总则\n第一条 本会名称为某某学会。\n", "某某市某某学会工作章程（试行）"),
    ("某某市科协系统深化改革实施方案\n（征求意见稿）\n为深入贯彻有关精神，制定本方案。\n", "某某市科协系统深化改革实施方案（征求意见稿）"),
    ("某某市科学技术协会事业发展“十四五”规划\n（2021—2025年）\n一、发展基础\n“十三五”时期，全市科协工作取得新进展。\n",
     "某某市科学技术协会事业发展“十四五”规划（2021—2025年）"),
    # the page's title carries the qualifier, the document's own head prints it under the title
    ("某某市科协系统深化改革实施方案（征求意见稿）\n某某市科协系统深化改革实施方案\n（征求意见稿）\n为深入贯彻有关精神，制定本方案。\n",
     "某某市科协系统深化改革实施方案（征求意见稿）"),
    # a dated note is when the rules were revised, no part of their name
    ("某某市青少年科技创新大赛规则（2019年5月修订）\n某某市青少年科技创新大赛规则\n（2019年5月修订）\n第一章 总则\n"
     "第一条 为规范大赛组织工作，制定本规则。\n", "某某市青少年科技创新大赛规则"),
    # a title that already ends with its qualifier takes no second bracket
    ("某某市某某学会工作章程（试行）\n（2020年3月通过）\n第一章 总则\n第一条 本会名称为某某学会。\n", "某某市某某学会工作章程（试行）"),
])
def test_qualifier_line_joins_the_title_and_a_note_does_not(text, title):
    assert _packed(parse_text(text).title) == _packed(title)


# ---------- a site's own title; real headlines that look like it ----------
@pytest.mark.parametrize("line, site", [
    (">>ag尊龙凯时-尊龙凯时app", True), ("ag尊龙凯时-尊龙凯时app", True), ("某某科协-首页", True),
    ("新闻中心_某某市科协官网", True), ("学会动态｜学会动态", True), ("某某科技_某某科技官网", True),
    ("（2007年12月修订）", True),
    # real headlines: a column's word the headline repeats, a year span, a WeChat column before the headline
    ("科普活动 | 社区科普活动走进校园", False), ("2021-2025年科普工作规划", False), ("科普日 | 某某社区开展科普活动", False),
    ("（试行）", False), ("市科协召开六届七次全委（扩大）会议", False),
])
def test_site_title_is_never_a_headline(line, site):
    assert never_a_headline(line) is site
    if not line.startswith("（"):
        assert site_keywords(line) is (site and not line.startswith(">") or line.startswith(">"))


@pytest.mark.parametrize("line, headline", [
    ("关于设立书记院长接待日的通知_新闻中心_某某科协网", "关于设立书记院长接待日的通知"),
    ("关于设立书记院长接待日的通知 - 某某市科学技术协会", "关于设立书记院长接待日的通知"),
    ("某某科协网_关于设立书记院长接待日的通知", "关于设立书记院长接待日的通知"),
    ("第七届全国青年科普创新实验暨作品大赛 - 首页", "第七届全国青年科普创新实验暨作品大赛"),
    ("学会动态 | 某某学会召开年会", "某某学会召开年会"), ("会议制度-某某学会", "会议制度"),
    ("关于开展2020-2021学年度第二学期系列活动的通知_某某网", "关于开展2020-2021学年度第二学期系列活动的通知"),
    # no dress: a run of the site's keywords, a span of years, a site's name and column alone, a date
    ("ag尊龙凯时-尊龙凯时app", None), ("某某市科协2021-2025年科普工作规划", None), ("通知公告_某某网", None),
    ("2023-05-12", None), ("科普讲座走进社区 | 趣味实验进课堂", None),
])
def test_undressed(line, headline):
    assert undressed(line) == headline


# the meta line run on after the headline: parted where its first label, its day or the font control starts; a byline
# (a site's or an account's name and the day) is one line, not a headline over a date
@pytest.mark.parametrize("line, parted", [
    ("科普活动月实施方案　　录入时间：2023-05-12　阅读：35次", "科普活动月实施方案"),
    ("科普活动月实施方案 【字体：大 中 小】", "科普活动月实施方案"),
    ("中国科协办公厅关于印发 《中国科协2025年工作要点》的通知 2023-05-12 来源：某某科协",
     "中国科协办公厅关于印发 《中国科协2025年工作要点》的通知"),
    ("某某市科协召开2023年全市科协工作会议 2023-05-12 来源：某某科协", "某某市科协召开2023年全市科协工作会议"),
    ("科技工作者之家 2018-01-04", None), ("科协改革进行时 2022-01-30 14:10", None), ("360影视 国产动漫 2025-03-12 09:30 3", None),
])
def test_meta_run_on_the_headline(line, parted):
    first = split_joined_meta(line + "\n正文。").split("\n")[0]
    assert first.rstrip() == (parted or line)


@pytest.mark.parametrize("line, column", [
    ("学会动态", True), ("学校要闻", True), ("工作动态", True), ("新闻", True),
    ("会议制度", False), ("科技动态监测报告", False), ("学会召开年会", False),
])
def test_column_of_reports(line, column):
    assert column_of_reports(line) is column


_BODY = ("近日，市科协组织科技志愿者走进社区，开展科普宣传活动，向居民发放科普资料，讲解防灾减灾、健康生活等科学知识。"
         "活动现场气氛热烈，居民纷纷表示收获很大。下一步，市科协将继续深入基层，推动科普资源进社区、进学校、进农村。") * 4


@pytest.mark.parametrize("title, unrelated", [
    ("品牌娱乐官方平台欢迎您", True),  # a slogan the text never takes up
    ("市科协开展科普进社区活动", False),
    ("让科普之花绚丽绽放", False),  # a headline in images still shares a word with its report (科普)
])
def test_headline_the_body_never_relates_to(title, unrelated):
    assert unrelated_to(title, f"{title}\n{_BODY}") is unrelated
    assert not unrelated_to("冬至节", f"冬至节\n{_BODY}")  # two pairs of characters are too few to say
    doc = parse_text(f"{title}\n发布时间：2023-05-12 来源：市科协\n{_BODY}")
    assert (doc.title is None) is unrelated and doc.doc_type == "news"


def test_short_body_says_nothing_of_its_headline():
    assert not unrelated_to("品牌娱乐官方平台欢迎您", "品牌娱乐官方平台欢迎您\n会议召开。")
    assert not unrelated_to("某某学会章程", f"某某学会章程\n{_BODY}")  # a document's name by its kind word


# ---------- the kind by the title's kind word ----------
@pytest.mark.parametrize("title, kind", [
    ("第二十三届某某省青少年科技创新大赛规则", "regulation"), ("某某学会章程", "regulation"),
    ("中国科学技术协会全国学会组织通则（试行）", "regulation"), ("某某市科协机关公文处理办法", "regulation"),
    ("关于某某同志任职前的公示", "other"), ("某某学会关于召开会员代表大会的公告", "other"),
    ("关于2022年度考核结果的通报", "other"), ("关于表彰优秀科技工作者的决定", "other"),
    ("关于加强科普工作的意见", "other"), ("某某学会理事会会议纪要", "other"),
    ("杭州市推进“互联网+”行动实施意见", "plan"),  # the measures that carry a policy out, set out as tasks
    ("某某县科协2022年工作总结", "summary"), ("某某市科协2023年工作要点", "plan"),
])
def test_kind_by_the_titles_kind_word(title, kind):
    assert doc_type_of(title) == kind
