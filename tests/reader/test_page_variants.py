"""Title and kind by convention on a page's variants (round 21): development documents read right are wrapped in a
website's chrome, their headline printed twice, joined to the meta line, put over a photo's caption, turned into
traditional characters or half-width punctuation, or lost; each variant must read as the spec says (the document's
own title and kind; a page that lost its headline has no title, and a report or a notice still says what it is)."""

import re
from pathlib import Path

import pytest

from kexie.reader import parse_text
from kexie.reader.page import never_a_headline, split_joined_meta
from reader_files import TO_TRADITIONAL

DOCS = Path(__file__).parent / "corpus" / "docs"

SITE, NAV = "某某市科学技术协会", "首页 | 新闻中心 | 通知公告 | 科普园地"
CRUMB, META = "当前位置：首页 > 工作动态 > 正文", "发布时间：2023-05-12 来源：市科协办公室 浏览次数：35"
FOOT = "版权所有：某某市科学技术协会 备案号：X ICP备12345678号"
_HALF = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")"})

# how each variant wraps the page: the lines above the headline, the headline's own lines, the lines under it
VARIANTS = {
    "chrome": lambda pre, head, post: [SITE, NAV, CRUMB, *pre, head, META, *post, FOOT],
    "site_title": lambda pre, head, post: [f"{head} - {SITE}", NAV, CRUMB, *pre, head, META, *post, FOOT],
    "dup_headline": lambda pre, head, post: [*pre, head, "", head, *post],
    "joined_meta": lambda pre, head, post: [SITE, NAV, CRUMB, *pre, f"{head} {META}", *post, FOOT],
    "caption": lambda pre, head, post: [SITE, NAV, CRUMB, *pre, head, META, "图为活动现场", *post, FOOT],
    "traditional": lambda pre, head, post: [ln.translate(TO_TRADITIONAL) for ln in (*pre, head, *post)],
    "halfwidth": lambda pre, head, post: [ln.translate(_HALF) for ln in (*pre, head, *post)],
    "drop": lambda pre, head, post: [SITE, NAV, CRUMB, *pre, META, *post, FOOT],
}

# development documents read right, each with its gold title and kind
DOCUMENTS = [
    ("ahszu-2025-reception-days-notice", "关于设立书记院长接待日的通知", "notice"),
    ("qiqihar-society-activity-preview-rules", "齐齐哈尔市科学技术协会所属学会(协会、研究会)重要学术活动预告制度", "regulation"),
    ("funan-2022-work-summary", "阜南县科学技术协会2022年工作总结", "summary"),
    ("bast-2022-popsci-committee-report-news", "北京市科协领导听取科普专委会秘书处工作汇报", "news"),
    ("anqing-2010-plenary-session-news", "市科协召开六届七次全委(扩大)会议", "news"),
    ("39ysw-grain-association-popsci-month-plan", "科普活动月实施方案", "plan"),
    ("swjtu-2023-deans-meeting-rules", "西南交通大学院长工作例会制度", "regulation"),
]


def _packed(s):
    return re.sub(r"\s+", "", (s or "").translate(_HALF).replace("（", "(").replace("）", ")"))


def _variant(stem, title, kind_of_variant):
    lines = next(DOCS.glob(stem + ".*")).read_text(encoding="utf-8").split("\n")
    at = next(i for i, ln in enumerate(lines) if _packed(ln) == _packed(title))
    return "\n".join(VARIANTS[kind_of_variant](lines[:at], lines[at].strip(), lines[at + 1:]))


def _printed_again(stem, title):
    lines = next(DOCS.glob(stem + ".*")).read_text(encoding="utf-8").split("\n")
    return sum(_packed(title) in _packed(ln) for ln in lines[:80]) > 1


@pytest.mark.parametrize("kind_of_variant", sorted(VARIANTS))
@pytest.mark.parametrize("stem, title, doc_type", DOCUMENTS)
def test_each_variant_reads_the_documents_own_title_and_kind(stem, title, doc_type, kind_of_variant):
    if kind_of_variant == "drop" and _printed_again(stem, title):
        pytest.skip("the page prints its title again (its page title): dropping one line loses no headline")
    doc = parse_text(_variant(stem, title, kind_of_variant))
    if kind_of_variant == "drop":
        assert doc.title is None  # the page lost its headline: say so, never take the site's name or a column's
        if doc_type in ("news", "notice"):
            assert doc.doc_type == doc_type
        return
    expected = title.translate(TO_TRADITIONAL) if kind_of_variant == "traditional" else title
    assert _packed(doc.title) == _packed(expected) and doc.doc_type == doc_type


