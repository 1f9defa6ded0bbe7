"""The demo's ledgers: the seed plans built, reviewed and sent down, in a believable state of work.

Called by `kexie demo` after the seeds are stored. The 遵义 plan goes to its departments, its 科技馆 and its
counties, with assignments in every status, reports and a county's filed plan (备案); the 广东, 陕西 plans go
to the units their recipients expand to; the 保定 plan stays a draft (保定 has no units or departments on
record yet, so its recipients wait for a person), which shows the review page. The 四川 newspaper page is
not a plan: its city items become the reports of the matching city associations on a small 四川省科协
plan, and 中山市科协's item a report on the 广东 plan.

Due dates are set relative to today, so the lights (绿/黄/红) have something to show whenever the demo runs.
Running it again changes nothing: a plan that is already published is left as it is.
"""

from __future__ import annotations

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone

from kexie.documents.models import Document
from kexie.documents.services import ingest
from kexie.orgs.models import Organisation
from kexie.orgs.services import upsert_user

from . import demo_cycles, demo_quotas, demo_relays, services
from .matching import Directory
from .draft import _add_recipient
from .journal import record
from .models import Assignment, MatchState, NameMatch, Plan, PlanState, Status, Task

SEED_PLANS = [
    # (seed file, the user who builds and publishes it)
    ("zunyi-2022-6-implementation-plan.txt", "zunyi-staff"),
    ("guangdong-2022-30-work-plan.txt", None),
    ("shaanxi-2021-action-plan.txt", None),
    ("baoding-2021-9-activity-plan.txt", None),
]

ZHENGAN_PLAN = """正安县科学技术协会
正科协字〔2022〕3号
关于印发《正安县科协贯彻新国发2号文件实施方案》的通知

各乡镇科协、县直各学会：
现将《正安县科协贯彻新国发2号文件实施方案》印发给你们，请认真抓好落实。

正安县科协贯彻新国发2号文件实施方案

为贯彻落实遵义市科协《贯彻新国发2号文件实施方案》（遵市科协字〔2022〕6号），结合我县实际，制定本方案。

一、深入学习新国发2号文件
（一）组织学习研讨。县科协党组会、理论学习中心组专题学习新国发2号文件精神。
（二）开展宣传宣讲。组织科技志愿者深入乡镇、企业、学校开展宣讲活动。
二、抓好贯彻落实
（一）争取项目支持。积极向市科协、省科协争取科普项目支持。
（二）及时报送进展。每季度末向市科协报送工作进展情况。

正安县科学技术协会
2022年5月10日
"""


def _actor(org: Organisation):
    """A 经办 of the organisation to act as: its demo sign-in if it has one, else a sign-in made for the demo."""
    User = get_user_model()
    user = User.objects.filter(membership__organisation=org, membership__role__in=["admin", "staff"]).order_by(
        "membership__role", "pk").first()
    if user is not None:
        return user
    user, _ = upsert_user(f"unit{org.pk}", org, "staff", password_hash=make_password(None),
                          full_name=f"{org.display_name}经办")
    return user


def _review(plan: Plan, user) -> None:
    """What a person would do on the review page: take each best guess, ignore names and recipients with none."""
    for m in NameMatch.objects.filter(task__plan=plan, state=MatchState.PENDING).select_related("task__plan"):
        if m.is_group_phrase:
            services.resolve_match(m, user, action="confirm" if m.organisations.exists() else "ignore")
        elif m.candidates:
            c = m.candidates[0]
            services.resolve_match(m, user, action="pick", kind=c["kind"], target_id=c["id"])
        else:
            services.resolve_match(m, user, action="ignore")
    for r in plan.recipients.filter(state=MatchState.PENDING).select_related("plan"):
        services.set_recipient(r, user, ignore=True)


def _due_dates(plan: Plan, user, today: datetime.date) -> None:
    """Spread the tasks' due dates around today: a few overdue, a few due within days, most later."""
    offsets = [-12, 2, 30, 45, 60, 90, 120, 150, -3, 1, 75, 100]
    services.update_plan(plan, user, default_due=today + datetime.timedelta(days=180))
    for i, task in enumerate(plan.tasks.filter(is_group=False).select_related("plan").order_by("order")):
        if not task.deadline:
            services.update_task(task, user, due_date=today + datetime.timedelta(days=offsets[i % len(offsets)]))


