"""Rules learnt from what the reader missed on the fifth held-out set (tools/held_out_5.txt, development material since
the sixth was made), each shown on the real sentences it came from and, where it must not fire, on its neighbours:
a title-shaped line after a blank line is a title by itself under the page's chrome; an article wrapped in a <form>;
a 公示 and a 公文 title on a news-like page; a signature by the issuer's short name; a meeting notice that only calls
people to attend; contacts (people padded apart, phones a space apart, padded or purposed labels, a 联系电话 line alone,
a site's ICP line); a group's charter that gives its roles to offices in a numbered article."""

import pytest

from kexie.reader import page, parse, parse_text
from kexie.reader import patterns as P
from kexie.reader.clean import contact_people_apart

# ---------------------------------------------------------------- a title by itself under the page's chrome
ZHENBA_HEAD = ("返回顶部\n\n镇巴县人民政府工作规则\n\n  • 索引号:\n\n    6107280000/2024-001005\n  • 发文字号:\n\n"
               "    镇政发〔2024〕7号\n  • 发文日期:\n\n    2024年04月06日 16:40\n\n镇巴县人民政府工作规则\n\n第一章  总则\n\n"
               "一、根据《中华人民共和国宪法》,结合本县实际,制定本规则。\n")
SXCT_HEAD = ("首页 » 制度文件 » 正文\n\n制度文件\n\n制度文件\n\n制度文件\n\n智能制造工程学院行政工作领导小组工作章程(试行)\n\n"
             "发布时间:2024-10-15浏览量:\n\n第一章 总则\n\n第一条 为规范智能制造工程学院行政管理工作,特制定本工作章程。\n")
SWJTU_HEAD = ("西南交通大学院长工作例会制度-下载凯发k8\n\n 西南交通大学院长工作例会制度-下载凯发k8\n\n西南交通大学院长工作例会制度\n\n"
              "作者:     校长办公室     发表时间:2023-05-15     点击数:\n\n"
              "为进一步完善现代大学制度建设,规范管理,提高工作实效,经学校研究,决定建立院长工作例会制度。具体规定如下:\n")


@pytest.mark.parametrize("head, title", [
    (ZHENBA_HEAD, "镇巴县人民政府工作规则"),  # 返回顶部 above it, an index block below
    (SXCT_HEAD, "智能制造工程学院行政工作领导小组工作章程（试行）"),  # the column name printed three times
    (SWJTU_HEAD, "西南交通大学院长工作例会制度"),  # a site's page title with its name, twice
])
def test_a_title_shaped_line_after_a_blank_line_is_the_title_by_itself_whatever_chrome_is_above(head, title):
    assert parse_text(head).title == title


@pytest.mark.parametrize("head, title", [
    # the issuer's name, a blank line, then 关于…: still one title of two lines (yongchuan's head)
    ("重庆市永川区人民政府办公室\n\n关于调整永川区科普工作联席会议制度的通知\n\n各镇人民政府、街道办事处:\n\n因机构改革,现通知如下:\n",
     "重庆市永川区人民政府办公室关于调整永川区科普工作联席会议制度的通知"),
    # a title whose first line leaves the 事由 open (…的) goes on across the blank line
    ("关于印发赤壁市全民科学素质行动计划纲要实施方案的\n\n通知\n\n各乡镇人民政府:\n\n现将方案印发给你们。\n",
     "关于印发赤壁市全民科学素质行动计划纲要实施方案的通知"),
])
def test_a_title_that_goes_on_across_a_blank_line_stays_whole(head, title):
    assert parse_text(head).title == title


def test_a_titled_block_names_a_kind_of_document_and_is_no_page_label():
    assert page.titled_block("镇巴县人民政府工作规则")
    assert not page.titled_block("返回顶部")
    assert not page.titled_block("制度文件")
    assert not page.titled_block("发布时间:2024-10-15浏览量:")


# ---------------------------------------------------------------- an article inside a <form>
QINAN_PAGE = """<div class="location">当前位置: <a href="/">首页</a> &gt;&gt; 通知公告 &gt;&gt; 正文</div>
<form name="_newscontent_fromname"><div class="content">
<h1 class="title">县科协推荐全国“科普惠农兴村计划”先进单位和个人候选对象的公示</h1>
<div class="info">发布日期:2012-04-23 12:14<br>来源: 县科协<br>点击:<span id="dynclicks"></span></div>
<div id="vsb_content"><p class="MsoNormal"><span>&nbsp;&nbsp;按照中国科协和财政部文件通知要求,通过调查摸底,认真筛选,决定推荐秦安县养兔协会为全国“科普惠农兴村计划”先进单位候选对象,现进行公示。公示时间为2012年4月23日至5月3日。公示期间,任何单位和个人如有异议,可以向秦安县科协和秦安县财政局反映。</span></p>
<p class="MsoNormal"><span>&nbsp;&nbsp;&nbsp;&nbsp;秦安县科协联系人:王淑芳</span></p>
<p class="MsoNormal"><span>&nbsp;&nbsp;&nbsp;&nbsp;联系邮箱:qaxkx@gspst.com</span></p>
<p class="MsoNormal"><span>&nbsp;&nbsp;&nbsp;&nbsp;受理电话:6522744&nbsp;&nbsp;&nbsp;6525420</span></p>
<p class="MsoNormal" align="right"><span>秦安县科协</span></p>
<p class="MsoNormal" align="right"><span>二〇一二年四月二十三日</span></p>
</div></div></form>
<form action="/search"><input name="q"><button>搜索</button>站内搜索</form>
"""


