"""办实事清单: a request's life on the ledger (listed → 交办 → handled in the ledger → feedback → satisfaction, 不满意
reopening the assignment), the book plan made once per organisation and year, and the roll-up measures."""

from __future__ import annotations

import pytest

from requests_world import DATA, assigned_to_county, due, handle, listed, rworld  # noqa: F401

from kexie.ledger.models import Assignment, Plan, StatusCount, SubtreeCount, Task
from kexie.workers import requests as service
from kexie.workers.models import Request, RequestBook

pytestmark = pytest.mark.django_db


def _now(r):
    return Request.objects.annotate(now=service.state_of()).get(pk=r.pk).now


def test_listing_makes_a_task_on_the_organisations_book_plan_once_per_year(rworld):
    r1, r2 = listed(rworld), listed(rworld, title="子女入学")
    assert RequestBook.objects.count() == 1
    book = RequestBook.objects.get()
    plan = Plan.objects.get(pk=book.plan_id)
    assert plan.organisation == rworld.orgs["city"] and plan.state == "published"
    assert plan.title == f"{plan.year}年“我为科技工作者办实事”清单"
    assert [t.heading for t in Task.objects.filter(plan=plan).order_by("order")] == ["职称评审政策咨询", "子女入学"]
    assert r1.task.plan_id == r2.task.plan_id == plan.pk and r1.state == "listed"


def test_the_whole_life_rides_on_the_ledger(rworld):
    w = rworld
    r, a = assigned_to_county(w)
    assert a.organisation == w.orgs["county"] and a.status == "assigned" and a.plan_id == r.task.plan_id
    assert _now(r) == "assigned"
    # the county sees it in its inbox, like any assignment; the counts are the ledger's own
    from kexie.ledger import reads
    assert list(reads.inbox(w.users["county"], "open").values_list("pk", flat=True)) == [a.pk]
    assert StatusCount.objects.get(plan_id=a.plan_id, status="assigned").n == 1
    assert SubtreeCount.objects.filter(plan_id=a.plan_id, organisation=w.orgs["city"]).get().n == 1
    with pytest.raises(service.RequestError, match="办结"):  # feedback before handling: a stage skipped
        service.feed_back(r, w.users["staff"], text="已答复")
    handle(a, w.users["county"], w.users["staff"])
    assert _now(r) == "handled"
    with pytest.raises(service.RequestError, match="已反馈"):  # satisfaction before feedback
        service.rate(r, w.users["staff"], satisfaction="satisfied")
    service.feed_back(r, w.users["staff"], text="已电话告知评审条件。")
    r.refresh_from_db()
    with pytest.raises(service.RequestError, match="说明"):  # 不满意 needs the reason
        service.rate(r, w.users["staff"], satisfaction="unsatisfied")
    service.rate(r, w.users["staff"], satisfaction="unsatisfied", note="材料清单仍不清楚")
    r.refresh_from_db()
    a.refresh_from_db()
    assert r.state == "assigned" and r.reopened == 1 and _now(r) == "assigned" and r.satisfaction == "unsatisfied"
    assert a.status == "returned" and a.closed_at is None and "材料清单仍不清楚" in a.last_reason
    assert a.last_reason_action == "reopen"
    assert StatusCount.objects.get(plan_id=a.plan_id, status="closed").n == 0
    assert SubtreeCount.objects.filter(plan_id=a.plan_id, organisation=w.orgs["city"], n__gt=0).get().closed_on.year == 1
    handle(a, w.users["county"], w.users["staff"])
    service.feed_back(r, w.users["staff"], text="已书面提供材料清单。")
    r.refresh_from_db()
    service.rate(r, w.users["staff"], satisfaction="satisfied")
    r.refresh_from_db()
    assert r.state == "closed" and r.satisfaction == "satisfied" and r.closed_at
    with pytest.raises(service.RequestError, match="已反馈"):  # satisfaction twice
        service.rate(r, w.users["staff"], satisfaction="basic")
    actions = list(service.history(w.users["staff"], r).values_list("action", flat=True))
    assert actions == ["create", "assign", "feedback", "reopen", "feedback", "rate"]
    from kexie.audit.models import Entry
    assert Entry.objects.filter(object_type="ledger.assignment", object_id=a.pk, action="reopen").count() == 1


def test_department_assignment_is_handled_by_the_organisation_itself(rworld):
    w = rworld
    r = listed(w)
    dept = w.orgs["city"].departments.get(name="学会部")
    a = service.assign(r, w.users["staff"], target=f"d{dept.pk}", due_date=due())
    assert a.organisation == w.orgs["city"] and a.department == dept
    handle(a, w.users["staff"], w.users["staff"])
    assert _now(r) == "handled"


@pytest.mark.parametrize("target", ["", "x1", "o999999", "d999999"])
def test_assign_refuses_targets_outside_the_organisation(rworld, target):
    w = rworld
    r = listed(w)
    with pytest.raises(service.RequestError, match="承办单位"):
        service.assign(r, w.users["staff"], target=target, due_date=due())
    assert not Assignment.objects.exists() and Request.objects.get(pk=r.pk).state == "listed"


