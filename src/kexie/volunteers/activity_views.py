"""Pages of activities, service hours, campaigns, the calendar, the three-level roll-up and the certificate.

Every object comes through volunteers.activities' scoped getters (404 outside the viewer's subtree); every write
goes through its service functions, whose one-sentence refusals the pages show (400 on a form, a message on a
redirect).
"""

from __future__ import annotations

import calendar as pycalendar
import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kexie.documents import filetypes, storage
from kexie.ledger.errors import LedgerError, NotAllowed
from kexie.orgs.access import get_organisation_for_user, home_organisation, may_act_for, membership_of, org_path_prefix
from kexie.validation import page_number

from . import activities as svc
from .access import get_volunteer_for_user
from . import rollup as rollups
from .models import Activity, RecordState, ServiceKind, ServiceRecord

PAGE_SIZE = 50
OPTIONS_MAX = 300  # teams, volunteers and tasks offered in a form's list
CALENDAR_MAX = 500  # activities shown on one month's calendar


def _scope_org(request):
    """The organisation asked for with ?org= (within the viewer's subtree), else the viewer's own."""
    raw = request.GET.get("org", "")
    org = get_organisation_for_user(request.user, raw) if raw else home_organisation(request.user)
    if org is None:
        raise Http404("No organisation")
    return org


def _org_options(request) -> list:
    """The filter's organisations: the viewer's own and its direct children (deeper ones through ?org=)."""
    from kexie.orgs.models import Organisation
    home_org = home_organisation(request.user)
    if home_org is None:
        return []
    return list(Organisation.objects.filter(Q(pk=home_org.pk) | Q(parent=home_org)).order_by("path")[:OPTIONS_MAX])


def _kind(request) -> str:
    kind = request.GET.get("kind", "")
    return kind if kind in ServiceKind.values else ""


# --- the roll-up ------------------------------------------------------------------------------------------------

@login_required
def home(request):
    """/volunteers/: the roll-up of the viewer's organisation (or ?org= below it), with drill-down and ranking."""
    org = _scope_org(request)
    r = rollups.rollup(org)
    return render(request, "volunteers/home.html", {
        "r": r, "org": org, "kinds": rollups.kind_labels(), "rule": rollups.RANKING_RULE,
        "up": org.parent if org.pk != home_organisation(request.user).pk else None,
        "can_edit": bool(membership_of(request.user) and membership_of(request.user).can_edit)})


@login_required
def rollup_xlsx(request):
    from kexie.office.xlsx import response
    org = _scope_org(request)
    subtitle = _("导出时间：%(day)s") % {"day": timezone.localdate().isoformat()}
    return response(rollups.sheets(rollups.rollup(org), subtitle), f"{org.display_name}科技志愿服务汇总",
                    f"volunteers-{org.pk}.xlsx")


# --- activities ---------------------------------------------------------------------------------------------------

def _filtered(request):
    """The activities the viewer sees, filtered by ?kind=, ?org= (a subtree), ?campaign=, ?task=."""
    qs = svc.visible_activities(request.user)
    kind = _kind(request)
    if kind:
        qs = qs.filter(kind=kind)
    org = None
    if request.GET.get("org"):
        org = get_organisation_for_user(request.user, request.GET["org"])
        qs = qs.filter(organisation__path__startswith=org.path)
    if request.GET.get("campaign"):
        qs = qs.filter(campaign=svc.get_campaign_for_user(request.user, request.GET["campaign"]))
    if request.GET.get("task"):
        from kexie.ledger.access import get_task_for_user

        from .task_progress import linked_to
        qs = qs.filter(linked_to(get_task_for_user(request.user, request.GET["task"])))
    return qs, kind, org


@login_required
def activity_list(request):
    qs, kind, org = _filtered(request)
    page = Paginator(qs.select_related("organisation", "campaign").order_by("-start_date", "-id"),
                     PAGE_SIZE).get_page(page_number(request.GET))
    keep = "&".join(f"{k}={request.GET[k]}" for k in ("kind", "org", "campaign", "task") if request.GET.get(k))
    return render(request, "volunteers/activity_list.html", {
        "page": page, "activities": page.object_list, "kinds": ServiceKind.choices, "kind": kind, "org": org,
        "orgs": _org_options(request),
        "query": keep + "&" if keep else "", "can_edit": bool(membership_of(request.user)
                                                             and membership_of(request.user).can_edit)})


