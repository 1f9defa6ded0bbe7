"""Text as PDF or OCR extraction breaks it (round 23): a page break inside a line — the break's blank line, sometimes the
last character printed again on the next page — and half-width marks for full-width ones.

A page break inside an item's heading is seen from its two pieces: the break printed the heading's last character again
(并由分管领导签 / 签批。), the next piece opens with 的, which ties it to the word above, or the heading's last word is
one character, which names nothing (4、会 / 员编号。, 科技竞赛、评 / 比活动); where paragraphs follow each other without
blank lines, a piece under the break that ends no sentence is the heading's rest. A person's row cut in its post
(副主 / 席) or its padded name's row (江　正　浙江省科协综 / 综合服务中心副主任), and a role's list cut one character into
its next name (县文管 / 所、县文工团), are one line again. A half-width full stop (OCR's . for 。) ends a sentence before a
run-on line's next marker and before a converter's paragraph mark (Р).
Lines quoted from development documents (dev-28) as the scorer's damage and real extraction break them, and neighbours
where nothing may be joined."""
import pytest

from kexie.reader import parse_text
from kexie.reader.clean import clean

HEAD = "关于开展科普活动的通知\n\n各县（市、区）科协：\n\n为做好有关工作，现将有关事项通知如下：\n\n"
TAIL = "\n\n特此通知。\n\n2023年5月1日\n"


def _lines(text):
    return [ln for ln in clean(text).split("\n") if ln]


# ---------------------------------------------------------------- a heading cut by a page break
@pytest.mark.parametrize("broken, whole", [
    # xuexila: the break printed 力 again
    ("（一）大力\n\n力普及传播发展理念。围绕经济社会发展新常态的需求，大力普及宣传发展理念。",
     "（一）大力普及传播发展理念。围绕经济社会发展新常态的需求，大力普及宣传发展理念。"),
    # sxqzy: a long heading, 签 printed again
    ("1.各系、各部门报送的每周重要活动安排须在事前沟通协调一致，并由分管领导签\n\n签批。需要其他院领导出席的，由办公室统一协调。",
     "1.各系、各部门报送的每周重要活动安排须在事前沟通协调一致，并由分管领导签批。需要其他院领导出席的，由办公室统一协调。"),
    # mekofs-2016: a list's entry cut, 中 printed again
    ("3.中国科协调研宣传部、中\n\n中国科协创新战略研究院等单位相关同志。", "3.中国科协调研宣传部、中国科协创新战略研究院等单位相关同志。"),
    # yyxh: a heading of one character names nothing
    ("4、会\n\n员编号。学会个人会员号实行统一的11位编码制，会员编码严格一人一码。",
     "4、会员编号。学会个人会员号实行统一的11位编码制，会员编码严格一人一码。"),
    # tudiao: 以 alone
    ("2.以\n\n省级高校科协联盟为抓手，动员其他高校科协积极参与，建立省级高校科协联盟。",
     "2.以省级高校科协联盟为抓手，动员其他高校科协积极参与，建立省级高校科协联盟。"),
    # zuowenred: a list's last entry of one character
    ("（一）科技竞赛、评\n\n比活动、科普宣传、展览活动：", "（一）科技竞赛、评比活动、科普宣传、展览活动："),
    # guoban: the clause after the comma one character long
    ("（二）领导小组实行工作会议制度，工\n\n作会议由组长或其委托的副组长召集，根据工作需要定期或不定期召开。",
     "（二）领导小组实行工作会议制度，工作会议由组长或其委托的副组长召集，根据工作需要定期或不定期召开。"),
    # onlinecha, mekofs-2018: the piece opens with 的
    ("（2）作品要能充分体现科技未来\n\n的幻想", "（2）作品要能充分体现科技未来的幻想"),
    ("一、深入学习贯彻习近平新时代中国特色社会主义思想和党\n\n的十九大精神，加强党对新时代公民科学素质建设的领导",
     "一、深入学习贯彻习近平新时代中国特色社会主义思想和党的十九大精神，加强党对新时代公民科学素质建设的领导"),
])
def test_heading_cut_by_a_page_break_is_one_line(broken, whole):
    assert whole in _lines(HEAD + broken + TAIL)


@pytest.mark.parametrize("text, alone", [
    # a heading alone, its paragraph opening with the heading's last character by chance; its sibling stands alone too
    ("（二）主要任务\n\n务必把科普工作摆上重要议程，加强组织领导。\n\n（三）保障措施\n\n各单位要落实经费。", "（二）主要任务"),
    # a whole short heading, then its paragraph
    ("（一）总体要求\n\n坚持以人民为中心，提高全民科学素质。\n\n（二）主要任务\n\n开展科普活动。", "（一）总体要求"),
    # a label heading and its value
    ("一、时间\n\n2023年5月12日", "一、时间"),
    # 的确 opens a sentence
    ("（一）成效\n\n的确，各地科普工作取得了明显成效。\n\n（二）问题\n\n经费不足。", "（一）成效"),
])
def test_heading_alone_stays_alone(text, alone):
    assert alone in _lines(HEAD + text + TAIL)


