"""Template helpers of the ledger pages: labels for the fields and values a history entry shows, and lights."""

from __future__ import annotations

from django import template
from django.utils.html import format_html
from django.utils.translation import gettext, gettext_lazy as _

from ..lights import Light
from ..models import MatchState, PlanState, Rhythm, Status
from ..rhythms import period_label

register = template.Library()

FIELD_LABELS = {
    "status": _("状态"), "due_date": _("完成时限"), "requested_due": _("申请延期至"), "progress": _("进度"),
    "text": _("内容"), "percent": _("进度"), "is_typical_case": _("典型案例"), "title": _("标题"),
    "doc_number": _("发文字号"), "year": _("年度"), "default_due": _("默认完成时限"), "warning_days": _("预警工作日"),
    "state": _("状态"), "heading": _("工作任务"), "is_group": _("分组行"), "person": _("人员"), "department": _("部门"),
    "organisation": _("单位"), "organisations": _("单位"), "departments": _("部门"), "document": _("文件"),
    "note": _("说明"), "name": _("名称"), "rule": _("展开规则"), "assignment": _("交办"), "attachments": _("附件"),
    # 周期报送
    "period": _("报送期"), "rhythm": _("报送周期"), "rhythm_dates": _("报送日期"), "rhythm_offset": _("期末后工作日"),
    "rhythm_start": _("首期起始"), "rhythm_end": _("末期截止"),
    "sources": _("汇总来源"), "source_task": _("上级任务"), "units": _("转办给"),
}
VALUE_LABELS = {**dict(Status.choices), **dict(PlanState.choices), **dict(MatchState.choices),
                **{code: label for code, label in Rhythm.choices if code}}


@register.filter
def field_label(name: str) -> str:
    return FIELD_LABELS.get(name, name)


@register.filter
def value_label(value, field: str = "") -> str:
    """A stored value as the history shows it; field names the column where the value alone is not enough."""
    if value is None or value == "":
        return "—"
    if field == "period" and isinstance(value, str):
        return period_label(value)
    if value is True:
        return gettext("是")
    if value is False:
        return gettext("否")
    if isinstance(value, list):
        return gettext("、").join(str(v) for v in value) or "—"
    if isinstance(value, str) and value in VALUE_LABELS:
        return gettext(VALUE_LABELS[value])
    text = str(value)
    return text if len(text) <= 80 else text[:80] + "…"


# What each light means, said where the light is shown (its title) for those who do not know the colours.
LIGHT_MEANINGS = {Light.GREEN: _("进展正常"), Light.YELLOW: _("临近完成时限"), Light.RED: _("已逾期"),
                  Light.GRAY: _("已办结")}


@register.simple_tag
def light(code, n=None):
    """A light as a coloured dot and its name (红, 黄 …), with a count when given: the name is the text, so the
    light reads without colour and to a screen reader; the dot is decoration."""
    if not code:
        return ""
    label = gettext(Light(code).label)
    text = label if n is None else f"{label} {n}"
    return format_html('<span class="light light-{}" title="{}"><span class="dot" aria-hidden="true"></span>{}</span>',
                       code, gettext(LIGHT_MEANINGS[code]), text)
@register.simple_tag(takes_context=True)
def ledger_hook(context, place: str, **values):
    """What other apps registered for this place on the page (ledger/hooks.py); nothing when none did."""
    from .. import hooks
    return hooks.render(place, context, **values)
