"""Notices that reach the reader run together or chunked (round 22): a page that lost its line breaks, a sharing
site's preview. By convention (GB/T 9704 and the sites' own layout):
- a signature block run into the text (……请积极填报。附件：《…》某某局2022年4月12日联系人：…) is still the signature: a body's
  name right before a full date, after a sentence or a 附件 line's last name, before 联系人/附件/抄送 or the end;
- a title glued to its 主送 (……的通知各县区（开发区）科协：) splits at the title's kind word (a 字号 between them stays);
- 一 二 三 that lost their 、 are first-level items only where they run in order at a line's start or after a sentence
  and the text writes no first-level item the usual way (一是, 一批, 三农 are words);
- a sharing site's chunk numbers (1、 2、 …) number nothing: the site's line says so, or 1、 opens the text and each later
  number cuts a paragraph inside a sentence;
- a later sentence that gives each recipient's office its part (各……科协经发办负责……) assigns the item.
Variants of development notices (runon_variants.py) must keep what the reader reads on the notice as it is."""

from __future__ import annotations

import pytest

from kexie.reader import parse_text
from kexie.reader import patterns as P
from kexie.reader.clean import (chunk_numbers_dropped, clean, main_send_apart, signature_run_in_apart,
                                title_apart_from_main_send)
from kexie.reader.responsibility import read_responsibility
from reader_files import CORPUS, corpus_documents
import runon_variants as V

# the real notices (the twenty-fifth set's, development material since round 22)
WENMI = (CORPUS / "docs" / "1wenmi-2025-city-excellent-enterprise-associations-notice.txt").read_text(encoding="utf-8")
CHACEWANG = (CORPUS / "docs" / "chacewang-2022-xindu-tech-week-projects-notice.txt").read_text(encoding="utf-8")


def test_a_sharing_sites_preview_with_a_title_glued_to_its_main_send_and_numerals_without_their_comma():
    doc = parse_text(WENMI)
    assert doc.title == "关于开展2025年本市优秀企业科协申报推荐工作的通知"
    assert doc.recipients == ["各县区（开发区）科协"]
    got = [(x.id, x.marker, x.heading) for x in doc.outline]
    assert got[0] == ("1", "一", "申报条件申报2025年本市优秀企业科协，须同时具备以下条件")
    assert ("1.3", "3．", "每年组织开展技术攻关并推动成果转化应用1项及以上，或者组织开展对外科普活动6场及以上") in got  # 以 / 2、上
    assert ("2", "二", "申报材料") in got and ("2.1", "1．", "本市优秀企业科协申报表") in got
    assert [x.marker for x in doc.outline if x.level == 1] == ["一", "二", "三"]
    assert not any(x.marker in ("1、", "2、") for x in doc.outline)  # the site's chunk numbers
    third = next(x for x in doc.outline if x.id == "3")
    assert third.responsibility.lead_units == ["各县区（开发区）科协经发办"]
    assert "配套讲稿" not in doc.text  # the site's notes under the preview


def test_a_notice_on_one_line_keeps_its_signature_and_date():
    doc = parse_text(CHACEWANG)
    assert doc.issuer == "成都市新都区新经济和科技局"
    assert doc.date == "2022-04-12"
    assert doc.recipients == ["各相关单位"]
    assert doc.contact.name == "周雪丹" and doc.contact.phone == "028-83915565"


