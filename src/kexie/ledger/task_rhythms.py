"""Setting a task's rhythm (周期报送): the draft's proposal confirmed or edited, or a published task's rhythm changed.

One write path for the review page, the task page and the API: only the issuer's editors, the rhythm checked by
computing its periods (rhythms.RhythmError → LedgerError with its sentence, nothing written), the change audited.
Reports already sent keep their period keys; a period the new rhythm no longer has simply drops off the lists.
"""

from __future__ import annotations

import datetime

from django.db import transaction
from django.utils.translation import gettext as _

from .access import require_issuer
from .errors import LedgerError
from .journal import record
from .models import Rhythm, Task
from .rhythms import OFFSET_MAX, RhythmError, parse_dates, periods_of

FIELDS = ("rhythm", "rhythm_dates", "rhythm_offset", "rhythm_start", "rhythm_end")


def _offset(value) -> int:
    try:
        offset = int(value) if not isinstance(value, bool) and str(value).strip() != "" else 0
    except (TypeError, ValueError, OverflowError):
        offset = -1
    if not 0 <= offset <= OFFSET_MAX:
        raise LedgerError(_("期末后工作日应为 0 到 %(max)d 之间的整数。") % {"max": OFFSET_MAX})
    return offset


def _date(value, label: str) -> datetime.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value).strip())
    except ValueError:
        raise LedgerError(_("%(field)s“%(value)s”不是有效日期（例如 2022-06-30）。") % {
            "field": label, "value": str(value)[:20]}) from None


@transaction.atomic
def set_rhythm(task: Task, user, *, rhythm: str, dates=(), offset=0, start=None, end=None) -> Task:
    """Give the task a rhythm (Rhythm.NONE removes it); dates for Rhythm.DATES (ISO strings or dates), offset in
    working days after each period's end, start/end the span (None: the plan's year start, the task's due)."""
    require_issuer(user, task.plan)
    if task.is_group:
        raise LedgerError(_("分组行不交办，不能设置报送周期。"))
    if rhythm not in Rhythm.values:
        raise LedgerError(_("未知的报送周期。"))
    before = task.snapshot()
    try:
        task.rhythm_dates = [d.isoformat() for d in parse_dates(list(dates or []))] if rhythm == Rhythm.DATES else []
    except RhythmError as e:
        raise LedgerError(str(e)) from None
    task.rhythm = rhythm
    task.rhythm_offset = _offset(offset) if rhythm else 0
    task.rhythm_start = _date(start, _("首期起始")) if rhythm else None
    task.rhythm_end = _date(end, _("末期截止")) if rhythm else None
    try:
        periods_of(task)  # the check: a rhythm that yields no period, or too many, is refused here
    except RhythmError as e:
        task.refresh_from_db(fields=FIELDS)
        raise LedgerError(str(e)) from None
    if task.snapshot() != before:
        task.save(update_fields=FIELDS)
        record(task, "set_rhythm", user, before=before)
    return task
