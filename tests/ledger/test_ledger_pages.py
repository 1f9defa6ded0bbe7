"""The ledger pages: build → review → publish, the table, task, inbox, report form, 备案; scope and query counts."""

from __future__ import annotations

import pytest
from django.urls import reverse

from kexie.ledger.models import Assignment, MatchState, NameMatch, Plan, PlanState, Report, Status

pytestmark = pytest.mark.django_db


def test_the_document_page_leads_to_building_its_ledger(zunyi_doc, client_for):
    link = f'href="{reverse("ledger:new")}?document={zunyi_doc.pk}"'
    page = client_for("zunyi-staff").get(reverse("documents:detail", args=[zunyi_doc.pk])).content.decode()
    assert link in page
    # a 领导 reads the document but builds nothing; neither does a parent organisation
    assert link not in client_for("zunyi-leader").get(reverse("documents:detail", args=[zunyi_doc.pk])).content.decode()
    assert link not in client_for("cast-admin").get(reverse("documents:detail", args=[zunyi_doc.pk])).content.decode()


def test_build_review_publish_through_the_pages(zunyi_doc, client_for):
    c = client_for("zunyi-staff")
    r = c.get(reverse("ledger:new") + f"?document={zunyi_doc.pk}")
    assert r.status_code == 200 and "建立台账" in r.content.decode()
    r = c.post(reverse("ledger:new"), {"document": zunyi_doc.pk})
    plan = Plan.objects.get(document=zunyi_doc)
    assert r.status_code == 302 and r.url == reverse("ledger:review", args=[plan.pk])
    page = c.get(r.url).content.decode()
    assert "各市直学会（协会）" in page and "遵义市科技馆" in page and "下属县级科协" in page
    # Publishing is refused while the three empty recipients are pending.
    c.post(r.url, {"op": "publish"})
    assert Plan.objects.get(pk=plan.pk).state == PlanState.DRAFT
    for rec in plan.recipients.filter(state=MatchState.PENDING):
        c.post(r.url, {"op": "recipient", "recipient": rec.pk, "ignore": "1"})
    task = plan.tasks.get(outline_id="3.1")
    c.post(r.url, {"op": "task", "task": task.pk, "due_date": "2022-06-30"})
    c.post(r.url, {"op": "plan", "title": plan.title, "default_due": "2022-11-30", "warning_days": "5"})
    r = c.post(r.url, {"op": "publish"})
    assert r.status_code == 302
    plan.refresh_from_db()
    assert plan.state == PlanState.PUBLISHED and plan.warning_days == 5
    assert {a.due_date.isoformat() for a in Assignment.objects.filter(task=task)} == {"2022-06-30"}
    assert {a.due_date.isoformat() for a in Assignment.objects.filter(task__outline_id="3.2")} == {"2022-11-30"}


def test_match_forms(zunyi_draft, client_for, org):
    c = client_for("zunyi-staff")
    task = zunyi_draft.tasks.get(outline_id="2.1")
    m = NameMatch.objects.create(task=task, role="lead_units", name="正安科协", state="pending",
                                 candidates=[{"kind": "organisation", "id": org("正安县科协").pk, "label": "正安县科协",
                                              "score": 0.8}])
    url = reverse("ledger:review", args=[zunyi_draft.pk])
    assert "正安科协" in c.get(url).content.decode()
    c.post(url, {"op": "match", "match": m.pk, "action": "pick", "target": f"organisation:{org('正安县科协').pk}"})
    m.refresh_from_db()
    assert m.state == MatchState.CONFIRMED and m.organisation == org("正安县科协") and m.score == 0.8
    # Leaders and other organisations cannot change the draft.
    c2 = client_for("zunyi-leader")
    c2.post(url, {"op": "match", "match": m.pk, "action": "ignore"})
    m.refresh_from_db()
    assert m.state == MatchState.CONFIRMED
    assert client_for("sichuan-admin").get(url).status_code == 404


def test_ledger_table(zunyi_plan, client_for, org):
    c = client_for("zunyi-staff")
    page = c.get(reverse("ledger:plan", args=[zunyi_plan.pk])).content.decode()
    for head in ("序号", "工作任务", "具体措施", "牵头领导", "责任领导", "责任科室/单位", "完成时限", "进展情况", "状态"):
        assert head in page
    assert "雷洪、史廷昌" in page and "办公室、业务部、遵义市科技馆" in page and "2022年12月31日" in page
    zhengan = org("正安县科协")
    page = c.get(reverse("ledger:plan", args=[zunyi_plan.pk]), {"unit": zhengan.pk}).content.decode()
    assert "学深悟透" not in page and "强化统筹推进" in page
    page = c.get(reverse("ledger:plan", args=[zunyi_plan.pk]), {"status": "closed"}).content.decode()
    assert "没有符合条件的任务" in page
    assert c.get(reverse("ledger:plan", args=[zunyi_plan.pk]), {"sort": "due"}).status_code == 200


def test_scope_other_organisations_get_404(zunyi_plan, client_for, org):
    a = Assignment.objects.get(plan=zunyi_plan, task__outline_id="3.2", organisation=org("正安县科协"))
    task = a.task
    sichuan = client_for("sichuan-admin")
    for url in (reverse("ledger:plan", args=[zunyi_plan.pk]), reverse("ledger:task", args=[task.pk]),
                reverse("ledger:assignment", args=[a.pk]), reverse("ledger:report", args=[a.pk]),
                reverse("ledger:filings", args=[zunyi_plan.pk])):
        assert sichuan.get(url).status_code == 404, url
    assert sichuan.post(reverse("ledger:act", args=[a.pk, "accept"])).status_code == 404
    # The county sees the plan it received, and only its own assignment among the other counties'.
    county = client_for("zhengan-staff")
    page = county.get(reverse("ledger:task", args=[task.pk])).content.decode()
    assert "正安县科协" in page and "汇川区科协" not in page
    other = Assignment.objects.get(task=task, organisation=org("汇川区科协"))
    assert county.get(reverse("ledger:assignment", args=[other.pk])).status_code == 404
    # The issuer's leader reads but may not act: 403.
    assert client_for("zunyi-leader").get(reverse("ledger:report", args=[a.pk])).status_code == 403


