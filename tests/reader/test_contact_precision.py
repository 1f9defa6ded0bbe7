"""Precision of the contact and the cited numbers (round 21). By convention a document's contact is what the document
itself gives for questions or submissions (联系人：…, 联系电话：…, a mailbox the papers go to), in its body or end
matter; the page's furniture is not: a site's footer (版权所有, ICP备, 公网安备, 技术支持, its address and phone), its
联系我们 block, its report line (本站违法和不良信息举报), its webmaster, a newspaper's 新闻热线, an author's or
reporter's byline, a blank form's fields and a table's column labels. A reference is a 字号 the text cites, not a
licence's number nor the page's links to its neighbours. Each real contact of the development corpus is still read;
each piece of furniture, added to a development page, gives no contact and no reference."""

from pathlib import Path

import pytest

from kexie.reader import parse, parse_text

DOCS = Path(__file__).parent / "corpus" / "docs"


# every development document (dev-23) whose contact the reader reads whole, as its gold gives it
REAL_CONTACTS = [
    ("52jingsai-2020-youth-popsci-experiment-contest-notice", None, None, 'kepuchuangxindasai@126.com'),
    ("baogaosu-2015-anhui-village-school-lectures-notice", '刘宗贵', '0551-62661742', None),
    ("caturday-2012-instrument-society-standing-council-notice", '李靖', '010-8280097113701158832', 'lijing768@163.com'),
    ("changde-2011-8-popsci-villages-forwarding", '王宏武', '7256501', 'cdkx7256502@163.com'),
    ("cinnet-2022-popsci-nomination-forwarding", '陈星', '010-65299826、13810623960', 'hhkp@cinnet.cn'),
    ("csrme-2024-chinarock-satellite-venues-notice", '马老师', None, None),
    ("ctbu-2025-service-hall-trial-notice", '刘榴', None, None),
    ("dfzyxy-2023-weekly-meeting-schedule-rules", '毕成国', '81636259', None),
    ("ecust-2019-125-popsci-contest-forwarding", '王晟', '010-66096933', 'zh@moe.edu.cn'),
    ("foshan-2009-forwarding-popsci-works", '区妙玲', '83288828', None),
    ("fsou-2007-popsci-heads-seminar-notice", '王军强', '13974803739', 'hnkxpjb4444890@126.com'),
    ("gdses-2020-environmental-society-most-beautiful-recommendation-notice", '李娟', '02083700890', 'gdhjxh@126.com'),
    ("handan-2023-17-forwarding-notice", '杨帆', '0310-3112345', None),
    ("harbin-2023-popsci-nominees-announcement", '刘俣', None, 'hkxpjb@163.com'),
    ("hebi-2015-grassroots-popsci-publicity", None, '0392—3316119', None),
    ("hubei-2018-popsci-base-application-notice", '陈玉芬', '027-87832892', None),
    ("hubei-2023-12-red-header-notice-pdf-extract", '刘晓敏', '027-87861234', 'kjgzzr@hbast.org.cn'),
    ("hubei-2023-12-red-header-notice", '刘晓敏', '027-87861234', 'kjgzzr@hbast.org.cn'),
    ("itemun-2017-popsci-project-application-notice", '陈老师', '15280020478', 'kycchenhm@126.com'),
    ("jiangmen-2023-popsci-works-forwarding", '邹国俊', '8220683,13702282917', 'kjjzjzlhzk@jiangmen.gov.cn'),
    ("jiangsu-2020-11-academician-lectures-letter", '宗晓静', '025-86670711', 'jsqzjh@163.com'),
    ("jiangxi-2023-21-office-notice", '陈思远', '0791-86251234', 'xhfwzx@jxast.org.cn'),
    ("joyo888-2019-food-society-most-beautiful-recommendation-notice", None, None, 'cifst@163.com'),
    ("lawyee-2007-57-science-day-summary-notice", '夏瑞军', '010-68571988', None),
    ("licheng-2016-science-week-publicity-notice", '小詹', '22355920', None),
    ("lipsmiley-2022-chemical-society-activities-notice", None, None, 'juhuajun@iccas.ac.cn'),
    ("luohe-2007-science-week-requirements", '李连合', '3134362', None),
    ("meishan-2023-45-situation-report", '张琳', '028-38101234', None),
    ("printing-2014-44-forwarding-notice", None, None, 'zgyslyl@126.com'),
    ("scrme-2022-science-day-forwarding", '刘丹', '028-87371456', 'ssrme@vip.163.com'),
    ("sdlivc-leading-groups-review-notice", '郭文静', '13210674877', None),
    ("sdlongrun-2023-fire-association-project-forwarding", '宋玉', '010-87789256', None),
    ("seebrin-2025-xinghuo-application-notice", '李老师', '8312768', '109718226@qq.com'),
    ("shzu-2017-life-sciences-workers-day-recommendation-forwarding", '肖守德', '0993—2057216', None),
    ("sntcm-2023-science-workers-day-notice", '王晶', '38185062', 'kjc@sntcm.edu.cn'),
    ("sqmc-2021-campus-science-week-notice", '李泽隆', '15686125251', 'sqxykyb@163.com'),
    ("swsmjs-2013-south-gate-design-opinions-notice", '吴守法', '5775121', None),
    ("sysu-2016-congress-work-meeting-notice", '诸华', '020-84115101', 'stszhuh@mail.sysu.edu.cn'),
    ("technoirc-2021-xianning-popsci-bases-application-notice", '陈人兢 张炜', '8260070', 'xnkxpjb@sina.cn'),
    ("tianjin-2013-popsci-commendation-publicity", '党馨', '58832853', None),
    ("ucas-2021-public-science-day-call", '余老师', '010-69671136', 'kexie@ucas.ac.cn'),
    ("wuhan-2011-eighth-congress-study-notice", None, None, 'whskx-bgs@163.com'),
    ("wuhan-2019-conference-funding-notice", '常勇', '027-65692041', 'wast1012@126.com'),
    ("wuxue-popsci-units-publicity", '徐超仁', '0713-6222439', None),
    ("xgnzh-2016-jingzhou-literacy-monitoring-notice", '程文華', '4319739', None),
    ("xiaoxiaotong-2014-science-lecture-tour-meeting-notice", '张丰影', '15907144025', 'hbkjxh@163.com'),
    ("xingtai-2012-commendation-selection-notice", '张军明', '2268822', None),
    ("xuancheng-2020-health-plan-hearing-prenotice", '张建', '18805636080', 'xcsagws@163.com'),
    ("yyxh-shandong-horticulture-society-member-registration-notice", '李国田', '0538-8261896', 'sdyyxh8@163.com'),
    ("zaozhuang-2019-chairs-meeting-urgent-notice", None, '8059000 3321213', None),
    ("zufedfc-2014-campus-culture-materials-call", '梅莹', '87571138', 'zcdfxytw@163.com'),
]


