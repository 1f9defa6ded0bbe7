"""The nineteenth and twentieth held-out sets' header misses (round 20), each rule on its real sentence, with neighbours
where it must not fire. The rules follow conventions, not pages: a 公文's kind is said by its title's last word or, where
the title was lost, by what the text asks of those it addresses (GB/T 9704: 通知 适用于……布置工作、周知或者执行的事项);
the title names its issuer before 关于; a web or paper page's headline stands over its dated line under the masthead,
and a report closes with its writer's byline. Each rule is read on the simplified, gloss-free text. The body
components of these sets (recipients, contact, items, segments) are test_found_documents.py's and another branch's."""
import pytest

from kexie.reader import header as H
from kexie.reader import parse_text
from kexie.reader import patterns as P
from kexie.reader import segments as S
from kexie.reader.clean import clean


# ---------------------------------------------------------------- a page's masthead is no piece of the headline
@pytest.mark.parametrize("line, masthead", [
    ("2026年03月22日星期日", True),  # fzbykj: the day the page was seen, above the headline
    ("星期五", True),
    ("第01版要闻", True),  # snkjb: a paper's page and column
    ("第6版", True),
    # neighbours: a date line (its own rule), a title naming a weekday, a heading numbered 第一
    ("2026年03月22日", False),
    ("星期日科普讲座活动安排", False),
    ("第一版块建设工作方案", False),
])
def test_a_masthead_line(line, masthead):
    assert bool(H.MASTHEAD_LINE.fullmatch(line)) is masthead


def test_the_masthead_day_is_not_glued_to_the_title():
    text = ("2026年03月22日 星期日\n学会介绍\n福建省计量测试学会秘书处工作制度\n"
            "发布时间:2026-03-18 文章来源:福建省计量测试学会 阅读量:13\n第一  总则\n"
            "第一条 为加强福建省计量测试学会(以下简称“本会”)秘书处的规范化管理,充分发挥秘书处的职能作用,特制定本工作制度。\n")
    doc = parse_text(text)
    assert (doc.doc_type, doc.title) == ("regulation", "福建省计量测试学会秘书处工作制度")


# ---------------------------------------------------------------- a slogan's comma inside a headline's quotation marks
@pytest.mark.parametrize("line, headline", [
    ("孟州市召开“建好企业科协，助力创新驱动”动员会", True),  # jzskexie
    # neighbours: a comma outside the quotation marks is a sentence's; a quoted sentence too long for a slogan
    ("孟州市召开动员会，部署企业科协建设工作", False),
    ("市科协召开会议，“建好企业科协”动员部署", False),
])
def test_a_headline_may_quote_a_slogan_with_its_comma(line, headline):
    assert S._is_headline(line) is headline


def test_a_news_page_whose_headline_quotes_a_slogan():
    text = ("当前位置:首页 > 科协动态\n孟州市召开“建好企业科协,助力创新驱动”动员会\n"
            "来源:本站原创        发布时间:2023/9/21 16:43:13\n"
            "9月19日上午,孟州市科协在联通公司会议室召开了“建好企业科协,助力创新驱动”动员会。孟州市41家高新技术企业负责人参加了会议。\n"
            "会议第二阶段进行了关于企业科协成立程序的专题培训。\n")
    doc = parse_text(text)
    assert (doc.doc_type, doc.title) == ("news", "孟州市召开“建好企业科协，助力创新驱动”动员会")


# ---------------------------------------------------------------- a paper's page: headline, the issue's day, 本报讯
PAPER_PAGE = ("第01版 要闻\n汉中市科协二届六次全委会召开\n2017年2月28日\n本报讯\n"
              "2月23日,汉中市科协二届六次全委会召开,回顾总结去年工作,安排部署今年工作任务。\n(余卫东)\n")


def test_a_papers_headline_over_the_issues_day_and_its_own_lead():
    doc = parse_text(PAPER_PAGE)
    assert (doc.doc_type, doc.title) == ("news", "汉中市科协二届六次全委会召开")