def test_inbox_actions_and_report_form(zunyi_plan, client_for, org):
    county = client_for("zhengan-staff")
    page = county.get(reverse("ledger:inbox")).content.decode()
    assert page.count('data-action="accept"') == 2  # 3.2, 3.3 (1 and 3.1 are information rows)
    a = Assignment.objects.get(plan=zunyi_plan, task__outline_id="3.2", organisation=org("正安县科协"))
    r = county.post(reverse("ledger:act", args=[a.pk, "accept"]), {"version": a.version, "next": "/ledger/inbox/"})
    assert r.status_code == 302 and r.url == "/ledger/inbox/"
    a.refresh_from_db()
    assert a.status == Status.ACCEPTED
    # A second click from the stale page: 409 with a message, nothing changed.
    r = county.post(reverse("ledger:act", args=[a.pk, "request_extension"]),
                    {"version": 1, "reason": "x", "new_due": "2023-01-31"})
    assert r.status_code == 409 and "他人修改" in r.content.decode()
    from django.core.files.uploadedfile import SimpleUploadedFile
    r = county.post(reverse("ledger:report", args=[a.pk]), {
        "text": "召开党组会专题学习", "percent": "40", "is_typical_case": "on",
        "attachments": [SimpleUploadedFile("照片.jpg", b"\xff\xd8\xff\xe0" + b"0" * 50)]})
    assert r.status_code == 302
    report = Report.objects.get(assignment=a)
    assert report.is_typical_case and report.attachments.get().filename == "照片.jpg"
    r = county.post(reverse("ledger:report", args=[a.pk]), {"text": "x", "attachments": [
        SimpleUploadedFile("x.exe", b"MZ")]})
    assert r.status_code == 400 and "x.exe：不能上传这种文件" in r.content.decode()
    att = report.attachments.get()
    r = county.get(reverse("ledger:attachment", args=[att.pk]))
    assert r.status_code == 200 and r["Content-Disposition"].startswith("attachment")
    assert client_for("sichuan-admin").get(reverse("ledger:attachment", args=[att.pk])).status_code == 404
    # The issuer sees the report on the task page and per unit; the history shows the steps.
    city = client_for("zunyi-staff")
    page = city.get(reverse("ledger:task", args=[a.task.pk])).content.decode()
    assert "召开党组会专题学习" in page and "典型案例" in page and "签收" in page
    page = city.get(reverse("ledger:assignment", args=[a.pk])).content.decode()
    assert "交办 → 签收" in page or "状态：交办 → 签收" in page
    page = city.get(reverse("ledger:plan", args=[zunyi_plan.pk])).content.decode()
    assert "召开党组会专题学习" in page


def test_filing_page(zunyi_plan, client_for, org):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from ledger_helpers import SEEDS
    county = client_for("zhengan-staff")
    url = reverse("ledger:filings", args=[zunyi_plan.pk])
    data = (SEEDS / "baoding-2021-9-activity-plan.txt").read_bytes()
    r = county.post(url, {"file": SimpleUploadedFile("正安县实施方案.txt", data), "note": "正安县科协实施方案"})
    assert r.status_code == 302
    page = client_for("zunyi-staff").get(url).content.decode()
    assert "已备案 1 / 16" in page and "正安县科协实施方案" in page and "未备案" in page


def test_query_counts_are_bounded(zunyi_plan, client_for, org, django_assert_max_num_queries):
    c = client_for("zunyi-staff")
    county = client_for("zhengan-staff")
    a = Assignment.objects.get(plan=zunyi_plan, task__outline_id="3.2", organisation=org("正安县科协"))
    from kexie.ledger import services
    from django.contrib.auth import get_user_model
    services.submit_report(a, get_user_model().objects.get(username="zhengan-staff"), text="x", percent=10,
                           files=[("a.pdf", b"%PDF-1")])
    # Each page's limit includes the header's to-do count (one COUNT for an editor, test_ledger_todo) and unread
    # notices count (one COUNT); on the lists the lights: the calendar's overrides around today, one grouped
    # count (test_lights_pages); the assignment page also reads the 催办 it received (oversight's hook); a plan
    # reached through the scope reads the subtree's ids once (access.subtree_ids); a page listing reports reads the
    # sources of compiled ones (汇总自, one query); the task and assignment pages count the linked 志愿服务 activities
    # (volunteers' hooks, one query each).
    pages = [(c, reverse("ledger:list"), 11), (c, reverse("ledger:plan", args=[zunyi_plan.pk]), 16),
             (c, reverse("ledger:task", args=[a.task.pk]), 20), (c, reverse("ledger:assignment", args=[a.pk]), 17),
             (county, reverse("ledger:inbox"), 10), (county, reverse("ledger:report", args=[a.pk]), 10),
             (c, reverse("ledger:filings", args=[zunyi_plan.pk]), 12),
             (county, reverse("ledger:plan", args=[zunyi_plan.pk]), 16),  # + its subtree's ids (access.subtree_ids)
             (c, reverse("ledger:todo"), 10)]
    for client, url, limit in pages:
        with django_assert_max_num_queries(limit):
            assert client.get(url).status_code == 200, url
