"""The seventeenth held-out set's misses (round 18) and older leftovers, each rule on its real sentence, with
neighbours where it must not fire. The seventeenth set is development material since round 18; the eighteenth stays
out."""
import pytest

from kexie.reader import parse_text
from kexie.reader.clean import clean
from kexie.reader.group import read_leading_group
from kexie.reader.responsibility import read_responsibility


def _roles(text):
    r, _ = read_responsibility(text)
    return {k: v for k, v in vars(r).items() if v} if r else {}


def _people(group, role):
    return [(m.name, m.title) for m in getattr(group, role)]


# ---------------------------------------------------------------- glossed lines are joined as they read
# 12366sw and lipsmiley: a mirror's 發(fā)布日期 line in glossed traditional script above the 主送; the line is weighed as
# its reading (发布日期：…, a page's date line), not as a line of twenty characters that a wrap cut short
TWELVE = ("發(fā)布日期: 2025.01.07\n各省、自治區(qū)、直轄市科協(xié),新疆生產(chǎn)建設(shè)兵團(tuán)科協(xié),各有關(guān)單位:\n"
          "為落實(shí)《全民科學(xué)素質(zhì)行動(dòng)規(guī)劃綱要》,現(xiàn)將《全國(guó)科普大篷車(chē)項(xiàng)目管理辦法》印發(fā)給你們,"
          "請(qǐng)結(jié)合本地區(qū)實(shí)際情況認(rèn)真貫徹執(zhí)行。\n中國(guó)科協(xié)辦公廳\n2024年12月30日\n")
LIPS = ("發(fā)布時間:2022年12月08日 來源:中國化學會\n各學科/專業(yè)委員會、女化學工作者委員會、青年化學工作者委員會,"
        "各單位會員:\n學會自即日起開始受理2023年度國內學術活動的申報,有關申報事宜通知如下。\n一、申報范圍\n")


@pytest.mark.parametrize("text, recipients", [
    (TWELVE, ["各省", "自治區(qū)", "直轄市科協(xié)", "新疆生產(chǎn)建設(shè)兵團(tuán)科協(xié)", "各有關(guān)單位"]),
    (LIPS, ["各學科/專業(yè)委員會", "女化學工作者委員會", "青年化學工作者委員會", "各單位會員"]),
    # neighbour: the same notice in simplified characters read as before
    ("发布日期: 2025.01.07\n各省、自治区科协,各有关单位:\n现将《管理办法》印发给你们,请认真贯彻执行。\n中国科协办公厅\n"
     "2024年12月30日\n", ["各省", "自治区科协", "各有关单位"]),
])
def test_a_glossed_page_line_stays_apart_from_the_recipients(text, recipients):
    assert parse_text(text).recipients == recipients


def test_a_glossed_sentence_cut_after_a_gloss_is_joined_as_its_reading_is():
    # 推動(dòng) / 科普大篷車…: the gloss's bracket at the line's end no longer hides the word the line was cut after
    text = "為落實(shí)《綱要》,結(jié)合新時(shí)代科普工作的新形勢(shì)、新要求,推動(dòng)\n科普大篷車(chē)項(xiàng)目規(guī)范發(fā)展。\n"
    assert clean(text).count("\n") == 0


# ---------------------------------------------------------------- 负责人 / 项目负责人
@pytest.mark.parametrize("text, roles", [
    # fupindai's (二) 1、–5.
    ("科学幻想画比赛,项目负责人:罗宏泽(具体见科学幻想画比赛方案)", {"responsible_leaders": ["罗宏泽"]}),
    ("“纸船承重”比赛,项目负责人:陈荷叶、徐少玲(具体见“纸船承重”比赛方案)",
     {"responsible_leaders": ["陈荷叶", "徐少玲"]}),
    ("七巧科技,项目负责人:美术组(具体见温州市科技节活动方案)", {"departments": ["美术组"]}),
    # meidekan's 3、 with its bracket below it: the date after the masked name is no name
    ("相关活动摄影。\n（负责人：张x9月18日）。", {"responsible_leaders": ["张x"]}),
    # cut by the copy's end after a surname: nobody
    ("利用9月21日周一升旗仪式作“科普日”活动启动仪式。\n(负责人：王", {}),
    # a body with its level answers as a unit
    ("科普讲座，负责人：县科协", {"lead_units": ["县科协"]}),
    # neighbours: 负责人 without a colon, and 分管负责人 keep their reading
    ("各单位负责人参加会议。", {}),
    ("分管负责人：李明", {"responsible_leaders": ["李明"]}),
])
def test_a_responsible_person_line(text, roles):
    assert _roles(text) == roles


# ---------------------------------------------------------------- a leader named in prose (wuyouwenku)
@pytest.mark.parametrize("text, roles", [
    ("以党委书记湛谦为组长，副镇长黄晟为副组长。黄晟为科技分管领导，熊朝枢为科技站站长。",
     {"responsible_leaders": ["黄晟"]}),
    # neighbours: a post that is no leader's role word, and a body made leader, give none
    ("熊朝枢为科技站站长，各村的村主任为科技主任。", {}),
    ("县科协为牵头领导，负责协调。", {}),
])
def test_a_leader_named_in_prose(text, roles):
    assert _roles(text) == roles


# ---------------------------------------------------------------- a masked place before a body (5728338)
@pytest.mark.parametrize("text, roles", [
    ("整個座談會籌備工作由XXX乡党委和政府负责。".replace("個", "个").replace("會", "会").replace("籌備", "筹备"),
     {"lead_units": ["XXX乡党委和政府"]}),
    ("由××镇人民政府牵头组织。", {"lead_units": ["××镇人民政府"]}),
    # neighbour: a mask before no body
    ("由XXX负责。", {}),
])
def test_a_template_masked_place_opens_a_body(text, roles):
    assert _roles(text) == roles


