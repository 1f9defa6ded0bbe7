"""The contact and the 主送 by convention (round 22).

Contact: every person the 联系人 line names is the contact's name, 、 between them (as written with 、, or with spaces the
cleaning turns into 、: 李帆 顾春笑, 胡 健 邓丽群); a name ends at the next label however it is written (电子邮箱:,
E-mail:, 咨询电话:, 电 话:), also once the space before the label is gone; the digits of a mailbox are no phone; a named
contact takes a sentence's mailbox only where the sentence calls it a mailbox (发送至邮箱：…, 至…信箱:…), not a bare
address to send entries to (将演讲材料发送至x@qq.com).
主送: GB/T 9704's 标题, 主送, 正文 run into one line (……的通知高二级各班主任、各班团支部：我校……) still give the 主送; a 主送
whose colon is lost stands above the 正文 with 各 near its start (院内各单位 / 现将……); a page's row of labels
(发文日期：公开形式：) and an item's text are no 主送.
Real sentences from development documents (dev-25), their variants, and neighbours where nothing may be read."""
import pytest

from kexie.reader import parse_text

HEAD = "关于开展科普活动的通知\n各县（市、区）科协：\n为做好有关工作，现将有关事项通知如下：\n一、请各单位于5月20日前报送材料。\n"
TAIL = "\n2023年5月1日\n"


def _contact(block):
    c = parse_text(HEAD + block + TAIL).contact
    return None if c is None else (c.name, c.phone, c.email)


# ---------------------------------------------------------------- the name ends at the next label
@pytest.mark.parametrize("block, contact", [
    # lkx-xast: the mailbox label right after the name on its line
    ("联系人:姚红 电子邮箱:1243510567@qq.com", ("姚红", None, "1243510567@qq.com")),
    # variants: the space gone, another label, a phone's purpose, a spaced label, a mobile
    ("联系人:姚红电子邮箱:1243510567@qq.com", ("姚红", None, "1243510567@qq.com")),
    ("联系人:姚红 E-mail:1243510567@qq.com", ("姚红", None, "1243510567@qq.com")),
    ("联系人：尹祥  咨询电话：0551-63538655", ("尹祥", "0551-63538655", None)),
    ("联系人：尹祥咨询电话：0551-63538655", ("尹祥", "0551-63538655", None)),
    ("联 系 人:尹祥  电 话:0551-63538655  邮 箱:abc@163.com", ("尹祥", "0551-63538655", "abc@163.com")),
    ("联系人：尹祥，手机：13912345678", ("尹祥", "13912345678", None)),
    ("联系电话：0551-63538655\n联系人：尹祥\n电子邮箱：abc@163.com", ("尹祥", "0551-63538655", "abc@163.com")),
    # the digits inside a mailbox are no phone
    ("联系人:王宏武电子邮箱:cdkx7256502@163.com", ("王宏武", None, "cdkx7256502@163.com")),
])
def test_the_name_ends_at_the_next_label(block, contact):
    assert _contact(block) == contact


# ---------------------------------------------------------------- several people on the 联系人 line
@pytest.mark.parametrize("block, name", [
    ("联系人:李帆 顾春笑\n\n联系电话:2046546", "李帆 顾春笑"),          # bangfu: a space between them, kept
    ("联系人:邓洪军、袁宾\n联系电话:0371-65707540", "邓洪军、袁宾"),      # henan: 、 between them
    ("联系人: 胡 健 邓丽群\n联系电话:84396434 84395725", "胡健 邓丽群"),  # njau: a name padded to the width of three
    ("联系人:孔德杰  王力\n电  话:0371-65707551", "孔德杰 王力"),        # hast: a double space
    ("联系人:王海东 苏 婕 电 话:0373-5820665", "王海东 苏婕"),          # xinxiang: the next label spaced out
    ("联 系 人:马立华、付佳\n电话:0315-2825154", "马立华、付佳"),        # tskp: the label spaced out
    ("联系人：科普部 陈人兢  张炜\n联系电话：8260070", "陈人兢 张炜"),   # an office before its people
    # neighbours: one person each
    ("科技处联系人：秦国维、联系电话：3662902", "秦国维"),                # drlintcm: 、 before the next label
    ("联系人：办公室 王明\n电话：0551-63538655", "王明"),                 # an office, then one person
    ("联系人：王 明\n电话：0551-63538655", "王明"),                       # one name padded apart
])
def test_every_person_the_contact_line_names(block, name):
    doc = parse_text(HEAD + block + TAIL)
    assert doc.contact.name == name
    assert not any("联系人不止一位" in w for w in doc.warnings)


