"""The enclosed title by convention (round 21): a 印发/转发 notice names what it issues or forwards in its title
(关于印发《…》的通知), its first sentence (现将《…》印发给你们, 《…》已经……同意，现印发给你们), and the plan's own title line
under the signature. Web copies lose the title line, the date line, the 《》 (or write them “”, <>), run the lines
together, frame the page, write it in 繁體 or space the title out: each variant of real development notices is still
read as the gold reads it, and sentences that only name a document, or quote a phrase, enclose nothing."""

import json

import pytest

from kexie.reader import parse_text
from kexie.reader.formats import extract
from enclosed_variants import CORPUS, KINDS, documents, misread, norm

# development notices (dev-23) whose gold names the enclosed document: plans, work points, forwarded notices
STEMS = [
    "cast-2025-work-points-notice", "changzhi-2021-association-work-points-notice",
    "danzhou-2022-39-literacy-plan-notice", "dawa-2021-government-report-task-breakdown-notice",
    "fabao365-2012-32-science-camp-plan-notice", "gangyaoban-2018-3-work-points-notice",
    "guiyang-2009-entrepreneurial-city-opinions-notice", "jiangmen-2023-popsci-works-forwarding",
    "liaoning-2018-workers-day-forwarding", "mianzhu-2017-literacy-plan-notice",
    "qujing-2023-15-task-table-notice", "tgf3-2024-wuhan-society-academic-work-points",
]
# the variant writes 现将<政府工作报告>任务分解表印发 from a title that quotes within a title: left alone
LEFT_ALONE = {("dawa-2021-government-report-task-breakdown-notice", "unquoted")}
DOCS = {stem: (text, reflow, gold) for stem, text, reflow, gold in documents(stems=set(STEMS))}


def test_the_chosen_notices_are_in_the_corpus():
    assert sorted(DOCS) == sorted(STEMS)


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_variant_of_a_notice_reads_the_gold_enclosed_title(kind):
    read, wrong = misread(kind, DOCS, LEFT_ALONE)
    assert read and not wrong


@pytest.mark.parametrize("text, enclosed", [
    # the 《》 written “” or <>, or lost: the first sentence still names the plan between 现将 and the verb
    ("关于印发<2023年科普工作要点>的通知\n各单位：\n现将<2023年科普工作要点>印发给你们，请认真贯彻执行。", "2023年科普工作要点"),
    ("各单位：\n现将“2023年科普工作要点”印发给你们，请认真贯彻执行。", "2023年科普工作要点"),
    ("各单位：\n现将2023年科普工作要点印发给你们，请认真贯彻执行。", "2023年科普工作要点"),
    ("各单位：\n“全市科普工作实施方案”已经市政府同意，现印发给你们，请认真贯彻执行。", "全市科普工作实施方案"),
    # several documents issued together: the first
    ("各单位：\n现将《科学营实施方案》和《科学营管理办法》印发给你们，请遵照执行。", "科学营实施方案"),
    # the forwarded notice's 字号 between its title and the verb, under a title that does not say 转发
    ("关于开展2018年科技工作者日活动的通知（点击下载）\n各单位：\n现将《中国科协关于开展2018年“全国科技工作者日”活动的通知》"
     "(科协发厅字〔2018〕13号)转发给你们，请认真组织。", "中国科协关于开展2018年“全国科技工作者日”活动的通知"),
    # the date line lost: the signature runs into the plan's title, which names the same body
    ("中国科协办公厅关于印发《中国科协2025年工作要点》的通知\n各单位：\n现将《中国科协2025年工作要点》印发给你们。\n"
     "中国科协办公厅\n中国科协2025年工作要点\n一、总体要求", "中国科协2025年工作要点"),
    # …but a title that begins with another body keeps its first line
    ("关于印发第二十八届科技之春宣传月活动实施方案的通知\n各单位：\n现将方案印发给你们。\n2020年3月1日\n"
     "王益区农业农村局\n第二十八届科技之春宣传月活动实施方案\n一、活动时间", "王益区农业农村局第二十八届科技之春宣传月活动实施方案"),
    # must not fire: a sentence that only cites a document, a phrase in “”, news sent on, nothing named
    ("关于开展“最美科技工作者”学习宣传活动的通知\n各单位：\n为弘扬科学家精神，现将有关事项通知如下：\n一、活动时间", None),
    ("关于做好2023年全国科普日活动的通知\n各县科协：\n根据《中国科协关于开展2023年全国科普日活动的通知》要求，现将有关事项通知如下：",
     None),
    ("关于开展科技之春活动的通知\n各单位：\n现将开展“科技之春”活动的有关事项通知如下。", None),
    ("关于报送材料的通知\n各单位：\n现将各单位报送的材料情况转发给你们。", None),
])
def test_the_enclosed_title_by_convention(text, enclosed):
    assert parse_text(text).enclosed_title == enclosed


# development notices run into one paragraph: the 字号 between the title and the first sentence is still the own one
ONE_PARAGRAPH_NUMBERS = [
    "handan-2023-17-forwarding-notice", "meishan-2023-45-situation-report", "jiangsu-2020-11-academician-lectures-letter",
    "mekofs-2017-22-fourth-workers-survey-notice", "gpnu-2024-3-guangdong-popsci-work-points",
    "craftsandsubscriptions-2022-31-popsci-points-notice", "ahshx-2025-17-science-week-plan-notice",
]


@pytest.mark.parametrize("stem", ONE_PARAGRAPH_NUMBERS)
def test_a_notice_run_into_one_paragraph_keeps_its_own_number(stem):
    gold = json.loads((CORPUS / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
    f = next((CORPUS / "docs").glob(stem + ".*"))
    text = "".join(line.strip() for line in extract(f.read_bytes(), f.name).split("\n"))
    assert norm(parse_text(text).doc_number) == norm(gold["doc_number"])


@pytest.mark.parametrize("text, number", [
    # the title names the forwarded document's number; the own one follows the title
    ("关于转发《中国科协关于开展科技工作者日活动的通知》（科协发厅字〔2018〕13号）的通知市科协发〔2018〕5号各县科协：现将"
     "《中国科协关于开展科技工作者日活动的通知》转发给你们，请认真组织。" + "各县科协要认真组织开展系列活动。" * 20, "市科协发〔2018〕5号"),
    # none before the first sentence: the body's numbers are cited ones
    ("关于开展科技工作者日活动的通知各县科协：根据《中国科协关于开展科技工作者日活动的通知》（科协发厅字〔2018〕13号）要求，"
     "现将有关事项通知如下。" + "各县科协要认真组织开展系列活动。" * 20, None),
])
def test_the_own_number_of_a_page_run_into_one_paragraph(text, number):
    assert parse_text(text).doc_number == number
