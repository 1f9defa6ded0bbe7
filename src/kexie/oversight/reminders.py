"""The reminder job: 临期 (黄) and 逾期 (红) notices to each open assignment's editors, written in SQL in bulk.

Candidates are picked by the ledger's one light rule (kexie.ledger.lights.Clock.q), joined to the editors
(管理员, 经办) of the organisation that answers for the assignment — the unit, or for a department the issuer —
and inserted with INSERT … SELECT … ON CONFLICT DO NOTHING: one statement per kind, whatever the number of
assignments. The event key holds the due date, so a daily run repeats nothing while an agreed extension (a new
date) gives a fresh notice when the new date comes near. Emails follow (notices.send_pending).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db import connection, transaction
from django.db.models import CharField, DateField, Exists, F, OuterRef, Value
from django.db.models.functions import Cast, Concat
from django.utils import timezone

from kexie.ledger.cycles import period_light, safe_periods
from kexie.ledger.flow import Status
from kexie.ledger.lights import Clock, Light
from kexie.ledger.models import Assignment, PeriodSlot, PlanState, Task
from kexie.orgs.models import EDITOR_ROLES
from kexie.workdays.calendar import Calendar

from . import notices
from .models import EmailState, Notice, NoticeKind

# Which light makes which notice.
KINDS = {NoticeKind.DUE_SOON: Light.YELLOW, NoticeKind.OVERDUE: Light.RED}
COLUMNS = ("recipient_id", "kind", "assignment_id", "plan_id", "due_date", "text", "event_key", "created_at",
           "email_state")


@dataclass
class Outcome:
    today: datetime.date
    dry_run: bool
    notices: dict[str, int] = field(default_factory=dict)
    periods: dict[str, int] = field(default_factory=dict)  # the reporting periods' notices
    emails: dict[str, int] = field(default_factory=dict)
    extra: dict[str, dict] = field(default_factory=dict)  # the registered jobs' counts


# Jobs of the apps above oversight (a register's overdue contacts), run by each reminder run after the ledger's:
# name → job(today, dry_run=...) → {kind: notices}. Registered in their AppConfig.ready; oversight imports none.
EXTRA_JOBS: dict = {}


def register_job(name: str, job) -> None:
    EXTRA_JOBS[name] = job


def candidates(clock: Clock, kind: str, now):
    """(recipient, kind, assignment, plan, due date, text, event key, created, email state) rows, one per
    assignment of the kind's light and editor of its organisation, not notified of this event yet."""
    key = Concat(Value(f"{kind}:"), Cast("id", CharField()), Value(":"), Cast("due_date", CharField()),
                 output_field=CharField())
    return _to_editors(Assignment.objects.filter(clock.q(KINDS[kind]), due_date__isnull=False), kind, now, key=key,
                       due=F("due_date"), text="")


def _to_editors(assignments, kind: str, now, *, key, due, text: str):
    """The notice rows of the assignments for the editors of each one's organisation, not notified of key yet."""
    already = Notice.objects.filter(recipient_id=OuterRef("n_recipient"), event_key=OuterRef("n_key"))
    return (assignments
            .filter(organisation__memberships__role__in=EDITOR_ROLES,
                    organisation__memberships__user__is_active=True)
            .annotate(n_recipient=F("organisation__memberships__user_id"), n_kind=Value(kind),
                      n_assignment=F("id"), n_plan=F("plan_id"), n_due=due, n_text=Value(text),
                      n_key=key, n_created=Value(now), n_state=Value(EmailState.PENDING.value))
            .filter(~Exists(already))
            .order_by()
            .values_list("n_recipient", "n_kind", "n_assignment", "n_plan", "n_due", "n_text", "n_key", "n_created",
                         "n_state"))


def insert_select(qs, columns=COLUMNS) -> int:
    """INSERT INTO notice (columns) <qs> ON CONFLICT (recipient, event_key) DO NOTHING; the rows inserted.
    The same statement on PostgreSQL and SQLite (whose parser needs the SELECT's WHERE, which qs has)."""
    sql, params = qs.query.sql_with_params()
    table = Notice._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f"INSERT INTO {table} ({', '.join(columns)}) {sql} "
                       f"ON CONFLICT (recipient_id, event_key) DO NOTHING", params)
        return cursor.rowcount