# ---------------------------------------------------------------- whose mailbox
@pytest.mark.parametrize("block, email", [
    # drlintcm: a bare address to send the entries to is no named contact's mailbox
    ("2、请各二级于10月17日前将演讲材料发送至6506381@qq.com，择期进行初赛。\n如有未尽事宜，请联系学校科技处及校团委。\n"
     "科技处联系人：秦国维、联系电话：3662902\n团委联系人：陈文颖、联系电话：3680613", None),
    # xuancheng: the sentence calls it the office's mailbox (信箱:), so it is where the contact receives the papers
    ("并将修改意见以书面形式加盖公章与会提交，同时提交电子版至市爱卫办信箱:xcsagws@163.com。\n联系人:张建  18805636080、3020501",
     "xcsagws@163.com"),
    # jiangmen: 发送至邮箱:
    ("于8月21日前将电子版（word文档及pdf文件）发送至邮箱:kjjzjzlhzk@jiangmen.gov.cn。\n（联系人:邹国俊,联系电话:8220683,13702282917）",
     "kjjzjzlhzk@jiangmen.gov.cn"),
])
def test_a_named_contact_takes_only_a_mailbox_the_text_calls_one(block, email):
    assert _contact(block)[2] == email


@pytest.mark.parametrize("block", [
    "监督电话：0551-63538655",                                              # a complaints line
    "版权所有：某某科学技术协会　地址：某路1号　电话：0551-63538655",       # a site's footer
])
def test_no_contact_where_none_is_given(block):
    assert _contact(block) is None


# ---------------------------------------------------------------- the 主送 run on to the title
BODY = "为做好2023年度科普工作，进一步提升公民科学素质，现将有关事项通知如下。\n一、活动时间\n2023年5月20日至5月30日。\n"


@pytest.mark.parametrize("text, recipients", [
    # 360docs: title, 主送 and 正文 on one line
    ("关于参加天水市科技创新大赛的通知高二级各班主任、各班团支部：我校接天水市科协《关于举办第二十八届天水市青少年科技创新大赛的通知》后，"
     "经学校研究决定由高二级学生选送作品参赛。\n", ["高二级各班主任", "各班团支部"]),
    # wenku365: the title printed twice, then the 主送
    ("乡镇2016年“全国科普日”集中宣传活动方案乡镇2016年“全国科普日”集中宣传活动方案各村、三办三中心：为组织好我镇“2016年全国科普日”"
     "系列活动，进一步推进我镇全民科学素质工作。\n", ["各村", "三办三中心"]),
    # variants: a space between title and 主送, a body with no 各, 有关 inside a name
    ("关于设立书记院长接待日的通知　全体师生：" + BODY, ["全体师生"]),
    ("眉山市科学技术协会关于2023年全国科普日活动开展情况的报告省科协：" + BODY, ["省科协"]),
    ("关于召开征求意见会的预通知区人民政府、经开区、市直有关单位：" + BODY, ["区人民政府", "经开区", "市直有关单位"]),
    # neighbours: an item's text (its title words inside a sentence) and a title going on (……的通知》的通知各单位)
    ("一、建立健全科普工作体系1.完善落实科普工作制度机制，确定全市年度重点科普工作目标任务，依托平台做好年度科普基地建设、科普活动开展"
     "（责任单位：市科协）。\n", []),
    ("关于转发《关于开展科普活动的通知》的通知的落实情况，市科协决定：对各单位开展情况进行检查，请各单位认真准备材料。\n", []),
])
def test_the_main_send_run_on_to_the_title(text, recipients):
    assert parse_text(text).recipients == recipients


@pytest.mark.parametrize("text, recipients", [
    # hblkx: the colon lost, the 正文 under it; 和 before a body that is no 各-group stays inside the entry
    ("关于转发《中国老科协2020年工作总结和2021年工作安排》的通知\n各设区市老科协和定州市、辛集市老科协，省老科协各直属分会\n"
     "现将中国老科协关于印发《中国老科协2020年工作总结和2021年工作安排》的通知转发给你们，望结合实际认真贯彻落实。\n",
     ["各设区市老科协和定州市", "辛集市老科协", "省老科协各直属分会"]),
    # variants: 各 a few characters in, a department at the end
    ("关于我院举办第三届校园记者节系列活动的通知\n院内各单位\n现将有关事项通知如下：\n一、活动时间\n2023年5月20日。\n", ["院内各单位"]),
    ("关于召开地方科协科普工作座谈会的预备通知\n各省、自治区、直辖市科协科普部\n现将有关事项通知如下：\n一、会议时间\n2023年5月20日。\n",
     ["各省", "自治区", "直辖市科协科普部"]),
    # neighbours: the issuer's name under the title is no 主送; a 市发展和改革委员会 stays whole
    ("关于开展科普活动的通知\n市科学技术协会\n现将有关事项通知如下：\n一、活动时间\n2023年5月20日。\n", []),
    ("关于开展科普活动的通知\n市发展和改革委员会、各县区科协：\n" + BODY, ["市发展和改革委员会", "各县区科协"]),
    # longhui: a page's row of labels above the 主送
    ("关于下达2020年度科普项目经费的通知\n发文日期：公开形式：\n各相关单位：\n" + BODY, ["各相关单位"]),
])
def test_the_main_send_above_the_text(text, recipients):
    assert parse_text(text).recipients == recipients


