"""`kexie worker`: run the background jobs (django-tasks-db's worker) and queue the reminder each working morning.

Several workers may run against one PostgreSQL: each task runs once (the queue claims it), the morning's
reminder is queued once (tasks.schedule_due), and each email is sent once (notices.send_pending).
"""

import logging
import os
import threading

from django.core.management.base import BaseCommand
from django.db import close_old_connections, connection
from django.utils.crypto import get_random_string
from django_tasks_db.management.commands.db_worker import Worker

from kexie.oversight import tasks

log = logging.getLogger("kexie.worker")


def _scheduler(every: float, parent: int | None, stop: threading.Event) -> None:
    while not stop.is_set():
        try:
            close_old_connections()
            tasks.schedule_due()
        except Exception:  # noqa: BLE001 - a failed tick is retried at the next one
            log.exception("scheduler tick failed")
        finally:
            connection.close()
        if parent and os.getppid() != parent:
            # Started beside the web server (kexie demo) and that server is gone: stop too.
            os._exit(0)
        stop.wait(every)


class Command(BaseCommand):
    help = "Run queued background jobs and queue the reminder every working morning (KEXIE_REMIND_AT, 08:00)."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=1.0, help="seconds between polls of the queue")
        parser.add_argument("--tick", type=float, default=60.0, help="seconds between scheduler checks")
        parser.add_argument("--batch", action="store_true", help="run what is queued (after one scheduler check), then stop")
        parser.add_argument("--no-schedule", action="store_true", help="only run queued jobs")
        parser.add_argument("--parent-pid", type=int, default=None, help="stop when this process (the web server) is gone")

    def handle(self, *args, interval, tick, batch, no_schedule, parent_pid, **options):
        logging.getLogger("kexie.worker").setLevel(logging.INFO)
        stop = threading.Event()
        if not no_schedule:
            if batch:
                tasks.schedule_due()
            else:
                threading.Thread(target=_scheduler, args=(tick, parent_pid, stop), daemon=True,
                                 name="kexie-scheduler").start()
        worker = Worker(queue_names=["*"], interval=interval, batch=batch, backend_name="default",
                        startup_delay=not batch, max_tasks=None, worker_id=get_random_string(32),
                        excluded_queue_names=[])
        self.stdout.write("kexie worker: running queued jobs" + ("" if no_schedule else
                          f"; reminder queued each working day at {tasks._remind_at():%H:%M}"))
        self.stdout.flush()
        if not batch:
            worker.configure_signals()
        try:
            worker.run()
        finally:
            stop.set()
