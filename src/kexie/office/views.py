"""Office pages: the Word and PDF files of the 通报 and the 工作简报.

Scope as everywhere: the organisation through oversight.access.get_scope (404 outside the user's subtree).
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render

from kexie.ledger.errors import LedgerError
from kexie.ledger.lights import Clock
from kexie.oversight.access import get_scope
from kexie.oversight.bulletin import bulletin
from kexie.oversight.period import parse_period

from . import pdf
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
