"""Logging filters: a permission refusal is one line that says who, where and why, not a traceback."""

from __future__ import annotations

import logging


class PermissionRefusalFilter(logging.Filter):
    """Rewrites django.request's 403 records into one line; a refusal is expected, its stack says nothing."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "status_code", None) != 403:
            return True
        request = getattr(record, "request", None)
        user = getattr(request, "user", None)
        who = user.get_username() if user is not None and user.is_authenticated else "anonymous"
        exception = record.exc_info[1] if record.exc_info else None
        why = (str(exception) or type(exception).__name__) if exception else record.getMessage()
        record.msg = "permission refused: user=%s path=%s why=%s"
        record.args = (who, getattr(request, "path", "?"), why.replace("\n", " "))
        record.exc_info, record.exc_text = None, None
        return True
