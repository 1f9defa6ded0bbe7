"""The twenty-first and twenty-second held-out sets' header misses (round 21), each rule on its real sentence, with
neighbours where it must not fire. The rules follow conventions, not pages: GB/T 9704's signature block (署名 and 成文日期
under the text, a 字号 〔年份〕序号号 on its own line above the 主送), the sentence that issues or forwards a document
(现将《…》印发/转发给你们), the courtesy of a meeting call (敬请…拨冗出席), a 工作要点's opening (全年工作重点安排如下),
and a web report's shape (a headline above the first paragraph; a column name and a photo caption are no headline; a
lead sentence with the day after a sentence of background). Each rule is read on the simplified, gloss-free text. The
body components of these sets (recipients, contact, items, segments) are other branches'."""
import pytest

from kexie.reader import document as D
from kexie.reader import header as H
from kexie.reader import parse_text
from kexie.reader import patterns as P
from kexie.reader.clean import clean


# ---------------------------------------------------------------- the signature block run into one line
@pytest.mark.parametrize("line, split", [
    # kjzch: signature, a date in Chinese numerals and the contact, spaced apart on one line
    ("驻马店市科技局　二○一○年九月二十五日　联系人：张莉韩风　电话：2813061邮箱：zmdskjj@163.com",
     ["驻马店市科技局", "二○一○年九月二十五日", "联系人：张莉韩风　电话：2813061邮箱：zmdskjj@163.com"]),
    ("中国科协办公厅　2023年6月15日", ["中国科协办公厅", "2023年6月15日"]),
    ("某县科学技术协会　二〇二三年五月八日", ["某县科学技术协会", "二〇二三年五月八日"]),
    # neighbours: a sentence that names a body and a day, a signature line whose tail is no labelled field
    ("市科协定于2023年6月15日召开会议", ["市科协定于2023年6月15日召开会议"]),
    ("驻马店市科技局　二○一○年九月二十五日　观摩具体时间另行通知",
     ["驻马店市科技局　二○一○年九月二十五日　观摩具体时间另行通知"]),
])
def test_a_signature_and_date_on_one_line(line, split):
    assert H._lines(line) == split


def test_the_signature_block_on_one_line_gives_issuer_and_date():
    doc = parse_text("关于组织观摩县区科技工作的预通知\n各县区科技局：\n为检查各县区贯彻落实全市科技工作大会精神情况，市科技局"
                     "拟定于国庆节后组织观摩。特此通知。\n"
                     "驻马店市科技局   二○一○年九月二十五日   联系人:张 莉 韩 风  电 话:2813061\n")
    assert (doc.issuer, doc.date) == ("驻马店市科技局", "2010-09-25")


# ---------------------------------------------------------------- the document a notice issues in its first sentence
@pytest.mark.parametrize("sentence, enclosed", [
    # gdses: the title says 关于开展…活动的通知, the text issues the plan
    ("现将《寻找“最美科技工作者”学习宣传活动方案》印发给你们，请按照方案要求积极举荐。", "寻找“最美科技工作者”学习宣传活动方案"),
    ("现将《科技部办公厅关于举办2023年全国科技活动周的通知》转发给你们，请认真组织。",
     "科技部办公厅关于举办2023年全国科技活动周的通知"),
    ("现将《2023年科普工作要点》印制下发给各单位，请遵照执行。", "2023年科普工作要点"),
    # neighbours: a document cited, not issued; one sent up, not down
    ("根据《中国科协关于开展科普日活动的通知》要求，现将有关事项通知如下：", None),
    ("现将《2022年工作总结》报送你会。", None),
])
def test_the_document_the_first_sentence_issues(sentence, enclosed):
    m = H._FORWARDED_TO_YOU.search(sentence)
    assert (m.group(1) if m else None) == enclosed