@pytest.mark.parametrize("stem, name, phone, email", REAL_CONTACTS)
def test_each_real_contact_of_the_corpus_is_still_read(stem, name, phone, email):
    contact = parse(next(DOCS.glob(stem + ".*"))).contact
    assert (contact.name, contact.phone, contact.email) == (name, phone, email)


# a news page of the corpus (anqing-2010-plenary-session-news), and a report's end matter (meishan-2023-45)
NEWS = ("当前位置:首页 > 新闻频道 > 本地快讯 >\n\n市科协召开六届七次全委(扩大)会议\n\n"
        "3月18日,市科协召开六届七次全委(扩大)会议,市领导陶方启、项小龙出席会议。\n"
        "市委副书记陶方启在讲话中指出,要坚持以科学发展观为统领,进一步增强做好科协工作的紧迫感和责任感。\n"
        "会议对8个市级科普文明示范社区进行表彰,并任命怀宁县科学技术馆为市级科普教育基地。\n")
END_MATTER = "特此报告。\n\n眉山市科学技术协会\n2023年10月12日\n\n（联系人：张琳；联系电话：028-38101234）\n"

# the page's furniture, each piece as the corpus's pages print it
FURNITURE = {
    "footer_block": "版权所有：某市科学技术协会　地址：某市人民路1号　邮编：450000\n"
                    "联系电话：0371-65701234　电子邮箱：kx@kx.org.cn\n豫ICP备05012345号-1　豫公网安备41010502000123号\n",
    "footer_line": "地址:某市某区博物馆前街南侧 电话:0539-8727780 鲁ICP备05004095号\n",
    "host_and_support": "主办单位：某市科学技术协会\n电话：0834-2163174　传真：0834-2163175\n技术支持：某网络公司\n",
    "address_line": "地址：某市人民路1号　邮编：450000　电话：0371-65701234　传真：0371-65701235\n",
    "report_line": "举报电话:0792-2781222\n",
    "site_report_line": "本站违法不良信息举报电话:0551-6281 2878　举报邮箱：jubao@ahkjxww.com\n",
    "contact_us": "联系我们\n联系人:某市科学技术协会\n电话:0915-3212786\n传真:0915-3212786\n",
    "webmaster_line": "联系人：网站管理员　联系电话：0371-65705555\n",
    "webmaster_mailbox": "网站管理员邮箱：webmaster@kx.gov.cn\n",
    "copyright_mailbox": "Copyright © 2022 某市科学技术协会 版权所有 邮箱：kexie@163.com\n",
    "copyright_notice": "版权声明:除非特别注明,本站所载内容来源于互联网,如有侵权,请联系删除。\n电话:(010)86409582\n"
                        "邮箱:kejie@scimall.org.cn\n",
    "byline": "（通讯员 张明　电话：13812345678）\n",
    "author": "作者：李华 联系电话：13912345678\n",
    "editor": "责任编辑：陈静　投稿邮箱：tougao@kxb.cn\n",
    "hotline": "本报新闻热线：0371-65795555\n",
    "blank_form": "附件\n推荐表\n推荐单位（盖章）：　　　　联系人：　　　　手机：　　　　\n",
    "column_labels": "附件\n参会回执\n单位名称　姓名　职务　联系人　联系电话\n",
    "table_rows": "附件：汇总表\n序号 单位 联系人 联系电话\n1 某县科协 张三 13812345678\n",
    "licence": "互联网新闻信息服务许可证编号：41120170001　出版物经营许可证：新出发〔2019〕第12号\n",
    "neighbour_link": "上一篇：关于印发某市科协2022年工作要点的通知（某科协发〔2022〕5号）\n",
    "standard": "公文格式依照GB/T 9704—2012《党政机关公文格式》执行。\n",
    "issue": "本文刊载于《科协通讯》2023年第5期（总第120期）。\n",
}


