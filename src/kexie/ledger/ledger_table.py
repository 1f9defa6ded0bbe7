"""The rows of the ledger table (序号, 工作任务, 具体措施, 牵头领导, 责任领导, 责任科室/单位, 完成时限, 进展情况, 状态).

One row per task: a plan sent to 100 units has 100 assignments per task, and the office's table names the
units and sums their states rather than repeating the task 100 times (the task page lists each unit).
Filtered to one unit, the row is that unit's own due date, progress and status. Built from three queries
(tasks, leaders, assignments as plain values), whatever the number of units, so the page stays fast.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .models import AssignmentRole, NameMatch, Role, Status

MAX_UNITS_NAMED = 6


@dataclass
class Row:
    task: object
    lead_leaders: list[str] = field(default_factory=list)
    responsible_leaders: list[str] = field(default_factory=list)
    units: list[str] = field(default_factory=list)
    n_units: int = 0
    due: object = None
    progress: str = ""
    progress_unit: str = ""
    status_counts: list[tuple[str, str, int]] = field(default_factory=list)
    single_status: str = ""
    single_status_label: str = ""

    @property
    def units_label(self) -> str:
        if self.n_units > MAX_UNITS_NAMED:
            return "、".join(self.units[:3]) + f"等 {self.n_units} 个单位"
        return "、".join(self.units)


def _unit_key(org_id, dept_id) -> str:
    return f"d{dept_id}" if dept_id else str(org_id)


def ledger_rows(plan, assignments, *, status: str = "", unit: str = "", sort: str = "order"):
    """(rows, units) where units are (key, label) choices for the unit filter."""
    labels = dict(Status.choices)
    tasks = list(plan.tasks.order_by("order"))
    people: dict[tuple[int, str], list[str]] = {}
    for task_id, role, name, person_name in (
            NameMatch.objects.filter(task__plan=plan, role__in=[Role.LEAD_LEADERS, Role.RESPONSIBLE_LEADERS])
            .exclude(state="ignored").order_by("order")
            .values_list("task_id", "role", "name", "person__name")):
        people.setdefault((task_id, role), []).append(person_name or name)
    values = assignments.values_list("task_id", "organisation_id", "department_id", "organisation__name",
                                     "organisation__short_name", "department__name", "role", "status", "due_date",
                                     "progress_text", "last_report_at").order_by("-role", "organisation__path", "id")
    per_task: dict[int, list[tuple]] = {}
    units: dict[str, str] = {}
    for v in values:
        key = _unit_key(v[1], v[2])
        label = v[5] or v[4] or v[3]
        units.setdefault(key, label)
        if unit and key != unit:
            continue
        if status and v[7] != status:
            continue
        per_task.setdefault(v[0], []).append((label, *v[6:]))
    filtering = bool(status or unit)
    rows = []
    for task in tasks:
        got = per_task.get(task.pk, [])
        if filtering and not got:
            continue
        row = Row(task=task, lead_leaders=people.get((task.pk, Role.LEAD_LEADERS), []),
                  responsible_leaders=people.get((task.pk, Role.RESPONSIBLE_LEADERS), []))
        if got:
            # Lead units first, as the offices write them (牵头 before 配合).
            row.units = [g[0] for g in got if g[1] == AssignmentRole.LEAD] + \
                        [g[0] for g in got if g[1] != AssignmentRole.LEAD]
            row.n_units = len(got)
            dues = sorted({g[3] for g in got if g[3]})
            row.due = dues[0] if dues else None
            latest = max((g for g in got if g[5]), key=lambda g: g[5], default=None)
            if latest:
                row.progress, row.progress_unit = latest[4], latest[0]
            counts: dict[str, int] = {}
            for g in got:
                counts[g[2]] = counts.get(g[2], 0) + 1
            row.status_counts = [(s, labels[s], counts[s]) for s in Status.values if s in counts]
            if len(got) == 1:
                row.single_status, row.single_status_label = got[0][2], labels[got[0][2]]
        rows.append(row)
    if sort == "due":
        rows.sort(key=lambda r: (r.due is None, r.due or 0, r.task.order))
    return rows, sorted(units.items(), key=lambda kv: (not kv[0].startswith("d"), kv[1]))
