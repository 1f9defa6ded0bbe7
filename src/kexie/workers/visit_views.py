"""走访慰问 and 联系制度 pages: visits (list, record with photos, detail), and the 联系对象 coverage page."""

from __future__ import annotations

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kexie.documents import storage
from kexie.orgs.access import home_organisation, membership_of, parse_pk, require_editor
from kexie.orgs.models import Person
from kexie.validation import page_number

from . import contacts
from .access import get_pair_for_user, get_visit_for_user, visible_pairs, visible_scientists, visible_visits
from .errors import WorkersError
from .models import ContactKind, ContactPeriod, VisitPhoto
from .services import create_pair, create_visit, delete_pair, delete_visit, photo_limit

PER_PAGE = 50


def _can_edit(user) -> bool:
    membership = membership_of(user)
    return bool(membership and membership.can_edit)


@login_required
def visits(request):
    kind = request.GET.get("kind") if request.GET.get("kind") in ContactKind.values else ""
    qs = visible_visits(request.user).select_related("organisation").prefetch_related("scientists", "people")
    if kind:
        qs = qs.filter(kind=kind)
    page = Paginator(qs.order_by("-date", "-id"), PER_PAGE).get_page(page_number(request.GET))
    return render(request, "workers/visits.html", {"page": page, "kind": kind, "kinds": ContactKind.values,
                                                   "query": f"kind={kind}&" if kind else "",
                                                   "can_edit": _can_edit(request.user)})


@login_required
def visit_new(request):
    """Record a visit or contact: date, kind, people of the organisation, scientists, notes, requests, photos."""
    membership = require_editor(request.user)
    error = ""
    if request.method == "POST":
        files = request.FILES.getlist("photos")
        limit = photo_limit()
        try:
            too_big = next((f for f in files if f.size > limit), None)
            if too_big is not None:  # refused before its bytes are read into memory
                raise WorkersError(_("%(name)s：文件太大（上限 %(mb)s MB），请压缩或拆分后上传。")
                                   % {"name": too_big.name[:100], "mb": limit >> 20})
            data = {k: request.POST.get(k, "") for k in ("date", "kind", "notes", "requests_raised")}
            data["scientists"] = request.POST.getlist("scientists")
            data["people"] = request.POST.getlist("people")
            visit = create_visit(request.user, data, [(f.name, f.read()) for f in files])
            messages.success(request, _("已记录。"))
            return redirect("workers:visit", visit.pk)
        except WorkersError as e:
            error = str(e)
    q = str(request.GET.get("q") or "").replace("\x00", "")[:50]
    candidates = visible_scientists(request.user).select_related("organisation")
    if q:
        candidates = candidates.filter(name__icontains=q)
    return render(request, "workers/visit_form.html", {
        "error": error, "values": request.POST, "kinds": ContactKind.values, "q": q,
        "candidates": candidates.order_by("name", "id")[:200],
        "people": Person.objects.filter(organisation=membership.organisation).order_by("order", "id"),
        "today": timezone.localdate()}, status=400 if error else 200)


@login_required
def visit(request, pk):
    v = get_visit_for_user(request.user, pk)
    membership = membership_of(request.user)
    return render(request, "workers/visit.html", {
        "v": v, "scientists": v.scientists.select_related("organisation"), "people": v.people.all(),
        "photos": v.photos.all(),
        "can_edit": bool(membership and membership.can_edit and membership.organisation_id == v.organisation_id)})


@login_required
@require_POST
def visit_remove(request, pk):
    delete_visit(request.user, get_visit_for_user(request.user, pk))
    messages.success(request, _("已删除。"))
    return redirect("workers:visits")


@login_required
def photo(request, pk):
    pk = parse_pk(pk)
    p = VisitPhoto.objects.filter(pk=pk, visit__in=visible_visits(request.user)).first() if pk else None
    if p is None:
        raise Http404("No such photo")
    # Always a download: an upload is untrusted and must not render in our origin.
    return FileResponse(storage.blob_path(p.sha256).open("rb"), as_attachment=True, filename=p.filename,
                        content_type=p.content_type)


@login_required
def coverage(request):
    """联系对象: each pair with its last contact, due date and light; filter by light and person; create a pair."""
    error = ""
    if request.method == "POST":
        try:
            create_pair(request.user, request.POST)
            messages.success(request, _("已设置联系对象。"))
            return redirect("workers:contacts")
        except WorkersError as e:
            error = str(e)
    today = timezone.localdate()
    limit = contacts.warning_limit(today)
    base = visible_pairs(request.user)
    light = request.GET.get("light") if request.GET.get("light") in contacts.LIGHTS else ""
    person = parse_pk(request.GET.get("person") or "")
    qs = base.select_related("person", "scientist", "organisation")
    if light:
        qs = qs.filter(contacts.light_q(light, today, limit))
    if person:
        qs = qs.filter(person_id=person)
    page = Paginator(qs.order_by("due_on", "id"), PER_PAGE).get_page(page_number(request.GET))
    rows = [(p, contacts.light_of(p, today, limit)) for p in page.object_list]
    org = home_organisation(request.user)
    query = urlencode({k: v for k, v in (("light", light), ("person", person or "")) if v})
    return render(request, "workers/contacts.html", {
        "page": page, "rows": rows, "counts": contacts.counts(base, today, limit), "light": light, "person": person,
        "query": query + "&" if query else "", "error": error, "periods": ContactPeriod.choices,
        "can_edit": _can_edit(request.user),
        "people": Person.objects.filter(organisation=org).order_by("order", "id") if org else [],
        "scientists": visible_scientists(request.user).order_by("name", "id")[:300] if _can_edit(request.user)
        else []}, status=400 if error else 200)


@login_required
@require_POST
def contact_remove(request, pk):
    delete_pair(request.user, get_pair_for_user(request.user, pk))
    messages.success(request, _("已取消该联系对象。"))
    return redirect("workers:contacts")
