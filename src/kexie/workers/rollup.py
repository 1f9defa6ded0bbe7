"""The /workers/ dashboard's figures: registered measures counted per direct child subtree, one query each.

A measure is rows to count (a callable returning a QuerySet, so "this year" is evaluated at each request), the
lookup of each row's organisation path, and optionally a field to sum instead of counting rows. Each measure is one
GROUP BY over the rows' organisation id within the viewer's subtree; the organisations' paths (one query, shared)
then put each organisation's figure in its direct child's line (or the viewer's own). Apps above workers (or
workers' other parts) add measures with register_measure.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from django.db.models import Count, Sum

from kexie.orgs.models import PATH_STEP, Organisation


@dataclass(frozen=True)
class Measure:
    key: str
    label: str
    rows: Callable
    path_lookup: str
    value: str | None = None


MEASURES: dict[str, Measure] = {}


def register_measure(key: str, label, rows: Callable, path_lookup: str, *, value: str | None = None) -> None:
    """Count rows() (or sum their `value`) per child organisation, by each row's organisation path at path_lookup
    ("organisation__path", "assignment__organisation__path")."""
    MEASURES[key] = Measure(key, label, rows, path_lookup, value)


def by_organisation(measure: Measure, org: Organisation) -> dict[int, int]:
    """{organisation id: figure} of the measure in org's subtree: one query (the subtree as an id subquery)."""
    org_lookup = measure.path_lookup.removesuffix("__path")
    subtree = Organisation.objects.filter(path__startswith=org.path).values("id")
    qs = (measure.rows().filter(**{f"{org_lookup}__in": subtree}).order_by().values(org_lookup)
          .annotate(_n=Sum(measure.value) if measure.value else Count("pk")))
    return {row[org_lookup]: row["_n"] or 0 for row in qs}


@dataclass
class Line:
    organisation: Organisation
    own: bool  # the organisation's own row (its records, not its children's)
    figures: dict[str, int]

    @property
    def cells(self) -> list[int]:
        return list(self.figures.values())  # in the measures' order


def dashboard(org: Organisation) -> tuple[list[Measure], list[Line], dict[str, int]]:
    """(measures, the organisation's own line and one per direct child, totals): 2 + one query per measure."""
    measures = list(MEASURES.values())
    children = list(Organisation.objects.filter(parent=org).order_by("order", "path"))
    width = len(org.path) + PATH_STEP + 1
    prefix_of = {pk: path[:width] for pk, path in
                 Organisation.objects.filter(path__startswith=org.path).values_list("id", "path")}
    by_prefix: dict[str, dict[str, int]] = {}
    for m in measures:
        for org_id, n in by_organisation(m, org).items():
            figures = by_prefix.setdefault(prefix_of.get(org_id, ""), {})
            figures[m.key] = figures.get(m.key, 0) + n
    lines = [Line(o, o.pk == org.pk, {m.key: by_prefix.get(o.path, {}).get(m.key, 0) for m in measures})
             for o in [org, *children]]
    totals = {m.key: sum(f.get(m.key, 0) for f in by_prefix.values()) for m in measures}
    return measures, lines, totals
