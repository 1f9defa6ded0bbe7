"""The register's pages: the dashboard, the list (search, filters, xlsx), a record, its form, the views log, import."""

from __future__ import annotations

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kexie.audit.log import history
from kexie.documents import storage
from kexie.office import xlsx
from kexie.orgs.access import (get_organisation_for_user, home_organisation, membership_of, org_path_prefix,
                               require_admin, require_editor, visible_organisations)
from kexie.validation import page_number

from . import importing, register, rollup
from .access import get_scientist_for_user, require_keeper
from .errors import WorkersError
from .models import Gender, ScientistView
from .privacy import may_see_personal_data
from .register import Row
from .services import create_scientist, delete_scientist, update_scientist

PER_PAGE = 50
SESSION_KEY = "workers_import"


def _home_org(request):
    org = home_organisation(request.user)
    if org is None:
        raise Http404("No organisation")
    return org


@login_required
def home(request, pk=None):
    """科技工作者之家: the dashboard of the viewer's organisation (or of pk in its subtree): a line per child."""
    org = get_organisation_for_user(request.user, pk) if pk else _home_org(request)
    measures, lines, totals = rollup.dashboard(org)
    trail = list(org.ancestors().filter(path__startswith=org_path_prefix(request.user))) if pk else []
    return render(request, "workers/home.html", {"org": org, "measures": measures, "lines": lines, "totals": totals,
                                                 "trail": trail, "today": timezone.localdate()})


def _filters_context(request, filters):
    return {"filters": filters, "tags": register.tag_choices(), "genders": Gender.values,
            "age_bands": [(k, v[0]) for k, v in register.AGE_BANDS.items()],
            "orgs": list(visible_organisations(request.user).values_list("id", "name")[:500])}


@login_required
def scientists(request):
    """The register: search by name or unit, filter, 50 a page; personal data masked unless the viewer may see it."""
    filters = register.clean_filters(request.GET)
    page = register.CappedPaginator(register.filtered(request.user, filters).prefetch_related("tags"), PER_PAGE) \
        .get_page(page_number(request.GET))
    query = urlencode({k: v for k, v in filters.items() if v})
    membership = membership_of(request.user)
    return render(request, "workers/scientists.html", {
        **_filters_context(request, filters), "page": page, "rows": register.rows(request.user, page.object_list),
        "query": query + "&" if query else "", "plain_query": query,
        "can_edit": bool(membership and membership.can_edit)})


@login_required
def scientists_xlsx(request):
    """The filtered register as xlsx; phones, e-mail and birth years masked for whoever sees them masked."""
    filters = register.clean_filters(request.GET)
    qs = register.filtered(request.user, filters).prefetch_related("tags")

    def lines():
        for row in register.rows(request.user, qs.iterator(chunk_size=2000)):
            yield [row.name, row.gender, row.shown_birth_year, row.work_unit, row.field, row.title, row.honours,
                   row.shown_phone, row.shown_email, "、".join(t.name for t in row.scientist.tags.all()),
                   row.organisation.display_name]
    labels = [_("姓名"), _("性别"), _("出生年份"), _("工作单位"), _("专业领域"), _("职称"), _("荣誉称号"), _("联系电话"),
              _("电子邮箱"), _("标签"), _("建档组织")]
    sheet = xlsx.Sheet(name=_("科技工作者"), title=_("科技工作者名录"), columns=[xlsx.Column(label) for label in labels],
                       rows=lines(), subtitle=_("导出日期：%(d)s") % {"d": timezone.localdate().isoformat()})
    return xlsx.response(sheet, _("科技工作者名录"), "scientists.xlsx")


def log_view(user, scientist, via: str = "page") -> bool:
    """Log a view of the whole record (privacy rule); False (and nothing logged) when the viewer sees it masked."""
    if not may_see_personal_data(user, scientist.organisation):
        return False
    ScientistView.objects.create(scientist=scientist, user=user, scope_path=scientist.organisation.path, via=via)
    return True


@login_required
def scientist(request, pk):
    s = get_scientist_for_user(request.user, pk)
    row = Row(s, log_view(request.user, s))
    entries = history(scope_path=org_path_prefix(request.user), objects=[("workers.scientist", [s.pk])])
    visits = s.visits.select_related("organisation").order_by("-date", "-id")[:20]
    pairs = s.contact_pairs.select_related("person").order_by("due_on")
    membership = membership_of(request.user)
    return render(request, "workers/scientist.html", {
        "row": row, "s": s, "tags": list(s.tags.all()), "entries": entries.order_by("-at")[:30], "visits": visits,
        "pairs": pairs, "can_edit": bool(membership and membership.can_edit
                                         and membership.organisation_id == s.organisation_id)})


