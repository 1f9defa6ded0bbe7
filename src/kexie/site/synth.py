"""A synthetic national dataset (中国科协 → 31 provinces → cities → counties, 学会/高校/企业科协, users, plans
sent to every county, assignments in every status, reports, history) for measuring the platform at scale.

Everything goes in by bulk paths: bulk_create with batch_size for the organisation tree and the users,
the ledger's own `publish` (COPY on PostgreSQL) for the assignments, and one INSERT … SELECT / UPDATE …
WHERE id % 20 per status for the flow, the reports and their history. The same seed gives the same
dataset (names, tree, statuses). Refuses a database that already has organisations: the names are
unique and synthetic rows are never wanted next to real ones.
"""

from __future__ import annotations

import datetime
import json
import random
import time
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import connection, transaction
from django.utils import timezone

from kexie.audit.models import Entry
from kexie.ledger import counts, services
from kexie.ledger.flow import Status
from kexie.ledger.models import Assignment, MatchState, ObjectType, Plan, PlanRecipient, Report, Task
from kexie.ledger.lights import Clock, Light
from kexie.orgs.models import PATH_STEP, Department, Kind, Level, Membership, MemberRole, Organisation
from kexie.oversight import reminders
from kexie.oversight.models import EmailState, Notice, NoticeKind, Urge

PROVINCES = [
    "北京市", "天津市", "河北省", "山西省", "内蒙古自治区", "辽宁省", "吉林省", "黑龙江省", "上海市", "江苏省",
    "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "广西壮族自治区",
    "海南省", "重庆市", "四川省", "贵州省", "云南省", "西藏自治区", "陕西省", "甘肃省", "青海省",
    "宁夏回族自治区", "新疆维吾尔自治区",
]
# Two of these make a place name (安平, 清河, …): 80 × 79 names, enough for every city and county.
PLACE_CHARS = ("安平江山河阳南北东西清丰新华永兴长德昌云泉林桥宁远兰溪台石城湖海峰川源宝龙凤鹤金玉明"
               "光盛和泰康乐顺通临汾沙滨岭原武文嘉庆定保隆兆惠福寿吉祥昭都崇建松柏桂")
SOCIETY_FIELDS = ["力学", "物理", "化学", "天文", "气象", "地理", "地质", "海洋", "生态", "植物", "动物", "微生物",
                  "遗传", "营养", "数学", "计算机", "电子", "自动化", "机械工程", "电机工程", "水利", "土木工程",
                  "农学", "林学", "园艺", "畜牧兽医", "水产", "中医药", "药学", "护理", "医学", "图书馆",
                  "科普作家", "科学技术史", "心理", "环境科学", "能源研究", "测绘", "材料研究", "通信"]
UNIVERSITY_WORDS = ["理工", "师范", "农业", "医科", "工业", "科技", "财经", "交通", "石油", "林业", "海洋", "中医药"]
ENTERPRISE_WORDS = ["电力", "能源", "建工", "交通投资", "化工", "钢铁", "机械", "电子", "水务", "信息", "航空", "农垦"]
DEPARTMENTS = ["办公室", "组织人事部", "科普部", "学会学术部"]

FULL_SCALE = {"cities": 330, "counties": 2800, "societies": 3500}
TASKS_PER_PLAN = 40
RECIPIENT = "各县（市、区）科协"