@pytest.mark.parametrize("text, body, date", [
    # after a sentence, before 联系人
    ("请各单位积极填报。某某区科学技术局2022年4月12日联系人：王明联系电话：028-83915565", "某某区科学技术局", "2022年4月12日"),
    # after a quoted 附件 title, at the line's end
    ("附件：《关于征集科技活动周项目的通知》某某市科学技术协会2023年5月6日", "某某市科学技术协会", "2023年5月6日"),
    # after the 附件 line's last name (its kind, its file's extension), a proxy seal kept
    ("请认真执行。附件：2025年部分市级个人科技特派员调整名单某某市科技特派员工作联席会议办公室（某某市科学技术局代章）2025年3月27日",
     "某某市科技特派员工作联席会议办公室（某某市科学技术局代章）", "2025年3月27日"),
    ("现印发给你们。附件：全国科普大篷车项目管理办法.pdf中国科协办公厅2024年12月30日", "中国科协办公厅", "2024年12月30日"),
    # a date in Chinese numerals, after the closing formula that lost its stop
    ("特此通知。中国科学技术协会二〇〇七年三月二十日", "中国科学技术协会", "二〇〇七年三月二十日"),
    ("特此通知鹰潭市科学技术协会二OO八年三月五日主题词：科协工作会议通知", "鹰潭市科学技术协会", "二OO八年三月五日"),
    # after the contact's telephone number or mailbox
    ("联系人：王明电子邮箱：kexie@example.com某某省青少年科技教育协会2014年4月22日", "某某省青少年科技教育协会", "2014年4月22日"),
    ("联系电话：87571138学生工作部2014年9月18日", "学生工作部", "2014年9月18日"),
    # before the document the notice issues, and before GB/T 9704's 附注
    ("现将《中国科协2025年工作要点》印发给你们。中国科协办公厅2025年2月28日中国科协2025年工作要点2025年，中国科协将",
     "中国科协办公厅", "2025年2月28日"),
    ("现印发给你们。某某市人民政府办公厅2016年12月20日（此件公开发布）", "某某市人民政府办公厅", "2016年12月20日"),
])
def test_a_signature_run_into_the_text_stands_apart(text, body, date):
    lines = signature_run_in_apart(text).split("\n")
    assert body in lines and date in lines


def test_the_attached_documents_label_and_title_after_the_signature_stand_on_their_own_lines():
    text = ("现将《中国科协关于深入学习宣传贯彻党的二十大精神的实施方案》转发给你们。某某省科学技术协会2023年3月3日"
            "附件中国科协关于深入学习宣传贯彻党的二十大精神的实施方案为进一步掀起……一、指导思想")
    assert signature_run_in_apart(text).split("\n")[1:] == [
        "某某省科学技术协会", "2023年3月3日", "附件", "中国科协关于深入学习宣传贯彻党的二十大精神的实施方案", "为进一步掀起……一、指导思想"]


def test_the_issued_documents_title_after_the_signature_stands_on_its_own_line():
    text = ("现将《某某市全民科学素质行动规划纲要实施方案（2021-2025年）》印发给你们，请认真贯彻执行。某某市人民政府办公室"
            "2022年12月22日（此件公开发布）某某市全民科学素质行动规划纲要实施方案（2021-2025年）为贯彻落实……")
    assert signature_run_in_apart(text).split("\n")[1:] == [
        "某某市人民政府办公室", "2022年12月22日", "（此件公开发布）", "某某市全民科学素质行动规划纲要实施方案（2021-2025年）",
        "为贯彻落实……"]


@pytest.mark.parametrize("text", [
    # a sentence that names a body and a date is no signature
    "请各单位积极填报。市科协2022年4月12日召开常委会议，研究部署有关工作。",
    "经研究决定。市科协于2022年4月12日前完成评审",
    # no sentence ends before the name: a subject's words, not a signature
    "会议由某某市科学技术协会2022年4月12日联系人：王明",
    # a name that is no body
    "请积极参加。活动时间2022年4月12日",
    # a year in brackets is no number before a signature: （2023 / 年版）某某办公室 stays whole
    "附件：评估指标体系（2023年版）",
    # a title after the date that the text never quoted is the text going on
    "请各单位积极参加。市科协2022年4月12日举办的科普讲座，内容丰富",
])
def test_a_body_and_a_date_inside_the_text_are_no_signature(text):
    assert signature_run_in_apart(text) == text


