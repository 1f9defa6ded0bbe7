"""The xlsx of every list page (inbox, a dashboard's assignment list, 排行榜, 报送情况表, 每人定额), one Sheet each
through office/xlsx.py. Each takes what its page's scoping helper returned (the rows are the page's, unpaginated)
and streams assignment lists in batches, so a list of a province's 30,000 rows is one query per batch.
"""

from __future__ import annotations

from django.utils import timezone
from django.utils.translation import gettext as _

from kexie.ledger.flow import Status
from kexie.ledger.lights import Clock, Light
from kexie.ledger.rhythms import chinese_date

from . import xlsx

BATCH = 2000


def _date(day) -> str:
    return chinese_date(day) if day else ""


def _light(light: str):
    return xlsx.Cell(str(Light(light).label), fill=xlsx.LIGHT_FILLS[light]) if light else ""


def _stamp(clock: Clock, scope: str = "") -> str:
    parts = [_("导出日期：%(date)s") % {"date": chinese_date(clock.today)}]
    if scope:
        parts.append(_("范围：%(scope)s") % {"scope": scope})
    return "　".join(parts)


def _assignment_rows(qs, clock: Clock, with_plan: bool = True):
    statuses = dict(Status.choices)
    for i, a in enumerate(qs.annotate(light=clock.expression()).iterator(chunk_size=BATCH), start=1):
        reported = timezone.localtime(a.last_report_at).date() if a.last_report_at else None
        yield [i, *([a.plan.title] if with_plan else []), f"{a.task.marker}{a.task.heading}", a.assignee_label,
               a.get_role_display(), _date(a.due_date), statuses.get(a.status, a.status), _light(a.light),
               f"{a.progress}%", _date(reported), a.progress_text]


def _assignment_columns() -> list[xlsx.Column]:
    # Plain columns but 工作任务 and 进展情况 (wrapped): a province's list has tens of thousands of rows.
    return [xlsx.Column(_("序号"), width=6), xlsx.Column(_("台账"), max_width=30),
            xlsx.Column(_("工作任务"), max_width=30, wrap=True), xlsx.Column(_("承办单位"), max_width=24),
            xlsx.Column(_("分工")), xlsx.Column(_("完成时限"), max_width=16), xlsx.Column(_("状态"), max_width=10),
            xlsx.Column(_("预警")), xlsx.Column(_("进度")), xlsx.Column(_("最近报送日期"), max_width=16),
            xlsx.Column(_("进展情况"), max_width=60, wrap=True)]


def inbox(organisation, qs, clock: Clock, status_label: str) -> xlsx.Sheet:
    """本单位待办: the inbox's filtered assignments (reads.inbox), every page."""
    return xlsx.Sheet(_("本单位待办"), _("%(unit)s 待办事项") % {"unit": organisation.display_name},
                      _assignment_columns(), _assignment_rows(qs, clock),
                      subtitle=_stamp(clock, _("状态：%(status)s") % {"status": status_label}), freeze_columns=1)


def assignments(org, qs, clock: Clock, light: str) -> xlsx.Sheet:
    """A dashboard's 交办清单 (oversight.rollup.listed_assignments), every page."""
    title = _("%(unit)s 交办清单") % {"unit": org.display_name}
    if light:
        title += f" · {Light(light).label}"
    return xlsx.Sheet(_("交办清单"), title, _assignment_columns(), _assignment_rows(qs, clock),
                      subtitle=_stamp(clock, _("%(unit)s及下级单位") % {"unit": org.display_name}), freeze_columns=1)