@pytest.mark.parametrize("piece", sorted(FURNITURE))
def test_furniture_after_a_news_page_gives_no_contact_and_no_reference(piece):
    doc = parse_text(NEWS + FURNITURE[piece])
    assert doc.contact is None and doc.references == []


@pytest.mark.parametrize("piece", sorted(FURNITURE))
def test_furniture_above_a_news_page_gives_no_contact(piece):
    assert parse_text(FURNITURE[piece] + "\n" + NEWS).contact is None


@pytest.mark.parametrize("piece", sorted(FURNITURE))
def test_furniture_right_below_a_documents_contact_leaves_it_as_it_is(piece):
    contact = parse_text(NEWS + END_MATTER + FURNITURE[piece]).contact
    assert (contact.name, contact.phone, contact.email) == ("张琳", "028-38101234", None)


@pytest.mark.parametrize("lines, contact", [
    # a publicity notice's 监督电话 on the 联系人's line, the site's ICP line right below (wuxue)
    ("监督电话:0713-6222439 联系人:徐超仁\n鄂ICP备18025580号-2A\n", ("徐超仁", "0713-6222439", None)),
    # the contact's labelled lines under its 联系人 line, then the footer
    ("联系人：张琳\n电话：028-38101234\n邮箱：msskx@163.com\n版权所有：某市科学技术协会\n",
     ("张琳", "028-38101234", "msskx@163.com")),
    # a 联系电话 line of the document's own, its date between it and the footer
    ("联系电话：0392-3316119\n2015年5月20日\n技术支持：某网络公司\n", (None, "0392-3316119", None)),
])
def test_a_documents_own_contact_next_to_the_furniture_is_read(lines, contact):
    found = parse_text(NEWS + "\n特此通知。\n\n" + lines).contact
    assert (found.name, found.phone, found.email) == contact


def test_a_cited_number_is_still_a_reference_beside_the_furniture():
    text = ("根据《关于开展2022年全国科普日活动的通知》（科协发普字〔2022〕36号）要求，现将有关事项通知如下。\n"
            + FURNITURE["licence"] + FURNITURE["neighbour_link"])
    assert parse_text(text).references == ["科协发普字〔2022〕36号"]
