"""Round 23: a page that gathers one block per unit: a paper's page of briefs (each a short headline that opens with
its unit over one paragraph that opens with the same body, no title of the page's own), and a page of each unit's
work under its label (【来安县科协】, 一、来安县科协, 来安县：). Ordinary reports, notices whose items open with a unit,
lists of units and 领导小组 member lines stay without segments."""

from __future__ import annotations

import pytest

from kexie.reader import parse_text
from kexie.reader.segments import briefs_page, echoed_unit, unit_label

BRIEFS = '天津市科协召开科技工作者座谈会\n天津市科协近日召开科技工作者座谈会，30余名来自高校、科研院所和企业的科技工作者代表参加会议，围绕科技创新和人才发展建言献策。\n中国光学学会举办青年科学家论坛\n中国光学学会近日在武汉举办青年科学家论坛，来自全国40余家单位的200余名青年学者参加论坛，交流光学前沿研究进展。\n江苏省科协推进基层组织建设\n江苏省科协日前召开全省基层组织建设推进会，总结交流各地“三长”制工作经验，部署下一阶段重点任务，要求各地加快补齐短板。\n'

# the shape of stdaily-2019-association-briefs-page-news (its headlines: 中国科协基层专题调研组赴河南调研 / 北京市科协召开
# 首都科普剧团筹建会 / 四川省科协分享援藏援彝扶贫经验 / 广西科协力推螺蛳粉产业发展), the last item cut short
STDAILY = ("中国科协基层专题调研组赴河南调研\n"
           "中国科协基层专题调研组,近日赴河南省就加强科协基层组织建设,推进党群工作一体化,服务乡村振兴战略实施和地方产业发展等进行专题调研。"
           "调研组深入濮阳、林州、兰考等地实地调研,并分别召开座谈会。\n"
           "北京市科协召开首都科普剧团筹建会\n"
           "北京市科协近日召开首都科普剧团筹建工作座谈会。北京科学中心主任、6名高校专家顾问以及9家单位代表参加会议,"
           "就首都科普剧团的组织机构和成员、主要任务征询意见。\n"
           "四川省科协分享援藏援彝扶贫经验\n"
           "四川省科协近日召开援藏、援彝和驻村帮扶干部座谈会。座谈会上,8名援藏援彝和驻村帮扶干部分别结合各自工作谈感受和体会,"
           "并表示将尽己所能助力脱贫攻坚。\n"
           "广西科协力推螺蛳粉产业发展\n"
           "应柳州市鱼峰区科协邀请,作为该区扶贫攻坚工作队长的后盾单位,广西科协联系柳州市螺蛳、蛋鸡养殖企业负责\n")

GATHERED = [
    (STDAILY, [("中国科协", "中国科协基层专题调研组赴河南调研"), ("北京市科协", "北京市科协召开首都科普剧团筹建会"),
               ("四川省科协", "四川省科协分享援藏援彝扶贫经验"), ("广西科协", "广西科协力推螺蛳粉产业发展")]),
    (BRIEFS, [("天津市科协", "天津市科协召开科技工作者座谈会"), ("中国光学学会", "中国光学学会举办青年科学家论坛"),
              ("江苏省科协", "江苏省科协推进基层组织建设")]),
    ('【来安县科协】\n近日，来安县科协组织科技志愿者深入乡镇开展科普宣传活动，发放科普资料2000余份，接受群众咨询300余人次。\n【南谯区科协】\n7月10日，南谯区科协召开学会工作座谈会，听取各学会上半年工作情况汇报，安排部署下半年重点工作。\n【全椒县科协】\n7月15日，全椒县科协举办农村实用技术培训班，邀请专家为120余名种养大户讲授果树栽培技术。\n',
     [('来安县科协', None), ('南谯区科协', None), ('全椒县科协', None)]),
    ('一、来安县科协\n近日，来安县科协组织科技志愿者深入乡镇开展科普宣传活动，发放科普资料2000余份，接受群众咨询300余人次。\n二、南谯区科协\n7月10日，南谯区科协召开学会工作座谈会，听取各学会上半年工作情况汇报，安排部署下半年重点工作。\n三、全椒县科协\n7月15日，全椒县科协举办农村实用技术培训班，邀请专家为120余名种养大户讲授果树栽培技术。\n',
     [('来安县科协', None), ('南谯区科协', None), ('全椒县科协', None)]),
    # (a page that opens on 来安县： reads it as the 主送 line of a letter: here a lead sentence stands above)
    ('7月份，各县（市、区）科协结合实际开展了形式多样的科普活动，现将各地重点工作完成情况摘报如下。\n来安县：\n近日，来安县科协组织科技志愿者深入乡镇开展科普宣传活动，发放科普资料2000余份，接受群众咨询300余人次。\n南谯区：\n7月10日，南谯区科协召开学会工作座谈会，听取各学会上半年工作情况汇报，安排部署下半年重点工作。\n全椒县：\n7月15日，全椒县科协举办农村实用技术培训班，邀请专家为120余名种养大户讲授果树栽培技术。\n',
     [('来安县', None), ('南谯区', None), ('全椒县', None)]),
]



