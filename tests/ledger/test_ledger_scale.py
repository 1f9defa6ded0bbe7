"""The reads shaped for national scale: exact summary counts, and pages whose query counts do not grow."""

from __future__ import annotations

import datetime

from django.db.models import Count, Sum
from django.urls import reverse

from kexie.ledger import counts, reads, services
from kexie.ledger.flow import Status
from kexie.ledger.models import Assignment, StatusCount


def summary(plan) -> dict:
    return {(t, s): n for t, s, n in StatusCount.objects.filter(plan=plan, n__gt=0)
            .values_list("task_id", "status").annotate(total=Sum("n")).order_by()}


def recounted(plan) -> dict:
    return {(t, s): n for t, s, n in Assignment.objects.filter(plan=plan).values_list("task_id", "status")
            .annotate(n=Count("id")).order_by()}


def test_status_counts_stay_exact_through_publish_steps_reports_and_extensions(zunyi_plan, user):
    assert summary(zunyi_plan) == recounted(zunyi_plan) and summary(zunyi_plan)
    issuer, county = user("zunyi-staff"), user("zhengan-staff")
    mine = list(Assignment.objects.filter(plan=zunyi_plan, organisation__short_name="正安县科协").order_by("id"))
    first, second = mine[:2]
    services.act(first, "accept", county)
    services.submit_report(first, county, text="开展了两次活动", percent=40)  # accepted → in progress
    services.act(first, "request_completion", county)
    services.act(first, "return", issuer, reason="材料不全")
    services.submit_report(second, county, text="已启动", percent=5)  # assigned → in progress
    services.act(second, "request_extension", county, new_due=second.due_date + datetime.timedelta(days=30),
                  reason="等待经费")
    services.act(second, "approve_extension", issuer)
    assert summary(zunyi_plan) == recounted(zunyi_plan)
    # A recount (what bulk SQL paths such as `kexie synth` call) gives the same rows.
    before = summary(zunyi_plan)
    counts.recount([zunyi_plan.pk])
    assert summary(zunyi_plan) == before


def test_the_plans_list_shows_the_summary_counts(zunyi_plan, client_for, user):
    a = Assignment.objects.filter(plan=zunyi_plan, organisation__short_name="正安县科协").first()
    county, issuer = user("zhengan-staff"), user("zunyi-staff")
    for step, who in (("accept", county), ("request_completion", county), ("close", issuer)):
        services.act(a, step, who)
    plan = reads.with_figures(issuer, [zunyi_plan])[0]
    assert plan.n_assignments == Assignment.objects.filter(plan=zunyi_plan).count()
    assert plan.n_closed == 1
    body = client_for("zunyi-staff").get(reverse("ledger:list")).content.decode()
    assert f">{plan.n_assignments}<" in body


def test_the_issuer_ledger_rows_match_a_direct_count(zunyi_plan, user):
    """The issuer's whole-plan rows (summary counts, per-task probes) equal a direct count of the assignments."""
    county = user("zhengan-staff")
    a = Assignment.objects.filter(plan=zunyi_plan, organisation__short_name="正安县科协").first()
    services.act(a, "accept", county)
    services.submit_report(a, county, text="开展了两次活动", percent=40)
    rows = reads.ledger_rows(user("zunyi-staff"), zunyi_plan)
    units = reads.unit_matches(user("zunyi-staff"), zunyi_plan, limit=10_000)
    assert sum(r.n_units for r in rows) == Assignment.objects.filter(plan=zunyi_plan).count()
    for row in rows:
        qs = Assignment.objects.filter(task=row.task)
        assert row.n_units == qs.count()
        if row.n_units:
            assert row.due == min(qs.values_list("due_date", flat=True))
            assert {s: n for s, _label, n in row.status_counts} == dict(
                qs.values_list("status").annotate(n=Count("id")).order_by())
            assert row.units
    assert next(r for r in rows if r.task == a.task).progress == "开展了两次活动"
    assert {k for k, _label in units} == {
        f"d{d}" if d else str(o) for o, d in
        Assignment.objects.filter(plan=zunyi_plan).values_list("organisation_id", "department_id")}


