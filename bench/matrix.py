"""Bench of the reporting matrix (报送情况表) at national scale on PostgreSQL: page, filtered page, API and xlsx.

    KEXIE_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres .venv/bin/python bench/matrix.py --keep
    KEXIE_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres .venv/bin/python bench/matrix.py --reuse

Generates into its own database (kexie_bench_matrix, next to the one named): the `kexie synth` tree (2,800 counties)
with --plans national plans of 40 tasks (default 1: 112,000 assignments beside the matrix's), then a national plan
of one quarterly task (4 periods of this year) and one without a rhythm sent to every county, and its reports
written in bulk with their period slots: 60% of the units for Q1 and Q2, 30% for Q3, a tenth of them late.
--keep leaves the database; --reuse benches it again without generating. Each URL is requested in process with
Django's test client: p50 and max of --runs after one warm-up, and the query count.
Target (issue 13): the page under 300 ms.
"""

from __future__ import annotations

import argparse
import datetime
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kexie.site.settings")
os.environ.setdefault("KEXIE_DATA_DIR", tempfile.mkdtemp(prefix="kexie-bench-matrix-"))

import django  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
import benchdb  # noqa: E402

TITLE = "全国科协系统季度报送工作安排"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plans", type=int, default=1, help="synth plans of 40 tasks beside the matrix's")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--keep", action="store_true", help="leave the bench database for the next run")
    parser.add_argument("--reuse", action="store_true", help="bench the kept database instead of generating")
    parser.add_argument("--database", default="kexie_bench_matrix")
    args = parser.parse_args()
    if not benchdb.require_postgres():
        return 2
    django.setup()
    db = benchdb.OwnDatabase(args.database, reuse=args.reuse, keep=args.keep)
    if not db.open():
        return 2
    try:
        if not args.reuse:
            generate(args.plans)
        return bench(args.runs)
    finally:
        db.close()


def generate(plans: int) -> None:
    from django.contrib.auth import get_user_model
    from django.db import connection, transaction
    from django.utils import timezone

    from kexie.ledger import services
    from kexie.ledger.models import (Assignment, MatchState, PeriodSlot, Plan, PlanRecipient, Report, Rhythm,
                                     Task)
    from kexie.ledger.rhythms import periods_of
    from kexie.orgs.models import Kind, Level, Organisation
    from kexie.site import synth

    start = time.perf_counter()
    totals = synth.generate(plans=plans, scale=1.0, password="bench", out=lambda line: None)
    print(f"synth in {time.perf_counter() - start:.0f} s: " + ", ".join(f"{k} {v:,}" for k, v in totals.counts.items()))
    start = time.perf_counter()
    national_org = Organisation.objects.get(level=Level.NATIONAL, kind=Kind.ASSOCIATION)
    counties = list(Organisation.objects.filter(level=Level.COUNTY, kind=Kind.ASSOCIATION).values_list("pk", flat=True))
    staff = get_user_model().objects.get(username="national-staff")
    year = timezone.localdate().year
    with transaction.atomic():
        plan = Plan.objects.create(organisation=national_org, title=TITLE, doc_number=f"科协发〔{year}〕99号", year=year,
                                   default_due=datetime.date(year, 12, 31))
        # Reported on from the year's first quarter (a plan published today would owe only this quarter onward).
        task = Task.objects.create(plan=plan, outline_id="1", marker="1.", heading="按季度报送科普工作进展", order=0,
                                   rhythm=Rhythm.QUARTERLY, rhythm_start=datetime.date(year, 1, 1))
        Task.objects.create(plan=plan, outline_id="2", marker="2.", heading="年度总结", order=1)
        recipient = PlanRecipient.objects.create(plan=plan, name="各县（市、区）科协", rule="bench",
                                                 state=MatchState.CONFIRMED)
        through = PlanRecipient.organisations.through
        through.objects.bulk_create([through(planrecipient_id=recipient.pk, organisation_id=c) for c in counties])
        services.publish(plan, staff)
        periods = periods_of(task)
        assignments = list(Assignment.objects.filter(task=task).order_by("id").values_list("id", "organisation_id"))
        share = {0: 0.6, 1: 0.6, 2: 0.3}
        n = 0
        for q, period in enumerate(periods[:3]):
            chosen = assignments[: int(len(assignments) * share[q])]
            reports = []
            for i, (pk, _org) in enumerate(chosen):
                late = i % 10 == 0
                day = period.due + datetime.timedelta(days=3) if late else period.due - datetime.timedelta(days=5)
                when = timezone.make_aware(datetime.datetime.combine(day, datetime.time(10)))
                reports.append(Report(assignment_id=pk, text=f"{period.label}进展", percent=25 * (q + 1),
                                      created_at=when, period=period.key))
            Report.objects.bulk_create(reports, batch_size=2000)
            PeriodSlot.objects.bulk_create([
                PeriodSlot(assignment_id=pk, plan_id=plan.pk, task_id=task.pk, organisation_id=org,
                           period=period.key, due_date=period.due, first_reported_at=r.created_at, report=r)
                for (pk, org), r in zip(chosen, reports)], batch_size=2000)
            n += len(reports)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    print(f"matrix plan: {len(assignments):,} units × {len(periods)} periods, {n:,} reports and slots, "
          f"in {time.perf_counter() - start:.1f} s")