def _step(a: Assignment, *actions, when=None):
    """Move an assignment through actions (name or (name, kwargs)), each by the side the flow allows."""
    from .flow import ISSUER, STEPS
    for item in actions:
        name, kwargs = (item, {}) if isinstance(item, str) else item
        a = Assignment.objects.select_related("plan", "task", "organisation").get(pk=a.pk)
        who = a.plan.organisation if STEPS[name].who == ISSUER else a.organisation
        services.act(a, name, _actor(who), **kwargs)
    return a


def _report(a: Assignment, text: str, percent: int, *, typical=False, days_ago=3):
    a = Assignment.objects.select_related("plan", "task", "organisation").get(pk=a.pk)
    return services.submit_report(a, _actor(a.organisation), text=text, percent=percent, is_typical_case=typical,
                                  created_at=timezone.now() - datetime.timedelta(days=days_ago))


def _assignment(plan: Plan, outline_id: str, unit: str) -> Assignment | None:
    qs = Assignment.objects.filter(plan=plan, task__outline_id=outline_id)
    for a in qs.select_related("organisation", "department"):
        if a.assignee_label == unit or a.organisation.name == unit or a.organisation.short_name == unit:
            return a
    return None


def _fill_zunyi(plan: Plan, today: datetime.date) -> None:
    ext = {"reason": "涉及市级部门协调，需延后完成", "new_due": today + datetime.timedelta(days=240)}
    done = "已按要求完成，相关材料已归档"
    a = _assignment(plan, "2.1", "办公室")
    _step(a, "accept")
    _report(a, "3月28日召开党组会专题学习新国发2号文件，4月中旬组织中心组学习研讨1次。", 60, days_ago=10)
    _step(_assignment(plan, "2.1", "党支部"), "accept")
    a = _assignment(plan, "2.2", "业务部")
    _step(a, "accept")
    _report(a, "已向省科协汇报2022年度争取项目清单，对接中国科技馆流动科技馆巡展1项。", 90, days_ago=6)
    _step(a, ("request_completion", {"reason": "项目对接已完成"}))
    _step(_assignment(plan, "2.2", "遵义市科技馆"), "accept", ("request_extension", ext))
    a = _assignment(plan, "2.3", "办公室")
    _step(a, "accept")
    _report(a, "组建科技工作者宣讲团，赴企事业单位、乡镇开展宣讲12场，覆盖3000余人。", 100, typical=True, days_ago=20)
    _step(a, ("request_completion", {"reason": done}), "close")
    a = _assignment(plan, "2.3", "业务部")
    _step(a, "accept", ("request_completion", {"reason": done}),
          ("return", {"reason": "请补充宣讲活动照片和签到表"}))
    # The counties on 3.2 (强化统筹推进): every status among them.
    a = _assignment(plan, "3.2", "正安县科协")
    _step(a, "accept")
    _report(a, "县科协结合“科技活动周”开展新国发2号文件专题宣传，发放资料5000余份，"
               "组织科技志愿者下乡服务20余次。", 50, typical=True, days_ago=4)
    a = _assignment(plan, "3.2", "汇川区科协")
    _step(a, "accept")
    _report(a, "区科协将贯彻落实工作纳入年度目标考核，已完成全部工作。", 100, days_ago=15)
    _step(a, ("request_completion", {"reason": done}), "close")
    _step(_assignment(plan, "3.2", "红花岗区科协"), "accept")
    a = _assignment(plan, "3.2", "播州区科协")
    _step(a, "accept", "start", ("request_completion", {"reason": "已完成统筹推进工作"}))
    _step(_assignment(plan, "3.2", "桐梓县科协"), ("request_extension", ext))
    a = _assignment(plan, "3.2", "湄潭县科协")
    _step(a, "accept", ("request_completion", {"reason": done}), ("return", {"reason": "报送材料缺少数据"}))
    a = _assignment(plan, "3.3", "赤水市科协")
    _step(a, "accept", ("request_extension", ext), "approve_extension")
    a = _assignment(plan, "3.3", "仁怀市科协")
    _step(a, "accept", ("request_extension", ext), ("reject_extension", {"reason": "时限不宜延后"}))
    # 备案: 正安县科协 files its own implementation plan under the city's.
    zhengan = Organisation.objects.get(short_name="正安县科协")
    document, _ = ingest(ZHENGAN_PLAN.encode("utf-8"), "正安县科协贯彻新国发2号文件实施方案.txt", zhengan,
                         _actor(zhengan))
    services.file_plan(plan, _actor(zhengan), document, note="正科协字〔2022〕3号")


