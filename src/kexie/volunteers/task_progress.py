"""Activities linked to a ledger task, as that task's progress, on the ledger's task and assignment pages.

What "count as progress" means: an assignment of a task (a unit answering for 全国科普日) counts the activities
linked to the task (or to its 转办 copies below) that its unit or any unit below it organised and that have begun (start date today or
earlier): their number, confirmed hours and audience show on the assignment page; the task page shows the
linked activities the viewer's subtree organised, by level. The ledger imports nothing of this: the renderers
are registered with kexie.ledger.hooks in VolunteersConfig.ready, and each costs one grouped query.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Count, Q, Sum
from django.template.loader import render_to_string
from django.utils import timezone

from kexie.orgs.access import org_path_prefix
from kexie.orgs.models import Level

from .models import Activity

LISTED = 10


@dataclass
class Progress:
    activities: int = 0
    hours: Decimal = Decimal(0)
    audience: int = 0


def linked_to(task) -> Q:
    """Activities linked to the task, or to its copies relayed (转办) down two levels: a county carries out its
    city's relayed copy of the province's 全国科普日 task, and that counts for the province's task too."""
    return Q(task=task) | Q(task__source_task=task) | Q(task__source_task__source_task=task)


def progress(task, prefix: str, today=None) -> Progress:
    """The linked activities organised within prefix's subtree that have begun: one aggregate query."""
    today = today or timezone.localdate()
    row = (Activity.objects.filter(linked_to(task), organisation__path__startswith=prefix, start_date__lte=today)
           .aggregate(n=Count("id"), h=Sum("confirmed_hours"), a=Sum("audience")))
    return Progress(row["n"] or 0, row["h"] or Decimal(0), row["a"] or 0)


def render_assignment(context, *, a):
    """The assignment page: its unit's subtree's linked activities, as progress (nothing when there are none)."""
    if a.department_id:
        return ""
    p = progress(a.task, a.organisation.path)
    if not p.activities:
        return ""
    return render_to_string("volunteers/_task_progress.html", {"p": p, "task": a.task, "a": a},
                            request=context.get("request"))


def render_task(context, *, assignments):
    """The task page: the linked activities the viewer's subtree organised, counted by level, the latest listed."""
    request = context.get("request")
    task = context.get("task")
    prefix = org_path_prefix(request.user) if request else None
    if task is None or prefix is None:
        return ""
    rows = list(Activity.objects.filter(linked_to(task), organisation__path__startswith=prefix)
                .values("organisation__level").annotate(n=Count("id"), h=Sum("confirmed_hours"), a=Sum("audience"))
                .order_by("organisation__level"))
    if not rows:
        return ""
    levels = [{"label": Level(r["organisation__level"]).label if r["organisation__level"] in Level.values else "",
               "n": r["n"], "h": r["h"] or 0, "a": r["a"] or 0} for r in rows]
    latest = list(Activity.objects.filter(linked_to(task), organisation__path__startswith=prefix)
                  .select_related("organisation").order_by("-start_date", "-id")[:LISTED])
    return render_to_string("volunteers/_task_activities.html", {
        "levels": levels, "latest": latest, "task": task, "total": sum(r["n"] for r in rows)}, request=request)
