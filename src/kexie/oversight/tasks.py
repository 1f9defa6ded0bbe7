"""Oversight's background jobs (django-tasks, run by `kexie worker`) and the small scheduler that queues them.

`remind_task` is the reminder job (reminders.remind); `send_notices` one mail pass (queued after a 催办).
The scheduler queues the reminder once each working morning: at REMIND_AT local time on a working day
(kexie.workdays), it inserts (job, day) into ScheduledRun and queues the task in the same transaction. The
unique (job, day) means that of several workers ticking at once exactly one queues it; a worker started
after 08:00 still queues that day's run, and a day without a worker is not caught up later.
"""

from __future__ import annotations

import datetime
import logging
import os

from django.db import IntegrityError, transaction
from django.utils import timezone
from django_tasks import task

from kexie.workdays.calendar import is_workday

from . import notices, reminders
from .models import ScheduledRun

log = logging.getLogger("kexie.worker")

REMIND_JOB = "remind"


def _remind_at() -> datetime.time:
    raw = os.environ.get("KEXIE_REMIND_AT", "08:00")
    try:
        return datetime.time.fromisoformat(raw)
    except ValueError:
        log.warning("KEXIE_REMIND_AT=%r is not HH:MM; using 08:00", raw)
        return datetime.time(8, 0)


@task()
def remind_task(day: str | None = None) -> dict:
    """The reminder job for `day` (ISO; default today): notices, then their emails. Returns the counts."""
    today = datetime.date.fromisoformat(day) if day else None
    outcome = reminders.remind(today)
    return {"day": outcome.today.isoformat(), "notices": outcome.notices, "periods": outcome.periods,
            "emails": outcome.emails, "extra": outcome.extra}


@task()
def send_notices() -> dict:
    """One mail pass over the pending notices."""
    return notices.send_pending()


def schedule_due(now: datetime.datetime | None = None) -> bool:
    """Queue today's reminder if it is a working day, past REMIND_AT, and nobody queued it yet. True if this
    call queued it."""
    now = timezone.localtime(now)
    today = now.date()
    if now.time() < _remind_at() or not is_workday(today):
        return False
    if ScheduledRun.objects.filter(job=REMIND_JOB, day=today).exists():
        return False
    try:
        with transaction.atomic():
            run = ScheduledRun.objects.create(job=REMIND_JOB, day=today)
            result = remind_task.enqueue(today.isoformat())
            run.task_id = str(result.id)
            run.save(update_fields=["task_id"])
    except IntegrityError:
        return False  # another worker queued it a moment ago
    log.info("queued the reminder for %s", today)
    return True
