"""What the index holds: a registry of sources (documents, tasks, reports; higher apps may add their own).

A source says, for its model: the entry fields and the text of an object, the queryset reindex walks, the
entries a user may see (a Q over Entry built from the source's own access helpers, so search shows exactly
what the pages show), and, for the few results on a page, their texts and links.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_noop  # a label the page translates ("报送" alone is the verb)

from kexie.orgs.access import org_path_prefix


@dataclass(frozen=True)
class Source:
    kind: str
    label: str                                  # shown on the page (文件, 任务, 报送)
    model: type
    fields: Callable                            # obj -> dict of Entry fields and "body" (the text to index)
    queryset: Callable                          # () -> the objects to index, with what fields() reads
    visible: Callable                           # user -> Q over Entry (kind and object already filtered)
    shown: Callable                             # ids -> {id: (text, url)} for the results on one page
    # status -> Q over Entry: read from the ledger at query time (publishing and the flow write with
    # queryset.update, which sends no signal, so a stored copy would go stale). None: the kind has no status.
    status: Callable | None = None
    # (user, light, clock) -> Q over Entry: the ledger's own light rule (ledger.lights.Clock.q) over the
    # assignments the user sees, read at query time as status is. None: the kind has no light (documents).
    light: Callable | None = None


_SOURCES: dict[str, Source] = {}


def register(source: Source) -> None:
    # The kind is also a token in the index's scope column (index.py): plain letters only.
    assert source.kind.isascii() and source.kind.isalpha(), source.kind
    _SOURCES[source.kind] = source
    from .signals import connect_source  # here, not at the top: signals reads this registry
    connect_source(source)


def sources() -> list[Source]:
    return list(_SOURCES.values())


def source_for(kind: str) -> Source | None:
    return _SOURCES.get(kind)


def source_of_model(model) -> Source | None:
    return next((s for s in _SOURCES.values() if s.model is model), None)


def _in_subtree(user) -> Q:
    """Entries whose organisation is in the user's subtree (read through the join, so always current)."""
    prefix = org_path_prefix(user)
    return Q(pk__in=[]) if prefix is None else Q(organisation__path__startswith=prefix)


# --- the three built-in sources ---------------------------------------------------------------------------

def _document_source() -> Source:
    from kexie.documents.access import granted_documents
    from kexie.documents.models import Document

    def fields(d):
        return dict(organisation_id=d.organisation_id, title=d.display_title[:500],
                    doc_number=d.doc_number[:100], doc_type=d.doc_type, issuer=d.issuer[:200], date=d.date,
                    body="\n".join((d.doc_number, d.issuer, d.text)))

    def shown(ids):
        return {pk: (text, reverse("documents:detail", args=[pk]))
                for pk, text in Document.objects.filter(pk__in=ids).values_list("pk", "text")}

    return Source("document", "文件", Document, fields,
                  lambda: Document.objects.select_related("organisation").defer("parse"),
                  # documents.access.visible_documents: owned in the subtree, or granted.
                  lambda user: Q(kind="document") & (_in_subtree(user) | Q(
                      object_id__in=granted_documents(user).values("pk"))), shown)


def _names(names: dict) -> str:
    return " ".join(str(n) for values in (names or {}).values() for n in (values or []))


def _task_source() -> Source:
    from kexie.ledger.access import received_plans, visible_assignments
    from kexie.ledger.models import Plan, Task

    def fields(t):
        plan = t.plan
        return dict(organisation_id=plan.organisation_id, plan_id=plan.pk,
                    title=t.heading[:500], doc_number=plan.doc_number[:100], issuer=plan.organisation.name[:200],
                    date=t.due_date or t.deadline,
                    body="\n".join((plan.title, t.text, t.time_hint, _names(t.names))))

    def shown(ids):
        return {pk: (f"{text}\n{_names(names)}", reverse("ledger:task", args=[pk]))
                for pk, text, names in Task.objects.filter(pk__in=ids).values_list("pk", "text", "names")}

    return Source("task", "任务", Task, fields,
                  lambda: Task.objects.select_related("plan", "plan__organisation"),
                  # A task is visible as its plan is (ledger.access.get_task_for_user): visible_plans is those issued
                  # in the subtree (the entry's organisation is the plan's) and those received from above.
                  lambda user: Q(kind="task") & (_in_subtree(user) | Q(
                      plan_id__in=received_plans(user).values("pk"))), shown,
                  lambda status: Q(kind="task", plan_id__in=Plan.objects.filter(state=status).values("pk")),
                  # As the ledger's table filters its rows (ledger.reads.ledger_rows): a task is listed under a light
                  # when one of its assignments the user sees has it.
                  lambda user, light, clock: Q(kind="task", object_id__in=visible_assignments(user).filter(
                      clock.q(light)).values("task_id")))


def _report_source() -> Source:
    from kexie.ledger.access import visible_assignments
    from kexie.ledger.models import Report

    def fields(r):
        a = r.assignment
        author = (r.author.get_full_name() or r.author.get_username()) if r.author_id else ""
        return dict(organisation_id=a.organisation_id, plan_id=a.plan_id,
                    title=a.task.heading[:500], issuer=a.organisation.name[:200], date=r.created_at.date(),
                    body="\n".join((r.text, author)))

    def shown(ids):
        return {pk: (text, reverse("ledger:assignment", args=[a]))
                for pk, text, a in Report.objects.filter(pk__in=ids).values_list("pk", "text", "assignment_id")}

    def visible(user):
        # As the assignment page shows them (ledger.reads.reports_under): a report under a visible assignment,
        # its own or one it was sent for too (同时报送).
        seen = visible_assignments(user)
        return Q(kind="report", object_id__in=Report.objects.filter(
            Q(assignment__in=seen) | Q(also__in=seen)).values("pk"))

    return Source("report", gettext_noop("进展报送"), Report, fields,
                  lambda: Report.objects.select_related("assignment", "assignment__organisation", "assignment__task",
                                                        "author"),
                  visible, shown,
                  lambda status: Q(kind="report", object_id__in=Report.objects.filter(
                      assignment__status=status).values("pk")),
                  # A report has its assignment's light (visibility is the source's own condition).
                  lambda user, light, clock: Q(kind="report", object_id__in=Report.objects.filter(
                      clock.q(light, prefix="assignment__")).values("pk")))


def register_builtin() -> None:
    for make in (_document_source, _task_source, _report_source):
        register(make())
