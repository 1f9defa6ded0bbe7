"""The demo's part of search: index whatever the save hooks have not (a demo database made before search existed)."""

from __future__ import annotations

from . import index
from .models import Entry
from .sources import sources


def index_missing() -> str:
    """Index the objects of every source that have no entry yet; idempotent (a second run indexes nothing)."""
    done = {}
    for source in sources():
        have = Entry.objects.filter(kind=source.kind).values("object_id")
        ids = list(source.model.objects.exclude(pk__in=have).values_list("pk", flat=True))
        for start in range(0, len(ids), 500):
            index.put(source, source.queryset().filter(pk__in=ids[start:start + 500]))
        done[source.kind] = len(ids)
    total = Entry.objects.count()
    return f"{total} entries ({', '.join(f'{n} {k}s added' for k, n in done.items())})"
