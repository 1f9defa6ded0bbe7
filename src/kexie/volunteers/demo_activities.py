"""The demo's 科技志愿服务 in Shaanxi: teams, volunteers, a 全国科普日 campaign with activities at three levels linked
to the Shaanxi plan's task, confirmed hours, and a volunteer whose certificate has something to show.

Everything goes through volunteers.activities as a person would (each unit's 经办 acting for it); volunteers and
teams are got or created by phone and by name, activities by organiser and title, so a second run adds nothing.
"""

from __future__ import annotations

import datetime

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from kexie.ledger.demo import _actor
from kexie.ledger.models import Task
from kexie.orgs.models import Organisation

from . import activities as svc
from . import counts
from .models import Activity, Campaign, ServiceKind, Team, Volunteer, VolunteerState

PROVINCE = "陕西省科协"
# (short name of the organisation, name, phone, work unit, expertise, 三长, 乡土人才)
VOLUNTEERS = [
    ("陕西省科协", "王志远", "13900290001", "西北农林科技大学", "果树栽培", False, False),
    ("陕西省科协", "李秀兰", "13900290002", "陕西省人民医院", "慢病防治", True, False),
    ("西安市科协", "张建华", "13900290003", "西安交通大学", "人工智能科普", False, False),
    ("西安市科协", "刘雅琴", "13900290004", "西安市第一中学", "青少年科技教育", True, False),
    ("长安区科协", "赵红梅", "13900290005", "长安区农技站", "设施农业", False, True),
    ("宝鸡市科协", "陈国强", "13900290006", "宝鸡市气象局", "气象防灾", True, False),
    ("凤翔区科协", "杨春生", "13900290007", "凤翔区畜牧站", "畜禽养殖", False, True),
    ("咸阳市科协", "周丽娜", "13900290008", "咸阳市中心医院", "急救培训", True, False),
    ("三原县科协", "孙德胜", "13900290009", "三原县农业农村局", "小麦种植", False, True),
]
# (organisation, team name, kind, leader's name, members' names)
TEAMS = [
    ("陕西省科协", "陕西省科普专家宣讲团", ServiceKind.POPULAR, "王志远", ["王志远", "李秀兰"]),
    ("西安市科协", "西安市科技志愿服务队", ServiceKind.POPULAR, "张建华", ["张建华", "刘雅琴"]),
    ("长安区科协", "长安区乡土人才科技服务队", ServiceKind.TECHNICAL, "赵红梅", ["赵红梅"]),
    ("宝鸡市科协", "宝鸡市应急科普志愿服务队", ServiceKind.EMERGENCY, "陈国强", ["陈国强", "杨春生"]),
    ("三原县科协", "三原县农技服务队", ServiceKind.TECHNICAL, "孙德胜", ["孙德胜"]),
]
# (organiser, title, kind, (month, day) start, days, place, audience, in the campaign, teams, [(volunteer, hours)])
ACTIVITIES = [
    ("陕西省科协", "全国科普日陕西主场活动", ServiceKind.POPULAR, (9, 20), 1, "陕西科技馆", 12000, True,
     ["陕西省科普专家宣讲团", "西安市科技志愿服务队"], [("王志远", "6"), ("李秀兰", "6"), ("张建华", "5")]),
    ("西安市科协", "西安市全国科普日科普进社区", ServiceKind.POPULAR, (9, 21), 2, "雁塔区各社区", 3500, True,
     ["西安市科技志愿服务队"], [("张建华", "8"), ("刘雅琴", "7.5"), ("王志远", "4")]),
    ("长安区科协", "长安区全国科普日科技下乡", ServiceKind.TECHNICAL, (9, 22), 1, "长安区王曲街道", 800, True,
     ["长安区乡土人才科技服务队"], [("赵红梅", "5"), ("王志远", "3")]),
    ("宝鸡市科协", "宝鸡市全国科普日应急科普进校园", ServiceKind.EMERGENCY, (9, 23), 1, "宝鸡中学", 1500, True,
     ["宝鸡市应急科普志愿服务队"], [("陈国强", "4"), ("杨春生", "4")]),
    ("三原县科协", "三原县全国科普日小麦良种推广", ServiceKind.TECHNICAL, (9, 24), 1, "三原县陂西镇", 600, True,
     ["三原县农技服务队"], [("孙德胜", "6")]),
    ("咸阳市科协", "咸阳市学雷锋急救技能进社区", ServiceKind.LIVELIHOOD, (3, 5), 1, "咸阳市渭城区", 400, False,
     [], [("周丽娜", "3")]),
]


