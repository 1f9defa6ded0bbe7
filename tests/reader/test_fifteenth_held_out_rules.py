"""Rules learnt from the fifteenth held-out set (tools/held_out_15.txt, development material since round 16), each
shown on the real sentence it came from and, where it must not fire, on its neighbours: a 职责分工 list whose items open
with their bodies and a colon, an item that opens with another body and 负责, a last partner cut inside its pinyin gloss,
a 领导小组 in prose (a 副镇长's name, a later sentence's 成员), a notice that forwards a document its title does not
name, a notice without title that sends an attachment, and an office that leads with its peers coordinating."""

import pytest

from kexie.reader import parse_text
from kexie.reader.group import read_leading_group
from kexie.reader.responsibility import read_responsibility


# ---------------------------------------------------------------- responsibility
@pytest.mark.parametrize("text, leads", [
    # 360docs: 三、职责分工, each item opens with its bodies and a colon
    ("市委宣传部、文广新局：负责协调市、镇新闻媒体开展防灾减灾知识宣传，并组织专题宣传节（栏）目。市有关部门配合。",
     ["市委宣传部", "文广新局"]),
    ("民政局、红十字会：负责灾后救济工作宣传，并提供相关材料给其他部门。", ["民政局", "红十字会"]),
    ("“三防办”：负责三防知识的宣传，并提供相关材料给其他部门。", ["三防办"]),
    # neighbours: a heading before the colon is no body
    ("工作要求：负责同志要亲自抓，确保取得实效。", None),
    ("活动时间：5月7日至5月13日。", None),
])
def test_a_duty_list_item_opens_with_its_bodies_and_a_colon(text, leads):
    r, _ = read_responsibility(text)
    assert (r.lead_units if r else None) == leads


@pytest.mark.parametrize("text, leads", [
    # lyskx: (三)1./2. give the work in prose, the body first
    ("市科技馆负责“龙岩市科普大篷车老区行”活动的组织实施工作。", ["市科技馆"]),
    ("各县（市、区）科协负责所在地“龙岩市科普大篷车老区行”进驻学校的联系、落实与踩点，以及宣传报道工作。",
     ["各县（市、区）科协"]),
    # neighbours: a person or a vague subject opens with 负责
    ("领队负责与大赛会务组对接并保障本地区参赛选手的安全。", None),
    ("各单位负责做好本单位的宣传工作。", None),
])
def test_an_item_that_opens_with_another_body_and_fu_ze(text, leads):
    r, _ = read_responsibility(text)
    assert (r.lead_units if r else None) == leads


def test_an_office_that_opens_with_fu_ze_stays_a_department():
    r, _ = read_responsibility("市科协办公室负责报送材料的收集、整理、上报等工作")
    assert r.departments == ["市科协办公室"] and r.lead_units == []


@pytest.mark.parametrize("text, last", [
    # 5728338: the copy is cut inside the last partner's gloss (團(tuá)
    # (the role word as the reader sees it; the page writes 協辦單位)
    ("协办单位：縣扶貧辦、縣婦聯(lián)、團(tuá", "縣婦聯(lián)"),
    # neighbour: a whole last name stays
    ("协办单位：縣扶貧辦、縣婦聯(lián)、團縣委", "團縣委"),
])
def test_a_last_partner_cut_inside_its_gloss_is_no_body(text, last):
    r, _ = read_responsibility(text)
    assert r.partner_units[-1] == last


@pytest.mark.parametrize("text, departments, partners", [
    # zuowenred (fourteenth set): an office leads, its peers coordinate — all the school's own departments
    ("二、活动原则：\n立足“普及性”的原则，推进学校素质教育。由校长室领衔，办公室、教导处、团委、总务处、科学教研组协调各部门"
     "精心组织各项活动。", ["校长室", "办公室", "教导处", "团委", "总务处", "科学教研组"], []),
    # neighbour: a body with its level leads: not the issuer's office, so not this rule
    ("由市科技局领衔，市财政局协调各部门。", None, None),
])
def test_an_office_leads_and_its_peers_coordinate(text, departments, partners):
    r, _ = read_responsibility(text)
    if departments is None:
        assert r is None or "市科技局" not in r.departments
    else:
        assert r.departments == departments and r.partner_units == partners


# ---------------------------------------------------------------- leading group
WUYOU = ("经研究成立树人镇科技工作领导小组。以党委书记湛谦为组长，副镇长黄晟为副组长，经法办、党政办、财政所、司法所、计生办、"
         "农业服务中心单位负责人为成员。黄晟为科技分管领导，熊朝枢为科技站站长，各村的村主任为科技主任、村文书、计生专干、团支书、"
         "各组组长为成员。")


def test_a_township_group_in_prose():
    g = read_leading_group(WUYOU)
    assert [(m.name, m.title) for m in g.heads] == [("湛谦", "党委书记")]
    assert [(m.name, m.title) for m in g.deputies] == [("黄晟", "副镇长")]  # 镇长 is a title's last word
    assert all(m.name is None for m in g.members)  # the next sentence's 村文书… are no members of the group


def test_a_head_changed_by_gai_wei():
    # taowenge (fourteenth set): 改为常务副县长为组长 names the one after the last 为
    g = read_leading_group("调整县全民科学素质工作领导小组，将过去由科技副县长任组长改为常务副县长为组长。")
    assert "常务副县长" in [m.title for m in g.heads]


# ---------------------------------------------------------------- header
ECUST = ("教育部科技司关于组织开展“2019年全国科普讲解大赛”推荐活动的通知\n教技司〔2019〕125号\n部属各高等学校:\n"
         "现将《科技部办公厅关于举办2019年全国科普讲解大赛的通知》转发给你们,请根据本校实际组织选报选手。\n1.各高校自愿组织选手报名参加。\n")


@pytest.mark.parametrize("text, enclosed", [
    (ECUST, "科技部办公厅关于举办2019年全国科普讲解大赛的通知"),
    # neighbour: a document only cited (根据《…》) is not forwarded
    ("某市科协关于开展科普讲解大赛的通知\n各县区科协：\n根据《科技部办公厅关于举办2019年全国科普讲解大赛的通知》，现将有关事项通知如下：\n",
     None),
])
def test_a_notice_that_forwards_a_document_its_title_does_not_name(text, enclosed):
    assert parse_text(text).enclosed_title == enclosed


JSCZ = ("各辖市(区)科协、教育局,各俱乐部:\n为深入贯彻落实《关于在全市青少年中深入开展“我们爱科学”主题活动的意见》,"
        "现就2014年青少年科技俱乐部活动安排作出明确(详见附件)。\n附件:2014年青少年科技俱乐部活动安排\n"
        "常州市科学技术协会 常州市教育局\n2014年4月3日\n")


@pytest.mark.parametrize("text, kind", [
    (JSCZ, "notice"),
    # neighbour: the same text without recipients is no notice
    (JSCZ.split("\n", 1)[1], "other"),
])
def test_an_addressed_text_without_title_that_sends_an_attachment_is_a_notice(text, kind):
    assert parse_text(text).doc_type == kind
