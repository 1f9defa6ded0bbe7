"""`kexie demo`: database, sample organisations, people, users and the seed documents, then serve on 127.0.0.1."""

import os
import subprocess
import sys

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from kexie.ledger import demo as ledger_demo
from kexie.oversight import urging
from kexie.search import demo as search_demo
from kexie.search import demo_chain
from kexie.site import demo
from kexie.site.demo import data
from kexie.site.uploads import remove_stale_uploads
from kexie.volunteers import demo_activities
from kexie.workers import demo_campaigns, demo_requests
from kexie.workers.demo_register import build_demo_register


class Command(BaseCommand):
    help = "Set up the demo (database, organisations, people, sign-ins, seed documents) and serve it."

    def add_arguments(self, parser):
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--no-serve", action="store_true", help="set everything up, then stop")

    def handle(self, *args, port, no_serve, **options):
        self.stdout.write(f"data directory: {settings.DATA_DIR}")
        call_command("migrate", interactive=False, verbosity=0)
        removed = remove_stale_uploads()
        if removed:
            self.stdout.write(f"removed {removed} temporary upload files left by stopped workers")
        counts = demo.load_people_and_users()
        self.stdout.write("loaded {organisations} organisations, {people} people, {users} sign-ins".format(**counts))
        for name, outcome in demo.load_seeds():
            self.stdout.write(f"  {name}: {outcome}")
        for name, outcome in ledger_demo.build_demo_ledgers():
            self.stdout.write(f"  台账 {name}: {outcome}")
        self.stdout.write(f"  科技工作者: {build_demo_register()}")
        self.stdout.write(f"  办实事清单: {demo_requests.build()}")
        self.stdout.write(f"  推荐评选: {demo_campaigns.build_demo_campaigns()}")
        self.stdout.write(f"  催办 and notices: {urging.build_demo_urges()}")
        self.stdout.write(f"  政策链: {demo_chain.build_demo_chain()}")
        self.stdout.write(f"  科技志愿服务: {demo_activities.build()}")
        self.stdout.write(f"  检索 index: {search_demo.index_missing()}")  # last: whatever the others wrote
        url = f"http://127.0.0.1:{port}/"
        self.stdout.write("")
        self.stdout.write(self.style.SUCCESS(f"kexie demo: {url}"))
        self.stdout.write(f"sign in with one of these users, password {data.DEMO_PASSWORD}:")
        for username, org, role, _, _ in data.USERS:
            label = dict(admin="管理员", staff="经办", supervisor="督办", leader="领导")[role]
            self.stdout.write(f"  {username:<18} {org} · {label}")
        self.stdout.write(f"API token for scripts: POST {url}api/token/ with username and password; "
                          f"schema at {url}api/schema/")
        if no_serve:
            return
        # The background worker beside the web server (reminders each working morning, 催办 emails to the
        # console); it stops by itself when the server (this process, once it execs gunicorn) is gone.
        worker = subprocess.Popen([sys.executable, "-m", "kexie.cli", "worker", "--parent-pid", str(os.getpid())],
                                  env=dict(os.environ, DJANGO_SETTINGS_MODULE="kexie.site.settings",
                                           KEXIE_DATA_DIR=str(settings.DATA_DIR)))
        self.stdout.write(f"worker started (pid {worker.pid}): reminders each working morning, emails to this console")
        call_command("serve", bind=f"127.0.0.1:{port}", workers=2, skip_migrate=True)
