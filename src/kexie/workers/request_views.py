"""Pages of the 办实事清单: the list an office publishes, a request, the staff form, the review queue, the xlsx,
and the public submission page (no sign-in) with its thank-you page.

Every request is fetched through requests.get_request_for_user and every list through visible_requests; every
change goes through requests.py, whose one-sentence errors are shown as messages.
"""

from __future__ import annotations

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kexie import public_forms
from kexie.ledger.errors import Conflict, LedgerError
from kexie.ledger.lights import Clock, Light
from kexie.office import xlsx
from kexie.orgs.access import get_organisation_for_user, home_organisation, may_act_for, membership_of, parse_pk
from kexie.orgs.models import Organisation
from kexie.validation import page_number, query_id

from . import requests as service
from .models import Request, RequestCategory, RequestSource, RequestState, Satisfaction
from .privacy import mask_phone, may_see_personal_data

PAGE_SIZE = 30
LIST_STATES = [s for s in RequestState.values if s != RequestState.PENDING]  # the 清单 proper


def _filters(request, qs):
    """The list's filters from the query string (year, state, category, org, unit), applied in SQL; a malformed id
    or year is a 400 with one sentence (raised as ValidationError)."""
    f = {"state": request.GET.get("state", ""), "category": request.GET.get("category", ""),
         "org": query_id(request.GET, "org", label=_("清单组织")), "unit": request.GET.get("unit", ""),
         "year": service.query_year(request.GET)}
    if f["org"] is not None:
        org = get_organisation_for_user(request.user, f["org"])
        qs = qs.filter(organisation__path__startswith=org.path)
    if f["year"] is not None:  # the 清单 is kept a year at a time: the counts are that year's too
        qs = qs.filter(year=f["year"])
    counted = qs
    if f["state"] in RequestState.values:
        qs = qs.filter(now=f["state"])
    else:
        f["state"] = ""
        qs = qs.exclude(state=RequestState.PENDING)
    if f["category"] in RequestCategory.values:
        qs = qs.filter(category=f["category"])
    else:
        f["category"] = ""
    unit = f["unit"]
    pk = parse_pk(unit[1:]) if unit[:1] in ("d", "o") else None
    if pk is not None and unit[0] == "d":
        qs = qs.filter(assignment__department_id=pk)
    elif pk is not None:
        qs = qs.filter(assignment__organisation_id=pk, assignment__department__isnull=True)
    else:
        f["unit"] = ""
    return qs, counted, f


def _rows(qs, clock: Clock):
    return (qs.select_related("organisation", "assignment", "assignment__organisation", "assignment__department")
            .annotate(light=clock.expression("assignment__")).order_by("-submitted_at", "-id"))


def _listing(view):
    """A view of the 清单's rows: called with (request, filtered rows, rows to count by state, filters, clock); a
    malformed filter is a 400 with its sentence."""
    @wraps(view)
    def wrapper(request):
        try:
            qs, counted, f = _filters(request, service.visible_requests(request.user))
        except ValidationError as e:
            return HttpResponseBadRequest(e.messages[0])
        return view(request, qs, counted, f, Clock.at())
    return login_required(wrapper)


@_listing
def request_list(request, qs, counted, f, clock: Clock):
    """The 清单: counts by state at the top, filters, 30 a page, each row with its ledger assignment's light."""
    page = Paginator(_rows(qs, clock), PAGE_SIZE).get_page(page_number(request.GET))
    home = home_organisation(request.user)
    departments, units = service.assign_targets(home) if home else ([], [])
    counts = service.state_counts(counted)
    membership = membership_of(request.user)
    return render(request, "workers/requests/list.html", {
        "page": page, "rows": list(page), "f": f, "counts": [(s, RequestState(s).label, counts[s])
                                                              for s in RequestState.values],
        "total": sum(counts[s] for s in LIST_STATES), "categories": RequestCategory.choices,
        "states": RequestState.choices, "lights": dict(Light.choices),
        "unit_options": [(f"d{d.pk}", d.name) for d in departments] + [(f"o{o.pk}", o.display_name) for o in units],
        "query": urlencode([(k, v) for k, v in request.GET.items() if k != "page"]),
        "can_edit": bool(membership and membership.can_edit), "home": home,
        "years": service.year_choices(clock.today.year, f["year"]),
    })


