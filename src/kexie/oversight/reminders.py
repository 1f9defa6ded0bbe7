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
from django.db.models import CharField, Exists, F, OuterRef, Value
from django.db.models.functions import Cast, Concat
from django.utils import timezone

from kexie.ledger.lights import Clock, Light
from kexie.ledger.models import Assignment
from kexie.orgs.models import EDITOR_ROLES

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
    emails: dict[str, int] = field(default_factory=dict)


def candidates(clock: Clock, kind: str, now):
    """(recipient, kind, assignment, plan, due date, text, event key, created, email state) rows, one per
    assignment of the kind's light and editor of its organisation, not notified of this event yet."""
    key = Concat(Value(f"{kind}:"), Cast("id", CharField()), Value(":"), Cast("due_date", CharField()),
                 output_field=CharField())
    already = Notice.objects.filter(recipient_id=OuterRef("n_recipient"), event_key=OuterRef("n_key"))
    return (Assignment.objects.filter(clock.q(KINDS[kind]), due_date__isnull=False)
            .filter(organisation__memberships__role__in=EDITOR_ROLES,
                    organisation__memberships__user__is_active=True)
            .annotate(n_recipient=F("organisation__memberships__user_id"), n_kind=Value(kind),
                      n_assignment=F("id"), n_plan=F("plan_id"), n_due=F("due_date"), n_text=Value(""),
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


def remind(today: datetime.date | None = None, *, dry_run: bool = False, send: bool = True) -> Outcome:
    """The job: notices for `today` (default: the local date), then the pending emails."""
    today = today or timezone.localdate()
    outcome = Outcome(today, dry_run)
    with transaction.atomic():
        outcome.notices = create_notices(today, dry_run=dry_run)
    if dry_run:
        outcome.emails = {"pending": Notice.objects.filter(email_state=EmailState.PENDING).count()}
    elif send:
        outcome.emails = notices.send_pending()
    return outcome
