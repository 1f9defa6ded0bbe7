"""Round 23, fourth wave: gathered pages in two more shapes — a 汇编 whose items each sit under their number and their
unit's label (1.吉林省林学会：积极调度……), whatever headline stands over them, and a list page whose items are one
paragraph each opening with their day and unit, short ones too, two bodies acting together (开平区科协、区老科协组织……),
or the unit named after a lead that says why (为……，4月26日，滦州市科协……). A notice's tasks by body, winners' and
members' lines under numbers, one report's numbered paragraphs or subheadings keep no segments."""

from __future__ import annotations

import pytest

from kexie.reader import parse_text
from kexie.reader.clean import clean
from kexie.reader.segments import paragraph_briefs

# jlskx-2020-jilin-societies-epidemic-roundup-news: a provincial 汇编 of its societies' items, the first item run onto
# the posting time's seconds
ROUNDUP = ("抗击疫情省级学会在行动（之三）\n"
           "——吉林省科协所属省级学会疫情防控工作2020年2月4日汇编2020-02-08 15:46:411.吉林省健康管理学会：发出倡议书，"
           "号召会员、会员单位以及各专业委员会众志成城、共克时艰；发出了慰问信，向奋战在一线的医疗卫生工作者表示诚挚的慰问。\n"
           "2.吉林省农村专业技术协会：积极响应中国农技协和吉林省科协号召，利用微信群等平台及时发布疫情防控科学知识和辟谣信息。\n"
           "3.吉林省林学会：积极调度各会员单位、分支机构疫情防控工作，指导各单位在做好疫情防控的同时，加强科普宣传。\n"
           "4.吉林省催眠学会：继续进行抗击新型肺炎疫情心理援助工作督导在线直播，当日已有7500余人在线观看学习。"
           "（供稿：省科协学会部）\n"
           "责任编辑：牛小宁\n")

# the same shape under bracketed numbers, no posting time
BRACKETED = ("省级学会助力复工复产工作动态汇编\n"
             "（一）湖北省机械工程学会：组织专家深入20余家会员企业，帮助解决防疫物资生产线改造中的技术难题。\n"
             "（二）湖北省电子学会：举办线上技术讲座4场，为中小企业提供远程办公和数字化转型咨询服务。\n"
             "（三）湖北省农学会：编印春耕生产技术要点，通过微信平台向基层农技人员推送技术资料3万余份。\n")

# tskp-tangshan-association-items-list-news: a city list page, no headline, the items dated, no writers
LIST_PAGE = ("为了更好践行科技兴农、助力乡村振兴，在乡村基层普及科学知识，4月26日，滦州市科协、老科协深入到古马镇甜源瓜菜"
             "农民专业合作社，开展科技下乡志愿服务活动。\n"
             "4月26日，唐山市开平区科协召开会议，学习传达市科协九届二次全委（扩大）会议精神，研究部署贯彻落实举措。\n"
             "4月24日，开平区科协、区老科协组织农业技术人员、科普志愿者到越河镇王盼庄村为土豆种植农户送技术送服务。\n"
             "4月13日，秦皇岛市老科协副会长郑学勤等一行四人来唐山市老科协考察交流。市老科协副会长郑禾等陪同。\n"
             "4月12日，唐山市老科协会长魏文娜一行就助力企业技术创新工作到迁西调研。\n")

# hkx-2012-hangzhou-association-briefs-page-news: a 简讯 item that first says why, its unit after its day
WHY_FIRST = ("简讯\n"
             "由于受台风“海葵”的影响，临安市山核桃林损失严重。当前正值山核桃果实生长的关键时期。日前，临安市科协积极组织林业科技"
             "人员奔赴山核桃主产区，实地指导林农抢救扶植倒伏山核桃树。 （李延芳）\n"
             "近日，余杭科技馆首次组队参加全国青少年电子制作锦标赛，一举囊获13个一二三等奖。 （余杭科技馆）\n"
             "8月16日，桐庐县老科技工作者协会召开成立大会暨第一次会员代表大会。县委副书记出席会议并讲话。 （方向明）\n")


@pytest.mark.parametrize("text,units", [
    (ROUNDUP, ["吉林省健康管理学会", "吉林省农村专业技术协会", "吉林省林学会", "吉林省催眠学会"]),
    (BRACKETED, ["湖北省机械工程学会", "湖北省电子学会", "湖北省农学会"]),
    (LIST_PAGE, ["滦州市科协", "唐山市开平区科协", "开平区科协", "秦皇岛市老科协", "唐山市老科协"]),
    (WHY_FIRST, ["临安市科协", "余杭科技馆", "桐庐县老科技工作者协会"]),
])
def test_a_roundup_or_list_page_is_read_item_by_item(text, units):
    doc = parse_text(text)
    assert doc.doc_type == "news"
    assert [s.unit for s in doc.segments] == units
    assert all(s.heading is None for s in doc.segments)
    assert doc.outline == []


