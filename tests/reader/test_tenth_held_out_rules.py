"""Rules learnt from the tenth held-out set (tools/held_out_10.txt, development material since the eleventh was made);
each shown on the real sentence it came from and, where it must not fire, on its neighbours: Unicode's one-character
numerals (⒊ ㈥ ⑴), a document run into one line with spaces where its lines broke, a copy that starts inside its outline,
a first-level section after lost ones, points whose stops the page lost (二是 glued, ① after 重点是), a new paragraph's
points, image file names, a marker with nothing after it, the 印发 line under 抄送, a contact's lines above 联系人 and a
phone in brackets, an office named with its remit or asked to send its head, a site's greeting and a report's dated
lead, a 谋划, and a short issuer the page's 发布机构 label gives in full."""

import pytest

from kexie.reader import parse_text
from kexie.reader.clean import clean, enclosed_numerals_written_out, run_on_lines_apart
from kexie.reader.header import read_header
from kexie.reader.outline import find_items
from kexie.reader.patterns import lead_date, web_furniture
from kexie.reader.responsibility import read_responsibility


def _roles(text):
    r, _ = read_responsibility(text)
    return {k: v for k, v in vars(r).items() if v} if r else {}


def _outline(text):
    return [(x.marker, x.heading) for x in parse_text(text).outline]


# ---------------------------------------------------------------- Unicode's enclosed numerals are markers written out
@pytest.mark.parametrize("text, written", [
    ("⒊实施大众传媒科技传播能力建设工程", "3.实施大众传媒科技传播能力建设工程"),
    ("㈥ 强化政策法规、经费投入、队伍建设与监测评估保障", "(六) 强化政策法规、经费投入、队伍建设与监测评估保障"),
    ("⑴召开本会会员代表大会", "(1)召开本会会员代表大会"),
    ("⒛组织评选", "20.组织评选"),
    # ①…⑳ are level-5 markers as they stand (the spec reads them so): unchanged
    ("主要内容：①听取学会部有关学会成立的汇报并审议；②听取并审议市科协工作报告。",
     "主要内容：①听取学会部有关学会成立的汇报并审议；②听取并审议市科协工作报告。"),
])
def test_enclosed_numerals_are_the_markers_written_out(text, written):
    assert enclosed_numerals_written_out(text) == written


# ---------------------------------------------------------------- a document run into one line
FABAO = ("[接上页] 责任单位:市教育局、市农牧业局、市广电局 ⒊实施大众传媒科技传播能力建设工程 牵头部门:市委宣传部 "
         "责任单位:市广电局、市教育局、市科技局、市农牧业局、市工会、市团委、市妇联、市科协 ⒋实施科普基础设施工程 牵头部门:市科协 "
         "责任单位:市发展和改革委员会、市财政局、市科技局、市教育局、市农牧业局、市工会、市团委、市妇联 ㈥ 强化政策法规、经费投入、"
         "队伍建设与监测评估保障 牵头部门:市科技局 责任单位:市委组织部、市委宣传部、市发展和改革委员会、市教育局 五、工作进度 "
         "“十一五”期间,我市实施《纲要》工作分为三个阶段。\n")


def test_a_line_run_together_gets_its_breaks_back_before_markers_and_role_labels():
    doc = parse_text(FABAO)
    got = {x.marker: (x.heading, x.responsibility.lead_units if x.responsibility else None) for x in doc.outline}
    assert got["3．"] == ("实施大众传媒科技传播能力建设工程", ["市委宣传部"])
    assert got["4．"] == ("实施科普基础设施工程", ["市科协"])
    assert got["（六）"] == ("强化政策法规、经费投入、队伍建设与监测评估保障", ["市科技局"])
    assert "市科协" in doc.outline[0].responsibility.partner_units
    # the copy starts inside its outline and its items assign bodies: a plan's task list
    assert doc.doc_type == "plan"


