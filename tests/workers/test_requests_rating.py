"""The requester rates the outcome themself through a signed link (no sign-in): once per feedback, 满意/基本满意
closing the request, 不满意 waiting for staff to check it and reopen; the link void after a new round, expired after
RATING_DAYS, forged or cut short; nothing personal shown; bad input answered with one sentence, nothing written."""

from __future__ import annotations

import datetime
import re

import pytest
from django.core import signing
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from requests_world import assigned_to_county, handle, rworld  # noqa: F401

from kexie.audit.models import Entry
from kexie.workers import requests as service
from kexie.workers.models import Request

pytestmark = pytest.mark.django_db


@pytest.fixture
def fed_back(rworld):
    w = rworld
    r, a = assigned_to_county(w)
    handle(a, w.users["county"], w.users["staff"])
    service.feed_back(r, w.users["staff"], text="已电话告知评审条件。")
    r.refresh_from_db()
    return w, r, a


def _link_on_the_staff_page(w, r) -> str:
    c = Client()
    c.force_login(w.users["staff"])
    body = c.get(reverse("workers:request", args=[r.pk])).content.decode()
    found = re.search(r'id="rating-link".*?value="http://testserver(/workers/requests/rate/[^"]+/)"', body, re.S)
    assert found, "the staff page shows the requester's link"
    return found.group(1)


def test_the_requester_rates_once_and_a_satisfied_rating_closes_the_request(fed_back):
    w, r, _a = fed_back
    url = _link_on_the_staff_page(w, r)
    visitor = Client()
    page = visitor.get(url).content.decode()
    assert "职称评审政策咨询" in page and "已电话告知评审条件。" in page and 'id="rate-form"' in page
    assert "13912345678" not in page and "139" not in page  # the requester's phone is not on the page
    resp = visitor.post(url, {"satisfaction": "basic", "note": "答复及时"})
    assert resp.status_code == 200 and 'id="rate-done"' in resp.content.decode()
    r.refresh_from_db()
    assert (r.state, r.satisfaction, r.requester_rating, r.requester_note) == ("closed", "basic", "basic", "答复及时")
    assert r.closed_at == r.requester_rated_at
    entry = Entry.objects.get(object_type="workers.request", object_id=r.pk, action="requester_rate")
    assert entry.user_id is None and entry.reason == "答复及时"
    again = visitor.post(url, {"satisfaction": "satisfied"})  # the same link once more: already rated
    body = again.content.decode()
    assert again.status_code == 400 and "已经评价" in body and 'id="rate-done"' in body
    r.refresh_from_db()
    assert r.satisfaction == "basic"
    with pytest.raises(service.RequestError, match="已经评价"):
        service.rate_by_requester(url.split("/")[-2], {"satisfaction": "satisfied"})
    staff = Client()
    staff.force_login(w.users["staff"])
    detail = staff.get(reverse("workers:request", args=[r.pk])).content.decode()
    assert 'id="requester-rating"' in detail and "基本满意" in detail and 'id="rating-link"' not in detail
    assert "提出人评价" in detail  # the history line
    api = staff.get(reverse("workers-request-detail", args=[r.pk])).json()
    assert api["requester_rating"]["satisfaction"] == "basic"


def test_an_unsatisfied_rating_waits_for_staff_who_reopen_and_the_old_link_dies(fed_back):
    w, r, a = fed_back
    url = _link_on_the_staff_page(w, r)
    visitor = Client()
    missing_reason = visitor.post(url, {"satisfaction": "unsatisfied", "note": " "})
    assert missing_reason.status_code == 400 and "评价说明" in missing_reason.content.decode()
    assert Request.objects.get(pk=r.pk).requester_rated_at is None  # nothing written
    visitor.post(url, {"satisfaction": "unsatisfied", "note": "材料清单仍不清楚"})
    r.refresh_from_db()
    a.refresh_from_db()
    assert (r.state, r.requester_rating, r.satisfaction) == ("fed_back", "unsatisfied", "")
    assert a.status == "closed"  # the ledger waits for staff
    staff = Client()
    staff.force_login(w.users["staff"])
    detail = staff.get(reverse("workers:request", args=[r.pk])).content.decode()
    assert 'class="notice" id="requester-rating"' in detail and "材料清单仍不清楚" in detail
    assert 'value="unsatisfied" required checked' in detail  # the staff form starts from the requester's words
    service.rate(r, w.users["staff"], satisfaction="unsatisfied", note="材料清单仍不清楚")
    r.refresh_from_db()
    a.refresh_from_db()
    assert r.state == "assigned" and a.status == "returned" and r.requester_rating == "" and r.reopened == 1
    assert visitor.get(url).status_code == 404  # a new round needs a new link
    handle(a, w.users["county"], w.users["staff"])
    service.feed_back(r, w.users["staff"], text="已书面提供材料清单。")
    r.refresh_from_db()
    new_url = _link_on_the_staff_page(w, r)
    assert new_url != url and visitor.get(new_url).status_code == 200
    visitor.post(new_url, {"satisfaction": "satisfied"})
    assert Request.objects.get(pk=r.pk).state == "closed"


@pytest.mark.parametrize("bad", ["satisfaction=great", "satisfaction=", "note=x"])
def test_bad_ratings_are_one_sentence_and_nothing_is_written(fed_back, bad):
    w, r, _a = fed_back
    url = _link_on_the_staff_page(w, r)
    key, _, value = bad.partition("=")
    resp = Client().post(url, {key: value})
    assert resp.status_code == 400 and 'id="rate-error"' in resp.content.decode()
    r.refresh_from_db()
    assert r.requester_rated_at is None and r.state == "fed_back"
    long = Client().post(url, {"satisfaction": "basic", "note": "长" * 2001})
    nul = Client().post(url, {"satisfaction": "basic", "note": "a\x00b"})
    assert long.status_code == nul.status_code == 400
    assert Request.objects.get(pk=r.pk).requester_rated_at is None


def test_forged_expired_and_unrelated_links_are_refused(fed_back):
    w, r, _a = fed_back
    stamp = r.fed_back_at.isoformat()
    for token in ("abc", "x" * 5000, signing.dumps([r.pk, stamp], salt="another.salt"),
                  signing.dumps([r.pk, stamp[:-7]], salt=service.RATING_SALT),
                  signing.dumps([r.pk + 999, stamp], salt=service.RATING_SALT),
                  signing.dumps(["1 OR 1=1", stamp], salt=service.RATING_SALT)):
        resp = Client().get(reverse("workers:request-rate", args=[token]))
        assert resp.status_code == 404 and "评价链接无效" in resp.content.decode(), token[:40]
        assert Client().post(reverse("workers:request-rate", args=[token]), {"satisfaction": "basic"}).status_code == 404
    old = signing.TimestampSigner(salt=service.RATING_SALT)
    expired = old.sign_object([r.pk, stamp])
    later = timezone.now() + datetime.timedelta(days=service.RATING_DAYS + 1)
    from unittest import mock
    with mock.patch("time.time", return_value=later.timestamp()):
        resp = Client().get(reverse("workers:request-rate", args=[expired]))
    assert resp.status_code == 404 and "有效期" in resp.content.decode()
    assert Request.objects.get(pk=r.pk).requester_rated_at is None


def test_only_editors_of_the_owning_side_see_the_link(fed_back):
    w, r, _a = fed_back
    for name in ("county", "sibling", "outsider", "leader"):
        c = Client()
        c.force_login(w.users[name])
        body = c.get(reverse("workers:request", args=[r.pk])).content.decode()
        assert 'id="rating-link"' not in body, name
