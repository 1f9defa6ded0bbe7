"""Rhythms (每月, 每季度末后5个工作日 …) as reporting periods with due dates, and the rhythm a time hint proposes.

A rhythm cuts a span of days into calendar periods (ISO weeks, months, quarters, halves, years) or ends one
period at each listed date. A period's report is due `offset` working days after its last day (kexie.workdays:
调休 Saturdays count, holidays do not), or on its last day when the offset is 0. Periods are computed, never
stored: a report names its period by key (2022-Q3), and cycles.py keeps a slot only for periods reported on.
"""

from __future__ import annotations

import calendar as _months
import datetime
import re
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext as _

from kexie.workdays.calendar import Calendar

from .models import Rhythm

# A span longer than this many periods is a mistake (每周 over ten years); refused rather than listed.
MAX_PERIODS = 400
RHYTHM_DATES_MAX = 60
OFFSET_MAX = 60
YEARS = (datetime.date(1900, 1, 1), datetime.date(2199, 12, 31))

@dataclass(frozen=True)
class Period:
    key: str  # 2022-W40, 2022-10, 2022-Q3, 2022-H2, 2022, 2022-06-30
    start: datetime.date
    end: datetime.date
    due: datetime.date

    @property
    def label(self) -> str:
        return period_label(self.key)


class RhythmError(ValueError):
    """A rhythm that cannot be used, with a sentence for the user."""


def period_label(key: str) -> str:
    """2022-Q3 → 2022年第三季度, as users write it (English: Q3 2022)."""
    m = re.fullmatch(r"(\d{4})(?:-(W\d{2}|\d{2}|Q[1-4]|H[12])(?:-(\d{2}))?)?", key or "")
    if not m:
        return key
    year, part, day = m.groups()
    if part is None:
        return _("%(year)s年度") % {"year": year}
    if day is not None:
        return _("%(year)s年%(month)d月%(day)d日") % {"year": year, "month": int(part), "day": int(day)}
    if part.startswith("W"):
        return _("%(year)s年第%(week)d周") % {"year": year, "week": int(part[1:])}
    if part.startswith("Q"):
        quarters = (_("%(year)s年第一季度"), _("%(year)s年第二季度"), _("%(year)s年第三季度"), _("%(year)s年第四季度"))
        return quarters[int(part[1]) - 1] % {"year": year}
    if part.startswith("H"):
        return (_("%(year)s年上半年") if part == "H1" else _("%(year)s年下半年")) % {"year": year}
    return _("%(year)s年%(month)d月") % {"year": year, "month": int(part)}


def _month_end(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, _months.monthrange(year, month)[1])


def _calendar_periods(rhythm: str, start: datetime.date, end: datetime.date):
    """(key, first day, last day) of every calendar period that overlaps start..end."""
    if rhythm == Rhythm.WEEKLY:
        day = start - datetime.timedelta(days=start.weekday())
        while day <= end:
            iso_year, week, _weekday = day.isocalendar()
            yield f"{iso_year}-W{week:02d}", day, day + datetime.timedelta(days=6)
            day += datetime.timedelta(days=7)
        return
    months = {Rhythm.MONTHLY: 1, Rhythm.QUARTERLY: 3, Rhythm.HALF_YEARLY: 6, Rhythm.YEARLY: 12}[rhythm]
    year, month = start.year, (start.month - 1) // months * months + 1
    while datetime.date(year, month, 1) <= end:
        last_month = month + months - 1
        if rhythm == Rhythm.MONTHLY:
            key = f"{year}-{month:02d}"
        elif rhythm == Rhythm.QUARTERLY:
            key = f"{year}-Q{(month - 1) // 3 + 1}"
        elif rhythm == Rhythm.HALF_YEARLY:
            key = f"{year}-H{(month - 1) // 6 + 1}"
        else:
            key = f"{year}"
        yield key, datetime.date(year, month, 1), _month_end(year, last_month)
        month += months
        if month > 12:
            year, month = year + 1, month - 12