@pytest.mark.parametrize("raw, dated", [
    (["汉中市科协二届六次全委会召开", "2017年2月28日", "本报讯"], True),
    # neighbours: a speech's title over its day, then its address (no paper's lead); a date line at the end
    (["在全市科协工作会议上的讲话稿全文", "2017年2月28日", "同志们："], False),
    (["汉中市科协二届六次全委会召开", "2017年2月28日"], False),
])
def test_a_bare_day_under_a_headline_dates_it_only_before_a_papers_lead(raw, dated):
    assert S._dated_below(raw[0], raw) is dated


# ---------------------------------------------------------------- a report closes with its writer's byline
@pytest.mark.parametrize("tail, byline", [
    ("……其中一篇在《站点信息》刊登并推介。\n（通讯员 杨婕）", True),  # aq365
    ("……为园区科技工作者服好务。\n（曾媛媛 丰都县科协供稿）", True),  # cqast
    ("……活动取得圆满成功。\n（记者 王某某）", True),
    # neighbours: a notice's closing notes and contact in brackets
    ("……请各单位按时报送。\n（此件公开发布）", False),
    ("……请各单位按时报送。\n（联系人：王某 电话：12345678）", False),
    ("……请各单位按时报送。\n（联系人 王某某）", False),
])
def test_a_byline_on_its_own_line(tail, byline):
    assert bool(P._BYLINE_LINE.search(clean(tail))) is byline


def test_a_report_without_headline_or_day_that_closes_with_its_byline_is_news():
    text = ("日前,中国科协创新战略研究院发布的《关于2021年度全国科技工作者状况调查优秀调查站点和优秀区域责任部门的通报》中,"
            "桐城市科协榜上有名,荣获“全国科技工作者状况调查优秀站点”称号。\n"
            "桐城市科协自2019年被认定为全国科技工作者调查站点以来,积极开展科技工作者状况调查及优秀意见建议征集活动。\n"
            "(通讯员 杨婕)\n")
    assert parse_text(text).doc_type == "news"


# ---------------------------------------------------------------- a notice that lost its title: what it asks
@pytest.mark.parametrize("text, asks", [
    # xgnzh (its simplified, gloss-free reading): 请各… to report on a day, no 前
    ("请各县市区科协、荆州开发区科协将贯彻落实荆州市政府办公室通知精神和落实情况以书面形式于11月10日报市科协普及部。", True),
    ("请各单位于2022年12月19日前将上述材料反馈至省科协办公室。", True),  # the earlier form
    # neighbours: no request (a report of what was done on a day); a request to one person, no 各
    ("各县科协于11月10日召开了工作会议。", False),
    ("会议请市科协主席于11月10日在大会上讲话。", False),
])
def test_a_request_to_the_addressed_by_a_day(text, asks):
    assert bool(H._ASKS_BY_A_DATE.search(clean(text))) is asks


@pytest.mark.parametrize("text, addressed, kind", [
    # gdou: addressed, 具体事项如下 (the 通知如下 of a notice without title)
    ("各单位、各位老师:\n根据《中国科协办公厅关于开展第四次全国科技工作者状况调查的通知》要求,现组织第四次全国科技工作者状况调查"
     "随机抽样和组织问卷填答等工作,望各单位、各位老师积极配合完成工作任务,具体事项如下:\n一、科技工作者的界定\n", True, "notice"),
    # neighbour: the same words in a text that addresses no one
    ("根据上级要求,学校组织开展调查工作,具体事项如下:\n一、科技工作者的界定\n", False, "other"),
])
def test_specific_matters_as_follows_to_the_addressed(text, addressed, kind):
    assert H._kind_without_title(clean(text), addressed=addressed) == kind


