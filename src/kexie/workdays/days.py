"""Reading days an administrator enters: a date, 放假 or 上班, a note — from the page's form or an xlsx file.

Both go through `read_day`, so 2027年1月1日, 2027-01-01, 2027/1/1 and an Excel date mean the same, and 休, 放假,
班, 上班, 工作日 … the same two kinds. A bad row of a file is named by its row number; the whole file is refused
then (changes.apply_days never writes half of one).
"""

from __future__ import annotations

import datetime
import io
import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from kexie.validation import check_text

from .models import DayOverride

# The years a day may fall in: a typo (20227, 1027) is refused rather than stored.
YEARS = (2000, 2100)
HOLIDAY_WORDS = {"休", "放假", "假", "休息", "休假", "节假日", "假日", "法定节假日", "holiday", "off"}
WORKDAY_WORDS = {"班", "上班", "工作日", "补班", "调休上班", "调班", "workday", "work"}
KINDS = {"holiday": False, "workday": True}
NAME_MAX = DayOverride._meta.get_field("name").max_length
# How far down a sheet the header row may be (a title line and a blank line often come first), and how many
# rows one file may hold (a year has ~40 changed days; a mistaken file is not read to its millionth row).
HEADER_ROWS = 10
MAX_ROWS = 1000
DATE_COLUMNS = {"日期", "date"}
KIND_COLUMNS = {"类型", "类别", "休/班", "休班", "放假/上班", "状态", "type", "kind"}
NAME_COLUMNS = {"说明", "名称", "节日", "备注", "name", "note"}
_DATE_TEXT = re.compile(r"^\s*(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?\s*$")


class CalendarError(Exception):
    """Input that cannot be used as it is: str(error) says what is wrong and what to do (one sentence)."""

    status = 400


class FileRefused(CalendarError):
    """A file with bad rows: .errors names each row; nothing of it is written."""

    def __init__(self, errors: list[str]):
        super().__init__(errors[0] if errors else "")
        self.errors = errors


@dataclass(frozen=True)
class Day:
    date: datetime.date
    is_workday: bool
    name: str = ""

    def as_json(self) -> dict:
        return {"date": self.date.isoformat(), "is_workday": self.is_workday, "name": self.name}


def read_date(value) -> datetime.date:
    """A date from an Excel cell or text (2027-01-01, 2027年1月1日, 2027/1/1)."""
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        day = value
    else:
        match = _DATE_TEXT.match(str(value or ""))
        if not match:
            raise CalendarError(_("日期“%(value)s”无法识别，请写成 2027-01-01 或 2027年1月1日。")
                                % {"value": str(value or "")[:30]})
        try:
            day = datetime.date(*(int(g) for g in match.groups()))
        except ValueError:
            raise CalendarError(_("日期“%(value)s”不存在，请检查月和日。") % {"value": str(value)[:30]}) from None
    if not YEARS[0] <= day.year <= YEARS[1]:
        raise CalendarError(_("日期“%(value)s”的年份应在 %(first)d 到 %(last)d 之间。")
                            % {"value": str(value)[:30], "first": YEARS[0], "last": YEARS[1]})
    return day


def read_kind(value) -> bool:
    """True for a working day (班, 上班, 工作日 …), False for a day off (休, 放假 …)."""
    text = str(value or "").strip()
    if text in KINDS:
        return KINDS[text]
    word = text.lower()
    if word in WORKDAY_WORDS:
        return True
    if word in HOLIDAY_WORDS:
        return False
    raise CalendarError(_("类型“%(value)s”无法识别，请填“放假”（休）或“上班”（班）。") % {"value": text[:30]})


def read_day(date, kind, name="") -> Day:
    try:
        name = check_text(str(name or "").strip(), max_length=NAME_MAX, label=_("说明"))
    except ValidationError as e:
        raise CalendarError(e.messages[0]) from None
    return Day(read_date(date), read_kind(kind), name)


def read_year(value) -> int | None:
    """A year from a query or form value, None when it is not one in YEARS."""
    text = str(value or "").strip()
    if not text.isdigit() or len(text) != 4:
        return None
    year = int(text)
    return year if YEARS[0] <= year <= YEARS[1] else None


def _header(rows) -> tuple[int, dict[str, int]] | None:
    """(index of the header row, column name → position) among the first HEADER_ROWS rows."""
    for i, row in enumerate(rows[:HEADER_ROWS]):
        cells = [str(c or "").strip().lower() for c in row]
        found = {}
        for key, names in (("date", DATE_COLUMNS), ("kind", KIND_COLUMNS), ("name", NAME_COLUMNS)):
            found[key] = next((j for j, c in enumerate(cells) if c in names), None)
        if found["date"] is not None and found["kind"] is not None:
            return i, found
    return None


def read_xlsx(data: bytes, filename: str = "") -> list[Day]:
    """The days of the file's first sheet; FileRefused naming every bad row, or CalendarError for a file that
    is not a readable xlsx or has no header."""
    label = filename or _("文件")
    if not data.startswith(b"PK"):
        raise CalendarError(_("“%(file)s”不是 xlsx 文件，请在 Excel 中另存为 .xlsx 后再导入。") % {"file": label})
    from openpyxl import load_workbook
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheet = book.worksheets[0]
        rows = []
        for row in sheet.iter_rows(values_only=True):
            rows.append(list(row))
            if len(rows) > MAX_ROWS + HEADER_ROWS:
                raise CalendarError(_("“%(file)s”超过 %(n)d 行，请只保留需要调整的日期。") % {"file": label, "n": MAX_ROWS})
    except CalendarError:
        raise
    except Exception:  # openpyxl raises many kinds of errors for a damaged file
        raise CalendarError(_("“%(file)s”已损坏或不是 xlsx 文件，请在 Excel 中另存为 .xlsx 后再导入。")
                            % {"file": label}) from None
    found = _header(rows)
    if found is None:
        raise CalendarError(_("“%(file)s”中没有找到含“日期”和“类型”两列的表头，请在前几行加上表头。") % {"file": label})
    start, columns = found
    days, errors, seen = [], [], {}

    def cell(row, key):
        j = columns[key]
        return row[j] if j is not None and j < len(row) else None

    for i, row in enumerate(rows[start + 1:], start=start + 2):
        if all(c in (None, "") for c in row):
            continue
        try:
            day = read_day(cell(row, "date"), cell(row, "kind"), cell(row, "name") or "")
        except CalendarError as e:
            errors.append(_("第 %(row)d 行：%(error)s") % {"row": i, "error": e})
            continue
        if day.date in seen:
            errors.append(_("第 %(row)d 行：日期 %(date)s 与第 %(first)d 行重复。")
                          % {"row": i, "date": day.date.isoformat(), "first": seen[day.date]})
            continue
        seen[day.date] = i
        days.append(day)
    if errors:
        raise FileRefused(errors)
    if not days:
        raise CalendarError(_("“%(file)s”的表头下没有日期，请填写后再导入。") % {"file": label})
    return days


def days_from_json(items) -> list[Day]:
    """The previewed days sent back by the confirmation form: read again like any input."""
    if not isinstance(items, list) or not items or len(items) > MAX_ROWS:
        raise CalendarError(_("导入的内容无效，请重新选择文件。"))
    days = []
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("is_workday"), bool):
            raise CalendarError(_("导入的内容无效，请重新选择文件。"))
        days.append(read_day(item.get("date"), "workday" if item["is_workday"] else "holiday", item.get("name", "")))
    if len({d.date for d in days}) != len(days):
        raise CalendarError(_("导入的内容无效，请重新选择文件。"))
    return days
