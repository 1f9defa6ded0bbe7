"""In-app notices: a user's list and unread count, marking read, the email choice, and sending pending emails.

Every read takes the user and returns only their own notices. Emails go out after the notices are written:
`send_pending` claims one recipient at a time (their user row, SELECT … FOR NO KEY UPDATE SKIP LOCKED), sends
their pending notices as one email and marks them sent in the same transaction, so two workers never email the
same notice (nor split one person's into two emails) and a run that died half way leaves exactly the unsent
ones pending. A refused address leaves that person's notices pending and goes on with the others.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from kexie.ledger.rhythms import period_label
from kexie.orgs.access import parse_pk

from .models import EmailState, Notice, NoticeKind, NoticePreference

log = logging.getLogger("kexie.notices")

UNREAD_CAP = 99
PER_EMAIL = 200  # notices in one email at most; more go in the next email to the same user
MAX_FAILURES_IN_A_ROW = 5


# --- reads ------------------------------------------------------------------------------------------------

def notices_for(user):
    """The user's own notices, newest first, with what their text names."""
    if not getattr(user, "is_authenticated", False):
        return Notice.objects.none()
    return (Notice.objects.filter(recipient_id=user.pk)
            .select_related("assignment__task", "assignment__organisation", "assignment__department", "plan",
                            "urge__sender_organisation")
            .order_by("-id"))


def unread_count(user) -> int:
    """Unread notices of the user, up to UNREAD_CAP + 1: one capped COUNT on a partial index."""
    if not getattr(user, "is_authenticated", False):
        return 0
    return Notice.objects.filter(recipient_id=user.pk, read_at__isnull=True).order_by()[:UNREAD_CAP + 1].count()


def mark_read(user, pk) -> int:
    """Mark one of the user's notices read; another user's (or no) notice is not found (404 at the edge)."""
    from django.http import Http404
    pk = parse_pk(pk)
    if pk is None or not Notice.objects.filter(pk=pk, recipient_id=user.pk).exists():
        raise Http404("No such notice")
    return Notice.objects.filter(pk=pk, recipient_id=user.pk, read_at__isnull=True).update(read_at=timezone.now())


def mark_all_read(user) -> int:
    return Notice.objects.filter(recipient_id=user.pk, read_at__isnull=True).update(read_at=timezone.now())


def email_enabled(user) -> bool:
    pref = NoticePreference.objects.filter(user_id=user.pk).values_list("email", flat=True).first()
    return True if pref is None else pref


def set_email_enabled(user, enabled: bool) -> None:
    NoticePreference.objects.update_or_create(user_id=user.pk, defaults={"email": bool(enabled)})


def unread_label(request):
    """Context processor: notices_unread, a callable the header calls ("3", "99+", "" for none), so a page costs
    one capped COUNT at most and a response without the header none."""

    def label() -> str:
        if not hasattr(request, "_kexie_unread"):
            user = getattr(request, "user", None)
            request._kexie_unread = unread_count(user) if user is not None else 0
        n = request._kexie_unread
        return f"{UNREAD_CAP}+" if n > UNREAD_CAP else str(n) if n else ""

    return {"notices_unread": label}


# --- text -------------------------------------------------------------------------------------------------

def describe(notice: Notice) -> str:
    """One line for a notice, in the active language (the list, the API and the email use it)."""
    a = notice.assignment
    if a is None:  # another app's notice (reminders.register_job) carries its own sentence
        return notice.text
    what = {"task": a.task.heading[:60], "unit": a.assignee_label,
            "due": notice.due_date.strftime("%Y-%m-%d") if notice.due_date else "—"}
    if notice.event_key.startswith("period:"):  # a reporting period's (reminders.create_period_notices)
        what["period"] = period_label(notice.text)
        if notice.kind == NoticeKind.DUE_SOON:
            return _("报送期临期：%(task)s（%(unit)s）%(period)s的报送应于 %(due)s 前报送。") % what
        return _("报送期逾期：%(task)s（%(unit)s）%(period)s的报送已超过应报日期 %(due)s，请尽快报送。") % what
    if notice.kind == NoticeKind.DUE_SOON:
        return _("临期：%(task)s（%(unit)s）将于 %(due)s 到期，请抓紧办理。") % what
    if notice.kind == NoticeKind.OVERDUE:
        return _("逾期：%(task)s（%(unit)s）已超过完成时限 %(due)s，请尽快办理并报送进展。") % what
    sender = notice.urge.sender_organisation.display_name if notice.urge_id else ""
    return _("催办：%(sender)s催办 %(task)s（%(unit)s）：%(message)s") % {**what, "sender": sender,
                                                                 "message": notice.text}


