"""Reporting periods of assignments (周期报送): which period a report may answer, the slot it fills, pre-fill.

A task with a rhythm has periods (rhythms.py); a unit's report names one. The first report for a period makes
its PeriodSlot (the period's due date and when it was first sent); later ones move the slot to the latest. A
period nobody reported on has no row: 未报 and 逾期 come from the rhythm's due dates at read time.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from kexie.workdays.calendar import Calendar

from .errors import LedgerError
from .flow import Status
from .lights import Clock, Light
from .models import Assignment, PeriodSlot, Report
from .rhythms import Period, RhythmError, current, periods_of, span_of


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


# --- reading an assignment's periods (the assignment page, the report form, the inbox) --------------------------

class PeriodState:
    """What a period of an assignment looks like today (labels translated where shown, site/vocabulary.py)."""

    ON_TIME = "on_time", "已报"
    LATE = "late", "迟报"
    OPEN = "open", "未报"
    OVERDUE = "overdue", "逾期"
    NOT_STARTED = "not_started", "未开始"
    # Begun after the assignment was closed (办结): nothing is owed for it.
    NOT_REQUIRED = "not_required", "无需报送"


def period_light(clock: Clock, due: datetime.date, reported: bool, warning_days: int) -> Light:
    """A period's light by the ledger's one rule (lights.Clock): 灰 reported, 红 past due and unreported, 黄 due
    within the plan's warning window, 绿 otherwise."""
    return clock.light(Status.CLOSED if reported else Status.IN_PROGRESS, due, warning_days)


@dataclass
class PeriodRow:
    period: Period
    slot: PeriodSlot | None
    state: tuple[str, str]
    light: Light


def _row(period: Period, slot: PeriodSlot | None, clock: Clock, warning_days: int,
         closed_on: datetime.date | None = None) -> PeriodRow:
    if slot is not None:
        state = PeriodState.ON_TIME if slot.on_time else PeriodState.LATE
    elif closed_on is not None and period.start > closed_on:
        return PeriodRow(period, None, PeriodState.NOT_REQUIRED, Light.GRAY)
    elif period.start > clock.today:
        state = PeriodState.NOT_STARTED
    else:
        state = PeriodState.OVERDUE if period.due < clock.today else PeriodState.OPEN
    return PeriodRow(period, slot, state, period_light(clock, period.due, slot is not None, warning_days))


def safe_periods(task, calendar=None) -> list[Period]:
    """The task's periods, or [] when its rhythm yields none (a due date moved before its start): pages show the
    task without periods rather than fail."""
    try:
        return periods_of(task, calendar)
    except RhythmError:
        return []


def period_rows(assignment: Assignment, clock: Clock) -> list[PeriodRow]:
    """Every period of the assignment with its slot, state and light: the slots in one query, whatever their
    number."""
    all_periods = safe_periods(assignment.task)
    if not all_periods:
        return []
    slots = {s.period: s for s in PeriodSlot.objects.filter(assignment=assignment).select_related("report")}
    closed_on = timezone.localdate(assignment.closed_at) if assignment.status == Status.CLOSED and \
        assignment.closed_at else None
    return [_row(p, slots.get(p.key), clock, assignment.plan.warning_days, closed_on) for p in all_periods]


def open_period(rows: list[PeriodRow], today: datetime.date) -> PeriodRow | None:
    """The period a unit reports on next: the first started one not reported yet, else the current one."""
    started = [r for r in rows if r.period.start <= today]
    return next((r for r in started if r.slot is None), None) or next(
        (r for r in rows if r.period == current([r.period for r in rows], today)), None)


def with_next_period(assignments, clock: Clock) -> None:
    """Set a.next_period (a PeriodRow, or None) on each assignment of a page whose task has a rhythm: its next
    unreported period — overdue ones first — and that period's light. The periods per task (a page holds few
    tasks), the slots of the page in one query."""
    rhythmic = [a for a in assignments if a.task.rhythm]
    for a in assignments:
        a.next_period = None
    if not rhythmic:
        return
    by_task = {}
    # One calendar for the page's tasks, covering every span and the working days after its end: one query.
    spans = [span_of(a.task) for a in rhythmic]
    calendar = Calendar(min(s for s, _e in spans), max(e for _s, e in spans) + datetime.timedelta(days=130))
    for a in rhythmic:
        if a.task_id not in by_task:
            by_task[a.task_id] = [p for p in safe_periods(a.task, calendar) if p.start <= clock.today]
    reported = set(PeriodSlot.objects.filter(assignment__in=[a.pk for a in rhythmic])
                   .values_list("assignment_id", "period"))
    for a in rhythmic:
        period = next((p for p in by_task[a.task_id] if (a.pk, p.key) not in reported), None)
        if period is not None:
            a.next_period = _row(period, None, clock, a.plan.warning_days)