def periods(rhythm: str, start: datetime.date, end: datetime.date, *, offset: int = 0, dates=(),
            calendar: Calendar | None = None) -> list[Period]:
    """The reporting periods of a rhythm over start..end (both included), in order, each with its due date.

    Calendar rhythms give every period that overlaps the span, whole (the quarter of a plan published in August
    is still 2022-Q3, 7月1日–9月30日). Rhythm.DATES gives one period per listed date inside the span, from the day
    after the previous date. Raises RhythmError for a rhythm that yields no period or too many.
    """
    if rhythm not in Rhythm.values or rhythm == Rhythm.NONE:
        raise RhythmError(_("未知的报送周期。"))
    if not 0 <= offset <= OFFSET_MAX:
        raise RhythmError(_("期末后工作日应为 0 到 %(max)d 之间的整数。") % {"max": OFFSET_MAX})
    if end < start:
        raise RhythmError(_("报送周期的截止日期早于起始日期，没有报送期：请检查起止日期。"))
    if start < YEARS[0] or end > YEARS[1]:  # also keeps the date arithmetic below year 9999
        raise RhythmError(_("报送周期的起止日期应在 %(first)d 年至 %(last)d 年之间。") % {
            "first": YEARS[0].year, "last": YEARS[1].year})
    if rhythm == Rhythm.DATES:
        days = sorted({d for d in dates if start <= d <= end})
        if not days:
            raise RhythmError(_("按指定日期报送，但%(start)s至%(end)s之间没有报送日期：请填写此期间内的日期。")
                              % {"start": chinese_date(start), "end": chinese_date(end)})
        spans = []
        first = start
        for day in days:
            spans.append((day.isoformat(), first, day))
            first = day + datetime.timedelta(days=1)
    else:
        spans = []
        for span in _calendar_periods(rhythm, start, end):
            spans.append(span)
            if len(spans) > MAX_PERIODS:
                break
    if len(spans) > MAX_PERIODS:
        raise RhythmError(_("报送期超过 %(max)d 个：请缩短起止日期或放宽报送周期。") % {"max": MAX_PERIODS})
    if offset:
        calendar = calendar or Calendar(spans[0][2], spans[-1][2] + datetime.timedelta(days=3 * offset + 30))
    return [Period(key, first, last, calendar.add_workdays(last, offset) if offset else last)
            for key, first, last in spans]


def chinese_date(day: datetime.date) -> str:
    return _("%(year)d年%(month)d月%(day)d日") % {"year": day.year, "month": day.month, "day": day.day}


def parse_dates(values) -> list[datetime.date]:
    """The listed dates of Rhythm.DATES from ISO strings (the form's and the API's), else RhythmError."""
    if not isinstance(values, (list, tuple)):
        raise RhythmError(_("报送日期应为日期列表。"))
    if len(values) > RHYTHM_DATES_MAX:
        raise RhythmError(_("报送日期最多 %(max)d 个。") % {"max": RHYTHM_DATES_MAX})
    out = []
    for value in values:
        if isinstance(value, datetime.date):
            out.append(value)
            continue
        try:
            out.append(datetime.date.fromisoformat(str(value).strip()))
        except ValueError:
            raise RhythmError(_("报送日期“%(value)s”不是有效日期（例如 2022-06-30）。") % {"value": str(value)[:20]})
    return sorted(set(out))


