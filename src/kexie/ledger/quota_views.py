"""Pages of per-person quotas: the tally by unit and person, 登记, 我的, setting a quota (its xlsx: office)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kexie.documents import filetypes, storage
from kexie.orgs.access import parse_pk
from kexie.orgs.models import Organisation

from . import quotas
from .access import get_task_for_user
from .errors import LedgerError
from .models import QuotaItem, Rhythm

PAGE_SIZE = 50


def _scope(task):
    """The path prefix of the units whose people the viewer sees (all covered ones for the issuer side)."""
    return task.viewer_prefix or task.quota_organisation.path


def _drill(request, task):
    raw = request.GET.get("org", "")
    if not raw:
        return None
    org = Organisation.objects.filter(pk=parse_pk(raw) or 0, path__startswith=_scope(task)).first()
    if org is None or not quotas.covers(task, org):
        raise Http404("No such unit")
    return org


def _period(request, task):
    period = quotas.period_for(task, request.GET.get("period", ""))
    if period is None:
        raise Http404("No such period")
    return period


@login_required
def quota_list(request):
    """The tasks with a per-person quota the user sees (their own plans', and those covering their unit)."""
    page = Paginator(quotas.quota_tasks_for(request.user), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "ledger/quota_list.html", {"tasks": page, "page": page})


@login_required
def quota_page(request, pk):
    """The tally of a period: per unit (drill down to its people), who has not met it, 登记 and 我的."""
    task = quotas.get_quota_task_for_user(request.user, pk)
    if request.method == "POST":
        upload = request.FILES.get("file")
        try:
            quotas.record_item(task, request.user, person=request.POST.get("person"),
                               title=request.POST.get("title", ""), day=request.POST.get("day"),
                               file=(upload.name, upload.read()) if upload else None)
        except LedgerError as e:
            messages.error(request, str(e))
        else:
            messages.success(request, _("已登记。"))
        return redirect("ledger:quota", task.pk)
    period = _period(request, task)
    org = _drill(request, task)
    unmet = request.GET.get("unmet") == "1"
    prefix = task.viewer_prefix
    units = Paginator(quotas.by_unit(task, period.key, prefix), PAGE_SIZE).get_page(request.GET.get("units_page"))
    units.object_list = [dict(r, not_met=r["people"] - r["met"]) for r in units.object_list]
    people = Paginator(quotas.people(task, period.key, org.path if org else prefix,
                                     organisation_id=org.pk if org else None, unmet=unmet or org is None),
                       PAGE_SIZE).get_page(request.GET.get("page"))
    recordable = list(quotas.recordable_people(task, request.user)[:200])
    keep = f"period={period.key}" + (f"&org={org.pk}" if org else "") + ("&unmet=1" if unmet else "")
    return render(request, "ledger/quota.html", {
        "task": task, "plan": task.plan, "period": period, "periods": quotas.task_periods(task), "org": org,
        "unmet": unmet, "units": units, "people": people, "totals": quotas.totals(task, period.key, prefix),
        "recordable": recordable, "mine": quotas.my_items(task, request.user)[:50],
        "today": quotas.today_in(task), "accept": filetypes.ACCEPTED_EXTENSIONS, "query": keep + "&",
        "units_query": f"period={period.key}&",
    })


@login_required
def quota_set(request, pk):
    """The issuer sets or changes a task's quota (linked from the task page; a draft's too)."""
    task = get_task_for_user(request.user, pk)
    if not task.plan.can_issue or task.is_group:
        raise Http404("No such task")
    if request.method != "POST":
        return render(request, "ledger/quota_set.html", {"task": task, "plan": task.plan,
                                                         **quota_form_context(task)})
    post = request.POST
    try:
        quotas.set_quota(task, request.user, count=post.get("count"), organisation=post.get("organisation"),
                         subtree=post.get("subtree") == "on", rhythm=post.get("rhythm") or None)
    except LedgerError as e:
        messages.error(request, str(e))
        return redirect("ledger:quota-set", task.pk)
    messages.success(request, _("已设定每人定额。"))
    return redirect("ledger:quota", task.pk)


def quota_form_context(task) -> dict:
    """What the quota form offers (the issuer's units one level down, and the rhythms)."""
    issuer = task.plan.organisation
    return {"quota_units": [issuer, *issuer.children.order_by("path")[:100]],
            "quota_rhythms": [(v, label) for v, label in Rhythm.choices if v and v != Rhythm.DATES]}


def _item_for(request, pk) -> QuotaItem:
    item = QuotaItem.objects.select_related("person__organisation", "task").filter(pk=parse_pk(pk) or 0).first()
    if item is None:
        raise Http404("No such item")
    task = quotas.get_quota_task_for_user(request.user, item.task_id)
    if not item.person.organisation.path.startswith(_scope(task)):
        raise Http404("No such item")
    return item


@login_required
def quota_item_file(request, pk):
    item = _item_for(request, pk)
    if not item.sha256:
        raise Http404("No attachment")
    return FileResponse(storage.blob_path(item.sha256).open("rb"), as_attachment=True, filename=item.filename,
                        content_type="application/octet-stream")


@login_required
@require_POST
def quota_item_delete(request, pk):
    item = _item_for(request, pk)
    try:
        quotas.delete_item(item, request.user)
    except LedgerError as e:
        messages.error(request, str(e))
    else:
        messages.success(request, _("已删除登记。"))
    return redirect("ledger:quota", item.task_id)