def test_the_first_item_is_cut_from_the_posting_time_it_ran_onto():
    text = clean(ROUNDUP)
    segs = paragraph_briefs(text)
    assert segs[0].text.startswith("1.吉林省健康管理学会：")
    assert all(text[s.span[0]:s.span[1]] == s.text for s in segs)
    assert segs[-1].text.endswith("（供稿：省科协学会部）")


def test_a_short_item_that_opens_with_its_day_and_unit_is_its_own_item():
    segs = paragraph_briefs(clean(LIST_PAGE))
    assert segs[-1].text == "4月12日，唐山市老科协会长魏文娜一行就助力企业技术创新工作到迁西调研。"
    assert "唐山市老科协会长" not in segs[-2].text


NOT_GATHERED = [
    # a notice's tasks by body under numbers and labels (the copy lost its 主送 and 字号)
    pytest.param("关于开展2023年全国科普日活动的通知\n"
                 "1.吉林省林学会：组织专家深入林区开展森林防火科普宣传活动，于9月10日前将活动方案报省科协科普部。\n"
                 "2.吉林省医学会：组织医疗专家开展健康义诊和健康知识讲座，于9月10日前将活动方案报省科协科普部。\n"
                 "3.吉林省农学会：组织农业专家开展科技下乡服务活动，于9月10日前将活动方案报省科协科普部。\n",
                 id="notice-tasks-under-formal-title"),
    pytest.param("各学会任务分工\n"
                 "1.吉林省林学会：负责组织森林防火科普宣传活动，做好活动的组织协调和宣传报道工作。\n"
                 "2.吉林省医学会：负责组织健康义诊和健康知识讲座，做好专家的邀请和服务保障工作。\n"
                 "3.吉林省农学会：负责组织科技下乡服务活动，做好农业专家的组织和技术资料的编印工作。\n",
                 id="duties-under-labels"),
    # winners and members under numbers
    pytest.param("2023年度优秀学会名单\n1.吉林省林学会：优秀学会\n2.吉林省医学会：优秀学会\n3.吉林省农学会：学会工作创新奖\n",
                 id="winners-numbered"),
    pytest.param("理事会组成人员\n1.吉林省林学会：张某某、李某某\n2.吉林省医学会：王某某、赵某某\n3.吉林省农学会：钱某某\n",
                 id="members-numbered"),
    # one report's numbered paragraphs, each opening with a society it speaks of (no label's colon)
    pytest.param("省科协召开学会工作座谈会\n3月12日，省科协召开学会工作座谈会，总结2022年学会工作。\n"
                 "1.吉林省林学会介绍了开展森林防火科普宣传的做法，重点讲了科普志愿者队伍建设的经验和体会。\n"
                 "2.吉林省医学会介绍了开展健康义诊活动的情况，全年组织义诊30余场，服务群众5000余人次。\n"
                 "3.吉林省农学会介绍了科技下乡服务的做法，组织农业专家深入乡村开展技术培训50余场。\n",
                 id="report-numbered-paragraphs"),
    # one report under subheadings
    pytest.param("全省学会工作会议召开\n3月12日，省科协召开全省学会工作会议，总结2022年学会工作，部署2023年重点任务。\n"
                 "一、提高政治站位\n会议要求，各学会要坚持党的领导，把学会党建工作与业务工作同谋划、同部署、同落实。\n"
                 "二、强化服务能力\n会议指出，各学会要聚焦服务科技工作者，吉林省林学会、吉林省医学会等要发挥示范带头作用。\n",
                 id="report-with-subheadings"),
    # one report's paragraphs naming bodies after a lead, under its headline, without writers
    pytest.param("全市各地科协开展科技下乡活动\n为助力乡村振兴，4月26日，滦州市科协深入古马镇开展科技下乡志愿服务活动，发放资料500余份。\n"
                 "为服务春耕生产，4月24日，开平区科协组织农业技术人员到越河镇为种植户送技术送服务。\n"
                 "为普及科学知识，4月23日，迁安市科协组织科普志愿者走进西尚庄小学开展科普活动。\n",
                 id="round-up-with-leads-under-headline"),
    # a chronicle of one body's days
    pytest.param("4月26日，滦州市科协召开全体干部工作会议。\n4月20日，滦州市科协召开党组会议。\n"
                 "4月12日，滦州市科协组织科普志愿者到社区开展活动。\n", id="one-body-chronicle"),
]


@pytest.mark.parametrize("text", NOT_GATHERED)
def test_pages_that_are_not_roundups_keep_no_segments(text):
    assert parse_text(text).segments == []
