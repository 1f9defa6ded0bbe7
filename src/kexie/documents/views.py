"""Pages for documents: the list, one document with its outline, its original, and the upload page."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import FileResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from kexie.orgs.access import membership_of
from kexie.validation import check_text

from . import panels, storage
from .access import get_document_for_user, visible_documents
from .forms import UploadForm
from .outline import outline_tree
from .services import IngestError, ingest


@login_required
def document_list(request):
    documents = visible_documents(request.user).select_related("organisation", "uploaded_by")
    query, error = request.GET.get("q", "").strip(), ""
    try:
        check_text(query, max_length=200, label=_("查找内容"))
    except ValidationError as e:
        query, error = "", e.messages[0]
        documents = documents.none()
    if query:
        documents = documents.filter(Q(title__icontains=query) | Q(doc_number__icontains=query)
                                     | Q(filename__icontains=query) | Q(issuer__icontains=query))
    page = Paginator(documents.defer("parse", "text"), 50).get_page(request.GET.get("page"))
    return render(request, "documents/list.html", {"page": page, "query": query, "error": error},
                  status=400 if error else 200)


@login_required
def document_detail(request, pk):
    document = get_document_for_user(request.user, pk)
    parsed = document.parsed
    membership = membership_of(request.user)
    return render(request, "documents/detail.html", {
        "document": document,
        "parsed": parsed,
        "tree": outline_tree(parsed.outline),
        "panels": panels.render(request, document),
        # a parent sees its subtree's documents but builds ledgers only from its own
        "can_edit": bool(membership and membership.can_edit and membership.organisation_id == document.organisation_id),
    })


@login_required
def document_original(request, pk):
    document = get_document_for_user(request.user, pk)
    path = storage.blob_path(document.sha256)
    # Always a download: the original is untrusted and must not render in our origin.
    return FileResponse(path.open("rb"), as_attachment=True, filename=document.filename,
                        content_type="application/octet-stream")


def _wants_json(request) -> bool:
    return "application/json" in request.headers.get("Accept", "")


@login_required
@require_http_methods(["GET", "POST"])
def document_upload(request):
    membership = membership_of(request.user)
    can_upload = membership is not None and membership.can_edit
    if request.method == "GET":
        return render(request, "documents/upload.html", {"form": UploadForm(), "can_upload": can_upload})
    if not can_upload:
        message = _("只有管理员和经办人员可以上传文件。")
        if _wants_json(request):
            return JsonResponse({"results": [{"ok": False, "message": message}]}, status=403)
        raise PermissionDenied(message)
    files = request.FILES.getlist("files")
    results = []
    for upload in files:
        try:
            data = upload.read()
            document, created = ingest(data, upload.name, membership.organisation, request.user)
        except IngestError as e:
            results.append({"ok": False, "filename": e.filename, "message": str(e)})
            continue
        results.append({
            "ok": True, "created": created, "filename": document.filename,
            "title": document.display_title, "url": reverse("documents:detail", args=[document.pk]),
            "message": (_("“%(name)s”已上传：") if created else _("“%(name)s”已存在，未重复保存："))
                       % {"name": document.filename},
        })
    if not files:
        results.append({"ok": False, "filename": "", "message": _("请选择要上传的文件。")})
    status = 200 if all(r["ok"] for r in results) else 400
    if _wants_json(request):
        return JsonResponse({"results": results}, status=status)
    return render(request, "documents/upload.html",
                  {"form": UploadForm(), "can_upload": can_upload, "results": results}, status=status)