@pytest.mark.parametrize("line, parts", [
    ("关于开展2025年本市优秀企业科协申报推荐工作的通知各县区(开发区)科协:为规范和强化本市企业科协组织建设，",
     ["关于开展2025年本市优秀企业科协申报推荐工作的通知", "各县区(开发区)科协："]),
    # the 字号 between title and 主送, and the issuer's mark and 字号 before the title
    ("江西省科协办公室关于做好2023年度省级学会综合能力评估工作的通知赣科协办字〔2023〕21号各省级学会（协会、研究会）：根据",
     ["江西省科协办公室关于做好2023年度省级学会综合能力评估工作的通知", "赣科协办字〔2023〕21号", "各省级学会（协会、研究会）："]),
    ("某某市科学技术协会某科协字[2023]17号关于转发《省科协办公室关于开展2023年全国科普日活动的通知》的通知各县（市、区）科协：现将",
     ["某某市科学技术协会", "某科协字〔2023〕17号", "关于转发《省科协办公室关于开展2023年全国科普日活动的通知》的通知",
      "各县（市、区）科协："]),
    # a 主送 that names whose before 各 (机关各科室), and a title with a kind word inside it
    ("关于印发2023年科普工作计划的通知机关各科室、市科技馆：现将", ["关于印发2023年科普工作计划的通知", "机关各科室、市科技馆："]),
    # traditional script
    ("關于開展2021年高校科協學術交流項目申報工作的通知各有關單位：為發揮", ["關于開展2021年高校科協學術交流項目申報工作的通知", "各有關單位："]),
])
def test_a_title_glued_to_its_main_send_splits_at_its_kind_word(line, parts):
    got = title_apart_from_main_send(line).split("\n")
    assert got[:len(parts)] == parts


@pytest.mark.parametrize("line, to", [
    # after the 字号, the page's dated line, a bracket
    ("某某省科学技术协会文件某科协发〔2019〕82号各省级学会、协会、研究会，各设区市科协：为全面落实《全民科学素质行动计划纲要》",
     "各省级学会、协会、研究会，各设区市科协："),
    ("关于开展2015年度乡村学堂讲科普活动的通知22.04.2015  13:01各市及省直管县科协，九三学社各市委会及省直属组织：由省科协和省",
     "各市及省直管县科协，九三学社各市委会及省直属组织："),
    ("关于申报2017年度精品科普活动项目的通知（发布日期：2017-07-14点击数：7）各有关学院、单位：根据省科学技术协会《关于申报》",
     "各有关学院、单位："),
])
def test_a_main_send_glued_after_the_number_or_the_pages_date_stands_apart(line, to):
    assert to in main_send_apart(line + "，结合实际，现将有关事项通知如下。" + "请各单位认真组织实施。" * 4).split("\n")


@pytest.mark.parametrize("line", [
    # a sentence that only addresses each unit, or a colon after words that name no body
    "会议于2023年5月12日召开，会上2023年各单位要认真做好以下工作：一是加强组织领导，二是落实工作责任，三是强化督促检查，确保各项任务落到实处取得实效",
    "现将有关事项通知如下：请于5月20日前报送，逾期不候，各单位负责同志务必高度重视并认真组织实施相关工作：一、报送材料二、报送方式三、其他事项要求",
])
def test_addressed_words_inside_a_sentence_are_no_main_send(line):
    assert main_send_apart(line) == line


@pytest.mark.parametrize("line", [
    "关于做好科普工作的通知各单位要认真组织实施",  # no 主送's colon
    "市科协召开会议各单位负责同志参加：",  # no 公文's title
    "现将有关事项通知各单位：",  # no title (现将…通知 is a sentence)
])
def test_lines_that_only_look_like_a_title_and_main_send_stay(line):
    assert title_apart_from_main_send(line) == line


@pytest.mark.parametrize("text, markers", [
    ("各单位：\n现将有关事项通知如下：一申报条件具有企业科协。二申报材料申报表。三申报程序自主申报。", ["一", "二", "三"]),
    ("各单位：\n一活动时间\n2024年5月20日\n二活动地点\n市科技馆\n三活动内容\n科普展览\n四工作要求\n请认真组织。",
     ["一", "二", "三", "四"]),
    ("各单位：\n一内容\n布置培训。\n二参会人员\n各有关单位一人。\n三会议时间\n5月。\n四有关费用\n自理。\n五要求\n请准时参加。",
     ["一", "二", "三", "四", "五"]),
])
def test_numerals_that_lost_their_comma_are_first_level_items_in_sequence(text, markers):
    doc = parse_text(text)
    assert [x.marker for x in doc.outline if x.level == 1] == markers
    assert "、" not in clean(text).replace("各单位", "")  # the 、 lent while lines are joined is gone


