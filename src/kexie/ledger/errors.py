"""The errors a ledger action raises, and the HTTP status each one means, mapped once for pages and API.

LedgerError (400: the user can fix the input), Conflict (409: someone changed it first, reload),
NotAllowed (403: this user may not do this). str(error) is one Chinese sentence for the user.
"""

from __future__ import annotations

import logging

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _

log = logging.getLogger("kexie.permission")


class LedgerError(Exception):
    """An action that cannot be done as asked; str(error) is one sentence for the user."""

    status = 400

    def __init__(self, message=None):
        super().__init__(str(message if message is not None else getattr(self, "default_message", "")))


class Conflict(LedgerError):
    """Someone else changed the object since the user loaded it."""

    status = 409
    default_message = _("此事项刚被他人修改，请刷新页面后重试。")


class NotAllowed(PermissionDenied):
    """The user may see the object but not do this to it (403)."""

    status = 403


def http_status(exc: Exception) -> int | None:
    """The HTTP status of an error the ledger raises, or None for anything else."""
    if isinstance(exc, LedgerError):
        return exc.status
    if isinstance(exc, PermissionDenied):
        return 403
    return None


def api_exception_handler(exc, context):
    """DRF's handler, knowing the ledger's errors: the one place the API maps them to statuses."""
    from rest_framework.response import Response
    from rest_framework.views import exception_handler

    status = http_status(exc)
    if status is not None and not hasattr(exc, "get_full_details"):
        if status == 403:
            log.info("refused %s: %s", getattr(context.get("request"), "path", ""), exc)
        return Response({"detail": str(exc) or str(_("没有权限执行此操作。"))}, status=status)
    return exception_handler(exc, context)


class LedgerErrorMiddleware:
    """Pages: a ledger error no view caught becomes its status with the sentence, never a 500."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exc):
        if isinstance(exc, LedgerError):
            from django.shortcuts import render
            return render(request, "ledger/error.html", {"message": str(exc)}, status=exc.status)
        return None
