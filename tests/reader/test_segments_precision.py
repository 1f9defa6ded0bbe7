"""Precision of the gathered-page reading (round 21): a page is read as gathered reports only where its blocks are
each a named unit's own report — counted labels ((一)琅琊区科协(6项)), or a unit's name or headline over a dated
report or one that closes with the unit's byline. Each real gathered page of the corpus is still read; pages that
only look like one (subheads of levels, lists of units, duties by body, attendees by unit) are not."""

from pathlib import Path

import pytest

from kexie.reader import parse, parse_text
from kexie.reader.segments import GATHERED
from samples import seed_text

DOCS = Path(__file__).parent / "corpus" / "docs"


# every gathered page of the development corpus and seeds, with the units its blocks are read under
GATHERED_PAGES = [
    ("hubei-sci-tech-news-page", ["黄石市科协", "宜昌市科协", "十堰市科协", "襄阳市老科协", "鄂州市科协"]),
    ("chuzhou-2015-county-monthly-work", ["琅琊区科协", "南谯区科协", "来安县科协", "全椒县科协", "天长市科协"]),
]


@pytest.mark.parametrize("stem, units", GATHERED_PAGES)
def test_each_gathered_page_of_the_corpus_is_still_read(stem, units):
    doc = parse(next(DOCS.glob(stem + ".*")))
    assert doc.doc_type == "news" and [s.unit for s in doc.segments] == units


def test_a_paper_page_cut_into_columns_is_read_though_some_blocks_are_fragments():
    # 泸州/内江 blocks are a column's tail only; four of six blocks are dated or bylined reports
    doc = parse_text(seed_text("sichuan-newspaper-page"))
    assert [s.unit for s in doc.segments] == ["四川省科协", "泸州市科协", "内江市科协", "广元市科协", "沙湾区老科协", "中山市科协"]


def test_two_blocks_of_named_units_each_a_dated_report_make_a_page():
    page = ("来源：湖北科技报\n黄石市科协开展“科技志愿服务进社区”活动\n"
            "5月20日，黄石市科协联合市卫健委、市老科协等单位，在下陆区团城山街道开展“科技志愿服务进社区”活动，服务群众800余人次。\n"
            "鄂州市科协召开学会党建工作推进会\n"
            "5月19日，鄂州市科协召开2023年学会党建工作推进会，传达学习中国科协、省科协有关会议精神，部署推进学会党建工作。\n")
    assert [s.unit for s in parse_text(page).segments] == ["黄石市科协", "鄂州市科协"]
    assert GATHERED["min_blocks"] == GATHERED["min_reports"] == 2


