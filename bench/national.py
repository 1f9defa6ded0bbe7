"""Bench of the ledger at national scale on PostgreSQL: the `kexie synth` dataset, then every ledger page and API list.

    KEXIE_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres .venv/bin/python bench/national.py --keep
    KEXIE_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres .venv/bin/python bench/national.py --reuse

Generates into its own database (kexie_bench_national, next to the one named): 9 plans × 40 tasks × 2,800
counties = 1,008,000 assignments at full scale (--plans, --scale). --keep leaves the database for the next run;
--reuse benches an existing one instead of generating (the dataset takes minutes). Each page is requested in
process with Django's test client (the view, not gunicorn): median and p90 of --runs, query count, response size
and the peak of Python memory (tracemalloc, one separate run). Then it times publishing one more national plan
(40 × counties assignments, commit included) and removes it, so a kept database stays as generated.
Targets (issue 11): every page and API list under 300 ms median at 1,000,000 assignments; publishing 112,000
assignments under 3 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kexie.site.settings")
os.environ.setdefault("KEXIE_DATA_DIR", tempfile.mkdtemp(prefix="kexie-bench-"))

import django  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
import benchdb  # noqa: E402

DATABASE = "kexie_bench_national"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plans", type=int, default=9)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--keep", action="store_true", help="leave the bench database for the next run")
    parser.add_argument("--reuse", action="store_true", help="bench the kept database instead of generating")
    parser.add_argument("--no-publish", action="store_true", help="skip timing the publishing of one more plan")
    parser.add_argument("--database", default=DATABASE,
                        help=f"the bench's own database (default {DATABASE}; another name keeps a smaller --scale)")
    args = parser.parse_args()
    if not benchdb.require_postgres():
        return 2
    django.setup()
    db = benchdb.OwnDatabase(args.database, reuse=args.reuse, keep=args.keep)
    if not db.open():
        return 2
    try:
        if not args.reuse:
            generate(args)
        return bench(args)
    finally:
        db.close()


def generate(args) -> None:
    from kexie.site import synth

    print(f"generating: kexie synth --plans {args.plans} --scale {args.scale}")
    start = time.perf_counter()
    totals = synth.generate(plans=args.plans, scale=args.scale, password="bench")
    print(f"generated in {time.perf_counter() - start:.0f} s: "
          + ", ".join(f"{k} {v:,}" for k, v in totals.counts.items()))


def measure(client, url: str, runs: int):
    """(median s, p90 s, queries, bytes, peak MB) of GET url; the first request warms up and is not counted."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        response = client.get(url)
        timings.append(time.perf_counter() - start)
    with CaptureQueriesContext(connection) as queries:
        tracemalloc.start()
        client.get(url)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    timings.sort()
    p90 = timings[min(len(timings) - 1, round(0.9 * (len(timings) - 1)))]
    return statistics.median(timings), p90, len(queries), len(response.content), peak / 2**20


