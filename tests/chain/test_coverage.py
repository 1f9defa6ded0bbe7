"""落实情况: who under the viewer has carried out a document or a plan, one level at a time, counted in SQL; the
page and the xlsx."""

from __future__ import annotations

import io

import openpyxl
import pytest

from kexie.orgs.models import Organisation
from kexie.search import coverage

pytestmark = pytest.mark.django_db

ZUNYI_NUMBER = ("遵市科协字〔2022〕6号", "遵义市科协贯彻新国发2号文件实施方案")


def test_a_plan_counts_the_units_it_was_sent_to(zunyi_plan, org, user, store, client_for):
    staff = user("zunyi-staff")
    item = coverage.item_for_plan(staff, zunyi_plan)
    assert item.rule == coverage.RULE_ASSIGNED and item.key == "遵市科协字〔2022〕6号"
    assigned = set(zunyi_plan.assignments.exclude(organisation=zunyi_plan.organisation)
                   .values_list("organisation_id", flat=True))
    cov = coverage.coverage(item, org("遵义市科协"))
    assert cov.n_should == len(assigned) > 10 and cov.n_done == 0
    # 正安 stores its own implementation plan citing 遵义's number; 汇川 files one for record.
    zhengan = store(org("正安县科协"), "正科协字〔2022〕3号", "正安县实施方案", cites=[ZUNYI_NUMBER])
    huichuan_doc = store(org("汇川区科协"), "汇科协字〔2022〕1号", "汇川区实施方案")
    from kexie.ledger.services import file_plan
    from kexie.orgs.services import upsert_user
    huichuan = upsert_user("huichuan", org("汇川区科协"), "staff", password="x")[0]
    file_plan(zunyi_plan, huichuan, huichuan_doc)
    cov = coverage.coverage(item, org("遵义市科协"))
    assert cov.n_done == 2 and cov.n_todo == cov.n_should - 2
    rows = {r.organisation.display_name: r for r in cov.rows}
    assert rows["正安县科协"].done and rows["正安县科协"].way == "document" and rows["正安县科协"].link_id == zhengan.pk
    assert str(rows["正安县科协"].day) == "2022-05-06"
    assert rows["汇川区科协"].way == "filing" and rows["汇川区科协"].link_id == huichuan_doc.pk
    assert not rows["桐梓县科协"].done and rows["桐梓县科协"].should
    page = client_for("zunyi-staff").get(f"/search/coverage/plan/{zunyi_plan.pk}/")
    body = page.content.decode()
    assert page.status_code == 200 and f"已落实 2 / 应落实 {cov.n_should}" in body
    assert "2022年5月6日" in body and "台账交办到的下级单位" in body
    # the same from the plan's source document
    doc_item = coverage.item_for_document(staff, zunyi_plan.document)
    assert doc_item.rule == coverage.RULE_ASSIGNED
    assert coverage.coverage(doc_item, org("遵义市科协")).n_done == 2
    # the plan page and the document page link here
    assert f"/search/coverage/plan/{zunyi_plan.pk}/" in client_for("zunyi-staff").get(
        f"/ledger/{zunyi_plan.pk}/").content.decode()


def test_a_document_without_a_ledger_counts_the_associations_below_its_holder(org, user, store, client_for):
    guizhou = store(org("贵州省科协"), "黔科协发〔2022〕17号", "贵州实施方案")
    national = user("cast-admin")
    item = coverage.item_for_document(national, guizhou)
    assert item.rule == coverage.RULE_SUBTREE
    top = coverage.coverage(item, org("中国科协"))
    # one row: 贵州 (it holds the document, so it is not among those who should, but its subtree is)
    assert [r.organisation.display_name for r in top.rows] == ["贵州省科协"]
    counties = Organisation.objects.filter(path__startswith=org("遵义市科协").path, kind="association").count()
    assert top.n_should == counties and not top.rows[0].should
    store(org("遵义市科协"), *ZUNYI_NUMBER, cites=[("黔科协发〔2022〕17号", "贵州实施方案")])
    store(org("正安县科协"), "正科协字〔2022〕3号", "正安", cites=[("黔科协发[2022]17号", "")])
    top = coverage.coverage(item, org("中国科协"))
    assert (top.n_done, top.rows[0].n_done) == (2, 2)
    province = coverage.coverage(item, org("贵州省科协"))
    assert [(r.organisation.display_name, r.done, r.n_done, r.n_should) for r in province.rows] == [
        ("遵义市科协", True, 2, counties)]
    city = coverage.coverage(item, org("遵义市科协"))
    assert sum(r.done for r in city.rows) == 1 and len(city.rows) == counties - 1
    # drill-down on the page: national → 贵州 → 遵义
    c = client_for("cast-admin")
    body = c.get(f"/search/coverage/document/{guizhou.pk}/?org={org('贵州省科协').pk}").content.decode()
    assert f'?org={org("遵义市科协").pk}' in body and "已落实 2 / 应落实" in body and "中国科协" in body