def create_notices(today: datetime.date | None = None, *, dry_run: bool = False) -> dict[str, int]:
    """Write the day's 临期 and 逾期 notices (or, dry, count what would be written): kind → rows."""
    clock = Clock.at(today)
    now = timezone.now()
    out = {}
    for kind in KINDS:
        qs = candidates(clock, kind, now)
        out[kind.value] = qs.count() if dry_run else insert_select(qs)
    return out


# --- reporting periods (周期报送) --------------------------------------------------------------------------------
# A task with a rhythm owes a report per period. Its due periods are computed in Python (rhythm tasks are few), then
# one INSERT … SELECT per task writes the notices of all its open assignments × those periods that have no
# PeriodSlot: a UNION ALL of one SELECT per (period, kind). The event key names the period, so each (assignment,
# period, kind) is notified once.

def _period_candidates(task, period, kind: str, now):
    key = Concat(Value(f"period:{kind}:"), Cast("id", CharField()), Value(f":{period.key}"), output_field=CharField())
    reported = PeriodSlot.objects.filter(assignment_id=OuterRef("id"), period=period.key)
    assignments = Assignment.objects.filter(task_id=task.pk).exclude(status=Status.CLOSED).filter(~Exists(reported))
    return _to_editors(assignments, kind, now, key=key, due=Value(period.due, DateField()), text=period.key)


def due_periods(task, clock: Clock, calendar=None) -> list[tuple[object, str]]:
    """(period, notice kind) of a rhythm task today: due within its plan's warning window (临期) or past due (逾期)."""
    out = []
    for period in safe_periods(task, calendar):
        light = period_light(clock, period.due, False, task.plan.warning_days)
        kind = next((k for k, lit in KINDS.items() if lit == light), None)
        if kind is not None:
            out.append((period, kind))
    return out


def create_period_notices(today: datetime.date | None = None, *, dry_run: bool = False) -> dict[str, int]:
    """Write the day's notices of unreported periods: kind → rows (one statement per rhythm task with any due)."""
    clock = Clock.at(today)
    calendar = Calendar.around(clock.today)
    now = timezone.now()
    out = {f"period_{kind.value}": 0 for kind in KINDS}
    tasks = (Task.objects.filter(plan__state=PlanState.PUBLISHED, is_group=False).exclude(rhythm="")
             .select_related("plan"))
    for task in tasks:
        due = due_periods(task, clock, calendar)
        if not due:
            continue
        parts = [_period_candidates(task, period, kind, now) for period, kind in due]
        qs = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
        if dry_run:
            for period, kind in due:
                out[f"period_{kind.value}"] += _period_candidates(task, period, kind, now).count()
        else:
            for row in _inserted_kinds(qs):
                out[f"period_{row}"] += 1
    return out


def _inserted_kinds(qs):
    """Insert the rows; the kinds of those inserted (RETURNING works on PostgreSQL and SQLite ≥ 3.35). Bounded by
    what is new: each (assignment, period, kind) is inserted once, ever."""
    sql, params = qs.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"INSERT INTO {Notice._meta.db_table} ({', '.join(COLUMNS)}) {sql} "
                       f"ON CONFLICT (recipient_id, event_key) DO NOTHING RETURNING kind", params)
        return [kind for (kind,) in cursor.fetchall()]


def remind(today: datetime.date | None = None, *, dry_run: bool = False, send: bool = True) -> Outcome:
    """The job: notices for `today` (default: the local date), then the pending emails."""
    today = today or timezone.localdate()
    outcome = Outcome(today, dry_run)
    with transaction.atomic():
        outcome.notices = create_notices(today, dry_run=dry_run)
        outcome.periods = create_period_notices(today, dry_run=dry_run)
        outcome.extra = {name: job(today, dry_run=dry_run) for name, job in EXTRA_JOBS.items()}
    if dry_run:
        outcome.emails = {"pending": Notice.objects.filter(email_state=EmailState.PENDING).count()}
    elif send:
        outcome.emails = notices.send_pending()
    return outcome