def bench(args) -> int:
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client

    from kexie.ledger.models import Assignment, Plan, Status, Task
    from kexie.orgs.models import Kind, Level, Membership, Organisation

    User = get_user_model()
    issuer, county_user, province_user = (User.objects.get(username=u)
                                          for u in ("national-staff", "x0001-staff", "p01-staff"))
    county = Membership.objects.get(user=county_user).organisation
    plan = Plan.objects.order_by("id").first()
    task = Task.objects.filter(plan=plan).order_by("order").first()
    assignment = Assignment.objects.filter(task=task, organisation=county).get()
    total = Assignment.objects.count()
    counties = Organisation.objects.filter(level=Level.COUNTY, kind=Kind.ASSOCIATION).count()
    print(f"PostgreSQL {connection.pg_version // 10000}: {Plan.objects.count()} plans, {total:,} assignments, "
          f"{counties:,} counties; {args.runs} runs per page")
    clients = {}
    for user in (issuer, county_user, province_user):
        clients[user.username] = Client()
        clients[user.username].force_login(user)
    pages = [
        ("plans list", issuer, "/ledger/"),
        ("plans list, a province", province_user, "/ledger/"),
        ("plans list, a county", county_user, "/ledger/"),
        ("plan ledger, issuer", issuer, f"/ledger/{plan.pk}/"),
        ("  filtered to one unit", issuer, f"/ledger/{plan.pk}/?unit={county.pk}"),
        ("  filtered to one status", issuer, f"/ledger/{plan.pk}/?status={Status.EXTENSION_REQUESTED}"),
        ("plan ledger, a province", province_user, f"/ledger/{plan.pk}/"),
        ("plan ledger, a county", county_user, f"/ledger/{plan.pk}/"),
        (f"task page ({counties:,} units)", issuer, f"/ledger/tasks/{task.pk}/"),
        ("assignment page, issuer", issuer, f"/ledger/assignments/{assignment.pk}/"),
        ("assignment page, county", county_user, f"/ledger/assignments/{assignment.pk}/"),
        ("county inbox", county_user, "/ledger/inbox/"),
        ("API assignments, county", county_user, "/api/assignments/"),
        ("API assignments ?plan=, issuer", issuer, f"/api/assignments/?plan={plan.pk}"),
        ("API plans, issuer", issuer, "/api/plans/"),
        ("API plan history, issuer", issuer, f"/api/plans/{plan.pk}/history/"),
        ("API assignment history, county", county_user, f"/api/assignments/{assignment.pk}/history/"),
    ]
    slow = 0
    print(f"{'page':<34} {'median':>9} {'p90':>9} {'queries':>8} {'KB':>7} {'peak MB':>8}")
    for label, user, url in pages:
        median, p90, nq, size, peak = measure(clients[user.username], url, args.runs)
        slow += median >= 0.3
        print(f"{label:<34} {median * 1000:7.0f}ms {p90 * 1000:7.0f}ms {nq:>8} {size // 1024:>7} {peak:>8.1f}"
              f"{'' if median < 0.3 else '   > 300 ms'}")
    if not args.no_publish:
        slow += bench_publish(issuer, counties, clients[issuer.username], args.runs)
    print("OK" if not slow else f"{slow} SLOWER THAN TARGET")
    return 0 if not slow else 1


def bench_publish(issuer, counties: int, client=None, runs: int = 3) -> bool:
    """Time the draft review page of one more national plan and publishing it to every county (commit
    included), then remove it."""
    from django.db import connection, transaction
    from django.utils import timezone

    from kexie.ledger import services
    from kexie.audit.models import Entry
    from kexie.ledger.models import Assignment, Plan, PlanRecipient, StatusCount, Task
    from kexie.orgs.models import Kind, Level, Organisation
    from kexie.site import synth

    county_orgs = list(Organisation.objects.filter(level=Level.COUNTY, kind=Kind.ASSOCIATION).order_by("id"))
    national = Organisation.objects.get(level=Level.NATIONAL, kind=Kind.ASSOCIATION)
    today = timezone.localdate()
    with transaction.atomic():
        plan = synth.build_plan(Plan.objects.count() + 1, national, county_orgs, today.year, today)
    slow = False
    if client is not None:
        median, p90, nq, size, peak = measure(client, f"/ledger/{plan.pk}/review/", runs)
        slow = median >= 0.3
        print(f"{'draft review, national plan':<34} {median * 1000:7.0f}ms {p90 * 1000:7.0f}ms {nq:>8} "
              f"{size // 1024:>7} {peak:>8.1f}{'' if median < 0.3 else '   > 300 ms'}")
    start = time.perf_counter()
    if os.environ.get("BENCH_PROFILE"):
        import cProfile
        import pstats
        profile = cProfile.Profile()
        with transaction.atomic():
            n = profile.runcall(services.publish, plan, issuer)
            published = time.perf_counter()
        pstats.Stats(profile).sort_stats("cumulative").print_stats(20)
    else:
        with transaction.atomic():
            n = services.publish(plan, issuer)
            published = time.perf_counter()
    seconds = time.perf_counter() - start
    print(f"publish {synth.TASKS_PER_PLAN} × {counties:,} = {n:,} assignments: {seconds * 1000:7.0f} ms"
          f" (of which commit: {(start + seconds - published) * 1000:.0f} ms)"
          f"   (target < 3000 ms)")
    # Raw deletes: the ORM's cascade would collect 112,000 assignments in Python.
    with transaction.atomic(), connection.cursor() as cursor:
        for model in (Entry, StatusCount, Assignment, Task):
            cursor.execute(f"DELETE FROM {model._meta.db_table} WHERE plan_id = %s", [plan.pk])
        PlanRecipient.objects.filter(plan=plan).delete()
        Plan.objects.filter(pk=plan.pk).delete()
    return slow + (seconds >= 3.0)


if __name__ == "__main__":
    sys.exit(main())