# What proposes each rhythm, most specific first: (rhythm, in a time hint, in an item's heading or text).
# A hint is about time, so a loose word in it is enough; 贯穿全年, 长期 and 常态化 name no rhythm of their own, but
# offices report such work quarterly, so that is proposed, for a person to confirm in the draft. A heading and text
# speak of much else (长期扎根基层, 持续深化, 及时推出成果): there only a reporting phrase counts — 每季度报送,
# 每年至少撰写1篇, 及时向省科协报告 (the seeds' 及时总结报送, reported quarterly), or work of 当前和今后一个时期.
# 季度末后5个工作日 keeps its offset.
_REPORTS = r"(?:报送|报告|上报|报表|总结)"
PROPOSALS: tuple[tuple[str, str, str], ...] = (
    (Rhythm.WEEKLY, r"每周|每星期|按周|周报", rf"每周.{{0,8}}{_REPORTS}|周报"),
    (Rhythm.MONTHLY, r"每月|按月|月度|每个月|月报", rf"每月.{{0,8}}{_REPORTS}|月报"),
    (Rhythm.QUARTERLY, r"每季度?|按季度?|季度|季报", rf"每季度?.{{0,8}}{_REPORTS}|季报|季度末"),
    (Rhythm.HALF_YEARLY, r"每半年|半年度?", rf"每半年.{{0,8}}{_REPORTS}|半年报"),
    (Rhythm.YEARLY, r"每年|年度|每一年|年底前?报送|年终|年报",
     rf"每年至少|每年.{{0,8}}{_REPORTS}|年度.{{0,4}}{_REPORTS}|年底前.{{0,10}}{_REPORTS}|年报"),
    (Rhythm.QUARTERLY, r"贯穿全年|全年|长期|常态化|持续",
     rf"及时.{{0,10}}{_REPORTS}|定期.{{0,10}}{_REPORTS}|当前和今后一(?:个|段)时期|常态化开展"),
)
_OFFSET = re.compile(r"(?:后|之后|结束后)(\d{1,2}|[一二三四五六七八九十]{1,2})个?工作日")
_NUMERALS = {c: i for i, c in enumerate("零一二三四五六七八九十")}


def _small_number(text: str) -> int:
    if text.isdigit():
        return int(text)
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + _NUMERALS[text[1]]
    if text.endswith("十"):
        return _NUMERALS[text[0]] * 10
    return _NUMERALS[text[0]]


def propose(time_hint: str, text: str = "") -> tuple[str, int]:
    """(rhythm, offset) a task's time hint, else its heading and text, propose; (Rhythm.NONE, 0) when none does."""
    for column, source in ((1, time_hint or ""), (2, text or "")):
        for row in PROPOSALS:
            if re.search(row[column], source):
                m = _OFFSET.search(source)
                return row[0], min(_small_number(m.group(1)), OFFSET_MAX) if m else 0
    return Rhythm.NONE, 0


def span_of(task) -> tuple[datetime.date, datetime.date]:
    """The days a task's periods cover: rhythm_start..rhythm_end. The start defaults to the day the plan was
    published (a draft: the first day of its year), since nobody can report on a period that ended before the work
    was sent down — the period the plan was published in is still whole (2022年4月13日 → 2022年第二季度). The end
    defaults to the task's due date, else the last day of the plan's year. A plan recorded after its span was over
    (an old plan entered for the record) keeps the whole span."""
    plan = task.plan
    start = task.rhythm_start or datetime.date(plan.year, 1, 1)
    end = task.rhythm_end or task.effective_due or datetime.date(plan.year, 12, 31)
    published = timezone.localdate(plan.published_at) if plan.published_at else None
    if not task.rhythm_start and published and published <= end:
        start = max(start, published)
    return start, end


def periods_of(task, calendar: Calendar | None = None) -> list[Period]:
    """The task's reporting periods ([] without a rhythm); RhythmError if its rhythm yields none."""
    if not task.rhythm:
        return []
    start, end = span_of(task)
    return periods(task.rhythm, start, end, offset=task.rhythm_offset,
                   dates=parse_dates(task.rhythm_dates or []), calendar=calendar)


def period_of(task, key: str) -> Period | None:
    """The task's period with that key, or None."""
    try:
        return next((p for p in periods_of(task) if p.key == key), None)
    except RhythmError:
        return None


def current(all_periods: list[Period], today: datetime.date) -> Period | None:
    """The period a unit reports on now: the first whose due date is not past, else the last."""
    return next((p for p in all_periods if p.due >= today), all_periods[-1] if all_periods else None)
