"""The demo's recurring reports (周期报送): the 广东 plan's 总结报送 task reported quarterly, some periods on time,
some late, some overdue — dates relative to today, like the rest of the demo.

Other demo tasks the draft gave a rhythm (贯穿全年 → 每季度) would count their periods from their documents' years
(2021, 2022): they start with this year instead, so their pages show this year's periods, not four years of 逾期.
"""

from __future__ import annotations

import datetime

from django.utils import timezone

from . import services, task_rhythms
from .cycles import safe_periods
from .models import Assignment, PeriodSlot, Plan, PlanState, Rhythm, Task

GUANGDONG = "guangdong-2022-30-work-plan.txt"
OFFSET = 5  # 每季度末后5个工作日
TEXTS = ("本季度组织专题学习{n}次，覆盖会员和科技工作者{m}人次，形成典型案例{k}个，已在官网专栏刊发。",
         "本季度开展集中宣讲{n}场，报送专题报告{k}篇，下一步将结合全国科普日继续推进。")


def _quarter_start(day: datetime.date, back: int = 0) -> datetime.date:
    month = (day.month - 1) // 3 * 3 + 1 - 3 * back
    year = day.year + (month - 1) // 12
    return datetime.date(year, (month - 1) % 12 + 1, 1)


def fill_cycles(today: datetime.date) -> tuple[str, str]:
    """Give the 广东 plan's 总结报送 task a quarterly rhythm from four quarters back and report on it."""
    from .demo import _actor  # demo.py calls this module

    plan = Plan.objects.filter(document__filename=GUANGDONG, state=PlanState.PUBLISHED).first()
    task = next((t for t in plan.tasks.filter(is_group=False).select_related("plan").order_by("order")
                 if "总结" in t.heading and "报送" in t.heading), None) if plan else None
    if task is None:
        return "周期报送", "no 广东 总结报送 task"
    if PeriodSlot.objects.filter(task=task).exists():
        return "周期报送", "already reported"
    issuer = _actor(plan.organisation)
    for other in Task.objects.filter(plan__state=PlanState.PUBLISHED, is_group=False).exclude(rhythm="")\
            .exclude(pk=task.pk).select_related("plan"):
        task_rhythms.set_rhythm(other, _actor(other.plan.organisation), rhythm=other.rhythm, offset=other.rhythm_offset,
                                dates=other.rhythm_dates, start=datetime.date(today.year, 1, 1), end=other.rhythm_end)
    task_rhythms.set_rhythm(task, issuer, rhythm=Rhythm.QUARTERLY, offset=OFFSET, start=_quarter_start(today, 4),
                            end=_quarter_start(today, -2) - datetime.timedelta(days=1))
    periods = [p for p in safe_periods(task) if p.due < today]
    units = list(Assignment.objects.filter(task=task, status__in=services.REPORTABLE)
                 .select_related("plan", "task", "organisation").order_by("id")[:8])
    now = timezone.now()
    n = 0
    for i, a in enumerate(units):
        for j, period in enumerate(periods):
            # Every unit's first quarters reported, on time or a week late; the last ones left open for some (逾期).
            if (i + j) % 4 == 3 or (j == len(periods) - 1 and i % 2):
                continue
            late = (i + j) % 3 == 2
            day = period.due + datetime.timedelta(days=7) if late else period.due - datetime.timedelta(days=2)
            if day >= today:
                continue
            text = TEXTS[(i + j) % 2].format(n=2 + i % 3, m=120 + 15 * j, k=1 + j % 2)
            services.submit_report(a, _actor(a.organisation), text=text, percent=min(100, 20 + 15 * j),
                                   created_at=now - datetime.timedelta(days=(today - day).days), period=period.key)
            n += 1
    return "周期报送", f"{task.marker}{task.heading[:20]} quarterly, {n} period reports"
