"""The reminder job: 临期 and 逾期 notices to the right editors, once per event (a rerun repeats nothing, an agreed
extension gives a fresh notice), emails once each, a run killed half way resumed with exactly the rest, bulk SQL
(queries do not grow with the assignments), and `kexie remind`."""

from __future__ import annotations

import datetime
import io
import re

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from kexie.ledger.flow import Status
from kexie.ledger.models import Assignment
from kexie.orgs.models import Department
from kexie.oversight import notices, reminders
from kexie.oversight.models import EmailState, Notice, NoticeKind
from oversight_helpers import notice_world

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 6, 10)  # a Wednesday
D = datetime.timedelta


@pytest.fixture
def w(data_dir):
    w = notice_world()
    a1, a2 = w.assignments["甲一县科协"], w.assignments["甲二县科协"]
    Assignment.objects.filter(pk=a1.pk).update(due_date=TODAY - D(days=2))  # 红
    Assignment.objects.filter(pk=a2.pk).update(due_date=TODAY + D(days=1))  # 黄 (window 3 working days)
    return w


def _kinds():
    return sorted(Notice.objects.values_list("recipient__username", "kind"))


def test_due_soon_and_overdue_go_to_the_units_editors_once(w):
    out = reminders.remind(TODAY)
    assert out.notices == {"due_soon": 1, "overdue": 1}
    assert _kinds() == [("county1", NoticeKind.OVERDUE), ("county2", NoticeKind.DUE_SOON)]
    assert out.emails["sent"] == 2 and len(mail.outbox) == 2
    assert "逾期" in next(m.body for m in mail.outbox if m.to == ["county1@example.org"])
    # the next day's run repeats nothing, nor does a second run the same day
    for day in (TODAY, TODAY + D(days=1)):
        again = reminders.remind(day)
        assert again.notices == {"due_soon": 0, "overdue": 0} and again.emails["emails"] == 0
    assert len(mail.outbox) == 2


def test_an_agreed_extension_gives_a_fresh_notice_when_the_new_date_nears(w):
    reminders.remind(TODAY)
    a1 = w.assignments["甲一县科协"]
    Assignment.objects.filter(pk=a1.pk).update(due_date=TODAY + D(days=30))  # extension agreed
    assert reminders.remind(TODAY).notices["due_soon"] == 0
    near = TODAY + D(days=29)
    assert reminders.remind(near).notices == {"due_soon": 1, "overdue": 1}  # a1 due soon; a2 (long) overdue
    assert Notice.objects.filter(assignment=a1).count() == 2


def test_closed_green_and_undated_make_nothing(w):
    Assignment.objects.filter(pk=w.assignments["甲一县科协"].pk).update(status=Status.CLOSED)
    Assignment.objects.filter(pk=w.assignments["甲二县科协"].pk).update(due_date=None)
    assert reminders.remind(TODAY).notices == {"due_soon": 0, "overdue": 0}


def test_a_department_assignment_reminds_the_issuers_editors(w):
    city = w.orgs["甲市科协"]
    dept = Department.objects.create(organisation=city, name="办公室")
    Assignment.objects.create(task=w.task, plan=w.plan, organisation=city, department=dept,
                              due_date=TODAY - D(days=1))
    reminders.remind(TODAY)
    # the issuer's 管理员 and 经办, not its 督办 or 领导
    assert {u for u, k in _kinds() if u.startswith("city")} == {"city", "city-admin"}


def test_dry_run_changes_nothing(w):
    out = reminders.remind(TODAY, dry_run=True)
    assert out.notices == {"due_soon": 1, "overdue": 1}
    assert not Notice.objects.exists() and not mail.outbox


def _four_recipients(w):
    """Every county editor and the issuer's two (a department's assignment): four people to email."""
    city = w.orgs["甲市科协"]
    dept = Department.objects.create(organisation=city, name="办公室")
    Assignment.objects.create(task=w.task, plan=w.plan, organisation=city, department=dept,
                              due_date=TODAY - D(days=1))
    reminders.remind(TODAY, send=False)
    assert Notice.objects.filter(email_state=EmailState.PENDING).count() == 4