def test_ledger_page_queries_do_not_grow_with_plans(zunyi_plan, client_for, user, org,
                                                   django_assert_max_num_queries):
    """The same pages cost no more queries once a second published plan adds plans and assignments."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from ledger_helpers import ingest_seed, resolve_all

    c = client_for("cast-admin")  # above both issuers: sees both plans whole
    task = zunyi_plan.tasks.filter(assignments__isnull=False).first()
    pages = [reverse("ledger:list"), reverse("ledger:plan", args=[zunyi_plan.pk]),
             reverse("ledger:plan", args=[zunyi_plan.pk]) + f"?status={Status.ASSIGNED}",
             reverse("ledger:task", args=[task.pk]),
             f"/api/assignments/?plan={zunyi_plan.pk}", f"/api/plans/{zunyi_plan.pk}/history/", "/api/plans/"]

    def cost(url):
        with CaptureQueriesContext(connection) as q:
            assert c.get(url).status_code == 200, url
        return len(q)

    first = {url: cost(url) for url in pages}
    staff = user("baoding-staff")  # a demo sign-in of 保定市科协
    second, _ = services.build_plan(ingest_seed("baoding-2021-9-activity-plan.txt", org("保定市科协")), staff)
    resolve_all(second, staff)
    services.publish(second, staff)
    for url, n in first.items():
        with django_assert_max_num_queries(n):
            assert c.get(url).status_code == 200


def test_the_draft_review_offers_units_of_the_recipients_level_and_kind(zunyi_draft, client_for, org,
                                                                       django_assert_max_num_queries):
    """Each recipient's unit search finds the units like its members (the counties), not the issuer's whole
    subtree; a recipient without members offers the issuer's units one level down."""
    from kexie.ledger import reads
    c = client_for("zunyi-staff")
    with django_assert_max_num_queries(32):  # 31 and the header's unread-notices COUNT
        r = c.get(reverse("ledger:review", args=[zunyi_draft.pk]))
    assert r.status_code == 200
    issuer = org("遵义市科协")
    recipients = r.context["recipients"]
    assert recipients
    for rec in recipients:
        members = list(rec.organisations.all())
        sorts = {(o.level, o.kind) for o in members}
        choices = reads.review_unit_matches(issuer, rec.organisations.all(), limit=10_000)
        if sorts:
            assert {(o.level, o.kind) for o in choices} <= sorts
            assert {o.pk for o in members} <= {o.pk for o in choices}
        else:
            assert all(o.parent_id == issuer.pk for o in choices)


def _subtree_rows(plan) -> list:
    from kexie.ledger.models import SubtreeCount, SubtreeReportCount
    return (sorted(SubtreeCount.objects.filter(plan=plan, n__gt=0).values_list(
                "organisation_id", "due_date", "closed_on", "n")),
            sorted(SubtreeReportCount.objects.filter(plan=plan, n__gt=0).values_list(
                "organisation_id", "day", "is_typical_case", "n")))


def test_moving_a_unit_moves_its_counts_to_its_new_ancestors(zunyi_plan, user, org):
    from kexie.ledger.models import SubtreeCount
    county = org("正安县科协")
    a = Assignment.objects.filter(plan=zunyi_plan, organisation=county).first()
    services.submit_report(a, user("zhengan-staff"), text="开展了两次活动", percent=40)
    n_county = Assignment.objects.filter(plan=zunyi_plan, organisation=county).count()
    city, sichuan = org("遵义市科协"), org("四川省科协")
    before = SubtreeCount.objects.filter(plan=zunyi_plan, organisation=city).aggregate(n=Sum("n"))["n"]
    county.parent = sichuan
    county.save()
    assert SubtreeCount.objects.filter(plan=zunyi_plan, organisation=city).aggregate(n=Sum("n"))["n"] == \
        before - n_county
    assert SubtreeCount.objects.filter(plan=zunyi_plan, organisation=sichuan).aggregate(n=Sum("n"))["n"] == n_county
    moved = _subtree_rows(zunyi_plan)
    counts.recount_units([zunyi_plan.pk])
    counts.recount_reports([zunyi_plan.pk])
    assert _subtree_rows(zunyi_plan) == moved  # exactly what `kexie recount` would find