# --- email ------------------------------------------------------------------------------------------------

def _site_url() -> str:
    return getattr(settings, "KEXIE_SITE_URL", "").rstrip("/")


def _email(user, notices: list[Notice]) -> EmailMessage:
    with translation.override(settings.LANGUAGE_CODE):
        lines = [describe(n) for n in notices]
        base = _site_url()
        if base:
            lines += ["", _("查看全部通知：%(url)s") % {"url": f"{base}/notices/"}]
        subject = _("科协工作平台：%(n)d 条新通知") % {"n": len(notices)}
    return EmailMessage(subject=subject, body="\n".join(lines), to=[user.email])


def _claim(recipient_id: int, pending):
    """Inside a transaction: the recipient, locked (FOR NO KEY UPDATE SKIP LOCKED: new notices for them may still
    be inserted), and up to PER_EMAIL of their pending notices; None when another worker is mailing them now."""
    from django.contrib.auth import get_user_model
    user = (get_user_model().objects.select_for_update(skip_locked=True, no_key=True)
            .filter(pk=recipient_id).first())
    if user is None:
        return None
    # Read after the lock: what a worker that held it just sent is no longer pending.
    return user, list(pending.filter(recipient_id=recipient_id)
                      .select_related("assignment__task", "assignment__organisation", "assignment__department",
                                      "urge__sender_organisation").order_by("id")[:PER_EMAIL])


def send_pending(*, limit: int | None = None, connection=None) -> dict[str, int]:
    """Send every pending notice's email, one email per recipient pass; returns counts by email state.

    Recipients are taken in id order; each one is locked (a worker finding them locked skips to the next), their
    notices sent as one email and marked in one transaction: if the send fails (or the process is killed) that
    batch stays pending for the next run, and batches already committed are never resent.
    """
    done = {EmailState.SENT.value: 0, EmailState.OFF.value: 0, EmailState.NO_ADDRESS.value: 0, "emails": 0,
            "failed": 0}
    failures = 0
    connection = connection or get_connection()
    pending = Notice.objects.filter(email_state=EmailState.PENDING)
    # Whoever gets no email is settled in two statements, not one transaction each (many units' users have no
    # address on record); the loop below checks again for what changes meanwhile.
    done[EmailState.OFF.value] += pending.filter(recipient__notice_preference__email=False).update(
        email_state=EmailState.OFF)
    done[EmailState.NO_ADDRESS.value] += pending.filter(Q(recipient__email="") | Q(recipient__is_active=False)).update(
        email_state=EmailState.NO_ADDRESS)
    after = 0
    while limit is None or done["emails"] < limit:
        now = timezone.now()
        with transaction.atomic():
            recipient_id = (pending.filter(recipient_id__gt=after).order_by("recipient_id")
                            .values_list("recipient_id", flat=True).first())
            if recipient_id is None:
                break
            claimed = _claim(recipient_id, pending)
            if claimed is None or len(claimed[1]) < PER_EMAIL:
                after = recipient_id  # done with them (or another worker is); else their next batch
            if not claimed or not claimed[1]:
                continue
            user, rows = claimed
            if not email_enabled(user):
                state = EmailState.OFF
            elif not user.email or not user.is_active:
                state = EmailState.NO_ADDRESS
            else:
                state = EmailState.SENT
                try:
                    connection.send_messages([_email(user, rows)])
                except Exception:
                    # One refused address must not hold up everyone after it: theirs stay pending for the next
                    # pass. Several failures in a row mean the mail server is away: stop, all left pending.
                    failures += 1
                    done["failed"] += len(rows)
                    log.warning("email to user %s failed; their notices stay pending", user.pk, exc_info=True)
                    after = recipient_id
                    if failures >= MAX_FAILURES_IN_A_ROW:
                        raise
                    continue
                failures = 0
                done["emails"] += 1
            Notice.objects.filter(pk__in=[n.pk for n in rows]).update(
                email_state=state, emailed_at=now if state == EmailState.SENT else None)
            done[state.value] += len(rows)
    return done
