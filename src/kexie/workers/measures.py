"""The dashboard's measures (registered in AppConfig.ready): the register, contacts, visits, overdue pairs, and
the 办实事清单's requests received, handled and satisfied, nominations and typical cases."""

from __future__ import annotations

from django.utils import timezone
from django.utils.translation import gettext_lazy

from .models import ContactPair, ScientistCount, VisitCount
from .rollup import register_measure


def _this_years_visit_counts():
    return VisitCount.objects.filter(year=timezone.localdate().year)


def register_all() -> None:
    # The register's size from its per-organisation counts (a million records are not counted per request).
    register_measure("scientists", gettext_lazy("名录人数"), lambda: ScientistCount.objects.all(), "organisation__path",
                     value="n")
    # Visits and contacts of the year from their per-organisation counts (kept exact by every write of a visit).
    register_measure("contacts", gettext_lazy("今年联系次数"), _this_years_visit_counts, "organisation__path",
                     value="contacts")
    register_measure("visits", gettext_lazy("今年走访慰问"), _this_years_visit_counts, "organisation__path",
                     value="visits")
    register_measure("overdue", gettext_lazy("联系逾期"),
                     lambda: ContactPair.objects.filter(due_on__lt=timezone.localdate()), "organisation__path")
    # 办实事清单's, 推荐评选's and 典型库's figures, in the form their modules give them
    from . import campaigns, requests
    for key, label, rows, path_lookup in (*requests.measures(), *campaigns.measures()):
        register_measure(key, label, rows, path_lookup)