def test_assign_refuses_another_subtrees_unit_and_a_past_date(rworld):
    w = rworld
    r = listed(w)
    for target in (f"o{w.orgs['other'].pk}", f"o{w.orgs['city'].pk}", f"o{w.orgs['province'].pk}"):
        with pytest.raises(service.RequestError):
            service.assign(r, w.users["staff"], target=target, due_date=due())
    with pytest.raises(service.RequestError, match="今天"):
        service.assign(r, w.users["staff"], target=f"o{w.orgs['county'].pk}", due_date=due(-2))
    with pytest.raises(service.RequestError, match="完成时限"):
        service.assign(r, w.users["staff"], target=f"o{w.orgs['county'].pk}", due_date="明天")
    assert not Assignment.objects.exists()


def test_assign_twice_is_refused(rworld):
    w = rworld
    r, _a = assigned_to_county(w)
    with pytest.raises(service.RequestError, match="已列入清单"):
        service.assign(r, w.users["staff"], target=f"o{w.orgs['county'].pk}", due_date=due())
    assert Assignment.objects.count() == 1


def test_a_stale_version_is_a_conflict(rworld):
    from kexie.ledger.errors import Conflict
    w = rworld
    r = service.submit_public(w.orgs["city"], DATA, "10.0.0.1")
    with pytest.raises(Conflict):
        service.review(r, w.users["staff"], accept=True, version="7")
    service.review(r, w.users["staff"], accept=True, version=str(r.version))
    with pytest.raises(service.RequestError, match="已审核"):
        service.review(r, w.users["staff"], accept=False, reason="重复")


def test_only_the_organisations_editors_write(rworld):
    from kexie.ledger.errors import NotAllowed
    w = rworld
    r = service.submit_public(w.orgs["city"], DATA, "10.0.0.1")
    for name in ("supervisor", "leader", "county", "province", "outsider"):
        with pytest.raises(NotAllowed):
            service.review(r, w.users[name], accept=True)
        with pytest.raises(NotAllowed):
            service.create(w.users[name], w.orgs["city"], DATA)
    assert Request.objects.get(pk=r.pk).state == "pending" and not Task.objects.exists()


def test_a_rejection_needs_its_reason_and_keeps_it(rworld):
    w = rworld
    r = service.submit_public(w.orgs["city"], DATA, "10.0.0.1")
    with pytest.raises(service.RequestError, match="理由"):
        service.review(r, w.users["staff"], accept=False, reason="  ")
    service.review(r, w.users["staff"], accept=False, reason="属个人劳动争议，已告知法律援助渠道")
    r.refresh_from_db()
    assert r.state == "rejected" and "法律援助" in r.reason and r.task_id is None


def test_measures_count_received_handled_and_satisfied(rworld):
    w = rworld
    r, a = assigned_to_county(w)
    service.submit_public(w.orgs["city"], DATA, "10.0.0.2")
    keys = {key: (label, rows, lookup) for key, label, rows, lookup in service.measures()}
    assert set(keys) == {"requests_received", "requests_handled", "requests_satisfied"}
    for _label, rows, lookup in keys.values():
        assert lookup == "organisation__path"
        assert rows().filter(organisation__path__startswith=w.orgs["city"].path).model is Request
    assert keys["requests_received"][1]().count() == 2
    assert keys["requests_handled"][1]().count() == 0
    handle(a, w.users["county"], w.users["staff"])
    service.feed_back(r, w.users["staff"], text="已答复")
    r.refresh_from_db()
    service.rate(r, w.users["staff"], satisfaction="basic")
    assert keys["requests_handled"][1]().count() == 1 and keys["requests_satisfied"][1]().count() == 1
    assert keys["requests_satisfied"][1]().filter(**{"organisation__path__startswith": w.orgs["other"].path}).count() == 0


def test_demo_builds_baodings_list_in_every_state_once(demo):
    from kexie.workers import demo_requests
    first = demo_requests.build()
    assert first.startswith("清单 of 保定市科协")
    city = Request.objects.values_list("organisation", flat=True).first()
    n = Request.objects.count()
    states = service.state_counts(Request.objects.filter(organisation=city).annotate(now=service.state_of()))
    assert all(states[s] for s in ("pending", "listed", "rejected", "assigned", "handled", "fed_back", "closed"))
    assert n >= 12
    from kexie.ledger.lights import Clock
    lights = {Clock.at().of(r.assignment) for r in Request.objects.filter(assignment__isnull=False)
              .select_related("assignment__plan")}
    assert {"red", "gray"} <= lights and lights & {"green", "yellow"}
    assert Request.objects.filter(reopened=1, state="assigned").exists()
    assert demo_requests.build() == "already built" and Request.objects.count() == n


def test_ledger_reopen_is_the_issuers_and_only_of_a_closed_assignment(rworld):
    from kexie.ledger.actions import reopen
    from kexie.ledger.errors import LedgerError, NotAllowed
    w = rworld
    _r, a = assigned_to_county(w)
    a = Assignment.objects.select_related("plan", "organisation").get(pk=a.pk)
    with pytest.raises(LedgerError, match="只有已办结"):
        reopen(a, w.users["staff"], reason="再办")
    handle(a, w.users["county"], w.users["staff"])
    a = Assignment.objects.select_related("plan", "organisation").get(pk=a.pk)
    with pytest.raises(NotAllowed):
        reopen(a, w.users["county"], reason="再办")
    with pytest.raises(LedgerError, match="理由"):
        reopen(a, w.users["staff"], reason=" ")
    reopen(a, w.users["staff"], reason="再办")
    a.refresh_from_db()
    assert a.status == "returned" and a.closed_at is None