# paragraphs one a line, no blank lines between them: the one blank line is the page break inside the heading
RUN = ("2018年是贯彻落实党的十九大精神开局之年，是改革开放40周年。\n"
       "一、深入学习贯彻习近平新时代中\n\n国特色社会主义思想和党的十九大精神，加强党对新时代公民科学素质建设的领导\n"
       "把学习贯彻党的十九大精神作为首要政治任务，深入领会新时代新思想。\n"
       "二、大力实施全民科学素质行动计划纲要\n"
       "围绕决胜全面建成小康社会，深入推进重点人群科学素质行动。\n"
       "三、加强科普基础设施建设\n"
       "推动科技馆建设发展，提升科普服务能力。\n"
       "四、推进科普信息化建设\n"
       "推进科普信息化建设，提升科普服务能力。\n"
       "五、加强组织领导\n"
       "各地要加强组织领导，确保各项工作落到实处。\n"
       "2018年3月1日\n")


def test_heading_cut_where_paragraphs_follow_without_blank_lines():
    assert "一、深入学习贯彻习近平新时代中国特色社会主义思想和党的十九大精神，加强党对新时代公民科学素质建设的领导" \
        in _lines(RUN)
    assert parse_text(RUN).outline[0].heading.startswith("深入学习贯彻习近平新时代中国特色社会主义思想")


# ---------------------------------------------------------------- a list's row cut by a page break
GROUP = "副组长：姜长才　浙江省科协党组成员、副主席\n\n陆　锦　浙江省科协党组成员、副主席\n\n"


@pytest.mark.parametrize("broken, whole", [
    # zhejiang: the post's last character alone on the next page
    ("王忠民　浙江省科协党组成员、副主\n\n席\n\n田　梅　浙江省科协副主席", "王忠民　浙江省科协党组成员、副主席"),
    # zhejiang: a padded two-character name's row, 综 printed again
    ("江　正　浙江省科协综\n\n综合服务中心副主任\n\n季良纲　杂志社社长、总编", "江　正　浙江省科协综合服务中心副主任"),
])
def test_person_row_cut_by_a_page_break(broken, whole):
    assert whole in _lines(GROUP + broken + "\n")


def test_next_rows_name_cut_stays_apart():
    # 谢 // 牧人　……: the row above ends with its whole post, so 谢 opens the next row
    lines = _lines(GROUP + "田　梅　浙江省科协副主席\n\n谢\n\n牧人　浙江省科协党组成员、秘书长\n")
    assert "田　梅　浙江省科协副主席" in lines


@pytest.mark.parametrize("broken, whole", [
    # alizhichou3: 所 alone before the list's next 、
    ("（二）参与单位：县文化馆、县图书馆、县文管\n\n所、县文工团、县体校。", "（二）参与单位：县文化馆、县图书馆、县文管所、县文工团、县体校。"),
])
def test_role_list_cut_one_character_into_a_name(broken, whole):
    assert whole in _lines(HEAD + "（一）活动时间：5月17日—5月23日\n\n" + broken + TAIL)


def test_role_list_whose_last_name_is_whole_stays():
    # the last entry a body already: the next line is no rest of it
    lines = _lines(HEAD + "（二）参与单位：县文化馆、县图书馆\n\n省、市、县三级联动，共同推进。" + TAIL)
    assert "（二）参与单位：县文化馆、县图书馆" in lines


# ---------------------------------------------------------------- half-width marks
def test_half_width_stop_before_a_run_on_marker():
    line = ("各县（市）区科技主管部门，各有关单位： 根据省科技厅工作要求，2017年全国优秀科普作品推荐工作已开始.现将省科技厅《关于推荐 2017 年全国优秀科普作品的通知》"
            "转发给你们,请根据要求认真组织本区域内的优秀科普作品推荐工作.具体要求如下: "
            "一、申报时间 受理截止时间为2017年7月 5 日. 二、申报地点 新乡市人民路479室社会发展科,电子版发送至:kj@xx.cn. "
            "三、需提交材料 各县(市)区科技主管部门汇总统一报送,推荐表和作品6份(套). 联系人:王海东 电 话:0373-5820665")
    lines = _lines("关于推荐优秀科普作品的通知\n\n" + line + "\n")
    assert any(ln.startswith("二、申报地点") for ln in lines)
    assert any(ln.startswith("三、需提交材料") for ln in lines)


@pytest.mark.parametrize("mark_before", [".", "。"])
def test_paragraph_mark_after_a_half_width_stop(mark_before):
    text = f"依托科研院所，开发双语科普产品{mark_before}Р责任单位:教育部、中科院Р四、保障措施Р(一)提高思想认识,强化组织领导\n"
    assert "四、保障措施" in _lines(text)


def test_paragraph_mark_after_a_figure_stays_inside():
    # a point after a figure is no sentence's end (3.Р is a converter's mark at a marker, not a paragraph break there)
    assert not any(ln == "3." for ln in _lines("附件3.Р申报表\n"))
