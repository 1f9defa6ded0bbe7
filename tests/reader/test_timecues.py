"""Time cues become dates where they are dates, and named days of the association calendar become hint dates."""

import pytest

from kexie.reader.timecues import named_day, read_time

DEADLINES = [
    ("2022年6月底前完成备案。", 2022, "2022-06-30"),
    ("年底前完成全部建设任务。", 2022, "2022-12-31"),
    ("于第三季度末前完成。", 2023, "2023-09-30"),
    # a ten-day span names no day: a soft cue since round 20 (the corpus's gold, baogaosu-2015's 11月中旬前)
    ("9月中旬前报送总结。", 2023, None),
    ("2022年10月31日前报市科协。", 2021, "2022-10-31"),
    ("上半年完成调研。", 2024, "2024-06-30"),
    ("二〇二二年十二月底前完成。", None, "2022-12-31"),
]


@pytest.mark.parametrize("text, year, deadline", DEADLINES)
def test_deadlines(text, year, deadline):
    assert read_time(text, year)[0] == deadline


def test_stated_time_limit_wins():
    assert read_time("开展宣讲。", 2022, stated="2022年6月底前")[0] == "2022-06-30"
    assert read_time("开展宣讲。", 2022, stated="长期坚持") == (None, "长期坚持", [])


def test_a_date_that_reports_an_event_is_not_a_deadline():
    assert read_time("11月3日，四川省科协召开定点帮扶乡城县工作对接会。", 2022)[0] is None


def test_soft_cues_are_hints():
    deadline, hint, _ = read_time("贯穿全年,重点结合“全国科技工作者日”等重要节日。", 2021)
    assert deadline is None and hint.startswith("贯穿全年")
    assert read_time("每位党员干部每年至少撰写发表1篇心得体会。", 2021)[1].startswith("每位党员干部每年")


def test_named_days_resolve_in_the_hint_without_a_deadline():
    deadline, hint, dates = read_time("重点结合“全国科技工作者日”、“全国科普日”和七一、国庆节开展活动。", 2021)
    assert deadline is None
    assert dates == ["2021-05-30", "2021-09-18", "2021-07-01", "2021-10-01"]


@pytest.mark.parametrize("year, day", [(2021, "2021-09-18"), (2022, "2022-09-17"), (2023, "2023-09-16")])
def test_national_science_day_is_the_third_saturday_of_september(year, day):
    assert named_day("全国科普日", year).isoformat() == day


def test_a_bare_month_is_a_hint_with_its_month_end():
    assert read_time("开展宣讲。", 2023, stated="2023年9月") == (None, "2023年9月", ["2023-09-30"])
    assert read_time("开展宣讲。", 2023, stated="9月底前")[0] == "2023-09-30"


def test_ocr_mixes_digits_into_chinese_years():
    from kexie.reader.patterns import DATE_LINE, date_parts
    assert date_parts(DATE_LINE.fullmatch("二0二二年四月十三日")) == (2022, 4, 13)
    assert date_parts(DATE_LINE.fullmatch("二O二二年四月十三日")) == (2022, 4, 13)


@pytest.mark.parametrize("text, issued, expected", [
    ("集中活动安排在5月30日前后开展。", None, (None, "5月30日前后", ["2023-05-30"])),   # 前后 is around, not before
    ("力争2023年底前开工建设县科技馆。", "2022-12-26", ("2023-12-31", None, [])),     # the written year counts
    ("2022年12月31日前成立未满两年的学会不参加本次评估。", "2023-05-16", (None, None, [])),  # a condition
    ("省科协每年3月底前发布年度申报指南。", None, (None, "省科协每年3月底前发布年度申报指南", [])),  # a rhythm
    ("于9月中下旬集中开展。", None, (None, "9月中下旬", ["2023-09-20"])),
])
def test_what_is_not_a_deadline(text, issued, expected):
    import datetime as dt
    assert read_time(text, 2023, issued=dt.date.fromisoformat(issued) if issued else None) == expected
