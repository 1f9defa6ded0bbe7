"""In-app notices: each user sees only their own, marks them read, turns email off (in-app notices stay); the
header's unread count and the notices page cost a bounded number of queries."""

from __future__ import annotations

import pytest
from django.core import mail

from kexie.oversight import notices, urging
from kexie.oversight.models import EmailState, Notice
from oversight_helpers import client, notice_world

pytestmark = pytest.mark.django_db


@pytest.fixture
def w(data_dir):
    w = notice_world()
    urging.urge(w.users["city"], [a.pk for a in w.assignments.values()], "请加快进度")
    return w


def test_each_user_sees_only_their_own(w):
    mine = Notice.objects.get(recipient=w.users["county1"])
    theirs = Notice.objects.get(recipient=w.users["county2"])
    c1 = client(w.users["county1"])
    page = c1.get("/notices/").content.decode()
    assert "甲一县科协" in page and "甲二县科协" not in page
    assert [n["id"] for n in c1.get("/api/notices/").json()["results"]] == [mine.pk]
    assert c1.get(f"/api/notices/{theirs.pk}/").status_code == 404
    assert c1.post(f"/api/notices/{theirs.pk}/read/").status_code == 404
    assert c1.post(f"/notices/{theirs.pk}/read/").status_code == 404
    assert c1.post("/notices/abc/read/").status_code == 404
    theirs.refresh_from_db()
    assert theirs.read_at is None
    # a city user got none of these
    assert client(w.users["city"]).get("/api/notices/").json()["count"] == 0


def test_mark_read_and_header_count(w):
    for _ in range(2):
        urging.urge(w.users["city"], [w.assignments["甲一县科协"].pk], "再催")
    c1 = client(w.users["county1"])
    assert 'id="notices-count">3<' in c1.get("/ledger/").content.decode()
    first = Notice.objects.filter(recipient=w.users["county1"]).order_by("id").first()
    assert c1.post(f"/notices/{first.pk}/read/").status_code == 302
    assert 'id="notices-count">2<' in c1.get("/ledger/").content.decode()
    r = c1.post("/api/notices/read_all/")
    assert r.json() == {"marked": 2}
    assert 'id="notices-count"' not in c1.get("/ledger/").content.decode()
    assert c1.get("/api/notices/settings/").json() == {"email": True, "unread": 0}
    # county2's stay unread
    assert notices.unread_count(w.users["county2"]) == 1


def test_unread_count_is_capped():
    assert notices.UNREAD_CAP == 99


def test_email_off_keeps_in_app_notices(w):
    c1 = client(w.users["county1"])
    assert "checked" in c1.get("/notices/settings/").content.decode()
    assert c1.post("/notices/settings/", {}).status_code == 302  # unticked: off
    assert notices.email_enabled(w.users["county1"]) is False
    done = notices.send_pending()
    assert done["off"] == 1 and done["sent"] == 1
    assert [m.to for m in mail.outbox] == [["county2@example.org"]]
    assert Notice.objects.get(recipient=w.users["county1"]).email_state == EmailState.OFF
    assert "请加快进度" in c1.get("/notices/").content.decode()
    r = c1.post("/api/notices/settings/", {"email": True}, content_type="application/json")
    assert r.json()["email"] is True
    assert c1.post("/api/notices/settings/", {"email": "maybe"}, content_type="application/json").status_code == 400


def test_no_address_is_not_an_error(w):
    u = w.users["county1"]
    u.email = ""
    u.save()
    assert notices.send_pending()["no_address"] == 1


def test_query_counts_are_bounded(w, django_assert_max_num_queries):
    c1 = client(w.users["county1"])
    c1.get("/notices/")
    with django_assert_max_num_queries(10) as few:
        c1.get("/notices/")
    for _ in range(60):
        urging.urge(w.users["city"], [w.assignments["甲一县科协"].pk], "再催")
    with django_assert_max_num_queries(len(few.captured_queries)):
        r = c1.get("/notices/")
    assert r.status_code == 200 and "下一页" in r.content.decode()
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert c1.get("/notices/?page=2").status_code == 200
    assert c1.get("/notices/?page=x").status_code == 404
    # the header: one capped COUNT
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    with CaptureQueriesContext(connection) as q:
        c1.get("/ledger/")
    assert sum("oversight_notice" in x["sql"] for x in q.captured_queries) == 1
    with django_assert_max_num_queries(6):
        assert c1.get("/api/notices/").status_code == 200


def test_signed_out(w):
    from django.test import Client
    assert Client().get("/notices/").status_code == 302
    assert Client().get("/api/notices/").status_code in (401, 403)


def test_pages_read_in_english(w, settings):
    import datetime

    from kexie.ledger.models import Assignment
    from kexie.oversight import reminders
    from test_ledger_english import chinese_left, data_strings
    Assignment.objects.filter(pk=w.assignments["甲一县科协"].pk).update(due_date=datetime.date.today())
    reminders.create_notices()
    pages = {"county1": ["/notices/", "/notices/settings/", f"/ledger/assignments/{w.assignments['甲一县科协'].pk}/"],
             "city": ["/notices/urges/", f"/ledger/tasks/{w.task.pk}/",
                      f"/ledger/assignments/{w.assignments['甲一县科协'].pk}/"]}
    data = data_strings()
    for who, urls in pages.items():
        c = client(w.users[who])
        c.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
        for url in urls:
            html = c.get(url).content.decode()
            assert not chinese_left(html, data), (url, chinese_left(html, data))
    c = client(w.users["county1"])
    c.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    html = c.get("/notices/").content.decode()
    assert "Notices" in html and "Urged: " in html and "Due soon: " in html
