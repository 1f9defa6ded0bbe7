"""A plan's 台账 as the xlsx an office keeps: one row per task (sheet 台账) and one per assignment (分单位明细).

Sheet 1's layout is a contract (office's ledger import reads it back): row 1 the plan's title, row 2 "发文字号：…
导出日期：…", row 3 the header (COLUMNS), then a group row per Task.is_group (its marker, its heading merged
across) and a row per task. Everything is scoped like the ledger page: the issuer side sees every assignment, a
recipient its own subtree's (ledger.access, ledger.reads.ledger_rows). Sheet 2 streams the assignments in
batches (a national plan's 112,000), one query per batch, never all in memory. The file is an office's Chinese
台账 whatever the interface's language (write it under translation.override("zh-hans"), as the view does).
"""

from __future__ import annotations

from collections import defaultdict

from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext as _

from kexie.ledger.access import assignments_of_plan_for
from kexie.ledger.flow import Status
from kexie.ledger.lights import Clock, Light
from kexie.ledger.models import AssignmentRole, Duty, MatchState, NameMatch, Plan
from kexie.ledger.reads import ledger_rows
from kexie.ledger.rhythms import chinese_date

from . import xlsx

LANGUAGE = "zh-hans"
SHEET_LEDGER, SHEET_UNITS = "台账", "分单位明细"
# The header of sheet 1, in order (the import recognises these names).
COLUMNS = ("序号", "工作任务", "具体措施", "牵头领导", "责任领导", "责任科室/单位", "配合单位", "完成时限", "进展情况",
           "状态", "预警")
UNIT_COLUMNS = ("任务序号", "工作任务", "承办单位", "分工", "完成时限", "状态", "预警", "进度", "最近报送日期", "进展情况")
# The Duty roles behind each name column of sheet 1.
ROLE_COLUMNS = ((Duty.LEAD_LEADERS,), (Duty.RESPONSIBLE_LEADERS,), (Duty.DEPARTMENTS, Duty.LEAD_UNITS),
                (Duty.PARTNER_UNITS,))
BATCH = 2000  # assignments per read of sheet 2
SUMMARY_TEXT = 80  # characters of the latest report quoted in a many-unit task's 进展情况
CELL_TEXT = 32000  # Excel holds 32,767 characters in a cell


def light_cell(light: str) -> xlsx.Cell | str:
    return xlsx.Cell(str(Light(light).label), fill=xlsx.LIGHT_FILLS[light]) if light else ""


def _clip(text: str, limit: int) -> str:
    text = (text or "").strip()
    return text if len(text) <= limit else text[:limit - 1] + "…"


def task_names(plan: Plan) -> dict[tuple[int, str], list[str]]:
    """(task id, role) → the names of its confirmed matches: the record's name where matched, else the document's."""
    names = defaultdict(list)
    for task_id, role, name, person, department, short, full in (
            NameMatch.objects.filter(task__plan=plan, state__in=[MatchState.CONFIRMED, MatchState.CREATED])
            .order_by("task_id", "role", "order", "id")
            .values_list("task_id", "role", "name", "person__name", "department__name", "organisation__short_name",
                         "organisation__name")):
        names[task_id, role].append(person or department or short or full or name)
    return names


