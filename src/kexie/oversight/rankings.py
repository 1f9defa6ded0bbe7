"""排行榜: the units directly under an organisation ranked for a period, each column by a rule the page states.

Columns (each unit's whole subtree; the rules are RULES, shown on the page):
- 按期完成率: of the assignments whose due date falls within the period, the share closed on or before it;
- 逾期数: of those, the ones still open after their due date (红 today) plus those closed after it;
- 报送数 and 典型案例: reports sent within the period, and those marked as typical cases.
Ties share a rank and the next rank is skipped (1, 2, 2, 4: "competition ranking"); a unit with nothing due in
the period has no rate and comes after every unit that has one. Numbers come from the summary tables
(ledger.SubtreeCount, SubtreeReportCount) for each unit's subtree plus its own rows: a fixed number of queries.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import Count, F, Q, Sum
from django.utils.translation import gettext_lazy as _

from kexie.ledger.flow import Status
from kexie.ledger.models import NOT_CLOSED, Assignment, Report, SubtreeCount, SubtreeReportCount
from kexie.orgs.models import Organisation

from .period import Period
from .rollup import children

COLUMNS = ("rate", "overdue", "reports", "typical")
LABELS = {"rate": _("按期完成率"), "overdue": _("逾期数"), "reports": _("报送数"), "typical": _("典型案例")}
RULES = {
    "rate": _("完成时限在期间内的交办事项中，在完成时限当天或之前办结的比例；期间内没有到期事项的单位不计比率，排在最后。"),
    "overdue": _("完成时限在期间内的交办事项中，至今未办结且已过完成时限的，加上办结日期晚于完成时限的；越少越靠前。"),
    "reports": _("期间内报送进展的次数（含下级单位）；越多越靠前。"),
    "typical": _("期间内报送时标为典型案例的次数（含下级单位）；越多越靠前。"),
}
TIE_RULE = _("数值相同的单位名次相同，其后的名次顺延跳过（如 1、2、2、4）。")


@dataclass
class Row:
    unit: Organisation
    due: int = 0
    on_time: int = 0
    overdue: int = 0
    reports: int = 0
    typical: int = 0
    rank: int = 0

    @property
    def rate(self) -> float | None:
        return self.on_time / self.due if self.due else None

    def sort_key(self, column: str):
        """Smaller is better; None (no rate) after every number."""
        if column == "rate":
            return (1, 0) if self.rate is None else (0, -self.rate)
        if column == "overdue":
            return (0, self.overdue)
        return (0, -getattr(self, column))

    def as_dict(self) -> dict:
        return {"unit": self.unit.pk, "name": self.unit.display_name, "rank": self.rank, "due": self.due,
                "on_time": self.on_time, "rate": self.rate, "overdue": self.overdue, "reports": self.reports,
                "typical": self.typical}


def rank(rows: list[Row], column: str) -> list[Row]:
    """rows sorted by column (best first) with competition ranks: equal values share a rank, the next skips."""
    rows = sorted(rows, key=lambda r: (r.sort_key(column), r.unit.order, r.unit.path))
    for i, row in enumerate(rows):
        same = i and rows[i - 1].sort_key(column) == row.sort_key(column)
        row.rank = rows[i - 1].rank if same else i + 1
    return rows


def ranking(org: Organisation, period: Period, today: datetime.date, column: str = "rate") -> list[Row]:
    """The units directly under org, ranked by column for the period: six queries."""
    if column not in COLUMNS:
        column = "rate"
    units = children(org)
    rows = {u.pk: Row(u) for u in units}
    ids = list(rows)
    closed, closed_summary = Q(status=Status.CLOSED), Q(closed_on__gt=NOT_CLOSED)
    # Due within the period, from each unit's subtree rows and its own assignments.
    for qs, n, on_time, late in (
        (SubtreeCount.objects.filter(organisation__in=ids, due_date__range=(period.start, period.end)), Sum("n"),
         Sum("n", filter=closed_summary & Q(closed_on__lte=F("due_date"))),
         Sum("n", filter=(~closed_summary & Q(due_date__lt=today)) | (closed_summary & Q(closed_on__gt=F("due_date"))))),
        (Assignment.objects.filter(organisation__in=ids, due_date__range=(period.start, period.end)), Count("id"),
         Count("id", filter=closed & Q(closed_at__date__lte=F("due_date"))),
         Count("id", filter=(~closed & Q(due_date__lt=today)) | (closed & Q(closed_at__date__gt=F("due_date"))))),
    ):
        for unit_id, due, timely, overdue in (qs.order_by().values("organisation_id")
                                              .annotate(due=n, timely=on_time, late=late)
                                              .values_list("organisation_id", "due", "timely", "late")):
            row = rows[unit_id]
            row.due += due
            row.on_time += timely or 0
            row.overdue += overdue or 0
    for qs, n, typical in (
        (SubtreeReportCount.objects.filter(organisation__in=ids, day__range=(period.start, period.end))
         .values("organisation_id"), Sum("n"), Sum("n", filter=Q(is_typical_case=True))),
        # The units' own assignments first, then their reports by assignment: PostgreSQL otherwise hashes all
        # 2,000,000 reports to find the few of 41 provinces (1.5 s).
        (Report.objects.filter(assignment__in=list(Assignment.objects.filter(organisation__in=ids)
                                                   .values_list("id", flat=True)),
                               created_at__date__range=(period.start, period.end))
         .values(organisation_id=F("assignment__organisation_id")), Count("id"),
         Count("id", filter=Q(is_typical_case=True))),
    ):
        for unit_id, count, typ in qs.order_by().annotate(count=n, typ=typical).values_list(
                "organisation_id", "count", "typ"):
            rows[unit_id].reports += count
            rows[unit_id].typical += typ or 0
    return rank(list(rows.values()), column)
