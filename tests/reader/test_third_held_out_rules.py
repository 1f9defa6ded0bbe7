"""Rules learnt from what the reader missed on the third held-out set (tools/held_out_3.txt, development documents
since the fourth held-out set was made), written as general rules of web pages and 公文 (where a line sits relative
to the title, the 主送 line, the signature and the date) and shown on the real sentences they came from — and where
they must not fire."""

import pytest

from kexie.reader import parse_text
from kexie.reader import patterns as P
from kexie.reader.clean import clean
from kexie.reader.responsibility import read_responsibility
from kexie.reader.timecues import read_time


# ---------------------------------------------------------------- what a web page's chrome looks like
@pytest.mark.parametrize("line, furniture", [
    ("当前位置   首页 >> 通知公告", True),                     # a breadcrumb without a colon
    ("首页 » 新闻中心 » 正文", True),
    ("日期:2025-03-04 08:57", True),                           # a bare 日期 label with a web-style date
    ("游戏天地 2025年06月27日 22:33 1 admin", True),            # a byline with the minute the page went up
    ("发文机关: 国务院办公厅 成文日期: 2006年03月19日", True),    # a portal's index block
    ("时  效: 根据《国务院关于宣布失效一批国务院文件的决定》", True),
    # the document's own lines stay
    ("日期：2023年5月20日上午9:00", False),                     # an item's own 日期 (年月日, not a web date)
    ("关于评选表彰2011年度全市科协系统先进集体和先进工作者的通知", False),
    ("首页设计与制作", False),
    ("（一）活动时间：2024年9月9日-9月29日", False),
])
def test_web_page_chrome_is_known_by_its_shape(line, furniture):
    assert P.web_furniture(line) is furniture


def test_a_dated_page_line_is_not_run_into_the_recipients_line_below_it():
    text = ("中国科协办公厅关于印发 《中国科协2025年工作要点》的通知\n\n日期:2025-03-04 08:57\n\n"
            "各全国学会、协会、研究会,各省、自治区、直辖市、副省级城市科协,新疆生产建设兵团科协,中国科协各部门和直属单位:\n\n"
            "经中国科协党组、书记处同意,现将《中国科协2025年工作要点》印发给你们。\n")
    doc = parse_text(text)
    assert doc.recipients[0] == "各全国学会"
    assert doc.title == "中国科协办公厅关于印发《中国科协2025年工作要点》的通知"


# ---------------------------------------------------------------- titles: structure, not strings
XINGTAI_HEAD = ("当前位置   首页 >> 通知公告\n关于评选表彰2011年度全市科协系统先进集体和先进工作者的通知\n"
                "发布日期:2012-01-05\n\n各县(市、区)科协、市级学会、市科协各部室馆:\n"
                "  为贯彻落实科学发展观,弘扬科学精神、树立典型、激励先进,市科协将表彰在2011年度工作中作出突出贡献的先进集体、"
                "先进工作者。现将有关事项通知如下:\n  一、奖项及名额\n")
ITEMUN_HEAD = ("科学研究\n\n科研动态\n\n当前位置: 首页 -> 科学研究 -> 科研动态 -> 正文\n\n关于申报2017年度精品科普活动项目的通知\n\n"
               "(发布日期:2017-07-14 点击数:7)\n\n各有关学院、单位:\n\n根据福建省科学技术协会《关于申报2017年度学会科普活动项目的通知》"
               "精神,现将注意事项通知如下:\n\n一、申报内容\n")


@pytest.mark.parametrize("text, title, kind", [
    (XINGTAI_HEAD, "关于评选表彰2011年度全市科协系统先进集体和先进工作者的通知", "notice"),   # under a breadcrumb
    (ITEMUN_HEAD, "关于申报2017年度精品科普活动项目的通知", "notice"),                    # under a column path
])
def test_the_title_under_the_pages_navigation_is_the_documents(text, title, kind):
    doc = parse_text(text)
    assert (doc.title, doc.doc_type) == (title, kind)


def test_a_short_column_name_is_no_title_even_when_no_other_follows():
    # (round 21: a site's column name is made of kind words only and names no document — the page lost its headline;
    # the report's dated first sentence still says it is news)
    doc = parse_text("工作动态\n\n10月13日下午，市科协召开党组会议，传达学习有关精神。\n")
    assert (doc.title, doc.doc_type) == (None, "news")


GUOBAN_PORTAL = ("2006-03-27 08:00:00\n"
                 "索 引 号: 000014349/2006-00233 主题分类: 劳动、人事、监察\\人事工作\n"
                 "发文机关: 国务院办公厅 成文日期: 2006年03月19日\n"
                 "标  题: 国务院办公厅关于成立全民科学素质工作领导小组的通知\n"
                 "发文字号: 国办发〔2006〕18号 发布日期: 2006年03月27日\n\n"
                 "标  题:\n\n国务院办公厅关于成立全民科学素质工作领导小组的通知\n\n发文字号:\n\n国办发〔2006〕18号\n\n"
                 "国务院办公厅关于成立\n全民科学素质工作领导小组的通知\n国办发〔2006〕18号\n"
                 "各省、自治区、直辖市人民政府,国务院各部委、各直属机构:\n"
                 "为实施《全民科学素质行动计划纲要》,国务院决定成立全民科学素质工作领导小组(以下简称领导小组)。\n")


def test_a_portals_index_block_gives_the_title_and_the_documents_own_head_its_recipients():
    doc = parse_text(GUOBAN_PORTAL)
    assert doc.title == "国务院办公厅关于成立全民科学素质工作领导小组的通知"
    assert doc.issuer == "国务院办公厅"
    assert doc.recipients == ["各省", "自治区", "直辖市人民政府", "国务院各部委", "各直属机构"]