@pytest.mark.parametrize("line", [
    # short lines, or one spaced marker only: spaces stay for the stray-space repair (新国发 2 号)
    "认真学习新国发 2 号文件精神 一、提高认识",
    "关于召开 2023 年 年会的通知",
    "各县(市)区科技主管部门,各有关单位: " + "根据河南省科技厅工作要求, " * 12 + "一、申报时间 受理截止时间为2017年7月5日。",
])
def test_neighbours_lines_that_are_no_document_run_together(line):
    assert run_on_lines_apart(line) == line


def test_a_heading_and_its_text_a_space_apart_stay_one_line():
    # 一、申报时间 受理截止时间为…: the break comes before each marker and the end matter's labels only
    line = ("各有关单位: 根据河南省科技厅工作要求,2017年全国优秀科普作品推荐工作已开始,请根据要求认真组织本区域内的优秀科普作品推荐"
            "工作。具体要求如下: 一、申报时间 受理截止时间为2017年7月5日。 二、申报地点 新乡市人民路与新二街交叉口东南角三合一综合办公楼"
            "4楼479室社会发展科。 三、需提交材料 各县(市)区科技主管部门汇总统一报送。 联系人:王海东 苏 婕 电 话:0373-5820665 附 件:"
            "1.关于推荐2017年全国优秀科普作品的通知 2.科技部办公厅关于推荐2017年全国优秀科普作品的通知")
    apart = run_on_lines_apart(line).split("\n")
    assert apart[1] == "一、申报时间 受理截止时间为2017年7月5日。"
    assert apart[4].startswith("联系人:") and apart[5].startswith("附 件:1.")
    assert [x.marker for x in find_items(clean(line))] == ["一、", "二、", "三、"]  # the attachment list is none


# ---------------------------------------------------------------- a copy that starts inside its outline
BAISE = ("百色市人民政府办公室关于印发百色市实施全民科学素质行动计划纲要(2006—2010年)工作方案的通知\n\n"
         "  (八)科普基础设施工程。\n\n  总牵头部门:市科协。\n\n  责任单位:市委组织部、宣传部,市发展改革委、科技局。\n\n"
         "  (九)政策法规、队伍建设与监测评估。\n\n  总牵头部门:市科技局。\n\n  责任单位:市委组织部、宣传部,市发展改革委、教育局。\n\n"
         "  四、工作要求\n\n  (一)突出重点,抓住关键。坚持以重点人群科学素质行动带动全民科学素质的整体提高。\n\n"
         "  (二)加强领导,密切协作。市人民政府负责领导《科学素质纲要》的实施工作。\n")


def test_a_copy_that_starts_inside_its_outline_keeps_its_numbers():
    doc = parse_text(BAISE)
    assert [(x.marker, x.heading) for x in doc.outline] == [
        ("（八）", "科普基础设施工程"), ("（九）", "政策法规、队伍建设与监测评估"), ("四、", "工作要求"),
        ("（一）", "突出重点，抓住关键"), ("（二）", "加强领导，密切协作")]
    first = doc.outline[0].responsibility
    assert first.lead_units == ["市科协"] and first.partner_units == ["市委组织部", "宣传部", "市发展改革委", "科技局"]


@pytest.mark.parametrize("text", [
    # a number that no next one continues is no outline (a stray （八） or 3. in a sentence's line)
    "关于开展科普活动的通知\n（八）科普基础设施工程。\n请各单位认真组织。\n",
    "会议纪要\n3.推荐名单见附件。\n以上事项请抓紧落实。\n",
])
def test_neighbours_a_lone_high_number_opens_nothing(text):
    assert find_items(text) == []


# ---------------------------------------------------------------- sections lost between two that survive
XUZHOU = ("一、会议主要议程：\n会议分两个阶段进行。\n二、会议地点\n新城区东综合楼B302会议室\n五、其他事项\n"
          "请各县(市)区将发言材料打印25份带至会场。\n")


def test_a_first_level_heading_after_lost_sections_stands():
    assert [x.marker for x in find_items(clean(XUZHOU))] == ["一、", "二、", "五、"]