@pytest.mark.parametrize("text, recipients", [
    # guangzhou (damaged copy): a page break inside the 主送, the break's character printed again
    ("关于印发全民科学素质行动计划纲要实施方案的通知\n\n各区人民政府,市政府各\n\n各部门、各直属机构:\n\n"
     "现将《全民科学素质行动计划纲要实施方案》印发给你们，请认真贯彻执行。\n", ["各区人民政府", "市政府各部门", "各直属机构"]),
    ("关于印发全民科学素质行动计划纲要实施方案的通知\n\n各省、自治区、直辖市人民政府,国务院各\n\n部委、各直属机构:\n\n"
     "现将《全民科学素质行动计划纲要实施方案》印发给你们，请认真贯彻执行。\n",
     ["各省", "自治区", "直辖市人民政府", "国务院各部委", "各直属机构"]),
    # neighbours: two 主送 lines each with its colon stay two lines; a label under the first item is no 主送
    ("关于开展科普活动的通知\n各分支机构、地方学会：\n各科学传播专家团队：\n" + BODY, ["各分支机构", "地方学会", "各科学传播专家团队"]),
    ("科技三下乡活动实施方案\n一、指导思想\n以科学发展观为指导，开展科技服务。\n二、活动内容\n\n活动内容：\n\n与科技推广相结合。\n", []),
])
def test_the_main_send_cut_by_a_page_break_and_none_under_the_first_item(text, recipients):
    assert parse_text(text).recipients == recipients


# ---------------------------------------------------------------- phones, complaint lines, prose
@pytest.mark.parametrize("block, contact", [
    # harbin: a complaints line of its own above the contact is not the contact's phone
    ("监督举报电话:13303608003\n联系人:刘俣\n邮箱:hkxpjb@163.com", ("刘俣", None, "hkxpjb@163.com")),
    ("联系人：尹祥\n监督电话：0551-63538655", ("尹祥", None, None)),
    ("联系人：尹祥\n投诉电话：0551-63538655\n邮箱：abc@163.com", ("尹祥", None, "abc@163.com")),
    # wuxue: a 公示's 监督电话 on the 联系人's own line is the contact's
    ("监督电话:0713-6222439 联系人:徐超仁", ("徐超仁", "0713-6222439", None)),
    # a phone in every form: an extension, two numbers joined by 或, a department run into the name, 联系人及联系方式
    ("联系人：尹祥，电话：0551-63538655转8001", ("尹祥", "0551-63538655转8001", None)),
    ("联系人：尹祥，电话：63538655或13912345678", ("尹祥", "63538655或13912345678", None)),
    ("联系人：市科协科普部尹祥，电话：63538655", ("尹祥", "63538655", None)),
    ("联系人及联系方式：尹祥，13912345678", ("尹祥", "13912345678", None)),
    ("联系人：尹祥，王力，电话：63538655", ("尹祥、王力", "63538655", None)),
    ("联系人：尹祥，科普部，电话：63538655", ("尹祥", "63538655", None)),     # an office is no second person
    # prose: the person to ask, the phone in brackets (请与……联系（电话：…）)
    ("请与市科协科普部尹祥联系（电话：63538655）。", ("尹祥", "63538655", None)),
    ("如有疑问，请与市科协联系（联系电话：63538655）。", (None, "63538655", None)),  # an office, no person
])
def test_phones_complaint_lines_and_prose(block, contact):
    assert _contact(block) == contact


@pytest.mark.parametrize("text, recipients", [
    # the 主送 glued after the title, the 正文 on the next line
    ("关于开展科普日活动的通知各县（市、区）科协，各市级学会：\n" + BODY, ["各县（市、区）科协", "各市级学会"]),
    ("关于开展科普日活动的通知 各县（市、区）科协：\n" + BODY, ["各县（市、区）科协"]),
    # one entry a line, the first ending on a whole body without a comma: two entries, not one name
    ("关于开展科普日活动的通知\n各县（市、区）科协\n各市级学会：\n" + BODY, ["各县（市、区）科协", "各市级学会"]),
    ("关于开展科普日活动的通知\n\n各县（市、区）科协\n\n各市级学会：\n\n" + BODY, ["各县（市、区）科协", "各市级学会"]),
])
def test_the_main_send_glued_or_one_entry_a_line(text, recipients):
    assert parse_text(text).recipients == recipients