def test_the_counts_take_the_same_queries_for_ten_or_three_hundred_units(org, user, store, client_for,
                                                                          django_assert_max_num_queries):
    from kexie.orgs.services import upsert_organisation
    guizhou = store(org("贵州省科协"), "黔科协发〔2022〕17号", "贵州实施方案")
    national = user("cast-admin")
    item = coverage.item_for_document(national, guizhou)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    with CaptureQueriesContext(connection) as few:
        coverage.coverage(item, org("中国科协"))
    c = client_for("cast-admin")
    pages = [f"/search/coverage/document/{guizhou.pk}/", f"/search/coverage/document/{guizhou.pk}/?org={org('遵义市科协').pk}",
             f"/search/coverage/document/{guizhou.pk}/xlsx/"]
    page_queries = []
    for page in pages:
        with CaptureQueriesContext(connection) as one:
            assert c.get(page).status_code == 200
        page_queries.append(len(one.captured_queries))
    city = org("遵义市科协")
    for i in range(300):
        county = upsert_organisation(f"测试{i}县科学技术协会", parent=city, level=4)[0]
        if i % 3 == 0:
            store(county, f"测{i}科协字〔2022〕1号", f"测试{i}", cites=[("黔科协发〔2022〕17号", "")])
    with django_assert_max_num_queries(len(few.captured_queries)):
        top = coverage.coverage(item, org("中国科协"))
    assert top.n_done == 100 and top.n_should >= 300
    with django_assert_max_num_queries(len(few.captured_queries)):
        rows = coverage.coverage(item, city).rows
    assert sum(r.done for r in rows) == 100
    for page, n in zip(pages, page_queries):
        with django_assert_max_num_queries(n):
            assert c.get(page).status_code == 200


def test_the_xlsx_lists_every_unit_that_should(zunyi_plan, org, store, client_for):
    store(org("正安县科协"), "正科协字〔2022〕3号", "正安县实施方案", cites=[ZUNYI_NUMBER])
    response = client_for("zunyi-staff").get(f"/search/coverage/plan/{zunyi_plan.pk}/xlsx/")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/vnd.openxml")
    ws = openpyxl.load_workbook(io.BytesIO(response.content)).worksheets[0]
    values = [[c for c in row] for row in ws.iter_rows(min_row=4, values_only=True)]
    assert "落实情况" in ws["A1"].value
    assert [v[3] for v in values if v[0] == "正安县科协"] == ["已落实"]
    assert {v[3] for v in values} == {"已落实", "未落实"}
    n_should = coverage.coverage(coverage.item_for_plan(None, zunyi_plan), org("遵义市科协")).n_should
    assert len(values) == n_should


def test_units_a_plan_was_relayed_to_should_implement_it_too(org, user, client_for):
    from kexie.ledger import demo as ledger_demo
    from kexie.ledger.models import Plan
    from kexie.site import demo as site_demo
    site_demo.load_seeds()
    ledger_demo.build_demo_ledgers()
    plan = Plan.objects.get(doc_number="粤科协〔2022〕30号", is_relay=False)
    item = coverage.item_for_plan(None, plan)
    assert item.rule == coverage.RULE_ASSIGNED and len(item.plan_ids) == 2  # the plan and 中山's relay plan
    zhongshan = org("中山市科协")
    towns = coverage.coverage(item, zhongshan)
    assert {r.organisation.display_name for r in towns.rows} == {"小榄镇科协", "石岐街道科协"}
    assert all(r.should and not r.done for r in towns.rows)
    province = coverage.coverage(item, org("广东省科协"))
    assert [(r.organisation.display_name, r.should, r.n_should) for r in province.rows
            if r.organisation == zhongshan] == [("中山市科协", True, 3)]