# pages that look gathered and are not: each shape, built from the corpus's own sentences
NOT_GATHERED = {
    # subheads of one body's page, each naming a level (各县市科协, 市科协), no unit
    "subheads_units": (
        "来源：市科协办公室　发布时间：2024-01-25\n"
        "各县市科协要强化组织领导\n"
        "各县市科协要把乡村科普馆建设摆在突出位置，主要负责同志亲自抓，分管负责同志具体抓，切实把各项任务落到实处，确保取得实效。\n"
        "市科协机关各部室要加强协调\n"
        "市科协机关各部室要按照职责分工，密切配合，形成工作合力，定期调度工作进展情况，及时研究解决工作中遇到的困难和问题。\n"
    ),
    # one page's own reports of 市科协 and 县科协: levels, no named units
    "paragraph_heads_units": (
        "来源：本站\n"
        "市科协召开党组会议\n"
        "1月24日，市科协召开党组会议，传达学习全省科协工作会议精神，研究部署2024年重点工作。市科协党组书记主持会议并讲话。\n"
        "县科协召开全委会议\n"
        "1月26日，县科协召开第九届委员会第三次全体会议，审议通过县科协2023年工作报告，选举产生新一届常务委员会委员。\n"
    ),
    # a 简报 under its masthead, one report in sections (宁波 briefing)
    "briefing_masthead": (
        "科协工作简报\n"
        "2023年第5期（总第128期）\n"
        "宁波市科学技术协会办公室　2023年6月15日\n"
        "宁波市科协组织科技专家服务团赴象山开展对接服务\n"
        "6月13日，宁波市科协组织由12名院士专家、高校教授组成的“科技专家服务团”赴象山县，围绕海洋渔业、水产品精深加工等产业开展技术对接服务，现场收集企业技术需求23项。\n"
        "一、聚焦企业需求，精准开展对接\n"
        "活动前，市科协会同象山县科协深入走访30余家涉海企业，梳理形成《象山县海洋产业技术需求清单》，为精准对接打下基础。\n"
        "报：中国科协办公厅，省科协\n"
    ),
    # a 表扬 list of units one a line under a heading
    "unit_list_praise": (
        "来源：本站　发布时间：2023-03-01\n"
        "关于表扬2022年度科普工作先进集体的通报\n"
        "经研究，决定对以下单位予以通报表扬，希望受到表扬的单位珍惜荣誉，再接再厉，为全市科普事业发展作出新的更大贡献。\n"
        "先进集体\n"
        "黄石市科协\n"
        "宜昌市科协\n"
        "十堰市科协\n"
        "襄阳市老科协\n"
        "鄂州市科协\n"
    ),
    # a 公示 list: named units, each followed by what it offers, no report
    "unit_list_two_each": (
        "来源：本站\n"
        "第二批市级科普单位名单如下，公示期五日，广大群众有任何意见，可于公示日起五日内向我们反映，欢迎社会各界监督。\n"
        "一、科普示范村\n"
        "龙坪镇朝阳村科普示范村\n"
        "二、科普教育基地\n"
        "武穴市科技馆\n"
        "开放时间为每周二至周日，免费向公众开放，欢迎广大市民特别是青少年前来参观学习，接受科学知识的熏陶和教育。\n"
        "三、基层科普组织\n"
        "花桥镇农业技术协会\n"
        "围绕全镇特色种植产业，常年开展技术培训和咨询服务，带动会员户均增收三千余元，辐射带动周边群众。\n"
    ),
    # a 领导小组 by body: a level over each member's duty
    "leading_group_by_unit": (
        "来源：本站\n"
        "为加强对全民科学素质工作的组织领导，经研究，决定成立全民科学素质工作领导小组，成员如下：\n"
        "市科协\n"
        "组　长：张某某　市科协党组书记、主席，负责领导小组全面工作，统筹协调全市全民科学素质工作的各项任务。\n"
        "市教育局\n"
        "副组长：李某某　市教育局副局长，负责青少年科学素质提升行动的组织实施和督促检查，定期报告进展。\n"
        "市科技局\n"
        "成　员：王某某　市科技局副局长，负责科技资源科普化工作的组织协调，推动科研机构向公众开放。\n"
    ),
    # a plan's duties, each opening with a body (市科技局：负责……)
    "plan_bodies_lead": (
        "来源：本站\n"
        "全市科技活动周实施方案\n"
        "市科技局：负责活动周的总体组织协调，制定活动方案，统筹安排重点示范活动，做好活动的宣传报道和总结工作。\n"
        "市科协：负责组织各级学会、科普教育基地开展科普活动，组织科技志愿者深入基层开展科普服务。\n"
        "市教育局：负责组织全市中小学校开展科技教育活动，组织学生参观科普教育基地，开展科学实验等活动。\n"
    ),
    # a plan's duties, the body's name alone on its line
    "plan_bodies_lines": (
        "来源：本站\n"
        "各单位职责分工\n"
        "市科技局\n"
        "负责活动周的总体组织协调，制定活动方案，统筹安排重点示范活动，做好活动的宣传报道和总结工作。\n"
        "市科协\n"
        "负责组织各级学会、科普教育基地开展科普活动，组织科技志愿者深入基层开展科普服务，做好宣传工作。\n"
        "市教育局\n"
        "负责组织全市中小学校开展科技教育活动，组织学生参观科普教育基地，开展科学实验等各项活动。\n"
    ),
    # minutes' attendees by unit: lists of names
    "minutes_attendees": (
        "来源：本站　发布时间：2023-05-10\n"
        "市科协第九届常委会第五次会议纪要\n"
        "出席会议\n"
        "市科协\n"
        "张某某、李某某、王某某、赵某某、刘某某、陈某某、杨某某、黄某某、周某某、吴某某、徐某某、孙某某\n"
        "市老科协\n"
        "胡某某、朱某某、高某某、林某某、何某某、郭某某、马某某、罗某某、梁某某、宋某某、郑某某、谢某某\n"
        "会议听取了市科协2023年上半年工作情况汇报，审议通过了关于召开市科协第十次代表大会的有关事项，研究部署了下半年重点工作。\n"
    ),
    # a notice that lost its headline, its parts headed by levels of recipients
    "notice_no_headline": (
        "来源：本站　发布时间：2024-03-02\n"
        "各县（市、区）科协，市级各学会：\n"
        "为做好2024年全国科技工作者日活动，现将有关事项通知如下。\n"
        "县（市、区）科协\n"
        "各县（市、区）科协要结合本地实际，组织开展走访慰问科技工作者、表彰先进典型等活动，营造尊重科学的良好氛围。\n"
        "市级学会\n"
        "市级各学会要发挥联系科技工作者的桥梁纽带作用，组织开展学术交流、科技咨询等活动，并于4月底前报送活动总结。\n"
    ),
    # one report with a subhead on the visiting 市科协
    "news_two_bodies_mentioned": (
        "发布时间：2023-09-18　来源：县科协\n"
        "县科协开展全国科普日活动\n"
        "9月16日，县科协联合县教育局、县卫健局在县城广场开展全国科普日主题活动，发放科普宣传资料3000余份，服务群众1200余人次。\n"
        "市科协领导到场指导\n"
        "市科协党组成员、副主席到活动现场指导，对县科协科普日活动给予充分肯定，要求进一步创新科普形式，扩大科普覆盖面。\n"
    ),
    # named units over what each does, undated: a plan's or summary's parts
    "named_subheads_no_report": (
        "来源：本站　发布时间：2024-02-01\n"
        "黄石市科协强化组织领导\n"
        "黄石市科协把乡村科普馆建设摆在突出位置，主要负责同志亲自抓，分管负责同志具体抓，切实把各项任务落到实处，确保取得实效。\n"
        "大冶市科协加强协调配合\n"
        "大冶市科协按照职责分工，密切配合，形成工作合力，定期调度工作进展情况，及时研究解决工作中遇到的困难和问题。\n"
    ),
    # a commendation: each named unit over the deeds it is praised for
    "commendation_named_units": (
        "来源：本站　发布时间：2023-03-01\n"
        "经研究，决定对以下单位予以通报表扬，希望受到表扬的单位珍惜荣誉，再接再厉，为全市科普事业发展作出新的更大贡献。\n"
        "黄石市科协\n"
        "黄石市科协围绕全国科普日开展系列主题活动，组织科技志愿者深入社区、学校、农村开展科普服务，成效显著，受到群众好评。\n"
        "宜昌市科协\n"
        "宜昌市科协坚持科普惠民，建成社区科普馆12个，组织院士专家进企业服务50余家次，有力推动了科技经济融合发展。\n"
        "十堰市科协\n"
        "十堰市科协加强学会建设，开展学会能力提升专项行动，6个学会被评为优秀学会，学会服务能力明显增强。\n"
    ),
    # a 领导小组 by named unit: each over its member and duty
    "leading_group_named_units": (
        "来源：本站\n"
        "为加强对全民科学素质工作的组织领导，经研究，决定成立全民科学素质工作领导小组，成员如下：\n"
        "黄石市科协\n"
        "组长：张某某，黄石市科协党组书记、主席，负责领导小组全面工作，统筹协调黄石市全民科学素质工作的各项任务。\n"
        "大冶市科协\n"
        "副组长：李某某，大冶市科协主席，负责大冶市青少年科学素质提升行动的组织实施和督促检查，定期报告进展。\n"
        "阳新县科协\n"
        "成员：王某某，阳新县科协副主席，负责阳新县科技资源科普化工作的组织协调，推动科研机构向公众开放。\n"
    ),
    # attendees by named unit: each over a list of names
    "attendees_named_units": (
        "来源：本站　发布时间：2023-05-10\n"
        "出席会议\n"
        "黄石市科协\n"
        "张某某、李某某、王某某、赵某某、刘某某、陈某某、杨某某、黄某某、周某某、吴某某、徐某某、孙某某\n"
        "大冶市科协\n"
        "胡某某、朱某某、高某某、林某某、何某某、郭某某、马某某、罗某某、梁某某、宋某某、郑某某、谢某某\n"
        "阳新县科协\n"
        "胡某某、朱某某、高某某、林某某、何某某、郭某某、马某某、罗某某、梁某某、宋某某、郑某某、谢某某\n"
        "会议听取了市科协2023年上半年工作情况汇报，审议通过了关于召开市科协第十次代表大会的有关事项，研究部署了下半年重点工作。\n"
    ),
    # a plan's duties under named units (负责……)
    "plan_named_bodies_lines": (
        "来源：本站\n"
        "各单位职责分工\n"
        "黄石市科协\n"
        "负责活动周的总体组织协调，制定黄石市活动方案，统筹安排重点示范活动，做好活动的宣传报道和总结工作。\n"
        "大冶市科协\n"
        "负责组织大冶市各级学会、科普教育基地开展科普活动，组织科技志愿者深入基层开展科普服务，做好宣传工作。\n"
        "阳新县科协\n"
        "负责组织阳新县中小学校开展科技教育活动，组织学生参观科普教育基地，开展科学实验等各项活动。\n"
    ),
}


@pytest.mark.parametrize("shape", sorted(NOT_GATHERED))
def test_a_page_that_only_looks_gathered_has_no_segments(shape):
    assert parse_text(NOT_GATHERED[shape]).segments == []


# real pages of the corpus with their headline, 字号 and 主送 cut off under a web page's 来源 line: one report or
# notice each, never gathered
@pytest.mark.parametrize("stem", ["bazhou-2024-county-associations-planning-news", "ningbo-2023-5-briefing",
                                  "wuxue-popsci-units-publicity", "anqing-2010-plenary-session-news",
                                  "cas-2024-popsci-committee-wuhu-news"])
def test_a_corpus_page_without_its_head_is_not_gathered(stem):
    lines = [ln for ln in parse(next(DOCS.glob(stem + ".*"))).text.split("\n") if ln.strip()]
    for cut in (1, 2, 3):
        assert parse_text("来源：本站\n" + "\n".join(lines[cut:])).segments == []