def _form_context(request, org, activity=None, values=None):
    values = values or {}
    chosen = {str(t) for t in values.get("teams", [])} or (
        {str(t.pk) for t in activity.teams.all()} if activity else set())
    tasks = (svc.linkable_tasks(request.user).select_related("plan", "plan__organisation").order_by("-plan_id", "order")[:OPTIONS_MAX])
    return {"org": org, "activity": activity, "v": values, "kinds": ServiceKind.choices, "chosen_teams": chosen,
            "campaigns": list(svc.joinable_campaigns(org).order_by("-start_date")[:OPTIONS_MAX]),
            "teams": list(svc.usable_teams(org).select_related("organisation").order_by("organisation__path", "name")
                          [:OPTIONS_MAX]), "tasks": list(tasks)}


FIELDS = ("title", "kind", "start_date", "end_date", "place", "description", "audience", "campaign", "task")


def _posted(request) -> dict:
    values = {k: request.POST.get(k, "") for k in FIELDS}
    values["teams"] = request.POST.getlist("teams")
    return values


def _values_of(a: Activity) -> dict:
    return {"title": a.title, "kind": a.kind, "start_date": a.start_date.isoformat(),
            "end_date": a.end_date.isoformat(), "place": a.place, "description": a.description,
            "audience": a.audience, "campaign": a.campaign_id or "", "task": a.task_id or ""}


@login_required
def activity_new(request):
    org = home_organisation(request.user)
    if org is None or not may_act_for(request.user, org.pk):
        from django.core.exceptions import PermissionDenied
        raise PermissionDenied(_("只有管理员和经办人员可以登记活动。"))
    values = {"kind": ServiceKind.POPULAR, "campaign": request.GET.get("campaign", "")}
    if request.method == "POST":
        values = _posted(request)
        try:
            a = svc.save_activity(request.user, **values)
        except LedgerError as e:
            return render(request, "volunteers/activity_form.html",
                          {**_form_context(request, org, None, values), "error": str(e)}, status=400)
        messages.success(request, _("已登记活动。"))
        return redirect("volunteers:activity", a.pk)
    return render(request, "volunteers/activity_form.html", _form_context(request, org, None, values))


@login_required
def activity_edit(request, pk):
    a = svc.get_activity_for_user(request.user, pk)
    if not a.can_edit:
        from django.core.exceptions import PermissionDenied
        raise PermissionDenied(_("只有组织单位的管理员和经办人员可以编辑活动。"))
    if request.method == "POST":
        values = _posted(request)
        try:
            svc.save_activity(request.user, activity=a, **values)
        except LedgerError as e:
            return render(request, "volunteers/activity_form.html",
                          {**_form_context(request, a.organisation, a, values), "error": str(e)}, status=400)
        messages.success(request, _("已保存。"))
        return redirect("volunteers:activity", a.pk)
    return render(request, "volunteers/activity_form.html", _form_context(request, a.organisation, a, _values_of(a)))


