"""The public submission link: no sign-in, only a pending submission, nothing shown back; the anti-spam guards of
kexie.public_forms (token age and organisation, honeypot, flood per address); script escaped everywhere."""

from __future__ import annotations

import pytest
from django.core import signing
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from requests_world import DATA, rworld  # noqa: F401

from kexie import public_forms
from kexie.audit.models import Entry
from kexie.workers.models import Request

pytestmark = pytest.mark.django_db

SCRIPT = '<script>alert("x")</script>'


def _token(org_id, *, age=10, scope="workers.request"):
    return signing.dumps({"s": scope, "o": org_id, "t": timezone.now().timestamp() - age}, salt=public_forms.SALT)


def _post(org, data=None, *, address="203.0.113.5", **token):
    c = Client(REMOTE_ADDR=address)
    body = {**DATA, "token": _token(org.pk, **token), **(data or {})}
    return c.post(reverse("workers:request-submit", args=[org.pk]), body)


def test_a_submission_is_held_pending_and_the_visitor_sees_only_thanks(rworld):
    city = rworld.orgs["city"]
    resp = _post(city)
    assert resp.status_code == 302 and resp.url == reverse("workers:request-thanks", args=[city.pk])
    r = Request.objects.get()
    assert (r.state, r.source, r.organisation, r.submitted_from) == ("pending", "public", city, "203.0.113.5")
    assert r.task_id is None and r.created_by is None
    thanks = Client().get(resp.url).content.decode()
    assert "提交成功" in thanks and DATA["title"] not in thanks
    assert Entry.objects.filter(object_type="workers.request", object_id=r.pk, action="submit").exists()


def test_the_page_shows_the_token_and_a_hidden_honeypot(rworld):
    body = Client().get(reverse("workers:request-submit", args=[rworld.orgs["city"].pk])).content.decode()
    assert 'name="token"' in body and f'name="{public_forms.HONEYPOT}"' in body and "<div hidden" in body
    assert "保定市科协" in body


def test_script_is_stored_as_text_and_escaped_on_every_page(rworld):
    w = rworld
    _post(w.orgs["city"], {"title": SCRIPT, "content": SCRIPT, "requester_name": "<b>张</b>"})
    r = Request.objects.get()
    assert r.title == SCRIPT
    c = Client()
    c.force_login(w.users["staff"])
    for url in (reverse("workers:requests") + "?state=pending", reverse("workers:requests-review"),
                reverse("workers:request", args=[r.pk])):
        body = c.get(url).content.decode()
        assert SCRIPT not in body and "<b>张</b>" not in body, url
        assert "&lt;script&gt;" in body, url
    # and the error page of a refused submission escapes what was typed back into the form
    resp = _post(w.orgs["city"], {"title": SCRIPT, "content": ""})
    body = resp.content.decode()
    assert resp.status_code == 400 and SCRIPT not in body and "&lt;script&gt;" in body


@pytest.mark.parametrize("data, token, message", [
    ({public_forms.HONEYPOT: "http://spam.example"}, {}, "提交未被接受"),
    ({}, {"age": 0}, "提交过快"),
    ({}, {"scope": "volunteers.signup"}, "提交未被接受"),
    ({"token": "forged"}, {}, "页面已过期"),
    ({"title": ""}, {}, "请填写事项"),
    ({"title": "长" * 201}, {}, "事项最多 200 个字"),
    ({"content": "字" * 4001}, {}, "具体诉求最多 4000 个字"),
    ({"requester_name": "张\x00三"}, {}, "空字符"),
    ({"requester_unit": "", "requester_phone": ""}, {}, "工作单位或联系电话"),
])
def test_refused_submissions_say_one_sentence_and_write_nothing(rworld, data, token, message):
    resp = _post(rworld.orgs["city"], data, **token)
    assert resp.status_code == 400
    body = resp.content.decode()
    assert message in body and body.count('id="submit-error"') == 1
    assert not Request.objects.exists() and not Entry.objects.filter(object_type="workers.request").exists()


def test_a_token_of_another_organisation_is_refused(rworld):
    w = rworld
    c = Client()
    resp = c.post(reverse("workers:request-submit", args=[w.orgs["county"].pk]),
                  {**DATA, "token": _token(w.orgs["city"].pk)})
    assert resp.status_code == 400 and "提交未被接受" in resp.content.decode()
    assert not Request.objects.exists()


def test_a_flood_from_one_address_is_stopped_but_others_still_get_through(rworld):
    city = rworld.orgs["city"]
    for i in range(public_forms.PER_ADDRESS_PER_HOUR):
        assert _post(city, {"title": f"诉求{i}"}).status_code == 302
    resp = _post(city, {"title": "再来一条"})
    assert resp.status_code == 400 and "同一网络一小时内提交过多" in resp.content.decode()
    assert Request.objects.count() == public_forms.PER_ADDRESS_PER_HOUR
    assert _post(city, {"title": "另一地址"}, address="198.51.100.7").status_code == 302
    # reviewed submissions no longer count against the address
    from kexie.workers import requests as service
    r = Request.objects.filter(submitted_from="203.0.113.5").first()
    service.review(r, rworld.users["staff"], accept=False, reason="重复")
    assert _post(city, {"title": "审核后再提交"}).status_code == 302


def test_the_public_link_cannot_list_or_change_anything(rworld):
    w = rworld
    _post(w.orgs["city"])
    r = Request.objects.get()
    c = Client()
    # the submit URL takes no object ids: posting another request's fields creates a new pending one, no more
    resp = c.post(reverse("workers:request-submit", args=[w.orgs["city"].pk]),
                  {**DATA, "token": _token(w.orgs["city"].pk), "state": "closed", "organisation": w.orgs["other"].pk,
                   "id": r.pk, "satisfaction": "satisfied"})
    assert resp.status_code == 302
    new = Request.objects.exclude(pk=r.pk).get()
    assert (new.state, new.organisation, new.satisfaction) == ("pending", w.orgs["city"], "")
    assert Request.objects.get(pk=r.pk).state == "pending"
    assert c.get(reverse("workers:request-submit", args=[w.orgs["city"].pk]) + "thanks/").status_code == 200
