"""The issuer's to-do (issue 11, point 11): what waits for the issuing organisation's answer, on a page, in the
API and as a count in the header; and the 退回 / 不同意延期 reason where the unit works (inbox, assignment page)."""

from __future__ import annotations

import datetime
import re

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from kexie.ledger import services
from kexie.ledger.flow import Status
from world import build_world

pytestmark = pytest.mark.django_db
TODO = "/ledger/todo/"


@pytest.fixture
def world(data_dir):
    """甲一县 asks for completion, then 甲二县 asks for an extension: two rows wait for 甲市."""
    w = build_world()
    a1, a2 = w.assignments["甲一县科协"], w.assignments["甲二县科协"]
    services.act(a1, "accept", w.users["county1"])
    services.act(a1, "request_completion", w.users["county1"])
    services.act(a2, "request_extension", w.users["county2"], reason="场地未落实",
                 new_due=a2.due_date + datetime.timedelta(days=30))
    return w


def _client(w, name):
    c = Client()
    c.force_login(w.users[name])
    return c


def _rows(html: str) -> list[str]:
    return re.findall(r'<tr id="todo-(\d+)"', html)


def test_the_issuer_sees_what_waits_oldest_first_with_its_answers(world):
    a1, a2 = world.assignments["甲一县科协"], world.assignments["甲二县科协"]
    page = _client(world, "city").get(TODO).content.decode()
    assert _rows(page) == [str(a1.pk), str(a2.pk)]
    for action in ("close", "return", "approve_extension", "reject_extension"):
        assert f'data-action="{action}"' in page
    assert 'name="reason" required' in page and "data-confirm=" in page
    assert f'href="{reverse("ledger:assignment", args=[a1.pk])}"' in page
    # filters: by kind and by plan
    city = _client(world, "city")
    assert _rows(city.get(TODO + "?kind=extension").content.decode()) == [str(a2.pk)]
    assert _rows(city.get(TODO + "?kind=completion").content.decode()) == [str(a1.pk)]
    assert _rows(city.get(TODO + f"?plan={world.plan.pk}").content.decode()) == [str(a1.pk), str(a2.pk)]
    assert _rows(city.get(TODO + f"?plan={world.plan.pk + 1}").content.decode()) == []
    assert city.get(TODO + "?plan=abc").status_code == 404
    assert city.get(TODO + "?plan=" + "9" * 20).status_code == 404


def test_acting_from_the_to_do_comes_back_to_it(world):
    a1 = world.assignments["甲一县科协"]
    a1.refresh_from_db()
    r = _client(world, "city").post(reverse("ledger:act", args=[a1.pk, "close"]),
                                    {"version": a1.version, "next": TODO})
    assert r.status_code == 302 and r.url == TODO
    a1.refresh_from_db()
    assert a1.status == Status.CLOSED
    assert _rows(_client(world, "city").get(TODO).content.decode()) == [str(world.assignments["甲二县科协"].pk)]


@pytest.mark.parametrize("name", ["city-supervisor", "city-leader"])
def test_supervisors_and_leaders_read_the_to_do_without_buttons(world, name):
    page = _client(world, name).get(TODO).content.decode()
    assert len(_rows(page)) == 2 and "data-action=" not in page and 'id="todo-count"' not in page


@pytest.mark.parametrize("name", ["province", "other-city", "other-county", "county1"])
def test_nobody_else_sees_the_issuers_to_do(world, name):
    """A sibling city, a county and even the parent province: their to-do holds none of 甲市's rows."""
    c = _client(world, name)
    page = c.get(TODO).content.decode()
    assert _rows(page) == [] and "场地未落实" not in page and 'id="todo-count"' not in page
    assert c.get("/api/assignments/todo/").json()["count"] == 0


def test_the_api_lists_the_same_rows(world):
    a1, a2 = world.assignments["甲一县科协"], world.assignments["甲二县科协"]
    c = _client(world, "city")
    body = c.get("/api/assignments/todo/").json()
    assert [x["id"] for x in body["results"]] == [a1.pk, a2.pk]
    assert [x["id"] for x in c.get("/api/assignments/todo/?kind=extension").json()["results"]] == [a2.pk]
    assert c.get(f"/api/assignments/todo/?plan={world.plan.pk}").json()["count"] == 2
    assert c.get("/api/assignments/todo/?kind=nonsense").status_code == 400
    assert c.get("/api/assignments/todo/?plan=abc").status_code == 400