@_listing
def request_xlsx(request, qs, _counted, f, clock: Clock):
    """The 清单 as xlsx: the list's rows and filters, unpaginated, streamed by the one writer."""
    home = home_organisation(request.user)
    columns = [xlsx.Column(_("序号"), width=6), xlsx.Column(_("事项"), max_width=30, wrap=True),
               xlsx.Column(_("类别")), xlsx.Column(_("提出人")), xlsx.Column(_("工作单位"), max_width=24),
               xlsx.Column(_("清单组织"), max_width=20), xlsx.Column(_("来源")), xlsx.Column(_("承办单位"), max_width=20),
               xlsx.Column(_("完成时限"), max_width=14), xlsx.Column(_("状态")), xlsx.Column(_("预警")),
               xlsx.Column(_("满意度")), xlsx.Column(_("反馈情况"), max_width=40, wrap=True)]

    def rows():
        for n, r in enumerate(_rows(qs, clock).iterator(chunk_size=500), 1):
            light = r.light if r.assignment_id else ""
            yield [n, r.title, _(r.get_category_display()), r.requester_name, r.requester_unit,
                   r.organisation.display_name, _(r.get_source_display()),
                   r.assignment.assignee_label if r.assignment_id else "",
                   r.assignment.due_date.isoformat() if r.assignment_id and r.assignment.due_date else "",
                   _(RequestState(r.now).label),
                   xlsx.Cell(_(Light(light).label), fill=xlsx.LIGHT_FILLS[light]) if light else "",
                   _(r.get_satisfaction_display()) if r.satisfaction else "", r.feedback]
    title = service.book_title(f["year"] or clock.today.year) if home else _("办实事清单")
    subtitle = (home.display_name if home else "") + (f" · {_(RequestState(f['state']).label)}" if f["state"] else "")
    return xlsx.response(xlsx.Sheet(_("办实事清单"), title, columns, rows(), subtitle=subtitle),
                         _("办实事清单"), "requests.xlsx")


@login_required
def request_review(request):
    """The review queue: public submissions waiting, oldest first, 30 a page."""
    qs = (service.visible_requests(request.user).filter(state=RequestState.PENDING)
          .select_related("organisation").order_by("submitted_at", "id"))
    page = Paginator(qs, PAGE_SIZE).get_page(page_number(request.GET))
    rows = list(page)
    for r in rows:
        r.can_edit = may_act_for(request.user, r.organisation_id)
        r.phone_shown = _phone(request.user, r)
    return render(request, "workers/requests/review.html", {"page": page, "rows": rows, "query": ""})


def _phone(user, req: Request) -> str:
    return req.requester_phone if may_see_personal_data(user, req.organisation) else mask_phone(req.requester_phone)


@login_required
def request_new(request):
    """The staff form: a request entered by the organisation's staff (or raised on a visit), listed at once."""
    membership = membership_of(request.user)
    if membership is None or not membership.can_edit:
        from django.core.exceptions import PermissionDenied
        raise PermissionDenied(_("只有管理员和经办人员可以登记诉求。"))
    # A GET may carry the fields to start from: 列入办实事清单 on a visit's page passes its requests raised.
    data = request.POST if request.method == "POST" else {
        k: request.GET.get(k, "")[:4000] for k in ("title", "content", "source", "requester_name") if k in request.GET}
    if request.method == "POST":
        try:
            req = service.create(request.user, membership.organisation, request.POST,
                                 source=request.POST.get("source") or RequestSource.STAFF)
        except LedgerError as e:
            messages.error(request, str(e))
        else:
            messages.success(request, _("已列入清单：%(title)s") % {"title": req.title})
            return redirect("workers:request", req.pk)
    return render(request, "workers/requests/form.html", {
        "data": data, "categories": RequestCategory.choices, "organisation": membership.organisation,
        "sources": [c for c in RequestSource.choices if c[0] != RequestSource.PUBLIC],
        "public_url": reverse("workers:request-submit", args=[membership.organisation_id])}, status=400 if
        request.method == "POST" else 200)


@login_required
def request_detail(request, pk):
    """One request: where it is, its ledger assignment and light, the form of its next step, its history."""
    req = service.get_request_for_user(request.user, pk)
    a = req.assignment
    light = Clock.at().of(a) if a else ""
    departments, units = service.assign_targets(req.organisation) if req.can_edit and req.now == "listed" else ([], [])
    history = list(service.history(request.user, req))
    for e in history:
        e.label = service.ACTION_LABELS.get(e.action, e.action)
    rating_link = ""
    if req.can_edit and req.now == RequestState.FED_BACK and req.requester_rated_at is None:
        rating_link = request.build_absolute_uri(reverse("workers:request-rate", args=[service.rating_token(req)]))
    return render(request, "workers/requests/detail.html", {
        "r": req, "a": a, "light": light, "phone": _phone(request.user, req), "history": history,
        "state_label": RequestState(req.now).label, "departments": departments, "units": units,
        "satisfactions": Satisfaction.choices, "rating_link": rating_link, "rating_days": service.RATING_DAYS,
    })


