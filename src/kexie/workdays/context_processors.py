"""Warns administrators, on every page, of years whose holidays the calendar does not know (weekends only)."""

from __future__ import annotations

from django.utils import timezone

from kexie.orgs.access import membership_of

from .calendar import unknown_years


def unknown_years_warning(request):
    """workdays_unknown_years: a callable the header calls, giving the years unknown to both the library and the
    declared years among this year, next year and the years of the due dates the page shows (a view puts those
    in request.kexie_due_years). For administrators (管理员) only; at most one query, none when every year is in
    the library, cached on the request."""

    def years() -> list[int]:
        if not hasattr(request, "_kexie_unknown_years"):
            membership = membership_of(getattr(request, "user", None))
            found: list[int] = []
            if membership is not None and membership.is_admin:
                this_year = timezone.localdate().year
                found = unknown_years({this_year, this_year + 1, *getattr(request, "kexie_due_years", ())})
            request._kexie_unknown_years = found
        return request._kexie_unknown_years

    return {"workdays_unknown_years": years}