@pytest.mark.parametrize("text", [
    # 一是 / 二是: points, not first-level items
    "会议要求：一是提高认识。二是加强领导。三是狠抓落实。",
    # words that open with a numeral
    "各单位：\n一批企业科协成立。二十家单位参加。三农工作扎实推进。",
    # two in order may be a sentence's words
    "各单位：\n一方面加强宣传。二要落实责任。",
    # the text writes its first level the usual way: a numeral without 、 is no item
    "各单位：\n一、活动时间\n5月。\n二活动地点\n市科技馆。\n三、活动内容\n展览。",
])
def test_numerals_that_open_words_or_mix_with_the_usual_form_are_no_bare_items(text):
    assert P.bare_numeral_run(clean(text)) == [] or "、" in text
    doc = parse_text(text)
    assert not [x for x in doc.outline if x.level == 1 and not x.marker.endswith("、")]


LONG = "为进一步推动科普工作深入开展，提升公众科学素质，营造良好社会氛围，各单位要结合实际认真组织开展形式多样的科普宣传活动"


@pytest.mark.parametrize("lines, expected", [
    # 1、 opens the text, 2、 cuts a paragraph inside a sentence: chunk numbers
    (["1、关于开展科普活动的通知", LONG + "，" + LONG + "，" + LONG + "，做好", "2、组织协调工作。"],
     ["关于开展科普活动的通知", LONG + "，" + LONG + "，" + LONG + "，做好组织协调工作。"]),
    # …and with a chunk that ended on a sentence between two that cut one: the site's numbers run on (the document's own
    # 1、 2、 in between stay)
    (["1、" + LONG + "，做好", "组织工作。", "1、开展讲座。", "2、组织展览。", LONG + LONG + "，认真", "2、落实。"],
     [LONG + "，做好", "组织工作。", "1、开展讲座。", "2、组织展览。", LONG + LONG + "，认真落实。"]),
])
def test_chunk_numbers_without_the_sites_line_are_dropped(lines, expected):
    assert chunk_numbers_dropped(lines) == expected


@pytest.mark.parametrize("lines", [
    # a list whose entries end (full-width or half-width marks)
    ["工作安排", "1、开展科普讲座，普及科学知识。", "2、组织科技下乡，服务农民群众。"],
    ["1、" + LONG + ";", "2、" + LONG + "。"],
    # the list is not at the text's start
    ["关于开展科普活动的通知", "各单位：", "现将有关事项通知如下：", "一、活动内容", "1、" + LONG + LONG, "2、" + LONG],
    # an attachment list's short entries
    ["1、" + LONG + LONG + "。", "附件：1、主题征文比赛活动方案", "2、摄影比赛活动方案"],
])
def test_a_documents_own_numbered_list_keeps_its_numbers(lines):
    assert chunk_numbers_dropped(lines) == lines


@pytest.mark.parametrize("sentences, leads", [
    (("申报程序各候选的优秀企业科协通过单位自主申报、相关单位推荐产生。", "各县区（开发区）科协经发办负责本地区有关单位推荐。"),
     ["各县区（开发区）科协经发办"]),
    # a later sentence naming one body that leads the whole, or a placeholder: nobody
    (("加强领导，密切协作。", "市人民政府负责领导《科学素质纲要》的实施工作。"), None),
    (("做好宣传。", "各单位负责做好本单位的宣传工作。"), None),
])
def test_a_later_sentence_that_gives_each_recipients_office_its_part(sentences, leads):
    assert getattr(read_responsibility("".join(sentences))[0], "lead_units", None) == leads


