"""Pages of notices and 催办: the user's notices (mark read), their email choice, 催办 sent, and the 催办 form posts.

Every read goes through notices.py / urging.py with the user; every 催办 through urging.urge, which the API uses
too. Errors are shown as messages; the page the user came from is where they land again.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kexie.ledger.errors import LedgerError
from kexie.validation import page_number

from . import notices, urging

PAGE_SIZE = 50


def _page(request, qs):
    return Paginator(qs, PAGE_SIZE).get_page(page_number(request.GET))


def _next(request, default: str) -> str:
    nxt = request.POST.get("next") or ""
    return nxt if nxt.startswith("/") and not nxt.startswith("//") else default


@login_required
def notice_list(request):
    """The user's notices, newest first, 50 a page; unread ones marked."""
    page = _page(request, notices.notices_for(request.user))
    rows = list(page)
    for n in rows:
        n.line = notices.describe(n)
    return render(request, "oversight/notices/list.html", {"page": page, "rows": rows})


@login_required
@require_POST
def notice_read(request, pk):
    notices.mark_read(request.user, pk)
    return redirect(_next(request, "/notices/"))


@login_required
@require_POST
def notice_read_all(request):
    n = notices.mark_all_read(request.user)
    messages.success(request, _("已将 %(n)d 条通知标为已读。") % {"n": n})
    return redirect(_next(request, "/notices/"))


@login_required
def notice_settings(request):
    """The user's own choice: notices by email too, or in the platform only."""
    if request.method == "POST":
        enabled = request.POST.get("email") == "on"
        notices.set_email_enabled(request.user, enabled)
        messages.success(request, _("已开启邮件提醒。") if enabled else _("已关闭邮件提醒，站内通知照常显示。"))
        return redirect("notices:settings")
    return render(request, "oversight/notices/settings.html", {
        "email_on": notices.email_enabled(request.user), "address": request.user.email})


@login_required
def urge_sent(request):
    """催办 sent by the user's organisation, newest first."""
    page = _page(request, urging.sent_urges(request.user))
    return render(request, "oversight/notices/urges.html", {"page": page, "rows": list(page)})


@login_required
@require_POST
def urge_post(request):
    """催办 from the assignment page (one id) or the task page (the ticked rows); back where it came from."""
    ids = request.POST.getlist("assignments")
    back = _next(request, "/notices/urges/")
    try:
        done = urging.urge(request.user, ids, request.POST.get("message", ""))
    except LedgerError as e:
        messages.error(request, str(e))
        return redirect(back)
    messages.success(request, _("已催办 %(n)d 项，承办单位将收到通知。") % {"n": len(done)})
    return redirect(back)
