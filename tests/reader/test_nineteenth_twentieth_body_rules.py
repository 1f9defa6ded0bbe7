"""The nineteenth and twentieth held-out sets' body misses (round 20), each rule on its real sentence, with neighbours
where it must not fire. The rules follow the conventions of GB/T 9704 and of web pages: the 主送 alone above the 正文, a
联系方式 block of labelled lines, an event's 主办/承办 lines one a line, a 简报's masthead, a meeting's 报到 time, a closing
request after a list, 负责人 as a post. Both sets are development material since round 20; the twenty-first and later
stay out."""
import pytest

from kexie.reader import parse_text
from kexie.reader import timecues as T
from kexie.reader.responsibility import read_responsibility


def _responsibility(text):
    r, _ = read_responsibility(text, [])
    return {k: v for k, v in (r.__dict__ if r else {}).items() if v}


# ---------------------------------------------------------------- the 主送
@pytest.mark.parametrize("text, recipients", [
    # 52jingsai: a page's summary line and the headline again between the title and the 主送; the 主送 alone on its
    # line right above the 正文's first sentence
    ("第七届全国青年科普创新实验暨作品大赛\n2020-10-15 17:22:00 我爱竞赛网\n"
     "初赛:由各分赛区主办;主办单位:中国科学技术协会;大赛主题:“智能、安全、环保” | 重点关注前沿科学技术及科学教育理念的应用"
     "与普及,考察青少年“发现问题、解决问题及动手实践”能力。\n\n第七届全国青年科普创新实验暨作品大赛\n初赛:由各分赛区主办\n\n\n"
     "各省、自治区、直辖市科协,新疆生产建设兵团科协:\n\n为贯彻落实党的十九大关于“加快建设创新型国家”的要求,中国科协决定举办"
     "第七届全国青年科普创新实验暨作品大赛。\n一、活动时间\n2020年10月-2021年5月\n",
     ["各省", "自治区", "直辖市科协", "新疆生产建设兵团科协"]),
    # baogaosu: a page's time stamp in figures (day.month.year) stays apart from the 主送 under it
    ("关于开展2015年“讲科普”活动的通知\n\n22.04.2015  13:01\n\n各市及省直管县科协,九三学社各市委会及省直属组织:\n\n"
     "            由省科协和省九三学社联合举办的“讲科普”活动,是我省科普工作的一项品牌活动。\n",
     ["各市及省直管县科协", "九三学社各市委会及省直属组织"]),
    # neighbours: a news report's 各 line with a colon under its paragraphs is no 主送
    ("市科协召开学会工作会议\n2020-10-15\n6月3日，市科协召开学会工作会议。会议总结了上半年工作，部署了下半年任务，"
     "各学会负责人参加会议并作了交流发言。\n各学会负责人表示：\n将认真落实会议精神。\n", []),
])
def test_the_main_send_line_above_the_text(text, recipients):
    assert parse_text(text).recipients == recipients


# ---------------------------------------------------------------- the 联系方式 block
@pytest.mark.parametrize("text, contact", [
    # technoirc: the office first, then two people; the address and the postcode lines belong to the block
    ("四、联系方式\n联系人:咸宁市科协普及部 陈人兢  张炜\n通信地址:咸宁市科学技术协会(咸宁大道246号1401室)\n"
     "邮编:437100  联系电话:8260070\n电子邮箱:xnkxpjb@sina.cn\n",
     ("陈人兢 张炜", "8260070", "xnkxpjb@sina.cn")),
    # neighbours: one person after the office keeps its reading; a padded name stays one
    ("联系人：科学普及部　杨帆，电话：010-62170000\n", ("杨帆", "010-62170000", None)),
    ("联系人：刘 涟 万雪营\n联系电话：0731-84396434\n", ("刘涟 万雪营", "0731-84396434", None)),
])
def test_the_contact_block(text, contact):
    c = parse_text("关于开展科普基地申报工作的通知\n各县市区科协：\n为做好申报工作，现将有关事项通知如下：\n" + text).contact
    assert (c.name, c.phone, c.email) == contact