@pytest.mark.parametrize("text,blocks", GATHERED)
def test_a_page_of_one_block_per_unit_is_read_as_its_segments(text, blocks):
    doc = parse_text(text)
    assert doc.doc_type == "news"
    assert [(s.unit, s.heading) for s in doc.segments] == blocks
    # the page has no name of its own: the first brief's headline is no title
    assert doc.title is None and doc.issuer is None and doc.outline == []


NOT_GATHERED = [
    pytest.param('北京市科协召开首都科普剧团筹建会\n北京市科协近日召开首都科普剧团筹建工作座谈会。北京科学中心主任、6名高校专家顾问以及9家单位代表参加会议，就剧团的组织机构和运营模式征询意见。\n一、明确剧团定位\n会议提出，首都科普剧团要坚持公益属性，面向青少年创作演出优秀科普剧目，打造首都科普品牌，扩大科学传播的覆盖面。\n二、完善运行机制\n与会人员就剧团成员单位的权利和义务、经费保障和演出安排等提出意见建议，北京市科协将据此修改完善运行规则。\n', id='one_report'),
    pytest.param('天津市科协召开科技工作者座谈会\n天津市科协近日召开科技工作者座谈会，30余名来自高校、科研院所和企业的科技工作者代表参加会议，围绕科技创新和人才发展建言献策。\n江苏省科协推进基层组织建设\n江苏省科协日前召开全省基层组织建设推进会，总结交流各地“三长”制工作经验，部署下一阶段重点任务，要求各地加快补齐短板。\n', id='two_briefs'),
    pytest.param('天津市科协召开科技工作者座谈会\n天津市科协近日召开科技工作者座谈会，30余名来自高校、科研院所和企业的科技工作者代表参加会议，围绕科技创新和人才发展建言献策。\n天津市科协举办科普讲解大赛\n天津市科协近日举办第五届科普讲解大赛，来自全市各区和各单位的60余名选手参加比赛，评出一等奖5名、二等奖10名、三等奖15名。\n天津市科协开展科技志愿服务\n天津市科协日前组织科技志愿者深入社区开展科普服务，为居民讲解健康知识和防范电信诈骗知识，发放科普资料1000余份。\n', id='one_unit_thrice'),
    pytest.param('关于做好2023年全国科普日活动的通知\n各县（市、区）科协，市级各学会：\n为做好今年全国科普日活动，现将有关事项通知如下：\n一、市科协\n负责活动的总体策划和组织协调，做好主场活动的筹备工作，及时汇总各地活动开展情况，按时报送省科协。\n二、各县（市、区）科协\n负责本地区活动的组织实施，结合实际开展形式多样的科普活动，于9月30日前报送活动总结。\n三、市级各学会\n发挥学科优势，组织专家开展科普讲座和咨询服务，及时报送活动开展情况和图片资料。\n', id='notice_items'),
    pytest.param('主办单位\n天津市科协\n江苏省科协\n四川省科协\n承办单位\n天津市科技馆\n活动时间为2023年9月16日至22日，主题为“提升全民科学素质，协力建设科技强国”，各单位按照分工做好相关工作。\n', id='unit_list'),
    pytest.param('为加强对全国科普日活动的组织领导，成立活动领导小组，组成人员如下：\n组  长：张某某  市科协党组书记、主席\n副组长：李某某  市科协副主席\n成  员：王某某  来安县科协主席\n        赵某某  南谯区科协主席\n        钱某某  全椒县科协主席\n领导小组办公室设在市科协科普部，负责日常工作。\n', id='group_members'),
    pytest.param("一、来安县科协\n负责本县活动的组织实施，结合实际开展形式多样的科普活动，及时报送活动开展情况和图片资料。\n"
                 "二、南谯区科协\n负责本区活动的组织实施，发挥学会和基层组织作用，及时报送活动开展情况和图片资料。\n"
                 "三、全椒县科协\n负责本县活动的组织实施，组织科技志愿者深入农村社区，及时报送活动开展情况和图片资料。\n",
                 id="duties_by_unit"),
]


