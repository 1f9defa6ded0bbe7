"""Bench of 推荐评选 and the 典型库 on PostgreSQL at national scale: a national campaign with 31 provinces' nominations,
and a 典型库 of 200,000 cases over 3,100 counties.

    KEXIE_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres .venv/bin/python bench/campaigns.py [--cases 200000]

Creates its own database (test_kexie_bench_campaigns) next to the one named, and drops it at the end. Prints, as p50
of the runs, the time and queries of: the campaign page as the national body and as a province, its xlsx; the 典型库
list as the national body, a province, a county, filtered by a city and by words; its xlsx for a province.
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
os.environ.setdefault("KEXIE_DATA_DIR", tempfile.mkdtemp(prefix="kexie-bench-campaigns-"))

import django  # noqa: E402

PROVINCES, CITIES, COUNTIES, QUOTA = 31, 10, 10, 40
NAME = "test_kexie_bench_campaigns"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not os.environ.get("KEXIE_DATABASE_URL", "").startswith("postgres"):
        print("set KEXIE_DATABASE_URL to a PostgreSQL database (the figures are for PostgreSQL)", file=sys.stderr)
        return 2
    django.setup()
    from django.conf import settings
    from django.db import connection

    settings.DATABASES["default"].setdefault("TEST", {})["NAME"] = NAME
    settings.ALLOWED_HOSTS = ["*"]
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        return run(args)
    finally:
        connection.creation.destroy_test_db(NAME, verbosity=0)


def build(n_cases: int):
    from django.utils import timezone

    from kexie.orgs.models import Organisation
    from kexie.orgs.services import upsert_user
    from kexie.workers import campaigns as svc
    from kexie.workers.models import Nomination, Scientist, Stage, TypicalCase

    nation = Organisation.objects.create(name="中国科学技术协会", short_name="中国科协", level=1)
    provinces, counties = [], []
    for p in range(PROVINCES):
        province = Organisation.objects.create(name=f"第{p}省科学技术协会", short_name=f"第{p}省科协", level=2,
                                               parent=nation, order=p)
        provinces.append(province)
        for c in range(CITIES):
            city = Organisation.objects.create(name=f"第{p}省第{c}市科学技术协会", level=3, parent=province, order=c)
            for k in range(COUNTIES):
                counties.append(Organisation.objects.create(name=f"第{p}省第{c}市第{k}县科学技术协会", level=4,
                                                            parent=city, order=k))
    staff = upsert_user("bench-nation", nation, "staff", password="x")[0]
    upsert_user("bench-province", provinces[0], "staff", password="x")
    upsert_user("bench-county", counties[0], "staff", password="x")
    today = timezone.localdate()
    campaign = svc.create_campaign(staff, {"title": "两院院士候选人推选", "award": "两院院士候选人", "year": today.year,
                                           "deadline": today + datetime.timedelta(days=30)})
    svc.set_quotas(campaign, staff, {p.pk: QUOTA for p in provinces})
    people = Scientist.objects.bulk_create(Scientist(organisation=p, name=f"专家{p.pk}-{i}", work_unit=f"第{i}研究所",
                                                     phone="13912345678")
                                           for p in provinces for i in range(QUOTA))
    stages = list(Stage)
    Nomination.objects.bulk_create(Nomination(campaign=campaign, organisation_id=s.organisation_id, scientist=s,
                                              reason="推荐理由" * 50, stage=stages[i % 4])
                                   for i, s in enumerate(people))
    day0 = today - datetime.timedelta(days=3 * 365)
    batch = []
    for i in range(n_cases):
        batch.append(TypicalCase(organisation=counties[i % len(counties)], owner=counties[i % len(counties)],
                                 kind="case", title=f"典型案例{i}", text="基层科协服务科技工作者的做法。" * 20,
                                 day=day0 + datetime.timedelta(days=i % 1095)))
        if len(batch) == 5000:
            TypicalCase.objects.bulk_create(batch)
            batch = []
    TypicalCase.objects.bulk_create(batch)
    from django.db import connection
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return campaign, provinces[0], counties[0].parent


def timed(client, url: str, runs: int) -> tuple[float, int, int, float]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    times, queries, size, in_sql = [], 0, 0, 0.0
    for _ in range(runs):
        with CaptureQueriesContext(connection) as ctx:
            t = time.perf_counter()
            r = client.get(url)
            body = r.content
            times.append(time.perf_counter() - t)
        assert r.status_code == 200, (url, r.status_code)
        queries, size = len(ctx.captured_queries), len(body)
        in_sql = sum(float(q["time"]) for q in ctx.captured_queries)
    return statistics.median(times), queries, size, in_sql


def run(args) -> int:
    from django.test import Client
    from django.urls import reverse

    t = time.perf_counter()
    campaign, province, city = build(args.cases)
    print(f"built: {PROVINCES * QUOTA} nominations, {args.cases} typical cases in {time.perf_counter() - t:.1f} s")
    from django.contrib.auth import get_user_model
    clients = {}
    for who in ("nation", "province", "county"):
        clients[who] = Client()
        clients[who].force_login(get_user_model().objects.get(username=f"bench-{who}"))
    page = reverse("workers:campaign", args=[campaign.pk])
    cases = reverse("workers:cases")
    for who, url in [("nation", page), ("nation", page + "?stage=evaluation&page=3"), ("province", page),
                     ("nation", reverse("workers:campaign-xlsx", args=[campaign.pk])),
                     ("nation", cases), ("nation", cases + "?page=2000"), ("province", cases), ("county", cases),
                     ("nation", cases + f"?org={city.pk}&year={campaign.year - 1}"), ("nation", cases + "?q=典型案例12345"),
                     ("province", reverse("workers:cases-xlsx") + "?kind=case&q=典型案例1999")]:
        seconds, queries, size, in_sql = timed(clients[who], url, args.runs)
        print(f"{who:<9} {url:<60} {seconds * 1000:6.0f} ms ({in_sql * 1000:4.0f} ms in SQL) {queries:3d} queries "
              f"{size / 1024:5.0f} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
