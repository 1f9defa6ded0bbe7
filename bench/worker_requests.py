"""Bench of the 办实事清单 on PostgreSQL: a city's 清单 of 20,000 requests (half 交办 to its 100 counties and 3
departments as ledger assignments), then its list page (whole, by state, by unit), the review queue, the API list
and the xlsx export, each timed over several runs with its query count.

    KEXIE_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres .venv/bin/python bench/worker_requests.py [--requests N]

Creates its own database (test_kexie_bench_requests) next to the one named, and drops it at the end.
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
os.environ.setdefault("KEXIE_DATA_DIR", tempfile.mkdtemp(prefix="kexie-bench-"))

import django  # noqa: E402

N_UNITS, RUNS = 100, 7
DB = "test_kexie_bench_requests"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=20_000)
    args = parser.parse_args()
    if not os.environ.get("KEXIE_DATABASE_URL"):
        print("set KEXIE_DATABASE_URL to a PostgreSQL database (the figures are for PostgreSQL)", file=sys.stderr)
        return 2
    django.setup()
    from django.conf import settings
    from django.db import connection

    settings.DATABASES["default"].setdefault("TEST", {})["NAME"] = DB
    settings.ALLOWED_HOSTS = ["*"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        return run(args.requests)
    finally:
        connection.creation.destroy_test_db(DB, verbosity=0)


def build(n: int):
    from django.utils import timezone

    from kexie.ledger import counts
    from kexie.ledger.models import Assignment, Task
    from kexie.orgs.models import Organisation
    from kexie.orgs.services import upsert_department, upsert_user
    from kexie.workers import requests as service
    from kexie.workers.models import Request

    city = Organisation.objects.create(name="基准市科学技术协会", short_name="基准市科协", level=3)
    depts = [upsert_department(city, name) for name in ("办公室", "学会部", "科普部")]
    units = [Organisation.objects.create(name=f"基准第{i + 1}县科学技术协会", short_name=f"基准{i + 1}县科协",
                                         level=4, parent=city, order=i) for i in range(N_UNITS)]
    user, _ = upsert_user("bench-staff", city, "staff", password="x")
    today = timezone.localdate()
    plan = service.book_plan(city, today.year, user)
    states = ["pending", "listed", "rejected", "assigned", "fed_back", "closed"]
    categories = ["title", "schooling", "funding", "space", "talent", "project", "living", "other"]
    tasks = Task.objects.bulk_create([Task(plan=plan, outline_id=str(i + 1), order=i + 1, heading=f"第{i + 1}项诉求")
                                      for i in range(n)], batch_size=2000)
    assigned = [i for i in range(n) if states[i % len(states)] in ("assigned", "fed_back", "closed")]
    rows = []
    for i in assigned:
        org, dept = (city, depts[i % 3]) if i % 4 == 0 else (units[i % N_UNITS], None)
        status = "closed" if states[i % len(states)] != "assigned" or i % 5 == 0 else "in_progress"
        rows.append(Assignment(task=tasks[i], plan=plan, organisation=org, department=dept, status=status,
                               due_date=today + datetime.timedelta(days=i % 40 - 10),
                               closed_at=timezone.now() if status == "closed" else None))
    made = {a.task_id: a for a in Assignment.objects.bulk_create(rows, batch_size=2000)}
    counts.recount([plan.pk])
    Request.objects.bulk_create([Request(
        organisation=city, year=today.year, title=f"第{i + 1}项诉求：职称评审政策咨询", content="希望了解评审条件。" * 5,
        category=categories[i % len(categories)], requester_name=f"科技工作者{i}", requester_unit="某研究院",
        requester_phone="13912345678", state=states[i % len(states)], source="public" if i % 3 == 0 else "staff",
        task=tasks[i] if states[i % len(states)] not in ("pending", "rejected") else None,
        assignment=made.get(tasks[i].pk), submitted_from=f"10.0.{i % 250}.{i % 200}",
        satisfaction="satisfied" if states[i % len(states)] == "closed" else "") for i in range(n)], batch_size=2000)
    return city, units, user


def run(n: int) -> int:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    t0 = time.perf_counter()
    city, units, user = build(n)
    print(f"built {n} requests in {time.perf_counter() - t0:.1f} s")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    client = Client()
    client.force_login(user)
    pages = [("清单, first page", "/workers/requests/"), ("清单, 已办结", "/workers/requests/?state=handled"),
             ("清单, one county", f"/workers/requests/?unit=o{units[7].pk}"),
             ("清单, last page", f"/workers/requests/?page={n // 30}"),
             ("review queue", "/workers/requests/review/"), ("API list", "/api/workers/requests/"),
             ("xlsx, one county", f"/workers/requests/xlsx/?unit=o{units[7].pk}"),
             ("xlsx, whole 清单", "/workers/requests/xlsx/")]
    for label, url in pages:
        times, sql = [], []
        for _ in range(RUNS if "whole" not in label else 3):
            with CaptureQueriesContext(connection) as q:
                t = time.perf_counter()
                r = client.get(url)
                times.append((time.perf_counter() - t) * 1000)
            sql.append(sum(float(x["time"]) for x in q.captured_queries) * 1000)
            assert r.status_code == 200, (url, r.status_code)
        size = len(r.content)
        print(f"{label:<20} median {statistics.median(times):7.1f} ms  max {max(times):7.1f} ms  "
              f"{len(q):2d} queries (SQL {statistics.median(sql):6.1f} ms)  {size / 1024:8.1f} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
