"""Writing the audit log: `record` for one change, `record_many` for the thousands of a publish.

Snapshots come from the fields a model declares (AUDIT_FIELDS), never from hand-written dicts.
"""

from __future__ import annotations

import datetime
import json

from django.db import connection
from django.utils import timezone

from .models import Entry


def _plain(value):
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if hasattr(value, "pk"):
        return value.pk
    return value


def snapshot(obj) -> dict:
    """The declared fields of a model instance as JSON values (a foreign key by its id)."""
    out = {}
    for name in obj.AUDIT_FIELDS:
        field = obj._meta.get_field(name)
        out[name] = _plain(getattr(obj, field.attname))
    return out


class Audited:
    """A model whose changes are logged: it names the fields its snapshot holds."""

    AUDIT_FIELDS: tuple[str, ...] = ()

    def snapshot(self) -> dict:
        return snapshot(self)


def object_type_of(obj) -> str:
    return obj._meta.label_lower


def _path(scope) -> str:
    return scope if isinstance(scope, str) else (scope.path if scope is not None else "")


def entry(action: str, *, scope, obj=None, object_type: str = "", object_id: int | None = None, user=None,
          actor_organisation_id: int | None = None, plan_id: int | None = None, before=None, after=None,
          reason: str = "", at=None) -> Entry:
    """An unsaved Entry. scope is the owning Organisation (or its path); the actor's organisation is the
    user's unless given; after defaults to the object's snapshot now."""
    if after is None and getattr(obj, "AUDIT_FIELDS", None):
        after = snapshot(obj)
    if actor_organisation_id is None and getattr(user, "pk", None):
        from kexie.orgs.access import membership_of
        membership = membership_of(user)
        actor_organisation_id = membership.organisation_id if membership else None
    return Entry(at=at or timezone.now(), user=user if getattr(user, "pk", None) else None,
                 organisation_id=actor_organisation_id, action=action,
                 object_type=object_type or (object_type_of(obj) if obj is not None else ""),
                 object_id=object_id if object_id is not None else getattr(obj, "pk", None),
                 scope_path=_path(scope), plan_id=plan_id, before=before or {}, after=after or {},
                 reason=str(reason or ""))


def record(action: str, **kwargs) -> Entry:
    e = entry(action, **kwargs)
    e.save()
    return e


COLUMNS = ["at", "user_id", "organisation_id", "action", "object_type", "object_id", "scope_path", "plan_id",
           "before", "after", "reason"]


def record_many(rows) -> None:
    """Many entries at once, as tuples in COLUMNS order (JSON columns as dicts): COPY on PostgreSQL
    (publishing writes one per assignment, 112,000 for a national plan), else bulk_create."""
    if connection.vendor != "postgresql":
        Entry.objects.bulk_create((Entry(**dict(zip(COLUMNS, row))) for row in rows), batch_size=500)
        return
    with connection.cursor() as cursor:
        with cursor.cursor.copy(f"COPY {Entry._meta.db_table} ({', '.join(COLUMNS)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row((*row[:8], json.dumps(row[8]), json.dumps(row[9]), row[10]))


def history(*, scope_path: str | None, plan_id: int | None = None, objects=()):
    """Entries a reader whose subtree is scope_path may see: of a plan, and/or of (object_type, ids) pairs.
    None reads nothing; every read of the log goes through here so none can forget the scope."""
    from django.db.models import Q
    if scope_path is None:
        return Entry.objects.none()
    qs = Entry.objects.filter(scope_path__startswith=scope_path)
    if plan_id is not None:
        qs = qs.filter(plan_id=plan_id)
    if objects:
        q = Q(pk__in=[])
        for object_type, ids in objects:
            ids = list(ids)
            if ids:
                q |= Q(object_type=object_type, object_id__in=ids)
        qs = qs.filter(q)
    return qs.select_related("user", "organisation")
