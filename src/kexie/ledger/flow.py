"""The status flow of an assignment (design.md), as one table: who may take which step from where.

交办 → 签收 → 办理中 → 申请办结 → 办结, with 退回 (the issuer sends a completion request back) and
延期申请 → 同意/不同意 (the issuer answers; the assignment goes back to where it was, with the new date
when agreed). 逾期 is a light computed by oversight, never a status.

"assignee" means an editor (管理员/经办) of the organisation the assignment is given to; "issuer" an
editor of the organisation that issued the plan. Nobody acts for another organisation, not even a parent:
a parent sees its subtree but edits only what it issued or was given.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import models


class Status(models.TextChoices):
    """The status of an assignment; the flow below is the only way between them."""

    ASSIGNED = "assigned", "交办"
    ACCEPTED = "accepted", "签收"
    IN_PROGRESS = "in_progress", "办理中"
    COMPLETION_REQUESTED = "completion_requested", "申请办结"
    CLOSED = "closed", "办结"
    RETURNED = "returned", "退回"
    EXTENSION_REQUESTED = "extension_requested", "延期申请"


ASSIGNEE = "assignee"
ISSUER = "issuer"


@dataclass(frozen=True)
class Step:
    action: str
    label: str
    sources: tuple[str, ...]
    target: str | None  # None: back to the status before the extension was asked
    who: str
    reason_required: bool = False
    date_required: bool = False


OPEN_FOR_WORK = (Status.ACCEPTED, Status.IN_PROGRESS, Status.RETURNED)

STEPS: dict[str, Step] = {s.action: s for s in [
    Step("accept", "签收", (Status.ASSIGNED,), Status.ACCEPTED, ASSIGNEE),
    Step("start", "开始办理", (Status.ACCEPTED, Status.RETURNED), Status.IN_PROGRESS, ASSIGNEE),
    Step("request_completion", "申请办结", OPEN_FOR_WORK, Status.COMPLETION_REQUESTED, ASSIGNEE),
    Step("close", "办结", (Status.COMPLETION_REQUESTED,), Status.CLOSED, ISSUER),
    Step("return", "退回", (Status.COMPLETION_REQUESTED,), Status.RETURNED, ISSUER, reason_required=True),
    Step("request_extension", "延期申请", (Status.ASSIGNED, *OPEN_FOR_WORK), Status.EXTENSION_REQUESTED, ASSIGNEE,
         reason_required=True, date_required=True),
    Step("approve_extension", "同意延期", (Status.EXTENSION_REQUESTED,), None, ISSUER),
    Step("reject_extension", "不同意延期", (Status.EXTENSION_REQUESTED,), None, ISSUER, reason_required=True),
]}

# Labels of every action the audit log records for the ledger, for history pages.
ACTION_LABELS = {
    **{a: s.label for a, s in STEPS.items()},
    "create": "建立", "update": "修改", "publish": "下发", "assign": "交办", "report": "报送",
    "confirm": "确认", "create_record": "新建并确认", "ignore": "忽略", "file": "备案", "delete": "删除",
    "set_rhythm": "设置报送周期",
    "relay": "转办", "map": "对应上级任务", "reopen": "重新办理",
}


def steps_from(status: str) -> list[Step]:
    return [s for s in STEPS.values() if status in s.sources]