# development notices (dev-26) whose variant keeps the reading: the title, issuer, date, 主送 and first-level items
VARIANT_STEMS = {
    "glued_signature": ["bjbws-2022-8-qinghai-association-14th-plan-issuing-notice", "cast-2025-work-points-notice",
                        "ctbu-2025-service-hall-trial-notice", "dongguan-2003-248-public-health-leading-group",
                        "guat-2019-anniversary-meeting-notice", "jiangmen-2023-popsci-works-forwarding",
                        "jiangxi-2023-21-office-notice", "mianzhu-2017-literacy-plan-notice",
                        "nanyang-2023-8-leading-group-notice", "xuzhou-2013-standing-committee-meeting-notice",
                        "ysu-2024-lab-open-day-notice", "zaozhuang-2019-chairs-meeting-urgent-notice"],
    "glued_title": ["cast-2023-paper-selection-extension-announcement", "chibi-2012-3-literacy-plan-notice",
                    "chinpac-2021-shaanxi-university-exchange-notice", "cinnet-2022-popsci-nomination-forwarding",
                    "handan-2023-17-forwarding-notice", "hubei-2023-12-red-header-notice",
                    "jingzhou-2015-18-decision-consulting-forwarding", "nfu-2018-15-leaders-reception-days-notice",
                    "sysu-2016-congress-work-meeting-notice", "tskp-2016-37-tangshan-tech-needs-notice",
                    "yongchuan-2019-103-popsci-joint-meeting-adjustment", "zaozhuang-2019-chairs-meeting-urgent-notice"],
    "lost_commas": ["2exam-2014-renaming-inspection-notice", "87jd-2021-hefei-commissioner-station-recognition-notice",
                    "ahszu-2025-reception-days-notice", "aku-2011-02-tech-culture-festival-notice",
                    "bangfu-2021-bengbu-tech-commissioner-selection-notice", "chinpac-2021-shaanxi-university-exchange-notice",
                    "college-2023-opening-ceremony-notice", "fsou-2007-16-survey-stations-training-notice",
                    "gdast-2013-10-opinions-lecture-tour-notice", "gslryl-2021-dormitory-carnival-notice",
                    "guat-2019-anniversary-meeting-notice", "caturday-2012-instrument-society-standing-council-notice"],
    "chunk_numbers": ["1wenmi-2025-city-excellent-enterprise-associations-notice", "ahshx-2025-17-science-week-plan-notice",
                      "baogaosu-2015-anhui-village-school-lectures-notice", "craftsandsubscriptions-2022-31-popsci-points-notice",
                      "fabao365-2012-32-science-camp-plan-notice", "gangyaoban-2018-3-work-points-notice",
                      "itemun-2017-popsci-project-application-notice", "jiangxi-2023-21-office-notice",
                      "most-2022-69-science-week-notice", "scrme-2022-science-day-forwarding",
                      "tskp-2016-37-tangshan-tech-needs-notice", "xingtai-2012-commendation-selection-notice"],
    "one_line": ["bangfu-2021-bengbu-tech-commissioner-selection-notice", "cast-2010-17-popsci-symposium-prenotice",
                 "csust-2011-care-committees-adjustment-notice", "ecust-2019-125-popsci-contest-forwarding",
                 "handan-2023-17-forwarding-notice", "jiangxi-2023-21-office-notice", "nanyang-2023-8-leading-group-notice",
                 "tskp-2016-37-tangshan-tech-needs-notice", "wulong-2021-popsci-joint-meeting-notice",
                 "ysu-2024-lab-open-day-notice", "danzhou-2022-39-literacy-plan-notice",
                 "jiangmen-2023-popsci-works-forwarding", "jiangsu-2019-82-chief-experts-notice",
                 "kannuslainen-2020-cast-popsci-points-notice", "sqmc-2021-campus-science-week-notice",
                 "xast-2025-14-popsci-trainers-course-notice", "yqsmesc-2021-fuyang-popsci-base-recognition-forwarding",
                 "zjsee-2013-51-science-day-commendation-notice"],
}
DOCS = {stem: (text, reflow) for stem, text, reflow, _ in corpus_documents(
    CORPUS / "docs", CORPUS / "gold", {s for stems in VARIANT_STEMS.values() for s in stems})}


def test_the_chosen_notices_are_in_the_corpus():
    assert sorted(DOCS) == sorted({s for stems in VARIANT_STEMS.values() for s in stems})


@pytest.mark.parametrize("kind, stem", [(k, s) for k, stems in VARIANT_STEMS.items() for s in stems])
def test_each_variant_of_a_notice_keeps_its_header_and_outline(kind, stem):
    text, reflow = DOCS[stem]
    assert V.lost(kind, text, reflow) == []
