"""通报 data and page: completed in the period, overdue and by whom, units urged (催办 audit entries), typical
cases; only the scope's; printable; bad periods refused."""

from __future__ import annotations

import datetime

import pytest
from django.test import Client
from django.utils import timezone

from kexie.audit.models import Entry
from kexie.ledger.lights import Clock
from kexie.ledger.models import ObjectType
from kexie.oversight.bulletin import bulletin
from kexie.oversight.period import Period

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate()


def urge(assignment, times=1, at=None):
    for _ in range(times):
        Entry.objects.create(action="urge", object_type=ObjectType.ASSIGNMENT.value, object_id=assignment.pk,
                             scope_path=assignment.organisation.path, plan_id=assignment.plan_id,
                             at=at or timezone.now(), reason="请抓紧办理")


def test_the_bulletin_says_what_was_done_what_is_late_who_was_urged_and_the_typical_cases(flowed):
    w, plan = flowed
    a = list(plan.assignments.select_related("organisation").order_by("id"))
    urge(a[0], 2)  # 甲一县, twice on one assignment
    urge(a[2])  # 乙一县
    urge(a[5], at=timezone.now() - datetime.timedelta(days=400))  # before the period
    period = Period(TODAY - datetime.timedelta(days=30), TODAY)
    b = bulletin(w.orgs["甲省科协"], period, Clock.at())
    assert b.completed == 1 and b.completed_on_time == 0
    assert [(line.unit.short_name, line.n) for line in b.completed_by_unit] == [("乙市科协", 1)]
    assert [(line.unit.short_name, line.n) for line in b.overdue_by_unit] == [("甲市科协", 2)]
    assert {x.organisation.short_name for x in b.overdue} == {"甲一县科协", "甲二县科协"}
    assert [(line.unit.short_name, line.n, line.extra) for line in b.urged] == [("甲一县科协", 2, 1), ("乙一县科协", 1, 1)]
    assert [r.assignment.organisation.short_name for r in b.typical_cases] == ["甲二县科协"]
    data = b.as_dict()  # the office files' docx reads the same data
    assert data["urged"][0] == {"unit": w.orgs["甲一县科协"].pk, "name": "甲一县科协", "n": 2, "assignments": 1}
    # a city's bulletin holds only its own subtree
    city = bulletin(w.orgs["乙市科协"], period, Clock.at())
    assert [line.unit.short_name for line in city.urged] == ["乙一县科协"]
    assert not city.typical_cases and not city.overdue


def test_the_bulletin_page_is_ready_to_print_and_scoped(flowed):
    w, plan = flowed
    urge(plan.assignments.select_related("organisation").order_by("id")[0])
    c = Client()
    c.force_login(w.users["city-supervisor"])
    page = c.get(f"/oversight/{w.orgs['甲市科协'].pk}/bulletin/")
    assert page.status_code == 200
    html = page.content.decode()
    for heading in ("一、总体情况", "二、本期办结情况", "三、逾期未办结情况", "四、催办情况", "五、典型案例"):
        assert heading in html
    assert "甲一县科协" in html and "乙一县科协" not in html
    assert "oversight/oversight.css" in html and "data-print" in html
    api = c.get(f"/api/oversight/{w.orgs['甲市科协'].pk}/bulletin/").json()
    assert api["urged"][0]["name"] == "甲一县科协"
    assert c.get(f"/oversight/{w.orgs['乙市科协'].pk}/bulletin/").status_code == 404
    bad = c.get(f"/oversight/{w.orgs['甲市科协'].pk}/bulletin/?start=2026-05-01&end=2026-01-01")
    assert bad.status_code == 400 and "早于开始日期" in bad.content.decode()


def test_the_print_css_hides_the_header_and_forms():
    from pathlib import Path
    import kexie.oversight
    css = (Path(kexie.oversight.__file__).parent / "static/oversight/oversight.css").read_text()
    assert "@media print" in css and ".topbar, .no-print" in css
