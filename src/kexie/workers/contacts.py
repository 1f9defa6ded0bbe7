"""联系制度: the lights of 联系对象 pairs (from due_on, kept exact by services.refresh_pairs) and the reminder job.

A pair is 红 when its due date has passed, 黄 when it falls within WARNING_WORKDAYS working days (the workdays
calendar), 绿 otherwise. The reminder job (registered with oversight.reminders in AppConfig.ready) writes one
逾期 notice per overdue pair and due date to the editors of the pair's organisation and to the user of its person,
in one INSERT … SELECT, so a daily run repeats nothing.
"""

from __future__ import annotations

import datetime

from django.db.models import CharField, Exists, F, OuterRef, Q, Value
from django.db.models.functions import Cast, Concat
from django.utils import timezone
from django.utils.translation import gettext as _

from kexie.orgs.models import EDITOR_ROLES
from kexie.workdays.calendar import Calendar

from .models import ContactPair

WARNING_WORKDAYS = 10
LIGHTS = ("red", "yellow", "green")


def warning_limit(today: datetime.date) -> datetime.date:
    return Calendar.around(today).add_workdays(today, WARNING_WORKDAYS)


def light_q(light: str, today: datetime.date, limit: datetime.date) -> Q:
    """The pairs of a light; limit is warning_limit(today), computed once per page."""
    if light == "red":
        return Q(due_on__lt=today)
    if light == "yellow":
        return Q(due_on__gte=today, due_on__lte=limit)
    return Q(due_on__gt=limit)


def light_of(pair: ContactPair, today: datetime.date, limit: datetime.date) -> str:
    if pair.due_on < today:
        return "red"
    return "yellow" if pair.due_on <= limit else "green"


def counts(pairs, today: datetime.date, limit: datetime.date) -> dict[str, int]:
    """Pairs by light in one query."""
    from django.db.models import Count
    return pairs.order_by().aggregate(**{light: Count("id", filter=light_q(light, today, limit)) for light in LIGHTS})


def overdue_notices(today: datetime.date | None = None, *, dry_run: bool = False) -> dict[str, int]:
    """The reminder job: 逾期 notices of the overdue pairs (one statement); {"contact_overdue": rows}."""
    from kexie.oversight.models import EmailState, Notice, NoticeKind
    from kexie.oversight.reminders import insert_select
    today = today or timezone.localdate()
    now = timezone.now()
    key = Concat(Value("workers-contact:"), Cast("id", CharField()), Value(":"), Cast("due_on", CharField()),
                 output_field=CharField())
    text = Concat(Value(_("联系逾期：")), F("person__name"), Value(_(" 联系 ")), F("scientist__name"),
                  Value(_("（")), F("scientist__work_unit"), Value(_("）已超过应联系日期 ")),
                  Cast("due_on", CharField()), Value(_("，请尽快走访或联系，并在走访慰问中记录。")),
                  output_field=CharField())
    already = Notice.objects.filter(recipient_id=OuterRef("n_recipient"), event_key=OuterRef("n_key"))
    qs = (ContactPair.objects.filter(due_on__lt=today)
          .filter(Q(organisation__memberships__role__in=EDITOR_ROLES)
                  | Q(organisation__memberships__person_id=F("person_id")),
                  organisation__memberships__user__is_active=True)
          .annotate(n_recipient=F("organisation__memberships__user_id"), n_kind=Value(NoticeKind.OVERDUE.value),
                    n_due=F("due_on"), n_text=text, n_key=key, n_created=Value(now),
                    n_state=Value(EmailState.PENDING.value))
          .filter(~Exists(already)).order_by()
          .values_list("n_recipient", "n_kind", "n_due", "n_text", "n_key", "n_created", "n_state"))
    columns = ("recipient_id", "kind", "due_date", "text", "event_key", "created_at", "email_state")
    return {"contact_overdue": qs.count() if dry_run else insert_select(qs, columns)}
