"""A unit's report on an assignment cites its linked activities: the report form offers the activities of the
task its unit's subtree held (never a sibling's or another province's), the ticked ones become lines of the
report's text, and a forged choice refuses the report with nothing written."""

from __future__ import annotations

import pytest
from django.urls import reverse

from kexie.ledger.models import Assignment, Report
from kexie.volunteers import activities as svc


@pytest.fixture
def linked(vworld, activity_of):
    """甲一县's and 甲二县's activities linked to the task, one of 甲一县's not yet begun, one unlinked, and an
    activity of 丙省 (another province) linked to a task of its own."""
    from kexie.ledger.models import Plan, PlanState, Task
    k1 = activity_of("k1", title="一县科普日进校园", task=vworld.task.pk, audience=800)
    svc.record_hours(k1, vworld.users["k1_staff"], volunteer=vworld.volunteers["k1"], hours="3.5")
    svc.confirm_hours(k1, vworld.users["k1_staff"])
    foreign = Task.objects.create(plan=Plan.objects.create(organisation=vworld.orgs["o"], title="丙", year=2026,
                                                           state=PlanState.PUBLISHED), outline_id="1", heading="丙")
    return {"k1": k1, "k2": activity_of("k2", title="二县科普日进社区", task=vworld.task.pk),
            "later": activity_of("k1", title="尚未开始的活动", task=vworld.task.pk, start="2099-09-16"),
            "unlinked": activity_of("k1", title="没有关联任务的活动"),
            "o": svc.save_activity(vworld.users["o_admin"], title="丙省科普日", kind="popular", start_date="2026-09-16",
                                   end_date="2026-09-16", task=foreign.pk)}


def _form(vworld, user, unit="k1"):
    return vworld.client(user).get(reverse("ledger:report", args=[vworld.assignments[unit].pk]))


def test_the_form_offers_the_units_own_linked_begun_activities_only(vworld, linked):
    page = _form(vworld, "k1_staff").content.decode()
    assert "一县科普日进校园" in page and f'name="cite_activity" value="{linked["k1"].pk}"' in page
    for other in ("二县科普日进社区", "尚未开始的活动", "没有关联任务的活动", "丙省科普日"):
        assert other not in page
    k2_page = _form(vworld, "k2_staff", "k2").content.decode()
    assert "二县科普日进社区" in k2_page and "一县科普日进校园" not in k2_page


def test_no_activities_no_fieldset(vworld):
    page = _form(vworld, "k1_staff").content.decode()
    assert "cite-activities" not in page and "submit-report" in page


@pytest.mark.parametrize("user", ["k2_staff", "c_leader", "c_supervisor", "o_admin"])
def test_no_one_else_gets_the_form_or_its_activities(vworld, linked, user):
    response = _form(vworld, user)
    assert response.status_code in (403, 404)
    assert "一县科普日进校园" not in response.content.decode()


def test_ticked_activities_are_cited_in_the_report(vworld, linked):
    a = vworld.assignments["k1"]
    response = vworld.client("k1_staff").post(reverse("ledger:report", args=[a.pk]), {
        "text": "开展全国科普日活动。", "percent": "40", "cite_activity": [str(linked["k1"].pk)]})
    assert response.status_code == 302
    report = Report.objects.get(assignment=a)
    assert report.text.splitlines() == [
        "开展全国科普日活动。", "引用的志愿服务活动（1 场）：",
        "志愿服务活动：一县科普日进校园（2026年9月16日，甲一县科协，服务对象 800 人次，确认服务时长 3.5 小时）"]
    shown = vworld.client("k1_staff").get(reverse("ledger:assignment", args=[a.pk])).content.decode()
    assert "志愿服务活动：一县科普日进校园" in shown


@pytest.mark.parametrize("forged", ["k2", "o", "later", "unlinked", "abc", "99999999999999999999"])
def test_a_forged_choice_refuses_the_report_with_nothing_written(vworld, linked, forged):
    a = vworld.assignments["k1"]
    before = Assignment.objects.get(pk=a.pk)
    value = str(linked[forged].pk) if forged in linked else forged
    response = vworld.client("k1_staff").post(reverse("ledger:report", args=[a.pk]), {
        "text": "开展全国科普日活动。", "percent": "40", "cite_activity": [str(linked["k1"].pk), value]})
    assert response.status_code == 400
    assert "所选活动不是本单位承担这项任务的活动" in response.content.decode()
    assert f'name="cite_activity" value="{linked["k1"].pk}" checked' in response.content.decode()  # kept ticked
    assert not Report.objects.filter(assignment=a).exists()
    after = Assignment.objects.get(pk=a.pk)
    assert (after.status, after.progress, after.progress_text) == (before.status, before.progress, before.progress_text)


def test_the_form_costs_a_bounded_number_of_queries(vworld, linked, activity_of, django_assert_max_num_queries):
    client = vworld.client("k1_staff")
    url = reverse("ledger:report", args=[vworld.assignments["k1"].pk])
    client.get(url)
    with django_assert_max_num_queries(40) as few:
        client.get(url)
    for i in range(12):
        activity_of("k1", title=f"更多活动{i}", task=vworld.task.pk)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert "更多活动11" in client.get(url).content.decode()


def test_the_api_cites_activities_as_the_form_does(vworld, linked):
    a = vworld.assignments["k1"]
    client = vworld.client("k1_staff")
    url = reverse("report-list")
    forged = client.post(url, {"assignment": a.pk, "text": "开展活动。", "percent": 40,
                               "cite_activity": [linked["k1"].pk, linked["k2"].pk]}, content_type="application/json")
    assert forged.status_code == 400 and "所选活动不是本单位" in forged.json()["detail"]
    not_a_list = client.post(url, {"assignment": a.pk, "text": "开展活动。", "percent": 40, "cite_activity": "1"},
                             content_type="application/json")
    assert not_a_list.status_code == 400 and "列表" in not_a_list.json()["detail"]
    assert not Report.objects.filter(assignment=a).exists()
    made = client.post(url, {"assignment": a.pk, "text": "开展活动。", "percent": 40,
                             "cite_activity": [linked["k1"].pk]}, content_type="application/json")
    assert made.status_code == 201, made.content
    assert Report.objects.get(assignment=a).text.splitlines()[1:] == [
        "引用的志愿服务活动（1 场）：",
        "志愿服务活动：一县科普日进校园（2026年9月16日，甲一县科协，服务对象 800 人次，确认服务时长 3.5 小时）"]