def test_the_to_do_page_costs_the_same_queries_for_more_rows(world, django_assert_max_num_queries):
    city = _client(world, "city")
    with CaptureQueriesContext(connection) as two:
        city.get(TODO)
    a = world.assignments["甲二县科协"]
    a.refresh_from_db()
    services.act(a, "reject_extension", world.users["city"], reason="x")
    with django_assert_max_num_queries(len(two.captured_queries)):
        city.get(TODO)


def _without_todo_count():
    templates = [{**t, "OPTIONS": {**t["OPTIONS"], "context_processors": [
        p for p in t["OPTIONS"]["context_processors"] if not p.endswith("todo_count")]}} for t in settings.TEMPLATES]
    return override_settings(TEMPLATES=templates)


@pytest.mark.parametrize("name,extra", [("city", 1), ("county1", 1), ("city-supervisor", 0), ("city-leader", 0)])
def test_the_header_count_costs_one_query_for_editors_and_none_for_others(world, name, extra):
    c = _client(world, name)
    with CaptureQueriesContext(connection) as with_count:
        page = c.get("/ledger/inbox/").content.decode()
    with _without_todo_count(), CaptureQueriesContext(connection) as without:
        c.get("/ledger/inbox/")
    assert len(with_count.captured_queries) - len(without.captured_queries) == extra
    shown = re.search(r'id="todo-count">[^<]*<span class="count">(\d+)</span>', page)
    assert (shown.group(1) if shown else None) == ("2" if name == "city" else None)


def test_the_header_count_is_hidden_at_zero(world):
    for a in world.assignments.values():
        a.refresh_from_db()
        services.act(a, "close" if a.status == Status.COMPLETION_REQUESTED else "approve_extension",
                     world.users["city"])
    assert 'id="todo-count"' not in _client(world, "city").get("/ledger/inbox/").content.decode()


def test_the_unit_reads_the_return_reason_on_its_inbox_and_assignment(world):
    a1 = world.assignments["甲一县科协"]
    a1.refresh_from_db()
    _client(world, "city").post(reverse("ledger:act", args=[a1.pk, "return"]),
                                {"version": a1.version, "reason": "请补充活动照片"})
    county = _client(world, "county1")
    for url in ("/ledger/inbox/", reverse("ledger:assignment", args=[a1.pk])):
        assert "退回理由：请补充活动照片" in county.get(url).content.decode(), url
    assert county.get(f"/api/assignments/{a1.pk}/").json()["last_reason"] == "请补充活动照片"
    # Asking for completion again answers it: the reason leaves the inbox (it stays in the history).
    a1.refresh_from_db()
    services.act(a1, "request_completion", world.users["county1"])
    assert "请补充活动照片" not in county.get("/ledger/inbox/").content.decode()
    assert "请补充活动照片" in county.get(reverse("ledger:assignment", args=[a1.pk])).content.decode()  # history


def test_the_unit_reads_why_its_extension_was_refused(world):
    a2 = world.assignments["甲二县科协"]
    a2.refresh_from_db()
    services.act(a2, "reject_extension", world.users["city"], reason="时限不能调整")
    county = _client(world, "county2")
    for url in ("/ledger/inbox/", reverse("ledger:assignment", args=[a2.pk])):
        assert "不同意延期的理由：时限不能调整" in county.get(url).content.decode(), url
    # the sibling county reads neither
    assert "时限不能调整" not in _client(world, "county1").get("/ledger/inbox/").content.decode()


def test_the_header_count_stops_at_99(world, monkeypatch):
    """The COUNT reads at most 100 rows, whatever waits: a national body with 200,000 requests sees "99+"."""
    from kexie.ledger import reads
    monkeypatch.setattr(reads, "TODO_COUNT_CAP", 1)
    with CaptureQueriesContext(connection) as queries:
        page = _client(world, "city").get("/ledger/inbox/").content.decode()
    assert '<span class="count">1+</span>' in page
    assert any("LIMIT 2" in q["sql"] for q in queries.captured_queries)
