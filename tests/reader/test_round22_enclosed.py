"""印发/转发 notices by convention (round 22). A notice issues a document of its own (印发, 颁发, 下发) or sends on
another body's (转发): its title says so (关于印发《X》的通知, with 《》, 〈〉, “” or no brackets, X perhaps with its years in
brackets), its first sentence says so (现将《X》印发给你们, 《X》已经……审议通过，现予印发, 现将《X》要求转发给你们), and the
enclosed document's own title stands under the signature's date (its 字号 above it where it is forwarded). Such a
document is a notice whatever it encloses (a plan, rules, a work report). Variants of the development set's 印发/转发
notices (every gold with an enclosed_title) are read as the gold reads them; sentences that merely cite a document,
and lists of attachments, enclose nothing."""

from __future__ import annotations

import re

import pytest

from kexie.reader import parse_text
from kexie.reader.patterns import DATE_LINE
from enclosed_variants import documents, matches, misread

# development notices (dev-25) whose gold names the enclosed document
STEMS = [
    "12366sw-2024-caravan-measures-issuing-notice", "ahshx-2025-17-science-week-plan-notice",
    "baise-2007-literacy-work-plan-tasks-page", "bjbws-2022-8-qinghai-association-14th-plan-issuing-notice",
    "cast-2025-work-points-notice", "changde-2011-8-popsci-villages-forwarding",
    "changzhi-2021-association-work-points-notice", "changzhi-2022-association-work-points-notice",
    "chibi-2012-3-literacy-plan-notice", "cinnet-2022-popsci-nomination-forwarding",
    "craftsandsubscriptions-2022-31-popsci-points-notice", "csrme-2020-12-reform-tasks-notice",
    "danzhou-2022-39-literacy-plan-notice", "datong-2022-literacy-plan-notice",
    "dawa-2021-government-report-task-breakdown-notice", "drlintcm-2024-guangxi-student-science-speech-contest-notice",
    "ecust-2019-125-popsci-contest-forwarding", "ezhou-2022-18-literacy-plan-notice",
    "fabao365-2012-32-science-camp-plan-notice", "fengdu-2024-46-research-projects-measures-notice",
    "foshan-2009-forwarding-popsci-works", "freewechat-2022-2-cast-party-work-points-notice",
    "gangyaoban-2018-3-work-points-notice", "gdses-2020-environmental-society-most-beautiful-recommendation-notice",
    "guangzhou-2016-29-literacy-plan-notice", "guiyang-2009-entrepreneurial-city-opinions-notice",
    "handan-2023-17-forwarding-notice", "hblkx-2021-hebei-veteran-association-forwarding",
    "hebei-2016-14-literacy-plan-notice", "hubic-2023-twentieth-congress-plan-forwarding",
    "jiangmen-2023-popsci-works-forwarding", "jingzhou-2015-18-decision-consulting-forwarding",
    "jscz-2014-youth-science-club-activities-notice", "kannuslainen-2020-cast-popsci-points-notice",
    "kepuchina-2022-rock-society-popsci-points-forwarding", "liaoning-2018-workers-day-forwarding",
    "liuyang-2022-literacy-plan-notice", "lkx-xast-2022-3-xinjiang-senior-association-summary-forwarding-notice",
    "lncxrc-2018-13-science-workers-day-forwarding", "mekofs-2018-3-literacy-work-points-notice",
    "mianzhu-2017-literacy-plan-notice", "nanchang-2021-27-literacy-plan-notice",
    "newton-guizhou-2022-16-literacy-plan-notice", "printing-2014-44-forwarding-notice",
    "qujing-2023-15-task-table-notice", "qzslkx-2022-1-quanzhou-veteran-summary-issuing-notice",
    "scrme-2022-science-day-forwarding", "sdlongrun-2023-fire-association-project-forwarding",
    "shzu-2017-life-sciences-workers-day-recommendation-forwarding", "tcwy-2020-wangyi-tech-spring-plan",
    "technoirc-2021-xianning-popsci-bases-application-notice", "tgf3-2024-wuhan-society-academic-work-points",
    "vanbien-2017-society-reform-points-notice", "wuzhou-2012-3-innovation-plan-notice",
    "xiaoxiaotong-2024-veteran-association-council-report", "xinxiang-2017-popsci-works-forwarding",
    "xinxiang-2023-agri-popsci-bases-forwarding", "zjhu-2012-popsci-essay-works-forwarding",
]
DOCS = {stem: (text, reflow, gold) for stem, text, reflow, gold in documents(stems=set(STEMS))}


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _title_lines(lines: list[str], gold: dict) -> list[int]:
    title = _squash(gold.get("title") or "")
    return [i for i, line in enumerate(lines) if title and len(_squash(line)) >= 6 and _squash(line) in title]