def test_a_glossed_body_with_a_masked_place_is_read_in_its_own_characters():
    doc = parse_text("一、會(huì)議安排\n1.整個(gè)座談會(huì)籌備工作由XXX鄉(xiāng)黨委和政府負(fù)責(zé)。\n")
    assert [i.responsibility.lead_units for i in doc.outline if i.responsibility] == [["XXX鄉(xiāng)黨委和政府"]]


# ---------------------------------------------------------------- a list whose names end in 。 and run together
MEIDEKAN = "20xx年9月20—28日。\n\n组长:王彬。\n\n副组长:杨宏齐。\n\n组员:池斌王胜江王宏黄怀华卢海燕王振仁单利民。\n\n(一)前期活动安排。\n"


def test_names_that_end_in_a_full_stop_and_run_together():
    group = read_leading_group(clean(MEIDEKAN))
    assert group.name is None
    assert _people(group, "heads") == [("王彬", None)]
    assert _people(group, "deputies") == [("杨宏齐", None)]
    assert [m.name for m in group.members] == ["池斌", "王胜江", "王宏", "黄怀华", "卢海燕", "王振仁", "单利民"]


@pytest.mark.parametrize("line, members", [
    # a piece with a title's word, or a body, stays whole
    ("成员：办公室主任赵某某", [("赵某某", "办公室主任")]),
    ("成员：县科协办公室", [(None, "县科协办公室")]),
    # names of four or five characters are never cut
    ("成员：欧阳明月", [("欧阳明月", None)]),
    # a full stop after every character is a copy's noise: nothing is parted at it
    ("成员：吴恒权外交部。党。委。书。记", [(None, "吴恒权外交部。党。委。书。记")]),
])
def test_what_the_run_together_rule_leaves_whole(line, members):
    group = read_leading_group(clean("决定成立科普工作领导小组，名单如下：\n组长：张三\n" + line + "\n"))
    assert _people(group, "members") == members


# ---------------------------------------------------------------- (1)(2)(3) on a label's line (onlinecha)
def test_numbered_points_on_a_labels_line_are_sub_items():
    assert clean("1.評選標準:(1)想象力(2)科學性(3)繪畫水平\n2.各班出一期科普手抄報。") == \
        "1.評選標準：\n（1）想象力\n（2）科學性\n（3）繪畫水平\n2.各班出一期科普手抄報。"


@pytest.mark.parametrize("line", [
    "评选标准：(1)想象力(3)科学性(4)绘画水平",  # not numbered from 1 in order
    "要求：(1)内容健康，积极向上(2)形式新颖(3)字迹工整",  # a point with a mark is a sentence
    "评选标准：(1)想象力(2)科学性",  # two points
])
def test_other_inline_numbers_stay_on_their_line(line):
    assert "\n" not in clean(line)


# ---------------------------------------------------------------- 由各……单位自行组织 (qinghai)
@pytest.mark.parametrize("text, roles", [
    ("预赛时间：2023年4月24日之前。\n预赛组织：由各推荐单位(省直各有关单位、各市（州）科技行政主管部门)自行组织，择优推荐"
     "本系统、本地区参加复赛的选手。", {"lead_units": ["各推荐单位"]}),
    ("由各学会自行组织，时间自定。", {"lead_units": ["各学会"]}),
    # neighbours: the issuer by its role, a body without 各, and a role word that says it all give their own reading
    ("复赛组织：由大赛主办方组织举办。", {}),
    ("活动形式：由学生自行组织。", {}),
    ("由各单位自行组织。", {}),
    ("责任单位：市科协；由各推荐单位自行组织。", {"lead_units": ["市科协"]}),
])
def test_each_body_organising_its_own_part_leads(text, roles):
    assert _roles(text) == roles


# ---------------------------------------------------------------- a person's row of a list stands alone
# 5728338's 3.參會人員 / ⑴縣領導, one person a row under blank lines, where the level's other items write heading and
# text on one line (⑴黨委副書記……匯報……；): once the glosses no longer end the rows, they are still no run-on text
AGENDA = ("3.參會(huì)人員:\n\n⑴縣 領(lǐng) 導(dǎo):劉XXX 縣委常委、組織部部長(zhǎng)\n\n楊XXX 縣人大常委會(huì)副主任\n\n"
          "張XXX 縣政府副縣長(zhǎng)\n\n4.會(huì)議議程:\n\n⑴黨委副書(shū)記、鄉(xiāng)長(zhǎng)秦XX匯報(bào)該鄉(xiāng)科技科普工作開(kāi)展"
          "情況;\n\n⑵參會(huì)縣級(jí)部門領(lǐng)導(dǎo)圍繞如何抓好農(nóng)村科普工作發(fā)言;\n")


def test_a_persons_row_is_not_the_rest_of_the_line_above():
    lines = clean(AGENDA).split("\n")
    assert lines[2:7] == ["（1）縣領(lǐng)導(dǎo)：劉XXX 縣委常委、組織部部長(zhǎng)", "", "楊XXX 縣人大常委會(huì)副主任", "",
                          "張XXX 縣政府副縣長(zhǎng)"]


def test_a_sentence_cut_by_a_blank_line_still_goes_on():
    assert clean("会议要求，各部门要\n\n认真组织科普日活动。\n") == "会议要求，各部门要认真组织科普日活动。"
