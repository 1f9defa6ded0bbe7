"""The twenty-first and twenty-second held-out sets' body misses (round 21), each rule on its real sentence, with
neighbours where it must not fire. The rules follow conventions of GB/T 9704 and of web pages rather than the pages:
the 主送 of a letter (尊敬的…：), a 主送 whose colon a web copy lost, a notice stored on one line with its title first; a
department run into the contact's name, the block's long labelled line, a mailbox line under the request to send; an
event notice's bare label headings (时间 / 主题) with their values under them; an attachment list whose numbers stand
alone. Both sets are development material since round 21; the twenty-third and later stay out."""
import pytest

from kexie.reader import parse_text
from kexie.reader.clean import clean


# ---------------------------------------------------------------- the 主送
@pytest.mark.parametrize("text, recipients", [
    # caturday: a letter's salutation before the 主送 (traditional script with pinyin glosses, read plainly)
    ("關于召開常務(wù)理事會緊急會議的通知\n尊敬的各位常務(wù)理事:\n敬啟!\n"
     "中國儀器儀表學(xué)會七屆九次常務(wù)理事會定于2012年6月15日上午在北京召開,敬請各位常務(wù)理事屆時拔冗出席。\n",
     ["各位常務(wù)理事"]),
    ("关于召开理事会的通知\n\n尊敬的各位理事：\n\n定于2012年6月15日召开理事会，敬请出席。\n", ["各位理事"]),
    # gdses: a web copy lost the 主送's colon; the line still ends on a body and the 正文 opens under it (现将……)
    ("关于开展寻找“最美科技工作者”学习宣传活动的通知\n\n发布日期: 2020-03-11     \n浏览次数 : 645\n"
     "更新时间 : 2020-03-11\n\n各地市学会、各会员及其他有关单位\n\n       现将《寻找“最美科技工作者”学习宣传活动方案》"
     "印发给你们,请按照方案要求积极举荐“最美科技工作者”学习宣传人选、积极报送有关影像素材。\n",
     ["各地市学会", "各会员及其他有关单位"]),
    # kjzch: a page that stored the notice on one line, its title first, then the 主送 and the 正文
    ("关于组织观摩县区科技工作的预通知\n\n 关于组织观摩县区科技工作的预通知 各县区科技局:     为检查各县区贯彻落实全市科技工作"
     "大会精神情况,进一步推动全市科技工作,市科技局拟定于国庆节后组织各县区科技局局长到各县区观摩科技工作。     特此通知。\n",
     ["各县区科技局"]),
    # neighbours: a 各 line without a colon that the 正文 does not open under is a sentence's start, not a 主送; a
    # salutation to people who are no group (尊敬的读者) stays none; a news report's run-on line is no title
    ("关于开展活动的通知\n\n各有关单位\n积极参与，广泛发动，做好宣传。\n", []),
    ("致读者的一封信\n\n尊敬的读者朋友：\n\n感谢您多年来的支持。\n", []),
    ("市科协召开学会工作会议 各学会负责人参加会议：会议总结了上半年工作，部署了下半年任务。\n", []),
    # a clock's colon in a sentence that opens with 各 (a plan's rule for its departments) is no 主送's colon
    ("学院值班安排\n\n各系、各部门须于每周一9:30前将本周值班表报学院办公室备案。\n", []),
])
def test_the_main_send_as_letters_and_web_copies_write_it(text, recipients):
    assert parse_text(text).recipients == recipients


