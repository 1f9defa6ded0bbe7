"""催办: who may urge what (outside-in: sibling county, other city, other province, each role), all-or-nothing
batches, bad input, the audit entry the unit reads in its history, notices to the unit's editors, and the
page and API paths sharing one write."""

from __future__ import annotations

import pytest
from django.core import mail
from django.http import Http404

from kexie.audit.models import Entry
from kexie.ledger import reads
from kexie.ledger.errors import LedgerError, NotAllowed
from kexie.ledger.flow import Status
from kexie.ledger.models import Assignment
from kexie.oversight import notices, urging
from kexie.oversight.models import Notice, NoticeKind, Urge
from oversight_helpers import client, notice_world

pytestmark = pytest.mark.django_db


@pytest.fixture
def w(data_dir):
    return notice_world()


def _state():
    return (Urge.objects.count(), Notice.objects.count(), Entry.objects.filter(action="urge").count())


# Who may urge 甲一县's assignment (issued by 甲市): the issuer's editors and 督办, 督办 above the assignee.
ALLOWED = {"city", "city-admin", "city-supervisor", "province-supervisor"}
FORBIDDEN = {"city-leader", "province", "county1", "county1-supervisor"}  # see it, may not urge: 403
OUTSIDE = {"county2", "other-city", "other-county", "other-province", "other-province-supervisor"}  # 404


@pytest.mark.parametrize("who", sorted(ALLOWED | FORBIDDEN | OUTSIDE))
def test_who_may_urge(w, who):
    a = w.assignments["甲一县科协"]
    before = _state()
    if who in ALLOWED:
        done = urging.urge(w.users[who], [a.pk], "请加快进度")
        assert len(done) == 1 and done[0].sender_organisation_id == w.users[who].membership.organisation_id
        return
    with pytest.raises(NotAllowed if who in FORBIDDEN else Http404):
        urging.urge(w.users[who], [a.pk], "请加快进度")
    assert _state() == before


def test_urge_is_recorded_on_the_assignment_and_notifies_the_unit(w):
    a = w.assignments["甲一县科协"]
    urging.urge(w.users["city-supervisor"], a.pk, "  请于本周内报送进展  ")
    e = Entry.objects.get(action="urge")
    assert (e.object_id, e.scope_path, e.reason) == (a.pk, w.orgs["甲一县科协"].path, "请于本周内报送进展")
    # the unit reads it in the assignment's history; the sibling county reads nothing of it
    seen = reads.history_for(w.users["county1"], objects=[("ledger.assignment", [a.pk])])
    assert [x.action for x in seen][0] == "urge"
    assert not reads.history_for(w.users["county2"], objects=[("ledger.assignment", [a.pk])]).exists()
    n = Notice.objects.get()
    assert (n.recipient, n.kind, n.text) == (w.users["county1"], NoticeKind.URGE, "请于本周内报送进展")
    assert "请于本周内报送进展" in notices.describe(n)
    # emailed like every notice (the mail pass after the urge)
    assert notices.send_pending()["sent"] == 1
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["county1@example.org"]


def test_a_batch_is_all_or_nothing(w):
    a1, a2 = w.assignments["甲一县科协"], w.assignments["甲二县科协"]
    Assignment.objects.filter(pk=a2.pk).update(status=Status.CLOSED)
    before = _state()
    with pytest.raises(LedgerError, match="已办结"):
        urging.urge(w.users["city"], [a1.pk, a2.pk], "请加快")
    with pytest.raises(Http404):
        urging.urge(w.users["city"], [a1.pk, 999999], "请加快")
    assert _state() == before
    Assignment.objects.filter(pk=a2.pk).update(status=Status.IN_PROGRESS)
    assert len(urging.urge(w.users["city"], [a1.pk, a2.pk, a1.pk], "请加快")) == 2
    assert set(Notice.objects.values_list("recipient__username", flat=True)) == {"county1", "county2"}


@pytest.mark.parametrize("message, says", [("", "请填写"), ("   ", "请填写"), ("催" * 501, "最多 500"),
                                           ("a\x00b", "空字符"), (None, "请填写"), (["x"], "文字")])
def test_bad_messages_are_refused(w, message, says):
    with pytest.raises(LedgerError, match=says):
        urging.urge(w.users["city"], [w.assignments["甲一县科协"].pk], message)
    assert _state() == (0, 0, 0)


def test_bad_ids(w):
    for ids in (["abc"], [-1], ["9" * 30]):
        with pytest.raises(Http404):
            urging.urge(w.users["city"], ids, "请加快")
    with pytest.raises(LedgerError, match="至少选择"):
        urging.urge(w.users["city"], [], "请加快")
    with pytest.raises(LedgerError, match="最多催办"):
        urging.urge(w.users["city"], list(range(1, urging.BATCH_MAX + 2)), "请加快")


