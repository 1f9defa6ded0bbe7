"""Outside-in: what each unit reads of a plan it issued, received, or only sits near (issue 11, point 2).

A recipient county reads only its own part: its assignment, reports, attachments, filing and their history;
never a sibling's, never the issuer's name matches and recipient lists. The issuer side reads everything.
"""

from __future__ import annotations

import pytest
from django.test import Client

from kexie.ledger import services
from world import build_world

pytestmark = pytest.mark.django_db

SECRET = "甲二县的内部情况"


@pytest.fixture
def world(data_dir):
    w = build_world()
    c1, c2 = w.assignments["甲一县科协"], w.assignments["甲二县科协"]
    services.submit_report(c1, w.users["county1"], text="甲一县的进展", percent=20, files=[("一.pdf", b"%PDF-1")])
    services.submit_report(c2, w.users["county2"], text=SECRET, percent=30, files=[("机密.pdf", b"%PDF-2")])
    c2.refresh_from_db()
    services.act(c2, "request_extension", w.users["county2"], reason="甲二县延期理由",
                 new_due=c2.due_date.replace(year=c2.due_date.year + 1))
    from kexie.documents.models import Document
    doc = Document.objects.create(organisation=w.orgs["甲二县科协"], filename="甲二县方案.txt", sha256="0" * 64, size=1,
                                  title="甲二县实施方案")
    services.file_plan(w.plan, w.users["county2"], doc, note="甲二县备案说明")
    return w


def _client(w, name):
    c = Client()
    c.force_login(w.users[name])
    return c


# Who sees the sibling's (甲二县) report, reason and filing note, and who sees the plan at all.
SEES_ALL = ["city", "city-supervisor", "city-leader", "province"]
SEES_OWN = ["county1"]
SEES_NOTHING = ["other-city", "other-county"]


@pytest.mark.parametrize("who", SEES_ALL + SEES_OWN)
def test_plan_history_api_is_scoped(world, who):
    entries = _client(world, who).get(f"/api/plans/{world.plan.pk}/history/").json()
    text = str(entries)
    c1 = world.assignments["甲一县科协"]
    if who in SEES_ALL:
        assert SECRET in text and "甲二县延期理由" in text and "甲二县备案说明" in text
    else:
        assert SECRET not in text and "甲二县延期理由" not in text and "甲二县备案说明" not in text
        assert "机密.pdf" not in text and "各县科协" not in text  # nor the issuer's recipient list
        assert "甲一县的进展" in text
        assert all(e["object_type"] != "ledger.assignment" or e["object_id"] == c1.pk for e in entries)


@pytest.mark.parametrize("who", SEES_NOTHING)
def test_outsiders_get_404(world, who):
    c = _client(world, who)
    c2 = world.assignments["甲二县科协"]
    for url in [f"/api/plans/{world.plan.pk}/history/", f"/api/plans/{world.plan.pk}/", f"/ledger/{world.plan.pk}/",
                f"/ledger/tasks/{world.task.pk}/", f"/ledger/assignments/{c2.pk}/", f"/api/assignments/{c2.pk}/history/"]:
        assert c.get(url).status_code == 404, url
    assert c.get("/api/reports/").json()["results"] == []
    assert c.get(f"/api/matches/?plan={world.plan.pk}").json()["results"] == []


@pytest.mark.parametrize("who", SEES_ALL + SEES_OWN)
def test_pages_show_only_own_history(world, who):
    c = _client(world, who)
    pages = [f"/ledger/{world.plan.pk}/", f"/ledger/tasks/{world.task.pk}/", f"/ledger/{world.plan.pk}/filings/",
             f"/ledger/assignments/{world.assignments['甲一县科协'].pk}/"]
    text = "".join(c.get(url).content.decode() for url in pages)
    for secret in (SECRET, "甲二县延期理由", "机密.pdf", "甲二县实施方案"):
        assert (secret in text) == (who in SEES_ALL), (who, secret)
    if who in SEES_OWN:
        assert c.get(f"/ledger/assignments/{world.assignments['甲二县科协'].pk}/").status_code == 404


def test_recipient_reads_no_matches_recipients_or_review(world):
    c = _client(world, "county1")
    assert c.get(f"/api/recipients/?plan={world.plan.pk}").json()["results"] == []
    assert c.get("/api/recipients/").json()["results"] == []
    assert c.get("/api/matches/").json()["results"] == []
    rid = world.plan.recipients.get().pk
    assert c.get(f"/api/recipients/{rid}/").status_code == 404
    issuer = _client(world, "city")
    assert [r["id"] for r in issuer.get(f"/api/recipients/?plan={world.plan.pk}").json()["results"]] == [rid]


def test_recipient_reads_own_reports_attachments_filings(world):
    c = _client(world, "county1")
    reports = c.get(f"/api/reports/?plan={world.plan.pk}").json()["results"]
    assert [r["text"] for r in reports] == ["甲一县的进展"]
    sibling_attachment = world.assignments["甲二县科协"].reports.get().attachments.get()
    assert c.get(f"/ledger/attachments/{sibling_attachment.pk}/").status_code == 404
    filings = c.get(f"/api/plans/{world.plan.pk}/filings/").json()
    assert [f["name"] for f in filings] == ["甲一县科协"]
    city_filings = _client(world, "city").get(f"/api/plans/{world.plan.pk}/filings/").json()
    assert [(f["name"], f["filed"]) for f in city_filings] == [("甲一县科协", False), ("甲二县科协", True)]


def test_supervisor_and_leader_read_but_do_not_act(world):
    c2 = world.assignments["甲二县科协"]
    for who in ("city-supervisor", "city-leader"):
        c = _client(world, who)
        assert c.get(f"/ledger/assignments/{c2.pk}/").status_code == 200
        r = c.post(f"/api/assignments/{c2.pk}/approve_extension/", {}, content_type="application/json")
        assert r.status_code == 403, who


def test_every_assignee_is_inside_the_issuer_subtree(world):
    """Why the issuer side reads every entry: confirmation never takes a unit outside the issuer's subtree."""
    from kexie.ledger.models import PlanRecipient
    from kexie.ledger.draft import set_recipient
    plan = world.plan
    plan.state = "draft"
    plan.save()
    r = PlanRecipient.objects.create(plan=plan, name="乙市", order=1)
    set_recipient(r, world.users["city"], organisation_ids=[world.orgs["乙一县科协"].pk, world.orgs["甲一县科协"].pk])
    assert [o.short_name for o in r.organisations.all()] == ["甲一县科协"]


@pytest.mark.parametrize("who, n", [("city", 2), ("city-leader", 2), ("province", 2), ("county1", 1), ("county2", 1)])
def test_the_plans_list_counts_only_what_the_reader_may_see(world, who, n):
    """The issuer side counts the whole plan; a recipient only its own assignments, never its siblings'."""
    from kexie.ledger import reads
    plan = reads.with_figures(world.users[who], [world.plan])[0]
    assert plan.n_assignments == n
    body = _client(world, who).get("/ledger/").content.decode()
    assert f'data-label="交办">{n}<' in body


@pytest.mark.parametrize("who", SEES_NOTHING)
def test_the_plans_list_of_an_outsider_leaves_the_plan_out(world, who):
    assert world.plan.title not in _client(world, who).get("/ledger/").content.decode()