def _date_index(lines: list[str]) -> int | None:
    return next((i for i, line in enumerate(lines) if DATE_LINE.fullmatch(line.strip())), None)


def _cjk_angles(text: str, gold: dict) -> str | None:
    return text.replace("《", "〈").replace("》", "〉") if "《" in text else None


def _title_unbracketed(text: str, gold: dict) -> str | None:
    """关于印发《X》的通知 written 关于印发X的通知 (the body keeps its 《》)."""
    lines = text.split("\n")
    for i in _title_lines(lines, gold):
        lines[i] = lines[i].replace("《", "", 1).replace("》的通知", "的通知")
        lines[i] = lines[i][:-1] if lines[i].endswith("》") else lines[i]
    out = "\n".join(lines)
    return out if out != text else None


_YEARS = re.compile(r"[（(\[［〔]((?:19|20)\d\d\s*[-—－–至]\s*(?:19|20)\d\d\s*年?)[）)\]］〕]")


def _years_in(opening: str, closing: str):
    def make(text: str, gold: dict) -> str | None:
        out = _YEARS.sub(opening + r"\1" + closing, text)
        return out if out != text else None
    return make


def _enclosure_after_date(text: str, gold: dict) -> str | None:
    """The enclosed document's own title printed under the signature's date, where the copy did not print it."""
    lines = text.split("\n")
    d = _date_index(lines)
    if d is None or any(_squash(line) == _squash(gold["enclosed_title"]) for line in lines[d + 1:d + 6]):
        return None
    return "\n".join(lines[:d + 1] + [gold["enclosed_title"]] + lines[d + 1:])


def _date_glued(text: str, gold: dict) -> str | None:
    """The signature's date run into the enclosed document's title under it (2022年3月1日……规划)."""
    lines = text.split("\n")
    d = _date_index(lines)
    if d is None:
        return None
    below = next((k for k in range(d + 1, min(len(lines), d + 4)) if lines[k].strip()), None)
    if below is None or _squash(lines[below]) != _squash(gold["enclosed_title"]):
        lines, below = lines[:d + 1] + [gold["enclosed_title"]] + lines[d + 1:], d + 1
    lines[d] = lines[d].rstrip() + lines[below].strip()
    del lines[below]
    return "\n".join(lines)


def _date_unmarked(text: str, gold: dict) -> str | None:
    """The signature's date that lost 年, 月 and 日 (2022211)."""
    lines = text.split("\n")
    d = _date_index(lines)
    m = re.fullmatch(r"\s*((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*", lines[d]) if d is not None else None
    if not m:
        return None
    lines[d] = "".join(m.groups())
    return "\n".join(lines)


_ISSUE = re.compile(r"现将(《(?:[^《》]|《[^《》]*》)+》)(印发|转发)给你们")


def _issued_after_quote(text: str, gold: dict) -> str | None:
    """现将《X》印发给你们 written 《X》已经研究同意，现予印发."""
    out = _ISSUE.sub(r"\1已经研究同意，现予\2", text, count=1)
    return out if out != text else None


def _forwarded_part(text: str, gold: dict) -> str | None:
    """现将《X》转发给你们 written 现将《X》要求转发给你们."""
    out = re.sub(r"现将(《(?:[^《》]|《[^《》]*》)+》)转发给你们", r"现将\1要求转发给你们", text, count=1)
    return out if out != text else None


def _without_title(make):
    def variant(text: str, gold: dict) -> str | None:
        out = make(text, gold)
        if out is None or not _title_lines(text.split("\n"), gold):
            return None
        lines = out.split("\n")
        drop = set(_title_lines(lines, gold))
        return "\n".join(line for i, line in enumerate(lines) if i not in drop)
    return variant