# lines of a page's chrome that a rule could take for the headline, and real headlines that are none of them
@pytest.mark.parametrize("line, chrome", [
    ("发布人：郑科研 |", True), ("发表日期：2017-08-01", True), ("您当前所在位置：河南省科学技术协会科学普及", True),
    ("基层动态", True), ("学校要闻", True), ("新闻速递", True), ("南湖新闻网", True), ("法搜网--中国法律信息搜索网", True),
    ("本报记者叶玲玲本报通讯员胡小明", True), ("1741308899396049700.png", True), ("English", True),
    ("010-62849101搜索", True), ("免费发布信息", True), ("登录长江云平台账号", True), ("第一总则", True), ("图为活动现场", True), ("j 龙岩市科学技术协会 >> 通知关闭窗口", True),
    ("市科协召开六届七次全委（扩大）会议", False), ("北京市科协领导听取科普专委会秘书处工作汇报", False),
    ("关于设立书记院长接待日的通知", False), ("会议通知", False), ("科技创新：美好生活", False), ("县科协2022年重点工作谋划", False),
    ("2013年全国科技活动周在京拉开帷幕", False), ("图书馆开展科普阅读月活动", False),
])
def test_a_line_of_the_pages_chrome_is_never_the_headline(line, chrome):
    assert never_a_headline(line) is chrome


@pytest.mark.parametrize("text, parted", [
    ("关于设立书记院长接待日的通知 发布时间：2023-05-12 来源：本站", "关于设立书记院长接待日的通知\n发布时间：2023-05-12 来源：本站"),
    ("市科协召开六届七次全委会议　来源：市科协 浏览次数：35", "市科协召开六届七次全委会议\n来源：市科协 浏览次数：35"),
    # a sentence of the text goes on with a time: no headline
    ("会议定于5月20日召开，请准时参加。 时间：5月20日上午9时", None),
    # a meta line already, in traditional script (來源 is no label the reader knows before it reads the simplified copy)
    ("來源:成都市科協   日期:2025-03-07", None),
    # a bar of the site's controls before the meta line (wide gaps): no headline
    ("放大字体  缩小字体        中国有色金属网       发布日期:2013-05-26   浏览次数:64", None),
])
def test_a_headline_joined_to_its_meta_line_is_parted_only_where_it_is_one(text, parted):
    assert split_joined_meta(text) == (parted or text)


# a notice that lost its title line, addressed to its recipients, still says what it is; the same sentences without
# recipients (a report of the decision, a plan's own rule) make no notice
@pytest.mark.parametrize("text, doc_type", [
    ("各系、各部门：\n每周重要活动安排是统筹协调学院领导出席各类会议和活动的重要载体。\n一、报送时间\n"
     "各系、各部门须于每周一9:30前向办公室报送每周活动安排申请表。\n", "notice"),
    ("各镇人民政府（区办事处），市府直属有关单位：\n为统筹领导我市公共卫生体系建设工作，市政府决定成立市公共卫生体系建设领导小组。"
     "领导小组成员名单如下：\n组　长：张某某（市政府副市长）\n", "notice"),
    ("为统筹领导我市公共卫生体系建设工作，市政府决定成立市公共卫生体系建设领导小组。领导小组成员名单如下：\n"
     "组　长：张某某（市政府副市长）\n", "other"),
    ("一、报送时间\n各系、各部门须于每周一上午10时前向办公室报送每周活动安排申请表。\n二、审核\n办公室汇总后报院领导审定。\n", "other"),
])
def test_a_notice_without_its_title_says_what_it_is_to_its_recipients(text, doc_type):
    assert parse_text(text).doc_type == doc_type


# a site's article that lost its headline is still a report when its dated meta line stands over its first paragraph;
# a plan's sections (read as the plan's) or a list under the meta line are no such page
@pytest.mark.parametrize("text, doc_type", [
    ("当前位置: 科普动态\n发布时间:2016年03月17日 来源:景县科协\n"
     "近年来,景县科协高度重视科普宣传工作,多举措多形式,全方位开展各种活动,营造了学科学、用科学的良好氛围。\n"
     "举办知识讲座。通过外聘专家以及协调本地农业、林业等部门专家,深入乡村开展讲座。\n", "news"),
    ("当前位置: 科普动态\n发布时间:2016年03月17日 来源:景县科协\n一、指导思想\n"
     "以提高全民科学素质为目标，深入开展科普宣传工作，营造学科学、用科学的良好氛围。\n二、工作措施\n", "plan"),
    ("当前位置: 通知公告\n发布时间:2016年03月17日 来源:景县科协\n附件：获奖名单\n张某某　李某某　王某某\n", "other"),
])
def test_an_article_under_its_dated_meta_line_is_a_report_though_its_headline_is_lost(text, doc_type):
    doc = parse_text(text)
    assert doc.doc_type == doc_type and doc.title is None
