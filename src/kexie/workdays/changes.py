"""Every change to the calendar: set or remove a day, import days, declare a year complete — checked, written,
and recorded in the audit log (one entry per day changed).

Only an administrator (管理员) of a top organisation (one with no parent) changes the calendar: it is one for the
whole network. The command line (`kexie workdays-import`) passes user=None and is trusted.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext as _

from kexie.audit import log
from kexie.orgs.access import membership_of

from .days import Day
from .models import DayOverride, DeclaredYear

AUDIT_SCOPE_CLI = ""  # the command line acts for no organisation


def may_edit(user) -> bool:
    membership = membership_of(user)
    return bool(membership and membership.is_admin and membership.organisation.parent_id is None)


def _require(user) -> str:
    """The audit scope of a user who may change the calendar (their organisation's path), else 403."""
    if user is None:
        return AUDIT_SCOPE_CLI
    if not may_edit(user):
        raise PermissionDenied(_("只有顶级组织的管理员可以修改工作日。"))
    return membership_of(user).organisation.path


def _record(action: str, scope: str, user, obj, *, before=None, after=None, reason: str = "") -> None:
    log.record(action, scope=scope, obj=obj, user=user, before=before, after=after, reason=reason)


@dataclass(frozen=True)
class Change:
    """What writing a day would do: create, update or nothing (same), with the row it replaces."""

    day: Day
    before: DayOverride | None

    @property
    def kind(self) -> str:
        if self.before is None:
            return "create"
        same = self.before.is_workday == self.day.is_workday and self.before.name == self.day.name
        return "same" if same else "update"


def preview(days: list[Day]) -> list[Change]:
    """What writing the days would change, in date order: one query."""
    existing = {o.date: o for o in DayOverride.objects.filter(date__in=[d.date for d in days])}
    return [Change(d, existing.get(d.date)) for d in sorted(days, key=lambda d: d.date)]


def _write(change: Change, user, scope: str, reason: str) -> None:
    if change.kind == "same":
        return
    day = change.day
    if change.before is None:
        obj = DayOverride.objects.create(date=day.date, is_workday=day.is_workday, name=day.name, updated_by=user)
        _record("create", scope, user, obj, reason=reason)
        return
    obj = change.before
    before = log.snapshot(obj)
    obj.is_workday, obj.name, obj.updated_by = day.is_workday, day.name, user
    obj.save(update_fields=["is_workday", "name", "updated_by", "updated_at"])
    _record("update", scope, user, obj, before=before, reason=reason)


def set_day(user, day: Day) -> Change:
    """Add or correct one day."""
    scope = _require(user)
    with transaction.atomic():
        change = Change(day, DayOverride.objects.select_for_update().filter(date=day.date).first())
        _write(change, user, scope, "")
    return change


def remove_day(user, date: datetime.date) -> bool:
    """Remove a day's override (the library's calendar applies again); False when there was none."""
    scope = _require(user)
    with transaction.atomic():
        obj = DayOverride.objects.select_for_update().filter(date=date).first()
        if obj is None:
            return False
        before, pk = log.snapshot(obj), obj.pk
        obj.delete()
        obj.pk = pk
        _record("delete", scope, user, obj, before=before, after={})
    return True


def apply_days(user, days: list[Day], *, source: str = "") -> list[Change]:
    """Write every day of an import in one transaction (all or none); each change is logged with the source."""
    scope = _require(user)
    reason = _("导入 %(file)s") % {"file": source} if source else _("导入")
    with transaction.atomic():
        changes = preview(days)
        for change in changes:
            _write(change, user, scope, reason)
    return changes


def declare_year(user, year: int) -> bool:
    """Declare that the year's holidays and make-up days have all been entered; False when it already was."""
    scope = _require(user)
    with transaction.atomic():
        obj, created = DeclaredYear.objects.get_or_create(year=year, defaults={"declared_by": user})
        if created:
            _record("declare", scope, user, obj, after={"year": year})
    return created


def undeclare_year(user, year: int) -> bool:
    """Take a declaration back (the year is flagged as unknown again); False when there was none."""
    scope = _require(user)
    with transaction.atomic():
        obj = DeclaredYear.objects.filter(year=year).first()
        if obj is None:
            return False
        pk = obj.pk
        obj.delete()
        obj.pk = pk
        _record("undeclare", scope, user, obj, before={"year": year}, after={})
    return True