def _failing_after(monkeypatch, n, error):
    from django.core.mail.backends.locmem import EmailBackend
    real = EmailBackend.send_messages

    def flaky(self, messages):
        if len(mail.outbox) >= n:
            raise error
        return real(self, messages)

    monkeypatch.setattr(EmailBackend, "send_messages", flaky)
    return lambda: monkeypatch.setattr(EmailBackend, "send_messages", real)


def test_a_run_killed_half_way_resumes_with_exactly_the_rest(w, monkeypatch):
    _four_recipients(w)
    restore = _failing_after(monkeypatch, 2, KeyboardInterrupt())  # the process is stopped mid-pass
    with pytest.raises(KeyboardInterrupt):
        notices.send_pending()
    assert len(mail.outbox) == 2
    assert Notice.objects.filter(email_state=EmailState.SENT).count() == 2
    restore()
    rest = notices.send_pending()
    assert rest["sent"] == 2 and len(mail.outbox) == 4
    assert len({m.to[0] for m in mail.outbox}) == 4  # nobody twice
    assert not Notice.objects.filter(email_state=EmailState.PENDING).exists()


def test_a_refused_address_holds_up_nobody_else(w, monkeypatch):
    _four_recipients(w)
    from django.core.mail.backends.locmem import EmailBackend
    real = EmailBackend.send_messages

    def refuse_county1(self, messages):
        if messages[0].to == ["county1@example.org"]:
            raise ConnectionRefusedError("550 no such user")
        return real(self, messages)

    monkeypatch.setattr(EmailBackend, "send_messages", refuse_county1)
    done = notices.send_pending()
    assert (done["sent"], done["failed"], len(mail.outbox)) == (3, 1, 3)
    assert list(Notice.objects.filter(email_state=EmailState.PENDING).values_list("recipient__username",
                                                                                  flat=True)) == ["county1"]
    # the mail server away: the pass stops after a few failures in a row, everything left pending
    Notice.objects.update(email_state=EmailState.PENDING)
    mail.outbox.clear()
    _failing_after(monkeypatch, 0, ConnectionRefusedError("connection refused"))
    monkeypatch.setattr(notices, "MAX_FAILURES_IN_A_ROW", 2)
    with pytest.raises(ConnectionRefusedError):
        notices.send_pending()
    assert Notice.objects.filter(email_state=EmailState.PENDING).count() == 4 and not mail.outbox


def test_queries_do_not_grow_with_the_assignments(w):
    with CaptureQueriesContext(connection) as small:
        reminders.create_notices(TODAY)
    Notice.objects.all().delete()
    # 40 more assignments, all overdue, to both counties
    from kexie.ledger.models import Task
    for i in range(20):
        t = Task.objects.create(plan=w.plan, outline_id=str(i + 2), heading=f"任务{i}", order=i + 1)
        for org in (w.orgs["甲一县科协"], w.orgs["甲二县科协"]):
            Assignment.objects.create(task=t, plan=w.plan, organisation=org, due_date=TODAY - D(days=3))
    with CaptureQueriesContext(connection) as big:
        created = reminders.create_notices(TODAY)
    assert created["overdue"] == 41
    assert len(big.captured_queries) == len(small.captured_queries)


def test_command(w):
    out = io.StringIO()
    call_command("remind", "--date", TODAY.isoformat(), "--dry-run", stdout=out)
    assert re.search(r"overdue\s+would write 1 notices", out.getvalue()) and not Notice.objects.exists()
    out = io.StringIO()
    call_command("remind", "--date", TODAY.isoformat(), stdout=out)
    assert re.search(r"due_soon\s+wrote 1 notices", out.getvalue()) and "2 notices sent in 2 emails" in out.getvalue()
    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        call_command("remind", "--date", "2026-13-45")
