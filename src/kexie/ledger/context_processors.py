"""Puts the issuer's to-do count (申请办结 and 延期申请 waiting for the user's organisation) into every page's header."""

from __future__ import annotations

from . import reads


def todo_count(request):
    """ledger_todo_count: a callable the template calls where the header shows it ("3", "99+", "" for none), so
    a page costs one capped COUNT at most (cached on the request) and a response without the header none."""

    def label() -> str:
        if not hasattr(request, "_kexie_todo_count"):
            user = getattr(request, "user", None)
            request._kexie_todo_count = reads.todo_count(user) if user is not None else 0
        n = request._kexie_todo_count
        return f"{reads.TODO_COUNT_CAP}+" if n > reads.TODO_COUNT_CAP else str(n) if n else ""

    return {"ledger_todo_count": label}
