"""Round 23, sixth wave, the body: a submission window's last day, glossed PDF lines wrapped inside a heading, and a
page's path set as a numbered list."""

import pytest

from kexie.reader import parse_text

_NOTICE = "关于报送2020年作品的通知\n各市科协：\n现将有关事项通知如下：\n一、参赛对象\n全省中小学生。\n"


@pytest.mark.parametrize("item, deadline, hint", [
    # the window in which works are sent in closes on its last day (foshanbendi-2020, de-glossed)
    ("三、报送时间及要求\n大赛作品报送时间为2020年3月16日至3月25日，各市科协根据名额分配表组织参赛选手进行报名。",
     "2020-03-25", None),
    ("三、材料报送\n材料提交时间：2020年4月1日—15日。", "2020-04-15", None),
    # a call's 申报 period stands open: its days are a hint (87jd-2021, hubei-2018)
    ("三、申报时间\n申报时间：2020年7月1日—7月31日", None, "2020年7月1日"),
])
def test_a_submission_window_is_due_on_its_last_day(item, deadline, hint):
    doc = parse_text(_NOTICE + item + "\n")
    last = doc.outline[-1]
    assert (last.deadline, last.time_hint) == (deadline, hint)


@pytest.mark.parametrize("lines, heading", [
    # xgnzh-2012: a PDF wrapped between a year's figures and its 年, and between a character and its gloss
    ("一、各縣市區(qū)科協(xié)準(zhǔn)備申報(bào)2013\n年“基層科普行動(dòng)計(jì)劃”的範圍見(jiàn)附件。",
     "各縣市區(qū)科協(xié)準(zhǔn)備申報(bào)2013年“基層科普行動(dòng)計(jì)劃”的範圍見(jiàn)附件"),
    ("二、在推薦候選單位過(guò)程中要注重能規(guī)範化經(jīng)營\n(yíng)、在帶動(dòng)農(nóng)民方面成效明顯的單位。",
     "在推薦候選單位過(guò)程中要注重能規(guī)範化經(jīng)營(yíng)、在帶動(dòng)農(nóng)民方面成效明顯的單位"),
])
def test_a_wrapped_heading_is_read_whole(lines, heading):
    text = "關(guān)于報(bào)送項(xiàng)目的通知\n各縣市區(qū)科協(xié):\n現將有關(guān)事項(xiàng)通知如下：\n" + lines + "\n"
    assert parse_text(text).outline[0].heading == heading


@pytest.mark.parametrize("path", [
    "1. 2.首页/ 政府信息公开 / 政策文件 / 政府文件 / 正文",  # hqbet6098-2022, de-glossed
    "1、2、首页 > 通知公告 > 正文",
])
def test_a_numbered_page_path_is_no_item(path):
    doc = parse_text(path + "\n关于印发实施方案的通知\n各镇人民政府：\n现将方案印发给你们。\n一、主要目标\n到2025年，提升素质。\n")
    assert [i.marker for i in doc.outline] == ["一、"]