@pytest.mark.parametrize("text", [
    # a line that says more than a heading, or too many sections lost, is no section of this outline
    "一、会议内容\n部署工作。\n二、参会人员\n各科协负责同志。\n五、各单位要高度重视，认真组织，确保实效。\n",
    "一、会议内容\n部署工作。\n二、参会人员\n各科协负责同志。\n八、其他事项\n",
])
def test_neighbours_a_far_number_or_a_sentence_is_no_lost_section(text):
    assert [x.marker for x in find_items(clean(text))] == ["一、", "二、"]


# ---------------------------------------------------------------- points whose stops the page lost
def test_points_glued_to_the_text_before_them_after_a_first_point():
    line = ("（二）积极实施好科普惠农项目工作。一是做好“科普基层行动计划”和“科普助力新农村计划”项目的培育、申报和实施工作,"
            "促进农村专业技术协会建设,培养科技带头人二是组织农学、林学、畜牧兽医、中医药等学会的专家深入农村,开展农业科技咨询服务"
            "活动三是为科技创业提供支撑。\n")
    assert [(m, h[:8]) for m, h in _outline(line)] == [
        ("（二）", "积极实施好科普惠"), ("一是", "做好“科普基层行"), ("二是", "组织农学、林学、"), ("三是", "为科技创业提供支")]


@pytest.mark.parametrize("line", [
    # without a first point after a stop, 二是 inside a sentence opens nothing (this is the second thing; 第二是)
    "（一）加强组织建设。这次会议的重点之二是加强学会建设，第二是做好服务。\n",
    "（一）加强组织建设。唯一是做好服务，二是人才。\n",
])
def test_neighbours_no_point_without_a_first_one_after_a_stop(line):
    assert [m for m, _ in _outline(line)] == ["（一）"]


def test_circled_points_after_a_word_and_again_in_the_next_paragraph():
    text = ("一、会议主要议程：\n主要内容：听取各县(市)区科协工作汇报。发言不得超过10分钟,重点是①2013年各县(市)区上半年创新性、"
            "特色性工作以及下半年主要工作安排;②对市科协以及省科协的工作意见和建议。\n第二阶段(11点正式开始):\n"
            "主要内容:①听取学会部有关学会成立的汇报并审议;②听取并审议市科协工作报告。\n")
    assert [m for m, _ in _outline(text)] == ["一、", "①", "②", "①", "②"]


def test_neighbours_a_lone_circled_numeral_is_a_footnote_mark():
    assert [m for m, _ in _outline("一、会议内容：\n详见附表①所列事项，请各单位准备。\n")] == ["一、"]


# ---------------------------------------------------------------- lines that number nothing
def test_image_file_names_and_a_marker_cut_from_its_text_are_no_items():
    text = ("三、会议内容\n会议听取了工作汇报。一是服务大局，强化担当。二是锚定高地，精准谋划。\n1.png\n2.png\n"
            "四、工作进度\n分三个阶段推进。\n五、\n")
    assert [m for m, _ in _outline(text)] == ["三、", "一是", "二是", "四、"]


# ---------------------------------------------------------------- end matter and contacts
def test_the_printing_line_under_cc_is_no_body_copied():
    text = ("关于召开全省农村科普工作会议的通知\n各地级以上市科协：\n现将有关事项通知如下。\n二○○六年十二月十五日\n"
            "主题词:科普 农村 会议 通知\n抄送:机关各部室、各直属单位\n广东省科协办公室 2006年12月15日印\n广东省科协普及部 校\n用户登录\n")
    assert parse_text(text).cc == ["机关各部室", "各直属单位"]


@pytest.mark.parametrize("text, phone, email", [
    # the contact's labelled lines above the 联系人 line, a phone's label with a note in brackets
    ("四、要做好活动成效跟踪、报道、宣传、总结工作。\n联系电话(传真):020-83547584\n电子邮箱:gmq@gdsta.cn\n联系人:顾梅奇\n",
     "020-83547584", "gmq@gdsta.cn"),
    # a phone in brackets after the office that receives the list (two numbers a space apart)
    ("请各区(市)科协将参会人员名单于10月9日下午3:00前报市科协办公室(联系电话:8059000 3321213);\n", "8059000 3321213", None),
])
def test_contact_lines_above_the_name_and_a_bracketed_phone(text, phone, email):
    contact = read_header(clean(text)).contact
    assert (contact.phone, contact.email) == (phone, email)


