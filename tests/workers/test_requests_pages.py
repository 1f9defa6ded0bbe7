"""办实事清单 pages and API from the outside: who sees and who may change what (a sibling county, another province,
each role, a signed-out visitor), query counts of the lists, the xlsx read back, and bad input answered with one
sentence and nothing half-written."""

from __future__ import annotations

import io

import openpyxl
import pytest
from django.test import Client
from django.urls import reverse

from requests_world import DATA, assigned_to_county, due, listed, rworld  # noqa: F401

from kexie.ledger.models import Assignment, Task
from kexie.workers import requests as service
from kexie.workers.models import Request

pytestmark = pytest.mark.django_db

CITY_SIDE = {"staff", "admin", "supervisor", "leader", "province"}  # 保定市科协 and 河北省科协 above it
OUTSIDE = {"county", "sibling", "outsider"}  # a county below (it works in the ledger), a sibling, another province


def _client(w, name):
    c = Client(raise_request_exception=False)
    c.force_login(w.users[name])
    return c


@pytest.fixture
def requests3(rworld):
    w = rworld
    pending = service.submit_public(w.orgs["city"], DATA, "10.0.0.1")
    r, a = assigned_to_county(w)
    plain = listed(w, title="实验室用房紧张", category="space")
    return w, pending, r, plain


def test_every_page_and_the_api_answer_as_the_scope_says(requests3):
    w, pending, r, _plain = requests3
    for name in w.users:
        c = _client(w, name)
        for url in (reverse("workers:request", args=[r.pk]), reverse("workers:request", args=[pending.pk]),
                    reverse("workers-request-detail", args=[r.pk])):
            assert c.get(url).status_code == (200 if name in CITY_SIDE else 404), (name, url)
        for url in (reverse("workers:requests"), reverse("workers:requests-review"),
                    reverse("workers-request-list")):
            resp = c.get(url)
            assert resp.status_code == 200
            body = resp.content.decode()
            assert ("职称评审政策咨询" in body) == (name in CITY_SIDE), (name, url)
        xl = c.get(reverse("workers:requests-xlsx"))
        assert xl.status_code == 200
        book = openpyxl.load_workbook(io.BytesIO(xl.content))
        titles = [row[1] for row in book.active.iter_rows(values_only=True)]
        assert ("实验室用房紧张" in titles) == (name in CITY_SIDE), name
    for name in w.users:  # writes: only the city's editors; others 404 (outside) or 403 (inside, not an editor)
        c = _client(w, name)
        pending = service.submit_public(w.orgs["city"], DATA, "10.0.0.9")
        resp = c.post(reverse("workers:request-act", args=[pending.pk, "reject"]), {"reason": "重复"})
        if name in OUTSIDE:
            assert resp.status_code == 404
        elif name in ("staff", "admin"):
            assert resp.status_code == 302
        else:
            assert resp.status_code == 403, name
        if name not in ("staff", "admin"):
            assert Request.objects.get(pk=pending.pk).state == "pending"


def test_staff_form_and_api_create_only_for_editors(rworld):
    w = rworld
    for name in w.users:
        c = _client(w, name)
        page = c.post(reverse("workers:request-new"), {**DATA, "title": f"{name}的诉求"})
        api = c.post(reverse("workers-request-list"), {**DATA, "title": f"{name}的API诉求"},
                     content_type="application/json")
        editor = name in ("staff", "admin", "county", "sibling", "province", "outsider")
        assert page.status_code == (302 if editor else 403), name
        assert api.status_code == (201 if editor else 403), name
    # each request lands on its own organisation's 清单
    assert Request.objects.get(title="county的诉求").organisation == w.orgs["county"]
    assert not Request.objects.filter(title__startswith="leader").exists()


def test_signed_out_visitors_see_nothing_but_the_public_pages(requests3):
    w, pending, r, _plain = requests3
    c = Client()
    for url in (reverse("workers:requests"), reverse("workers:requests-review"), reverse("workers:requests-xlsx"),
                reverse("workers:request-new"), reverse("workers:request", args=[r.pk])):
        resp = c.get(url)
        assert resp.status_code == 302 and "/accounts/login/" in resp.url
    assert c.post(reverse("workers:request-act", args=[pending.pk, "list"])).status_code == 302
    assert Request.objects.get(pk=pending.pk).state == "pending"
    assert c.get(reverse("workers-request-list")).status_code in (401, 403)
    page = c.get(reverse("workers:request-submit", args=[w.orgs["city"].pk]))
    assert page.status_code == 200
    body = page.content.decode()
    assert "职称评审政策咨询" not in body and "13912345678" not in body  # nothing submitted is shown back
    assert c.get(reverse("workers:request-submit", args=[999999])).status_code == 404


def test_phones_are_masked_for_readers(requests3):
    w, pending, r, _plain = requests3
    assert "13912345678" in _client(w, "staff").get(reverse("workers:request", args=[r.pk])).content.decode()
    for name in ("supervisor", "leader"):
        body = _client(w, name).get(reverse("workers:request", args=[r.pk])).content.decode()
        assert "13912345678" not in body and "139****5678" in body
        api = _client(w, name).get(reverse("workers-request-detail", args=[r.pk])).json()
        assert api["requester"]["phone"] == "139****5678"


