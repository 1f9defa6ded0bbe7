"""Guards for the forms anyone may submit without signing in (办实事 requests, volunteer sign-up).

A form carries a signed token saying which organisation's page it came from and when it was shown: a
submission sooner than MIN_SECONDS after the page was shown, or with the hidden field filled in, is a robot's.
The flood limit counts what the same address already left waiting for review in the app's own table, so it
holds across processes and needs no cache. Submissions are never published: staff review them first.
"""

from __future__ import annotations

import datetime

from django.core import signing
from django.utils import timezone
from django.utils.translation import gettext as _
from ipware import get_client_ip

SALT = "kexie.public_forms"
MIN_SECONDS = 3
MAX_AGE = 24 * 3600
HONEYPOT = "website"  # a field hidden from people; robots fill every field they see
PER_ADDRESS_PER_HOUR = 5


class Refused(Exception):
    """The submission is refused; str(exc) is the sentence to show the submitter."""


def form_token(scope: str, org_id: int) -> str:
    """The token a public form's page embeds; scope names the form (e.g. "workers.request")."""
    return signing.dumps({"s": scope, "o": org_id, "t": timezone.now().timestamp()}, salt=SALT)


def check_submission(request, scope: str, org_id: int, *, now: datetime.datetime | None = None) -> None:
    """Raise Refused unless request.POST carries a fresh token for this form and organisation and no honeypot."""
    if request.POST.get(HONEYPOT):
        raise Refused(_("提交未被接受，请刷新页面后重新填写。"))
    try:
        data = signing.loads(request.POST.get("token", ""), salt=SALT, max_age=MAX_AGE)
    except signing.BadSignature:
        raise Refused(_("页面已过期，请刷新页面后重新填写。")) from None
    if data.get("s") != scope or data.get("o") != org_id:
        raise Refused(_("提交未被接受，请刷新页面后重新填写。"))
    shown = datetime.datetime.fromtimestamp(float(data.get("t", 0)), tz=datetime.timezone.utc)
    if ((now or timezone.now()) - shown).total_seconds() < MIN_SECONDS:
        raise Refused(_("提交过快，请稍候几秒再提交。"))


def client_address(request) -> str:
    """The submitter's address as the sign-in lockout reads it (behind the configured proxies)."""
    address, _routable = get_client_ip(request)
    return address or ""


def check_flood(pending, address: str, *, limit: int = PER_ADDRESS_PER_HOUR) -> None:
    """Raise Refused if `pending` (a queryset with `submitted_from` and `submitted_at`) already holds `limit`
    submissions from this address within the last hour."""
    since = timezone.now() - datetime.timedelta(hours=1)
    if address and pending.filter(submitted_from=address, submitted_at__gte=since).count() >= limit:
        raise Refused(_("同一网络一小时内提交过多，请稍后再试，或直接联系科协工作人员。"))
