"""The demo's ledgers: built from the seeds, sent down, every status present, reports, a 备案; idempotent."""

from __future__ import annotations

import pytest

from kexie.ledger.models import Assignment, Filing, Plan, PlanState, Report, Status

pytestmark = pytest.mark.django_db


def test_demo_ledgers(demo):
    from kexie.ledger.demo import build_demo_ledgers
    from kexie.site.demo import load_seeds
    load_seeds()
    outcomes = dict(build_demo_ledgers())
    assert outcomes["zunyi-2022-6-implementation-plan.txt"].startswith("published")
    assert outcomes["guangdong-2022-30-work-plan.txt"].startswith("published")
    assert outcomes["baoding-2021-9-activity-plan.txt"].startswith("published")
    assert set(Assignment.objects.values_list("status", flat=True)) == set(Status.values)
    zunyi = Plan.objects.get(document__filename__startswith="zunyi")
    assert Filing.objects.get(plan=zunyi).organisation.short_name == "正安县科协"
    sichuan = Plan.objects.get(organisation__short_name="四川省科协")
    reports = Report.objects.filter(assignment__plan=sichuan)
    assert {r.assignment.organisation.short_name for r in reports} >= {"泸州市科协", "内江市科协", "广元市科协",
                                                                       "乐山市科协"}
    assert Report.objects.filter(assignment__organisation__short_name="中山市科协", is_typical_case=True).exists()
    counts = (Plan.objects.count(), Assignment.objects.count(), Report.objects.count())
    again = dict(build_demo_ledgers())
    assert "already" in again["zunyi-2022-6-implementation-plan.txt"]
    assert (Plan.objects.count(), Assignment.objects.count(), Report.objects.count()) == counts
    assert Plan.objects.filter(state=PlanState.PUBLISHED, is_relay=False).count() == 5
    # 转办 and 汇总: 中山 passed its task to two towns, and sent their reports up compiled.
    assert outcomes["中山市科协 转办 and 汇总"].startswith("relayed to 2 towns")
    compiled = Report.objects.filter(sources__isnull=False).distinct().get()
    assert compiled.assignment.organisation.short_name == "中山市科协" and compiled.sources.count() == 2
    assert "科普讲座10场" in compiled.text and again["中山市科协 转办 and 汇总"] == "already built"
    print(outcomes)


def test_demo_pages_render(demo, client_for):
    from kexie.ledger.demo import build_demo_ledgers
    from kexie.site.demo import load_seeds
    load_seeds()
    build_demo_ledgers()
    zunyi = Plan.objects.get(document__filename__startswith="zunyi")
    baoding = Plan.objects.get(document__filename__startswith="baoding")
    c = client_for("zunyi-staff")
    page = c.get(f"/ledger/{zunyi.pk}/").content.decode()
    assert "办结" in page and "延期申请" in page and "退回" in page
    assert "宣讲12场" in c.get(f"/ledger/tasks/{zunyi.tasks.get(outline_id='2.3').pk}/").content.decode()
    assert "已备案 1 / 16" in c.get(f"/ledger/{zunyi.pk}/filings/").content.decode()
    assert client_for("zhengan-staff").get("/ledger/inbox/").status_code == 200
    # 保定's plan went down to its districts and county-level cities (各县（市、区）科协)
    assert baoding.assignments.filter(organisation__short_name="涿州市科协").exists()
    r = client_for("cast-admin").get(f"/ledger/{baoding.pk}/")
    assert r.status_code == 200 and "我为科技工作者办实事" in r.content.decode()