def _task(province: Organisation) -> Task | None:
    """The Shaanxi plan's task the activities carry out: its 全国科普日 item, else 科技志愿服务's, else 科普's."""
    tasks = Task.objects.filter(plan__organisation=province, is_group=False).order_by("plan_id", "order")
    for q in (Q(heading__contains="科普日") | Q(text__contains="科普日"), Q(heading__contains="科技志愿服务"),
              Q(heading__contains="科普")):
        task = tasks.filter(q).first()
        if task is not None:
            return task
    return None


def _relay_to_counties(task: Task, orgs: dict) -> None:
    """Each city relays (转办) its assignment on the task to its county, as the ledger's 转办 page would, so the
    county's activity links to its copy of the task (task_progress counts it for the province's task)."""
    from kexie.ledger.models import Assignment
    from kexie.ledger.relays import relay
    for city, county in (("西安市科协", "长安区科协"), ("宝鸡市科协", "凤翔区科协"), ("咸阳市科协", "三原县科协")):
        a = Assignment.objects.filter(task=task, organisation=orgs[city]).select_related("plan", "task").first()
        if a is not None and not Assignment.objects.filter(task__source_task=task, organisation=orgs[county]).exists():
            relay(a, _actor(orgs[city]), organisations=[orgs[county].pk], due_date=a.due_date)


def _own_copy(task: Task, org, actor) -> Task | None:
    """The task as org answers for it: the province's own, a city's assignment on it, a county's relayed copy."""
    copies = svc.linkable_tasks(actor).filter(Q(pk=task.pk) | Q(source_task=task))
    return (copies.filter(plan__organisation=org, source_task__isnull=True).first()
            or copies.filter(assignments__organisation=org).order_by("pk").first())


def _activity(actor, org, title, kind, start, days, place, audience, joins, campaign, task, team_ids, hours) -> int:
    a = svc.save_activity(actor, title=title, kind=kind, start_date=start,
                          end_date=start + datetime.timedelta(days=days - 1), place=place, audience=audience,
                          campaign=campaign.pk if joins else None, task=task.pk if task else None, teams=team_ids)
    for volunteer, h in hours:
        svc.record_hours(a, actor, volunteer=volunteer, hours=h)
    svc.confirm_hours(a, actor)
    return 1


def build() -> str:
    orgs = {o.short_name: o for o in Organisation.objects.filter(
        short_name__in={row[0] for row in VOLUNTEERS} | {PROVINCE})}
    if len(orgs) < 7:
        return "Shaanxi's cities and counties are missing"
    province = orgs[PROVINCE]
    year = timezone.localdate().year
    now = timezone.now()
    people = {}
    for short, name, phone, unit, expertise, sanzhang, local in VOLUNTEERS:
        people[name], _ = Volunteer.objects.get_or_create(phone=phone, defaults=dict(
            organisation=orgs[short], name=name, work_unit=unit, expertise=expertise, is_sanzhang=sanzhang,
            is_local_talent=local, service_kinds=ServiceKind.POPULAR, state=VolunteerState.ACTIVE, consent_at=now,
            region="陕西省"))
    teams = {}
    for short, name, kind, leader, members in TEAMS:
        teams[name], created = Team.objects.get_or_create(organisation=orgs[short], name=name, defaults=dict(
            service_kind=kind, leader=people[leader]))
        if created:
            teams[name].members.set([people[m] for m in members])
    counts.recount([o.pk for o in orgs.values()])  # written directly above, not through the registry
    staff = _actor(province)
    campaign = Campaign.objects.filter(organisation=province, name=f"{year}年全国科普日").first()
    if campaign is None:
        campaign = svc.save_campaign(staff, name=f"{year}年全国科普日", start_date=datetime.date(year, 9, 15),
                                     end_date=datetime.date(year, 9, 30),
                                     description="省、市、县三级联动开展全国科普日活动。")
        svc.save_campaign(staff, name=f"{year}年学雷锋科技志愿服务周", start_date=datetime.date(year, 3, 1),
                          end_date=datetime.date(year, 3, 7))
    task = _task(province)
    if task is not None:
        _relay_to_counties(task, orgs)
    made = 0
    for short, title, kind, (month, day), days, place, audience, joins, team_names, hours in ACTIVITIES:
        org = orgs[short]
        if Activity.objects.filter(organisation=org, title=title).exists():
            continue
        actor = _actor(org)
        start = datetime.date(year, month, day)
        linked = _own_copy(task, org, actor) if joins and task else None
        with transaction.atomic():  # an activity and its hours, or nothing
            made += _activity(actor, org, title, kind, start, days, place, audience, joins, campaign, linked,
                              [teams[t].pk for t in team_names], [(people[n], h) for n, h in hours])
    if not made:
        return "already there"
    return (f"{len(people)} volunteers, {len(teams)} teams, {made} activities in {campaign.name}"
            + (f" linked to task {task.outline_id}" if task else "") + "; 王志远 has a certificate")