def _build_seed_plan(filename: str, builder: str | None, today: datetime.date) -> tuple[Plan | None, str]:
    document = Document.objects.filter(filename=filename).select_related("organisation").first()
    if document is None:
        return None, "seed not stored"
    User = get_user_model()
    user = User.objects.get(username=builder) if builder else _actor(document.organisation)
    plan, created = services.build_plan(document, user)
    if plan.state == PlanState.PUBLISHED:
        return plan, "already published"
    _review(plan, user)
    _due_dates(plan, user, today)
    try:
        n = services.publish(plan, user)
    except services.LedgerError as e:
        return plan, f"left as a draft ({e})"
    plan.refresh_from_db()
    return plan, f"published, {n} assignments"


SICHUAN_TITLE = "四川省科协关于学习宣传贯彻党的二十大精神的工作安排"


def _sichuan(today: datetime.date) -> str:
    """A small plan of 四川省科协 sent to its cities, whose newspaper items become the cities' reports."""
    sichuan = Organisation.objects.get(short_name="四川省科协")
    if Plan.objects.filter(organisation=sichuan, title=SICHUAN_TITLE).exists():
        return "already built"
    user = _actor(sichuan)
    plan = Plan.objects.create(organisation=sichuan, title=SICHUAN_TITLE, doc_number="", year=today.year,
                               default_due=today + datetime.timedelta(days=60), created_by=user)
    Task.objects.create(plan=plan, outline_id="1", marker="一、", level=1, order=0,
                        heading="学习宣传贯彻党的二十大精神",
                        text="各市（州）科协要迅速传达学习党的二十大精神，结合实际开展宣传宣讲，及时报送工作动态。")
    record(plan, "create", user, reason="演示数据")
    _add_recipient(plan, Directory(sichuan), "各市（州）科协", 0)
    services.publish(plan, user)
    page = Document.objects.filter(filename="sichuan-newspaper-page.txt").first()
    n = 0
    for i, seg in enumerate((page.parse or {}).get("segments") or [] if page else []):
        unit = Organisation.objects.named(seg.get("unit") or "").first()
        if unit is None:
            continue
        # 沙湾区老科协 reports through its city (乐山市科协), the unit the plan was assigned to.
        city = next((o for o in [unit, *reversed(list(unit.ancestors()))] if o.parent_id == sichuan.pk), None)
        target = None
        if city is not None:
            target = Assignment.objects.filter(plan=plan, organisation=city).first()
        elif unit.short_name == "中山市科协":
            target = Assignment.objects.filter(plan__document__filename="guangdong-2022-30-work-plan.txt",
                                               organisation=unit, task__outline_id="3.4").first()
        if target is None:
            continue
        text = f"{seg['heading']}\n{seg['text']}" if seg.get("heading") else seg["text"]
        if city is not None:  # 据报道代录: the province records its cities' items from the page
            services.submit_report(target, user, text=text.strip(), percent=60, on_behalf_from=page,
                                   created_at=timezone.now() - datetime.timedelta(days=2 + i))
        else:
            _report(target, text.strip(), 60, typical=unit.short_name == "中山市科协", days_ago=2 + i)
        n += 1
    return f"published, {n} reports from the newspaper page"


@transaction.atomic
def build_demo_ledgers() -> list[tuple[str, str]]:
    """Build, publish and fill the demo ledgers; returns (what, outcome) pairs for the demo command to print."""
    today = timezone.localdate()
    outcomes = []
    for filename, builder in SEED_PLANS:
        plan, outcome = _build_seed_plan(filename, builder, today)
        if plan is not None and outcome.startswith("published") and filename.startswith("zunyi"):
            _fill_zunyi(plan, today)
            outcome += ", every status, reports and a county's 备案"
        outcomes.append((filename, outcome))
    outcomes.append(("四川省科协 plan", _sichuan(today)))
    outcomes.append(demo_cycles.fill_cycles(today))
    outcomes.append(("陕西省科协 每人定额", demo_quotas.build_demo_quotas(today)))
    outcomes.append(("中山市科协 转办 and 汇总", demo_relays.build(today)))
    statuses = set(Assignment.objects.values_list("status", flat=True))
    missing = [s.label for s in Status if s not in statuses]
    if missing:  # pragma: no cover - a guard for the demo's own promise
        outcomes.append(("statuses", f"missing {missing}"))
    return outcomes

