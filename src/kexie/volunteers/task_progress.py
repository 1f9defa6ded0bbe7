"""Activities linked to a ledger task, as that task's progress, on the ledger's task and assignment pages.

What "count as progress" means: an assignment of a task (a unit answering for 全国科普日) counts the activities
linked to the task (or to its 转办 copies below) that its unit or any unit below it organised and that have begun (start date today or
earlier): their number, confirmed hours and audience show on the assignment page; the task page shows the
linked activities the viewer's subtree organised, by level. The ledger imports nothing of this: the renderers
are registered with kexie.ledger.hooks in VolunteersConfig.ready, and each costs one grouped query.

The report form offers the same activities (the unit's subtree's, linked, begun) as checkboxes; the ticked ones
are cited as a line each at the end of the report's text (title, dates, organiser, audience, confirmed hours),
so the report keeps them as they were when it was made and the ledger stores nothing of ours.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Count, Q, Sum
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _

from kexie.ledger.errors import LedgerError
from kexie.office.docx_writer import cn_date
from kexie.orgs.access import org_path_prefix, parse_pk
from kexie.orgs.models import Level

from .models import Activity

LISTED = 10
CITABLE = 50  # activities offered on a report form, the latest first


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


def citable(user, a):
    """The activities a report of assignment a may cite: linked to its task, organised within its unit's subtree
    and the reporter's, begun; none for a department's assignment (its unit's progress is the unit's)."""
    prefix = org_path_prefix(user)
    if a.department_id or prefix is None:
        return Activity.objects.none()
    return (Activity.objects.filter(linked_to(a.task), organisation__path__startswith=a.organisation.path,
                                    start_date__lte=timezone.localdate())
            .filter(organisation__path__startswith=prefix))


def render_report_form(context, *, a):
    """The report form: the citable activities as checkboxes (ticked ones kept when the form comes back)."""
    request = context.get("request")
    if request is None:
        return ""
    rows = list(citable(request.user, a).select_related("organisation").order_by("-start_date", "-id")[:CITABLE])
    if not rows:
        return ""
    chosen = set(request.POST.getlist("cite_activity")) if request.method == "POST" else set()
    return render_to_string("volunteers/_report_activities.html", {
        "rows": rows, "chosen": chosen, "task": a.task, "a": a}, request=request)


def cite_line(activity: Activity) -> str:
    dates = cn_date(activity.start_date) + (
        "" if activity.end_date == activity.start_date else "—" + cn_date(activity.end_date))
    hours = f"{activity.confirmed_hours.normalize():f}" if activity.confirmed_hours else "0"
    return _("志愿服务活动：%(title)s（%(dates)s，%(org)s，服务对象 %(audience)d 人次，确认服务时长 %(hours)s 小时）") % {
        "title": activity.title, "dates": dates, "org": activity.organisation.display_name,
        "audience": activity.audience, "hours": hours}


def cite(user, a, data) -> list[str]:
    """The report's lines for the ticked activities (data: the posted form). An id that is malformed or not
    citable for this assignment (another unit's, a forged one) refuses the whole report: nothing is written."""
    raw = data.getlist("cite_activity") if hasattr(data, "getlist") else data.get("cite_activity") or []
    if not raw:
        return []
    if not isinstance(raw, list):  # the API's JSON: a list of ids
        raise LedgerError(_("cite_activity 应为活动编号的列表。"))
    if len(raw) > CITABLE:
        raise LedgerError(_("一次最多引用 %(n)d 场活动。") % {"n": CITABLE})
    ids = [parse_pk(v) for v in raw]
    found = {x.pk: x for x in citable(user, a).select_related("organisation").filter(
        pk__in=[i for i in ids if i is not None])}
    if None in ids or any(i not in found for i in ids):
        raise LedgerError(_("所选活动不是本单位承担这项任务的活动，未报送；请刷新页面后重新选择。"))
    chosen = sorted({found[i] for i in ids}, key=lambda x: (x.start_date, x.pk))
    return [_("引用的志愿服务活动（%(n)d 场）：") % {"n": len(chosen)}, *(cite_line(x) for x in chosen)]
