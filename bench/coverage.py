"""Bench of the policy chain and coverage (落实情况) at national scale: 31 provinces, 310 cities, 2,790 counties.

    .venv/bin/python bench/coverage.py                       # SQLite (in memory)
    KEXIE_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres .venv/bin/python bench/coverage.py

Creates its own test database (test_kexie_bench_coverage) and drops it at the end. A national document is cited by
the implementing documents of every province, every city and every third county (1,271 documents); the national
user's coverage page (31 provinces counted over 3,100 organisations), a province's and a city's drill-down, the
xlsx of every unit, and the document's page with its chain are timed (median of RUNS) with their query counts.
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

PROVINCES, CITIES, COUNTIES, RUNS = 31, 10, 9, 7
NUMBER = "国科协发〔2024〕1号"


def main() -> int:
    django.setup()
    from django.conf import settings
    from django.db import connection

    settings.DATABASES["default"].setdefault("TEST", {})["NAME"] = "test_kexie_bench_coverage"
    settings.ALLOWED_HOSTS = ["*"]
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        return run()
    finally:
        connection.creation.destroy_test_db(name, verbosity=0)


def build():
    from kexie.documents.models import Citation, Document
    from kexie.orgs.models import Organisation
    from kexie.orgs.services import upsert_user

    national = Organisation.objects.create(name="基准全国科协", level=1)
    implementing = []
    for p in range(PROVINCES):
        province = Organisation.objects.create(name=f"基准第{p}省科协", level=2, parent=national, order=p)
        implementing.append(province)
        for c in range(CITIES):
            city = Organisation.objects.create(name=f"基准第{p}省第{c}市科协", level=3, parent=province, order=c)
            implementing.append(city)
            for k in range(COUNTIES):
                county = Organisation.objects.create(name=f"基准第{p}省第{c}市第{k}县科协", level=4, parent=city,
                                                     order=k)
                if k % 3 == 0:
                    implementing.append(county)
    document = Document.objects.create(organisation=national, filename="national.txt", sha256="f" * 64, size=1,
                                       title="全国实施意见", doc_number=NUMBER)
    docs = Document.objects.bulk_create([
        Document(organisation=o, filename=f"{i}.txt", sha256=f"{i:064x}", size=1, title=f"{o.name}实施方案",
                 doc_number=f"基{i}科协〔2024〕1号", number_key=f"基{i}科协〔2024〕1号") for i, o in enumerate(implementing)])
    Citation.objects.bulk_create([Citation(document=d, number=NUMBER, key=NUMBER, title="《全国实施意见》")
                                  for d in docs])
    user = upsert_user("bench-national", national, "staff", password="x")[0]
    return document, user, implementing


def timed(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    times = []
    for _ in range(RUNS):
        with CaptureQueriesContext(connection) as queries:
            t0 = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - t0) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return statistics.median(times), len(queries.captured_queries), len(response.content)


def run() -> int:
    from django.db import connection
    from django.test import Client

    t0 = time.perf_counter()
    document, user, implementing = build()
    print(f"{connection.vendor}: built {len(implementing)} implementing documents under "
          f"{PROVINCES * CITIES * COUNTIES} counties in {time.perf_counter() - t0:.1f} s")
    client = Client()
    client.force_login(user)
    province, city = implementing[0], implementing[1]
    pages = [
        ("coverage, national level (31 provinces)", f"/search/coverage/document/{document.pk}/"),
        ("coverage, a province (10 cities)", f"/search/coverage/document/{document.pk}/?org={province.pk}"),
        ("coverage, a city (9 counties)", f"/search/coverage/document/{document.pk}/?org={city.pk}"),
        ("coverage xlsx, every unit (3,100 rows)", f"/search/coverage/document/{document.pk}/xlsx/"),
        ("document page with its chain (1,271 citing)", f"/documents/{document.pk}/"),
        ("a county's document page (chain up)", f"/search/chain/{document.pk + 3}/"),
    ]
    for label, url in pages:
        ms, queries, size = timed(client, url)
        print(f"  {label:<48} {ms:8.1f} ms median of {RUNS}  {queries:3d} queries  {size // 1024:5d} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
