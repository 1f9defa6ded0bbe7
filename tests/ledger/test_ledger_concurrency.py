"""No lost updates: two users acting on one assignment at once, on real connections to PostgreSQL."""

from __future__ import annotations

import threading

import pytest
from django.db import connection, connections

from kexie.ledger import services
from kexie.audit.models import Entry
from kexie.ledger.models import Assignment, Status

pytestmark = [
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture(autouse=True)
def postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: SQLite serialises writers, so there is no race to lose (set KEXIE_DATABASE_URL)")


def _race(*jobs):
    """Run the jobs in threads that start together; each gets its own database connection."""
    barrier = threading.Barrier(len(jobs))
    results = [None] * len(jobs)

    def run(i, job):
        try:
            barrier.wait()
            results[i] = ("ok", job())
        except Exception as e:  # noqa: BLE001 - the outcome is what is tested
            results[i] = ("error", e)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i, job)) for i, job in enumerate(jobs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    return results


def _fixture_assignment(zunyi_plan, org):
    return Assignment.objects.get(plan=zunyi_plan, task__outline_id="3.2", organisation=org("正安县科协"))


def test_services_one_wins_one_is_told_to_reload(zunyi_plan, user, org):
    a = _fixture_assignment(zunyi_plan, org)
    county = user("zhengan-staff")
    services.act(Assignment.objects.select_related("plan").get(pk=a.pk), "accept", county)
    for round_ in range(5):
        current = Assignment.objects.get(pk=a.pk)
        version = current.version
        # Both start from the same version: one asks for completion, the other for an extension.
        jobs = [lambda: services.act(Assignment.objects.select_related("plan").get(pk=a.pk), "request_completion",
                                     county, version=version),
                lambda: services.act(Assignment.objects.select_related("plan").get(pk=a.pk), "request_extension",
                                     county, version=version, reason="x",
                                     new_due=current.due_date.replace(year=current.due_date.year + 1))]
        results = _race(*jobs)
        outcomes = sorted(r[0] for r in results)
        assert outcomes == ["error", "ok"], results
        assert isinstance(next(r[1] for r in results if r[0] == "error"), services.Conflict)
        after = Assignment.objects.get(pk=a.pk)
        assert after.version == version + 1
        winner = next(r[1] for r in results if r[0] == "ok")
        assert after.status == winner.status
        # Put it back for the next round (issuer answers), so each round races afresh.
        city = user("zunyi-staff")
        step = "return" if after.status == Status.COMPLETION_REQUESTED else "reject_extension"
        services.act(Assignment.objects.select_related("plan").get(pk=a.pk), step, city, reason="再来")
    # Every change that happened is recorded once; none that lost.
    n = Entry.objects.filter(object_type="ledger.assignment", object_id=a.pk).count()
    assert n == 1 + 5 * 2  # accept, then per round the winner and the reset (交办 is the plan's entry)


def test_http_two_clients_same_version(zunyi_plan, user, org, client_for):
    a = _fixture_assignment(zunyi_plan, org)
    city = client_for("zunyi-staff")
    county = client_for("zhengan-staff")
    services.act(Assignment.objects.select_related("plan").get(pk=a.pk), "accept", user("zhengan-staff"))
    services.act(Assignment.objects.select_related("plan").get(pk=a.pk), "request_completion", user("zhengan-staff"))
    v = Assignment.objects.get(pk=a.pk).version
    # The issuer closes while the county (from a page still showing 申请办结) ... and another issuer tab returns.
    city2 = client_for("zunyi-admin")
    results = _race(
        lambda: city.post(f"/api/assignments/{a.pk}/close/", {"version": v}, content_type="application/json"),
        lambda: city2.post(f"/api/assignments/{a.pk}/return/", {"version": v, "reason": "补充"},
                           content_type="application/json"),
    )
    codes = sorted(r[1].status_code for r in results)
    assert codes == [200, 409], [(r[1].status_code, r[1].content) for r in results]
    after = Assignment.objects.get(pk=a.pk)
    assert after.version == v + 1 and after.status in (Status.CLOSED, Status.RETURNED)
    del county


@pytest.mark.parametrize("step", ["request_completion", "request_extension"])
def test_report_racing_a_step_loses_nothing(zunyi_plan, user, org, step):
    """A report and 申请办结/延期申请 from the same stale page: the later one sees the earlier one's status
    (a report never puts the assignment back to 办理中), and each logged "before" is the true before."""
    a = _fixture_assignment(zunyi_plan, org)
    county = user("zhengan-staff")
    for round_ in range(6):
        # Each round starts from 签收 (set directly: the reset is the test's, not a write path under test).
        Assignment.objects.filter(pk=a.pk).update(status=Status.ACCEPTED, requested_due=None,
                                                  status_before_extension="")
        start = Entry.objects.order_by("-id").values_list("id", flat=True).first()
        stale_1 = Assignment.objects.select_related("plan", "organisation").get(pk=a.pk)
        stale_2 = Assignment.objects.select_related("plan", "organisation").get(pk=a.pk)
        kwargs = {"reason": "x", "new_due": stale_2.due_date.replace(year=stale_2.due_date.year + 1)} \
            if step == "request_extension" else {}
        jobs = [lambda: services.submit_report(stale_1, county, text=f"第{round_}轮", percent=40),
                lambda: services.act(stale_2, step, county, **kwargs)]
        if round_ % 2:
            jobs.reverse()
        results = _race(*jobs)
        for kind, value in results:
            assert kind == "ok" or isinstance(value, services.LedgerError), value
        final = Assignment.objects.get(pk=a.pk)
        entries = list(Entry.objects.filter(pk__gt=start or 0, object_type="ledger.assignment", object_id=a.pk)
                       .order_by("id"))
        assert entries and entries[0].before["status"] == Status.ACCEPTED
        for earlier, later in zip(entries, entries[1:]):
            assert later.before == earlier.after
        assert entries[-1].after["status"] == final.status
        if any(e.action == step for e in entries):
            assert final.status != Status.IN_PROGRESS