ACTIONS = {"list", "reject", "assign", "feedback", "rate"}


@login_required
@require_POST
def request_act(request, pk, action):
    """One step on a request (列入清单, 不予列入, 交办, 反馈, 评价) from its page; the outcome as a message."""
    req = service.get_request_for_user(request.user, pk)
    if action not in ACTIONS:
        raise Http404("No such step")
    post, version = request.POST, request.POST.get("version")
    try:
        if action in ("list", "reject"):
            service.review(req, request.user, accept=action == "list", reason=post.get("reason", ""),
                           version=version)
        elif action == "assign":
            service.assign(req, request.user, target=post.get("target"), due_date=post.get("due_date"),
                           version=version)
        elif action == "feedback":
            service.feed_back(req, request.user, text=post.get("feedback", ""), version=version)
        else:
            service.rate(req, request.user, satisfaction=post.get("satisfaction"), note=post.get("note", ""),
                         version=version)
    except Conflict as e:
        messages.error(request, str(e))
        return redirect("workers:request", req.pk)
    except LedgerError as e:
        messages.error(request, str(e))
        if post.get("next") == "review":
            return redirect("workers:requests-review")
        return redirect("workers:request", req.pk)
    messages.success(request, _("已保存：%(title)s") % {"title": req.title[:40]})
    if post.get("next") == "review":
        return redirect("workers:requests-review")
    return redirect("workers:request", req.pk)


# --- the public link (no sign-in) -----------------------------------------------------------------------------

def _public_org(org_id) -> Organisation:
    org = Organisation.objects.filter(pk=parse_pk(org_id) or 0).first()
    if org is None:
        raise Http404("No such organisation")
    return org


def request_submit(request, org_id):
    """The public submission page of an organisation: anyone, no sign-in; held for review, never shown back."""
    org = _public_org(org_id)
    error, data, status = "", {}, 200
    if request.method == "POST":
        data = request.POST
        try:
            public_forms.check_submission(request, service.PUBLIC_SCOPE, org.pk)
            address = public_forms.client_address(request)
            public_forms.check_flood(Request.objects.filter(state=RequestState.PENDING), address)
            service.submit_public(org, request.POST, address)
        except (public_forms.Refused, LedgerError) as e:
            error, status = str(e), 400
        else:
            return redirect("workers:request-thanks", org.pk)
    return render(request, "workers/requests/submit.html", {
        "org": org, "token": public_forms.form_token(service.PUBLIC_SCOPE, org.pk), "honeypot": public_forms.HONEYPOT,
        "error": error, "data": data, "categories": RequestCategory.choices}, status=status)


def request_thanks(request, org_id):
    return render(request, "workers/requests/thanks.html", {"org": _public_org(org_id)})


def request_rate(request, token):
    """The requester's rating page (their signed link, no sign-in): the request and the feedback they were given,
    and 满意/基本满意/不满意 once; the personal data of the request is not shown."""
    try:
        req = service.request_for_rating(token)
    except service.RatingLinkError as e:
        return render(request, "workers/requests/rate.html", {"error": str(e)}, status=404)
    error, status, data = "", 200, {}
    if request.method == "POST":
        data = request.POST
        try:
            req = service.rate_by_requester(token, request.POST)
        except LedgerError as e:
            error, status = str(e), 400
    return render(request, "workers/requests/rate.html", {
        "r": req, "error": error, "data": data, "satisfactions": Satisfaction.choices}, status=status)


urlpatterns = [
    path("requests/", request_list, name="requests"),
    path("requests/xlsx/", request_xlsx, name="requests-xlsx"),
    path("requests/new/", request_new, name="request-new"),
    path("requests/review/", request_review, name="requests-review"),
    path("requests/<int:pk>/", request_detail, name="request"),
    path("requests/<int:pk>/<slug:action>/", request_act, name="request-act"),
    path("requests/submit/<int:org_id>/", request_submit, name="request-submit"),
    path("requests/submit/<int:org_id>/thanks/", request_thanks, name="request-thanks"),
    path("requests/rate/<str:token>/", request_rate, name="request-rate"),
]


def render_assignment_link(context, *, a):
    """The ledger's assignment page (ledger.hooks "assignment"): the 办实事 request it handles, for those who see it."""
    from django.utils.html import format_html
    request = context.get("request")
    r = service.visible_requests(request.user).filter(assignment_id=a.pk).only("pk", "title").first() \
        if request is not None else None
    if r is None:
        return ""
    return format_html('<p class="muted" id="worker-request">{} <a href="{}">{}</a></p>', _("办实事事项："),
                       reverse("workers:request", args=[r.pk]), r.title)
