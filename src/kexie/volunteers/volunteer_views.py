"""The volunteers' pages: the list (search, filters, export), a volunteer, registration by staff, the review
queue, the link to a scientist, and the xlsx import (upload → dry run → confirm).

Every read goes through access.py (404 outside the subtree), every write through registry.py/importing.py;
a refused write answers with its sentence (400) or 403 for a role without the right, never a half-write.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kexie.audit.log import history
from kexie.documents import storage
from kexie.office import xlsx
from kexie.orgs.access import may_act_for, membership_of, require_editor
from kexie.validation import page_number
from kexie.workers.privacy import mask_phone, may_see_personal_data

from . import importing, registry
from .access import EXPORT_CAP, ORDER, BadFilter, Filters, filtered_volunteers, get_volunteer_for_user, page_of, \
    read_filters, visible_volunteers
from .models import ServiceKind, VolunteerState

SESSION_KEY = "volunteers_import"


def _filters(request) -> Filters:
    try:
        return read_filters(request.user, request.GET)
    except BadFilter as e:
        messages.warning(request, str(e))
        params = request.GET.copy()
        for name in ("kind", "tag", "state"):
            params.pop(name, None)
        return read_filters(request.user, params)


def _choices() -> dict:
    return {"kinds": ServiceKind.choices, "states": VolunteerState.choices,
            "tags": [("sanzhang", _("三长")), ("local", _("乡土人才"))]}


@login_required
def volunteer_list(request):
    f = _filters(request)
    page = page_of(request.user, filtered_volunteers(request.user, f), page_number(request.GET))
    membership = membership_of(request.user)
    return render(request, "volunteers/volunteer_list.html", {
        "page": page, "f": f, "query": f.query(), **_choices(),
        "can_edit": bool(membership and membership.can_edit),
        "pending": (visible_volunteers(request.user).filter(organisation_id=membership.organisation_id,
                                                            state=VolunteerState.PENDING).count()
                    if membership and membership.can_edit else 0)})


@login_required
def volunteer_detail(request, pk):
    volunteer = get_volunteer_for_user(request.user, pk)
    whole = may_see_personal_data(request.user, volunteer.organisation)
    if whole:
        registry.log_view(request.user, volunteer)
    editable = may_act_for(request.user, volunteer.organisation_id)
    candidates = registry.scientist_candidates(request.user, request.GET.get("scientist_q", "")) if editable else []
    return render(request, "volunteers/volunteer_detail.html", {
        "v": volunteer, "whole": whole, "phone": volunteer.phone if whole else mask_phone(volunteer.phone),
        "kinds": registry.kind_labels(volunteer.service_kinds), "editable": editable,
        "candidates": candidates, "teams": volunteer.teams.select_related("organisation").order_by("name")[:50],
        "entries": (history(scope_path=volunteer.organisation.path, objects=[("volunteers.volunteer", [volunteer.pk])])
                    .exclude(action="view_personal")[:20] if whole else [])})


@login_required
def register(request):
    """登记志愿者: staff of an organisation register one for it (active at once)."""
    require_editor(request.user)
    error, values = "", {}
    if request.method == "POST":
        values = request.POST
        try:
            data = {**values.dict(), "service_kinds": values.getlist("service_kinds")}
            volunteer = registry.register(request.user, data, scientist_id=values.get("scientist"))
        except registry.VolunteerError as e:
            error = str(e)
        else:
            messages.success(request, _("已登记志愿者 %(name)s。") % {"name": volunteer.name})
            return redirect("volunteers:volunteer", volunteer.pk)
    q = request.GET.get("scientist_q", "")
    return render(request, "volunteers/volunteer_form.html", {
        "error": error, "values": values, "chosen_kinds": values.getlist("service_kinds") if values else [],
        "candidates": registry.scientist_candidates(request.user, q, request.GET.get("scientist_unit", "")),
        "scientist_q": q[:50], **_choices()}, status=400 if error else 200)


@login_required
def review_queue(request):
    """待审核: the public sign-ups of the user's own organisation, oldest first."""
    membership = require_editor(request.user)
    pending = (visible_volunteers(request.user).filter(organisation_id=membership.organisation_id,
                                                       state=VolunteerState.PENDING)
               .select_related("organisation").order_by("submitted_at", "id")[:200])
    return render(request, "volunteers/review.html", {"pending": pending})


@login_required
@require_POST
def review(request, pk):
    volunteer = get_volunteer_for_user(request.user, pk)
    approve = request.POST.get("decision") == "approve"
    try:
        registry.review(request.user, volunteer, approve=approve, reason=request.POST.get("reason", ""))
    except registry.NotAllowed as e:
        raise PermissionDenied(str(e)) from None
    except registry.VolunteerError as e:
        messages.error(request, str(e))
        return redirect("volunteers:review-queue")
    messages.success(request, (_("已通过 %(name)s 的登记。") if approve else _("已退回 %(name)s 的登记。"))
                     % {"name": volunteer.name})
    return redirect("volunteers:review-queue")