@login_required
def activity_detail(request, pk):
    a = svc.get_activity_for_user(request.user, pk)
    records = list(ServiceRecord.objects.filter(activity=a).select_related("volunteer", "volunteer__organisation")
                   .order_by("volunteer__name", "id"))
    prefix = org_path_prefix(request.user)
    for r in records:  # a volunteer registered above the viewer serves here, but their page is not the viewer's
        r.volunteer_visible = r.volunteer.organisation.path.startswith(prefix)
    volunteers = list(svc.usable_volunteers(a).select_related("organisation").distinct()
                      .order_by("organisation__path", "name")[:OPTIONS_MAX]) if a.can_edit else []
    return render(request, "volunteers/activity_detail.html", {
        "a": a, "records": records, "files": list(a.files.all()), "teams": list(a.teams.select_related("organisation")),
        "volunteers": volunteers, "pending": sum(1 for r in records if r.state == RecordState.PENDING),
        "accept": filetypes.ACCEPTED_EXTENSIONS, "limit_mb": svc.photo_limit() // (1024 * 1024)})


@login_required
@require_POST
def activity_hours(request, pk):
    """op=record (volunteer, hours), op=confirm (all pending, or the ticked records), op=withdraw (record)."""
    a = svc.get_activity_for_user(request.user, pk)
    op = request.POST.get("op", "record")
    try:
        if op == "confirm":
            ids = request.POST.getlist("records") or None
            n = svc.confirm_hours(a, request.user, ids)
            messages.success(request, _("已确认 %(n)d 条服务时长。") % {"n": n})
        elif op == "withdraw":
            svc.withdraw_record(a, request.user, request.POST.get("record"))
            messages.success(request, _("已撤销。"))
        else:
            svc.record_hours(a, request.user, volunteer=request.POST.get("volunteer"),
                             hours=request.POST.get("hours"))
            messages.success(request, _("已登记服务时长，待确认。"))
    except LedgerError as e:
        messages.error(request, str(e))
    return redirect("volunteers:activity", a.pk)


@login_required
@require_POST
def activity_files(request, pk):
    a = svc.get_activity_for_user(request.user, pk)
    if not a.can_edit:  # before looking at the files: a refused upload says who may, not what is missing
        raise NotAllowed(_("只有组织单位的管理员和经办人员可以上传照片和附件。"))
    uploads = request.FILES.getlist("files")
    try:
        if not uploads:
            raise LedgerError(_("请选择要上传的照片或文件。"))
        limit = svc.photo_limit()
        for f in uploads:  # refused before reading it into memory
            if f.size > limit:
                raise LedgerError(_("%(name)s：文件太大（上限 %(mb)s MB），请压缩或拆分后上传。")
                                  % {"name": filetypes.clean_name(f.name), "mb": limit // (1024 * 1024)})
        made = svc.add_files(a, request.user, [(f.name, f.read()) for f in uploads])
        messages.success(request, _("已上传 %(n)d 个文件。") % {"n": len(made)})
    except LedgerError as e:
        messages.error(request, str(e))
    return redirect("volunteers:activity", a.pk)


@login_required
def file_download(request, pk):
    f = svc.get_file_for_user(request.user, pk)
    if not storage.has_blob(f.sha256):
        raise Http404("The original is missing")
    return FileResponse(storage.blob_path(f.sha256).open("rb"), as_attachment=not f.is_photo, filename=f.filename,
                        content_type=f.content_type)


# --- the calendar -------------------------------------------------------------------------------------------------

def _month(raw: str) -> datetime.date:
    today = timezone.localdate()
    try:
        year, month = (int(x) for x in raw.split("-")) if raw else (today.year, today.month)
        return datetime.date(year, month, 1)
    except (ValueError, TypeError):
        raise Http404(_("没有这个月份。")) from None


@login_required
def month_calendar(request):
    """Activities by month (?month=2026-09), filterable by kind and organisation subtree: a week grid that reads
    as a list of days on a phone."""
    first = _month(request.GET.get("month", ""))
    last = first.replace(day=pycalendar.monthrange(first.year, first.month)[1])
    qs, kind, org = _filtered(request)
    shown = list(qs.filter(start_date__lte=last, end_date__gte=first).select_related("organisation")
                 .order_by("start_date", "id")[:CALENDAR_MAX + 1])
    more = len(shown) > CALENDAR_MAX
    shown = shown[:CALENDAR_MAX]
    # Each activity's entry is built once and put on every day it spans: a province's month draws ~1,000 entries,
    # and rendering each in the template (a {% url %} and four lookups apiece) was most of the page's time.
    base = reverse("volunteers:activities")  # activities/<pk>/ is an activity's page
    entries = [(a, format_html('<li class="kind-{}"><a href="{}{}/">{}</a> <span class="muted">{}</span></li>',
                               a.kind, base, a.pk, a.title, a.organisation.display_name)) for a in shown]
    weeks = []
    for week in pycalendar.Calendar().monthdatescalendar(first.year, first.month):
        weeks.append([{"day": d, "in_month": d.month == first.month,
                       "items": [e for a, e in entries if a.start_date <= d <= a.end_date]
                       if d.month == first.month else []} for d in week])
    prev_month = (first - datetime.timedelta(days=1)).replace(day=1)
    next_month = last + datetime.timedelta(days=1)
    keep = "&".join(f"{k}={request.GET[k]}" for k in ("kind", "org") if request.GET.get(k))
    return render(request, "volunteers/calendar.html", {
        "first": first, "weeks": weeks, "more": more, "n": len(shown), "kind": kind, "org": org,
        "kinds": ServiceKind.choices, "prev": prev_month, "next": next_month, "keep": keep,
        "orgs": _org_options(request), "month": first.strftime("%Y-%m"),
        "weekdays": _("一 二 三 四 五 六 日").split(), "today": timezone.localdate()})


# --- campaigns ----------------------------------------------------------------------------------------------------

@login_required
def campaign_list(request):
    if request.method == "POST":
        try:
            c = svc.save_campaign(request.user, **{k: request.POST.get(k, "") for k in
                                                   ("name", "start_date", "end_date", "description")})
        except LedgerError as e:
            messages.error(request, str(e))
            return redirect("volunteers:campaigns")
        return redirect("volunteers:campaign", c.pk)
    page = Paginator(svc.visible_campaigns(request.user).select_related("organisation")
                     .order_by("-start_date", "id"), PAGE_SIZE).get_page(page_number(request.GET))
    m = membership_of(request.user)
    return render(request, "volunteers/campaign_list.html", {"page": page, "can_edit": bool(m and m.can_edit)})


@login_required
def campaign_detail(request, pk):
    """The campaign: the activities of every level under it that the viewer's subtree organised, counted by level
    and kind (one grouped query), the latest listed."""
    from django.db.models import Count, Sum

    from kexie.orgs.models import Level
    c = svc.get_campaign_for_user(request.user, pk)
    if request.method == "POST":
        try:
            svc.save_campaign(request.user, campaign=c, **{k: request.POST.get(k, "") for k in
                                                           ("name", "start_date", "end_date", "description")})
            messages.success(request, _("已保存。"))
        except LedgerError as e:
            messages.error(request, str(e))
        return redirect("volunteers:campaign", c.pk)
    inside = svc.visible_activities(request.user).filter(campaign=c)
    counts = list(inside.values("organisation__level", "kind").annotate(
        n=Count("id"), h=Sum("confirmed_hours"), a=Sum("audience")).order_by("organisation__level", "kind"))
    levels = {}
    for row in counts:
        level = levels.setdefault(row["organisation__level"], {
            "label": Level(row["organisation__level"]).label if row["organisation__level"] in Level.values else "",
            "kinds": {k: 0 for k in ServiceKind.values}, "n": 0, "h": 0, "a": 0})
        level["kinds"][row["kind"]] = row["n"]
        level["n"] += row["n"]
        level["h"] += row["h"] or 0
        level["a"] += row["a"] or 0
    page = Paginator(inside.select_related("organisation").order_by("-start_date", "-id"),
                     PAGE_SIZE).get_page(page_number(request.GET))
    rows = [dict(v, kind_counts=[v["kinds"][k] for k in ServiceKind.values]) for _level, v in sorted(levels.items())]
    return render(request, "volunteers/campaign_detail.html", {
        "c": c, "levels": rows, "kinds": [label for _v, label in ServiceKind.choices], "page": page,
        "total": sum(v["n"] for v in rows), "hours": sum(v["h"] for v in rows),
        "audience": sum(v["a"] for v in rows)})


# --- a volunteer's hours and certificate -----------------------------------------------------------------------------

@login_required
def service_hours(request, pk):
    from .certificate import confirmed_records
    v = get_volunteer_for_user(request.user, pk)
    records = (ServiceRecord.objects.filter(volunteer=v).select_related("activity", "activity__organisation")
               .order_by("-activity__start_date", "-id"))
    page = Paginator(records, PAGE_SIZE).get_page(page_number(request.GET))
    return render(request, "volunteers/service_hours.html", {
        "v": v, "page": page, "confirmed": confirmed_records(v).count()})


@login_required
def certificate_file(request, pk, as_pdf=False):
    from kexie.office.document_views import docx_or_pdf

    from .certificate import certificate_docx
    v = get_volunteer_for_user(request.user, pk)
    data = certificate_docx(v, home_organisation(request.user))
    return docx_or_pdf(request, data, f"certificate-{v.pk}", as_pdf)


urlpatterns = [
    path("", home, name="home"),
    path("rollup.xlsx", rollup_xlsx, name="rollup-xlsx"),
    path("activities/", activity_list, name="activities"),
    path("activities/new/", activity_new, name="activity-new"),
    path("activities/<int:pk>/", activity_detail, name="activity"),
    path("activities/<int:pk>/edit/", activity_edit, name="activity-edit"),
    path("activities/<int:pk>/hours/", activity_hours, name="activity-hours"),
    path("activities/<int:pk>/files/", activity_files, name="activity-files"),
    path("files/<int:pk>/", file_download, name="file"),
    path("calendar/", month_calendar, name="calendar"),
    path("campaigns/", campaign_list, name="campaigns"),
    path("campaigns/<int:pk>/", campaign_detail, name="campaign"),
    path("hours/<int:pk>/", service_hours, name="service-hours"),
    path("hours/<int:pk>/certificate.docx", certificate_file, name="certificate-docx"),
    path("hours/<int:pk>/certificate.pdf", certificate_file, {"as_pdf": True}, name="certificate-pdf"),
]
