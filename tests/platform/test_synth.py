"""`kexie synth` at a tiny scale: the national shape, every status, reports, history, and a county that signs in."""

from __future__ import annotations

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from kexie.audit.models import Entry as Change
from kexie.ledger.flow import Status
from kexie.ledger.models import Assignment, ObjectType, Plan, PlanState, Report
from kexie.orgs.models import Kind, Level, Membership, Organisation
from kexie.site import synth

SCALE, PLANS = 0.002, 2


@pytest.fixture
def synthetic(db, data_dir):
    call_command("synth", scale=SCALE, plans=PLANS, seed=7, password="pw-synth", stdout=open("/dev/null", "w"))
    return synth.sizes(SCALE)


def associations(level):
    return Organisation.objects.filter(kind=Kind.ASSOCIATION, level=level)


def test_synth_builds_the_national_tree(synthetic):
    assert associations(Level.NATIONAL).get().short_name == "中国科协"
    provinces = associations(Level.PROVINCE)
    assert provinces.count() == 31
    assert {"北京市科协", "新疆维吾尔自治区科协"} <= set(provinces.values_list("short_name", flat=True))
    assert associations(Level.CITY).count() == synthetic["cities"]
    assert associations(Level.COUNTY).count() == synthetic["counties"]
    assert Organisation.objects.exclude(kind=Kind.ASSOCIATION).count() == synthetic["societies"]
    # Every organisation sits under its parent's path, one level down.
    for org in Organisation.objects.exclude(parent=None).select_related("parent"):
        assert org.path.startswith(org.parent.path) and org.depth == org.parent.depth + 1
    assert associations(Level.PROVINCE).first().departments.count() == 4


def test_synth_sends_plans_to_every_county_in_every_status(synthetic):
    counties = associations(Level.COUNTY).count()
    assert Plan.objects.filter(state=PlanState.PUBLISHED).count() == PLANS
    assert Assignment.objects.count() == PLANS * synth.TASKS_PER_PLAN * counties
    assert set(Assignment.objects.values_list("status", flat=True)) == set(Status.values)
    assert not Assignment.objects.filter(status=Status.CLOSED, closed_at=None).exists()
    assert not Assignment.objects.exclude(status=Status.ASSIGNED).filter(accepted_at=None).exists()
    assert not Assignment.objects.filter(status=Status.EXTENSION_REQUESTED, requested_due=None).exists()
    # The summary counts the ledger pages read are exact after synth's bulk status moves.
    from django.db.models import Count
    from kexie.ledger.models import StatusCount
    assert {(t, s): n for t, s, n in StatusCount.objects.filter(n__gt=0).values_list("task_id", "status", "n")} == {
        (t, s): n for t, s, n in Assignment.objects.values_list("task_id", "status").annotate(n=Count("id"))
        .order_by()}
    reported = Assignment.objects.exclude(status__in=(Status.ASSIGNED, Status.ACCEPTED))
    assert Report.objects.count() == len(synth.REPORT_ROUNDS) * reported.count() > 0
    assert not reported.filter(last_report_at=None).exists()
    # History: one publish row per plan (each assignment's 交办 step is read from it), a row per step taken,
    # one per report.
    history = Change.objects.filter(object_type=ObjectType.ASSIGNMENT)
    assert not history.filter(action="assign").exists()
    assert Change.objects.filter(action="publish").count() == Plan.objects.count()
    closed = Assignment.objects.filter(status=Status.CLOSED).first()
    assert list(history.filter(object_id=closed.pk).order_by("at", "id").values_list("action", flat=True)) == [
        "accept", "report", "request_completion", "close"]
    assert Change.objects.filter(object_type=ObjectType.REPORT).count() == Report.objects.count()


def test_a_synthetic_county_signs_in_and_sees_its_inbox(synthetic, client):
    membership = Membership.objects.select_related("organisation").get(user__username="x0001-staff")
    assert membership.organisation.level == Level.COUNTY
    signed_in = client.post(reverse("login"), {"username": "x0001-staff", "password": "pw-synth"})
    assert signed_in.status_code == 302
    response = client.get("/ledger/inbox/?status=all")
    assert response.status_code == 200
    assert "第1项重点工作" in response.content.decode()


def test_synth_refuses_a_database_with_organisations(synthetic):
    with pytest.raises(CommandError, match="已有组织"):
        call_command("synth", scale=SCALE, plans=1)


def test_the_issuer_reads_a_task_sent_to_every_county(synthetic, client):
    """Its history and reports have rows of counties without users (no 操作人, no 报送人): they show —."""
    from kexie.ledger.models import Task
    signed_in = client.post(reverse("login"), {"username": "national-staff", "password": "pw-synth"})
    assert signed_in.status_code == 302
    report = Report.objects.filter(author=None).select_related("assignment").order_by("id").first()
    task = Task.objects.get(pk=report.assignment.task_id)
    assert Change.objects.filter(object_type=ObjectType.ASSIGNMENT, object_id__in=task.assignments.values("id"),
                                 user=None).exists()
    assert client.get(reverse("ledger:task", args=[task.pk])).status_code == 200
    assert client.get(reverse("ledger:assignment", args=[report.assignment_id])).status_code == 200


def test_synth_urges_overdue_work_and_notifies_the_units(synthetic):
    from kexie.ledger.lights import Clock, Light
    from kexie.oversight.models import Notice, NoticeKind, Urge
    red = Assignment.objects.filter(Clock.at().q(Light.RED))
    urges = Urge.objects.all()
    assert urges.count() > 0 and not urges.exclude(assignment__in=red).exists()
    assert Change.objects.filter(action="urge").count() == urges.count()
    # each urged unit's editors got the notice, once; the day's 临期/逾期 notices are there too
    urged_with_editors = urges.filter(assignment__organisation__memberships__role="staff").count()
    assert Notice.objects.filter(kind=NoticeKind.URGE, recipient__membership__role="staff").count() == urged_with_editors
    assert Notice.objects.filter(kind=NoticeKind.OVERDUE).exists() and Notice.objects.filter(kind=NoticeKind.DUE_SOON).exists()
    from kexie.oversight import reminders
    assert reminders.create_notices() == {"due_soon": 0, "overdue": 0}
