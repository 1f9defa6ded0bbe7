"""Bench of the 督办 pages at national scale: dashboards, ranking, bulletin, inbox and a national ledger table.

    KEXIE_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres .venv/bin/python bench/oversight.py
    .venv/bin/python bench/oversight.py --sqlite

PostgreSQL: benches a copy (--database, default kexie_bench_oversight) of the national dataset that
bench/national.py keeps (--template, default kexie_bench_national; made with `bench/national.py --keep`), made
with CREATE DATABASE … TEMPLATE when missing (--fresh-copy remakes it), so the kept dataset is only read and this
branch's migrations (the subtree counts are filled by one) run on the copy. --sqlite generates `kexie synth --scale
0.1` (~100,000 assignments) into a temporary SQLite file instead. Each page is requested in process with Django's
test client: the median of --runs (default 5) after one warm-up, and the query count.
Targets (issue 12): each page under 300 ms median at 1,000,000 assignments on PostgreSQL, under 1 s at 100,000 on
SQLite.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kexie.site.settings")

import benchdb  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sqlite", action="store_true", help="generate ~100,000 assignments into SQLite instead")
    parser.add_argument("--scale", type=float, default=0.1, help="--sqlite: share of the national size")
    parser.add_argument("--database", default="kexie_bench_oversight", help="PostgreSQL: the copy benched")
    parser.add_argument("--template", default="kexie_bench_national", help="PostgreSQL: the kept dataset copied")
    parser.add_argument("--fresh-copy", action="store_true", help="PostgreSQL: remake the copy from the template")
    args = parser.parse_args()
    if args.sqlite:
        os.environ.pop("KEXIE_DATABASE_URL", None)
        os.environ["KEXIE_DATA_DIR"] = tempfile.mkdtemp(prefix="kexie-bench-oversight-")
    elif not benchdb.require_postgres(alternative="--sqlite"):
        return 2
    else:
        os.environ.setdefault("KEXIE_DATA_DIR", tempfile.mkdtemp(prefix="kexie-bench-oversight-"))
    import django
    django.setup()
    from django.core.management import call_command
    from django.db import connection

    benchdb.bench_settings()
    if args.sqlite:
        from kexie.site import synth
        call_command("migrate", interactive=False, verbosity=0)
        start = time.perf_counter()
        totals = synth.generate(plans=9, scale=args.scale, password="bench", out=lambda line: None)
        print(f"SQLite: generated in {time.perf_counter() - start:.0f} s: "
              + ", ".join(f"{k} {v:,}" for k, v in totals.counts.items()))
        limit = 1.0
    else:
        # The copy is kept between runs (the template is only read); --fresh-copy makes it again.
        db = benchdb.OwnDatabase(args.database, keep=True, template=args.template, template_required=True)
        db.reuse = not args.fresh_copy and db.exists()
        if not db.open():
            return 2
        limit = 0.3
    try:
        return bench(args.runs, limit)
    finally:
        connection.close()


def measure(client, url: str, runs: int) -> tuple[float, int]:
    """(median seconds, queries) of GET url; the first request warms up and is not counted."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        client.get(url)
        timings.append(time.perf_counter() - start)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return statistics.median(timings), len(queries)


def bench(runs: int, limit: float) -> int:
    from django.contrib.auth import get_user_model
    from django.test import Client

    from kexie.ledger.models import Assignment, Plan
    from kexie.orgs.models import Kind, Level, Organisation

    User = get_user_model()
    national = Organisation.objects.get(level=Level.NATIONAL, kind=Kind.ASSOCIATION)
    plan = Plan.objects.filter(organisation=national).order_by("id").first()
    users = {name: User.objects.get(username=name) for name in ("national-staff", "p01-staff", "x0001-staff")}
    clients = {}
    for name, user in users.items():
        clients[name] = Client()
        clients[name].force_login(user)
    counties = Organisation.objects.filter(level=Level.COUNTY, kind=Kind.ASSOCIATION).count()
    print(f"{Assignment.objects.count():,} assignments, {counties:,} counties; median of {runs} runs")
    nat = national.pk
    pages = [
        ("national dashboard", "national-staff", "/oversight/"),
        ("  its overdue list (red)", "national-staff", f"/oversight/{nat}/assignments/?light=red"),
        ("  its API", "national-staff", "/api/oversight/"),
        ("province dashboard", "p01-staff", "/oversight/"),
        ("county dashboard", "x0001-staff", "/oversight/"),
        ("county inbox", "x0001-staff", "/ledger/inbox/"),
        ("national ranking", "national-staff", f"/oversight/{nat}/rankings/"),
        ("bulletin page, national", "national-staff", f"/oversight/{nat}/bulletin/"),
        (f"ledger table, plan to {counties:,} counties", "national-staff", f"/ledger/{plan.pk}/"),
    ]
    slow = 0
    print(f"{'page':<40} {'median':>9} {'queries':>8}")
    for label, who, url in pages:
        median, nq = measure(clients[who], url, runs)
        slow += median >= limit
        print(f"{label:<40} {median * 1000:7.0f}ms {nq:>8}{'' if median < limit else f'   > {limit * 1000:.0f} ms'}")
    slow += bench_reminders(runs, limit)
    print("OK" if not slow else f"{slow} SLOWER THAN TARGET")
    return 0 if not slow else 1


def bench_reminders(runs: int, limit: float) -> int:
    """The reminder job: a dry run (counting what it would write), and one whole run — every 临期/逾期 notice of
    the day written from none (the first morning) and every email composed and handed to an in-memory mail
    backend — inside a transaction that is rolled back, so the dataset stays as it was."""
    from django.conf import settings
    from django.core.management import call_command
    from django.db import transaction

    from kexie.oversight import reminders
    from kexie.oversight.models import Notice

    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        call_command("remind", "--dry-run", verbosity=0, stdout=io.StringIO())
        timings.append(time.perf_counter() - start)
    print(f"{'reminder run (--dry-run)':<40} {statistics.median(timings) * 1000:7.0f}ms")
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

    class RolledBack(Exception):
        pass

    try:
        with transaction.atomic():
            Notice.objects.all().delete()
            start = time.perf_counter()
            outcome = reminders.remind()
            seconds = time.perf_counter() - start
            raise RolledBack
    except RolledBack:
        pass
    written = sum(outcome.notices.values())
    print(f"{'reminder run, first of the day':<40} {seconds * 1000:7.0f}ms   ({written:,} notices, "
          f"emails {outcome.emails}; rolled back)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
