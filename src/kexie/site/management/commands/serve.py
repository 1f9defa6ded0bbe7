"""`kexie serve`: the production server (gunicorn), with migrations applied and static files collected first."""

import os
import sys

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from kexie.site.uploads import remove_stale_uploads


class Command(BaseCommand):
    help = "Run kexie under gunicorn (production settings: DEBUG off)."

    def add_arguments(self, parser):
        parser.add_argument("--bind", default=os.environ.get("KEXIE_BIND", "127.0.0.1:8000"),
                            help="address:port to listen on (default 127.0.0.1:8000, or $KEXIE_BIND)")
        parser.add_argument("--workers", type=int, default=int(os.environ.get("KEXIE_WORKERS", "2")))
        parser.add_argument("--skip-migrate", action="store_true", help="do not apply migrations first")

    def handle(self, *args, bind, workers, skip_migrate, **options):
        if settings.DEBUG:
            self.stderr.write("KEXIE_DEBUG is on: debug pages would show settings and code; "
                              "serving with KEXIE_DEBUG=0 instead.")
        if not skip_migrate:
            call_command("migrate", interactive=False, verbosity=0)
        call_command("collectstatic", interactive=False, verbosity=0)
        removed = remove_stale_uploads()
        if removed:
            self.stdout.write(f"removed {removed} temporary upload files left by stopped workers")
        env = dict(os.environ, KEXIE_DEBUG="0", DJANGO_SETTINGS_MODULE="kexie.site.settings",
                   KEXIE_DATA_DIR=str(settings.DATA_DIR))
        argv = [sys.executable, "-m", "gunicorn", "kexie.site.wsgi:application", "--bind", bind,
                "--workers", str(workers), "--access-logfile", "-", "--forwarded-allow-ips",
                os.environ.get("KEXIE_FORWARDED_ALLOW_IPS", "127.0.0.1")]
        self.stdout.write(f"serving on http://{bind}/ (Ctrl-C stops)")
        sys.stdout.flush()
        # exec: gunicorn becomes this process, so signals and exit status are its own.
        os.execve(sys.executable, argv, env)