@login_required
@require_POST
def link_scientist(request, pk):
    volunteer = get_volunteer_for_user(request.user, pk)
    try:
        registry.link_scientist(request.user, volunteer, request.POST.get("scientist", ""))
    except registry.NotAllowed as e:
        raise PermissionDenied(str(e)) from None
    except registry.VolunteerError as e:
        messages.error(request, str(e))
    return redirect("volunteers:volunteer", volunteer.pk)


@login_required
def export(request):
    """The filtered list as xlsx (phones masked as on the page), in the list's order, at most EXPORT_CAP rows."""
    f = _filters(request)
    qs = filtered_volunteers(request.user, f).select_related("organisation").order_by(*ORDER)[:EXPORT_CAP]
    user = request.user

    def rows():
        for v in qs.iterator(chunk_size=2000):
            phone = v.phone if may_see_personal_data(user, v.organisation) else mask_phone(v.phone)
            yield [v.name, phone, v.organisation.display_name, v.region, v.work_unit, v.expertise,
                   "、".join(registry.kind_labels(v.service_kinds)),
                   "、".join(t for t, on in ((_("三长"), v.is_sanzhang), (_("乡土人才"), v.is_local_talent)) if on),
                   v.availability, v.get_state_display(), float(v.total_hours)]

    today = timezone.localdate()
    sheet = xlsx.Sheet(name=_("志愿者"), title=_("科技志愿者名单"),
                       subtitle=_("导出日期 %(day)s") % {"day": today.isoformat()},
                       columns=[xlsx.Column(c) for c in (_("姓名"), _("联系电话"), _("注册组织"), _("所在地区"),
                                                         _("工作单位"), _("专业特长"), _("服务类别"), _("标签"),
                                                         _("可服务时间"), _("状态"), _("累计服务时长"))],
                       rows=rows())
    return xlsx.response(sheet, _("科技志愿者名单-%(day)s") % {"day": today.strftime("%Y%m%d")},
                         f"volunteers-{today:%Y%m%d}.xlsx")


# --- import ------------------------------------------------------------------------------------------------

@login_required
def import_upload(request):
    """导入志愿者: an xlsx for the user's own organisation (editors only), checked, then previewed."""
    require_editor(request.user)
    if request.GET.get("template"):
        resp = HttpResponse(importing.template_bytes(), content_type=xlsx.CONTENT_TYPE)
        resp["Content-Disposition"] = xlsx.content_disposition(_("志愿者导入模板") + ".xlsx", "volunteers.xlsx")
        return resp
    error = ""
    if request.method == "POST":
        try:
            data = importing.read_upload(request.FILES.get("file"))
        except registry.VolunteerError as e:
            error = str(e)
        else:
            sha256 = storage.sha256_of(data)
            storage.write_blob(data, sha256)
            request.session[SESSION_KEY] = {"sha256": sha256, "filename": request.FILES["file"].name[:200]}
            return redirect("volunteers:import-preview")
    return render(request, "volunteers/import_upload.html", {"error": error}, status=400 if error else 200)


def _pending_path(request):
    sha256 = (request.session.get(SESSION_KEY) or {}).get("sha256") or ""
    if len(sha256) != 64 or not storage.has_blob(sha256):
        return None
    return storage.blob_path(sha256)


@login_required
def import_preview(request):
    require_editor(request.user)
    path = _pending_path(request)
    if path is None:
        return redirect("volunteers:import")
    try:
        preview = importing.read_preview(path)
    except registry.VolunteerError as e:
        messages.error(request, str(e))
        return redirect("volunteers:import")
    return render(request, "volunteers/import_preview.html", {
        "p": preview, "filename": request.session[SESSION_KEY].get("filename", ""),
        "new_rows": [(n, v, registry.kind_labels(v["service_kinds"])) for n, v in preview.new_rows]})


@login_required
@require_POST
def import_confirm(request):
    membership = require_editor(request.user)
    path = _pending_path(request)
    if path is None:
        messages.error(request, _("没有待导入的表格，请重新上传。"))
        return redirect("volunteers:import")
    try:
        result = importing.import_volunteers(request.user, membership.organisation, path)
    except registry.VolunteerError as e:
        messages.error(request, str(e))
        return redirect("volunteers:import")
    request.session.pop(SESSION_KEY, None)
    messages.success(request, _("已导入 %(n)d 名志愿者；跳过重复 %(d)d 行、有错误 %(e)d 行。")
                     % {"n": result.new, "d": result.duplicates, "e": result.errors})
    return redirect("volunteers:people")

