"""逐级汇总 (issue 13 item 6): the city gathers its counties' reports on the relayed task and sends its own up with
its sources, which the province opens; sums of the figures, periods, refusals, API, the whole flow by pages."""

from __future__ import annotations

import datetime
import re
from decimal import Decimal

import pytest
from django.test import Client

from kexie.ledger import compile as compiling, services
from kexie.ledger.errors import LedgerError, NotAllowed
from kexie.ledger.models import Report
from relay_world import build_relay_world, relay_to_counties

pytestmark = pytest.mark.django_db

Q3 = datetime.datetime(2026, 9, 20, 10, tzinfo=datetime.timezone.utc)


def _client(w, name):
    c = Client()
    c.force_login(w.users[name])
    return c


@pytest.fixture
def w(data_dir):
    w = build_relay_world(rhythm="quarterly")
    w.subs = relay_to_counties(w)
    return w


def _report(w, county, text, percent, period="2026-Q3"):
    user = w.users["county1" if county == "甲一县科协" else "county2"]
    return services.submit_report(w.subs[county], user, text=text, percent=percent, period=period, created_at=Q3)


def test_numbers_in_reads_labels_and_measure_words():
    assert compiling.numbers_in("举办科普讲座12场，受众3000余人次；投入经费3.5万元") == [
        ("科普讲座", "场", Decimal(12)), ("受众", "人次", Decimal(3000)), ("投入经费", "万元", Decimal("3.5"))]
    assert compiling.numbers_in("甲一县举办科普讲座6场，受众达900人次") == [("科普讲座", "场", Decimal(6)),
                                                                      ("受众", "人次", Decimal(900))]
    sums = compiling.sums_of(["举办科普讲座12场，受众3000人次", "甲二县开展科普讲座8场，受众2000人次", "无数字"])
    assert [s.display for s in sums] == ["科普讲座20场", "受众5000人次"] and sums[0].units == 2


def test_gather_reads_the_period_and_says_who_did_not_send(w):
    r1 = _report(w, "甲一县科协", "举办科普讲座12场，受众3000人次。", 40)
    _report(w, "甲二县科协", "上季度举办讲座2场。", 20, period="2026-Q2")
    g = compiling.gather(w.city_a, "2026-Q3")
    assert [a.report for a in g.sent] == [r1] and [a.assignee_label for a in g.missing] == ["甲二县科协"]
    assert [s.display for s in g.sums] == ["科普讲座12场", "受众3000人次"]
    assert g.draft.startswith("2026年第三季度，") and "未报送：甲二县科协" in g.draft
    assert "甲一县科协：举办科普讲座12场" in g.draft and "合计：科普讲座12场、受众3000人次。" in g.draft
    assert g.percent == 30  # the chain's average progress
    # Without a period: each one's latest.
    assert len(compiling.gather(w.city_a).sent) == 2


def test_compile_sends_the_citys_report_up_with_its_sources(w):
    r1 = _report(w, "甲一县科协", "举办科普讲座12场。", 40)
    r2 = _report(w, "甲二县科协", "举办科普讲座8场。", 60)
    report = compiling.compile_report(w.city_a, w.users["city"], period="2026-Q3", text="全市举办科普讲座20场。",
                                      percent=50, source_ids=[r1.pk, r2.pk])
    assert report.assignment == w.city_a and report.period == "2026-Q3" and report.percent == 50
    assert set(report.sources.all()) == {r1, r2} and list(r1.compiled_into.all()) == [report]
    w.city_a.refresh_from_db()
    assert w.city_a.status == "in_progress" and w.city_a.progress == 50
    from kexie.audit.models import Entry
    assert Entry.objects.get(object_type="ledger.report", object_id=report.pk).after["sources"] == sorted([r1.pk, r2.pk])


def test_compile_refusals_write_nothing(w):
    r1 = _report(w, "甲一县科协", "举办科普讲座12场。", 40)
    q2 = _report(w, "甲二县科协", "二季度讲座。", 20, period="2026-Q2")
    other = services.submit_report(w.assignments["甲一县科协"], w.users["county1"], text="甲市自己的台账", percent=5)
    n = Report.objects.count()
    cases = [
        (w.other_a, w.users["other-city"], [r1.pk], "没有可汇总的报送"),  # 乙市 relayed nothing
        (w.city_a, w.users["city"], [], "请至少选择一份下级报送"),
        (w.city_a, w.users["city"], [r1.pk, q2.pk], "不是下级对本任务本期的报送"),  # Q2 into Q3
        (w.city_a, w.users["city"], [other.pk], "不是下级对本任务本期的报送"),  # not on the chain
    ]
    for a, user, ids, message in cases:
        with pytest.raises(LedgerError, match=message):
            compiling.compile_report(a, user, period="2026-Q3", text="汇总", percent=10, source_ids=ids)
    with pytest.raises(LedgerError, match="不是该任务的报送期"):
        compiling.compile_report(w.city_a, w.users["city"], period="2031-Q3", text="汇总", source_ids=[])
    for who in ("province", "city-supervisor", "county1"):
        with pytest.raises(NotAllowed):
            compiling.compile_report(w.city_a, w.users[who], period="2026-Q3", text="汇总", source_ids=[r1.pk])
    assert Report.objects.count() == n