def test_an_issued_plan_under_a_title_without_yinfa():
    doc = parse_text("关于开展寻找“最美科技工作者”学习宣传活动的通知\n\n各地市学会、各会员及其他有关单位\n\n"
                     "现将《寻找“最美科技工作者”学习宣传活动方案》印发给你们，请按照方案要求积极举荐人选。\n\n"
                     "广东省环境科学学会\n\n2020年3月11日\n")
    assert doc.enclosed_title == "寻找“最美科技工作者”学习宣传活动方案"


# ---------------------------------------------------------------- a 字号 that lost its 号, or runs into the 主送
@pytest.mark.parametrize("text, number, recipients", [
    ("市科协发〔2023〕12\n关于印发《2023年科普工作要点》的通知\n各区科协：\n现将《2023年科普工作要点》印发给你们。\n",
     "市科协发〔2023〕12号", ["各区科协"]),
    ("市科协发[2023]12\n关于转发《省科协关于开展科普日活动的通知》的通知\n各区科协:\n现将《省科协关于开展科普日活动的通知》"
     "转发给你们。\n", "市科协发〔2023〕12号", ["各区科协"]),
    ("某市科学技术协会文件\n市科协发〔2023〕12号各区科协：\n现将《2023年科普工作要点》印发给你们。\n",
     "市科协发〔2023〕12号", ["各区科协"]),
    # neighbours: a number cited in the text is no 字号 of the document's own
    ("关于开展科普日活动的通知\n各区科协：\n根据《中国科协关于开展科普日活动的通知》（科协发普字〔2023〕34号）要求，现将有关"
     "事项通知如下：\n", None, ["各区科协"]),
])
def test_a_damaged_doc_number(text, number, recipients):
    doc = parse_text(text)
    assert (doc.doc_number, doc.recipients) == (number, recipients)


@pytest.mark.parametrize("line, number", [
    ("市科协发〔2023〕12", True),
    ("中印协办字〔2014〕44", True),
    # neighbours: a year in brackets before a count in a sentence, a bare year range
    ("全年共开展活动〔2023〕12", False),
    ("（2021—2025年）", False),
])
def test_a_number_without_hao(line, number):
    assert (H._damaged_own_number([line], line)[0] is not None) is number


# ---------------------------------------------------------------- a notice's kind from its text
@pytest.mark.parametrize("text, addressed, kind", [
    # caturday: a standing council called to its meeting, the salutation its only address
    ("中国仪器仪表学会七届九次常务理事会定于2012年6月15日上午召开，敬请各位常务理事届时拔冗出席。", False, "notice"),
    ("敬请拨冗出席。", False, "notice"),
    ("请各位理事准时出席。", False, "notice"),
    # hfut: 校内各单位 addressed, the arrangements follow
    ("现将我校2024年科技活动周工作安排如下：", True, "notice"),
    ("现将有关事项要求如下：", True, "notice"),
    # neighbours: the same words unaddressed, a report of a meeting attended
    ("现将我校2024年科技活动周工作安排如下：", False, "other"),
    ("市科协领导出席会议并讲话。", False, "other"),
])
def test_a_notice_by_what_its_text_says(text, addressed, kind):
    assert H._kind_without_title(text, addressed=addressed) == kind


# ---------------------------------------------------------------- a 工作要点 that lost its title
@pytest.mark.parametrize("text, plan", [
    # gurrsh
    ("2023年中国太平洋学会工作总体要求：以习近平新时代中国特色社会主义思想为指导，参与全球海洋治理。全年工作重点安排如下：\n"
     "一、深入拓展海洋领域学术研究，强化学会学术引领\n", True),
    ("今年主要任务如下：\n一、加强学会建设\n", True),
    # neighbours: a notice's arrangements (现将…安排如下), tasks announced but no sections follow
    ("现将我校2024年科技活动周工作安排如下：\n一、活动主题\n", False),
    ("全年工作重点安排如下：各单位结合实际抓好落实。", False),
])
def test_a_work_points_opening(text, plan):
    assert P.announces_its_tasks(text) is plan


