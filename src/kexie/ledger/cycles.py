"""Reporting periods of assignments (周期报送): which period a report may answer, the slot it fills, pre-fill.

A task with a rhythm has periods (rhythms.py); a unit's report names one. The first report for a period makes
its PeriodSlot (the period's due date and when it was first sent); later ones move the slot to the latest. A
period nobody reported on has no row: 未报 and 逾期 come from the rhythm's due dates at read time.
"""

from __future__ import annotations

import datetime

from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from .errors import LedgerError
from .models import Assignment, PeriodSlot, Report
from .rhythms import Period, RhythmError, periods_of


def check_period(assignment: Assignment, key: str, today: datetime.date | None = None) -> Period:
    """The assignment's period with this key, open for reports today; else LedgerError saying why."""
    task = assignment.task
    if not task.rhythm:
        raise LedgerError(_("该任务不按周期报送，请不要选择报送期。"))
    try:
        all_periods = periods_of(task)
    except RhythmError as e:
        raise LedgerError(str(e)) from None
    period = next((p for p in all_periods if p.key == key), None)
    if period is None:
        raise LedgerError(_("“%(key)s”不是该任务的报送期，请从列出的报送期中选择。") % {"key": str(key)[:20]})
    today = today or timezone.localdate()
    if period.start > today:
        raise LedgerError(_("报送期“%(period)s”尚未开始，不能报送。") % {"period": period.label})
    return period


def fill_slot(assignment: Assignment, report: Report, period: Period) -> PeriodSlot:
    """Record the report in its period's slot (inside the caller's transaction, under the assignment's lock)."""
    slot, created = PeriodSlot.objects.get_or_create(
        assignment=assignment, period=period.key,
        defaults=dict(plan_id=assignment.plan_id, task_id=assignment.task_id,
                      organisation_id=assignment.organisation_id, due_date=period.due,
                      first_reported_at=report.created_at, report=report))
    if not created:
        PeriodSlot.objects.filter(pk=slot.pk).update(report=report, reports=F("reports") + 1)
    return slot


def previous_report(assignment: Assignment, key: str | None = None) -> Report | None:
    """The report a new one starts from: the latest of an earlier period (or, without a key, the latest)."""
    reports = Report.objects.filter(assignment=assignment)
    if key:
        reports = reports.exclude(period="").filter(period__lt=key)
    return reports.order_by("-created_at", "-id").first()
