"""Bench of the 台账 xlsx export at national scale on PostgreSQL: a 40-task plan sent to 2,800 counties.

    KEXIE_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres .venv/bin/python bench/ledger_export.py --keep
    KEXIE_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres .venv/bin/python bench/ledger_export.py --reuse

Works in its own database (kexie_bench_export): a copy (CREATE DATABASE … TEMPLATE) of bench/matrix.py's kept
kexie_bench_matrix when there is one — the `kexie synth` tree with a national plan of 40 tasks (112,000
assignments) and its reports — else generated the way bench/matrix.py does. --keep leaves it; --reuse benches it
again. Times the export of the synth plan as the national body (112,000 rows on sheet 2), as a province and as a
county, through the view (/office/ledger/<id>.xlsx) and through `kexie ledger-export`, printing the time, the
queries, the file's size and the process's peak memory.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kexie.site.settings")
os.environ.setdefault("KEXIE_DATA_DIR", tempfile.mkdtemp(prefix="kexie-bench-export-"))

import django  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
import matrix  # noqa: E402  (generates the dataset when there is no kept one to copy)
import benchdb  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", action="store_true", help="leave the bench database for the next run")
    parser.add_argument("--reuse", action="store_true", help="bench the kept database instead of making it")
    parser.add_argument("--database", default="kexie_bench_export")
    parser.add_argument("--template", default="kexie_bench_matrix", help="a kept dataset to copy, when it exists")
    args = parser.parse_args()
    if not benchdb.require_postgres():
        return 2
    django.setup()
    db = benchdb.OwnDatabase(args.database, reuse=args.reuse, keep=args.keep, template=args.template)
    if not db.open():
        return 2
    try:
        if not (args.reuse or db.copied):
            matrix.generate(1)
        return bench(args.runs)
    finally:
        db.close()


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench(runs: int) -> int:
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from kexie.ledger.models import Assignment, Plan, Report
    from kexie.orgs.models import Level

    plan = (Plan.objects.filter(organisation__level=Level.NATIONAL).exclude(title=matrix.TITLE)
            .order_by("id").first())
    n = Assignment.objects.filter(plan=plan).count()
    print(f"plan {plan.pk} ({plan.tasks.count()} tasks) sent to "
          f"{Assignment.objects.filter(plan=plan).values('organisation_id').distinct().count():,} units: "
          f"{n:,} assignments, {Report.objects.filter(assignment__plan=plan).count():,} reports; p50 of {runs} runs")
    users = get_user_model().objects
    print(f"{'':<34} {'p50':>8} {'max':>8} {'queries':>8} {'bytes':>12} {'peak MB':>8}")
    for label, who in (("as the national body (all rows)", "national-staff"), ("as a province", "p01-staff"),
                       ("as a county", users.filter(username__endswith="-staff", membership__organisation__level=
                                                    Level.COUNTY).order_by("id").values_list("username", flat=True)
                        .first())):
        client = Client()
        client.force_login(users.get(username=who))
        url = f"/office/ledger/{plan.pk}.xlsx"
        timings = []
        for _ in range(runs):
            start = time.perf_counter()
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url)
            timings.append(time.perf_counter() - start)
            assert response.status_code == 200, (url, response.status_code)
        print(f"{label:<34} {statistics.median(timings) * 1000:6.0f}ms {max(timings) * 1000:6.0f}ms "
              f"{len(queries):>8} {len(response.content):>12,} {_peak_mb():>8.0f}")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "台账.xlsx"
        start = time.perf_counter()
        call_command("ledger-export", str(plan.pk), str(path), stdout=open(os.devnull, "w"))
        print(f"{'kexie ledger-export (all rows)':<34} {(time.perf_counter() - start) * 1000:6.0f}ms {'':>8} "
              f"{'':>8} {path.stat().st_size:>12,} {_peak_mb():>8.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