KINDS = {
    "cjk_angles": _cjk_angles,
    "title_unbracketed": _title_unbracketed,
    "years_square": _years_in("[", "]"),
    "years_round": _years_in("（", "）"),
    "enclosure_after_date": _enclosure_after_date,
    "date_glued": _date_glued,
    "date_unmarked": _date_unmarked,
    "issued_after_quote": _issued_after_quote,
    "forwarded_part": _forwarded_part,
    "no_title_issued_after_quote": _without_title(_issued_after_quote),
    "no_title_forwarded_part": _without_title(_forwarded_part),
}
# a news headline (《X》印发) that names the document before the verb: with 〈〉 or no brackets it reads as no title;
# a copy in traditional script with pinyin glosses whose forwarded notice's title is its own headline: the variant's
# line under the date (without the glosses) is read as the headline again
LEFT_ALONE = {
    ("vanbien-2017-society-reform-points-notice", "cjk_angles"),
    ("vanbien-2017-society-reform-points-notice", "title_unbracketed"),
    ("sdlongrun-2023-fire-association-project-forwarding", "enclosure_after_date"),
    ("sdlongrun-2023-fire-association-project-forwarding", "date_glued"),
}


# round 21's variants (the 《》 written “” or <> or lost, the date line lost, a portal's frame, 繁體, spaced titles) over
# every notice of the development set; left alone: the news headline above, a title quoting within a title (<政府工作报告>
# 任务分解表), a portal's 檔案全文 label run into the plan's title where the date line is lost
ROUND21_KINDS = ("curly", "angle", "unquoted", "no_date", "web_page", "traditional", "spaced", "one_paragraph")
ROUND21_LEFT_ALONE = {
    ("vanbien-2017-society-reform-points-notice", "curly"), ("vanbien-2017-society-reform-points-notice", "angle"),
    ("dawa-2021-government-report-task-breakdown-notice", "unquoted"),
    ("newton-guizhou-2022-16-literacy-plan-notice", "no_date"),
    # run into one paragraph, a 转发 title that names the forwarded notice loosely (转发……开展……活动的通知), or the
    # page's own shorter headline before it: no title to read the forwarded document from
    ("cinnet-2022-popsci-nomination-forwarding", "one_paragraph"), ("scrme-2022-science-day-forwarding", "one_paragraph"),
    ("vanbien-2017-society-reform-points-notice", "one_paragraph"),
}


def test_the_chosen_notices_are_in_the_corpus():
    assert sorted(DOCS) == sorted(STEMS)


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_variant_of_a_notice_reads_the_gold_enclosed_title(kind):
    read, wrong = misread(kind, DOCS, LEFT_ALONE, KINDS)
    assert read and not wrong


@pytest.mark.parametrize("kind", ROUND21_KINDS)
def test_round_21_variants_hold_on_every_notice(kind):
    read, wrong = misread(kind, DOCS, ROUND21_LEFT_ALONE)
    assert read and not wrong


@pytest.mark.parametrize("stem", [
    # the headline is the plan's name; the notice's title, its 字号 and its 主送 follow
    "bjbws-2022-8-qinghai-association-14th-plan-issuing-notice",
    # no title: 《X工作报告》已经……审议通过，现予印发
    "xiaoxiaotong-2024-veteran-association-council-report",
])
def test_a_notice_that_issues_a_plan_or_a_report_is_a_notice(stem):
    text, reflow, gold = DOCS[stem]
    doc = parse_text(text, reflow=reflow)
    assert doc.doc_type == "notice" and matches(gold, doc.enclosed_title)


_TAIL = "\n一、总体要求\n各单位要认真组织实施。\n"