def measure(client, url: str, runs: int) -> tuple[float, float, int, int]:
    """(p50 s, max s, queries, bytes) of GET url; the first request warms up and is not timed."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    assert client.get(url).status_code == 200, url
    timings = [_seconds(client.get, url) for _ in range(runs)]
    with CaptureQueriesContext(connection) as queries:
        size = len(client.get(url).content)
    return statistics.median(timings), max(timings), len(queries), size


def _seconds(call, *args) -> float:
    start = time.perf_counter()
    call(*args)
    return time.perf_counter() - start


def bench(runs: int) -> int:
    from django.contrib.auth import get_user_model
    from django.test import Client

    from kexie.ledger.models import Assignment, PeriodSlot, Plan

    plan = Plan.objects.get(title=TITLE)
    # A database kept before rhythms began at the publishing period: its quarterly task spans the whole year.
    plan.tasks.filter(rhythm="quarterly", rhythm_start__isnull=True).update(
        rhythm_start=datetime.date(plan.year, 1, 1))
    users = get_user_model().objects
    clients = {}
    for name in ("national-staff", "p01-staff"):
        clients[name] = Client()
        clients[name].force_login(users.get(username=name))
    province = users.get(username="p01-staff").membership.organisation
    units = Assignment.objects.filter(plan=plan).values("organisation_id").distinct().count()
    print(f"{Assignment.objects.count():,} assignments; matrix plan to {units:,} units, "
          f"{PeriodSlot.objects.filter(plan=plan).count():,} slots; p50 and max of {runs} runs")
    base = f"/ledger/{plan.pk}/matrix/"
    pages = [
        ("page 1 (100 units × 4 periods)", "national-staff", base),
        ("page 15", "national-staff", base + "?page=15"),
        ("filtered: units with 逾期", "national-staff", base + "?state=overdue"),
        ("filtered: one province, Q2–Q3", "national-staff", base + f"?unit={province.pk}&from={plan.year}-Q2&to={plan.year}-Q3"),
        ("as the province", "p01-staff", base),
        ("API, page 1", "national-staff", f"/api/plans/{plan.pk}/matrix/"),
        ("xlsx, every unit", "national-staff", f"/office/ledger/{plan.pk}/matrix.xlsx"),
        ("xlsx, units with 逾期", "national-staff", f"/office/ledger/{plan.pk}/matrix.xlsx?state=overdue"),
    ]
    slow = 0
    print(f"{'':<36} {'p50':>8} {'max':>8} {'queries':>8} {'bytes':>10}")
    for label, who, url in pages:
        p50, worst, nq, size = measure(clients[who], url, runs)
        target = "xlsx" not in label
        slow += target and p50 >= 0.3
        print(f"{label:<36} {p50 * 1000:6.0f}ms {worst * 1000:6.0f}ms {nq:>8} {size:>10,}"
              + ("   > 300 ms" if target and p50 >= 0.3 else ""))
    print("OK" if not slow else f"{slow} SLOWER THAN TARGET")
    return 0 if not slow else 1


if __name__ == "__main__":
    sys.exit(main())