# ---------------------------------------------------------------- the contact
@pytest.mark.parametrize("text, contact", [
    # caturday: a department run into the name; the phone line runs on with its 传真 and E-mail (a line longer than a
    # short one, but the block's own labelled line); two numbers glued as the page wrote them
    ("關于召開會議的通知\n各位理事:\n請將回執(zhí)于6月8日前回復(fù)。\n聯(lián)系人:中國儀器儀表學(xué)會學(xué)會工作部李靖\n"
     "電話:010-8280097113701158832傳真:010-82800879\nE-mail:lijing768@163.com\n2012年5月28日\n",
     ("李靖", "010-8280097113701158832", "lijing768@163.com")),
    # joyo888: no 联系人; a mailbox line right under the request to send the papers
    ("關于組織推薦2019年“最美科技工作者”的通知\n各分支機構、地方食品學會、學會會員:\n"
     "請于2019年5月10日12點前將通知中附件1、附件2,報送至我學會(逾期視為沒有推薦對象),我學會經民主程序推薦后報至中國科協。\n"
     "E-mail:cifst@163.com\n \n附件:\n", (None, None, "cifst@163.com")),
    # yyxh: the mailbox an item asks the papers to be sent to (no full stop after it) is the named contact's
    ("关于会员注册的通知\n一、会费\n3、汇款时请务必注明会费、单位全称、姓名,同时发《山东园艺学会会费汇款凭证信息表》(见附件)"
     "到学会秘书处电子邮箱:sdyyxh8@163.com\n三、会员证\n学会秘书处收到会费汇款凭证后,通过会员系统邮件通知成为正式会员。\n"
     "山东园艺学会秘书处\n联系电话:0538-8261896;\n联系人:李国田13668680270\n",
     ("李国田", "0538-8261896", "sdyyxh8@163.com")),
    # neighbours: a mailbox line of the page's footer, under no request to send, is no contact (scimall's news page);
    # another block's labelled mailbox does not join a named contact that has none (lawyee: two blocks)
    ("万秀区开展社区科普活动\n2018-05-10\n5月8日，区科协在社区开展科普宣传活动。\n"
     "版权声明:除非特别注明,本站所载内容来源于互联网,不代表本站观点。\n电话:(010)86409582\n邮箱:kejie@scimall.org.cn\n",
     None),
    ("关于报送科普日活动总结的通知\n各有关单位：\n请于11月8日前报送。\n联系方式：\n中国科协科普部\n联 系 人:夏瑞军\n"
     "联系电话:010-68571988\n中国科协科普活动中心\n联 系 人:李春雨\n联系电话:010-63906628\n传 真:010-63906629\n"
     "电子邮箱:kphd@cast.org.cn\n", ("夏瑞军", "010-68571988", None)),
])
def test_the_contact_as_blocks_and_requests_write_it(text, contact):
    got = parse_text(text).contact
    assert (got and (got.name, got.phone, got.email)) == contact


# ---------------------------------------------------------------- label headings
@pytest.mark.parametrize("text, cleaned", [
    # bjtu: an event notice's items headed by bare labels, their values on the next line
    ("一、时间、主题\n(一)时间\n2022年5月21—28日\n(二)主题\n走进科技 你我同行\n二、活动内容要求\n",
     "一、时间、主题\n（一）时间\n2022年5月21—28日\n（二）主题\n走进科技你我同行\n二、活动内容要求"),
    # chinpac: the same in traditional script
    ("一、時間\n2021年6月至12月\n二、主題\n搭建學術交流平臺,激蕩創新源頭活水\n",
     "一、時間\n2021年6月至12月\n二、主題\n搭建學術交流平臺，激蕩創新源頭活水"),
    # neighbours: a heading cut after its first characters still joins its rest (（二）强 / 化经费保障)
    ("（一）加强组织领导。\n\n（二）强\n\n化经费保障\n\n（三）严格考核。\n",
     "（一）加强组织领导。\n\n（二）强化经费保障\n\n（三）严格考核。"),
])
def test_a_label_heading_keeps_its_value_on_the_next_line(text, cleaned):
    assert clean(text) == cleaned


def test_label_headings_are_outline_items_of_their_own():
    doc = parse_text("关于开展科技活动周的通知\n各学院：\n一、时间、主题\n(一)时间\n2022年5月21—28日\n(二)主题\n走进科技 你我同行\n")
    assert [(x.marker, x.heading) for x in doc.outline] == [("一、", "时间、主题"), ("（一）", "时间"), ("（二）", "主题")]


# ---------------------------------------------------------------- the attachment list
def test_an_attachment_list_whose_numbers_stand_alone_is_no_outline():
    # yyxh: a page's list cells, the number on one line and the form's name on the next
    doc = parse_text("关于会员注册的通知\n一、注册登记\n1、会员注册\n2、会员类别\n三、会员证\n学会秘书处收到会费汇款凭证后发证。\n"
                     "山东园艺学会秘书处\n联系人:李国田13668680270\n附件:\n1、\n山东园艺学会会费汇款凭证信息表\n2、\n"
                     "山东园艺学会个人会员申请表\n3、\n山东园艺学会团体会员申请表\n")
    assert [x.heading for x in doc.outline] == ["注册登记", "会员注册", "会员类别", "会员证"]