def test_list_counts_states_filters_and_lights(requests3):
    w, pending, r, plain = requests3
    c = _client(w, "staff")
    body = c.get(reverse("workers:requests")).content.decode()
    assert 'data-state="pending">待审核 <strong>1</strong>' in body
    assert 'data-state="assigned">已交办 <strong>1</strong>' in body
    assert 'data-state="listed">已列入清单 <strong>1</strong>' in body
    assert "light-green" in body or "light-yellow" in body
    only = c.get(reverse("workers:requests") + "?category=space").content.decode()
    assert "实验室用房紧张" in only and "职称评审政策咨询" not in only
    unit = c.get(reverse("workers:requests") + f"?unit=o{w.orgs['county'].pk}").content.decode()
    assert "职称评审政策咨询" in unit and "实验室用房紧张" not in unit
    state = c.get(reverse("workers:requests") + "?state=pending").content.decode()
    assert "<tr data-state=\"pending\">" in state and "实验室用房紧张" not in state
    assert c.get(reverse("workers:requests") + "?org=abc").status_code == 400
    assert c.get(reverse("workers:requests") + f"?org={w.orgs['other'].pk}").status_code == 404
    assert c.get(reverse("workers:requests") + "?page=abc").status_code == 404


def test_the_list_the_xlsx_and_the_api_show_one_year_at_a_time(requests3):
    w, _pending, r, plain = requests3
    last_year = plain.year - 1
    Request.objects.filter(pk=plain.pk).update(year=last_year)
    c = _client(w, "staff")
    this = c.get(reverse("workers:requests") + f"?year={r.year}").content.decode()
    assert "职称评审政策咨询" in this and "实验室用房紧张" not in this
    assert f'<option value="{r.year}" selected>' in this
    assert 'data-state="listed">已列入清单 <strong>0</strong>' in this  # the counts are the year's too
    before = c.get(reverse("workers:requests") + f"?year={last_year}").content.decode()
    assert "实验室用房紧张" in before and "职称评审政策咨询" not in before
    everything = c.get(reverse("workers:requests")).content.decode()
    assert "实验室用房紧张" in everything and "职称评审政策咨询" in everything
    book = openpyxl.load_workbook(io.BytesIO(c.get(reverse("workers:requests-xlsx") + f"?year={last_year}").content))
    cells = [v for row in book.active.iter_rows(values_only=True) for v in row if v]
    assert f"{last_year}年“我为科技工作者办实事”清单" in cells and "实验室用房紧张" in cells
    assert "职称评审政策咨询" not in cells
    api = c.get(reverse("workers-request-list") + f"?year={last_year}").json()
    assert [row["title"] for row in api["results"]] == ["实验室用房紧张"]
    for bad in ("abc", "1999", "99999", "2026.5"):
        for url in (reverse("workers:requests"), reverse("workers:requests-xlsx"), reverse("workers-request-list")):
            resp = c.get(url + f"?year={bad}")
            assert resp.status_code == 400, (bad, url)
            assert "年度" in resp.content.decode()


def test_lists_do_a_fixed_number_of_queries(rworld, django_assert_max_num_queries):
    w = rworld
    for i in range(3):
        service.submit_public(w.orgs["city"], {**DATA, "title": f"公开诉求{i}"}, f"10.0.1.{i}")
        assigned_to_county(w)
    c = _client(w, "staff")
    c.get(reverse("workers:requests"))  # warm the session
    counts = {}
    for url in (reverse("workers:requests"), reverse("workers:requests-review"), reverse("workers-request-list"),
                reverse("workers:requests-xlsx")):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext
        with CaptureQueriesContext(connection) as q:
            assert c.get(url).status_code == 200
        counts[url] = len(q)
    for i in range(6):
        assigned_to_county(w)
        service.submit_public(w.orgs["city"], {**DATA, "title": f"更多诉求{i}"}, f"10.0.2.{i}")
    for url, n in counts.items():
        with django_assert_max_num_queries(n):
            assert c.get(url).status_code == 200
    assert max(counts.values()) <= 12, counts


