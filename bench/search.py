"""Bench of full-text search: documents made from the seeds, indexed, then 200 mixed queries as the page runs them.

    .venv/bin/python bench/search.py --sqlite                      # a fresh SQLite file in a temporary directory
    KEXIE_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres .venv/bin/python bench/search.py --postgres

Builds the synth organisation tree (1 national body, 31 provinces, ~330 cities, ~2,800 counties at --scale 1),
then --docs documents (default 100,000) of realistic length: each is a random choice of 8–30 paragraphs of the
five seeds (shuffled, with place names changed), under a varied title, issuer, date and 文号 (粤科协〔2021〕30号,
黔科协发[2022]17号 …), spread over the tree (1 % national, 10 % provinces, 30 % cities, 59 % counties). It prints
the indexing rate (segmenting and writing through index.put, as a save does), then p50/p95 of --queries mixed
queries (single words, phrases, 文号 in three spellings, names; a third with a filter) through query.run — the
function the page calls — alternately as a county's user and as the national administrator. PostgreSQL runs in
its own database, kexie_bench_search (--keep leaves it; --reuse benches it again without building).
Target (issue 15): p95 under 50 ms on both databases at 100,000 documents.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kexie.site.settings")

import benchdb  # noqa: E402

SEEDS = Path(os.environ.get("KEXIE_SEEDS", "/work/shared/seeds"))
WORDS = ["科协", "科普", "志愿者", "院士", "青少年", "乡村振兴", "学会", "创新", "人才", "科技馆", "督办", "服务"]
PHRASES = ["全国科普日", "科技工作者之家", "科学家精神", "办实事", "科技志愿服务", "新国发2号文件", "基层科协组织"]
NAMES = ["杨新露", "孙增军", "雷洪", "魏爽"]
PREFIXES = ["黔科协发", "粤科协", "陕科协发", "冀科协字", "川科协", "遵市科协字", "保科协字", "国发", "科协发"]
TITLE_HEADS = ["关于印发《{p}2022年科普工作方案》的通知", "关于开展{p}全国科普日活动的通知", "{p}科协贯彻新国发2号文件实施方案",
               "关于做好{p}科技志愿服务工作的通知", "{p}科协2021年工作总结", "关于{p}“我为科技工作者办实事”的实施方案",
               "{p}科协关于推荐优秀科技工作者的通知", "{p}基层科协组织建设行动计划"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--sqlite", action="store_true")
    which.add_argument("--postgres", action="store_true")
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--scale", type=float, default=1.0, help="of the synth organisation tree")
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--reuse", action="store_true")
    parser.add_argument("--data-dir", help="SQLite: the data directory to build in (or reuse)")
    parser.add_argument("--database", default="kexie_bench_search", help="PostgreSQL: the bench's own database")
    args = parser.parse_args()
    if args.sqlite:
        os.environ.pop("KEXIE_DATABASE_URL", None)
        os.environ["KEXIE_DATA_DIR"] = args.data_dir or tempfile.mkdtemp(prefix="kexie-bench-search-")
    elif not benchdb.require_postgres(alternative="--sqlite"):
        return 2
    import django
    django.setup()
    from django.core.management import call_command
    from django.db import connection

    benchdb.bench_settings()
    db = None
    if args.postgres:
        db = benchdb.OwnDatabase(args.database, reuse=args.reuse, keep=args.keep)
        if not db.open():
            return 2
    else:
        call_command("migrate", interactive=False, verbosity=0)
    print(f"database: {connection.vendor} {connection.settings_dict['NAME']}")
    try:
        if not args.reuse:
            build(args)
        return bench(args)
    finally:
        if db is not None:
            db.close()


def _paragraphs() -> list[str]:
    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        out.extend(p.strip() for p in path.read_text(encoding="utf-8").split("\n") if len(p.strip()) > 12)
    return out


def build(args) -> None:
    from django.db import connection, transaction

    from kexie.documents.models import DocType, Document
    from kexie.orgs.services import upsert_user
    from kexie.search import index
    from kexie.search.sources import source_for
    from kexie.site import synth

    rng = random.Random(15)
    start = time.perf_counter()
    with transaction.atomic():
        tree = synth.build_tree(rng, synth.sizes(args.scale))
        upsert_user("bench-national", tree["national"][0], "admin", password_hash="!")
        upsert_user("bench-county", tree["counties"][0], "staff", password_hash="!")
    print(f"organisations: {sum(len(v) for v in tree.values()):,} in {time.perf_counter() - start:.1f} s")
    levels = [(tree["national"], 1), (tree["provinces"], 10), (tree["cities"], 30), (tree["counties"], 59)]
    owners = [org for orgs, weight in levels for org in orgs for _ in range(max(1, round(weight * 20 / len(orgs))))]
    # bench-county's county gets its share for sure
    owners.extend([tree["counties"][0]] * 20)
    paragraphs, types = _paragraphs(), [t for t, _label in DocType.choices]
    places = [o.short_name.removesuffix("科协") for o in tree["cities"] + tree["counties"]]
    source = source_for("document")
    made = indexed = 0
    seconds_making = seconds_indexing = 0.0
    # As kexie reindex: PostgreSQL drops its GIN index and builds it once at the end (timed with the indexing).
    with index.rebuilding():
        while made < args.docs:
            n = min(args.batch, args.docs - made)
            t0 = time.perf_counter()
            docs = []
            for i in range(made, made + n):
                org, place = rng.choice(owners), rng.choice(places)
                year = rng.randint(2018, 2025)
                number = f"{rng.choice(PREFIXES)}〔{year}〕{rng.randint(1, 120)}号"
                body = [p.replace("遵义", place).replace("保定", place) for p in rng.sample(paragraphs, rng.randint(8, 30))]
                if rng.random() < 0.05:
                    body.insert(1, f"联系人：{rng.choice(NAMES)}，电话：0851-{rng.randint(1000000, 9999999)}")
                title = rng.choice(TITLE_HEADS).format(p=place)
                text = "\n".join([org.name + "文件", number, title, *body])
                docs.append(Document(organisation=org, filename=f"bench-{i}.txt",
                                     sha256=hashlib.sha256(f"{i}".encode()).hexdigest(), size=len(text.encode()),
                                     text=text, doc_type=rng.choice(types), doc_number=number,
                                     title=title, date=datetime.date(year, rng.randint(1, 12), rng.randint(1, 28)),
                                     issuer=org.name, parse={}))
            with transaction.atomic():
                Document.objects.bulk_create(docs)  # no signals: the index is written below, timed on its own
            t1 = time.perf_counter()
            indexed += index.put(source, source.queryset().filter(pk__in=[d.pk for d in docs]))
            t2 = time.perf_counter()
            seconds_making += t1 - t0
            seconds_indexing += t2 - t1
            made += n
            if made % (args.batch * 10) == 0 or made == args.docs:
                print(f"  {made:,} documents; indexing {indexed / seconds_indexing:,.0f} documents/s", flush=True)
        finishing = time.perf_counter()
    seconds_indexing += time.perf_counter() - finishing
    if connection.vendor == "postgresql":
        print(f"GIN index built in {time.perf_counter() - finishing:.0f} s (counted in the indexing)")
    chars = sum(len(t) for t in Document.objects.values_list("text", flat=True)[:2000]) / min(2000, made)
    print(f"built {made:,} documents (mean {chars:,.0f} characters) in {seconds_making:.0f} s; "
          f"indexed in {seconds_indexing:.0f} s = {indexed / seconds_indexing:,.0f} documents/s")
    if connection.vendor == "postgresql":
        with connection.cursor() as cur:
            cur.execute("VACUUM ANALYZE search_entry")
            cur.execute("ANALYZE")  # every table: the scope joins the organisations
    else:
        with connection.cursor() as cur:
            cur.execute("INSERT INTO search_fts(search_fts) VALUES ('optimize')")
            cur.execute("ANALYZE")


def queries(rng: random.Random, n: int) -> list[tuple[str, dict]]:
    from kexie.documents.models import Document
    from kexie.orgs.models import Organisation
    numbers = list(Document.objects.order_by("?").values_list("doc_number", flat=True)[:50])
    provinces = list(Organisation.objects.filter(level=2).values_list("pk", flat=True)) or [None]
    out = []
    for i in range(n):
        kind = i % 5
        if kind == 0:
            q = rng.choice(WORDS)
        elif kind == 1:
            q = rng.choice(PHRASES)
        elif kind == 2:
            number = rng.choice(numbers)
            digits = [d for d in __import__("re").findall(r"\d+", number)]
            q = rng.choice([number, number.replace("〔", "[").replace("〕", "]"), " ".join(digits)])
        elif kind == 3:
            q = rng.choice(NAMES)
        else:
            q = rng.choice(WORDS) + " " + rng.choice(PHRASES)
        filters = {}
        if i % 3 == 0:
            filters = rng.choice([{"from": "2022-01-01", "to": "2022-12-31"}, {"doc_type": "notice"},
                                  {"kind": "document"}, {"org": str(rng.choice(provinces))}])
        out.append((q, filters))
    return out


def bench(args) -> int:
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from kexie.search import query
    from kexie.search.models import Entry

    users = [get_user_model().objects.get(username=u) for u in ("bench-county", "bench-national")]
    print(f"index: {Entry.objects.count():,} entries")
    rng = random.Random(16)
    plan = queries(rng, args.queries)
    for q, f in plan[:10]:  # warm the caches
        for u in users:
            query.run(u, query.parse(u, {"q": q, **f}))
    rows, load = [], os.getloadavg()
    for i, (q, f) in enumerate(plan):
        u = users[i % 2]
        # a county user may not filter on a province: the national administrator does
        params = {"q": q, **({k: v for k, v in f.items() if k != "org"} if i % 2 == 0 else f)}
        with CaptureQueriesContext(connection) as captured:
            t0 = time.perf_counter()
            out = query.run(u, query.parse(u, params))
            elapsed = time.perf_counter() - t0
        rows.append((elapsed, u.username, q, params, out.total, out.by_date, len(captured)))
    times = sorted(r[0] for r in rows)
    print(f"load average during the queries: {' '.join(f'{x:.2f}' for x in load)} (1/5/15 min) → "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")

    def pct(values, p):
        return values[min(len(values) - 1, round(p * (len(values) - 1)))] * 1000
    print(f"{len(rows)} queries: p50 {pct(times, 0.5):.1f} ms, p95 {pct(times, 0.95):.1f} ms, "
          f"max {times[-1] * 1000:.1f} ms; at most {max(r[6] for r in rows)} SQL queries each")
    for who in ("bench-county", "bench-national"):
        t = sorted(r[0] for r in rows if r[1] == who)
        print(f"  as {who}: p50 {pct(t, 0.5):.1f} ms, p95 {pct(t, 0.95):.1f} ms")
    print(f"  by date (over {query.RANK_CAP} matches): {sum(1 for r in rows if r[5])}, mean results "
          f"{statistics.mean(min(r[4], query.COUNT_CAP) for r in rows):.0f}")
    print("slowest:")
    for r in sorted(rows, reverse=True)[:5]:
        print(f"  {r[0] * 1000:7.1f} ms  {r[1]:15} {r[2]!r} {r[3]} → {r[4]} {'(by date)' if r[5] else ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