@pytest.mark.parametrize("text, title, date", [
    # a headline with no kind word over the page's dated line, no 主送 line, an empty 来源, a report without 。
    ("中国科学院学部科学普及与教育工作委员会三届六次会议暨“科学与中国”芜湖行在安徽芜湖举办 \n\n日期:2024-04-30\n\n|  来源:【字号:\n\n"
     "2024417-18日,中国科学院学部科学普及与教育工作委员会三届六次会议在安徽芜湖召开\n\n417日,杨玉良主任主持召开了会议\n",
     "中国科学院学部科学普及与教育工作委员会三届六次会议暨“科学与中国”芜湖行在安徽芜湖举办", "2024-04-30"),
    # a repost: the site's chrome, the headline, an unrelated byline with the posting minute, captions repeating it
    ("首页 游戏天地文章正文\n\n中国科学院广州分院科学技术协会成立\n\n游戏天地 2025年06月27日 22:33 1 admin\n\n"
     "中国青年报客户端讯(罗政 中青报·中青网记者 林洁)6月26日,中国科学院广州分院科学技术协会成立大会在广州举行。\n\n"
     "中国科学院广州分院科学技术协会成立\n\n中国科学院广州分院科学技术协会成立。罗政/摄\n\n"
     "中国科学院广州分院分党组书记黄从利介绍,广州分院重视科学普及和科学教育工作。\n\n"
     "中国科学院广州分院科学技术协会成立\n\n中国科学院广州分院科学技术协会成立大会现场。罗政/摄\n\n"
     "任海表示,广州分院科协将充分发挥桥梁和纽带作用。\n",
     "中国科学院广州分院科学技术协会成立", "2025-06-27"),
])
def test_a_headline_the_pages_dated_line_follows_is_a_news_pages_title(text, title, date):
    doc = parse_text(text)
    assert (doc.doc_type, doc.title, doc.date) == ("news", title, date)
    assert doc.segments == []  # captions repeating one headline make no gathered page


# ---------------------------------------------------------------- issuers: the signature's place, the 来源's body
@pytest.mark.parametrize("tail, issuer", [
    ("特此公告。\n\n中国科协科学技术创新部\n\n2023年4月 14 日\n", "中国科协科学技术创新部"),
    ("联系人:李老师,联系电话:8312768。\n\n科研处\n\n2025年326\n", "科研处"),    # a date that lost its 月 and 日
])
def test_a_department_above_the_date_signs_the_notice(tail, issuer):
    doc = parse_text("关于组织申报项目的通知\n\n全校各相关单位:\n\n现将有关事项通知如下。\n\n" + tail)
    assert doc.issuer == issuer


def test_a_line_ending_in_bu_that_is_no_department_signs_nothing():
    doc = parse_text("关于组织申报项目的通知\n\n全校各相关单位:\n\n请通知到全体干部\n\n2025年3月26日\n")
    assert doc.issuer is None


def test_a_source_that_is_an_organisations_department_is_read_whole_but_issues_no_report():
    doc = parse_text("返回资讯\n\n北京市科协领导听取科普专委会秘书处工作汇报\n\n"
                     "信息来源:北京市科协科学技术普及部      发布时间: 2022-10-14\n\n"
                     "10月13日下午,北京市科协党组书记沈洁听取科普专委会秘书处工作汇报,北京市科协党组成员、副主席陈维成主持会议。\n\n"
                     "陈维成围绕北京市科协科普工作定位和目标,介绍了2022年全民科学素质纲要实施等方面工作进展。\n")
    # (round 23, w6: a report's 来源 is no 发文机关; the department is named whole in the warning)
    assert doc.issuer is None and any("北京市科协科学技术普及部为" in w or "为北京市科协科学技术普及部" in w for w in doc.warnings)


# ---------------------------------------------------------------- items: departments, deadlines, attachments
@pytest.mark.parametrize("text, departments, lead_units", [
    ("健全思想政治工作体系。(牵头部门:宣传文化部)", ["宣传文化部"], []),          # the issuer's own department
    ("加强科普基础设施建设。（牵头部门：市科技局）", [], ["市科技局"]),            # another body stays a lead unit
    ("开展科学家精神宣讲。（牵头部门：市委宣传部、组织人事部）", ["组织人事部"], ["市委宣传部"]),
])
def test_a_lead_department_is_the_issuers_own_when_it_names_no_place_or_organisation(text, departments, lead_units):
    r, _ = read_responsibility(clean(text))
    assert (r.departments, r.lead_units) == (departments, lead_units)


@pytest.mark.parametrize("text, deadline", [
    ("申报截止日期为1月9日。", "2012-01-09"),                 # an item that says nothing but when the call closes
    ("申报时间 受理截止时间为2017年7月5日。", "2017-07-05"),   # an item about the closing date: its own (round 23)
    ("申报时间：7月1日—7月31日", None),                       # a period
    ("结合实际填写申报表，于7月18日将电子文档发送至邮箱，并于7月20日前将纸质材料报送科技处。", "2017-07-18"),
    ("活动定于7月18日将在市科技馆举行。", None),               # 将 an event, not something to send
])
def test_an_items_due_date(text, deadline):
    got, _, _ = read_time(clean(text), 2012 if "1月9日" in text else 2017)
    assert got == deadline


def test_an_attachment_list_with_blank_lines_under_its_label_is_no_outline():
    doc = parse_text("关于组织申报项目的通知\n\n全校各相关单位:\n\n一、项目背景\n\n有关说明。\n\n附件:\n\n"
                     "1.关于商请开展高校科普品牌示范工程(高校星火馆)的函\n\n\n2.“高校星火馆”高校申报表\n\n\n科研处\n\n2025年3月26日\n")
    assert [(x.marker, x.heading) for x in doc.outline] == [("一、", "项目背景")]
