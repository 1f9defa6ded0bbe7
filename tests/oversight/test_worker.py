"""The worker: the morning's reminder queued once (per working day, past the hour, whoever ticks), the queued
jobs run by `kexie worker`, and — on PostgreSQL, with real processes — two reminder runs or two workers at once
write each notice once and send each email once."""

from __future__ import annotations

import datetime
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core import mail
from django.db import connection
from django.utils import timezone

from kexie.ledger.models import Assignment, Task
from kexie.orgs.services import upsert_user
from kexie.oversight import tasks
from kexie.oversight.models import EmailState, Notice, ScheduledRun
from kexie.workdays.calendar import is_workday
from oversight_helpers import notice_world

TODAY = datetime.date(2026, 6, 10)  # a Wednesday
D = datetime.timedelta


def _at(day: datetime.date, hour: int, minute: int = 0) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


@pytest.mark.django_db
def test_the_reminder_is_queued_once_each_working_morning(data_dir):
    from django_tasks_db.models import DBTaskResult
    assert is_workday(TODAY)
    assert tasks.schedule_due(_at(TODAY, 7, 59)) is False
    assert tasks.schedule_due(_at(TODAY, 8, 0)) is True
    assert tasks.schedule_due(_at(TODAY, 8, 1)) is False
    assert tasks.schedule_due(_at(TODAY, 15, 0)) is False
    holiday = next(TODAY + D(days=i) for i in range(1, 10) if not is_workday(TODAY + D(days=i)))
    assert tasks.schedule_due(_at(holiday, 9)) is False
    assert list(ScheduledRun.objects.values_list("job", "day")) == [("remind", TODAY)]
    queued = DBTaskResult.objects.get()
    assert queued.task_path.endswith("remind_task") and queued.args_kwargs["args"] == [TODAY.isoformat()]


@pytest.mark.django_db
def test_the_worker_runs_the_queued_reminder(data_dir, monkeypatch):
    from django.core.management import call_command
    # The worker closes "old" connections between jobs; inside the test's transaction that would be the test's.
    monkeypatch.setattr("django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None)
    w = notice_world()
    Assignment.objects.filter(pk=w.assignments["甲一县科协"].pk).update(due_date=TODAY - D(days=1))
    tasks.remind_task.enqueue(TODAY.isoformat())
    call_command("worker", "--batch", "--no-schedule", "--interval", "0")
    assert list(Notice.objects.values_list("recipient__username", "kind")) == [("county1", "overdue")]
    assert len(mail.outbox) == 1


# --- real processes on PostgreSQL ----------------------------------------------------------------------------

def _process_env(tmp_path: Path) -> dict:
    from django.conf import settings
    db = connection.settings_dict
    url = f"postgres://{db['USER']}:{db['PASSWORD'] or ''}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
    outbox = tmp_path / "outbox"
    outbox.mkdir(exist_ok=True)
    return dict(os.environ, KEXIE_DATABASE_URL=url, KEXIE_DATA_DIR=str(tmp_path / "data"),
                DJANGO_SETTINGS_MODULE="kexie.site.settings", KEXIE_SECRET_KEY=settings.SECRET_KEY,
                KEXIE_EMAIL_BACKEND="django.core.mail.backends.filebased.EmailBackend",
                KEXIE_EMAIL_FILE_PATH=str(outbox))


def _run_together(commands: list[list[str]], env: dict) -> None:
    procs = [subprocess.Popen([sys.executable, "-m", "kexie.cli", *c], env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for c in commands]
    for p in procs:
        out, err = p.communicate(timeout=180)
        assert p.returncode == 0, err[-3000:]


def _recipients_emailed(tmp_path: Path) -> list[str]:
    """The To: of every email the processes wrote (the file backend: one file per connection)."""
    to = []
    for f in (tmp_path / "outbox").iterdir():
        to += [line[4:].strip() for line in f.read_text().splitlines() if line.startswith("To: ")]
    return to


@pytest.fixture
def crowd(transactional_db, data_dir):
    """The small world with 30 editors in each county and 10 overdue tasks: 600 notices for 60 people."""
    if connection.vendor != "postgresql":
        pytest.skip("concurrent worker processes need PostgreSQL (SQLite serialises writers)")
    from django.contrib.auth.hashers import make_password
    w = notice_world()
    pw = make_password(None)
    for county in ("甲一县科协", "甲二县科协"):
        for i in range(29):
            u = upsert_user(f"{county}-editor{i}", w.orgs[county], "staff", password_hash=pw)[0]
            u.email = f"{county}-editor{i}@example.org"
            u.save(update_fields=["email"])
    for i in range(9):
        t = Task.objects.create(plan=w.plan, outline_id=str(i + 2), heading=f"任务{i}", order=i + 1)
        for county in ("甲一县科协", "甲二县科协"):
            Assignment.objects.create(task=t, plan=w.plan, organisation=w.orgs[county], due_date=TODAY - D(days=2))
    Assignment.objects.filter(plan=w.plan).update(due_date=TODAY - D(days=2))
    return w


def test_two_reminder_runs_at_once_notify_and_email_once(crowd, tmp_path):
    env = _process_env(tmp_path)
    _run_together([["remind", "--date", TODAY.isoformat()]] * 2, env)
    assert Notice.objects.count() == 600
    assert Notice.objects.filter(email_state=EmailState.SENT).count() == 600
    to = _recipients_emailed(tmp_path)
    assert len(to) == 60 and len(set(to)) == 60  # one email each, nobody twice
    # and a third run (the next morning) adds and sends nothing
    _run_together([["remind", "--date", (TODAY + D(days=1)).isoformat()]], env)
    assert Notice.objects.count() == 600 and len(_recipients_emailed(tmp_path)) == 60


def test_two_workers_send_each_email_once(crowd, tmp_path):
    from kexie.oversight import reminders
    reminders.remind(TODAY, send=False)
    assert Notice.objects.filter(email_state=EmailState.PENDING).count() == 600
    for _ in range(4):
        tasks.send_notices.enqueue()
    env = _process_env(tmp_path)
    _run_together([["worker", "--batch", "--no-schedule", "--interval", "0"]] * 2, env)
    assert not Notice.objects.filter(email_state=EmailState.PENDING).exists()
    to = _recipients_emailed(tmp_path)
    assert len(to) == 60 and len(set(to)) == 60
