"""Template filters used on every page: dates written the Chinese way (2022年4月13日), or 13 April 2022 in English."""

from __future__ import annotations

import datetime

from django import template
from django.utils import dateformat, timezone
from django.utils.translation import get_language

register = template.Library()


@register.filter
def cn_date(value) -> str:
    """2022-04-13, a date or a datetime → 2022年4月13日 (a datetime in the local time zone)."""
    if value in (None, ""):
        return ""
    if isinstance(value, str):
        try:
            value = datetime.date.fromisoformat(value[:10])
        except ValueError:
            return value
    english = (get_language() or "").startswith("en")
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        if english:
            return dateformat.format(value, "j F Y H:i")
        return f"{value.year}年{value.month}月{value.day}日 {value:%H:%M}"
    if english:
        return dateformat.format(value, "j F Y")
    return f"{value.year}年{value.month}月{value.day}日"


@register.filter
def filesize(num) -> str:
    """Bytes in KB/MB, short."""
    try:
        num = int(num)
    except (TypeError, ValueError):
        return ""
    if num < 1024:
        return f"{num} B"
    if num < 1024 * 1024:
        return f"{num / 1024:.1f} KB"
    return f"{num / 1024 / 1024:.1f} MB"
