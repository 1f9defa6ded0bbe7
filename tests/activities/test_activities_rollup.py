"""The three-level roll-up and its export, campaigns across levels, the calendar, activities as a ledger task's
progress, and the certificate of service hours: figures right, queries bounded, scope kept."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from django.urls import reverse

from kexie.ledger.errors import LedgerError
from kexie.volunteers import activities as svc
from kexie.volunteers import counts
from kexie.volunteers.models import Team, Volunteer
from kexie.volunteers.rollup import rollup


def _serve(vworld, a, unit, volunteer, hours):
    svc.record_hours(a, vworld.users[f"{unit}_staff"], volunteer=vworld.volunteers[volunteer], hours=hours)
    svc.confirm_hours(a, vworld.users[f"{unit}_staff"])


@pytest.fixture
def filled(vworld, activity_of):
    """甲市 one activity, 甲一县 two (one 技术服务), 甲二县 one; confirmed hours on each."""
    a_c = activity_of("c", title="市主场", audience=1000)
    _serve(vworld, a_c, "c", "c", "5")
    a1 = activity_of("k1", title="一县科普", audience=200)
    _serve(vworld, a1, "k1", "k1", "3")
    a1b = activity_of("k1", title="一县技术", kind="technical", audience=50, start="2026-10-02")
    _serve(vworld, a1b, "k1", "k1", "2.5")
    a2 = activity_of("k2", title="二县科普", audience=300)
    _serve(vworld, a2, "k2", "k2", "4")
    return {"c": a_c, "k1": a1, "k1b": a1b, "k2": a2}


def test_the_roll_up_counts_each_child_subtree_and_the_own_row(vworld, filled, django_assert_num_queries):
    with django_assert_num_queries(3):
        r = rollup(vworld.orgs["c"])
    rows = {row.organisation.short_name: row for row in r.children}
    assert [row.organisation.short_name for row in r.children] == ["甲一县科协", "甲二县科协"]
    k1 = rows["甲一县科协"]
    assert (k1.volunteers, k1.teams, k1.activities, k1.hours, k1.audience) == (1, 1, 2, Decimal("5.5"), 250)
    assert k1.by_kind["popular"] == 1 and k1.by_kind["technical"] == 1
    assert (r.own.volunteers, r.own.activities, r.own.hours, r.own.audience) == (1, 1, Decimal("5"), 1000)
    assert (r.total.volunteers, r.total.activities, r.total.hours) == (3, 4, Decimal("14.5"))
    assert [row.organisation.short_name for row in r.ranking] == ["甲一县科协", "甲二县科协"]  # 2 activities > 1
    assert {label: row.activities for label, row in r.by_level} == {"市级": 1, "县级": 3}
    province = rollup(vworld.orgs["p"])
    assert [(row.organisation.short_name, row.activities) for row in province.children] == [("甲市科协", 4),
                                                                                           ("乙市科协", 0)]
    assert province.total.volunteers == 4  # 甲省's own volunteer too; 丙省's is not counted
    Volunteer.objects.filter(pk=vworld.volunteers["k2"].pk).update(state="pending")
    counts.recount()  # the direct update above bypasses the counts
    assert rollup(vworld.orgs["c"]).total.volunteers == 2  # only registered (已注册) volunteers count


def test_the_roll_up_costs_the_same_queries_with_many_children(vworld, filled, django_assert_num_queries):
    from kexie.orgs.services import upsert_organisation
    for i in range(30):
        k = upsert_organisation(f"甲市第{i}区科学技术协会", parent=vworld.orgs["c"], level=4)[0]
        Team.objects.create(organisation=k, name=f"队{i}")
    counts.recount()
    with django_assert_num_queries(3):
        r = rollup(vworld.orgs["c"])
    assert len(r.children) == 32 and r.total.teams == 32


@pytest.mark.parametrize("user,org,status", [
    ("c_staff", None, 200), ("c_leader", "k1", 200), ("c_supervisor", "k2", 200), ("p_admin", "c", 200),
    ("k1_staff", "k2", 404), ("k1_staff", "c", 404), ("o_admin", "c", 404), ("k2_staff", "999999999999", 404),
    ("k2_staff", "abc", 404)])
def test_the_home_page_drills_down_inside_the_subtree_only(vworld, filled, user, org, status):
    c = vworld.client(user)
    q = f"?org={vworld.orgs[org].pk if org in vworld.orgs else org}" if org else ""
    assert c.get(reverse("volunteers:home") + q).status_code == status
    assert c.get(reverse("volunteers:rollup-xlsx") + q).status_code == status


def test_the_home_page_and_its_export(vworld, filled, django_assert_max_num_queries):
    from openpyxl import load_workbook
    c = vworld.client("c_leader")
    with django_assert_max_num_queries(9):  # session, user, membership, 3 of the roll-up, the unread notices
        page = c.get(reverse("volunteers:home")).content.decode()
    assert "排名规则" in page and "甲一县科协" in page and "甲市科协（本级）" in page
    r = c.get(reverse("volunteers:rollup-xlsx"))
    assert r["Content-Type"].startswith("application/vnd.openxmlformats")
    book = load_workbook(io.BytesIO(r.content))
    summary, ranking = book.worksheets
    values = [[cell.value for cell in row] for row in summary.iter_rows()]
    header = values.index(next(row for row in values if row[0] == "单位"))
    assert values[header][:6] == ["单位", "志愿者", "队伍", "活动场次", "服务时长（小时）", "服务对象人次"]
    assert values[header + 1][:4] == ["甲市科协（本级）", 1, 0, 1]
    assert values[header + 2][:5] == ["甲一县科协", 1, 1, 2, 5.5]
    assert values[-1][0] == "合计" and values[-1][3] == 4
    ranks = [[cell.value for cell in row] for row in ranking.iter_rows()]
    assert "排名规则" in str(ranks[1][0])
    assert [row[1] for row in ranks if isinstance(row[0], int)] == ["甲一县科协", "甲二县科协"]


def test_campaigns_gather_every_level_and_lower_teams_serve_under_a_higher_campaign(vworld, activity_of):
    camp = svc.save_campaign(vworld.users["p_admin"], name="2026年全国科普日", start_date="2026-09-15",
                             end_date="2026-09-30")
    a_c = activity_of("c", title="市主场", campaign=camp.pk, teams=[vworld.teams["k2"].pk])
    activity_of("k1", title="一县", campaign=camp.pk)
    activity_of("k2", title="二县", campaign=camp.pk, kind="technical", teams=[vworld.teams["k1"].pk])
    assert list(a_c.teams.all()) == [vworld.teams["k2"]]
    with pytest.raises(LedgerError, match="不在主题活动"):
        activity_of("k1", title="晚了", campaign=camp.pk, start="2026-10-08")
    other = svc.save_campaign(vworld.users["o_admin"], name="丙省科普日", start_date="2026-09-15",
                              end_date="2026-09-30")
    with pytest.raises(LedgerError, match="只能加入本组织或上级组织的主题活动"):
        activity_of("k1", title="外省", campaign=other.pk)
    with pytest.raises(LedgerError, match="队伍"):
        activity_of("k1", title="外队", teams=[vworld.teams["k2"].pk])  # not under a campaign: its own teams
    page = vworld.client("p_admin").get(reverse("volunteers:campaign", args=[camp.pk])).content.decode()
    assert "市级" in page and "县级" in page and "市主场" in page and "二县" in page
    county = vworld.client("k1_staff").get(reverse("volunteers:campaign", args=[camp.pk]))
    assert county.status_code == 200  # a county sees its province's campaign, and only its own activities in it
    assert "一县" in county.content.decode() and "二县" not in county.content.decode()
    assert vworld.client("o_admin").get(reverse("volunteers:campaign", args=[camp.pk])).status_code == 404
    assert vworld.client("c_staff").get(reverse("volunteers:campaign", args=[other.pk])).status_code == 404
    assert camp.pk not in [c.pk for c in svc.visible_campaigns(vworld.users["o_admin"])]
    r = vworld.client("k1_staff").post(reverse("volunteers:campaign", args=[camp.pk]), {"name": "改名"})
    assert r.status_code == 403 and camp.__class__.objects.get(pk=camp.pk).name == "2026年全国科普日"


def test_campaign_input_is_checked(vworld):
    with pytest.raises(LedgerError, match="早于开始日期"):
        svc.save_campaign(vworld.users["c_staff"], name="周", start_date="2026-03-07", end_date="2026-03-01")
    svc.save_campaign(vworld.users["c_staff"], name="学雷锋周", start_date="2026-03-01", end_date="2026-03-07")
    with pytest.raises(LedgerError, match="已有名为"):
        svc.save_campaign(vworld.users["c_staff"], name="学雷锋周", start_date="2026-03-01", end_date="2026-03-07")
    r = vworld.client("c_leader").post(reverse("volunteers:campaigns"), {
        "name": "领导建的", "start_date": "2026-03-01", "end_date": "2026-03-02"})
    assert r.status_code == 403


def test_the_calendar_shows_a_month_filtered_by_kind_and_subtree(vworld, filled, django_assert_max_num_queries):
    c = vworld.client("c_staff")
    url = reverse("volunteers:calendar")
    with django_assert_max_num_queries(7):
        page = c.get(url + "?month=2026-09").content.decode()
    assert "市主场" in page and "一县科普" in page and "一县技术" not in page  # 一县技术 is on 10月2日
    from kexie.volunteers.models import Activity
    city_main = Activity.objects.get(title="市主场")
    assert f'<a href="{reverse("volunteers:activity", args=[city_main.pk])}">市主场</a>' in page
    assert c.get(reverse("volunteers:activity", args=[city_main.pk])).status_code == 200
    page = c.get(url + f"?month=2026-10&kind=technical&org={vworld.orgs['k1'].pk}").content.decode()
    assert "一县技术" in page
    page = c.get(url + f"?month=2026-09&org={vworld.orgs['k2'].pk}").content.decode()
    assert "二县科普" in page and "一县科普" not in page
    assert c.get(url + "?month=2026-13").status_code == 404
    assert vworld.client("k1_staff").get(url + f"?org={vworld.orgs['k2'].pk}").status_code == 404
    assert "二县科普" not in vworld.client("k1_staff").get(url + "?month=2026-09").content.decode()


def test_linked_activities_count_as_the_tasks_progress_on_its_pages(vworld, activity_of):
    from kexie.volunteers.task_progress import progress
    a1 = activity_of("k1", title="一县科普日活动", task=vworld.task.pk, audience=500)
    _serve(vworld, a1, "k1", "k1", "3")
    activity_of("k1", title="未开始的活动", task=vworld.task.pk, start="2099-09-16")  # not begun: not yet progress
    with pytest.raises(LedgerError, match="关联任务"):
        activity_of("c", title="外省任务", task=vworld.task.pk + 1000)
    from kexie.ledger.models import Plan, PlanState, Task
    foreign = Task.objects.create(plan=Plan.objects.create(organisation=vworld.orgs["o"], title="丙", year=2026,
                                                           state=PlanState.PUBLISHED), outline_id="1", heading="丙")
    with pytest.raises(LedgerError, match="关联任务"):
        activity_of("k1", title="外省任务", task=foreign.pk)
    assert progress(vworld.task, vworld.orgs["k1"].path) == progress(vworld.task, vworld.orgs["c"].path)
    p = progress(vworld.task, vworld.orgs["k1"].path)
    assert (p.activities, p.hours, p.audience) == (1, Decimal("3"), 500)
    assert progress(vworld.task, vworld.orgs["k2"].path).activities == 0
    k1_page = vworld.client("k1_staff").get(reverse("ledger:assignment", args=[vworld.assignments["k1"].pk]))
    assert "本单位及下级已开展关联活动 1 场" in k1_page.content.decode()
    k2_page = vworld.client("c_staff").get(reverse("ledger:assignment", args=[vworld.assignments["k2"].pk]))
    assert "关联活动" not in k2_page.content.decode()
    task_page = vworld.client("c_staff").get(reverse("ledger:task", args=[vworld.task.pk])).content.decode()
    assert "一县科普日活动" in task_page and "关联的志愿服务活动（2 场）" in task_page
    k2_task = vworld.client("k2_staff").get(reverse("ledger:task", args=[vworld.task.pk])).content.decode()
    assert "一县科普日活动" not in k2_task  # a sibling county does not see 甲一县's activities
    listed = vworld.client("c_staff").get(reverse("volunteers:activities") + f"?task={vworld.task.pk}")
    assert "一县科普日活动" in listed.content.decode()
    assert vworld.client("o_admin").get(reverse("volunteers:activities") + f"?task={vworld.task.pk}").status_code == 404


def test_the_certificate_is_written_and_read_back(vworld, filled):
    from docx import Document
    c = vworld.client("c_staff")
    r = c.get(reverse("volunteers:certificate-docx", args=[vworld.volunteers["k1"].pk]))
    assert r.status_code == 200
    text = "\n".join(p.text for p in Document(io.BytesIO(r.content)).paragraphs)
    assert "志愿服务时长证明" in text and "甲一志愿者" in text and "累计志愿服务时长5.5小时" in text
    assert "参加科技志愿服务活动2次" in text and "一县技术" in text and "甲市科学技术协会" in text


@pytest.mark.parametrize("user,volunteer,status", [
    ("k1_staff", "k1", 200), ("c_leader", "k1", 200), ("p_admin", "k2", 200), ("k2_staff", "k1", 404),
    ("o_admin", "k1", 404), ("k1_staff", "o", 404), ("c_staff", "p", 404)])
def test_the_certificate_is_for_whoever_sees_the_volunteer(vworld, filled, user, volunteer, status):
    c = vworld.client(user)
    assert c.get(reverse("volunteers:certificate-docx", args=[vworld.volunteers[volunteer].pk])).status_code == status


def test_the_certificate_as_pdf_when_libreoffice_is_present(vworld, filled):
    from kexie.office import pdf
    r = vworld.client("k1_staff").get(reverse("volunteers:certificate-pdf", args=[vworld.volunteers["k1"].pk]))
    if pdf.available():
        assert r.status_code == 200 and r.content.startswith(b"%PDF")
    else:
        assert r.status_code == 503 and "LibreOffice" in r.content.decode()
