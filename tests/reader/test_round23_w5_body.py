"""Round 23, fifth wave (body): an item about when applications close has that date as its own deadline; a bracketed
mail address under a line glosses the word above it; one character and 、 under an open sentence is a list's cut word.

An item's own 前/截止 date is its deadline; a whole notice's closing date, stated after the items or inside an item
about something else, is not. An item whose heading names the submission time (一、申报时间：…, （三）申报材料截止时间：…,
3.申报截止时间：…) is about that date, so its closing date is its own. Lines quoted from development documents (sets 34/35,
xingtai-2012, xinxiang-2017, wuhan-2019, hubei-2018), and neighbours that must keep their reading."""
import pytest

from kexie.reader import parse_text
from kexie.reader.clean import clean
from kexie.reader.timecues import read_time

HEAD = "关于开展推荐工作的通知\n\n各有关单位：\n\n为做好有关工作，现将有关事项通知如下：\n\n"
TAIL = "\n\n特此通知。\n\n2023年1月9日\n"


# ---------------------------------------------------------------- deadline of an item about the closing date
@pytest.mark.parametrize("item, year, deadline", [
    # cmam-2021: the label and the date alone, then the mailbox
    ("申报材料截止时间：2021年4月30日。\n邮箱：cmamkjpsb@163.com", 2021, "2021-04-30"),
    # jxstnu-2023: the label, then the sentence with its own 前
    ("申报截止时间：各单位需在2023年2月17日前将正式申报材料提交到科研处平台科（红角洲校区图书馆829室）。", 2023, "2023-02-17"),
    # npoall-2024: a span from the notice's day that ends in 截止, the hour written 24:00时
    ("申报时间：自通知之日起至2024年11月10日24:00时截止。\n申报截止后随即开展遴选工作。", 2024, "2024-11-10"),
    # xinxiang-2017: the label, a space, the closing date
    ("申报时间 受理截止时间为2017年7月5日。", 2017, "2017-07-05"),
    # xingtai-2012 (kept)
    ("申报截止日期为1月9日。", 2012, "2012-01-09"),
])
def test_item_about_the_closing_date(item, year, deadline):
    assert read_time(item, year)[0] == deadline


@pytest.mark.parametrize("item, year", [
    # wuhan-2019: the call's closing date inside an item about which meetings qualify
    ("本次申报资助的会议应为2019年1—11月内在汉举办的高端国际学术会议，申报截止时间为2019年9月30日（邮递材料以邮戳日期为准）。", 2019),
    # hubei-2018: a submission period, no deadline
    ("申报时间：7月1日—7月31日。", 2018),
    # an activity's span that ends in 止 stays a period
    ("活动时间：5月20日至6月30日止。", 2023),
])
def test_closing_date_that_is_no_item_deadline(item, year):
    assert read_time(item, year)[0] is None


# ---------------------------------------------------------------- page-break joins
@pytest.mark.parametrize("broken, whole", [
    # hubu-2017 (pdf): the mailbox in brackets under 邮箱
    ("1、11月20日前，各学院填写《湖北大学2017年研究生学术科技节系列活动申报表》（附件1）和《湖北大学2017年研究生学术科技节系列活动汇总表》（附件2），纸质版交到研究生院思政办公室（综合楼634），电子版发送至邮箱\n(hbdxxueshubu2017@sina.com)。",
     "1、11月20日前，各学院填写《湖北大学2017年研究生学术科技节系列活动申报表》（附件1）和《湖北大学2017年研究生学术科技节系列活动汇总表》（附件2），纸质版交到研究生院思政办公室（综合楼634），电子版发送至邮箱（hbdxxueshubu2017@sina.com）。"),
    # jxstnu-2023 (pdf): 质量关 cut at its last character
    ("二、各单位要对申报材料逐一审核，根据文件要求严把质量\n关、科研诚信关，按时保质完成推荐工作。",
     "二、各单位要对申报材料逐一审核，根据文件要求严把质量关、科研诚信关，按时保质完成推荐工作。"),
])
def test_line_goes_on(broken, whole):
    assert whole in clean(broken)


@pytest.mark.parametrize("text, line", [
    # a bracketed note of its own stays a line
    ("三、工作要求\n（一）加强组织领导。", "（一）加强组织领导。"),
    # a heading alone, then a sentence that opens with a marker
    ("二、工作要求\n一、加强组织领导。", "一、加强组织领导。"),
])
def test_line_stays(text, line):
    assert line in clean(text).split("\n")


def test_headings_keep_the_mailbox_and_deadlines_count():
    doc = parse_text(HEAD + "一、申报时间\n申报截止时间为2023年2月17日。\n二、材料报送\n"
                     "1、11月20日前，各学院填写《湖北大学2017年研究生学术科技节系列活动申报表》（附件1）和《湖北大学2017年研究生学术科技节系列活动汇总表》（附件2），纸质版交到研究生院思政办公室（综合楼634），电子版发送至邮箱\n(abc2017@sina.com)。" + TAIL)
    items = {x.id: x for x in doc.outline}
    assert items["1"].deadline == "2023-02-17"
    assert items["2.1"].heading.endswith("邮箱（abc2017@sina.com）")
    assert items["2.1"].deadline == "2023-11-20"
