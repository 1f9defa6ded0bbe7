"""Precision of responsibility and deadlines (round 21): responsibility is work an item assigns — a 牵头单位/责任单位/
配合单位 annotation, （市科协、市教育局按职责分工负责）, 由……负责/牵头, a body and 负责 opening the item, a 负责人 line; a
deadline is the item's own due date (于……前报送, ……前完成, 截止……). A sentence that tells what a reporter learned, a
主办单位, where materials are sent, a body's 负责同志, a tally's 截至 date, an event's day, a period's end give none. Every
development document whose responsibility and deadlines the reader reads in full is still read in full."""

import datetime as dt
import json
from pathlib import Path

import pytest

from kexie.reader import parse
from kexie.reader.responsibility import read_responsibility
from kexie.reader.timecues import read_time

CORPUS = Path(__file__).parent / "corpus"
FIELDS = ("lead_leaders", "responsible_leaders", "departments", "lead_units", "partner_units")

# development documents (none of a held-out set) whose gold responsibility and deadlines the reader reads in full
READ_IN_FULL = [
    "360docs-city-disaster-reduction-week-plan",
    "52jingsai-2020-youth-popsci-experiment-contest-notice",
    "baise-2007-literacy-work-plan-tasks-page",
    "baogaosu-2014-journalists-day-events-notice",
    "cast-2025-work-points-notice",
    "chacewang-science-popularisation-tasks-excerpt",
    "chayi5-school-science-festival-plan",
    "college-2023-opening-ceremony-notice",
    "csit-2018-office-meeting-news",
    "csrme-2024-chinarock-satellite-venues-notice",
    "eimio-2009-township-science-week-plan",
    "eimio-county-science-week-plan",
    "fabao365-literacy-plan-tasks-continued",
    "fsou-2007-16-survey-stations-training-notice",
    "funan-2022-work-summary",
    "fupindai-school-science-festival-project-leads-plan",
    "gdast-2013-10-opinions-lecture-tour-notice",
    "gdygsk-district-science-day-plan",
    "guat-2019-anniversary-meeting-notice",
    "handan-2023-17-forwarding-notice",
    "hangzhou-2015-internet-plus-opinions-draft",
    "hast-2016-literacy-action-work-points",
    "hast-2022-ten-practical-things-notice",
    "henan-2018-society-activity-guide-notice",
    "hubei-2023-12-red-header-notice-pdf-extract",
    "hubei-2023-12-red-header-notice",
    "itemun-2017-popsci-project-application-notice",
    "jiangsu-2020-11-academician-lectures-letter",
    "jiangxi-2023-21-office-notice",
    "jingzhou-2015-18-decision-consulting-forwarding",
    "jzkx-2011-jingzhou-plenary-meeting-notice",
    "kjzxfw-2020-panzhihua-dongqu-community-popsci-hall-notice",
    "licheng-2016-science-week-publicity-notice",
    "lipsmiley-2022-chemical-society-activities-notice",
    "lncxrc-2018-13-science-workers-day-forwarding",
    "luohe-2007-science-week-requirements",
    "lyskx-2024-caravan-touring-exhibition-plan-notice",
    "meidekan-suyu-school-science-day-plan-group",
    "mekofs-2016-208-reform-exchange-notice",
    "mekofs-2017-22-fourth-workers-survey-notice",
    "qinghai-2023-popsci-explainer-contest-notice",
    "qujing-2023-15-task-table-notice",
    "scrme-2022-science-day-forwarding",
    "sdfengxin-2009-city-popsci-festival-opinions-group",
    "sdlongrun-2023-fire-association-project-forwarding",
    "sntcm-2023-science-workers-day-notice",
    "suichang-2013-64-literacy-leading-group",
    "taian-2023-work-points",
    "tcwy-2020-wangyi-tech-spring-plan",
    "technoirc-2021-xianning-popsci-bases-application-notice",
    "tskp-2016-37-tangshan-tech-needs-notice",
    "vanbien-2017-society-reform-points-notice",
    "wflms-2011-school-science-festival-group-plan",
    "wuyouwenku-2021-shuren-town-tech-plan-group",
    "wuzhou-2008-117-school-flood-safety-group",
    "xiexiebang-2018-science-workers-day-plan",
    "xingtai-2012-commendation-selection-notice",
    "xinxiang-2023-agri-popsci-bases-forwarding",
    "xjbl-literacy-office-members-and-duties",
    "yinan-2023-rural-revitalization-plan",
    "yinzheng-2017-guangzhou-science-week-opening-notice",
    "ysu-2024-lab-open-day-notice",
    "zaozhuang-2019-chairs-meeting-urgent-notice",
    "zhuzhou-2023-science-literacy-plan-ocr",
    "zhuzhou-2023-science-literacy-plan",
    "zixin-2012-district-science-week-plan",
    "zufedfc-2014-campus-culture-materials-call",
    "zuowenred-xieqiao-school-science-festival-plan",
]


def _entries(outline):
    resp = [(f, n) for it in outline for f in FIELDS for n in ((it.get("responsibility") or {}).get(f) or [])]
    return resp, [it.get("deadline") for it in outline if it.get("deadline")]


@pytest.mark.parametrize("stem", READ_IN_FULL)
def test_each_development_entry_is_still_read(stem):
    gold = json.loads((CORPUS / "gold" / (stem + ".json")).read_text(encoding="utf-8"))
    doc = parse(next((CORPUS / "docs").glob(stem + ".*")))
    assert _entries(doc.to_dict()["outline"]) == _entries(gold["outline"])