def test_work_points_without_title_are_a_plan():
    doc = parse_text("2023年中国太平洋学会工作总体要求：以习近平新时代中国特色社会主义思想为指导，聚焦海洋领域学术交流与合作。"
                     "全年工作重点安排如下：\n一、深入拓展海洋领域学术研究，强化学会学术引领\n今后要继续在涉海学术研究领域开拓创新。\n"
                     "二、积极引导分支机构开展业务活动\n分支机构要积极团结组织本业务领域的相关单位。\n")
    assert doc.doc_type == "plan"


# ---------------------------------------------------------------- a report that lost its headline
@pytest.mark.parametrize("lines, report", [
    # slrm: a sentence of background, then the day and what was done (many bodies named first)
    (["为认真贯彻落实《中华人民共和国科学技术普及法》，全面提高我县公众的科学文化素质。3月20日，县科协、县老科协联合县教育局、"
      "县公安局、县民政局、县自然资源和规划局、县农业农村局、县卫健委，在县城黄金广场举办“科普之春”服务宣传活动。"], True),
    # wzast: the background in one paragraph, the purpose and 近日 in the next
    (["为深入学习贯彻习近平新时代中国特色社会主义思想，浙江省各级科协组织扎实开展了形式多样的活动。",
      "为总结经验、鼓励进取，近日，浙江省科协对入驻中国科协平台积极、组织动员广泛、活动效果良好的部分科协组织给予通报表扬。"], True),
    # neighbours: what is yet to be held is a notice's; a second sentence that is no dated lead
    (["为丰富群众文化生活，市科协决定举办科普活动。3月20日，将在县城广场举办“科普之春”活动。"], False),
    (["为认真贯彻落实科普法，全面提高公众科学素质。各单位要高度重视，认真组织开展活动。"], False),
])
def test_a_dated_lead_after_a_sentence_of_background(lines, report):
    assert P._lead_after_background(lines) is report


@pytest.mark.parametrize("text, title, kind", [
    # yindu: the site's column name above the report's dated first sentence
    ("首页\n工作动态\n5月29日，殷都区先进制造业开发区科学技术协会成立暨第一次会员代表大会胜利召开，标志着开发区科技创新发展步入了"
     "新的阶段。\n", None, "news"),
    # tskp: a photo's caption under the first paragraph is no headline
    ("3月份以来，路北区科协积极行动，先后联合果园镇政府和韩城镇政府组织人员深入集市开展“助力乡村振兴 2022年科普三下乡”活动。\n"
     "区科协主席郑向东、果园镇党委副书记孙于棋向群众发放科普宣传资料\n"
     "3月7日，在果园镇集市，区科协主席郑向东、副主席李志平、果园镇政府党委副书记孙于棋等同志参加活动。\n", None, "news"),
    # neighbour: a headline above the first paragraph is the page's own
    ("市科协开展“科普之春”服务宣传活动\n3月20日，县科协联合县教育局在县城广场举办“科普之春”服务宣传活动，向群众发放资料。\n",
     "市科协开展“科普之春”服务宣传活动", "news"),
])
def test_a_web_reports_headline_by_its_place(text, title, kind):
    doc = parse_text(text, reflow=False)  # (HTML pages: each line a paragraph)
    assert (doc.title, doc.doc_type) == (title, kind)


@pytest.mark.parametrize("line, column", [
    ("工作动态", True), ("通知公告", True), ("新闻动态", True),
    ("市科协召开党组会议", False), ("工作动态分析报告", False),
])
def test_a_column_name(line, column):
    assert bool(P.COLUMN_NAME.fullmatch(line)) is column


def test_home_is_a_sites_control():
    assert P.web_furniture("首页") and not P.web_furniture("首页设计方案")


def test_page_headline_keeps_a_headline_above_its_text():
    text = clean("市科协开展科普活动\n3月20日，县科协联合县教育局在县城广场举办“科普之春”服务宣传活动。\n")
    assert D._page_headline(text) == "市科协开展科普活动"