def ledger_sheet(user, plan: Plan, clock: Clock) -> xlsx.Sheet:
    rows = ledger_rows(user, plan, clock=clock)
    names = task_names(plan)
    reported = dict(assignments_of_plan_for(user, plan).filter(last_report_at__isnull=False).order_by()
                    .values_list("task_id").annotate(n=Count("id")))
    out = []
    for r in rows:
        t = r.task
        number = t.marker or t.outline_id
        if t.is_group and not t.text:
            out.append(xlsx.Group(t.heading, lead=number))
            continue
        if t.is_group:
            # A heading with a text of its own (二、…：全市科协系统要把…): the text needs its column, so the row is not
            # merged; bold, with nothing assigned, it still reads (and imports back) as a group over its items.
            out.append([number, xlsx.Cell(t.heading, bold=True), _clip(t.text, CELL_TEXT)])
            continue
        people = ["、".join(dict.fromkeys(n for role in roles for n in names.get((t.pk, role), [])))
                  for roles in ROLE_COLUMNS]
        if r.n_units == 1:
            progress, status = r.progress, r.single_status_label
        elif r.n_units:
            progress = _("已报送 %(done)d/%(all)d") % {"done": reported.get(t.pk, 0), "all": r.n_units}
            if r.progress:
                progress += _("，最近：%(unit)s：%(text)s") % {"unit": r.progress_unit,
                                                          "text": _clip(r.progress, SUMMARY_TEXT)}
            closed = next((n for s, _label, n in r.status_counts if s == Status.CLOSED), 0)
            status = _("办结 %(closed)d/%(all)d") % {"closed": closed, "all": r.n_units}
        else:
            progress = status = ""
        due = r.due or t.due_date
        out.append([number, t.heading, _clip(t.text, CELL_TEXT), *people, chinese_date(due) if due else "",
                    _clip(progress, CELL_TEXT), status, light_cell(r.light)])
    widths = (8, None, None, None, None, None, None, None, None, None, 6)
    wraps = (False, True, True, True, True, True, True, False, True, False, False)
    caps = (8, 30, 50, 14, 14, 24, 24, 16, 50, 14, 6)
    columns = [xlsx.Column(label, width=w, max_width=cap, wrap=wrap, centre=label in ("序号", "预警", "状态"))
               for label, w, wrap, cap in zip(COLUMNS, widths, wraps, caps)]
    return xlsx.Sheet(SHEET_LEDGER, plan.title, columns, out, subtitle=subtitle(user, plan, clock))


def subtitle(user, plan: Plan, clock: Clock) -> str:
    parts = [_("发文字号：%(number)s") % {"number": plan.doc_number or "—"},
             _("导出日期：%(date)s") % {"date": chinese_date(clock.today)}]
    if not getattr(plan, "issuer_side", True):
        from kexie.orgs.access import membership_of
        home = membership_of(user)
        if home is not None:
            parts.append(_("范围：%(unit)s及下级") % {"unit": home.organisation.display_name})
    return "　".join(parts)


def unit_rows(user, plan: Plan, clock: Clock):
    """Sheet 2's rows, one per assignment the user sees, read BATCH at a time (one query per batch): plain values,
    with the plan's few tasks, dates and lights looked up once rather than joined or formatted per row."""
    tasks = {pk: (marker or outline_id, heading) for pk, marker, outline_id, heading in
             plan.tasks.values_list("pk", "marker", "outline_id", "heading")}
    roles, statuses = dict(AssignmentRole.choices), dict(Status.choices)
    lights = {light: light_cell(light) for light in Light.values}
    dates: dict = {}

    def day(value) -> str:
        if value not in dates:
            dates[value] = chinese_date(value) if value else ""
        return dates[value]

    qs = (assignments_of_plan_for(user, plan).annotate(light=clock.expression()).order_by("task__order", "role", "id")
          .values_list("task_id", "department__name", "organisation__short_name", "organisation__name", "role",
                       "due_date", "status", "light", "progress", "last_report_at", "progress_text"))
    for task_id, department, short, name, role, due, status, light, progress, reported, text in qs.iterator(
            chunk_size=BATCH):
        number, heading = tasks[task_id]
        yield [number, heading, department or short or name, roles.get(role, role), day(due),
               statuses.get(status, status), lights[light], f"{progress}%",
               day(timezone.localtime(reported).date() if reported else None), _clip(text, CELL_TEXT) or None]


def units_sheet(user, plan: Plan, clock: Clock) -> xlsx.Sheet:
    # Only 进展情况 wraps (and 预警 is filled): a national plan's 112,000 rows stay plain cells otherwise.
    caps = (8, 30, 24, 6, 16, 10, 6, 6, 16, 60)
    columns = [xlsx.Column(label, max_width=cap, wrap=label == "进展情况") for label, cap in zip(UNIT_COLUMNS, caps)]
    return xlsx.Sheet(SHEET_UNITS, plan.title + _("（分单位明细）"), columns, unit_rows(user, plan, clock),
                      subtitle=subtitle(user, plan, clock), freeze_columns=3)


def sheets(user, plan: Plan, clock: Clock | None = None) -> list[xlsx.Sheet]:
    """The two sheets of the plan as the user sees it (plan fetched through ledger.access.get_plan_for_user)."""
    clock = clock or Clock.at()
    return [ledger_sheet(user, plan, clock), units_sheet(user, plan, clock)]


def filename(plan: Plan, clock: Clock) -> str:
    return f"{plan.title[:60]}-台账-{clock.today:%Y%m%d}.xlsx"
