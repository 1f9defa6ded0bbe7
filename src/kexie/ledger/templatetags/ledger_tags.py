"""Template helpers of the ledger pages: labels for the fields and values a history entry shows."""

from __future__ import annotations

from django import template

from ..models import MatchState, PlanState, Status

register = template.Library()

FIELD_LABELS = {
    "status": "状态", "due_date": "完成时限", "requested_due": "申请延期至", "progress": "进度", "text": "内容",
    "percent": "进度", "is_typical_case": "典型案例", "title": "标题", "doc_number": "发文字号", "year": "年度",
    "default_due": "默认完成时限", "warning_days": "预警工作日", "state": "状态", "heading": "工作任务",
    "is_group": "分组行", "person": "人员", "department": "部门", "organisation": "单位",
    "organisations": "单位", "departments": "部门", "document": "文件", "note": "说明", "name": "名称",
    "rule": "展开规则", "assignment": "交办", "attachments": "附件",
}
VALUE_LABELS = {**dict(Status.choices), **dict(PlanState.choices), **dict(MatchState.choices)}


@register.filter
def field_label(name: str) -> str:
    return FIELD_LABELS.get(name, name)


@register.filter
def value_label(value) -> str:
    if value is None or value == "":
        return "—"
    if value is True:
        return "是"
    if value is False:
        return "否"
    if isinstance(value, list):
        return "、".join(str(v) for v in value) or "—"
    if isinstance(value, str) and value in VALUE_LABELS:
        return VALUE_LABELS[value]
    text = str(value)
    return text if len(text) <= 80 else text[:80] + "…"