# sentences an item may hold that assign it to nobody (news narrative, a summary's year, hosts, where to send, who came)
NO_RESPONSIBILITY = [
    "三要实施全民科学素质提升工程，深化“科普三门峡”行动积极推动建立由市科协牵头、跨部门协作的全民科学素质行动规划纲要。",
    "会议由刘旭秘书长主持，学会组织工作委员会负责人贾锁堂副理事长、李焱副秘书长出席了本次会议。",
    "本次活动由区科协牵头，与区教育局、区卫健局联合举办，吸引了200余名群众参与。",
    "此次活动由市科协主办，市科技馆承办，市气象局、市地震局协办。",
    "活动由县科协负责组织实施，共发放宣传资料3000余份。",
    "活动当天，市科协党组书记张三出席并讲话，市教育局、市科技局负责同志参加活动。",
    "主办单位：中国科协科普部；指导单位：省科协。",
    "申报材料请报至市科协学会部，联系人：张三，电话：12345678。",
    "请于2023年5月20日前将申报材料报送至省科协科普部。",
    "各县科协要高度重视，认真组织，确保活动取得实效。",
    "据了解，该项目由省科技厅牵头，省财政厅配合实施。",
    "记者从市科协获悉，今年全国科普日活动由市科协、市科技局共同负责组织。",
    "5月20日，由市科协主办、市青少年科技中心承办的第十届青少年科技创新大赛在市科技馆开幕。",
    "由市科协牵头组织的第五届科普讲解大赛于昨日在市科技馆圆满落幕。",
    "2022年由县科协负责实施的科普惠农项目已全部完成验收。",
    "本办法由浙江省科学技术协会负责解释。",
    "会上，市科协党组书记作了讲话，市科协办公室负责同志主持会议。",
    "市科协科普部负责同志介绍了活动开展情况。",
]


@pytest.mark.parametrize("text", NO_RESPONSIBILITY)
def test_a_sentence_that_assigns_nothing_gives_no_responsibility(text):
    assert read_responsibility(text)[0] is None


# a bracket after the item assigns it, whatever its sentence reports
def test_a_bracket_assigns_the_item_though_its_sentence_tells_what_a_reporter_learned():
    r, _ = read_responsibility("据悉，全市将对已建成的科普示范基地进行复查（市科协、市教育局按职责分工负责）。")
    assert r.lead_units == ["市科协", "市教育局"]


# work a summary or a 工作要点 reports done is read as the golds read it (牵头 in a past year's work)
def test_work_reported_done_is_still_read():
    r, _ = read_responsibility("去年以来，由市科协牵头，市教育局配合，建成科普示范学校20所。")
    assert r.lead_units == ["市科协"] and r.partner_units == ["市教育局"]


ISSUED = dt.date(2023, 1, 5)

# dates an item may hold that are no due date of its own: an event's day, a period, a tally, a validity
NO_DEADLINE = [
    "一是定于2023年9月21日——22日在铜钱关镇举办全国科普日主场活动。",
    "大赛定于2023年5月20日在市科技馆举办。",
    "展览于2023年5月20日开幕，至6月30日止。",
    "报名时间：2023年7月12日—8月11日。",
    "活动时间：2023年5月20日至6月30日止。",
    "活动时间为2023年7月12日至8月11日，为期一个月。",
    "征集时间自即日起至2023年6月30日止。",
    "本通知自2023年6月1日起施行，有效期至2025年12月31日止。",
    "第一阶段：2023年4月10日前为宣传发动阶段。",
    "截至2023年6月底，全市已建成科普示范社区120个。",
    "截止2023年5月底，累计培训农民2万余人次。",
    "截至2023年6月底，共有86个单位提交了申报材料。",
    "2023年6月30日，市科协召开全体干部大会，传达学习省科协全委会精神。",
    "会议定于2023年6月28日报到，29日正式开会。",
    "培训班定于2023年7月10日至14日在北京举办。",
    "2023年5月20日前后，各地将集中开展科普日活动。",
]


@pytest.mark.parametrize("text", NO_DEADLINE)
def test_a_date_that_is_no_due_date_gives_no_deadline(text):
    assert read_time(text, 2023, None, ISSUED)[0] is None


DEADLINES = [
    ("请于2023年5月20日前将申报材料报送至省科协科普部。", "2023-05-20"),
    ("请各县科协高度重视，于2023年5月20日前完成推荐工作。", "2023-05-20"),
    ("各学会要在2023年12月底前完成换届。", "2023-12-31"),
    ("请于2023年6月1日至6月30日前报送至市科协办公室。", "2023-06-30"),
    ("于2023年7月18日将电子文档发送至邮箱。", "2023-07-18"),
]


@pytest.mark.parametrize("text, due", DEADLINES)
def test_an_items_own_due_date_is_its_deadline(text, due):
    assert read_time(text, 2023, None, ISSUED)[0] == due


# a party committee's department named with its level (市委宣传部) is a unit, as the golds read it; an office of the
# issuer (学会办公室, 市科协学会部) stays a department
FIELDS_OF_BODIES = [
    ("由县委宣传部牵头，县科协、县卫计局抽人组成服务工作队。", "lead_units", ["县委宣传部"]),
    ("市委宣传部负责组织新闻媒体开展宣传报道。", "lead_units", ["市委宣传部"]),
    ("学会办公室负责报送材料的收集、整理、上报等工作。", "departments", ["学会办公室"]),
    ("申报科普选题工作，由市科协学会部负责。", "departments", ["市科协学会部"]),
]


@pytest.mark.parametrize("text, field, names", FIELDS_OF_BODIES)
def test_a_body_is_read_in_the_field_its_kind_says(text, field, names):
    r, _ = read_responsibility(text)
    assert {f: getattr(r, f) for f in FIELDS if getattr(r, f)} == {field: names}
