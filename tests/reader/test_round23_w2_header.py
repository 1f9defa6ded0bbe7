"""Round 23, second wave: header fields a web page's chrome hid or misled (a site's greeting as issuer, a meta
label with its value on the next line, a row of controls run into the headline) and a 领导小组 signing its 工作要点."""
import pytest

from kexie.reader import parse_text
from kexie.reader import patterns as P
from kexie.reader.clean import clean

TEXT = ("根据有关要求，现将工作要点印发给你们，请认真抓好组织实施。在全区开展健康知识普及行动，举办培训班，"
        "组织健康知识巡讲，开展健康教育进农村、进社区、进家庭活动。")


@pytest.mark.parametrize("signature, issuer", [
    # two 领导小组 sign jointly, one a line, above the date (duyaonet-2022): the first issues
    ("自治区健康宁夏建设领导小组\n自治区健康水平提升行动领导小组\n2022年7月29日", "自治区健康宁夏建设领导小组"),
    # one alone
    ("县全民科学素质工作领导小组\n2023年3月1日", "县全民科学素质工作领导小组"),
])
def test_a_task_body_signs_above_the_date_without_a_seal_note(signature, issuer):
    doc = parse_text("关于印发《2022年健康水平提升行动工作要点》的通知\n各成员单位：\n" + TEXT + "\n" + signature)
    assert doc.issuer == issuer


HEADLINE = "新巴尔虎右旗举办2018年“全国科普日”活动启动仪式"
LEAD = ("9月18日，由新右旗科协、旗委宣传部、教育局共同举办的以“创新引领时代，智慧点亮生活”为主题的“全国科普日”"
        "活动启动仪式在新右旗牧民科普大学举行。各苏木镇分管领导及科普信息员和牧民共计200余人参加了本次活动。")


def test_a_greeting_names_the_site_not_the_issuer_and_a_label_over_its_value_dates_the_headline():
    # hlbeskx-2018: 发布时间： / 2018-09-20 15:14 (one value a line) under the headline; 分享： is the share button
    page = ("欢迎访问呼伦贝尔市科学技术协会\n今天是:2022年3月13日星期日农历王寅年二月十一\n首页 >基层动态\n\n"
            f"{HEADLINE}\n\n发布时间:\n2018-09-20 15:14\n来源:\n作者:\n市科协\n阅读:\n5395\n分享:\n\n{LEAD}")
    doc = parse_text(page)
    assert (doc.doc_type, doc.issuer, doc.title, doc.recipients) == ("news", None, HEADLINE, [])


@pytest.mark.parametrize("line, greeting", [
    ("欢迎访问呼伦贝尔市科学技术协会", True),
    ("呼伦贝尔市科学技术协会", False),
])
def test_greetings(line, greeting):
    assert P.greets(line) is greeting


@pytest.mark.parametrize("line, chrome", [
    ("分享:", True), ("分享", True), ("分享经验：", False),
])
def test_the_share_button_is_chrome(line, chrome):
    assert P.web_furniture(clean(line)) is chrome


def test_a_row_of_controls_ends_where_its_last_control_does():
    # lyskx-2021: the breadcrumb (its column name in mojibake) ends in 关闭窗口, the headline under it
    page = ("欢迎访问龙岩市科学技术协会网站! 2021年8月31日   在线投稿 设为主页 加入收藏\n"
            "首 页 科协简介 公告通知 重要新闻 科学普及 学会活动 科技人物 基层动态 政策法规 科普博览 科普惠农 文件下载\n"
            "j 龙岩市科学技术协会 >> 锟斤拷要锟斤拷锟斤拷 关闭窗口\n"
            "龙岩首个“福建省科普创作基地”在上杭县文联挂牌\n"
            "发布人:shxkx 发布时间:2021/11/10 浏览次数:10973\n\n"
            "    10月29日下午,福建省科普作家协会理事长带领评审组专家一行,赴上杭县文学艺术界联合会进行实地考察,"
            "并对该会创建福建省科普创作基地的情况进行了现场考核评审。\n"
            "    经现场资料检查,对标把关,严格评审,9位评审专家进行了打分,上杭县文学艺术界联合会顺利通过评审。\n")
    assert "\n龙岩首个“福建省科普创作基地”在上杭县文联挂牌\n" in clean(page)
    doc = parse_text(page)
    assert (doc.doc_type, doc.title) == ("news", "龙岩首个“福建省科普创作基地”在上杭县文联挂牌")


@pytest.mark.parametrize("line, ends", [
    ("j 龙岩市科学技术协会 >> 要闻 关闭窗口", True),
    ("首页 > 新闻 打印本页", True),
    ("请于5月10日前关闭", False),
])
def test_control_at_a_lines_end(line, ends):
    assert bool(P.CONTROL_END.search(line)) is ends
