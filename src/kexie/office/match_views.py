"""The pages of 报送整理: match a pasted or uploaded report to tasks (/office/match/) and split a news page
(/office/documents/<id>/split/). Plain views over report_matching and page_split."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from kexie.ledger.errors import LedgerError

from . import page_split, report_matching


@login_required
def match(request):
    """Paste or upload a report; see the tasks it answers with scores; confirm to file it (POST action=file)."""
    text, proposals, error = request.POST.get("text", ""), [], ""
    if request.method == "POST":
        try:
            upload = request.FILES.get("file")
            if upload is not None:
                text = report_matching.read_upload(upload.name, upload.read(report_matching.attachment_limit() + 1))
            text = report_matching.clean_report_text(text)
            if request.POST.get("action") == "file":
                report = report_matching.file_report(request.user, text, request.POST.getlist("assignments"))
                messages.success(request, _("已报送到“%(task)s”。") % {"task": report.assignment.task.heading[:40]})
                return redirect("ledger:assignment", report.assignment_id)
            proposals = report_matching.Pool(request.user).match(text)
        except LedgerError as e:  # NotAllowed (a PermissionDenied) answers 403, an unseen assignment 404
            error = str(e)
    return render(request, "office/match.html", {"text": text[:report_matching.REPORT_TEXT_MAX], "proposals": proposals,
                                                 "error": error, "asked": request.method == "POST"},
                  status=400 if error else 200)


@login_required
def split(request, pk):
    """A news page's items as reports: unit, proposed assignment and text per row; POST records the chosen."""
    document = page_split.get_page_for_user(request.user, pk)
    error = ""
    if request.method == "POST" and request.POST.get("action") == "confirm":
        try:
            done = page_split.confirm(request.user, document, page_split.choices_from(request.POST))
        except LedgerError as e:  # NotAllowed (a PermissionDenied) answers 403, an unseen assignment 404
            error = str(e)
        else:
            messages.success(request, _("已录入 %(n)d 条报送。") % {"n": len(done)})
            return redirect("office:split", document.pk)
    rows = page_split.split(request.user, document, page_split.units_from(request.POST))
    return render(request, "office/split.html", {"document": document, "rows": rows, "error": error},
                  status=400 if error else 200)
