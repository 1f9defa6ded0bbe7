"""Round 23, sixth wave (header): a news report's issuer, a report of a published plan, a plan announced in its own
words, and a 印发 notice that names its plan a sentence before the verb. Lines from sets 36 and 37 (development now)."""
import pytest

from kexie.reader import parse_text

LEAD = ("8月24日,科尔沁区科协深入木里图镇开展“全国科普日”科普大篷车进乡村宣传活动。\n\n"
        "活动现场,通过悬挂宣传条幅、发放宣传资料等形式吸引往来农牧民驻足。\n")


@pytest.mark.parametrize("page", [
    # kpfwpt (horqin): the headline's subject is what the report is about, not its 发文机关
    "首页 >> 工作动态>> 信息详情\n内蒙古科尔沁区科协开展“全国科普日”科普大篷车进乡村宣传活动\n"
    "2023-09-28 10:30:38 车型:Ⅱ型大篷车\n在2023年全国科普日到来之际,为提升乡镇农村居民玉米种植技术与舍饲牛养殖技术,"
    + LEAD,
    # kpfwpt (xinping): 供稿 credits who sent the report in
    "首页 >> 工作动态>> 信息详情\n\n云南省新平县科协开展2023年全国科普日集中展示活动\n\n"
    "2023-10-16 15:06:33 供稿:新平彝族傣族自治县科学技术协会 车型:Ⅳ型全顺(汽油)大篷车\n\n" + LEAD,
    # oksanjose: a portal's footer, then 来源 and the time, no headline
    "吉林省科学技术协会主办\n吉ICP备案号18002506号\n来源:松原市科协\n2023-02-09 14:04:01\n"
    "2月8日,松原市科协一届二次全委会议召开。会议审议通过《松原市科协2022年度工作报告》。\n",
    # shiquan: 源自 and the lead's subject
    "您的位置: 首页> 石泉要闻> 聚焦石泉>正文详情\n\n县科协受中省市科协通报表扬\n\n时间:2018-12-26 14:40作者:王美荣源自:县科协\n\n"
    "近日,中国科协办公厅,省科协、省委宣传部等6家单位先后发文,对2018年全国科普日优秀组织单位予以通报表扬。"
    "在中科协通报的名单中,石泉县科协名列陕西10县(区)之一。\n",
    # saborimports: a fragment of the lead (为做好2020年市科协系统…) is never a body
    "市科协召开2021年外事联络员工作交流会\n\n信息来源:国际联络部      发布时间:2021-02-09\n\n"
    "  为做好2020年市科协系统外事工作的经验总结和成果交流,市科协于2月5日召开了外事联络员工作交流视频会议。\n",
])
def test_a_news_report_names_no_issuer_from_its_headline_lead_or_source(page):
    doc = parse_text(page)
    assert (doc.doc_type, doc.issuer) == ("news", None)


def test_a_reports_source_body_is_said_in_a_warning():
    doc = parse_text("云南省新平县科协开展2023年全国科普日集中展示活动\n\n"
                     "2023-10-16 15:06:33 供稿:新平彝族傣族自治县科学技术协会 车型:Ⅳ型全顺(汽油)大篷车\n\n" + LEAD)
    assert any("新平彝族傣族自治县科学技术协会" in w and "来源/供稿" in w for w in doc.warnings)


def test_a_briefings_masthead_still_names_its_issuer():
    # ningbo-2023-5-briefing: the 简报's own head names the office that issues it
    doc = parse_text("科协工作简报\n\n2023年第5期（总第128期）\n\n宁波市科学技术协会办公室　　　　　　2023年6月15日\n\n"
                     "宁波市科协组织“科技专家服务团”赴象山开展海洋产业对接服务\n\n"
                     "6月13日，宁波市科协组织由12名院士专家组成的“科技专家服务团”赴象山县开展技术对接服务。\n")
    assert doc.issuer == "宁波市科学技术协会办公室"


def test_a_headline_that_a_body_published_a_plan_is_a_report():
    # hljen: 我省发布…计划 over a second deck, the paper's 来源 line and its own dateline (本报讯（记者…）近日)
    doc = parse_text("您当前的位置: 黑龙江经济网 >\n我省发布农民科学素质提升计划\n明确3个主要原则,实施4个专项行动\n"
                     "来源:黑龙江日报   编辑:韩建国   2024-04-08 08:58:28\n\n"
                     "本报讯(记者彭溢)近日,黑龙江省全民科学素质纲要实施工作联席会议办公室发布了《黑龙江省农民科学素质提升计划"
                     "(2024-2025年)》(以下简称《计划》)。\n\n《计划》提出,到2025年,我省农村居民具备科学素质的比例显著提高。\n")
    assert (doc.doc_type, doc.title, doc.issuer) == ("news", "我省发布农民科学素质提升计划", None)


@pytest.mark.parametrize("opening, kind", [
    # 010zaixian: a township's plan without its title, announcing its tasks in its own words
    ("20xx年科技、科协工作总的指导思想是:深入贯彻科学发展观。我们计划明年主要抓下面几项工作:\n", "plan"),
    ("今年以来,镇科协主要抓了下面几项工作,取得了较好成效。\n", "other"),  # what was done: no plan's announcement
])
def test_a_plan_without_title_that_announces_the_tasks_it_will_do(opening, kind):
    text = opening + ("(一)加强科普设施建设,促使科普工作上台阶\n1、继续抓好村级科普“一站、一栏、一员”建设。\n"
                      "(二)重视农民实用技术培训,加强教学基地建设\n全年计划举办农民实用技术培训4个班次。\n")
    assert parse_text(text).doc_type == kind


@pytest.mark.parametrize("sentence, enclosed", [
    # nzgx: the plan named at the close of one sentence, 现印发给你们 opening the next
    ("根据《农业部办公厅关于印发2013年全国农业科技服务“送、带、促”活动方案的通知》(农办科〔2013〕27号)要求,"
     "我厅编制了《2013年湖南省农业科技服务“送、带、促”活动方案》。现印发给你们,请认真组织实施。",
     "2013年湖南省农业科技服务“送、带、促”活动方案"),
    # a cited outline before a sentence that goes on is no enclosure
    ("根据《全民科学素质行动计划纲要》精神,结合我县实际,制定了本方案。现印发给你们,请认真组织实施。", None),
])
def test_a_notice_that_names_its_plan_a_sentence_before_issuing_it(sentence, enclosed):
    text = ("各市州农业局、畜牧水产局、农机局、农垦办(联络部),厅属相关单位:\n" + sentence + "\n"
            "湖南省农业厅办公室\n2013年5月27日\n")
    assert parse_text(text).enclosed_title == enclosed
