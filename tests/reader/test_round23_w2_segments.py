"""Round 23, second wave: gathered pages in the shapes offices meet beyond counted labels and briefs under headlines: a
简讯 column whose items are one paragraph each opening with the unit (8月16日，桐庐县老科协召开……。（方向明）), and a
column's page (最新科协动态) whose items, all of one unit, sit under their own headlines. One report's paragraphs that
open with units, a notice's duties by unit, lists of winners, a 领导小组's members and a report naming two bodies keep
no segments."""

from __future__ import annotations

import pytest

from kexie.reader import parse_text
from kexie.reader.clean import clean
from kexie.reader.segments import column_headed, paragraph_briefs

# a city association's 简讯 (hkx.org.cn, 工作动态): each item a paragraph, dated, its writer in brackets
JIANXUN = ("简讯\n"
           "日前，临安市科协积极组织林业科技人员奔赴太阳镇、清凉峰镇等山核桃主产区，实地指导林农抢救扶植倒伏山核桃树。（李延芳）\n"
           "8月16日，下城区科普干部培训暨全国科普日工作部署会议在中国杭州低碳科技馆召开。全区各相关单位100余人参加了会议培训。（李巍）\n"
           "近日，余杭科技馆首次组队参加全国青少年电子制作锦标赛，一举囊获13个一二三等奖。（余杭科技馆）\n"
           "8月16日，桐庐县老科技工作者协会召开成立大会暨第一次会员代表大会。县委副书记出席会议并讲话。（方向明）\n"
           "日前，拱墅区科协在中国杭州低碳科技馆举办全区社区科普干部和街道反邪教工作人员培训班。各街道科协秘书长等共100多人参加了培训。（拱墅）\n")

# a 工作动态 column of undated items, each opening with its unit (XX县科协开展……。)
UNDATED = ("工作动态\n"
           "宿松县科协开展科技志愿服务进社区活动，组织医疗、农业等领域科技志愿者30余人为居民提供咨询服务，发放资料500余份。\n"
           "太湖县科协召开全县学会工作会议，总结去年学会工作，部署今年学术交流、科普宣传和会员发展等重点任务。\n"
           "望江县科协举办农村实用技术培训班，邀请农技专家围绕水稻种植、病虫害防治等内容为120余名种植户授课。\n")

# items under their own headlines that do not name the unit; each paragraph opens with it
HEADLINED = ("各地动态\n"
             "科普大篷车走进乡村学校\n"
             "5月20日，黄石市科协组织科普大篷车走进阳新县三所乡村学校，为1200余名师生带来机器人、VR等科普展品体验活动。\n"
             "院士专家进企业活动启动\n"
             "5月18日，宜昌市科协在宜昌高新区启动2023年“院士专家进企业”活动，首批12位专家与企业签订服务协议，现场对接技术需求。\n"
             "全市学会工作会议召开\n"
             "近日，十堰市科协召开全市学会工作会议，总结2022年学会工作，安排部署2023年重点任务，42个市级学会负责人参加会议。\n")

# zrbzfyjzz-cast-society-service-centre-digest-news: a column's page, two items of one association, the second's
# lead giving its days as a range
COLUMN = ("最新科协动态\n中国科协直属全国学会会员日活动协调会召开\n"
          "10月26日，学会服务中心召开中国科协直属全国学会会员日活动地第三次协调会。学会服务中心主任、副主任出席会议。会议由副主任主持。\n"
          "中国科协第245次青年科学家论坛在北京召开\n"
          "10月26-28日，由中国科协主办、某研究所承办的中国科协第245次青年科学家论坛“血液安全与保障的研究前沿”在北京召开。"
          "本次论坛邀请了近20家单位近40名青年专家、学者参会。\n")


@pytest.mark.parametrize("text,units,headings", [
    (JIANXUN, ["临安市科协", None, "余杭科技馆", "桐庐县老科技工作者协会", "拱墅区科协"], [None] * 5),
    (UNDATED, ["宿松县科协", "太湖县科协", "望江县科协"], [None] * 3),
    (COLUMN, ["中国科协", "中国科协"], ["中国科协直属全国学会会员日活动协调会召开", "中国科协第245次青年科学家论坛在北京召开"]),
])
def test_a_column_of_items_is_a_gathered_page(text, units, headings):
    doc = parse_text(text)
    assert doc.doc_type == "news"
    assert [s.unit for s in doc.segments] == units
    assert [s.heading for s in doc.segments] == headings
    assert doc.outline == [] and doc.title is None and doc.issuer is None