def _form_data(post) -> dict:
    data = {k: post.get(k, "") for k in ("name", "gender", "birth_year", "work_unit", "field", "title", "honours",
                                         "phone", "email")}
    data["tags"] = post.getlist("tags_names") or post.get("tags", "")
    return data


def _form(request, s=None):
    error = ""
    if request.method == "POST":
        try:
            if s is None:
                s = create_scientist(request.user, _form_data(request.POST))
                messages.success(request, _("已建档：%(name)s。") % {"name": s.name})
            else:
                update_scientist(request.user, s, _form_data(request.POST))
                messages.success(request, _("已保存。"))
            return redirect("workers:scientist", s.pk)
        except WorkersError as e:
            error = str(e)
    values = request.POST if request.method == "POST" else (
        {**{f: getattr(s, f) or "" for f in ("name", "gender", "birth_year", "work_unit", "field", "title",
                                               "honours", "phone", "email")},
         "tags": "、".join(t.name for t in s.tags.all())} if s else {})
    return render(request, "workers/scientist_form.html", {
        "s": s, "values": values, "error": error, "genders": Gender.values,
        "tag_names": [n for _i, n in register.tag_choices()]}, status=400 if error else 200)


@login_required
def scientist_new(request):
    require_editor(request.user)
    return _form(request)


@login_required
def scientist_edit(request, pk):
    s = get_scientist_for_user(request.user, pk)
    require_keeper(request.user, s)
    if not may_see_personal_data(request.user, s.organisation):  # never: the keeper's editors see it whole
        raise PermissionDenied
    return _form(request, s)


@login_required
@require_POST
def scientist_delete(request, pk):
    s = get_scientist_for_user(request.user, pk)
    delete_scientist(request.user, s)
    messages.success(request, _("已删除：%(name)s。") % {"name": s.name})
    return redirect("workers:scientists")


@login_required
def view_log(request):
    """查看记录: who saw which whole record, in the administrator's subtree (administrators only)."""
    membership = require_admin(request.user)
    qs = (ScientistView.objects.filter(scope_path__startswith=membership.organisation.path)
          .select_related("user", "scientist__organisation").order_by("-id"))
    page = Paginator(qs, PER_PAGE).get_page(page_number(request.GET))
    return render(request, "workers/view_log.html", {"page": page})


# --- import ------------------------------------------------------------------------------------------------

@login_required
def import_upload(request):
    """导入名录: choose an xlsx; its dry run follows (editors only)."""
    require_editor(request.user)
    error = ""
    if request.method == "POST":
        chosen = request.FILES.get("file")
        if chosen is None:
            error = _("请选择一个 .xlsx 文件。")
        else:
            data = chosen.read()
            try:
                importing.preview(data, _home_org(request))
            except WorkersError as e:
                error = str(e)
            else:
                sha256 = storage.sha256_of(data)
                storage.write_blob(data, sha256)
                request.session[SESSION_KEY] = {"sha256": sha256, "filename": chosen.name[:200]}
                return redirect("workers:import-preview")
    return render(request, "workers/import_upload.html", {"error": error}, status=400 if error else 200)


def _pending(request) -> bytes | None:
    sha256 = (request.session.get(SESSION_KEY) or {}).get("sha256") or ""
    if len(sha256) != 64 or not storage.has_blob(sha256):
        return None
    return storage.read_blob(sha256)


@login_required
def import_preview(request):
    require_editor(request.user)
    data = _pending(request)
    if data is None:
        return redirect("workers:import")
    try:
        outcome = importing.preview(data, _home_org(request))
    except WorkersError as e:
        messages.error(request, str(e))
        return redirect("workers:import")
    return render(request, "workers/import_preview.html", {
        "o": outcome, "filename": request.session[SESSION_KEY].get("filename", "")})


@login_required
@require_POST
def import_confirm(request):
    require_editor(request.user)
    data = _pending(request)
    if data is None:
        messages.error(request, _("没有待导入的表格，请重新上传。"))
        return redirect("workers:import")
    try:
        outcome = importing.import_file(data, _home_org(request), request.user)
    except WorkersError as e:
        messages.error(request, str(e))
        return redirect("workers:import")
    request.session.pop(SESSION_KEY, None)
    messages.success(request, _("已导入 %(n)d 人；跳过重复 %(d)d 行、有错误 %(e)d 行。")
                     % {"n": outcome.added, "d": outcome.duplicates, "e": outcome.errors})
    return redirect("workers:scientists")
