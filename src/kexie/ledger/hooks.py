"""Places on the ledger's pages where a higher app adds its part (oversight's 催办 form), registered in its
AppConfig.ready: the ledger imports none of them (design.md: arrows point one way)."""

from __future__ import annotations

from typing import Callable

from django.dispatch import Signal
from django.utils.safestring import SafeString, mark_safe

# Sent with plan_id= after the ledger writes a plan's tasks in bulk (bulk_create skips post_save): search
# re-indexes them.
tasks_written = Signal()

# place → renderers(context, **values) -> safe HTML. Places: "assignment" (below an assignment's actions),
# "task" (below a task's units), "task_row" (the first cell of a unit's row on the task page), "report_form"
# (inside the report form, above its buttons: what an app offers to cite, with a=).
_RENDERERS: dict[str, list[Callable]] = {}
# citers(user, assignment, data) -> lines: what the fields a "report_form" renderer added (in the posted data)
# cite, as lines the ledger appends to the report's text before it is checked and written; a citer refuses a
# choice by raising LedgerError (the form shows the sentence, nothing is written).
_CITERS: list[Callable] = []


def register(place: str, renderer: Callable) -> None:
    _RENDERERS.setdefault(place, []).append(renderer)


def register_citer(citer: Callable) -> None:
    _CITERS.append(citer)


def cite(user, assignment, data) -> list[str]:
    """The lines every registered citer adds to a report of this assignment from the posted data."""
    return [line for citer in _CITERS for line in citer(user, assignment, data)]


def with_citations(user, assignment, data, text: str) -> str:
    """The report's text as typed, then the lines cited by the same request (the form's ticks, the API's lists)."""
    lines = cite(user, assignment, data)
    return "\n".join([text.rstrip(), *lines]) if lines else text


def render(place: str, context, **values) -> SafeString:
    parts = [renderer(context, **values) for renderer in _RENDERERS.get(place, ())]
    return mark_safe("".join(str(p) for p in parts if p)) if parts else mark_safe("")


__all__ = ["cite", "register", "register_citer", "render", "tasks_written", "with_citations"]
