"""The working days page (/workdays/): a year's overrides, adding, correcting and removing a day, declaring a
year complete, and an xlsx import previewed before anything is written.

Everyone signed in reads it (the calendar is the whole network's); only an administrator of a top organisation
changes it (changes.may_edit), every change through changes.py.
"""

from __future__ import annotations

import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import changes
from .calendar import library_knows
from .days import CalendarError, FileRefused, days_from_json, read_date, read_day, read_xlsx, read_year
from .models import DayOverride, DeclaredYear

# The largest file the import reads: a year's schedule is a few kilobytes.
MAX_FILE_BYTES = 2 * 1024 * 1024


def _year(request) -> int:
    return read_year(request.GET.get("year") or request.POST.get("year")) or timezone.localdate().year


def _page(request, year: int, *, preview=None, filename: str = "", errors=(), status=200):
    days = list(DayOverride.objects.filter(date__year=year).select_related("updated_by"))
    declared = DeclaredYear.objects.filter(year=year).select_related("declared_by").first()
    this_year = timezone.localdate().year
    return render(request, "workdays/index.html", {
        "year": year, "days": days, "declared": declared, "library_knows": library_knows(year),
        "can_edit": changes.may_edit(request.user), "years": range(this_year - 1, this_year + 3),
        "preview": preview, "preview_json": json.dumps([c.day.as_json() for c in preview]) if preview else "",
        "filename": filename, "errors": errors, "n_changes": sum(1 for c in preview or () if c.kind != "same"),
    }, status=status)


@login_required
def index(request):
    """GET: the year's days. POST op=set|delete|declare|undeclare: one change, then back to the year."""
    year = _year(request)
    if request.method != "POST":
        return _page(request, year)
    op = request.POST.get("op")
    try:
        if op == "set":
            day = read_day(request.POST.get("date"), request.POST.get("kind"), request.POST.get("name", ""))
            change = changes.set_day(request.user, day)
            year = day.date.year
            messages.success(request, _("已保存 %(date)s。") % {"date": day.date.isoformat()} if change.kind != "same"
                             else _("%(date)s 没有变化。") % {"date": day.date.isoformat()})
        elif op == "delete":
            date = read_date(request.POST.get("date"))
            year = date.year
            if changes.remove_day(request.user, date):
                messages.success(request, _("已删除 %(date)s 的调整，恢复为官方日历。") % {"date": date.isoformat()})
        elif op in ("declare", "undeclare"):
            if read_year(request.POST.get("year")) is None:
                raise CalendarError(_("年份无效，请从页面上选择年份。"))
            if op == "declare":
                changes.declare_year(request.user, year)
                messages.success(request, _("已确认 %(year)d 年的节假日安排已全部录入。") % {"year": year})
            else:
                changes.undeclare_year(request.user, year)
                messages.success(request, _("已撤销对 %(year)d 年的确认。") % {"year": year})
        else:
            if not changes.may_edit(request.user):
                raise PermissionDenied(_("只有顶级组织的管理员可以修改工作日。"))
            raise CalendarError(_("未知的操作。"))
    except CalendarError as e:
        messages.error(request, str(e))
        return _page(request, year, status=400)
    return redirect(f"{request.path}?year={year}")


@login_required
@require_POST
def import_days(request):
    """op=preview with a file: what it would change, nothing written. op=apply with the previewed days: write
    them all (read again, as any input) or none."""
    year = _year(request)
    if not changes.may_edit(request.user):
        raise PermissionDenied(_("只有顶级组织的管理员可以修改工作日。"))
    try:
        if request.POST.get("op") == "apply":
            try:
                items = json.loads(request.POST.get("days") or "")
            except ValueError:
                items = None
            days = days_from_json(items)
            done = changes.apply_days(request.user, days, source=request.POST.get("filename", "")[:100])
            n = sum(1 for c in done if c.kind != "same")
            messages.success(request, _("已导入：%(n)d 天有变化，共 %(total)d 天。") % {"n": n, "total": len(done)})
            return redirect(f"{request.path.rsplit('import/', 1)[0]}?year={days[0].date.year}")
        upload = request.FILES.get("file")
        if upload is None:
            raise CalendarError(_("请选择要导入的 xlsx 文件。"))
        if upload.size > MAX_FILE_BYTES:
            raise CalendarError(_("“%(file)s”太大，请只保留需要调整的日期。") % {"file": upload.name})
        days = read_xlsx(upload.read(), upload.name)
    except FileRefused as e:
        return _page(request, year, errors=e.errors, status=400)
    except CalendarError as e:
        return _page(request, year, errors=[str(e)], status=400)
    return _page(request, days[0].date.year, preview=changes.preview(days), filename=upload.name[:100])
