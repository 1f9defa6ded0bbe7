"""The ledger import pages: upload an xlsx, preview what it would create, confirm to create the draft.

The upload is stored by its sha256 (kexie.documents.storage) and only that hash, kept in the session, links the
preview to the confirmation: nothing the client sends back is trusted as the file.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kexie.documents import storage
from kexie.ledger.errors import LedgerError
from kexie.orgs.access import require_editor

from . import ledger_import
from .ledger_import import ImportRefused, import_ledger, read_ledger

SESSION_KEY = "office_ledger_import"
PREVIEW_ROWS = 500  # the page lists this many items; the import takes them all


def _year(value) -> int | None:
    text = str(value or "").strip()
    return int(text) if text.isdigit() and 2000 <= int(text) <= 2100 else None


@login_required
def upload(request):
    """导入台账: choose an xlsx (editors only; 督办 and 领导 get 403)."""
    require_editor(request.user)
    error = ""
    if request.method == "POST":
        chosen = request.FILES.get("file")
        max_bytes = getattr(settings, "KEXIE_IMPORT_MAX_BYTES", 20 << 20)
        if chosen is None:
            error = _("请选择一个 .xlsx 文件。")
        elif chosen.size > max_bytes:
            error = _("文件超过 %(mb)d MB，请删去不需要的工作表或图片后再导入。") % {"mb": max_bytes >> 20}
        else:
            data = chosen.read()
            year = _year(request.POST.get("year"))
            try:
                read_ledger(data, chosen.name, year)
            except ImportRefused as e:
                error = str(e)
            else:
                sha256 = storage.sha256_of(data)
                storage.write_blob(data, sha256)
                request.session[SESSION_KEY] = {"sha256": sha256, "filename": chosen.name[:200], "year": year}
                return redirect("office:import-preview")
    return render(request, "office/import_upload.html", {"error": error}, status=400 if error else 200)


def _pending(request):
    pending = request.session.get(SESSION_KEY) or {}
    sha256 = pending.get("sha256") or ""
    if len(sha256) != 64 or not storage.has_blob(sha256):
        return None
    return read_ledger(storage.read_blob(sha256), pending.get("filename") or "", pending.get("year"))


@login_required
def preview(request):
    """What the upload would create; nothing is written until 确认导入."""
    require_editor(request.user)
    try:
        ledger = _pending(request)
    except ImportRefused as e:
        messages.error(request, str(e))
        ledger = None
    if ledger is None:
        return redirect("office:import")
    items = [item | {"names": [(ledger_import.COLUMN_LABELS[role], names)
                               for role, names in item["responsibility"].items()]}
             for item in ledger.items[:PREVIEW_ROWS]]
    return render(request, "office/import_preview.html", {
        "ledger": ledger, "items": items, "more": max(0, len(ledger.items) - PREVIEW_ROWS),
        "n_tasks": len(ledger.items)})


@login_required
@require_POST
def confirm(request):
    """Create the draft from the previewed upload and open its review page."""
    membership = require_editor(request.user)
    try:
        ledger = _pending(request)
        if ledger is None:
            messages.error(request, _("没有待导入的表格，请重新上传。"))
            return redirect("office:import")
        plan = import_ledger(ledger, request.user, membership.organisation)
    except LedgerError as e:
        messages.error(request, str(e))
        return redirect("office:import")
    request.session.pop(SESSION_KEY, None)
    messages.success(request, _("已导入 %(n)d 条，请核对名称和主送单位后下发。") % {"n": len(ledger.items)})
    return redirect("ledger:review", plan.pk)