def test_neighbours_a_label_line_two_lines_away_above_a_paragraph_is_not_the_contact():
    text = "联系电话：010-12345678\n一、会议内容\n部署工作。\n联系人：张明\n"
    assert read_header(clean(text)).contact.phone is None


# ---------------------------------------------------------------- responsibility in a report's list
@pytest.mark.parametrize("item, roles", [
    ("申报2018年国际民间组织科技事务专项工作，由学术交流部（国际）负责；", {"departments": ["学术交流部（国际）"]}),
    ("关于出席《中国科协科技期刊发展蓝皮书》发布会，请《学报》编辑部领导参加。", {"departments": ["《学报》编辑部"]}),
    ("组织开展中国科协系统2017年度综合统计调查工作，由学会办公室负责；", {"departments": ["学会办公室"]}),
    # who attends is asked, no office named: nobody answers
    ("请参加会议人员安排好工作，准时参加会议。", {}),
    ("请各单位领导参加。", {}),
])
def test_an_office_with_its_remit_in_brackets_and_one_asked_to_send_its_head(item, roles):
    assert _roles(item) == roles


# ---------------------------------------------------------------- a site's greeting, a report's dated lead
CSIT = ("欢迎访问中国惯性技术学会官方网站 2019年6月5日 星期三\n"
        "2018年1月25日,中国惯性技术学会在学会办公室召开了今年第一次工作机构办公会议。学会办公室、学术交流部等部门领导参加了会议。\n"
        "会议研究布置了以下工作:\n1. 组织开展中国科协系统2017年度综合统计调查工作,由学会办公室负责;\n"
        "2. 关于开展2017年创新人才推进计划组织推荐工作;\n(秘书处供稿)\n")


def test_a_report_without_headline_under_a_greeting_is_news_of_its_own_day():
    doc = parse_text(CSIT)
    assert (doc.doc_type, doc.date) == ("news", "2018-01-25")
    assert web_furniture("欢迎访问中国惯性技术学会官方网站 2019年6月5日 星期三")


@pytest.mark.parametrize("lines, date", [
    (["2018年1月25日,中国惯性技术学会在学会办公室召开了今年第一次工作机构办公会议。"], "2018-01-25"),
    (["1月25日,中国惯性技术学会召开办公会议。"], None),  # no year: the page's own date or none
    (["2018年是改革开放40周年。"], None),
])
def test_the_day_a_report_opens_with(lines, date):
    assert lead_date(lines) == date


def test_a_masthead_date_with_its_weekday_still_dates_a_newspaper_page():
    text = "科技日报\n2023年5月10日 星期三 第3版\n本报讯 5月9日，全国科技活动周启动。\n"
    assert read_header(clean(text)).dateline == "2023-05-10"


# ---------------------------------------------------------------- a 谋划 and the full name of a short issuer
LINXI = ("县科协2022年重点工作谋划\n\n体裁分类:其他     主题分类:科技、教育           发布时间: 2021-11-19      "
         "发布机构:临西县科学技术协会      浏览次数:44     字体:[  ]\n\n县科协2022年重点工作谋划\n\n"
         "(一)强化科协会员工作。科协会员是科协组织的细胞,要加强和改进会员工作。\n\n(二)积极实施好科普惠农项目工作。\n")


def test_a_key_work_plan_under_its_publishing_body_label():
    doc = parse_text(LINXI)
    assert (doc.doc_type, doc.issuer) == ("plan", "临西县科学技术协会")


def test_neighbours_a_label_that_names_no_fuller_body_leaves_the_issuer():
    text = LINXI.replace("临西县科学技术协会", "县政府网站")
    assert parse_text(text).issuer != "县政府网站"
