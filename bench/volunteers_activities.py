"""Bench of the 科技志愿服务 roll-ups at national scale on PostgreSQL: volunteers, teams, activities and service records.

    KEXIE_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres .venv/bin/python bench/volunteers_activities.py --keep
    KEXIE_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres .venv/bin/python bench/volunteers_activities.py --reuse

Generates into its own database (kexie_bench_activities): the `kexie synth` organisation tree (1 national body,
31 provinces, ~330 cities, ~2,800 counties, societies) without plans, then in bulk (INSERT … SELECT
generate_series) --volunteers volunteers (default 5,000,000, 2 % of them still 待审核), 110,000 teams, 300,000
activities over a year in the five kinds (a third under one national campaign) and --records service records
(default 5 per activity, confirmed), with every activity's confirmed_hours and every volunteer's total_hours set from
them as confirm_hours keeps them. The units are spread over every organisation, so a province holds ~1/31 of each.
Then it requests, in process with Django's test client: the national roll-up (/volunteers/ as the national body's
经办), a province's, a city's, the national xlsx export, a province's calendar month, the campaign page and the
activity list, each the median and p90 of --runs after one warm-up, with its query count. Target (issue 17): the
national and a province roll-up under 300 ms median.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kexie.site.settings")
os.environ.setdefault("KEXIE_DATA_DIR", tempfile.mkdtemp(prefix="kexie-bench-"))

import django  # noqa: E402

import national  # noqa: E402  (its database helpers and measure(): one way to bench a page)

DATABASE = "kexie_bench_activities"
KINDS = ["technical", "livelihood", "popular", "emergency", "professional"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--volunteers", type=int, default=5_000_000)
    parser.add_argument("--teams", type=int, default=110_000)
    parser.add_argument("--activities", type=int, default=300_000)
    parser.add_argument("--records", type=int, default=5, help="service records per activity")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--keep", action="store_true", help="leave the bench database for the next run")
    parser.add_argument("--reuse", action="store_true", help="bench the kept database instead of generating")
    args = parser.parse_args()
    if not os.environ.get("KEXIE_DATABASE_URL", "").startswith("postgres"):
        print("set KEXIE_DATABASE_URL to a PostgreSQL database (the figures are for PostgreSQL)", file=sys.stderr)
        return 2
    django.setup()
    from django.conf import settings
    from django.db import connection

    settings.ALLOWED_HOSTS = ["*"]
    settings.DEBUG = False
    national.DATABASE = DATABASE
    national.ADMIN_DATABASE.append(connection.settings_dict["NAME"])
    exists = national._database_exists(connection)
    if args.reuse and not exists:
        print(f"no database {DATABASE} to reuse: run once with --keep", file=sys.stderr)
        return 2
    if not args.reuse:
        national._recreate_database(connection)
    connection.close()
    settings.DATABASES["default"]["NAME"] = DATABASE
    connection.settings_dict["NAME"] = DATABASE
    try:
        from django.core.management import call_command
        call_command("migrate", interactive=False, verbosity=0)
        if not args.reuse:
            generate(args)
        return bench(args)
    finally:
        connection.close()
        if not (args.keep or args.reuse):
            national._drop_database(connection)


def _run(cursor, label: str, sql: str, params=None) -> None:
    start = time.perf_counter()
    cursor.execute(sql, params)
    print(f"  {label}: {cursor.rowcount:,} rows in {time.perf_counter() - start:.1f} s", flush=True)


def generate(args) -> None:
    from django.db import connection, transaction

    from kexie.site import synth
    print("generating the organisation tree (kexie synth --plans 0)", flush=True)
    synth.generate(plans=0, password="bench", out=lambda *a: None)
    n_vol, n_act = args.volunteers, args.activities
    with transaction.atomic(), connection.cursor() as c:
        c.execute("CREATE TEMP TABLE bench_orgs AS SELECT id, (row_number() OVER (ORDER BY id)) - 1 AS k "
                  "FROM orgs_organisation")
        c.execute("SELECT count(*) FROM bench_orgs")
        m = c.fetchone()[0]
        c.execute("SELECT id FROM orgs_organisation WHERE parent_id IS NULL ORDER BY id LIMIT 1")
        root = c.fetchone()[0]
        print(f"{m:,} organisations; writing in bulk:", flush=True)
        _run(c, "volunteers", """
            INSERT INTO volunteers_volunteer (organisation_id, name, phone, region, work_unit, expertise,
                service_kinds, is_sanzhang, is_local_talent, availability, state, total_hours, created_at,
                review_reason, submitted_from)
            SELECT o.id, '志愿者' || i, '1' || lpad(i::text, 10, '0'), '', '', '', 'popular', i %% 7 = 0,
                   i %% 11 = 0, '', CASE WHEN i %% 50 = 0 THEN 'pending' ELSE 'active' END, 0, now(), '', ''
            FROM generate_series(0, %s - 1) i JOIN bench_orgs o ON o.k = i %% %s""", [n_vol, m])
        _run(c, "teams", """
            INSERT INTO volunteers_team (organisation_id, name, service_kind, description, created_at)
            SELECT o.id, '科技志愿服务队' || i, (ARRAY%s)[1 + i %% 5], '', now()
            FROM generate_series(0, %s - 1) i JOIN bench_orgs o ON o.k = i %% %s""" % (KINDS, args.teams, m))
        c.execute("INSERT INTO volunteers_campaign (organisation_id, name, start_date, end_date, description, "
                  "created_at) VALUES (%s, '2026年全国科普日', '2026-01-01', '2026-12-31', '', now()) RETURNING id",
                  [root])
        campaign = c.fetchone()[0]
        _run(c, "activities", """
            INSERT INTO volunteers_activity (organisation_id, title, kind, start_date, end_date, place, description,
                audience, campaign_id, confirmed_hours, created_at)
            SELECT o.id, '科技志愿服务活动' || i, (ARRAY%s)[1 + i %% 5], DATE '2026-01-01' + (i %% 365),
                   DATE '2026-01-01' + (i %% 365) + (i %% 3), '', '', (i * 37) %% 2000,
                   CASE WHEN i %% 3 = 0 THEN %s END, 0, now()
            FROM generate_series(0, %s - 1) i JOIN bench_orgs o ON o.k = (i * 7) %% %s""" % (
            KINDS, campaign, n_act, m))
        c.execute("SELECT min(id) FROM volunteers_volunteer")
        first_volunteer = c.fetchone()[0]
        c.execute("SELECT min(id) FROM volunteers_activity")
        first_activity = c.fetchone()[0]
        _run(c, "service records", """
            INSERT INTO volunteers_servicerecord (activity_id, volunteer_id, hours, state, confirmed_at)
            SELECT %s + i, %s + ((i::bigint * 7919 + j * 104729) %% %s), 1 + (i + j) %% 4 + 0.5 * (j %% 2),
                   'confirmed', now()
            FROM generate_series(0, %s - 1) i, generate_series(0, %s - 1) j""",
             [first_activity, first_volunteer, n_vol, n_act, args.records])
        _run(c, "activities' confirmed hours", """
            UPDATE volunteers_activity a SET confirmed_hours = s.h
            FROM (SELECT activity_id, sum(hours) h FROM volunteers_servicerecord WHERE state = 'confirmed'
                  GROUP BY activity_id) s WHERE s.activity_id = a.id""")
        _run(c, "volunteers' totals", """
            UPDATE volunteers_volunteer v SET total_hours = s.h
            FROM (SELECT volunteer_id, sum(hours) h FROM volunteers_servicerecord WHERE state = 'confirmed'
                  GROUP BY volunteer_id) s WHERE s.volunteer_id = v.id""")
    with connection.cursor() as c:  # the visibility map too, as autovacuum leaves it: index-only scans
        for table in ("volunteers_volunteer", "volunteers_team", "volunteers_activity", "volunteers_servicerecord"):
            c.execute(f"VACUUM ANALYZE {table}")
    from kexie.volunteers import counts
    with transaction.atomic():  # the roll-up's counts, as the writers keep them (the SQL above went around them)
        counts.recount()


def bench(args) -> int:
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client

    from kexie.orgs.models import Membership
    from kexie.volunteers.models import Activity, Campaign, ServiceRecord, Team, Volunteer

    User = get_user_model()
    users = {u: User.objects.get(username=u) for u in ("national-staff", "p01-staff")}
    province = Membership.objects.get(user=users["p01-staff"]).organisation
    city = province.children.order_by("path").first()
    print(f"PostgreSQL {connection.pg_version // 10000}: {Volunteer.objects.count():,} volunteers, "
          f"{Team.objects.count():,} teams, {Activity.objects.count():,} activities, "
          f"{ServiceRecord.objects.count():,} service records; {args.runs} runs per page")
    clients = {}
    for name, user in users.items():
        clients[name] = Client()
        clients[name].force_login(user)
    campaign = Campaign.objects.order_by("id").first()
    pages = [
        ("national roll-up", "national-staff", "/volunteers/", True),
        ("province roll-up", "p01-staff", "/volunteers/", True),
        ("  drill-down to a city", "p01-staff", f"/volunteers/?org={city.pk}", False),
        ("national roll-up xlsx", "national-staff", "/volunteers/rollup.xlsx", False),
        ("province calendar, a month", "p01-staff", "/volunteers/calendar/?month=2026-09", False),
        ("  filtered by kind", "p01-staff", "/volunteers/calendar/?month=2026-09&kind=popular", False),
        ("campaign page, national", "national-staff", f"/volunteers/campaigns/{campaign.pk}/", False),
        ("activity list, a province", "p01-staff", "/volunteers/activities/", False),
    ]
    slow = 0
    print(f"{'page':<32} {'median':>9} {'p90':>9} {'queries':>8} {'KB':>7}")
    for label, who, url, target in pages:
        median, p90, nq, size, _peak = national.measure(clients[who], url, args.runs)
        late = target and median >= 0.3
        slow += late
        print(f"{label:<32} {median * 1000:7.0f}ms {p90 * 1000:7.0f}ms {nq:>8} {size // 1024:>7}"
              f"{'   > 300 ms' if late else ''}", flush=True)
    print("OK" if not slow else f"{slow} SLOWER THAN TARGET")
    return 0 if not slow else 1


if __name__ == "__main__":
    sys.exit(main())
