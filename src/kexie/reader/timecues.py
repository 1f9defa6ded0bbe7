"""Time cues of an item: a deadline where the item sets one (2022年6月底前), else a softer hint (贯穿全年, 全国科普日)."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from . import patterns as P

_Y = rf"(?:(?P<y>\d{{4}}|[{P.CN_DIGITS}]{{4}})\s*年)?"
_PERIOD = (
    r"(?:(?P<m>\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月\s*(?:份)?"
    r"(?:(?P<d>\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*[日号]|(?P<part>底|末|中旬|上旬|下旬|初|中))?"
    r"|(?:第)?(?P<q>[一二三四1-4])\s*季度(?P<qend>末|底)?"
    r"|(?P<half>上半年|下半年|年底|年末|年内|年中|全年)"
    r"|(?<=年)(?P<yend>底|末))"  # 2023年底: the year's 年 is also the 年 of 年底
)
DATE_EXPR = re.compile(_Y + _PERIOD)
_MAY_HOLD_DATE = re.compile("月|季度|半年|年[底末内中]|全年")
# the hour of the day may stand between the date and its 前 (9月23日下午下班前, 8月31日17:00前, 12月14日上午12点前)
TIMES_OF_DAY = ("上午", "下午", "中午", "晚上", "晚", "下班", "上班", "工作日")
# …and the day of the week in brackets (9月13日（周二）下班之前)
_HOUR = (r"(?:(?:" + "|".join(TIMES_OF_DAY) + r")|\d{1,2}\s*[:：]\s*\d{2}(?:\s*[时点])?|\d{1,2}\s*[时点](?:\d{1,2}分|整|半)?"
         r"|[（(]\s*(?:周|星期|礼拜)[一二三四五六日天]\s*[）)])*")
# what follows a date that makes it the day something is due; 6月28日报到 (arrive), 报名, 报告 are no 报 (send in),
# and 5月24日上午8时前报到 is when a meeting's people arrive, no task's deadline
# (9月23日（周五）结束 closes a meeting, not a task)
_DEADLINE_AFTER = re.compile(r"^\s*" + _HOUR + r"\s*(前(?!后|报到)|[以之]前(?!报到)|止|截止|为止|完成|办结|报送|上报|报(?![到名告道])"
                             r"|底前|内完成)")
# 每年3月底前 is a rhythm, not one date
_RECURRING_BEFORE = re.compile(r"(每年|每季度|每半年|每月|每学期|年度|历年)\s*$")
# 到2025年 states a goal, not a deadline; 于/在/截至 a date by which something is done
_DEADLINE_BEFORE = re.compile(r"((?<![定拟])于|在|截至|截止)\s*$")  # 定于/拟于7月底举办: when the event is held
# 截至2023年6月底，全市已建成……, 截止5月底，累计培训……: a date that closes a tally says when the count was taken (a
# report's, a summary's figure), not when a task is due
_TALLY_BEFORE = re.compile(r"截[至止]\s*$")
_TALLY_AFTER = re.compile(r"[^。；;\n]{0,40}?(?:已|累计|共计|共有|总计|先后)")
# 展览于2023年5月20日开幕, 于6月28日在市科技馆举行: 于 the day an event happens, not a day by which work is due
_EVENT_AFTER = re.compile(r"\s*(?:[（(][^（）()]{0,6}[）)])?\s*(?:在[^，。；,;]{0,16}?)?"
                          r"(?:举办|举行|召开|开幕|闭幕|启动|开班|开赛|开营|揭晓|报到|开始|进行)")
# 5月20日至6月30日止, 有效期至2025年12月31日: the end of a period (an activity's, a rule's validity) is no due date;
# 6月1日至6月30日前报送 still is
_PERIOD_END_BEFORE = re.compile(r"(?:\d\s*[日号月]|[一二三四五六七八九十]\s*[日号月]|起|有效期)\s*(?:[-—–－~～]+|至|到)\s*$")
# …自通知之日起至2024年11月10日24:00时截止: a span that ends in 截止 closes a call, its end is a due date
_DUE_BEFORE_AFTER = re.compile(r"\s*" + _HOUR + r"\s*(?:前|之前|以前|截止)")
# 展览……，至6月30日止: 至……止 frames the end of a span, whatever opened it
_SPAN_TO = re.compile(r"至\s*$")
_SPAN_END = re.compile(r"\s*(?:止|为止)")
# 第一阶段：2014年4月10日前为…阶段: a phase's own date inside the item, not the item's deadline (xiaoxiaotong)
_PHASE_BEFORE = re.compile(r"第[一二三四五六七八九十\d]{1,2}阶段\s*[:：]?\s*$")

# 于2022年8月15日-9月28日期间: the first day of a period, which goes on to another date, is no deadline
_PERIOD_GOES_ON = re.compile(r"^\s*(?:[-—–－~～]|至|到)\s*(?:\d|[一二三四五六七八九十]+月)")

# 作品报送时间为2020年3月16日至3月25日: the window in which material is sent in closes on its last day, which is due
# (申报时间：7月1日—7月31日, a call's 申报/报名 period, is when it stands open: a time hint, as the corpus reads it)
_WINDOW_LABEL_BEFORE = re.compile(r"(?:报送|提交|上报|寄送)(?:时间|日期)\s*(?:为|是|[:：])?\s*$")
_WINDOW_TO = re.compile(r"\s*(?:[-—–－~～]+|至|到)\s*")


def _window_end(text: str, m: re.Match, when: dt.date) -> dt.date | None:
    """The last day of a window that opens at `m` (…3月16日至3月25日, …3月16日至25日)."""
    to = _WINDOW_TO.match(text, m.end())
    end = DATE_EXPR.match(text, to.end()) if to else None
    if end and end.group("m"):
        last = resolve(end, when.year)
    elif m.group("d"):
        days = _DAYS_SPAN_END.match(text, m.end())
        last = _day_of(when, int(days.group(1))) if days else None
    else:
        return None
    return last if last and last > when else None


# 1月8日—31日: the span's last day, written without its month
_DAYS_SPAN_END = re.compile(r"\s*(?:[-—–－~～]+|至|到)\s*(\d{1,2})\s*[日号]")


def _day_of(when: dt.date, day: int) -> dt.date | None:
    try:
        return when.replace(day=day)
    except ValueError:
        return None


TEN_DAY_SPANS = ("上旬", "中旬", "下旬")
# Soft cues: rhythms and spans that are not a date.
SOFT_CUES = ("长期坚持", "贯穿全年", "长期", "每年", "每季度", "每半年", "每月", "每周", "每学期",
             "当前和今后一个时期", "逐年", "分阶段", "全年")

# Named days of the association calendar → how to find the date in a year.
NAMED_DAYS = {
    "全国科技工作者日": (5, 30), "全国科普日": ("third-saturday", 9), "全国科技活动周": ("third-sunday-week", 5),
    "七一": (7, 1), "建党": (7, 1), "国庆": (10, 1), "五四": (5, 4), "青年节": (5, 4), "元旦": (1, 1),
    "三八": (3, 8), "妇女节": (3, 8), "植树节": (3, 12), "世界读书日": (4, 23), "六一": (6, 1), "八一": (8, 1),
    "教师节": (9, 10), "全国防灾减灾日": (5, 12), "世界环境日": (6, 5), "世界气象日": (3, 23), "世界地球日": (4, 22),
    "世界水日": (3, 22), "全民国家安全教育日": (4, 15), "全国低碳日": ("third-wednesday-week", 6),
}
_NAMED_RE = re.compile("|".join(sorted(NAMED_DAYS, key=len, reverse=True)))


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    first = dt.date(year, month, 1)
    offset = (weekday - first.weekday()) % 7
    return first + dt.timedelta(days=offset + 7 * (n - 1))


def named_day(name: str, year: int) -> dt.date:
    rule = NAMED_DAYS[name]
    if rule[0] == "third-saturday":
        return _nth_weekday(year, rule[1], 5, 3)
    if rule[0] == "third-sunday-week":  # the week that holds the third Sunday: its Monday
        return _nth_weekday(year, rule[1], 6, 3) - dt.timedelta(days=6)
    if rule[0] == "third-wednesday-week":
        return _nth_weekday(year, rule[1], 2, 3)
    return dt.date(year, rule[0], rule[1])


def resolve(m: re.Match, year: int | None) -> dt.date | None:
    """The last day a date expression allows (6月底 → 6-30, 第三季度末 → 9-30, 9月中旬 → 9-20)."""
    if m.group("y"):
        year = P.cn_digits(m.group("y"))
    if not year:
        return None
    if m.group("yend"):
        return dt.date(year, 12, 31) if m.group("y") else None
    if m.group("half"):
        return dt.date(year, 6, 30) if m.group("half") in ("上半年", "年中") else dt.date(year, 12, 31)
    if m.group("q"):
        q = P.cn_number(m.group("q"))
        return dt.date(year, q * 3, calendar.monthrange(year, q * 3)[1])
    month = P.cn_number(m.group("m"))
    if not month or not 1 <= month <= 12:
        return None
    last = calendar.monthrange(year, month)[1]
    if m.group("d"):
        day = P.cn_number(m.group("d"))
        return dt.date(year, month, day) if day and day <= last else None
    part = m.group("part")
    day = {"上旬": 10, "初": 10, "中旬": 20, "中": 20}.get(part, last)
    return dt.date(year, month, day)


def read_time(text: str, year: int | None, stated: str | None = None,
              issued: dt.date | None = None) -> tuple[str | None, str | None, list[str]]:
    """(deadline, time_hint, hint_dates) for an item's own text; `stated` is its 完成时限 if it has one.

    A date before `issued` (the document's own date) is a condition (成立未满两年), never a deadline.
    """
    if stated:
        m = DATE_EXPR.search(stated)
        when = resolve(m, year) if m else None
        if when and not _bare_month(m, stated):
            return when.isoformat(), None, []
        dates = [when.isoformat()] if when else _hint_dates(stated, year)
        return None, stated, dates
    first_date = None
    about_due = bool(_DUE_TIME_LABEL.match(text))
    for m in _date_expressions(text):
        after, before = text[m.end():m.end() + 14], text[max(0, m.start() - 4):m.start()]
        when = resolve(m, year)
        if not when or _RECURRING_BEFORE.search(before) or (issued and when < issued) \
                or _PHASE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue
        if m.group("part") in TEN_DAY_SPANS or _TALLY_BEFORE.search(before) and _TALLY_AFTER.match(text, m.end()) \
                or _PERIOD_END_BEFORE.search(text, max(0, m.start() - 8), m.start()) \
                and not _DUE_BEFORE_AFTER.match(text, m.end()) \
                or _SPAN_TO.search(before) and _SPAN_END.match(text, m.end()):
            first_date = first_date or (m, when)
            continue  # 11月中旬前 (a ten-day span names no day), 截至6月底，已……, …至6月30日止: a hint, never the deadline
        span_end = _DAYS_SPAN_END.match(text, m.end()) if m.group("d") else None
        if span_end and _DEADLINE_BEFORE.search(before) and _DEADLINE_AFTER.match(text[span_end.end():span_end.end() + 14]):
            # 须于2020年1月8日—31日完成网上申报: work done within the days of one month is due on the last of them
            last = _day_of(when, int(span_end.group(1)))
            if last and last > when:
                return last.isoformat(), None, []
        if _WINDOW_LABEL_BEFORE.search(text, max(0, m.start() - 10), m.start()) and _PERIOD_GOES_ON.match(after):
            last = _window_end(text, m, when)
            if last:
                return last.isoformat(), None, []
        if about_due and _CLOSING_LABEL_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            return when.isoformat(), None, []  # （三）申报材料截止时间：2021年4月30日。
        closing = _closes_the_call(text, m) and not about_due
        if closing and _only_the_closing_date(text, m):
            return when.isoformat(), None, []
        if (_DEADLINE_AFTER.match(after) or (_DEADLINE_BEFORE.search(before) and not _EVENT_AFTER.match(text, m.end())
                                             and (m.group("y") or _SENDS_BY.match(text, m.end())))) \
                and not closing and not _PERIOD_GOES_ON.match(after):
            return when.isoformat(), None, []
        first_date = first_date or (m, when)
    lost = _lost_month_deadline(text, year, issued)
    if lost:
        return lost, None, []
    hint = _hint(text)
    if hint:
        return None, hint, _hint_dates(hint, year)
    if first_date:
        # a date the item names without making it a deadline (9月举办, 2023年9月中下旬) is its time hint
        m, when = first_date
        tail = re.match(r"[上中下]*旬|份|前后|左右|至\d{1,2}日", text[m.end():])
        return None, text[m.start():m.end() + (tail.end() if tail else 0)], [when.isoformat()]
    return None, None, []


# a month and day whose 月 a web page lost (于520日之前, 于615日前): three or four digits and 日, read where the digits
# allow one reading only (520 is 5月20日; 112 may be 1月12日 or 11月2日, and is left alone)
_LOST_MONTH = re.compile(r"(?<![\d年月./\-])(\d{3,4})\s*[日号]")


def yearless_deadline(text: str) -> str | None:
    """推动县级于9月底前建立……: a due date whose year neither the item nor the document gives (an excerpt without its
    head): the words, for a warning, since no ISO date can be read."""
    for m in _date_expressions(text):
        cue = _DEADLINE_AFTER.match(text[m.end():m.end() + 14])
        if not m.group("y") and cue and not _RECURRING_BEFORE.search(text[max(0, m.start() - 4):m.start()]):
            return text[m.start():m.end() + cue.end()].strip()
    return None


def _lost_month_deadline(text: str, year: int | None, issued: dt.date | None) -> str | None:
    if not year or "日" not in text:
        return None
    for m in _LOST_MONTH.finditer(text):
        digits = m.group(1)
        readings = [(int(digits[:k]), int(digits[k:])) for k in (1, 2) if 1 <= len(digits) - k <= 2]
        valid = [(mo, d) for mo, d in readings if 1 <= mo <= 12 and 1 <= d <= calendar.monthrange(year, mo)[1]]
        if len(valid) != 1 or not _DEADLINE_AFTER.match(text[m.end():m.end() + 14]):
            continue
        when = dt.date(year, *valid[0])
        if not (issued and when < issued) and not _RECURRING_BEFORE.search(text[max(0, m.start() - 4):m.start()]):
            return when.isoformat()
    return None


# 申报截止时间为…, 报名…于4月28日前发送, 材料报送截止日期为…: when applications close is the document's date
# (项目申报 itself may be an item's task: 第三季度末前完成项目申报 keeps its deadline)
_CALL_WORDS = re.compile(r"(?:申报|报名|受理|征集)(?:截止|时间)|截止(?:时间|日期)为|申请人")


# 于7月18日将电子文档发送至邮箱: 于 a day, then what is to be sent by then — a due date even without a year
_SENDS_BY = re.compile(r"\s*(?:前|以前|之前)?\s*将[^。；]{0,40}?(?:发送|报送|提交|上报|寄送|送至|送交|交至|报至)")


def _only_the_closing_date(text: str, m: re.Match) -> bool:
    """An item that says nothing but when the call closes ((二)申报截止日期为1月9日) has that date as its deadline."""
    return bool(_OPENS_WITH_CLOSING.match(text[:m.start()])) and not text[m.end():].strip(" 。；;.前止")


# 一、申报时间：…, （三）申报材料截止时间：…, 四、报名时间 / 10月31日前提交: an item whose heading names when applications
# are due is about that date, so the closing date it gives is its own deadline (a call's closing date stated inside an
# item about something else, or after the items, still is not)
_DUE_TIME_LABEL = re.compile(r"^\s*[^\s，。；：:\d]{0,6}?(?:截止(?:时间|日期)|(?:申报|报名|报送|提交|推荐|受理|征集)(?:时间|日期))"
                             r"\s*(?:[:：\n]|\s|为|是|$)")
_CLOSING_LABEL_BEFORE = re.compile(r"截止(?:日期|时间)\s*(?:为|是|[:：])?\s*$")

# the item opens with the closing date itself (申报截止日期为…): not a 申报时间 heading over a period or a sentence
_OPENS_WITH_CLOSING = re.compile(r"^\s*[^\s\d，。：:]{0,4}截止(?:日期|时间)\s*(?:为|是)?\s*$")


def _closes_the_call(text: str, m: re.Match) -> bool:
    """Does the sentence around the date say when an application or registration period closes?"""
    start = max(text.rfind(p, 0, m.start()) for p in "。；\n") + 1
    ends = [i for i in (text.find(p, m.end()) for p in "。；\n") if i >= 0]
    return bool(_CALL_WORDS.search(text, start, min(ends) if ends else len(text)))


_CUE_RE = re.compile("|".join(sorted(SOFT_CUES + tuple(NAMED_DAYS), key=len, reverse=True)))


def _date_expressions(text: str):
    """DATE_EXPR's matches, looked for only around the characters every one of them has (月, 季度, 年底 …)."""
    end = 0
    for anchor in _MAY_HOLD_DATE.finditer(text):
        if anchor.start() < end:
            continue
        m = DATE_EXPR.search(text, max(end, anchor.start() - 12), anchor.end() + 8)
        if m and m.end() > end:
            end = m.end()
            yield m


def _bare_month(m: re.Match, text: str) -> bool:
    """9月 alone is a softer cue than 9月底前 or 9月15日: the spec reads it as a time hint."""
    return bool(m.group("m") and not m.group("d") and not m.group("part")
                and not _DEADLINE_AFTER.match(text[m.end():m.end() + 6]))


def _hint(text: str) -> str | None:
    """The sentence that holds the first soft cue or named day."""
    m = _CUE_RE.search(text)
    if not m:
        return None
    start = max(text.rfind(p, 0, m.start()) for p in "。；\n") + 1
    ends = [i for i in (text.find(p, m.end()) for p in "。；\n") if i >= 0]
    return text[start:min(ends) if ends else len(text)].strip(" ，,")[:120] or None


def _hint_dates(hint: str, year: int | None) -> list[str]:
    if not year or not hint:
        return []
    out = []
    for m in _NAMED_RE.finditer(hint):
        day = named_day(m.group(0), year).isoformat()
        if day not in out:
            out.append(day)
    return out
