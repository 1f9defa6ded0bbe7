"""The demo's 转办 and 逐级汇总: 中山市科协 passes its 广东 task 抓好舆论宣传 to two of its towns' associations, they
report, and the city compiles their reports into its own, sent up to 广东省科协 with its sources."""

from __future__ import annotations

import datetime

from django.utils import timezone

from kexie.orgs.models import Level, Organisation

from . import compile as compiling, relays, rhythms, services
from .models import Assignment

TOWNS = [("中山市小榄镇科学技术协会", "小榄镇科协",
          "小榄镇科协在镇文化广场开展省党代会精神宣讲，举办科普讲座6场，受众1200人次，发放宣传资料3000份。"),
         ("中山市石岐街道科学技术协会", "石岐街道科协",
          "石岐街道科协组织科技工作者座谈会2场，举办科普讲座4场，受众800人次，推出专栏文章5篇。")]


def build(today: datetime.date) -> str:
    from .demo import _actor  # the demo's sign-ins (demo.py calls this module: imported here, not at the top)
    a = (Assignment.objects.filter(plan__document__filename="guangdong-2022-30-work-plan.txt",
                                   organisation__short_name="中山市科协", department__isnull=True)
         .select_related("plan", "task", "organisation").order_by("task__order")
         .filter(task__heading__contains="舆论宣传").first())
    if a is None:
        return "skipped: 中山市科协 has no 广东 task on 舆论宣传"
    if relays.chain_of(a).exists():
        return "already built"
    city = a.organisation
    towns = [Organisation.objects.get_or_create(name=name, defaults=dict(short_name=short, parent=city,
                                                                           level=Level.TOWNSHIP))[0]
             for name, short, _text in TOWNS]
    due = min(a.due_date, today + datetime.timedelta(days=30)) if a.due_date else today + datetime.timedelta(days=30)
    done = relays.relay(a, _actor(city), organisations=[t.pk for t in towns], due_date=due)
    begun = [p for p in rhythms.periods_of(a.task) if p.start <= today] if a.task.rhythm else []
    period = rhythms.current(begun, today).key if begun else ""
    sources = []
    for sub, (_name, _short, text) in zip(sorted(done.created, key=lambda s: s.organisation.name), TOWNS):
        sub = Assignment.objects.select_related("plan", "task", "organisation").get(pk=sub.pk)
        sources.append(services.submit_report(sub, _actor(sub.organisation), text=text, percent=70, period=period,
                                              created_at=timezone.now() - datetime.timedelta(days=1)))
    a.refresh_from_db()
    g = compiling.gather(a, period)
    compiling.compile_report(a, _actor(city), period=period, text=g.draft, percent=g.percent,
                             source_ids=[r.pk for r in sources])
    return f"relayed to {len(done.created)} towns, compiled {len(sources)} reports up"
