"""Bad input to the ledger's API and pages is a 400 with a Chinese sentence, never a 500 (issue 11, points 5, 6)."""

from __future__ import annotations

import pytest
from django.test import Client

from kexie.ledger import services
from world import build_world

pytestmark = pytest.mark.django_db

BIG = "9" * 20


@pytest.fixture
def world(data_dir):
    return build_world()


def _client(w, name="city"):
    c = Client()
    c.force_login(w.users[name])
    return c


@pytest.mark.parametrize("query", ["plan=abc", "plan=1.5", f"plan={BIG}", "plan=-1", "assignment=x", "plan=%00"])
@pytest.mark.parametrize("route", ["assignments", "reports", "matches", "recipients", "tasks"])
def test_list_parameters(world, route, query):
    r = _client(world).get(f"/api/{route}/?{query}")
    assert r.status_code == 400, (route, query, r.content)


@pytest.mark.parametrize("url", ["/api/plans/{big}/", "/api/assignments/{big}/", "/ledger/{big}/",
                                 "/ledger/assignments/{big}/", "/ledger/tasks/{big}/", "/ledger/attachments/{big}/"])
def test_huge_ids_are_404(world, url):
    assert _client(world).get(url.format(big=BIG)).status_code == 404


@pytest.mark.parametrize("body", [{"version": "abc"}, {"version": 1.5}, {"version": [1]}, {"version": BIG},
                                  {"reason": "x" * 2001}, {"reason": "a\x00b"}, {"new_due": 5},
                                  {"new_due": [2026]}, {"new_due": {"y": 1}}, {"new_due": "2026-13-01"}])
def test_action_input(world, body):
    a = world.assignments["甲一县科协"]
    r = _client(world, "county1").post(f"/api/assignments/{a.pk}/request_extension/", body,
                                       content_type="application/json")
    assert r.status_code == 400, (body, r.content)


@pytest.mark.parametrize("due", [5, [2026, 1, 1], {"d": 1}, "tomorrow", True])
def test_task_due_date_type(world, due):
    world.plan.state = "draft"
    world.plan.save()
    r = _client(world).patch(f"/api/tasks/{world.task.pk}/", {"due_date": due}, content_type="application/json")
    assert r.status_code == 400, (due, r.content)


@pytest.mark.parametrize("body", [{"organisations": "12"}, {"organisations": [None]}, {"organisations": ["x"]},
                                  {"organisations": [{"id": 1}]}, {"organisations": 5}, {"departments": "1,2"},
                                  {"organisations": [BIG]}, {"ignore": "maybe"}])
def test_recipient_confirmation_ids(world, body):
    world.plan.state = "draft"
    world.plan.save()
    rid = world.plan.recipients.get().pk
    r = _client(world).post(f"/api/recipients/{rid}/confirm/", body, content_type="application/json")
    assert r.status_code == 400, (body, r.content)


@pytest.mark.parametrize("value", ["false", "0", False, 0])
def test_false_strings_are_false(world, value):
    world.plan.state = "draft"
    world.plan.save()
    r = _client(world).patch(f"/api/tasks/{world.task.pk}/", {"is_group": value}, content_type="application/json")
    assert r.status_code == 200 and r.json()["is_group"] is False
    rid = world.plan.recipients.get().pk
    r = _client(world).post(f"/api/recipients/{rid}/confirm/", {"ignore": value, "organisations": []},
                            content_type="application/json")
    assert r.status_code == 200 and r.json()["state"] == "confirmed"


@pytest.mark.parametrize("body", [{"warning_days": 99999999}, {"warning_days": -1}, {"warning_days": 61},
                                  {"title": "长" * 501}, {"title": "a\x00b"}, {"doc_number": "号" * 101},
                                  {"default_due": 20260101}, {"warning_days": "abc"}])
def test_plan_fields(world, body):
    r = _client(world).patch(f"/api/plans/{world.plan.pk}/", body, content_type="application/json")
    assert r.status_code == 400, (body, r.content)
    assert "detail" in r.json() or r.json()


@pytest.mark.parametrize("post", [{"op": "plan", "warning_days": "99999999"}, {"op": "plan", "title": "长" * 501},
                                  {"op": "plan", "title": "a\x00b"}, {"op": "plan", "default_due": "2026/01/01"},
                                  {"op": "task", "task": BIG}, {"op": "match", "match": "abc"},
                                  {"op": "recipient", "recipient": "1.5"}, {"op": "add_recipient", "name": "名" * 201}])
def test_review_page_refuses_bad_input(world, post):
    world.plan.state = "draft"
    world.plan.save()
    before = world.plan.snapshot()
    r = _client(world).post(f"/ledger/{world.plan.pk}/review/", post)
    assert r.status_code in (302, 404), (post, r.status_code)
    world.plan.refresh_from_db()
    assert world.plan.snapshot() == before


@pytest.mark.parametrize("field,value", [("text", "a\x00b"), ("text", "字" * 20001), ("percent", "abc"),
                                         ("percent", "101"), ("percent", "1e309")])
def test_report_input(world, field, value):
    a = world.assignments["甲一县科协"]
    data = {"text": "进展", "percent": "10", field: value}
    page = _client(world, "county1").post(f"/ledger/assignments/{a.pk}/report/", data)
    assert page.status_code == 400
    api = _client(world, "county1").post("/api/reports/", {"assignment": a.pk, **data})
    assert api.status_code == 400, api.content
    assert not a.reports.exists()


def test_action_page_with_bad_version_is_not_500(world):
    a = world.assignments["甲一县科协"]
    r = _client(world, "county1").post(f"/ledger/assignments/{a.pk}/accept/", {"version": "abc"})
    assert r.status_code in (302, 400)
    a.refresh_from_db()
    assert a.status == "assigned"


def test_two_editors_building_one_document(world, monkeypatch):
    """The loser of the race on the unique constraint gets the plan the winner built."""
    from kexie.documents.models import Document
    from kexie.ledger.models import Plan
    doc = Document.objects.create(organisation=world.orgs["甲市科协"], filename="a.txt", sha256="1" * 64, size=1,
                                  parse={"outline": [{"id": "1", "heading": "一", "level": 1}]})
    winner = Plan.objects.create(organisation=doc.organisation, document=doc, title="先建", year=2026)
    real_filter = Plan.objects.filter

    def first_look_misses(*args, **kwargs):
        qs = real_filter(*args, **kwargs)
        return qs.none() if kwargs.get("document") == doc else qs
    monkeypatch.setattr(Plan.objects, "filter", first_look_misses)
    plan, created = services.build_plan(doc, world.users["city"])
    assert (plan.pk, created) == (winner.pk, False)


def test_a_ledger_error_no_page_caught_is_its_status(world, rf):
    """errors: the one mapping of ledger errors to statuses, for pages (middleware) and API (handler)."""
    from kexie.ledger.errors import Conflict, LedgerError, LedgerErrorMiddleware, NotAllowed, http_status
    assert [http_status(e) for e in (LedgerError("x"), Conflict(), NotAllowed("x"), ValueError())] == [
        400, 409, 403, None]
    request = rf.get("/ledger/")
    request.user = world.users["county1"]
    r = LedgerErrorMiddleware(lambda req: None).process_exception(request, Conflict())
    assert r.status_code == 409 and "此事项刚被他人修改" in r.content.decode()
    a = world.assignments["甲一县科协"]
    r = _client(world, "county1").post(f"/ledger/assignments/{a.pk}/request_extension/",
                                       {"new_due": "明年", "reason": "x"}, follow=True)
    assert "日期格式应为 2022-04-13" in r.content.decode()
