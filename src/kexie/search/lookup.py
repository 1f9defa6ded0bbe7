"""A register's own list searching by words through the index: its objects holding every word, a page at a time.

The list keeps its own scope, filters and order; only its words go through the index, cut as 检索 cuts them
(segment.query_terms), so a list and /search/ find the same objects for the same words. The index's SQL names
its tables (index.match), so it is the outer query here — over the entries of the list's objects — never a
subquery of the list's own; the rows are then read by id, a page (or an export's batch) at a time.
"""

from __future__ import annotations

from . import index, segment
from .models import Entry


def has_terms(q: str) -> bool:
    """Whether q holds anything to search for (Han characters, letters or digits)."""
    return bool(segment.query_terms(q))


class Matching:
    """The objects of `scoped` (a queryset of one source's model: the list's scope and filters) whose entry holds
    every term of q, newest first by the entry's date, then id (none if q holds no term). Sized and sliced like a
    queryset, so Paginator pages it and an export iterates it (the count is exact, as the list's own was);
    within (the list's unit filter, else the user's own organisation) lets the index read only that subtree."""

    def __init__(self, kind: str, scoped, q: str, within=None, related: tuple = ()):
        self.model, self.related = scoped.model, related
        terms = segment.query_terms(q)
        entries = Entry.objects.filter(kind=kind, object_id__in=scoped.order_by().values("pk"))
        if not terms:
            entries = entries.none()
        else:
            narrow = None
            if within is not None:
                entries = entries.filter(organisation__path__startswith=within.path)
                narrow = (kind, [within.pk], [])
            entries = index.match(entries, terms, narrow=narrow)
        self.ids = entries.order_by("-date", "-object_id").values_list("object_id", flat=True)

    def count(self) -> int:
        return self.ids.count()

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, part: slice) -> list:
        ids = list(self.ids[part])
        found = self.model.objects.select_related(*self.related).in_bulk(ids)
        return [found[i] for i in ids if i in found]

    def iterator(self, chunk_size: int = 500):
        start = 0
        while batch := self[start:start + chunk_size]:
            yield from batch
            start += chunk_size