def test_a_form_that_holds_the_articles_text_is_read_and_a_search_form_is_not():
    doc = parse(QINAN_PAGE.encode("utf-8"), filename="qinan.html")
    assert doc.title == "县科协推荐全国“科普惠农兴村计划”先进单位和个人候选对象的公示"
    assert (doc.doc_type, doc.issuer, doc.date) == ("other", "秦安县科协", "2012-04-23")
    assert doc.contact.name == "王淑芳" and doc.contact.phone == "6522744 6525420"  # 受理电话 is the contact's phone
    assert "站内搜索" not in doc.text and "搜索" not in doc.text


# ---------------------------------------------------------------- a 公示, and a 公文's title on a news-like page
WUXUE_PAGE = ("登录长江云平台账号\n关于第二批市级科普单位的公示\n"
              "为深入贯彻落实习近平总书记关于加强科学普及、提高全民科学素质的重要指示精神,市科协启动第二批市级科普单位命名,"
              "拟推荐龙坪镇朝阳村科普示范村(社区)等8家单位为第二批市级科普单位,广大群众有任何意见,可于公示日起五日内向我们反映,"
              "欢迎社会各界监督。具体名单如下:\n监督电话:0713-6222439 联系人:徐超仁\n鄂ICP备18025580号-2A")


def test_a_publicity_notice_is_its_own_kind_not_a_news_page_and_its_contact_stands_after_the_phone():
    doc = parse_text(WUXUE_PAGE)
    assert (doc.title, doc.doc_type) == ("关于第二批市级科普单位的公示", "other")
    assert (doc.contact.name, doc.contact.phone) == ("徐超仁", "0713-6222439")  # the ICP line is the site's footer
    assert P.web_furniture("鄂ICP备18025580号-2A")


@pytest.mark.parametrize("title, formal", [
    ("关于第二批市级科普单位的公示", True),
    ("县科协推荐全国“科普惠农兴村计划”先进单位和个人候选对象的公示", True),
    ("北京市科协领导听取科普专委会秘书处工作汇报", False),  # a news headline: its kind word is the verb's object
    ("市科协召开2023年全市科协工作会议", False),
])
def test_a_formal_title_joins_its_matter_to_its_kind_by_guan_yu_or_de(title, formal):
    assert P.formal_title(title) is formal


def test_a_news_headline_naming_a_report_keeps_the_page_a_news_page():
    page_text = ("返回资讯\n\n北京市科协领导听取科普专委会秘书处工作汇报\n\n信息来源:北京市科协科学技术普及部      发布时间: 2022-10-14\n\n"
                 "10月13日下午,北京市科协党组书记沈洁听取科普专委会秘书处工作汇报,北京市科协党组成员、副主席陈维成主持会议。\n\n"
                 "陈维成介绍了2022年全民科学素质纲要实施、科技馆之城、融媒体平台等方面工作进展。\n")
    doc = parse_text(page_text)
    assert (doc.title, doc.doc_type) == ("北京市科协领导听取科普专委会秘书处工作汇报", "news")


# ---------------------------------------------------------------- a signature by the issuer's short name
def test_a_signature_by_the_issuers_short_name_above_the_date_issues():
    text = ("各省辖市、济源示范区科协:\n\n请有关省辖市于2月15日前报送2024年示范县工作总结。\n\n联系人:孔德杰  王力\n\n"
            "附件:《中国科协科普部关于组织报送2024年全国科普示范县(市、区)工作总结相关事项的通知》(科协普函基字〔2021〕1号)\n\n"
            "                                 省科协\n\n                             2025年1月26日\n")
    doc = parse_text(text)
    assert (doc.issuer, doc.date) == ("省科协", "2025-01-26")


@pytest.mark.parametrize("line, short", [("省科协", True), ("县政府", True), ("市科协", True),
                                         ("科协", False), ("全省科协", False), ("省科协办公室主任", False)])
def test_a_short_name_is_a_level_and_a_kind_of_body(line, short):
    assert bool(P.SHORT_ORG.fullmatch(line)) is short


# ---------------------------------------------------------------- a meeting notice that only calls people to attend
NJAU = ("各学院、各有关单位:\n为切实做好2006年度全国普通高等学校科技统计年报工作,兹定于2006年12月27日(周 三)上午10∶00在科技处会议室"
        "(行政楼B-302)召开科技统计工作会议,布置科技统计年报的相关事宜,请各学院科研秘书及人事处、计财处负责统计的相关人员准时出席。\n"
        "联系人: 胡 健 邓丽群\n联系电话:84396434 84395725\n")


