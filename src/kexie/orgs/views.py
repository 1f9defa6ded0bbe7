"""Pages for organisations: the user's subtree as a tree, and one organisation with its departments and people."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.db.models import Count, Prefetch
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.http import content_disposition_header
from django.utils.translation import gettext

from .access import get_organisation_for_user, home_organisation, require_admin, visible_organisations
from .models import Person, Position
from .transfer import TransferError, export_organisations, export_people, import_organisations, import_people, \
    read_table, write_table


@login_required
def organisation_list(request):
    home = home_organisation(request.user)
    organisations = visible_organisations(request.user).annotate(people_count=Count("people"))
    rows = [(org, org.depth - home.depth) for org in organisations] if home else []
    return render(request, "orgs/list.html", {"rows": rows, "home": home})


@login_required
def organisation_detail(request, pk):
    org = get_organisation_for_user(request.user, pk)
    home = home_organisation(request.user)
    people = (Person.objects.filter(organisation=org).select_related("department")
              .prefetch_related(Prefetch("positions", queryset=Position.objects.order_by("order", "id"))))
    # Ancestors are shown only down from the user's own organisation: the rest is outside their view.
    ancestors = [a for a in org.ancestors() if a.is_within(home)]
    return render(request, "orgs/detail.html", {
        "org": org,
        "ancestors": ancestors,
        "departments": org.departments.all(),
        "people": people,
        "children": org.children.all().order_by("order", "name"),
    })


@login_required
def transfer(request):
    """Export the administrator's subtree, or import organisations/people into it (with a dry run)."""
    membership = require_admin(request.user)
    home = membership.organisation
    what = request.GET.get("export")
    if what in ("orgs", "people"):
        fmt = "csv" if request.GET.get("format") == "csv" else "xlsx"
        columns, rows = (export_organisations if what == "orgs" else export_people)(home)
        filename = f"{'组织' if what == 'orgs' else '人员'}-{home.display_name}.{fmt}"
        content_type = ("text/csv; charset=utf-8" if fmt == "csv" else
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        response = HttpResponse(write_table(columns, rows, filename), content_type=content_type)
        response["Content-Disposition"] = content_disposition_header(True, filename)
        return response
    report, errors, status = None, [], 200
    if request.method == "POST":
        upload = request.FILES.get("file")
        kind = request.POST.get("kind")
        dry_run = bool(request.POST.get("dry_run"))
        try:
            if upload is None or kind not in ("orgs", "people"):
                raise ValueError(gettext("请选择要导入的内容和文件。"))
            rows = read_table(upload.read(), upload.name)
            importer = import_organisations if kind == "orgs" else import_people
            report = importer(rows, dry_run=dry_run, within=home, user=request.user)
        except ValueError as e:
            errors, status = [str(e)], 400
        except TransferError as e:
            errors, status = e.report.errors, 400
    return render(request, "orgs/transfer.html", {"home": home, "report": report, "errors": errors},
                  status=status)
