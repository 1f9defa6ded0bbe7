"""Checking what a person typed, at the edge, the same way for pages, API and services.

Lengths, ranges and NUL characters are refused here so that SQLite and PostgreSQL store the same data;
each refusal is one Chinese sentence saying what was wrong.
"""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from kexie.orgs.access import parse_pk
from kexie.validation import check_text

from .errors import LedgerError

WARNING_DAYS_MAX = 60


def clean_text(value, label: str, max_length: int | None = None, *, required: bool = False) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise LedgerError(_("%(label)s应为文字。") % {"label": label})
    try:
        value = check_text(value.strip(), max_length=max_length, label=label)
    except ValidationError as e:
        raise LedgerError(e.messages[0]) from None
    if required and not value:
        raise LedgerError(_("请填写%(label)s。") % {"label": label})
    return value


def parse_date(value) -> datetime.date | None:
    """An ISO date (2022-04-13), or None for empty; anything else is refused."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise LedgerError(_("日期格式应为 2022-04-13。"))


def parse_ids(values) -> list[int]:
    """A list of object ids; a string, a null or an object in it (or instead of it) is refused."""
    if not isinstance(values, (list, tuple)):
        raise LedgerError(_("应为编号列表。"))
    ids = [parse_pk(v) for v in values]
    if any(i is None for i in ids):
        raise LedgerError(_("编号应为正整数。"))
    return ids


def parse_warning_days(value) -> int | None:
    if value in (None, ""):
        return None
    n = parse_pk(value) if not isinstance(value, int) or isinstance(value, bool) else value
    if n is None or not 0 <= n <= WARNING_DAYS_MAX:
        raise LedgerError(_("预警工作日应为 0 到 %(max)d 的整数。") % {"max": WARNING_DAYS_MAX})
    return n
