"""逐级汇总: a unit gathers the reports of the units its assignment was passed down to and sends its own up.

gather reads, for one reporting period (or, for a task without rhythm, the latest), each sub-assignment's latest
report: who sent and who did not, the texts with their units' names, the numbers they carry summed per label and
measure word (科普讲座 12场 + 8场 → 20场), and a draft. compile_report sends the unit's own report through
reports.submit_report with the sources it was compiled from (Report.sources), which the issuer above opens.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.db.models import OuterRef, Q, Subquery
from django.utils.translation import gettext as _

from . import cycles
from .access import require_handler
from .errors import LedgerError
from .inputs import clean_text, parse_ids
from .models import Assignment, Report
from .relays import chain_of
from .reports import submit_report
from .rhythms import period_label

# Longer words first: 万元 before 元, 人次 before 人.
MEASURES = ("万元", "人次", "场", "次", "人", "个", "项", "篇", "家", "份", "元")
_NUMBER = re.compile(r"(\d+(?:\.\d+)?)\s*(?:余|多)?\s*(" + "|".join(MEASURES) + ")")
# A label is what follows the last of these verbs and adverbs before the number (甲一县举办科普讲座 → 科普讲座).
_LEAD = re.compile(r"累计|共计|合计|总计|开展|举办|组织|发放|参与|参加|服务|覆盖|惠及|达到|超过|吸引|培训|完成|推荐|发布|"
                   r"推出|召开|建成|新建|走访|慰问|征集|共|达|约|近|逾|计|了|各类|专题")
_STOP = re.compile(r"[，。；、：:,;！!？?（）()\s\d“”\"]")
LABEL_MAX = 8


@dataclass
class Sum:
    label: str
    measure: str
    total: Decimal
    units: int  # how many reports carried it

    @property
    def display(self) -> str:
        value = self.total.normalize()
        return f"{self.label}{value:f}{self.measure}"


@dataclass
class Gathered:
    period: str
    rows: list = field(default_factory=list)  # sub-assignments, each with .report (None: not sent)
    sums: list = field(default_factory=list)
    draft: str = ""
    percent: int = 0

    @property
    def sent(self) -> list:
        return [a for a in self.rows if a.report is not None]

    @property
    def missing(self) -> list:
        return [a for a in self.rows if a.report is None]


def numbers_in(text: str) -> list[tuple[str, str, Decimal]]:
    """(label, measure word, number) of each figure the text gives: 举办科普讲座12场 → (科普讲座, 场, 12)."""
    out = []
    for m in _NUMBER.finditer(text):
        before = _STOP.split(text[:m.start()])[-1]
        label = next((part for part in reversed(_LEAD.split(before)) if part), "")[-LABEL_MAX:]
        try:
            out.append((label, m.group(2), Decimal(m.group(1))))
        except InvalidOperation:  # pragma: no cover - the pattern reads only digits
            continue
    return out


def sums_of(texts) -> list[Sum]:
    """The figures of several reports added per (label, measure word), in the order first seen."""
    sums: dict[tuple[str, str], Sum] = {}
    for text in texts:
        for label, measure, n in numbers_in(text):
            s = sums.setdefault((label, measure), Sum(label, measure, Decimal(0), 0))
            s.total += n
            s.units += 1
    return list(sums.values())


def _reports_for(period: str):
    reports = Report.objects.filter(Q(assignment=OuterRef("pk")) | Q(also=OuterRef("pk")))
    if period:
        reports = reports.filter(period=period)
    return reports.order_by("-created_at", "-id").values("pk")[:1]


def gather(assignment: Assignment, period: str = "") -> Gathered:
    """The chain's latest reports for the period (any period when empty), what was sent and what was not, the
    sums and a draft. Three queries, whatever the chain's length."""
    period = (period or "")[:20]
    rows = list(chain_of(assignment).select_related("organisation", "department", "plan")
                .annotate(report_id=Subquery(_reports_for(period))).order_by("organisation__path", "department",
                                                                             "id"))
    reports = Report.objects.in_bulk([a.report_id for a in rows if a.report_id])
    for a in rows:
        a.report = reports.get(a.report_id)
    g = Gathered(period=period, rows=rows)
    g.sums = sums_of(a.report.text for a in g.sent)
    g.percent = round(sum(a.progress for a in rows) / len(rows)) if rows else 0
    g.draft = _draft(assignment, g)
    return g


def _draft(assignment: Assignment, g: Gathered) -> str:
    head = _("%(period)s，本单位将任务转办给 %(n)d 个单位，%(sent)d 个已报送。") % {
        "period": period_label(g.period) if g.period else _("截至目前"), "n": len(g.rows), "sent": len(g.sent)}
    lines = [head]
    lines += [f"{a.assignee_label}：{a.report.text.strip()}" for a in g.sent]
    if g.sums:
        lines.append(_("合计：%(sums)s。") % {"sums": "、".join(s.display for s in g.sums)})
    if g.missing:
        lines.append(_("未报送：%(units)s。") % {"units": "、".join(a.assignee_label for a in g.missing)})
    return "\n".join(lines)


def compile_report(assignment: Assignment, user, *, period: str = "", text: str = "", percent=0,
                   source_ids=()) -> Report:
    """Send the unit's own report, compiled from the reports below (source_ids: reports on its chain, of the
    period when one is given). Nothing below, or a source that is not one: a message, nothing written."""
    require_handler(user, assignment)
    period = clean_text(period, _("报送期"), 20)
    if period:
        cycles.check_period(assignment, period)
    ids = set(parse_ids(list(source_ids)))
    chain = chain_of(assignment)
    if not chain.exists():
        raise LedgerError(_("该任务没有转办给下级，没有可汇总的报送：请直接报送。"))
    if not ids:
        raise LedgerError(_("请至少选择一份下级报送作为汇总来源。"))
    sources = Report.objects.filter(Q(assignment__in=chain) | Q(also__in=chain), pk__in=ids).distinct()
    if period:
        sources = sources.filter(period=period)
    sources = list(sources)
    if len(sources) != len(ids):
        raise LedgerError(_("所选报送中有不是下级对本任务%(which)s的报送，请重新选择。")
                          % {"which": _("本期") if period else ""})
    with transaction.atomic():
        return submit_report(assignment, user, text=text, percent=percent, period=period, sources=sources)
