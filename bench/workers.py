"""Bench of 科技工作者之家 on PostgreSQL: 1,000,000 scientists, the filtered list, the roll-up, a 50,000-row import.

    KEXIE_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres .venv/bin/python bench/workers.py --keep
    KEXIE_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres .venv/bin/python bench/workers.py --reuse

Generates into its own database (kexie_bench_workers): the synthetic national tree (kexie synth's, without plans),
--scientists records (default 1,000,000) spread over the counties and cities by COPY, a fifth of them tagged,
200,000 visits and 100,000 联系对象 pairs (a third overdue). Pages are requested in process with Django's test
client (the view, not gunicorn): median and p90 of --runs and the query count. Then it writes a 50,000-row xlsx
and imports it for a county (dry run, then the import), with the time and the growth of the process's peak
resident memory of each (--import-only: just that), and removes what it added. Target (issue 16): list and roll-up under 300 ms median.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kexie.site.settings")
os.environ.setdefault("KEXIE_DATA_DIR", tempfile.mkdtemp(prefix="kexie-bench-"))

import django  # noqa: E402

import benchdb  # noqa: E402
import national  # noqa: E402  (measure(): one way to bench a page)

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段漕钱汤尹黎易常武乔贺赖龚文"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国文辉玉兰志红海燕斌鹏飞宇浩凯晨"
UNITS = ["农业科学院", "人民医院", "第一中学", "农业技术推广中心", "职业技术学院", "林业局", "中医医院", "气象局",
         "水利局", "电力公司", "机械厂", "制药公司"]
FIELDS = ["作物栽培", "植物保护", "心血管内科", "中学物理", "机械设计", "电力系统", "中药材", "林业", "水利工程",
          "软件工程", "畜牧兽医", "材料科学"]
TITLES = ["研究员", "副研究员", "高级工程师", "工程师", "主任医师", "副主任医师", "高级教师", "高级农艺师", "农艺师",
          "教授", "副教授", "讲师"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scientists", type=int, default=1_000_000)
    parser.add_argument("--scale", type=float, default=1.0, help="of the synthetic tree (2,800 counties at 1)")
    parser.add_argument("--import-rows", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--keep", action="store_true", help="leave the bench database for the next run")
    parser.add_argument("--reuse", action="store_true", help="bench the kept database instead of generating")
    parser.add_argument("--database", default="kexie_bench_workers")
    parser.add_argument("--import-only", action="store_true", help="skip the pages")
    parser.add_argument("--no-import", action="store_true", help="skip the import")
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
    from django.db import connection, transaction

    from kexie.site import synth
    from kexie.workers.models import ContactPair, Scientist, ScientistTag, Visit

    rng = random.Random(0)
    start = time.perf_counter()
    with transaction.atomic():
        tree = synth.build_tree(rng, synth.sizes(args.scale))
        synth.build_users(tree, "bench", 10)
    keepers = [o.pk for o in tree["counties"]] * 4 + [o.pk for o in tree["cities"]]
    now = "2026-01-01 00:00:00+00"
    with connection.cursor() as cursor:
        with cursor.cursor.copy(f"COPY {Scientist._meta.db_table} (organisation_id, name, gender, birth_year, "
                                "work_unit, field, title, honours, phone, email, created_at, updated_at) "
                                "FROM STDIN") as copy:
            for i in range(args.scientists):
                unit = UNITS[i % len(UNITS)]
                copy.write_row((keepers[rng.randrange(len(keepers))],
                                SURNAMES[rng.randrange(len(SURNAMES))] + GIVEN[rng.randrange(len(GIVEN))]
                                + ("" if i % 3 else GIVEN[rng.randrange(len(GIVEN))]),
                                "男" if i % 5 < 3 else "女", 1950 + i % 50, f"第{i % 97}{unit}",
                                FIELDS[i % len(FIELDS)], TITLES[i % len(TITLES)], "", f"139{i:08d}", "", now, now))
        tags = list(ScientistTag.objects.values_list("pk", flat=True))
        table = Scientist.tags.through._meta.db_table
        cursor.execute(f"INSERT INTO {table} (scientist_id, scientisttag_id) SELECT id, "
                       f"(ARRAY{tags})[1 + id % {len(tags)}] FROM {Scientist._meta.db_table} WHERE id % 5 = 0")
        # Visits: 200,000 by the keeper of a scientist, each with that scientist; pairs with a person per keeper
        cursor.execute(f"INSERT INTO {Visit._meta.db_table} (organisation_id, date, kind, notes, requests_raised, "
                       "created_at) SELECT organisation_id, DATE '2026-01-01' + (id % 330)::int, "
                       "(ARRAY['走访','慰问','座谈','电话','调研'])[1 + id % 5], '', '', now() "
                       f"FROM {Scientist._meta.db_table} WHERE id % 5 = 1")
        cursor.execute(f"INSERT INTO {Visit.scientists.through._meta.db_table} (visit_id, scientist_id) "
                       f"SELECT v.id, s.id FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM "
                       f"{Visit._meta.db_table}) v JOIN (SELECT id, row_number() OVER (ORDER BY id) AS n FROM "
                       f"{Scientist._meta.db_table} WHERE id % 5 = 1) s ON s.n = v.n")
        cursor.execute("INSERT INTO orgs_person (organisation_id, name, phone, email, \"order\") "
                       "SELECT DISTINCT organisation_id, '联络员', '', '', 0 FROM "
                       f"{Scientist._meta.db_table}")
        cursor.execute(f"INSERT INTO {ContactPair._meta.db_table} (organisation_id, person_id, scientist_id, period, "
                       "target, started_on, due_on) SELECT s.organisation_id, p.id, s.id, 'quarter', 1, "
                       "DATE '2026-01-01', CURRENT_DATE + (s.id % 90)::int - 30 "
                       f"FROM {Scientist._meta.db_table} s JOIN orgs_person p ON p.organisation_id = s.organisation_id "
                       "WHERE s.id % 10 = 2")
        cursor.execute("INSERT INTO workers_scientistcount (organisation_id, n) SELECT organisation_id, count(*) "
                       f"FROM {Scientist._meta.db_table} GROUP BY organisation_id")
        cursor.execute("INSERT INTO workers_visitcount (organisation_id, year, contacts, visits) SELECT "
                       "organisation_id, extract(year FROM date), count(*), count(*) FILTER (WHERE kind IN "
                       f"('走访', '慰问')) FROM {Visit._meta.db_table} GROUP BY 1, 2")
        cursor.execute("VACUUM ANALYZE")  # what autovacuum does to a table in use: index-only scans
    print(f"generated in {time.perf_counter() - start:.0f} s: {Scientist.objects.count():,} scientists, "
          f"{Visit.objects.count():,} visits, {ContactPair.objects.count():,} pairs")


def bench(args) -> int:
    from django.contrib.auth import get_user_model
    from django.test import Client

    from kexie.workers.models import ScientistTag

    User = get_user_model()
    tag = ScientistTag.objects.get(name="青年科技人才").pk
    slow = False
    print(f"{'page':<44} {'median':>8} {'p90':>8} {'queries':>8}")
    for username, label in () if args.import_only else (("national-admin", "national"), ("p01-staff", "province"),
                                                           ("c0001-staff", "city")):
        client = Client()
        client.force_login(User.objects.get(username=username))
        for what, url in ((f"roll-up ({label})", "/workers/"),
                          (f"list ({label})", "/workers/scientists/"),
                          (f"list, tag + gender + age ({label})", f"/workers/scientists/?tag={tag}&gender=女&age=46-60"),
                          (f"list, search 王 ({label})", "/workers/scientists/?q=王"),
                          (f"list, page 100 ({label})", "/workers/scientists/?page=100"),
                          (f"联系对象, red ({label})", "/workers/contacts/?light=red")):
            median, p90, nq, _size, _peak = national.measure(client, url, args.runs)
            slow |= median >= 0.3
            print(f"{what:<44} {median * 1000:6.0f}ms {p90 * 1000:6.0f}ms {nq:>8}"
                  f"{'' if median < 0.3 else '   > 300 ms'}")
    if not args.no_import:
        bench_import(args)
    return 1 if slow else 0


def bench_import(args) -> None:
    from openpyxl import Workbook

    from kexie.orgs.models import Membership
    from kexie.workers import importing
    from kexie.workers.models import Scientist, refresh_counts

    membership = Membership.objects.select_related("user", "organisation").filter(
        user__username="x0001-staff").get()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet()
    ws.append(["姓名", "性别", "出生年份", "工作单位", "专业领域", "职称", "联系电话", "标签"])
    for i in range(args.import_rows):
        ws.append([f"导入{i}", "男" if i % 2 else "女", 1960 + i % 40, UNITS[i % len(UNITS)], FIELDS[i % len(FIELDS)],
                   TITLES[i % len(TITLES)], f"137{i:08d}", "三长" if i % 10 == 0 else ""])
    out = io.BytesIO()
    wb.save(out)
    data = out.getvalue()
    print(f"import of {args.import_rows:,} rows ({len(data) / 2**20:.1f} MB xlsx):")
    # Timed without tracemalloc (it slows every allocation several times); the memory figure is the growth of the
    # process's peak resident size (ru_maxrss) over each pass: bounded memory leaves it flat as the rows grow.
    for what, run in (("dry run", lambda: importing.preview(data, membership.organisation)),
                      ("import", lambda: importing.import_file(data, membership.organisation, membership.user))):
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        start = time.perf_counter()
        outcome = run()
        seconds = time.perf_counter() - start
        grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
        print(f"  {what:<8} {seconds:6.1f} s, peak RSS grew {grown / 1024:6.1f} MB "
              f"(to add {outcome.to_add:,}, added {outcome.added:,})")
    from kexie.audit.models import Entry
    Entry.objects.filter(action="workers.import", scope_path=membership.organisation.path).delete()
    Scientist.objects.filter(organisation=membership.organisation, name__startswith="导入").delete()
    refresh_counts([membership.organisation.pk])


if __name__ == "__main__":
    sys.exit(main())
