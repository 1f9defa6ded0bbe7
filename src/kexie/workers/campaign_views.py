"""Pages of 推荐评选 and the 典型库 (mounted under /workers/): lists, a campaign, nominating, stages, the public 公示.

Every object comes through campaigns.py's scoped getters (404 outside the user's scope); every write goes through its
one action, whose refusal (one sentence) is shown on the page; a role without the right gets 403.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kexie.audit import log as audit
from kexie.documents import filetypes, storage
from kexie.documents.access import visible_documents
from kexie.ledger.errors import LedgerError
from kexie.office import xlsx
from kexie.orgs.access import (get_organisation_for_user, home_organisation, membership_of, org_path_prefix, parse_pk,
                               require_editor, visible_organisations)
from kexie.search import lookup
from kexie.validation import query_id

from . import campaign_exports as exports
from . import campaigns as svc
from .models import Campaign, CaseKind, Scientist, Stage
from .privacy import mask_email, mask_phone, may_see_personal_data

PAGE_SIZE = 50


def _files(request, field: str) -> list[tuple[str, bytes]]:
    return [(f.name, f.read()) for f in request.FILES.getlist(field)]


def _can_edit(user) -> bool:
    membership = membership_of(user)
    return bool(membership and membership.can_edit)


# --- campaigns ----------------------------------------------------------------------------------------------------

@login_required
def campaign_list(request):
    qs = svc.visible_campaigns(request.user).select_related("organisation")
    page = Paginator(qs, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "workers/campaigns/list.html", {"page": page, "can_create": _can_edit(request.user),
                                                           "today": timezone.localdate()})


@login_required
@require_POST
def campaign_new(request):
    require_editor(request.user)
    try:
        c = svc.create_campaign(request.user, request.POST)
    except LedgerError as e:
        messages.error(request, str(e))
        return redirect("workers:campaigns")
    messages.success(request, _("已发起推荐评选，请分配推荐名额。"))
    return redirect("workers:campaign", c.pk)


def _campaign_nominations(request, c):
    qs = svc.visible_nominations(request.user).filter(campaign=c)
    return qs if c.side else qs.filter(organisation__path__startswith=org_path_prefix(request.user))


@login_required
def campaign_detail(request, pk):
    """The campaign: rules, quotas per unit (used/left), nominations per stage (counts and a paginated list)."""
    c = svc.get_campaign_for_user(request.user, pk)
    scoped = _campaign_nominations(request, c)
    stage = request.GET.get("stage", "")
    rows = (svc.filter_stage(scoped, stage).select_related("scientist", "organisation")
            .order_by("organisation__path", "id"))
    page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page"))
    quotas = svc.quotas_with_use(c, None if c.side else org_path_prefix(request.user))
    context = {"c": c, "quotas": quotas, "counts": svc.stage_counts(scoped), "page": page, "stage": stage,
               "today": timezone.localdate(), "query": f"stage={stage}&" if stage else ""}
    if c.can_run:
        given = {q.organisation_id: q.quota for q in quotas}
        context["quota_units"] = [(o, given.get(o.pk, 0)) for o in svc.quota_units(c)[:svc.QUOTA_UNITS_MAX]]
        context["documents"] = visible_documents(request.user).filter(organisation=c.organisation).order_by(
            "-id")[:100]
    return render(request, "workers/campaigns/detail.html", context)


@login_required
@require_POST
def campaign_edit(request, pk):
    c = svc.get_campaign_for_user(request.user, pk)
    try:
        svc.update_campaign(c, request.user, request.POST)
    except LedgerError as e:
        messages.error(request, str(e))
    else:
        messages.success(request, _("已保存评选设置。"))
    return redirect("workers:campaign", c.pk)


@login_required
@require_POST
def campaign_quotas(request, pk):
    c = svc.get_campaign_for_user(request.user, pk)
    wanted = {key[len("quota-"):]: value for key, value in request.POST.items() if key.startswith("quota-")}
    try:
        n = svc.set_quotas(c, request.user, wanted)
    except LedgerError as e:
        messages.error(request, str(e))
    else:
        messages.success(request, _("已更新 %(n)d 个单位的推荐名额。") % {"n": n})
    return redirect("workers:campaign", c.pk)


@login_required
def campaign_xlsx(request, pk):
    c = svc.get_campaign_for_user(request.user, pk)
    rows = _campaign_nominations(request, c).select_related("scientist", "organisation").order_by(
        "organisation__path", "id")
    return xlsx.response(exports.nominations(c, rows), f"{c.title}-推荐人选.xlsx", f"campaign-{c.pk}.xlsx")


# --- nominations --------------------------------------------------------------------------------------------------

@login_required
def nominate(request, pk):
    """The nomination form of a unit with a quota: a person of its register or a new one, the reason, materials."""
    c = svc.get_campaign_for_user(request.user, pk)
    if request.method == "POST":
        post = request.POST
        person = {k: post.get(k, "") for k in ("name", "work_unit", "title", "field", "phone", "gender",
                                              "birth_year")} if post.get("name") else None
        try:
            n = svc.nominate(c, request.user, scientist=post.get("scientist") or None, person=person,
                             reason=post.get("reason", ""), files=_files(request, "materials"))
        except LedgerError as e:
            messages.error(request, str(e))
        else:
            messages.success(request, _("已推荐%(name)s。") % {"name": n.scientist.name})
            return redirect("workers:nomination", n.pk)
    prefix = org_path_prefix(request.user)
    people = (Scientist.objects.filter(organisation__path__startswith=prefix).only("name", "work_unit")
              .order_by("name", "id")[:200]) if c.can_nominate else []
    used = c.my_quota and c.nominations.filter(organisation_id=c.my_quota.organisation_id).count()
    return render(request, "workers/campaigns/nominate.html", {
        "c": c, "people": people, "used": used, "accept": filetypes.ACCEPTED_EXTENSIONS, "post": request.POST,
        "limit_mb": svc.file_limit() // (1024 * 1024), "today": timezone.localdate()},
        status=400 if request.method == "POST" else 200)


@login_required
def nomination_detail(request, pk):
    n = svc.get_nomination_for_user(request.user, pk)
    s = n.scientist
    whole = may_see_personal_data(request.user, s.organisation)
    if whole:
        audit.record("view", scope=s.organisation, obj=s, user=request.user, after={})
    person = {"phone": s.phone if whole else mask_phone(s.phone), "email": s.email if whole else mask_email(s.email),
              "birth_year": s.birth_year if whole else ""}
    history = audit.history(scope_path=org_path_prefix(request.user),
                            objects=[("workers.nomination", [n.pk])]).order_by("at", "id")
    return render(request, "workers/campaigns/nomination.html", {
        "n": n, "c": n.campaign, "person": person, "materials": n.materials.all(), "history": history})


@login_required
@require_POST
def nomination_step(request, pk, step):
    n = svc.get_nomination_for_user(request.user, pk)
    if step not in svc.STEPS:
        raise Http404("No such step")
    try:
        svc.move(n, request.user, step, request.POST.get("reason", ""))
    except LedgerError as e:
        messages.error(request, str(e))
    else:
        messages.success(request, _("已办理：%(step)s。") % {"step": svc.STEPS[step].label})
    return redirect("workers:nomination", n.pk)


@login_required
@require_POST
def nomination_withdraw(request, pk):
    n = svc.get_nomination_for_user(request.user, pk)
    try:
        svc.withdraw(n, request.user)
    except LedgerError as e:
        messages.error(request, str(e))
        return redirect("workers:nomination", n.pk)
    messages.success(request, _("已撤回推荐。"))
    return redirect("workers:campaign", n.campaign_id)


def _download(f):
    # Always a download: an uploaded file is untrusted and must not render in our origin.
    return FileResponse(storage.blob_path(f.sha256).open("rb"), as_attachment=True, filename=f.filename,
                        content_type="application/octet-stream")


@login_required
def material(request, pk):
    return _download(svc.get_material_for_user(request.user, pk))


def publicity(request, pk):
    """The public 公示 (no sign-in): names, units and the award only, while in 公示 or once 入选; else 404."""
    c = Campaign.objects.filter(pk=parse_pk(pk) or 0).select_related("organisation").first()
    rows = list(svc.publicity(c)) if c is not None else []
    if not rows:
        raise Http404("No publicity")
    return render(request, "workers/campaigns/publicity.html", {"c": c, "rows": rows, "Stage": Stage})


# --- 典型库 -------------------------------------------------------------------------------------------------------

def _case_filters(request):
    try:
        org_id = query_id(request.GET, "org", label=_("单位"))
        year = query_id(request.GET, "year", label=_("年度"))
    except ValidationError:
        raise Http404("Bad filter") from None
    org = get_organisation_for_user(request.user, org_id) if org_id else None
    kind = request.GET.get("kind", "")
    q = request.GET.get("q", "").strip()[:50].replace("\x00", "")
    return {"org": org, "kind": kind, "year": year if year and 2000 <= year <= 2100 else None, "q": q}


@login_required
def case_list(request):
    filters = _case_filters(request)
    qs = svc.filter_cases(svc.visible_cases(request.user), **filters, within=home_organisation(request.user))
    page = Paginator(qs, PAGE_SIZE).get_page(request.GET.get("page"))
    can_edit = _can_edit(request.user)
    query = urlencode([(k, getattr(v, "pk", v)) for k, v in filters.items() if v])
    return render(request, "workers/campaigns/cases.html", {
        "page": page, "filters": filters, "kinds": CaseKind.choices, "can_edit": can_edit,
        "no_terms": bool(filters["q"]) and not lookup.has_terms(filters["q"]),
        "query": query + "&" if query else "", "export_query": query,
        "reports": list(svc.typical_reports(request.user)[:20]) if can_edit else [],
        "units": list(visible_organisations(request.user).order_by("path")[:200]) if can_edit else [],
        "people": list(Scientist.objects.filter(organisation__path__startswith=org_path_prefix(request.user))
                       .only("name", "work_unit").order_by("name", "id")[:200]) if can_edit else [],
        "accept": filetypes.ACCEPTED_EXTENSIONS, "today": timezone.localdate()})


@login_required
@require_POST
def case_new(request):
    require_editor(request.user)
    data = {k: request.POST.get(k, "") for k in ("organisation", "kind", "title", "text", "day")}
    data["people"] = request.POST.getlist("people")
    try:
        case = svc.enter_case(request.user, data, _files(request, "attachments"))
    except LedgerError as e:
        messages.error(request, str(e))
        return redirect("workers:cases")
    messages.success(request, _("已录入典型。"))
    return redirect("workers:case", case.pk)


@login_required
@require_POST
def case_collect(request):
    require_editor(request.user)
    try:
        n = svc.collect_reports(request.user, request.POST.getlist("report"))
    except LedgerError as e:
        messages.error(request, str(e))
    else:
        messages.success(request, _("已收录 %(n)d 条典型。") % {"n": n})
    return redirect("workers:cases")


@login_required
def case_detail(request, pk):
    case = svc.get_case_for_user(request.user, pk)
    return render(request, "workers/campaigns/case.html", {
        "case": case, "people": case.people.all(), "attachments": case.attachments.all()})


@login_required
def case_attachment(request, pk):
    return _download(svc.get_case_attachment_for_user(request.user, pk))


@login_required
def cases_xlsx(request):
    filters = _case_filters(request)
    qs = svc.filter_cases(svc.visible_cases(request.user), **filters, within=home_organisation(request.user))
    return xlsx.response(exports.cases(qs, filters), "典型库.xlsx", "typical-cases.xlsx")


urlpatterns = [
    path("campaigns/", campaign_list, name="campaigns"),
    path("campaigns/new/", campaign_new, name="campaign-new"),
    path("campaigns/<int:pk>/", campaign_detail, name="campaign"),
    path("campaigns/<int:pk>/edit/", campaign_edit, name="campaign-edit"),
    path("campaigns/<int:pk>/quotas/", campaign_quotas, name="campaign-quotas"),
    path("campaigns/<int:pk>/nominations.xlsx", campaign_xlsx, name="campaign-xlsx"),
    path("campaigns/<int:pk>/nominate/", nominate, name="nominate"),
    path("campaigns/<int:pk>/publicity/", publicity, name="publicity"),
    path("nominations/<int:pk>/", nomination_detail, name="nomination"),
    path("nominations/<int:pk>/step/<str:step>/", nomination_step, name="nomination-step"),
    path("nominations/<int:pk>/withdraw/", nomination_withdraw, name="nomination-withdraw"),
    path("materials/<int:pk>/", material, name="material"),
    path("cases/", case_list, name="cases"),
    path("cases/new/", case_new, name="case-new"),
    path("cases/collect/", case_collect, name="case-collect"),
    path("cases/<int:pk>/", case_detail, name="case"),
    path("cases/attachments/<int:pk>/", case_attachment, name="case-attachment"),
    path("cases.xlsx", cases_xlsx, name="cases-xlsx"),
]