def test_items_under_headlines_that_name_no_unit_take_the_unit_their_paragraph_opens_with():
    doc = parse_text(HEADLINED)
    assert [(s.unit, s.heading) for s in doc.segments] == [
        ("黄石市科协", "科普大篷车走进乡村学校"), ("宜昌市科协", "院士专家进企业活动启动"), ("十堰市科协", "全市学会工作会议召开")]
    assert doc.segments[0].text.startswith("5月20日，黄石市科协") and "阳新县" in doc.segments[0].text


def test_each_item_keeps_its_own_paragraph_and_span():
    text = clean(JIANXUN)
    segs = paragraph_briefs(text)
    assert all(text[s.span[0]:s.span[1]] == s.text for s in segs)
    assert segs[3].text.endswith("（方向明）")


@pytest.mark.parametrize("text,expected", [
    (COLUMN, True),
    ("中国科协直属全国学会会员日活动协调会召开\n10月26日，学会服务中心召开中国科协直属全国学会会员日活动地第三次协调会，"
     "学会服务中心主任出席会议。\n", False),  # a report's own headline, no column over it
    ("工作动态\n关于做好2023年全国科普日活动的通知\n各县（市、区）科协：", False),
])
def test_a_page_headed_by_its_column(text, expected):
    assert column_headed(clean(text)) is expected


def test_a_headline_closed_on_its_verb_is_not_joined_to_a_lead_of_days():
    lines = clean("中国科协第245次青年科学家论坛在北京召开\n10月26-28日，由中国科协主办、某研究所承办的论坛在北京召开，"
                  "近40名青年专家参会。").split("\n")
    assert lines[0] == "中国科协第245次青年科学家论坛在北京召开"


NOT_GATHERED = [
    # one report under its headline: its paragraphs open with the units that spoke, undated, unsigned
    pytest.param("全市科协系统工作交流会召开\n3月12日，市科协召开全市科协系统工作交流会，市科协主席出席会议并讲话。\n"
                 "琅琊区科协介绍了科普示范社区创建的做法，重点讲了社区科普大学办学和科普画廊更新的经验。\n"
                 "南谯区科协介绍了农村专业技术协会建设情况，全区已建成专业技术协会23个，带动农户2000余户。\n"
                 "来安县科协介绍了企业科协组建工作，今年以来新建企业科协5家，组织企业参加海智对接活动3次。\n",
                 id="one-meeting-report"),
    # one city association's round-up under its headline: dated paragraphs per county, no column, no writers
    pytest.param("全市各地科协开展全国科普日活动\n9月15日，宿松县科协在县城广场举办全国科普日主场活动，20余家单位参加，发放资料3000余份。\n"
                 "9月16日，太湖县科协组织科技志愿者走进社区开展健康科普讲座，现场服务群众300余人次。\n"
                 "9月17日，望江县科协联合县教育局在县实验小学举办青少年科技创新成果展，展出作品80余件。\n",
                 id="round-up-under-headline"),
    # a notice's tasks by unit: each paragraph opens with the unit, then its duty
    pytest.param("工作动态\n琅琊区科协负责组织辖区内社区开展科普宣传活动，于9月20日前将活动方案报市科协科普部。\n"
                 "南谯区科协负责组织农村科普活动，做好科普大篷车进乡村的安排，于9月20日前报送活动方案。\n"
                 "来安县科协要组织企业科协开展科技咨询服务，于9月20日前将参加单位名单报市科协学会部。\n",
                 id="duties-by-unit"),
    # a list of winners by unit
    pytest.param("2023年度科协系统先进集体名单\n琅琊区科协\n南谯区科协\n来安县科协\n全椒县科协\n天长市科协\n", id="winners"),
    # a 领导小组's member lines
    pytest.param("全国科普日活动领导小组\n组　长：张某某　市科协党组书记\n副组长：李某某　市科协副主席\n"
                 "成　员：王某某　琅琊区科协主席\n　　　　赵某某　南谯区科协主席\n　　　　钱某某　来安县科协主席\n", id="group-members"),
    # a report naming two bodies
    pytest.param("两地科协签订科普合作协议\n5月10日，宜昌市科协与十堰市科协在宜昌签订科普资源共享合作协议。"
                 "根据协议，两地将在科普场馆、科普人才、科普活动等方面开展合作。\n"
                 "十堰市科协党组书记在签约仪式上表示，将以此次合作为契机，推动两地科普工作共同发展。\n", id="two-bodies"),
]


@pytest.mark.parametrize("text", NOT_GATHERED)
def test_pages_that_are_not_gathered_keep_no_segments(text):
    assert parse_text(text).segments == []
