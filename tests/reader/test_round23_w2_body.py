"""The body's lists by convention (round 23, second wave).

主送: a page's meta bar set as a bulleted list (• 发布时间：…, • 来源：…) is furniture like its unbulleted lines, so the
主送 under it is still found. References: a 字号 whose 六角括号 a font mapped onto „ and ‟ („2021‟) is a 字号.
Contact: a 公示's 受理电话 (and a 咨询电话, 办公电话) line gives the phone as 联系电话 does; the office to ask named in
prose with its bare 电话 in brackets before 联系 (与市科协学会工作部（电话86861547）联系) gives the phone; 联系人：
offices each run into their person (…办公室金方堃…监督科黄际坚联系电话：) name every person. Outline: a one-line page's
next first-level item after a comma (…反映意见，二、如公示…) when it is the run's next ordinal and has words of its own.
Real lines from development documents (sets 28 and 29), their variants, and neighbours where nothing may be read."""
import pytest

from kexie.reader import parse_text
from kexie.reader.patterns import web_furniture

TAIL = "\n2022年5月19日\n"


# ---------------------------------------------------------------- 主送 under a bulleted meta bar
@pytest.mark.parametrize("line, furniture", [
    ("• 发布时间：2022年05月23日", True),
    ("• 来源：大理州政府办公室", True),
    ("· 发布时间：2022年05月23日", True),
    ("发布时间：2022年05月23日", True),
    # a bulleted line that is no meta label stays
    ("• 大理白族自治州人民政府", False),
    ("• 加强科普阵地建设", False),
])
def test_a_bulleted_meta_line_is_furniture(line, furniture):
    assert web_furniture(line) is furniture


def test_the_main_send_under_a_bulleted_meta_bar():
    # dali-2022-19: five bulleted lines between the title and the 主送
    text = ("大理白族自治州人民政府关于印发大理白族自治州全民科学素质行动实施方案（2021-2025年）的通知\n"
            "• 大理白族自治州人民政府\n• 发布时间：2022年05月23日\n• 来源：大理州政府办公室\n• 【字体：大　中\n"
            "• 【打印文本】\n各县、市人民政府，大理经开区管委会，州直各有关部门：\n"
            "《大理白族自治州全民科学素质行动实施方案（2021-2025年）》已经州人民政府同意，现印发给你们，请认真贯彻执行。\n"
            "大理白族自治州人民政府" + TAIL)
    assert parse_text(text).recipients == ["各县", "市人民政府", "大理经开区管委会", "州直各有关部门"]


# ---------------------------------------------------------------- „2021‟ is 〔2021〕
@pytest.mark.parametrize("sentence, refs", [
    # qiannan-2022
    ("为认真贯彻落实《国务院关于印发全民科学素质行动规划纲要（2021-2035年）的通知》（国发„2021‟9号）和《省人民政府办公厅关于"
     "印发贵州省全民科学素质行动规划纲要实施方案（2021-2025年）的通知》（黔府办发〔2022〕16号）精神，特制定本方案。",
     ["国发〔2021〕9号", "黔府办发〔2022〕16号"]),
    # quotes around a year that is no 字号 stay quotes
    ("本方案所称„2021‟年度项目另行通知。", []),
])
def test_low_quotes_around_a_number_year(sentence, refs):
    text = "关于印发实施方案的通知\n各县（市）人民政府：\n" + sentence + TAIL
    assert parse_text(text).references == refs


# ---------------------------------------------------------------- the contact's phone and people
HEAD = "关于公示的通知\n有关单位：\n现将名单予以公示，公示期为2022年5月20日至5月24日。\n"


def _contact(block):
    c = parse_text(HEAD + block + TAIL).contact
    return None if c is None else (c.name, c.phone, c.email)


@pytest.mark.parametrize("block, contact", [
    # fzkx-2022: the 公示's 受理电话 line
    ("如有异议，请于公示期内向科协组联部实名反映。\n受理电话：0591-83333743；联系地址：福州市南江滨西大道193号（邮编：350007）。",
     (None, "0591-83333743", None)),
    ("咨询电话：0591-83333743", (None, "0591-83333743", None)),
    # a complaint line is not the contact's
    ("监督电话：0591-83333743", None),
    # kxjiangyin-2025: the office to ask, its 电话 in brackets before 联系
    ("如有异议，请于公示期限内与市科协学会工作部、国际交流部（电话86861547）联系。", (None, "86861547", None)),
    # a bracketed 电话 that no 联系 follows is an address book's, not the contact's
    ("市科协学会工作部（电话86861547）负责受理。", None),
    # chacewang-2022-dali: offices run into their people on the 联系人 line
    ("联系人：大理州科技局办公室金方堃政策法规与科技监督科黄际坚联系电话：0872-2319851、2319842",
     ("金方堃、黄际坚", "0872-2319851、2319842", None)),
    ("联系人：市科协办公室李明联系电话：0872-2319851", ("李明", "0872-2319851", None)),
])
def test_the_contact(block, contact):
    assert _contact(block) == contact


# ---------------------------------------------------------------- a first-level item after a comma
def _outline(line):
    return [(x.marker, x.heading) for x in parse_text(HEAD.replace("现将名单予以公示，公示期为2022年5月20日至5月24日。\n", "")
                                                       + line + TAIL).outline]


def test_the_next_first_level_item_after_a_comma():
    # chacewang-2022-dali: a page stored as one line
    line = ("现将2021年度州级专家工作站拟建站项目进行公示，并对有关情况说明如下：一、公示期5个工作日，自2022年3月7日至2022年3月12日，"
            "对拟立项项目有异议的单位或个人，均可以实名、书面形式向州科技局反映，二、如公示结束无异议，将根据后续审批程序等情况，"
            "最终决定拨付经费并下达计划项目。")
    assert [m for m, _ in _outline(line)] == ["一、", "二、"]


@pytest.mark.parametrize("line", [
    "一、活动对象：全校学生，二、三年级学生优先参加。",
    "一、活动时间：9月18日，纪念九、一八，开展爱国主义教育。",
])
def test_a_numeral_pair_after_a_comma_is_no_item(line):
    assert [m for m, _ in _outline(line)] == ["一、"]
