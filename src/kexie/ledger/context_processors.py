"""Puts the issuer's to-do count (申请办结 and 延期申请 waiting for the user's organisation) into every page's header."""

from __future__ import annotations

from .reads import todo_count as read_todo_count


def todo_count(request):
    """ledger_todo_count: a callable the template calls when it shows the header, so a page costs one COUNT
    query at most (cached on the request) and a response without the header costs none."""

    def count() -> int:
        if not hasattr(request, "_kexie_todo_count"):
            user = getattr(request, "user", None)
            request._kexie_todo_count = read_todo_count(user) if user is not None else 0
        return request._kexie_todo_count

    return {"ledger_todo_count": count}
