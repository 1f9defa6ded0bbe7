"""Bench of the ledger on PostgreSQL: build and publish a 40-item plan to 100 units, then render its ledger page.

    KEXIE_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres .venv/bin/python bench/ledger.py

Creates its own database (test_kexie_bench_ledger) next to the one named, and drops it at the end.
Targets (issue 4): build + publish under 1 s; the ledger page of 40 tasks × 100 units under 300 ms.
"""

from __future__ import annotations

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

N_UNITS, N_ITEMS, RUNS = 100, 40, 7


def main() -> int:
    if not os.environ.get("KEXIE_DATABASE_URL"):
        print("set KEXIE_DATABASE_URL to a PostgreSQL database (the figures are for PostgreSQL)", file=sys.stderr)
        return 2
    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    settings.DATABASES["default"].setdefault("TEST", {})["NAME"] = "test_kexie_bench_ledger"
    settings.ALLOWED_HOSTS = ["*"]
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        return run(CaptureQueriesContext)
    finally:
        connection.creation.destroy_test_db("test_kexie_bench_ledger", verbosity=0)


def run(CaptureQueriesContext) -> int:
    from django.db import connection
    from django.test import Client

    from kexie.documents.models import Document
    from kexie.ledger import services
    from kexie.ledger.models import Assignment
    from kexie.orgs.models import Organisation
    from kexie.orgs.services import upsert_department, upsert_user

    city = Organisation.objects.create(name="基准市科学技术协会", short_name="基准市科协", level=3)
    for name in ("办公室", "业务部", "科普部"):
        upsert_department(city, name)
    for i in range(N_UNITS):
        Organisation.objects.create(name=f"基准第{i + 1}县科学技术协会", short_name=f"基准{i + 1}县科协",
                                    level=4, parent=city, order=i)
    user, _ = upsert_user("bench-staff", city, "staff", password="x")
    outline = [{"id": str(i + 1), "marker": f"{i + 1}.", "level": 1, "heading": f"第{i + 1}项工作任务",
                "text": "结合本地实际，认真组织实施，按时报送进展情况。" * 3, "responsibility": None,
                "deadline": None, "time_hint": None} for i in range(N_ITEMS)]
    document = Document.objects.create(
        organisation=city, filename="bench.txt", sha256="0" * 64, size=1, title="基准实施方案",
        doc_number="基科协〔2024〕1号", parse={"outline": outline, "recipients": ["各县（市、区）科协"],
                                            "enclosed_title": "基准实施方案"})

    t0 = time.perf_counter()
    plan, _ = services.build_plan(document, user)
    t1 = time.perf_counter()
    if os.environ.get("BENCH_PROFILE"):
        import cProfile
        import pstats
        prof = cProfile.Profile()
        n = prof.runcall(services.publish, plan, user)
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
    else:
        n = services.publish(plan, user)
    t2 = time.perf_counter()
    assert n == N_UNITS * N_ITEMS == Assignment.objects.filter(plan=plan).count(), n

    client = Client()
    client.force_login(user)
    url = f"/ledger/{plan.pk}/"
    timings = {}
    for label, query in (("ledger page", ""), ("sorted by 完成时限", "?sort=due"),
                         ("filtered to one unit", f"?unit={Organisation.objects.filter(level=4).first().pk}")):
        client.get(url + query)  # warm up: templates compiled, connection open
        runs = []
        for _ in range(RUNS):
            with CaptureQueriesContext(connection) as queries:
                s = time.perf_counter()
                response = client.get(url + query)
                runs.append(time.perf_counter() - s)
            assert response.status_code == 200
        timings[label] = (statistics.median(runs), len(queries), len(response.content))

    print(f"PostgreSQL {connection.pg_version // 10000}, {N_ITEMS} items × {N_UNITS} units = {n} assignments")
    print(f"build draft (tasks, names, recipients): {(t1 - t0) * 1000:7.1f} ms")
    print(f"publish (assignments + history):       {(t2 - t1) * 1000:7.1f} ms")
    print(f"build + publish:                       {(t2 - t0) * 1000:7.1f} ms   (target < 1000 ms)")
    for label, (median, nq, size) in timings.items():
        print(f"{label + ':':<38} {median * 1000:7.1f} ms median of {RUNS}, {nq} queries, {size // 1024} KB"
              f"   (target < 300 ms)")
    ok = (t2 - t0) < 1.0 and all(m < 0.3 for m, _, _ in timings.values())
    print("OK" if ok else "SLOWER THAN TARGET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