# Share of assignments per status, by id % 20: (buckets, status, version, accepted, closed, reported).
FLOW = [
    (range(0, 4), Status.ASSIGNED, 1, False, False, False),
    (range(4, 7), Status.ACCEPTED, 2, True, False, False),
    (range(7, 12), Status.IN_PROGRESS, 3, True, False, True),
    (range(12, 14), Status.COMPLETION_REQUESTED, 4, True, False, True),
    (range(14, 17), Status.CLOSED, 5, True, True, True),
    (range(17, 18), Status.RETURNED, 5, True, False, True),
    (range(18, 20), Status.EXTENSION_REQUESTED, 4, True, False, True),
]
# The steps that lead to each status, as history: (action, before, after, taken by the issuer).
STEPS = {
    Status.ACCEPTED: [("accept", Status.ASSIGNED, Status.ACCEPTED, False)],
    Status.IN_PROGRESS: [("accept", Status.ASSIGNED, Status.ACCEPTED, False),
                         ("report", Status.ACCEPTED, Status.IN_PROGRESS, False)],
    Status.COMPLETION_REQUESTED: [("accept", Status.ASSIGNED, Status.ACCEPTED, False),
                                  ("report", Status.ACCEPTED, Status.IN_PROGRESS, False),
                                  ("request_completion", Status.IN_PROGRESS, Status.COMPLETION_REQUESTED, False)],
    Status.CLOSED: [("accept", Status.ASSIGNED, Status.ACCEPTED, False),
                    ("report", Status.ACCEPTED, Status.IN_PROGRESS, False),
                    ("request_completion", Status.IN_PROGRESS, Status.COMPLETION_REQUESTED, False),
                    ("close", Status.COMPLETION_REQUESTED, Status.CLOSED, True)],
    Status.RETURNED: [("accept", Status.ASSIGNED, Status.ACCEPTED, False),
                      ("report", Status.ACCEPTED, Status.IN_PROGRESS, False),
                      ("request_completion", Status.IN_PROGRESS, Status.COMPLETION_REQUESTED, False),
                      ("return", Status.COMPLETION_REQUESTED, Status.RETURNED, True)],
    Status.EXTENSION_REQUESTED: [("accept", Status.ASSIGNED, Status.ACCEPTED, False),
                                 ("report", Status.ACCEPTED, Status.IN_PROGRESS, False),
                                 ("request_extension", Status.IN_PROGRESS, Status.EXTENSION_REQUESTED, False)],
}
BATCH = 2000
REPORT_TEXT = "已按要求部署落实，完成阶段性工作，相关材料已整理归档。"


class SynthError(Exception):
    """The dataset cannot be generated as asked; str(error) says why."""


@dataclass
class Totals:
    phases: list[tuple[str, int, float]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)


class _Phase:
    """Times one phase and reports its rate through `out`."""

    def __init__(self, totals: Totals, name: str, out):
        self.totals, self.name, self.out, self.rows = totals, name, out, 0

    def __enter__(self):
        self.start = time.perf_counter()
        return self

    def __exit__(self, *exc):
        if exc[0] is None:
            seconds = time.perf_counter() - self.start
            self.totals.phases.append((self.name, self.rows, seconds))
            self.out(f"{self.name:<24} {self.rows:>10,} rows {seconds:8.1f} s {self.rows / max(seconds, 1e-6):>10,.0f} rows/s")


def sizes(scale: float) -> dict[str, int]:
    """How many cities, counties and societies at a scale; never fewer than keep every level present."""
    minimum = {"cities": 2, "counties": 4, "societies": 3}
    return {k: max(minimum[k], round(n * scale)) for k, n in FULL_SCALE.items()}


def _place_names(rng: random.Random, n: int) -> list[str]:
    pairs = [a + b for a in PLACE_CHARS for b in PLACE_CHARS if a != b]
    if n > len(pairs):
        raise SynthError(f"最多生成 {len(pairs)} 个市县名称。")
    return rng.sample(pairs, n)


def _create_level(rows: list[tuple[str, str, str, int, Organisation | None]]) -> list[Organisation]:
    """Bulk-create one level of the tree (name, short name, kind, level, parent), then set path and depth."""
    orgs = [Organisation(name=name, short_name=short, kind=kind, level=level, parent=parent, order=i)
            for i, (name, short, kind, level, parent) in enumerate(rows)]
    Organisation.objects.bulk_create(orgs, batch_size=BATCH)
    for org in orgs:
        org.path = f"{org.parent.path if org.parent else ''}{org.pk:0{PATH_STEP}d}/"
        org.depth = org.parent.depth + 1 if org.parent else 0
    Organisation.objects.bulk_update(orgs, ["path", "depth"], batch_size=500)
    return orgs


