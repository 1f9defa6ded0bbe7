"""The demo's 办实事清单: 保定市科协's requests of its campaign 我为科技工作者办实事, one or more in every state —
public submissions waiting for review, one not listed, items 交办 to its departments and counties with green,
yellow and red lights, handled, fed back, closed 满意/基本满意, and one reopened after 不满意."""

from __future__ import annotations

import datetime

from django.utils import timezone

from kexie.ledger import services as ledger
from kexie.ledger.actions import change_assignment
from kexie.ledger.models import Assignment
from kexie.orgs.models import Organisation

from . import requests as service
from .models import Request

# (title, category, name, unit, phone, content, what happens: the steps taken, in order)
ITEMS = [
    ("正高级工程师职称评审政策咨询", "title", "李明", "河北农业大学", "13831200101",
     "希望了解今年正高级工程师评审的申报条件、业绩要求和材料清单，往年材料被退回过一次。",
     ["assign:d:学会部:20", "handle", "feedback", "rate:satisfied"]),
    ("引进人才子女入学协调", "schooling", "王芳", "保定市第一中心医院", "13931200102",
     "2025年作为高层次人才引进，孩子明年上小学，希望协调就近入学。",
     ["assign:o:竞秀区科协:25", "handle", "feedback", "rate:basic"]),
    ("横向科研经费报销流程繁琐", "funding", "赵磊", "华北电力大学（保定）", "13731200103",
     "横向课题经费报销需多处签字，周期长，希望协调简化流程。",
     ["assign:d:办公室:15", "handle", "feedback"]),
    ("重点实验室用房紧张", "space", "孙强", "河北大学", "13631200104",
     "团队扩大后实验室用房不足，希望协调过渡用房。",
     ["assign:d:办公室:10", "handle"]),
    ("青年科技人才项目申报辅导", "project", "周婷", "保定市农林科学院", "13531200105",
     "希望组织青年科技人才项目申报辅导，讲解申报书撰写要点。",
     ["assign:d:学会部:2"]),
    ("基层农技人员培训需求", "other", "吴建国", "满城区农业农村局", "13431200106",
     "基层农技人员希望开展设施蔬菜病虫害防治培训。",
     ["assign:o:满城区科协:30", "accept"]),
    ("企业工程师职称评审渠道", "title", "郑伟", "长城汽车股份有限公司", "13331200107",
     "民营企业工程师参加职称评审的渠道不清楚，希望明确受理部门。",
     ["assign:o:涿州市科协:20", "overdue"]),
    ("高层次人才购房补贴未落实", "talent", "冯雪", "保定学院", "13231200108",
     "购房补贴申请已提交半年，尚未到位。",
     ["assign:d:科普部:20", "handle", "feedback", "rate:unsatisfied:补贴仍未到账，只答复在走流程"]),
    ("科技工作者健康体检安排", "living", "陈刚", "保定市科学技术协会", "13131200109",
     "希望为一线科技工作者安排年度健康体检。", []),
    ("学会学术年会场地协调", "space", "刘洋", "保定市机械工程学会", "13031200110",
     "学会年会需要200人会场，希望协调科技馆报告厅。", []),
    ("个人劳动合同纠纷", "other", "杨帆", "某科技公司", "18931200111",
     "与单位发生劳动合同纠纷，希望科协出面协调。", ["reject:属个人劳动争议，已告知劳动仲裁和法律援助渠道"]),
]
PUBLIC = [
    ("科研成果转化对接", "project", "黄静", "河北软件职业技术学院", "15831200112",
     "有两项实用新型专利，希望对接有需求的企业。"),
    ("外籍专家工作许可办理咨询", "talent", "林涛", "保定某新能源企业", "15931200113",
     "企业拟聘请外籍专家，希望了解工作许可办理流程。"),
]


def _assignment(a_id: int) -> Assignment:
    return Assignment.objects.select_related("plan", "plan__organisation", "organisation", "task").get(pk=a_id)


def _handle(a: Assignment, city_user, actor) -> None:
    """What the unit and the city do in the ledger: accept, report, ask for completion; the city closes."""
    unit_user = actor(a.organisation)
    if a.status == "assigned":
        ledger.act(a, "accept", unit_user)
    ledger.submit_report(_assignment(a.pk), unit_user, text="已与相关部门沟通协调，问题已解决并答复本人。", percent=100)
    ledger.act(_assignment(a.pk), "request_completion", unit_user)
    ledger.act(_assignment(a.pk), "close", city_user)


def _step(r: Request, step: str, city: Organisation, user, actor, today) -> None:
    kind, *rest = step.split(":")
    if kind == "assign":
        which, name, days = rest
        target = (f"d{city.departments.get(name=name).pk}" if which == "d"
                  else f"o{Organisation.objects.named(name).get().pk}")
        service.assign(r, user, target=target, due_date=today + datetime.timedelta(days=int(days)))
    elif kind == "accept":
        a = _assignment(r.assignment_id)
        ledger.act(a, "accept", actor(a.organisation))
    elif kind == "overdue":  # a date agreed earlier, now past: the red light and the 逾期 reminders
        change_assignment(_assignment(r.assignment_id), user, "update",
                          lambda a, now: {"due_date": today - datetime.timedelta(days=5)})
    elif kind == "handle":
        _handle(_assignment(r.assignment_id), user, actor)
    elif kind == "feedback":
        service.feed_back(r, user, text="已电话告知本人办理结果。")
    elif kind == "rate":
        service.rate(r, user, satisfaction=rest[0], note=rest[1] if len(rest) > 1 else "")
    elif kind == "reject":
        service.review(r, user, accept=False, reason=rest[0])
    r.refresh_from_db()


def build() -> str:
    from django.db import transaction

    from kexie.ledger.demo import _actor  # the demo's sign-ins (made for a county that has none)
    city = Organisation.objects.named("保定市科协").first()
    if city is None:
        return "skipped: no 保定市科协"
    today = timezone.localdate()
    if Request.objects.filter(organisation=city).exists():
        return "already built"
    user = _actor(city)
    with transaction.atomic():
        for title, category, name, unit, phone, content, steps in ITEMS:
            data = {"title": title, "category": category, "requester_name": name, "requester_unit": unit,
                    "requester_phone": phone, "content": content}
            if steps and steps[0].startswith("reject"):
                r = service.submit_public(city, data, "127.0.0.1")
            else:
                r = service.create(user, city, data, source="visit" if category == "living" else "staff")
            for step in steps:
                _step(r, step, city, user, _actor, today)
        for title, category, name, unit, phone, content in PUBLIC:
            service.submit_public(city, {"title": title, "category": category, "requester_name": name,
                                         "requester_unit": unit, "requester_phone": phone, "content": content},
                                  "127.0.0.1")
    counts = service.state_counts(Request.objects.filter(organisation=city).annotate(now=service.state_of()))
    return "清单 of 保定市科协: " + ", ".join(f"{state} {n}" for state, n in counts.items() if n)