@pytest.mark.parametrize("text, doc_type, enclosed", [
    # the real sentences: 《…》已经……审议通过，现予印发; 现将《…》要求转发给你们 under a title that does not say 转发
    ("各省、自治区、直辖市老科协：\n《中国老科学技术工作者协会第七届理事会 2023 年工作报告》已经七届三次理事会议审议通过,"
     "现予印发,请结合实际,认真贯彻落实。\n中国老科学技术工作者协会\n2024 年 1 月 29 日\n"
     "中国老科学技术工作者协会第七届理事会 2023 年工作报告\n各位理事、各位同志:",
     "notice", "中国老科学技术工作者协会第七届理事会2023年工作报告"),
    ("关于举办大学生科普演讲比赛的通知\n各二级学院、有关单位：\n为深入贯彻落实党中央关于科普的要求，现将《自治区文化和旅游厅 "
     "自治区科协关于举办大学生科普演讲比赛的通知》要求转发给你们。" + _TAIL,
     "notice", "自治区文化和旅游厅 自治区科协关于举办大学生科普演讲比赛的通知"),
    # …the 《》 lost: joint issuers a space apart, the part forwarded (要求) before the verb
    ("关于举办大学生科普演讲比赛的通知\n各二级学院、有关单位：\n现将自治区文化和旅游厅 自治区科协关于举办大学生科普演讲比赛的通知"
     "要求转发给你们。" + _TAIL, "notice", "自治区文化和旅游厅 自治区科协关于举办大学生科普演讲比赛的通知"),
    # the signature's date that lost its marks ends the lines above the enclosed title
    ("关于印发《市老科协2021年工作总结及2022年工作意见》的通知\n各县老科协：\n现将《市老科协2021年工作总结及2022年工作意见》"
     "印发给你们。\n市老科技工作者协会\n2022211\n市老科协2021年工作总结及2022年工作意见" + _TAIL,
     "notice", "市老科协2021年工作总结及2022年工作意见"),
    # 颁发, 〈〉, “”, no brackets with the years in brackets
    ("关于颁发《科普基地管理办法》的通知\n各县科协：\n现将《科普基地管理办法》颁发给你们，请遵照执行。\n市科协\n2023年5月6日\n"
     "科普基地管理办法" + _TAIL, "notice", "科普基地管理办法"),
    ("关于印发〈2023年科普工作要点〉的通知\n各县科协：\n现将〈2023年科普工作要点〉印发给你们，请结合实际认真贯彻落实。\n"
     "市科协\n2023年5月6日" + _TAIL, "notice", "2023年科普工作要点"),
    ("关于印发“2023年科普工作要点”的通知\n各县科协：\n现将“2023年科普工作要点”印发给你们，请结合实际认真贯彻落实。\n"
     "市科协\n2023年5月6日" + _TAIL, "notice", "2023年科普工作要点"),
    ("关于印发全民科学素质行动规划纲要实施方案（2021—2025年）的通知\n各县科协：\n现将实施方案印发给你们，请认真贯彻落实。\n"
     "市科协\n2023年5月6日\n全民科学素质行动规划纲要实施方案（2021—2025年）" + _TAIL,
     "notice", "全民科学素质行动规划纲要实施方案（2021—2025年）"),
    # a 转发 notice: the forwarded document's 字号 and title line after the date
    ("关于转发省科协关于开展全国科普日活动的通知的通知\n各县科协：\n现将省科协《关于开展全国科普日活动的通知》转发给你们，"
     "请认真组织。\n市科协\n2023年5月6日\n省科协发〔2023〕12号\n关于开展全国科普日活动的通知" + _TAIL,
     "notice", "关于开展全国科普日活动的通知"),
    # …its 字号 below its title line; or above it, under the forwarded body's 文件 mark (the number is the forwarded
    # document's, not the notice's own), where the title names it only loosely
    ("关于转发《关于开展全国科普日活动的通知》的通知\n各县科协：\n现将省科协《关于开展全国科普日活动的通知》转发给你们，请认真组织。\n"
     "市科协\n2023年5月6日\n关于开展全国科普日活动的通知\n省科协发〔2023〕12号" + _TAIL, "notice", "关于开展全国科普日活动的通知"),
    ("关于转发省科协文件的通知\n各县科协：\n现将省科协《关于开展全国科普日活动的通知》（省科协发〔2023〕12号）转发给你们，"
     "请认真组织。\n市科协\n2023年5月6日\n省科学技术协会文件\n省科协发〔2023〕12号\n省科协关于开展2023年全国科普日活动的通知" + _TAIL,
     "notice", "省科协关于开展2023年全国科普日活动的通知"),
    # no title: the first sentence alone, the plan's title glued to the date
    ("各县科协：\n现将《2023年科普工作要点》印发给你们，请结合实际认真贯彻落实。\n市科协\n2023年5月6日2023年科普工作要点" + _TAIL,
     "notice", "2023年科普工作要点"),
    # the headline is the plan's name (a file's name), the notice's head follows: a notice
    ("全市科普工作规划（2021-2025年）\n市科协关于印发《全市科普工作规划（2021-2025年）》的通知\n市科协发〔2022〕8号\n各县科协：\n"
     "《全市科普工作规划（2021—2025年）》已经审议通过，现印发给你们。请结合实际，认真贯彻实施。\n市科协\n2022年3月1日" + _TAIL,
     "notice", "全市科普工作规划（2021-2025年）"),
    # a copy run into one paragraph: the notice's title in its head names what it issues (not a citation's)
    ("该内容已被发布者删除 查看原文其他中国科协关于印发《中国科协党组2022年工作要点》的通知科协改革进行时 2022-01-30 14:10"
     "科协发智字〔2022〕2号各全国学会、协会、研究会:为深入学习贯彻党的十九大精神,中国科协党组研究制定了2022年工作要点,"
     "现印发给你们,请结合实际扎实抓好工作落实。中国科协2022年1月29日中国科协党组2022年工作要点2022年,中国科协将坚持"
     + "扎实履行党和政府联系科技工作者桥梁和纽带的职责，" * 12, "notice", "中国科协党组2022年工作要点"),
    ("各县科协:根据《省科协关于印发〈2022年工作要点〉的通知》要求,现将有关事项通知如下:一、" + "认真组织开展各项活动，" * 40,
     "notice", None),
    ("各县科协:根据省科协关于印发《2022年工作要点》的通知要求,现将有关事项通知如下:一、" + "认真组织开展各项活动，" * 40,
     "notice", None),
    # a notice announcing a batch: 经……研究，……等5家单位为首批……
    ("各市科协，各有关单位：\n为做好调查工作，省科协组织开展了调查站点的申报遴选工作。\n经各单位申报，经省科协党组研究，"
     "市科技协会、市科协等5家单位为我省首批省级调查站点。\n省科学技术协会\n2023年9月25日", "notice", None),
    # must not enclose: a sentence that cites a document; a list of attachments; a list made known
    ("关于开展全国科普日活动的通知\n各县科协：\n根据《中国科协关于开展全国科普日活动的通知》要求，现将有关事项通知如下：" + _TAIL
     + "附件：1.活动安排表\n2.报名表\n市科协\n2023年5月6日", "notice", None),
    ("关于举办科普讲解大赛的通知\n各县科协：\n为贯彻落实《全民科学素质行动规划纲要》，现将有关事项通知如下：" + _TAIL
     + "附件：1.大赛实施方案\n2.报名表\n市科协\n2023年5月6日", "notice", None),
    ("关于公布首批科普基地名单的通知\n各县科协：\n经研究，现将首批科普基地名单予以公布。\n市科协\n2023年5月6日", "notice", None),
    # a plan that cites its basis is a plan, and encloses nothing
    ("2023年科普工作实施方案\n为贯彻落实《全民科学素质行动规划纲要》，制定本方案。" + _TAIL, "plan", None),
])
def test_the_notice_and_what_it_encloses_by_convention(text, doc_type, enclosed):
    """(doc_type, enclosed_title) of each notice, spaces aside."""
    doc = parse_text(text)
    assert (doc.doc_type, re.sub(r"\s+", "", doc.enclosed_title or "") or None) \
        == (doc_type, re.sub(r"\s+", "", enclosed) if enclosed else None)


@pytest.mark.parametrize("text, number, references", [
    # the 字号 under the signature and date is the forwarded document's: cited, not the notice's own
    ("关于转发省科协文件的通知\n各县科协：\n现将省科协《关于开展全国科普日活动的通知》转发给你们，请认真组织。\n市科协\n"
     "2023年5月6日\n省科学技术协会文件\n省科协发〔2023〕12号\n省科协关于开展2023年全国科普日活动的通知" + _TAIL,
     None, ["省科协发〔2023〕12号"]),
    # the notice's own 字号 under its title stays its own
    ("关于转发省科协文件的通知\n市科协发〔2023〕3号\n各县科协：\n现将省科协《关于开展全国科普日活动的通知》转发给你们。\n市科协\n"
     "2023年5月6日\n省科协发〔2023〕12号\n省科协关于开展2023年全国科普日活动的通知" + _TAIL,
     "市科协发〔2023〕3号", ["省科协发〔2023〕12号"]),
])
def test_the_number_under_the_signature_is_the_enclosed_documents(text, number, references):
    doc = parse_text(text)
    assert (doc.doc_number, doc.references) == (number, references)
