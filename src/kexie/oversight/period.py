"""A reporting period (起止日期) read from a request: ISO dates, the end not before the start, within sane years."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.utils.translation import gettext as _

from kexie.ledger.errors import LedgerError

EARLIEST, LATEST = datetime.date(2000, 1, 1), datetime.date(2099, 12, 31)


@dataclass(frozen=True)
class Period:
    start: datetime.date
    end: datetime.date

    def as_query(self) -> str:
        return f"start={self.start.isoformat()}&end={self.end.isoformat()}"


def _date(value, label: str, default: datetime.date) -> datetime.date:
    if value in (None, ""):
        return default
    try:
        day = datetime.date.fromisoformat(str(value).strip())
    except ValueError:
        raise LedgerError(_("%(label)s“%(value)s”不是日期，请按 2022-04-13 的格式填写。")
                          % {"label": label, "value": str(value)[:20]}) from None
    if not EARLIEST <= day <= LATEST:
        raise LedgerError(_("%(label)s应在 2000 年到 2099 年之间。") % {"label": label})
    return day


def parse_period(start, end, today: datetime.date) -> Period:
    """The period from start/end (ISO); defaults: 1 January of this year to today. LedgerError when wrong."""
    period = Period(_date(start, _("开始日期"), today.replace(month=1, day=1)), _date(end, _("结束日期"), today))
    if period.end < period.start:
        raise LedgerError(_("结束日期（%(end)s）早于开始日期（%(start)s），请把结束日期改为开始日期当天或之后。")
                          % {"end": period.end.isoformat(), "start": period.start.isoformat()})
    return period
