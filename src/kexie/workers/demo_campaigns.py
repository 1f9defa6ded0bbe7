"""The demo's 推荐评选 and 典型库: 陕西省科协's 陕西青年科技奖 with quotas, nominations at every stage (two in 公示 now), and
a few typical cases. Made through campaigns.py's actions, as the units and the province would; running it again
changes nothing.
"""

from __future__ import annotations

import datetime

from django.utils import timezone

from kexie.orgs.models import Organisation

from . import campaigns as svc
from .models import Campaign, CaseKind, Scientist, TypicalCase

PROVINCE = "陕西省科学技术协会"
QUOTAS = {"西安市科协": 3, "宝鸡市科协": 2, "咸阳市科协": 2, "杨凌示范区科协": 1, "陕西省机械工程学会": 1}
# (unit, name, gender, birth year, work unit, title, field, steps taken, reason of the last step)
PEOPLE = [
    ("西安市科协", "王晓东", "男", 1986, "西安交通大学", "教授", "能源与动力工程", ["review", "qualify", "shortlist"], ""),
    ("西安市科协", "李婧", "女", 1988, "西北工业大学", "副教授", "航空宇航科学", ["review", "qualify"], ""),
    ("西安市科协", "张博", "男", 1990, "中国科学院西安光学精密机械研究所", "研究员", "光学工程", [], ""),
    ("宝鸡市科协", "赵一鸣", "男", 1987, "宝钛集团有限公司", "正高级工程师", "材料科学", ["review"], ""),
    ("宝鸡市科协", "刘芳", "女", 1991, "宝鸡市人民医院", "主治医师", "临床医学", ["review", "disqualify"],
     "申报时年龄超过评选办法规定的40周岁。"),
    ("咸阳市科协", "陈思远", "男", 1985, "西北农林科技大学", "教授", "作物遗传育种", ["review", "qualify", "shortlist"], ""),
    ("陕西省机械工程学会", "周建国", "男", 1984, "陕西法士特齿轮有限责任公司", "正高级工程师", "机械设计",
     ["review", "qualify", "reject"], "评审会议投票未达到规定票数。"),
]
REASON = ("长期从事{field}研究，主持国家级科研项目多项，取得具有自主知识产权的创新成果，"
          "在{unit}的科研和人才培养工作中发挥骨干作用，符合陕西青年科技奖推荐条件。")
CASES = [
    ("西安市科协", CaseKind.PERSON, "扎根秦岭的乡土科技能人", "长安区农技人员带领群众发展特色种植，培训农民2000余人次。"),
    ("宝鸡市科协", CaseKind.EVENT, "宝鸡市科协“科技之春”宣传月活动", "组织专家深入10个县区开展科普宣讲和技术服务。"),
    ("咸阳市科协", CaseKind.CASE, "三原县科协助力乡村振兴典型案例", "依托院士专家工作站引进新品种，带动农户增收。"),
]
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _unit(name: str) -> Organisation:
    return Organisation.objects.named(name).get()


def build_demo_campaigns() -> str:
    from kexie.ledger.demo import _actor
    province = Organisation.objects.get(name=PROVINCE)
    year = timezone.localdate().year
    title = f"{year}年陕西青年科技奖推荐评选"
    if Campaign.objects.filter(organisation=province, title=title).exists():
        return "already built"
    staff = _actor(province)
    today = timezone.localdate()
    c = svc.create_campaign(staff, {
        "title": title, "award": "陕西青年科技奖", "year": year, "deadline": today + datetime.timedelta(days=30),
        "publicity_start": today - datetime.timedelta(days=2), "publicity_end": today + datetime.timedelta(days=5),
        "rules": "一、推荐对象为在陕工作、年龄不超过40周岁的青年科技工作者。\n二、各单位按分配名额择优推荐，不得超额。\n"
                 "三、评选经资格审查、专家评审后公示，公示期满无异议的确定入选。"})
    svc.set_quotas(c, staff, {_unit(name).pk: n for name, n in QUOTAS.items()})
    for i, (unit_name, name, gender, born, work_unit, job, field, steps, why) in enumerate(PEOPLE):
        unit = _unit(unit_name)
        person, _ = Scientist.objects.get_or_create(organisation=unit, name=name, work_unit=work_unit, defaults={
            "gender": gender, "birth_year": born, "title": job, "field": field})
        n = svc.nominate(c, _actor(unit), scientist=person.pk, reason=REASON.format(field=field, unit=work_unit),
                         files=[(f"{name}推荐表.pdf", PDF)] if i % 2 == 0 else ())
        for step in steps:
            n = svc.move(n, staff, step, why if svc.STEPS[step].needs_reason else "")
    cases = 0
    for unit_name, kind, case_title, text in CASES:
        unit = _unit(unit_name)
        if not TypicalCase.objects.filter(organisation=unit, title=case_title).exists():
            svc.enter_case(staff, {"organisation": unit.pk, "kind": kind, "title": case_title, "text": text,
                                   "day": today.isoformat()})
            cases += 1
    reports = list(svc.typical_reports(staff).values_list("pk", flat=True)[:5])
    collected = svc.collect_reports(staff, reports) if reports else 0
    return f"{title}: {len(PEOPLE)} nominations, {cases} typical cases entered, {collected} collected from reports"