def test_a_text_that_calls_people_to_attend_on_time_is_a_notice_and_reads_its_two_contacts():
    doc = parse_text(NJAU)
    assert doc.doc_type == "notice"
    assert (doc.contact.name, doc.contact.phone) == ("胡健 邓丽群", "84396434 84395725")  # both people and phones, as written (rounds 22, 23)
    assert not any("联系人不止一位" in w for w in doc.warnings)


def test_a_report_of_a_meeting_held_is_no_notice():
    doc = parse_text("3月18日,市科协召开六届七次全委(扩大)会议,市领导出席会议。\n会议对8个市级科普文明示范社区进行表彰。\n")
    assert doc.doc_type != "notice"


# ---------------------------------------------------------------- contacts
@pytest.mark.parametrize("line, apart", [
    ("联系人: 胡 健 邓丽群", "联系人: 胡健\u3000邓丽群"),   # a padded name, then another
    ("联 系 人:刘 涟 万雪营", "联 系 人:刘涟\u3000万雪营"),  # the label padded too
    ("联系人:孔德杰  王力", "联系人:孔德杰\u3000王力"),
    ("联系人:王 明", "联系人:王 明"),                   # one name padded apart stays one name
    ("联系人:办公室 王明", "联系人:办公室 王明"),         # an office before the person is no second person
])
def test_people_on_one_contact_line_are_kept_apart(line, apart):
    assert contact_people_apart(line) == apart


def test_a_padded_mail_label_and_a_spaced_contact_line():
    text = ("各县(市、区)科技主管部门:\n现将省科技厅文件转发给你们,请认真组织申报。\n二、业务咨询\n业务科室:科技合作人才与科普科\n"
            "联 系 人:刘 涟 万雪营\n联系电话:0373-5828882\n电子邮箱:kjj5828882@163.com\n2023年10月11日\n")
    doc = parse_text(text)
    assert (doc.contact.name, doc.contact.phone, doc.contact.email) == ("刘涟 万雪营", "0373-5828882", "kjj5828882@163.com")
    hast = "联系人:孔德杰  王力\n\n电  话:0371-65707551\n\n邮  箱:kepuhenan@126.com\n"
    assert parse_text(hast).contact.email == "kepuhenan@126.com"


def test_a_contact_phone_line_alone_gives_the_phone_and_a_bodys_name_before_it_is_no_person():
    text = ("根据省科协、省财政厅文件精神,现对上述单位和个人进行公示,如有异议,可以向市科协和财政局反映。\n"
            "公示时间:2015年11月 27日 至 2015年 12月1日\n联系电话:市 科 协 0392—3316119\n市财政局 0392—3314165\n")
    contact = parse_text(text).contact
    assert (contact.name, contact.phone) == (None, "0392—3316119")


def test_spaces_inside_one_number_are_no_separator():
    contact = parse_text("联系人:王明\n联系电话:010 6529 9826\n").contact
    assert contact.phone == "01065299826"


# ---------------------------------------------------------------- a charter's roles held by offices
SXCT_ARTICLE = ("智能制造工程学院行政工作领导小组工作章程(试行)\n\n第二章 组织机构\n\n第四条 行政工作领导小组由以下成员组成:\n\n"
                "1.组长:学院院长,全面负责行政工作领导小组的工作,组织召开会议,审议重大事项,协调各方资源。\n\n"
                "2.秘书:综合办公室,负责行政工作领导小组的日常事务管理,包括会议筹备、记录、文件起草与归档、决议跟踪落实等。\n\n"
                "3.成员学院党总支书记、组织委员办公室主任教工党支部委员分团委书记专业负责人等组成,分别代表不同职能领域"
                "(如教学、科研、学生工作、后勤服务等),参与决策讨论,执行相关任务。\n\n第三章 职责与权限\n")


def test_a_charter_gives_its_groups_roles_to_offices_in_a_numbered_article():
    group = parse_text(SXCT_ARTICLE).leading_group
    assert group.name == "智能制造工程学院行政工作领导小组"
    assert [(m.name, m.title) for m in group.heads] == [(None, "学院院长")]
    assert [m.title for m in group.members] == ["学院党总支书记", "组织委员", "办公室主任", "教工党支部委员", "分团委书记",
                                                "专业负责人"]
    assert group.office == "综合办公室"  # the 秘书 that keeps the group's daily business


def test_a_numbered_duty_of_the_head_is_no_holder():
    text = ("学院安全工作领导小组工作规则\n\n第四条 领导小组的职责:\n\n1.组长负责全面工作,主持召开领导小组会议。\n\n"
            "2.成员按分工做好相关工作。\n")
    group = parse_text(text).leading_group
    assert group is None or not (group.heads or group.members)