# ---------------------------------------------------------------- responsibility
@pytest.mark.parametrize("text, expected", [
    # 52jingsai: 主办/承办 lines one a line, never run together; a host still to be chosen by application names nobody
    ("二、组织机构\n主办单位：中国科学技术协会\n\n承办单位：中国科学技术馆、中国科协青少年科技中心\n\n"
     "分赛区主办单位：各省、自治区、直辖市科协\n\n分赛区承办单位：各分赛区相关科技场馆承办（申报确定）\n三、赛区设置\n根据区划设置赛区。\n",
     {"lead_units": ["中国科学技术馆", "中国科协青少年科技中心"]}),
    # mekofs: under a label heading, each sentence opens with a body and 负责: the issuer's own 部 a department, an
    # institute a lead unit (its 以下简称 note left out); classes of bodies (调查站点及有关单位承担) nothing
    ("一、组织实施\n\n中国科协调研宣传部负责面上调查的组织领导工作。中国科协创新战略研究院(以下简称“创新院”)负责调查的研究设计、"
     "组织实施等工作。中国科协分布在全国的调查站点及有关单位承担随机抽样和组织问卷填答等工作。\n二、调查内容\n调查内容包括。\n",
     {"departments": ["中国科协调研宣传部"], "lead_units": ["中国科协创新战略研究院"]}),
    # csfae: 负责人 is a post, not 负责 (the office is no item's responsible department)
    ("第五条 秘书处负责人为本会秘书长，由理事会选举产生。秘书处由秘书长和若干副秘书长组成。\n第六条 秘书处职责。\n", {}),
])
def test_responsibility_as_written(text, expected):
    items = parse_text("关于举办大赛的通知\n各有关单位：\n现将有关事项通知如下：\n" + text).outline
    got = next((it.responsibility for it in items if it.responsibility), None)
    assert ({k: v for k, v in got.__dict__.items() if v} if got else {}) == expected


@pytest.mark.parametrize("text, expected", [
    ("秘书处负责人为本会秘书长，由理事会选举产生。", {}),
    ("秘书处负责日常事务的处理。", {"departments": ["秘书处"]}),       # 负责 as a verb still reads
    ("承办单位：各分赛区相关科技场馆承办（申报确定）", {}),
    ("承办单位：中国科学技术馆（待定）", {}),
    ("承办单位：中国科学技术馆", {"lead_units": ["中国科学技术馆"]}),
])
def test_posts_and_hosts_to_be_chosen(text, expected):
    assert _responsibility(text) == expected


# ---------------------------------------------------------------- deadlines
@pytest.mark.parametrize("text, year, deadline", [
    # baogaosu: a ten-day span names no day (a soft cue, kept as the hint)
    ("请于11月中旬前将“讲科普”活动总结和活动情况反馈表报至省科协科普部。", 2015, None),
    ("请于8月上旬前报送材料。", 2015, None),
    # jzkx: the hour a meeting's people arrive is no task's deadline
    ("会议报到时间：县市区科协主席5月23号下午报到；中心城区参会人员5月24日上午8时前报到并开会。", 2011, None),
    # neighbours: a day, a month's end, a 前 that asks for material stay deadlines
    ("请于11月20日前将活动总结报至省科协科普部。", 2015, "2015-11-20"),
    ("请于6月底前报送。", 2022, "2022-06-30"),
    ("须于5月20日以前电话回复市科协办公室。", 2011, "2011-05-20"),
])
def test_deadlines_and_soft_cues(text, year, deadline):
    assert T.read_time(text, year)[0] == deadline


def test_a_ten_day_span_stays_a_hint():
    assert T.read_time("请于11月中旬前将活动总结报至省科协科普部。", 2015)[1] is not None


def test_a_meeting_notices_closing_request_belongs_to_no_entry():
    # fsou: 请参会人员于…之前将会议回执发送到…, after 五、's last entry, asks everyone who comes
    text = ("关于召开座谈会的通知\n各市州科协：\n现将有关事项通知如下：\n五、报到方式：会务组设有三个接待点\n"
            "1.吉首火车站,接待乘火车直达的代表;\n2.张家界荷花机场,接待乘飞机抵达的代表;\n"
            "3.长沙火车站或长沙黄花机场,接待不能直达的代表。\n请参会人员于5月12日之前将会议回执发送到省科协科普部。\n")
    items = parse_text(text).outline
    assert [it.deadline for it in items] == [None] * len(items) and "回执" not in items[-1].text


# ---------------------------------------------------------------- a 简报's masthead
def test_a_briefings_masthead_labels_no_block():
    # lkx-cas: the association's name over 简 报 and the issue line, then one article: no gathered page
    text = ("中国科学院老科学技术工作者协会\n简 报\n﹝2024﹞ 第四十期(总第1000期)\n中国科学院老科协办公室 2024年4月2日\n"
            "中国科学院老科协大气所分会召开理事会\n"
            "3月26日上午中国科学院老科协大气所分会理事会召开了工作会议,会议由理事长主持。会议讨论了2024年工作计划,具体如下:\n"
            "1、学习、了解党和政府大政方针、政策;\n2、请专家介绍相关的科学前沿发展;\n")
    doc = parse_text(text)
    assert doc.segments == [] and [it.marker for it in doc.outline] == ["1、", "2、"]