def ranking(org, period, rows, column: str, clock: Clock) -> list[xlsx.Sheet]:
    """排行榜 (oversight.rankings.ranking) and, on a second sheet, each column's rule and the tie rule."""
    from kexie.oversight.rankings import COLUMNS, LABELS, RULES, TIE_RULE

    columns = [xlsx.Column(_("名次"), width=6, centre=True), xlsx.Column(_("单位"), max_width=30),
               xlsx.Column(_("到期事项"), centre=True), xlsx.Column(_("按期办结"), centre=True),
               *(xlsx.Column(str(LABELS[c]), centre=True) for c in COLUMNS)]
    data = [[r.rank, r.unit.display_name, r.due, r.on_time, None if r.rate is None else f"{r.rate:.1%}", r.overdue,
             r.reports, r.typical] for r in rows]
    title = _("%(unit)s 排行榜（%(start)s至%(end)s）") % {
        "unit": org.display_name, "start": chinese_date(period.start), "end": chinese_date(period.end)}
    rules = [[str(LABELS[c]), str(RULES[c])] for c in COLUMNS] + [[_("并列"), str(TIE_RULE)]]
    return [xlsx.Sheet(_("排行榜"), title, columns, data, freeze_columns=2,
                       subtitle=_stamp(clock) + "　" + _("排序：%(column)s") % {"column": LABELS[column]}),
            xlsx.Sheet(_("规则"), _("排行规则"), [xlsx.Column(_("项目"), max_width=16),
                                               xlsx.Column(_("规则"), max_width=80, wrap=True)], rules)]


def matrix(m) -> xlsx.Sheet:
    """报送情况表 (ledger.matrix.build): every filtered unit, not one page; cells filled by state, column totals."""
    from kexie.ledger.matrix import SEVERITY, State, all_rows, describe

    fills = {State.ON_TIME: "DFF2DC", State.LATE: "FDE6CF", State.NOT_DUE: "FDF0C8", State.OVERDUE: "FBDCDC",
             State.NOT_STARTED: "EEF0F3", State.NOT_REQUIRED: "F4F4F4"}
    number = f"（{m.plan.doc_number}）" if m.plan.doc_number else ""
    subject = f"{m.plan.title}{number}" + (f" · {m.task.heading}" if m.task else "")
    title = _("%(subject)s 报送情况（导出日期：%(date)s）") % {"subject": subject, "date": chinese_date(m.today)}
    columns = [xlsx.Column(_("序号"), width=6, centre=True), xlsx.Column(_("单位"), max_width=40),
               *(xlsx.Column(c.label, width=max(xlsx.text_width(c.label), xlsx.text_width(_("99/99 已报")), 10) + 2,
                             centre=True) for c in m.columns)]
    rows = ([i, r.unit.display_name, *("—" if x is None else xlsx.Cell(x.label, fill=fills[x.state])
                                       for x in r.cells)] for i, r in enumerate(all_rows(m), start=1))
    total = [None, _("合计"), *("，".join(f"{State(s).label} {c.totals[s]}" for s in reversed(SEVERITY)
                                         if c.totals.get(s)) for c in m.columns)]
    return xlsx.Sheet(_("报送情况"), title, columns, rows, subtitle=describe(m), total=total, freeze_columns=2)


def quota(task, period_key: str, prefix: str, clock: Clock) -> list[xlsx.Sheet]:
    """每人定额 of a period: one sheet by unit, one by person (ledger.quotas, as far as the user sees)."""
    from kexie.ledger import quotas
    from kexie.ledger.rhythms import period_label

    subject = f"{task.marker}{task.heading}（{period_label(period_key)}）"
    by_unit = ([r["organisation__short_name"] or r["organisation__name"], r["people"], r["met"],
                r["people"] - r["met"], r["items"] or 0]
               for r in quotas.by_unit(task, period_key, prefix).iterator(chunk_size=BATCH))
    by_person = ([p.organisation.display_name, p.name, p.n, _("是") if p.n >= task.quota else _("否")]
                 for p in quotas.people(task, period_key, prefix).iterator(chunk_size=BATCH))
    quota_line = _stamp(clock) + "　" + _("每人定额：%(n)d") % {"n": task.quota or 0}
    return [xlsx.Sheet(_("按单位"), subject, [xlsx.Column(_("单位"), max_width=30), xlsx.Column(_("人数")),
                                           xlsx.Column(_("已完成")), xlsx.Column(_("未完成")),
                                           xlsx.Column(_("登记数"))], by_unit, subtitle=quota_line),
            xlsx.Sheet(_("按人员"), subject, [xlsx.Column(_("单位"), max_width=30), xlsx.Column(_("姓名")),
                                           xlsx.Column(_("登记数")), xlsx.Column(_("是否完成"))], by_person,
                       subtitle=quota_line)]