def test_xlsx_holds_the_list_with_states_and_lights(requests3):
    w, pending, r, plain = requests3
    resp = _client(w, "staff").get(reverse("workers:requests-xlsx"))
    assert resp["Content-Type"].startswith("application/vnd.openxmlformats")
    sheet = openpyxl.load_workbook(io.BytesIO(resp.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert "办实事" in rows[0][0]
    header = rows[2]
    assert header[:3] == ("序号", "事项", "类别")
    data = {row[1]: row for row in rows[3:]}
    assert set(data) == {"职称评审政策咨询", "实验室用房紧张"}  # the 清单 proper: no pending submission
    assert data["职称评审政策咨询"][7] == "满城区科协" and data["职称评审政策咨询"][9] == "已交办"
    assert data["职称评审政策咨询"][10] in ("绿", "黄")
    assert data["实验室用房紧张"][2] == "科研用房"


def test_the_request_page_links_to_its_ledger_assignment(requests3):
    w, pending, r, plain = requests3
    body = _client(w, "staff").get(reverse("workers:request", args=[r.pk])).content.decode()
    assert reverse("ledger:assignment", args=[r.assignment_id]) in body
    assert "交办" in body
    # the county works on it in the ledger: its assignment page and inbox
    county = _client(w, "county")
    assert county.get(reverse("ledger:assignment", args=[r.assignment_id])).status_code == 200
    assert "职称评审政策咨询" in county.get(reverse("ledger:inbox")).content.decode()
    assert _client(w, "sibling").get(reverse("ledger:assignment", args=[r.assignment_id])).status_code == 404


@pytest.mark.parametrize("field, value, message", [
    ("title", "", "请填写事项"),
    ("title", "长" * 201, "事项最多 200 个字"),
    ("content", "诉求" * 2001, "具体诉求最多 4000 个字"),
    ("requester_name", "张\x00工", "空字符"),
    ("category", "nonsense", "类别"),
    ("requester_phone", "1" * 31, "联系电话最多 30 个字"),
])
def test_bad_input_on_the_staff_form_is_one_sentence_and_writes_nothing(rworld, field, value, message):
    w = rworld
    c = _client(w, "staff")
    resp = c.post(reverse("workers:request-new"), {**DATA, field: value})
    assert resp.status_code == 400
    assert message in resp.content.decode()
    api = c.post(reverse("workers-request-list"), {**DATA, field: value}, content_type="application/json")
    assert api.status_code == 400 and message in api.json()["detail"]
    assert not Request.objects.exists() and not Task.objects.exists()


def test_steps_out_of_order_on_the_page_are_refused_with_a_message(requests3):
    w, pending, r, plain = requests3
    c = _client(w, "staff")
    resp = c.post(reverse("workers:request-act", args=[r.pk, "feedback"]), {"feedback": "已答复"}, follow=True)
    assert "只有承办单位办结" in resp.content.decode()
    resp = c.post(reverse("workers:request-act", args=[plain.pk, "rate"]), {"satisfaction": "satisfied"}, follow=True)
    assert "只有已反馈的事项才能评价" in resp.content.decode()
    assert c.post(reverse("workers:request-act", args=[plain.pk, "delete"])).status_code == 404
    assert c.get(reverse("workers:request-act", args=[plain.pk, "list"])).status_code == 405
    resp = c.post(reverse("workers:request-act", args=[plain.pk, "assign"]),
                  {"target": f"o{w.orgs['sibling'].pk}x", "due_date": due().isoformat()}, follow=True)
    assert "请选择本单位的部门或下级单位" in resp.content.decode()
    assert Request.objects.get(pk=plain.pk).state == "listed" and Assignment.objects.count() == 1


def test_the_ledger_assignment_page_links_back_to_the_request(requests3):
    w, pending, r, plain = requests3
    url = reverse("ledger:assignment", args=[r.assignment_id])
    body = _client(w, "staff").get(url).content.decode()
    assert 'id="worker-request"' in body and reverse("workers:request", args=[r.pk]) in body
    assert 'id="worker-request"' not in _client(w, "county").get(url).content.decode()  # not its 清单


def test_the_api_refuses_a_body_that_is_not_an_object(rworld):
    c = _client(rworld, "staff")
    resp = c.post(reverse("workers-request-list"), [DATA], content_type="application/json")
    assert resp.status_code == 400 and "JSON object" in resp.json()["detail"]
    assert c.get(reverse("workers-request-detail", args=[10 ** 20])).status_code == 404
    assert not Request.objects.exists()


def test_the_pages_read_in_english(requests3, settings):
    import re
    w, pending, r, plain = requests3
    c = _client(w, "staff")
    c.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    data = [DATA[k] for k in ("title", "content", "requester_name", "requester_unit")] + [
        "实验室用房紧张", "满城区科协", "保定市科协", "办公室", "学会部", "科普部", "req-staff"]
    data += [o.display_name for o in w.orgs["city"].children.all()]
    urls = [reverse("workers:requests"), reverse("workers:requests-review"), reverse("workers:request", args=[r.pk]),
            reverse("workers:request", args=[plain.pk]), reverse("workers:request", args=[pending.pk]),
            reverse("workers:request-new"), reverse("workers:request-submit", args=[w.orgs["city"].pk]),
            reverse("workers:request-thanks", args=[w.orgs["city"].pk])]
    for url in urls:
        html = c.get(url).content.decode().replace('lang="zh-hans">简体中文', "")
        for text in sorted(data, key=len, reverse=True):
            html = html.replace(text, " ")
        left = sorted({m.group(0) for m in re.finditer(r"\S*[\u3400-\u9fff]\S*", html)})
        assert not left, (url, left)