def test_compile_page_by_period(w):
    _report(w, "甲一县科协", "举办科普讲座12场，受众3000人次。", 40)
    _report(w, "甲二县科协", "举办科普讲座8场，受众2000人次。", 60)
    c = _client(w, "city")
    page = c.get(f"/ledger/assignments/{w.city_a.pk}/compile/?period=2026-Q3").content.decode()
    assert "科普讲座20场" in page and "受众5000人次" in page and 'value="2026-Q3" selected' in page
    assert "已报送 2 个" in page
    empty = c.get(f"/ledger/assignments/{w.city_a.pk}/compile/?period=2026-Q1").content.decode()
    assert "已报送 0 个" in empty and "未报送" in empty
    r = c.post(f"/ledger/assignments/{w.city_a.pk}/compile/", {"period": "2026-Q1", "text": "汇总", "percent": "10"})
    assert r.status_code == 400 and "请至少选择一份下级报送" in r.content.decode()


def test_the_flow_county_reports_city_compiles_province_follows(data_dir):
    w = build_relay_world()  # a task without rhythm: the latest reports are compiled
    subs = relay_to_counties(w)
    county = _client(w, "county1")
    r = county.post(f"/ledger/assignments/{subs['甲一县科协'].pk}/report/",
                    {"text": "甲一县举办科普讲座6场，受众900人次。", "percent": "50"})
    assert r.status_code == 302
    city = _client(w, "city")
    page = city.get(f"/ledger/assignments/{w.city_a.pk}/").content.decode()
    assert f'href="/ledger/assignments/{w.city_a.pk}/compile/"' in page
    compile_page = city.get(f"/ledger/assignments/{w.city_a.pk}/compile/").content.decode()
    assert "甲一县举办科普讲座6场" in compile_page and "未报送：" in compile_page
    source = re.search(r'name="sources" value="(\d+)" checked', compile_page).group(1)
    draft = re.search(r'<textarea name="text"[^>]*>(.*?)</textarea>', compile_page, re.S).group(1)
    assert "科普讲座6场" in draft
    r = city.post(f"/ledger/assignments/{w.city_a.pk}/compile/", {"text": "甲市汇总：科普讲座6场。", "percent": "50",
                                                                 "sources": [source]})
    assert r.status_code == 302
    province = _client(w, "province")
    page = province.get(f"/ledger/assignments/{w.city_a.pk}/").content.decode()
    link = f'/ledger/assignments/{subs["甲一县科协"].pk}/#report-{source}'
    assert "汇总自" in page and link in page and "甲市汇总：科普讲座6场。" in page
    sub_page = province.get(link.split("#")[0]).content.decode()
    assert f'id="report-{source}"' in sub_page and "甲一县举办科普讲座6场" in sub_page
    # The sibling and the other city follow the same link into nothing.
    for who in ("county2", "other-city"):
        assert _client(w, who).get(link.split("#")[0]).status_code == 404


def test_api_gather_and_compile(w):
    from rest_framework.test import APIClient
    r1 = _report(w, "甲一县科协", "举办科普讲座12场。", 40)
    api = APIClient()
    api.force_authenticate(w.users["city"])
    url = f"/api/assignments/{w.city_a.pk}/"
    g = api.get(url + "gather/?period=2026-Q3").json()
    assert [s["report"] for s in g["sent"]] == [r1.pk] and [m["unit"] for m in g["missing"]] == ["甲二县科协"]
    assert g["sums"] == [{"label": "科普讲座", "measure": "场", "total": "12", "reports": 1}]
    r = api.post(url + "compile/", {"period": "2026-Q3", "text": "汇总", "percent": 30, "sources": [r1.pk]},
                 format="json")
    assert r.status_code == 201 and r.json()["sources"] == [r1.pk] and r.json()["period"] == "2026-Q3"
    r = api.post(url + "compile/", {"period": "2026-Q3", "text": "汇总", "sources": []}, format="json")
    assert r.status_code == 400 and "请至少选择" in r.content.decode()
    other = APIClient()
    other.force_authenticate(w.users["other-city"])
    assert other.get(url + "gather/").status_code == 404
    province = APIClient()
    province.force_authenticate(w.users["province"])
    assert province.post(url + "compile/", {"text": "x", "sources": [r1.pk]}, format="json").status_code == 403
