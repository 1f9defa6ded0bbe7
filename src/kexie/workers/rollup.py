"""The /workers/ dashboard's figures: registered measures counted per direct child subtree in one query each.

A measure is rows to count (a callable returning a QuerySet, so "this year" is evaluated at each request) and the
lookup of each row's organisation path. Each measure is one GROUP BY over the first PATH_STEP+1 characters after
the viewer's own path: a row of a child's subtree falls in the child's group, a row of the organisation itself in
its own. Apps above workers (or workers' later parts) add measures with register_measure.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from django.db.models import Count
from django.db.models.functions import Substr

from kexie.orgs.models import PATH_STEP, Organisation


@dataclass(frozen=True)
class Measure:
    key: str
    label: str
    rows: Callable
    path_lookup: str


MEASURES: dict[str, Measure] = {}


def register_measure(key: str, label, rows: Callable, path_lookup: str) -> None:
    """Count rows() per child organisation on the dashboard, by each row's organisation path at path_lookup."""
    MEASURES[key] = Measure(key, label, rows, path_lookup)


def counts_by_prefix(measure: Measure, org: Organisation) -> dict[str, int]:
    """{child path (or org's own path): rows} of the measure in org's subtree: one query."""
    width = len(org.path) + PATH_STEP + 1
    qs = (measure.rows().filter(**{f"{measure.path_lookup}__startswith": org.path}).order_by()
          .annotate(_prefix=Substr(measure.path_lookup, 1, width)).values("_prefix").annotate(n=Count("pk")))
    return {row["_prefix"]: row["n"] for row in qs}


@dataclass
class Line:
    organisation: Organisation
    own: bool  # the organisation's own row (its records, not its children's)
    figures: dict[str, int]

    @property
    def cells(self) -> list[int]:
        return list(self.figures.values())  # in the measures' order


def dashboard(org: Organisation) -> tuple[list[Measure], list[Line], dict[str, int]]:
    """(measures, a line per direct child and the organisation's own line, totals): 1 + one query per measure."""
    measures = list(MEASURES.values())
    children = list(Organisation.objects.filter(parent=org).order_by("order", "path"))
    by_measure = {m.key: counts_by_prefix(m, org) for m in measures}
    lines = [Line(org, True, {m.key: by_measure[m.key].get(org.path, 0) for m in measures})]
    lines += [Line(c, False, {m.key: by_measure[m.key].get(c.path, 0) for m in measures}) for c in children]
    totals = {m.key: sum(by_measure[m.key].values()) for m in measures}
    return measures, lines, totals