@pytest.mark.parametrize("text", NOT_GATHERED)
def test_pages_that_are_no_gathered_page_get_no_segments(text):
    assert parse_text(text).segments == []


@pytest.mark.parametrize("headline,paragraph,unit", [
    ("北京市科协召开首都科普剧团筹建会", "北京市科协近日召开首都科普剧团筹建工作座谈会。北京科学中心主任、6名高校专家顾问以及9家单位代表参加会议。",
     "北京市科协"),
    ("中国科协基层专题调研组赴河南调研", "中国科协基层专题调研组,近日赴河南省就加强科协基层组织建设,推进党群工作一体化等进行专题调研。",
     "中国科协"),
    ("中国光学学会举办青年科学家论坛", "中国光学学会近日在武汉举办青年科学家论坛，来自全国40余家单位的200余名青年学者参加论坛。",
     "中国光学学会"),
    # the paragraph opens with another body, or is no paragraph, or the name is a level of the hierarchy
    ("广西科协力推螺蛳粉产业发展", "应柳州市鱼峰区科协邀请,作为该区扶贫攻坚工作队长的后盾单位,广西科协联系柳州市螺蛳、蛋鸡养殖企业负责人。",
     None),
    ("北京市科协召开首都科普剧团筹建会", "北京市科协近日召开座谈会", None),
    ("各县科协开展科普日活动", "各县科协近日组织科技志愿者深入乡镇开展科普宣传活动，发放科普资料2000余份，接受群众咨询300余人次。", None),
    ("全市学会工作会议召开", "全市学会近日召开工作会议，总结上半年工作，部署下半年重点任务，要求各学会加强自身建设和服务能力。", None),
    ("北京市科协召开首都科普剧团筹建会。", "北京市科协近日召开首都科普剧团筹建工作座谈会。北京科学中心主任、6名高校专家顾问以及9家单位代表参加会议。",
     None),
])
def test_a_brief_echoes_its_unit(headline, paragraph, unit):
    assert echoed_unit(headline, paragraph) == unit


def test_a_page_of_briefs_needs_three_units():
    assert briefs_page(BRIEFS) and briefs_page(STDAILY)
    two = "\n".join(BRIEFS.split("\n")[2:])
    assert not briefs_page(two)


@pytest.mark.parametrize("line,unit", [
    ("【来安县科协】", "来安县科协"), ("一、来安县科协", "来安县科协"), ("（二）南谯区科协", "南谯区科协"),
    ("来安县科协：", "来安县科协"), ("南谯区：", "南谯区"), ("（一）琅琊区科协（6项）", "琅琊区科协"), ("泸州市科协", "泸州市科协"),
    ("【科协主席赵某发放科普资料】", None), ("一、指导思想", None), ("联系人：", None), ("来安县科协：张某某", None),
    ("一、来安县科协负责组织实施", None),
])
def test_the_labels_of_a_page_of_each_units_work(line, unit):
    assert unit_label(line) == unit
