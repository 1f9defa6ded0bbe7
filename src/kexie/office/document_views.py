"""Office pages: the Word and PDF files of the 通报; the 工作简报's list, compiling, page and files.

Scope as everywhere: the organisation through oversight.access.get_scope (404 outside the user's subtree).
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect, render

from kexie.ledger.errors import LedgerError
from kexie.ledger.lights import Clock
from kexie.orgs.access import membership_of, parse_pk, require_editor
from kexie.oversight.access import get_scope
from kexie.oversight.bulletin import bulletin
from kexie.oversight.period import parse_period

from . import briefing_sources, pdf
from .briefings import briefing_docx, create_briefing, get_briefing_for_user, proposals, recipients, visible_briefings
from .bulletin_docx import bulletin_docx

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def file_response(data: bytes, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def problem(request, message, status: int) -> HttpResponse:
    """A file that cannot be made: the reason and what to do, on a page of its own."""
    return render(request, "office/problem.html", {"message": message}, status=status)


def docx_or_pdf(request, data: bytes, stem: str, as_pdf: bool) -> HttpResponse:
    if not as_pdf:
        return file_response(data, DOCX, f"{stem}.docx")
    try:
        return file_response(pdf.docx_to_pdf(data), "application/pdf", f"{stem}.pdf")
    except pdf.PdfUnavailable as e:
        return problem(request, str(e), 503)


@login_required
def bulletin_file(request, as_pdf=False):
    """/office/bulletin.docx?org=&start=&end= (and .pdf): the 通报 of the oversight page, in the official layout."""
    org = get_scope(request.user, request.GET.get("org") or None)
    clock = Clock.at()
    try:
        period = parse_period(request.GET.get("start"), request.GET.get("end"), clock.today)
    except LedgerError as e:
        return problem(request, str(e), 400)
    data = bulletin_docx(bulletin(org, period, clock))
    return docx_or_pdf(request, data, f"bulletin-{org.pk}-{period.start}-{period.end}", as_pdf)


# -- 工作简报 -----------------------------------------------------------------------------------------------------
BRIEFINGS_PER_PAGE = 30


@login_required
def briefing_list(request):
    """The briefings of the user's subtree, newest first, paginated in SQL."""
    page = Paginator(visible_briefings(request.user).order_by("-created_at", "-id"), BRIEFINGS_PER_PAGE
                     ).get_page(request.GET.get("page"))
    membership = membership_of(request.user)
    return render(request, "office/briefing_list.html", {
        "page": page, "briefings": page.object_list, "can_edit": bool(membership and membership.can_edit)})


@login_required
def briefing_new(request):
    """Choose a period; kexie proposes the subtree's typical cases and reports; the editor picks, edits, saves."""
    membership = require_editor(request.user)
    org = membership.organisation
    clock = Clock.at()
    source = request.POST if request.method == "POST" else request.GET
    try:
        period = parse_period(source.get("start"), source.get("end"), clock.today)
    except LedgerError as e:
        return render(request, "office/briefing_new.html", {"error": str(e), "start": source.get("start", ""),
                                                             "end": source.get("end", "")}, status=400)
    error = ""
    if request.method == "POST":
        ids = source.getlist("report")
        texts = {pk: source.get(f"text-{pk}", "") for pk in (parse_pk(i) for i in ids) if pk}
        keys = source.getlist("source")
        texts.update({key: source.get(f"text-{key}", "") for key in keys})
        try:
            briefing = create_briefing(request.user, period, ids, texts, source.get("title", ""), keys)
        except LedgerError as e:
            error = str(e)
        else:
            return redirect("office:briefing", briefing.pk)
    reports = proposals(org, period)
    return render(request, "office/briefing_new.html", {
        "org": org, "period": period, "start": period.start.isoformat(), "end": period.end.isoformat(),
        "reports": reports, "extras": briefing_sources.proposals(org, period), "error": error, "title": source.get("title", ""),
        "chosen": set(source.getlist("report")) | set(source.getlist("source")) if request.method == "POST" else None,
    }, status=400 if error else 200)


@login_required
def briefing_detail(request, pk):
    b = get_briefing_for_user(request.user, pk)
    up, down = recipients(b.organisation)
    return render(request, "office/briefing_detail.html", {
        "b": b, "up": up, "down": down, "pdf_available": pdf.available(), "pdf_hint": pdf.INSTALL_HINT})


@login_required
def briefing_file(request, pk, as_pdf=False):
    b = get_briefing_for_user(request.user, pk)
    return docx_or_pdf(request, briefing_docx(b), f"briefing-{b.organisation_id}-{b.year}-{b.number}", as_pdf)
