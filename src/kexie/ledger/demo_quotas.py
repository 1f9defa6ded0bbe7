"""The demo's per-person quota: 陕西省科协's 每位党员干部每年至少撰写1篇心得体会, with some items recorded.

Called from demo.build_demo_ledgers after the 陕西 plan is published. 陕西省科协 has no people on record in the
demo, so a few are made; about half have written this year's piece, so the tally has both 已完成 and 未完成.
Running it again changes nothing.
"""

from __future__ import annotations

import datetime

from kexie.ledger.models import Plan, Rhythm
from kexie.orgs.models import Person

from . import quotas

STAFF = ["张建华", "王丽娟", "李志刚", "赵敏", "刘国庆", "陈晓燕"]
TITLES = ["学习习近平总书记关于科技创新重要论述的心得体会", "关于基层科协组织建设的调研报告",
          "弘扬科学家精神的几点思考"]


def build_demo_quotas(today: datetime.date) -> str:
    from .demo import _actor
    plan = Plan.objects.filter(document__filename="shaanxi-2021-action-plan.txt").select_related(
        "organisation").first()
    task = plan and plan.tasks.filter(text__contains="心得体会", is_group=False).select_related("plan").first()
    if task is None:
        return "no 心得体会 task on the 陕西 plan"
    if task.quota:
        return "already set"
    org, user = plan.organisation, _actor(plan.organisation)
    quotas.set_quota(task, user, count=1, organisation=org, rhythm=Rhythm.YEARLY)
    people = list(Person.objects.filter(organisation=org))
    if not people:
        people = [Person.objects.create(organisation=org, name=name, order=i) for i, name in enumerate(STAFF)]
    membership = user.membership
    if membership.person_id is None:  # the sign-in is one of the staff: 我的 shows their own items
        membership.person = people[0]
        membership.save(update_fields=["person"])
    n = 0
    for i, person in enumerate(people[: len(people) // 2 + 1]):
        period = quotas.period_for(task, None)
        day = max(period.start, min(today - datetime.timedelta(days=7 * (i + 1)), period.end)) if period else today
        quotas.record_item(task, user, person=person, title=TITLES[i % len(TITLES)], day=day)
        n += 1
    return f"quota of 1 a year for {len(people)} people, {n} items recorded"