def test_a_glossed_relay_that_asks_its_recipients_for_a_report_is_a_notice():
    text = ("被閱讀2005次,日期:2016-11-04 10:53:16\n各縣市區(qū)科協(xié)、荊州開發(fā)區(qū)科協(xié):\n"
            "10月14日,荊州市人民政府辦公室印發(fā)《關(guān)于做好公民科學(xué)素質(zhì)監(jiān)測(cè)評(píng)估工作的》通知。"
            "請(qǐng)各縣市區(qū)科協(xié)、荊州開發(fā)區(qū)科協(xié)將落實(shí)情況以書面形式於11月10日報市科協(xié)普及部。\n"
            "荊州市科學(xué)技術(shù)協(xié)會(huì)\n2016年11月3日\n")
    assert parse_text(text).doc_type == "notice"


# ---------------------------------------------------------------- notice wording over a page's report
def test_a_page_whose_text_says_it_notifies_is_a_notice_under_its_headline():
    # 52jingsai: a contest page; its summary line (主办单位:…) is no report's headline
    text = ("首页 > 比赛信息 > 科技创新 > 科技大赛\n第七届全国青年科普创新实验暨作品大赛\n2020-10-15 17:22:00 我爱竞赛网\n"
            "初赛:由各分赛区主办;主办单位:中国科学技术协会;大赛主题:“智能、安全、环保”\n\n"
            "为贯彻落实党的十九大精神,中国科协决定举办第七届全国青年科普创新实验暨作品大赛(以下简称大赛)。现将有关事项通知如下。\n"
            "一、活动时间\n2020年10月-2021年5月\n二、组织机构\n主办单位:中国科学技术协会\n")
    doc = parse_text(text)
    assert (doc.doc_type, doc.title) == ("notice", "第七届全国青年科普创新实验暨作品大赛")


def test_a_report_page_without_notice_wording_stays_news():
    text = ("首页 > 科协动态\n第七届全国青年科普创新实验暨作品大赛举行\n2020-10-15 17:22:00 我爱竞赛网\n"
            "10月15日,第七届全国青年科普创新实验暨作品大赛在北京举行,来自各地的青少年参加了比赛。\n")
    assert parse_text(text).doc_type == "news"


# ---------------------------------------------------------------- the title names its issuer before 关于
@pytest.mark.parametrize("title, issuer", [
    ("中国科协科普部关于开展科技志愿服务深入推进“我为群众办实事”实践活动的通知", "中国科协科普部"),  # scimall
    ("中国科协办公厅关于开展第四次全国科技工作者状况调查的通知", "中国科协办公厅"),
    # neighbours: no body before 关于; no 关于 after the body
    ("关于开展科技志愿服务实践活动的通知", None),
    ("全国学会科普部2021年工作要点", None),
])
def test_the_issuer_before_about_in_the_title(title, issuer):
    m = H._TITLE_LEAD.match(title)
    assert (m.group(1) if m else None) == issuer


# ---------------------------------------------------------------- the kind is the title's last kind word (GB/T 9704)
@pytest.mark.parametrize("title, kind", [
    ("关于表彰2013年度全国科普日活动先进集体的决定", "other"),  # 决定 (表彰决定)
    ("中国科学院老科学技术工作者协会工作简报", "news"),  # 简报
    ("2023年第一次主席办公会议纪要", "other"),  # 纪要
    ("福建省计量测试学会章程", "regulation"),
    ("学会学术会议管理规则", "regulation"),
    ("秘书处工作制度(试行)", "regulation"),
    ("关于商请支持全国科普日活动的函", "other"),
    ("关于组织申报2021年全国科普教育基地的通知", "notice"),  # 申报通知
    # a serial's issue or a call's round after the kind word: the kind word still names the kind
    ("科协工作简报（第5期）", "news"),
    ("科协工作简报第5期", "news"),
    ("关于征集科普作品的通知（第二轮）", "notice"),
    # neighbours: an issue number alone names no kind; 学期 is no issue
    ("第1000期", "other"),
    ("2023年秋季学期", "other"),
])
def test_the_kind_is_the_titles_last_kind_word(title, kind):
    assert H.doc_type_of(title) == kind