def build_tree(rng: random.Random, n: dict[str, int]) -> dict[str, list[Organisation]]:
    national = _create_level([("中国科学技术协会", "中国科协", Kind.ASSOCIATION, Level.NATIONAL, None)])
    provinces = _create_level([(f"{p}科学技术协会", f"{p}科协", Kind.ASSOCIATION, Level.PROVINCE, national[0])
                               for p in PROVINCES])
    places = _place_names(rng, n["cities"] + n["counties"])
    city_rows = []
    for i, place in enumerate(places[:n["cities"]]):
        province = provinces[i % len(provinces)]
        city_rows.append((f"{place}市科学技术协会", f"{place}市科协", Kind.ASSOCIATION, Level.CITY, province))
    cities = _create_level(city_rows)
    county_rows = []
    for i, place in enumerate(places[n["cities"]:]):
        suffix = "县区市"[i % 7 // 3] if i % 7 else "县"
        county_rows.append((f"{place}{suffix}科学技术协会", f"{place}{suffix}科协", Kind.ASSOCIATION, Level.COUNTY,
                            cities[i % len(cities)]))
    counties = _create_level(county_rows)
    # 学会 under the national body, provinces and cities; 高校科协 and 企业科协 under provinces and cities.
    upper = [*national, *provinces, *cities]
    society_rows = []
    for i in range(n["societies"]):
        parent, turn = upper[i % len(upper)], i // len(upper)
        stem = "中国" if parent.level == Level.NATIONAL else parent.short_name.removesuffix("科协")
        if i % 10 < 6:
            word, kind, tail, short_tail = SOCIETY_FIELDS, Kind.SOCIETY, "学会", "学会"
        elif i % 10 < 8:
            word, kind, tail, short_tail = UNIVERSITY_WORDS, Kind.UNIVERSITY, "大学科学技术协会", "大学科协"
        else:
            word, kind, tail, short_tail = ENTERPRISE_WORDS, Kind.ENTERPRISE, "集团科学技术协会", "集团科协"
        w = word[turn % len(word)] + ("" if turn < len(word) else str(turn // len(word) + 1))
        society_rows.append((f"{stem}{w}{tail}", f"{stem}{w}{short_tail}", kind, parent.level, parent))
    societies = _create_level(society_rows)
    return {"national": national, "provinces": provinces, "cities": cities, "counties": counties,
            "societies": societies}


def build_departments(tree) -> int:
    upper = [*tree["national"], *tree["provinces"], *tree["cities"]]
    rows = [Department(organisation=org, name=name, order=i) for org in upper for i, name in enumerate(DEPARTMENTS)]
    Department.objects.bulk_create(rows, batch_size=BATCH)
    return len(rows)


def build_users(tree, password: str, county_share: int) -> dict[str, int]:
    """An admin and a staff user for the national body, every province and city and every n-th county.

    Usernames: national-admin, p01-staff, c0001-admin, x0001-staff (x: county, numbered as created).
    Returns {username: organisation id}."""
    User = get_user_model()
    hashed = make_password(password)
    wanted: list[tuple[str, Organisation]] = [("national", tree["national"][0])]
    wanted += [(f"p{i + 1:02d}", o) for i, o in enumerate(tree["provinces"])]
    wanted += [(f"c{i + 1:04d}", o) for i, o in enumerate(tree["cities"])]
    wanted += [(f"x{i + 1:04d}", o) for i, o in enumerate(tree["counties"]) if i % county_share == 0]
    users, memberships = [], []
    for prefix, org in wanted:
        for role in (MemberRole.ADMIN, MemberRole.STAFF):
            top_admin = role == MemberRole.ADMIN and org.parent_id is None
            users.append(User(username=f"{prefix}-{role}", password=hashed, is_staff=top_admin,
                              is_superuser=top_admin))
            memberships.append((org, role))
    User.objects.bulk_create(users, batch_size=BATCH)
    Membership.objects.bulk_create([Membership(user=u, organisation=org, role=role)
                                    for u, (org, role) in zip(users, memberships)], batch_size=BATCH)
    return {u.username: org.pk for u, (org, _) in zip(users, memberships)}


def build_plan(number: int, issuer: Organisation, counties: list[Organisation], year: int,
               today: datetime.date) -> Plan:
    """A draft national plan of 40 tasks whose recipient (各县（市、区）科协) is confirmed to every county."""
    plan = Plan.objects.create(organisation=issuer, title=f"{year}年全国科协系统重点工作任务（第{number}批）",
                               doc_number=f"科协发〔{year}〕{number}号", year=year,
                               default_due=today + datetime.timedelta(days=90))
    Task.objects.bulk_create([
        Task(plan=plan, outline_id=str(i + 1), marker=f"{i + 1}.", heading=f"第{i + 1}项重点工作",
             text="结合本地实际，认真组织实施，按时报送进展情况。", order=i,
             # Due dates from 2 months ago to 4 months ahead: every light (绿/黄/红) has rows.
             due_date=today + datetime.timedelta(days=(i * 5) % 180 - 60))
        for i in range(TASKS_PER_PLAN)], batch_size=BATCH)
    recipient = PlanRecipient.objects.create(plan=plan, name=RECIPIENT, rule="synth", state=MatchState.CONFIRMED)
    through = PlanRecipient.organisations.through
    through.objects.bulk_create([through(planrecipient_id=recipient.pk, organisation_id=c.pk) for c in counties],
                                batch_size=BATCH)
    return plan


def _in_buckets(buckets: range) -> str:
    return f"{Assignment._meta.db_table}.id %% 20 BETWEEN {buckets.start} AND {buckets.stop - 1}"


def move_statuses(plan_ids: list[int], now: datetime.datetime) -> int:
    """Every assignment of the plans moved to its status by id % 20, with the dates the flow would set."""
    table = Assignment._meta.db_table
    plans = ", ".join(str(int(p)) for p in plan_ids)
    accepted_at, closed_at = now + datetime.timedelta(seconds=1), now + datetime.timedelta(seconds=4)
    requested_due = now.date() + datetime.timedelta(days=180)
    moved = 0
    with connection.cursor() as cursor:
        for buckets, status, version, accepted, closed, reported in FLOW[1:]:
            sets = ["status = %s", "version = %s", "updated_at = %s"]
            params: list = [status, version, closed_at]
            if accepted:
                sets.append("accepted_at = %s")
                params.append(accepted_at)
            if closed:
                sets.append("closed_at = %s")
                params.append(closed_at)
            if reported:  # the numbers of its report (write_reports), as submit_report copies them
                sets += ["progress = %s", "progress_text = %s", "last_report_at = %s"]
                params += [100 if closed else 50, REPORT_TEXT, now + datetime.timedelta(seconds=2)]
            if status == Status.EXTENSION_REQUESTED:
                sets += ["requested_due = %s", "status_before_extension = %s"]
                params += [requested_due, Status.IN_PROGRESS]
            cursor.execute(f"UPDATE {table} SET {', '.join(sets)} WHERE plan_id IN ({plans}) AND {_in_buckets(buckets)}",
                           params)
            moved += cursor.rowcount
    return moved


# The reports each assignment past 签收 has sent: monthly, the last one now (its numbers are on the assignment,
# move_statuses); (days before now, share of the final percent). Three per reported assignment: ~2,000,000 at the
# national size (issue 12).
REPORT_ROUNDS = ((60, 0.4), (30, 0.7), (0, 1.0))


def write_reports(plan_ids: list[int], now: datetime.datetime) -> int:
    """REPORT_ROUNDS reports (by the county's staff user, where it has one) per assignment past 签收, the last
    one matching the numbers move_statuses copied onto the assignment."""
    a, r, m = Assignment._meta.db_table, Report._meta.db_table, Membership._meta.db_table
    plans = ", ".join(str(int(p)) for p in plan_ids)
    total = 0
    with connection.cursor() as cursor:
        for days_before, share in REPORT_ROUNDS:
            reported_at = now + (datetime.timedelta(seconds=2) if not days_before
                                 else -datetime.timedelta(days=days_before))
            for buckets, status, _, _, closed, reported in FLOW:
                if not reported:
                    continue
                percent = round((100 if closed else 50) * share)
                cursor.execute(
                    f"INSERT INTO {r} (assignment_id, author_id, text, percent, is_typical_case, created_at) "
                    f"SELECT {a}.id, {m}.user_id, %s, %s, {a}.id %% 97 = 0 AND %s, %s FROM {a} "
                    f"LEFT JOIN {m} ON {m}.organisation_id = {a}.organisation_id AND {m}.role = %s "
                    f"WHERE {a}.plan_id IN ({plans}) AND {_in_buckets(buckets)}",
                    [REPORT_TEXT, percent, not days_before, reported_at, MemberRole.STAFF])
                total += cursor.rowcount
    return total


def write_history(plan_ids: list[int], issuer, now: datetime.datetime) -> int:
    """The audit entries the flow would have written: one per step that led each assignment to its status
    (by the county's staff user where it has one, by `issuer`, a user, for the issuer's steps), and one per
    report, each owned by the unit (its path). The one place synth writes history."""
    a, e, r, m = Assignment._meta.db_table, Entry._meta.db_table, Report._meta.db_table, Membership._meta.db_table
    o = Organisation._meta.db_table
    issuer_org = issuer.membership.organisation_id
    plans = ", ".join(str(int(p)) for p in plan_ids)
    as_json = "CAST(%s AS jsonb)" if connection.vendor == "postgresql" else "%s"
    cols = "plan_id, object_type, object_id, action, user_id, organisation_id, at, before, after, reason, scope_path"
    owner = f"JOIN {o} ON {o}.id = {a}.organisation_id"
    total = 0
    with connection.cursor() as cursor:
        for buckets, status, *_ in FLOW:
            for step, (action, before, after, by_issuer) in enumerate(STEPS.get(status, [])):
                who = (f"{int(issuer.pk)}, {int(issuer_org)}" if by_issuer
                       else f"(SELECT user_id FROM {m} WHERE {m}.organisation_id = {a}.organisation_id AND "
                            f"{m}.role = '{MemberRole.STAFF}'), {a}.organisation_id")
                reason = "请补充办结材料。" if action == "return" else ("工作量较大，申请延期。"
                                                                    if action == "request_extension" else "")
                cursor.execute(
                    f"INSERT INTO {e} ({cols}) SELECT {a}.plan_id, %s, {a}.id, %s, {who}, %s, "
                    f"{as_json}, {as_json}, %s, {o}.path FROM {a} {owner} "
                    f"WHERE {a}.plan_id IN ({plans}) AND {_in_buckets(buckets)}",
                    [ObjectType.ASSIGNMENT.value, action, now + datetime.timedelta(seconds=1 + step),
                     json.dumps({"status": before}), json.dumps({"status": after}), reason])
                total += cursor.rowcount
        cursor.execute(
            f"INSERT INTO {e} ({cols}) SELECT {a}.plan_id, %s, {r}.id, %s, {r}.author_id, {a}.organisation_id, "
            f"{r}.created_at, {as_json}, {as_json}, %s, {o}.path FROM {r} JOIN {a} ON {a}.id = {r}.assignment_id "
            f"{owner} WHERE {a}.plan_id IN ({plans})",
            [ObjectType.REPORT.value, "report", "{}", json.dumps({"text": "已按要求部署落实", "percent": 50}), ""])
        total += cursor.rowcount
    return total


URGE_SHARE = 10  # one overdue assignment in this many is urged
URGE_TEXT = "该项工作已逾期，请说明原因并尽快报送办理情况。"


def write_urges(plan_ids: list[int], issuer, now: datetime.datetime, today: datetime.date) -> int:
    """催办 by the issuer on every URGE_SHARE-th overdue (红, by the ledger's light rule) assignment, with what
    urging.urge writes for each: the Urge, its audit entry owned by the unit, a notice to each of the unit's
    editors. Three INSERT … SELECT statements; returns the rows written."""
    u, a, e, n = Urge._meta.db_table, Assignment._meta.db_table, Entry._meta.db_table, Notice._meta.db_table
    o, m = Organisation._meta.db_table, Membership._meta.db_table
    red_sql, red_params = (Assignment.objects.filter(Clock.at(today).q(Light.RED), plan_id__in=plan_ids)
                           .order_by().values("id").query.sql_with_params())
    as_json = "CAST(%s AS jsonb)" if connection.vendor == "postgresql" else "%s"
    total = 0
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {u} (assignment_id, plan_id, sender_id, sender_organisation_id, message, created_at) "
            f"SELECT {a}.id, {a}.plan_id, %s, %s, %s, %s FROM {a} "
            f"WHERE {a}.id IN ({red_sql}) AND {a}.id %% {URGE_SHARE} = 0",
            [issuer.pk, issuer.membership.organisation_id, URGE_TEXT, now, *red_params])
        total += cursor.rowcount
        plans = ", ".join(str(int(p)) for p in plan_ids)
        cursor.execute(
            f"INSERT INTO {e} (plan_id, object_type, object_id, action, user_id, organisation_id, at, before, "
            f"after, reason, scope_path) SELECT {u}.plan_id, %s, {u}.assignment_id, %s, {u}.sender_id, "
            f"{u}.sender_organisation_id, {u}.created_at, {as_json}, {as_json}, {u}.message, {o}.path FROM {u} "
            f"JOIN {a} ON {a}.id = {u}.assignment_id JOIN {o} ON {o}.id = {a}.organisation_id "
            f"WHERE {u}.plan_id IN ({plans})",
            [ObjectType.ASSIGNMENT.value, "urge", "{}", "{}"])
        total += cursor.rowcount
        cursor.execute(
            f"INSERT INTO {n} (recipient_id, kind, assignment_id, plan_id, due_date, urge_id, text, event_key, "
            f"created_at, email_state) SELECT {m}.user_id, %s, {u}.assignment_id, {u}.plan_id, {a}.due_date, "
            f"{u}.id, {u}.message, %s || CAST({u}.id AS TEXT), {u}.created_at, %s FROM {u} "
            f"JOIN {a} ON {a}.id = {u}.assignment_id "
            f"JOIN {m} ON {m}.organisation_id = {a}.organisation_id AND {m}.role IN (%s, %s) "
            f"WHERE {u}.plan_id IN ({plans})",
            [NoticeKind.URGE.value, "urge:", EmailState.PENDING.value, MemberRole.ADMIN, MemberRole.STAFF])
        total += cursor.rowcount
    return total


def generate(*, plans: int = 9, scale: float = 1.0, seed: int = 0, password: str = "synth",
             county_user_share: int = 10, out=print) -> Totals:
    """Generate the dataset into the configured (empty) database and return what each phase wrote."""
    if not 0 < scale <= 1:
        raise SynthError("--scale 应在 0 和 1 之间，例如 0.1 生成十分之一。")
    if plans < 0 or plans > 100:
        raise SynthError("--plans 应在 0 到 100 之间。")
    if Organisation.objects.exists():
        raise SynthError("数据库里已有组织：kexie synth 只写入空数据库，请换一个 KEXIE_DATABASE_URL。")
    rng = random.Random(seed)
    n = sizes(scale)
    totals = Totals()
    now = timezone.now()
    today = timezone.localdate()
    with transaction.atomic():
        with _Phase(totals, "organisations", out) as phase:
            tree = build_tree(rng, n)
            phase.rows = sum(len(v) for v in tree.values())
        with _Phase(totals, "departments", out) as phase:
            phase.rows = build_departments(tree)
        with _Phase(totals, "users + memberships", out) as phase:
            users = build_users(tree, password, county_user_share)
            phase.rows = 2 * len(users)
    issuer = tree["national"][0]
    publisher = get_user_model().objects.get(username="national-staff")
    plan_ids = []
    with _Phase(totals, "publish (assignments)", out) as phase:
        for number in range(1, plans + 1):
            with transaction.atomic():
                plan = build_plan(number, issuer, tree["counties"], today.year, today)
                phase.rows += services.publish(plan, publisher)
            plan_ids.append(plan.pk)
    if plan_ids:
        with transaction.atomic():
            with _Phase(totals, "status flow", out) as phase:
                phase.rows = move_statuses(plan_ids, now)
                counts.recount(plan_ids)  # the bulk UPDATEs went round change_assignment
            with _Phase(totals, "reports", out) as phase:
                phase.rows = write_reports(plan_ids, now)
                counts.recount_reports(plan_ids)
            with _Phase(totals, "history", out) as phase:
                phase.rows = write_history(plan_ids, publisher, now)
            with _Phase(totals, "催办 (+ entries, notices)", out) as phase:
                phase.rows = write_urges(plan_ids, publisher, now, today)
            with _Phase(totals, "临期/逾期 notices", out) as phase:
                phase.rows = sum(reminders.create_notices(today).values())
        if connection.vendor == "postgresql":
            # What autovacuum does soon after bulk writes, so pages are measured on a settled database: the
            # statistics, and the visibility map that lets index-only scans skip the heap (VACUUM cannot run
            # inside a transaction, as in tests: there, statistics only).
            with _Phase(totals, "vacuum analyze", out), connection.cursor() as cursor:
                cursor.execute("ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE")
    totals.counts = {
        "organisations": Organisation.objects.count(), "departments": Department.objects.count(),
        "users": len(users), "plans": len(plan_ids),
        "assignments": Assignment.objects.filter(plan_id__in=plan_ids).count(),
        "reports": Report.objects.filter(assignment__plan_id__in=plan_ids).count(),
        "history": Entry.objects.filter(plan_id__in=plan_ids).count(),
        "urges": Urge.objects.filter(plan_id__in=plan_ids).count(),
        "notices": Notice.objects.filter(plan_id__in=plan_ids).count(),
    }
    return totals