def test_page_form_and_sent_list(w):
    a = w.assignments["甲一县科协"]
    c = client(w.users["city-supervisor"])
    page = c.get(f"/ledger/assignments/{a.pk}/").content.decode()
    assert 'id="urge"' in page
    for who in ("city-leader", "county1", "province"):
        assert 'id="urge"' not in client(w.users[who]).get(f"/ledger/assignments/{a.pk}/").content.decode()
    r = c.post("/notices/urge/", {"assignments": [a.pk], "message": "请加快", "next": f"/ledger/assignments/{a.pk}/"})
    assert r.status_code == 302 and r.url == f"/ledger/assignments/{a.pk}/"
    page = c.get(r.url).content.decode()
    assert "请加快" in page and "已催办 1 项" in page
    r = c.post("/notices/urge/", {"assignments": [a.pk], "message": ""})
    assert r.status_code == 302 and Urge.objects.count() == 1
    assert client(w.users["county2"]).post("/notices/urge/", {"assignments": [a.pk], "message": "x"}).status_code == 404
    assert client(w.users["city-leader"]).post("/notices/urge/", {"assignments": [a.pk], "message": "x"}).status_code == 403
    sent = c.get("/notices/urges/").content.decode()
    assert "请加快" in sent
    # the sent list is the sender organisation's: 甲市's other users see it, the county does not
    assert "请加快" in client(w.users["city"]).get("/notices/urges/").content.decode()
    assert "请加快" not in client(w.users["county1"]).get("/notices/urges/").content.decode()


def test_task_page_ticks_rows_for_those_allowed(w):
    task = w.task
    page = client(w.users["city"]).get(f"/ledger/tasks/{task.pk}/").content.decode()
    assert page.count('form="urge-form"') == 2 and 'id="urge-selected"' in page
    for who in ("city-leader", "county1"):
        page = client(w.users[who]).get(f"/ledger/tasks/{task.pk}/").content.decode()
        assert 'form="urge-form"' not in page and 'id="urge-selected"' not in page
    ids = [a.pk for a in w.assignments.values()]
    r = client(w.users["city"]).post("/notices/urge/", {"assignments": ids, "message": "统一催办",
                                                        "next": f"/ledger/tasks/{task.pk}/"})
    assert r.status_code == 302 and Urge.objects.count() == 2


def test_api(w):
    a1, a2 = w.assignments["甲一县科协"], w.assignments["甲二县科协"]
    c = client(w.users["city"])
    r = c.post(f"/api/assignments/{a1.pk}/urge/", {"message": "请加快"}, content_type="application/json")
    assert r.status_code == 201 and r.json()["assignment"] == a1.pk
    r = c.post("/api/urges/", {"assignments": [a1.pk, a2.pk], "message": "统一催办"}, content_type="application/json")
    assert r.status_code == 201 and len(r.json()) == 2
    assert c.get("/api/urges/").json()["count"] == 3
    for body, status in [({"message": ""}, 400), ({"message": "x" * 501}, 400), ({}, 400)]:
        assert c.post(f"/api/assignments/{a1.pk}/urge/", body, content_type="application/json").status_code == status
    assert c.post("/api/assignments/99999999/urge/", {"message": "x"}, content_type="application/json").status_code == 404
    assert c.post("/api/urges/", {"assignments": [], "message": "x"}, content_type="application/json").status_code == 400
    Assignment.objects.filter(pk=a2.pk).update(status=Status.CLOSED)
    r = c.post("/api/urges/", {"assignments": [a1.pk, a2.pk], "message": "再催"}, content_type="application/json")
    assert r.status_code == 400 and "已办结" in r.json()["detail"] and Urge.objects.count() == 3
    r = client(w.users["other-city"]).post(f"/api/assignments/{a1.pk}/urge/", {"message": "x"},
                                           content_type="application/json")
    assert r.status_code == 404


def test_sent_list_query_count_is_bounded(w, django_assert_max_num_queries):
    c = client(w.users["city"])
    urging.urge(w.users["city"], [a.pk for a in w.assignments.values()], "一")
    c.get("/notices/urges/")
    with django_assert_max_num_queries(12):
        assert c.get("/notices/urges/").status_code == 200
    for _ in range(10):
        urging.urge(w.users["city"], [a.pk for a in w.assignments.values()], "再")
    with django_assert_max_num_queries(12):
        assert c.get("/notices/urges/").status_code == 200
