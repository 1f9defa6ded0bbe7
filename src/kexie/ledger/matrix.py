"""The reporting matrix (报送情况表): a plan's units down, its rhythm's periods across, each cell 已报/迟报/未报/逾期/未开始.

Rows are the organisations that hold the plan's rhythm tasks (the issuer side sees all, a recipient its subtree),
ordered by the tree's path and paginated in SQL. Columns are the periods of one rhythm (the plan's most common,
or the one asked). A period reported on has a PeriodSlot (cycles.py); one not reported has none, so its state
comes from the period's dates against today. With several tasks of the rhythm, a cell holds all of a unit's
assignments for that period ("3/5 已报") and takes the colour of the worst. The page, its xlsx and the API read
the same build(); its query count does not depend on the number of units: one page of units, their assignments,
their slots (by the (plan, period, organisation) index), and the columns' totals by one GROUP BY each.
"""

from __future__ import annotations

import datetime
import operator
from collections import Counter, defaultdict
from functools import reduce
from dataclasses import dataclass, field

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.db.models import Case, Count, Exists, F, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Coalesce, TruncDate
from django.db.models.lookups import LessThan
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from kexie.orgs.access import org_path_prefix, parse_pk
from kexie.orgs.models import Organisation
from kexie.workdays.calendar import Calendar

from .access import assignments_of_plan_for, is_issuer_side
from .flow import Status
from .models import Assignment, PeriodSlot, Plan, Rhythm, Task
from .rhythms import Period, RhythmError, periods_of

PER_PAGE = 100
# The xlsx reads its rows this many units at a time: a bounded number of queries and of rows in memory per batch.
BATCH = 500


class State(models.TextChoices):
    ON_TIME = "on_time", gettext_lazy("已报")
    LATE = "late", gettext_lazy("迟报")
    NOT_DUE = "not_due", gettext_lazy("未报")
    OVERDUE = "overdue", gettext_lazy("逾期")
    NOT_STARTED = "not_started", gettext_lazy("未开始")
    # Begun after the assignment was closed (办结): nothing is owed.
    NOT_REQUIRED = "not_required", gettext_lazy("无需报送")


# A cell of several assignments takes the colour of the worst; later is worse.
SEVERITY = [State.NOT_REQUIRED, State.NOT_STARTED, State.ON_TIME, State.NOT_DUE, State.LATE, State.OVERDUE]
# The state filter keeps the units with such a cell in some shown period.
STATE_FILTERS = {State.OVERDUE: gettext_lazy("有逾期未报"), State.LATE: gettext_lazy("有迟报")}


class MatrixError(ValueError):
    """A filter that cannot be used, with a sentence for the user."""


@dataclass
class Column:
    key: str
    label: str
    start: datetime.date
    end: datetime.date
    due: datetime.date  # the earliest due date among the tasks that have this period
    periods: dict[int, Period]  # task id → the task's period of this key
    totals: dict[str, int] = field(default_factory=dict)  # State → how many assignments, over every shown unit


@dataclass
class Cell:
    state: str
    n: int  # the unit's assignments that have this period
    reported: int
    counts: dict[str, int]
    assignment_id: int  # the assignment a click opens (the worst one's)
    report_id: int | None  # its latest report in this period, if any

    @property
    def label(self) -> str:
        if self.n == 1:
            return str(State(self.state).label)
        return _("%(reported)d/%(n)d 已报") % {"reported": self.reported, "n": self.n}

    @property
    def title(self) -> str:
        return "，".join(f"{State(s).label} {self.counts[s]}" for s in reversed(SEVERITY) if self.counts.get(s))


@dataclass
class Row:
    unit: Organisation
    cells: list[Cell | None]


@dataclass
class Matrix:
    plan: Plan
    task: Task | None = None
    today: datetime.date | None = None
    rhythm: str = ""
    rhythms: list[tuple[str, str]] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)  # the rhythm's tasks shown
    task_choices: list[Task] = field(default_factory=list)  # the plan's rhythm tasks, for the task filter
    all_columns: list[Column] = field(default_factory=list)  # every period, for the range filter's choices
    columns: list[Column] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    page: object = None
    n_units: int = 0
    unit: Organisation | None = None
    unit_choices: list[Organisation] = field(default_factory=list)
    filters: dict = field(default_factory=dict)  # the filters in force, as query parameters
    errors: list[str] = field(default_factory=list)  # filters dropped, each with why
    message: str = ""  # why there is no matrix at all (no rhythm task, a draft)
    units: object = None  # the filtered units, ordered (a queryset)
    scope: object = None  # the filtered assignments of the shown tasks (a queryset)

    @property
    def empty(self) -> bool:
        return bool(self.message)


def local_today() -> datetime.date:
    """Today in the site's time zone (one place, so tests can fix the day)."""
    return timezone.localdate()


def _param(params, name: str) -> str:
    value = params.get(name, "")
    return value.strip()[:40] if isinstance(value, str) else ""


def build(user, plan: Plan, params=None, *, task: Task | None = None, today: datetime.date | None = None,
          per_page: int | None = None, strict: bool = False) -> Matrix:
    """The matrix of the plan (or of one of its tasks) as this user may see it, filtered by params (rhythm, task,
    unit, state, year, from, to, page). A bad filter is dropped and said in .errors (or, strict, raises
    MatrixError: the API's 400)."""
    params = params or {}
    m = Matrix(plan=plan, task=task, today=today or local_today())

    def refuse(message: str) -> None:
        if strict:
            raise MatrixError(message)
        m.errors.append(message)

    if plan.is_draft:
        m.message = _("台账尚未下发，还没有报送情况。")
        return m
    if getattr(plan, "issuer_side", None) is None:
        plan.issuer_side = is_issuer_side(user, plan)
    tasks = [task] if task else list(plan.tasks.filter(is_group=False).exclude(rhythm="").order_by("order"))
    for t in tasks:
        t.plan = plan  # their periods read the plan's year: no query per task
    m.task_choices = tasks
    if task is None and (task_param := _param(params, "task")):
        chosen = next((t for t in tasks if t.pk == parse_pk(task_param)), None)
        if chosen is None:
            refuse(_("所选任务不是本台账的周期报送任务，已显示全部任务。"))
        else:
            m.task, tasks = chosen, [chosen]
            m.filters["task"] = chosen.pk
    if not tasks or not tasks[0].rhythm:
        m.message = (_("该任务不按周期报送，没有报送情况表。") if task else
                     _("本台账没有按周期报送的任务，没有报送情况表。可在任务中设置报送周期。"))
        return m
    counted = Counter(t.rhythm for t in tasks)
    order = list(Rhythm.values)
    m.rhythms = [(r, Rhythm(r).label) for r in sorted(counted, key=lambda r: (-counted[r], order.index(r)))]
    m.rhythm = m.rhythms[0][0]
    if rhythm := _param(params, "rhythm"):
        if rhythm in counted:
            m.rhythm = rhythm
            if len(counted) > 1:
                m.filters["rhythm"] = rhythm
        else:
            refuse(_("本台账没有“%(value)s”的报送周期，已显示%(rhythm)s。")
                   % {"value": rhythm, "rhythm": Rhythm(m.rhythm).label})
    m.tasks = [t for t in tasks if t.rhythm == m.rhythm]
    m.all_columns = _columns(m.tasks)
    if not m.all_columns:
        m.message = _("报送周期设置有误，没有报送期：请检查任务的报送周期和起止日期。")
        return m
    m.columns = _range(m, params, refuse)
    m.unit = _unit(m, user, params, refuse)
    state = _param(params, "state")
    if state and state not in STATE_FILTERS:
        refuse(_("未知的报送状态筛选“%(value)s”，已显示全部单位。") % {"value": state})
        state = ""
    if state:
        m.filters["state"] = state
    scope = assignments_of_plan_for(user, plan).filter(task_id__in=[t.pk for t in m.tasks])
    if m.unit is not None:
        scope = scope.filter(organisation__path__startswith=m.unit.path)
    shown = scope
    if state == State.OVERDUE:
        shown = scope.filter(_overdue(m))
    elif state == State.LATE:
        shown = scope.filter(Exists(PeriodSlot.objects.filter(
            assignment_id=OuterRef("pk"), period__in=[c.key for c in m.columns],
            first_reported_at__date__gt=F("due_date"))))
    # A state filter's units are worked out once (a correlated count per assignment), not in each of the count,
    # the page and the totals; the totals then count every assignment of those units, as their rows do.
    ids = list(shown.order_by().values_list("organisation_id", flat=True).distinct()) if state else None
    m.units = (Organisation.objects.filter(pk__in=shown.values("organisation_id") if ids is None else ids)
               .only("id", "name", "short_name", "path", "depth", "parent_id").order_by("path"))
    m.scope = scope if ids is None else scope.filter(organisation_id__in=ids)
    paginator = Paginator(m.units, per_page or PER_PAGE)
    number = _param(params, "page") or 1
    try:
        m.page = paginator.page(number)
    except (PageNotAnInteger, EmptyPage):
        refuse(_("页码“%(value)s”无效：共 %(n)d 页，已显示第 1 页。") % {"value": number, "n": paginator.num_pages})
        m.page = paginator.page(1)
    m.n_units = paginator.count
    m.rows = rows_of(m, list(m.page.object_list))
    _totals(m)
    return m


def _columns(tasks: list[Task]) -> list[Column]:
    """The periods of the tasks (one rhythm), merged by key, in order; one calendar for all their due dates."""
    by_key: dict[str, Column] = {}
    calendar = None
    if any(t.rhythm_offset for t in tasks):
        calendar = Calendar(datetime.date(min(t.plan.year for t in tasks) - 1, 1, 1),
                            datetime.date(max(t.plan.year for t in tasks) + 2, 12, 31))
    for t in tasks:
        try:
            periods = periods_of(t, calendar=calendar)
        except RhythmError:
            continue
        for p in periods:
            c = by_key.get(p.key)
            if c is None:
                by_key[p.key] = Column(p.key, p.label, p.start, p.end, p.due, {t.pk: p})
            else:
                c.periods[t.pk] = p
                c.due = min(c.due, p.due)
    return [by_key[k] for k in sorted(by_key)]


def _range(m: Matrix, params, refuse) -> list[Column]:
    """The columns within ?year= and ?from=/?to= (period keys)."""
    columns = m.all_columns
    year = _param(params, "year")
    if year:
        if year.isdigit() and any(c.key.startswith(year) for c in columns):
            columns = [c for c in columns if c.key[:4] == year]
            m.filters["year"] = year
        else:
            refuse(_("没有%(value)s年的报送期，已显示全部报送期。") % {"value": year})
    keys = [c.key for c in m.all_columns]
    for name, keep in (("from", lambda c, k: c.key >= k), ("to", lambda c, k: c.key <= k)):
        key = _param(params, name)
        if not key:
            continue
        if key not in keys:
            refuse(_("“%(value)s”不是本表的报送期，请从列出的报送期中选择。") % {"value": key})
            continue
        columns = [c for c in columns if keep(c, key)]
        m.filters[name] = key
    if not columns:
        refuse(_("所选范围内没有报送期，已显示全部报送期。"))
        for name in ("year", "from", "to"):
            m.filters.pop(name, None)
        columns = m.all_columns
    return columns


def _unit(m: Matrix, user, params, refuse) -> Organisation | None:
    """The subtree asked for (?unit=: a city shows its counties), and the choices to narrow it further: the
    chosen unit's ancestors within the viewer's top, its children (or the top's) and its siblings."""
    prefix = org_path_prefix(user) or ""
    top_path = m.plan.organisation.path if m.plan.issuer_side else prefix
    unit = None
    if raw := _param(params, "unit"):
        pk = parse_pk(raw)
        unit = Organisation.objects.filter(pk=pk, path__startswith=top_path).first() if pk else None
        if unit is None:
            refuse(_("所选单位不在可查看的范围内，已显示全部单位。"))
        else:
            m.filters["unit"] = unit.pk
    ids = [int(step) for step in (unit.path if unit else top_path).split("/") if step]
    top_depth = top_path.count("/")
    chain = Organisation.objects.filter(pk__in=ids[top_depth - 1:]).order_by("path") if ids else []
    # Below the chosen unit, and beside it (a county chosen still offers its sibling counties).
    near = Q(parent_id=ids[-1]) | (Q(parent_id=unit.parent_id) if unit is not None and unit.path != top_path else Q())
    children = Organisation.objects.filter(near).exclude(pk__in=ids).order_by("path")[:300] if ids else []
    m.unit_choices = [*chain, *children]
    return unit


def _overdue(m: Matrix) -> Q:
    """Assignments with a shown period past its due date and no slot: per set of due keys (the tasks of one rhythm
    mostly share one), fewer slots among those keys than keys."""
    groups: dict[tuple, list[int]] = defaultdict(list)
    for t in m.tasks:
        keys = tuple(c.key for c in m.columns if t.pk in c.periods and c.periods[t.pk].due < m.today)
        if keys:
            groups[keys].append(t.pk)
    starts = {c.key: c.start for c in m.columns}
    q = Q(pk__in=[])
    for keys, task_ids in groups.items():
        have = Subquery(PeriodSlot.objects.filter(assignment_id=OuterRef("pk"), period__in=keys).order_by()
                        .values("assignment_id").annotate(n=Count("pk")).values("n"))
        # A closed assignment owes only the periods begun by the day it was closed.
        owed = [Case(When(Q(status=Status.CLOSED, closed_at__lt=_midnight(starts[key])), then=Value(0)),
                     default=Value(1), output_field=models.IntegerField()) for key in keys]
        q |= Q(task_id__in=task_ids) & Q(LessThan(Coalesce(have, Value(0)), reduce(operator.add, owed)))
    return q


def _midnight(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def state_of(period: Period, slot, today: datetime.date, closed_on: datetime.date | None = None) -> str:
    """One assignment's state in one period: from its slot (on time or late), else from the period's dates (and
    the day the assignment was closed, if it was: nothing is owed for the periods begun after it)."""
    if slot is not None:
        return State.ON_TIME if timezone.localdate(slot[0]) <= slot[1] else State.LATE
    if closed_on is not None and period.start > closed_on:
        return State.NOT_REQUIRED
    if period.start > today:
        return State.NOT_STARTED
    return State.OVERDUE if period.due < today else State.NOT_DUE


def rows_of(m: Matrix, units: list[Organisation]) -> list[Row]:
    """The rows of these units: their assignments of the shown tasks and their slots in the shown periods, two
    queries whatever the number of units."""
    if not units:
        return []
    ids = [u.pk for u in units]
    task_ids = [t.pk for t in m.tasks]
    assignments = defaultdict(list)
    for pk, org_id, task_id, status, closed_at in (
            Assignment.objects.filter(plan=m.plan, task_id__in=task_ids, organisation_id__in=ids).order_by("id")
            .values_list("id", "organisation_id", "task_id", "status", "closed_at")):
        closed_on = timezone.localdate(closed_at) if status == Status.CLOSED and closed_at else None
        assignments[org_id].append((pk, task_id, closed_on))
    slots = {(a, key): (at, due, report) for a, key, at, due, report in PeriodSlot.objects.filter(
        plan=m.plan, period__in=[c.key for c in m.columns], organisation_id__in=ids, task_id__in=task_ids,
    ).values_list("assignment_id", "period", "first_reported_at", "due_date", "report_id")}
    rank = {s: i for i, s in enumerate(SEVERITY)}
    rows = []
    for unit in units:
        cells = []
        for c in m.columns:
            states, worst = Counter(), None
            for pk, task_id, closed_on in assignments.get(unit.pk, ()):
                period = c.periods.get(task_id)
                if period is None:
                    continue
                slot = slots.get((pk, c.key))
                s = state_of(period, slot, m.today, closed_on)
                states[s] += 1
                if worst is None or rank[s] > rank[worst[0]]:
                    worst = (s, pk, slot[2] if slot else None)
            if worst is None:
                cells.append(None)
                continue
            cells.append(Cell(state=worst[0], n=sum(states.values()),
                              reported=states[State.ON_TIME] + states[State.LATE], counts=dict(states),
                              assignment_id=worst[1], report_id=worst[2]))
        rows.append(Row(unit, cells))
    return rows


def all_rows(m: Matrix):
    """Every row of the filtered matrix (the xlsx), read BATCH units at a time."""
    if m.units is None:
        return
    last = ""
    while True:
        units = list(m.units.filter(path__gt=last)[:BATCH])
        if not units:
            return
        yield from rows_of(m, units)
        last = units[-1].path


def _totals(m: Matrix) -> None:
    """Each column's 已报/迟报/未报/逾期/未开始 over every filtered unit: the assignments per task and the slots per
    (task, period), one GROUP BY each."""
    per_task = dict(m.scope.order_by().values("task_id").annotate(n=Count("pk")).values_list("task_id", "n"))
    slots = {(t, key): (n, on_time) for t, key, n, on_time in PeriodSlot.objects.filter(
        plan=m.plan, task_id__in=list(per_task), period__in=[c.key for c in m.columns],
        assignment_id__in=m.scope.values("pk"),
    ).order_by().values("task_id", "period").annotate(
        n=Count("pk"), on_time=Count("pk", filter=Q(first_reported_at__date__lte=F("due_date")))
    ).values_list("task_id", "period", "n", "on_time")}
    # Closed assignments by the day they were closed: the periods begun after it owe nothing.
    closed = defaultdict(Counter)
    for task_id, day, n in (m.scope.filter(status=Status.CLOSED, closed_at__isnull=False).order_by()
                            .annotate(day=TruncDate("closed_at", tzinfo=timezone.get_current_timezone()))
                            .values("task_id", "day").annotate(n=Count("pk")).values_list("task_id", "day", "n")):
        closed[task_id][day] += n
    for c in m.columns:
        totals = Counter()
        for task_id, period in c.periods.items():
            n = per_task.get(task_id, 0)
            reported, on_time = slots.get((task_id, c.key), (0, 0))
            not_owed = sum(k for day, k in closed[task_id].items() if day < period.start)
            totals[State.ON_TIME] += on_time
            totals[State.LATE] += reported - on_time
            totals[State.NOT_REQUIRED] += not_owed
            totals[state_of(period, None, m.today)] += n - reported - not_owed
        c.totals = {s.value: totals[s] for s in SEVERITY}


def as_json(m: Matrix) -> dict:
    """The API's body (without the pagination links)."""
    return {
        "plan": m.plan.pk, "task": m.task.pk if m.task else None, "rhythm": m.rhythm, "today": m.today,
        "message": m.message, "count": m.n_units,
        "periods": [{"key": c.key, "label": c.label, "start": c.start, "end": c.end, "due": c.due,
                     "totals": c.totals} for c in m.columns],
        "results": [{"unit": {"id": r.unit.pk, "name": r.unit.display_name, "path": r.unit.path},
                     "cells": [None if cell is None else {
                         "state": cell.state, "label": cell.label, "n": cell.n, "reported": cell.reported,
                         "counts": cell.counts, "assignment": cell.assignment_id, "report": cell.report_id}
                               for cell in r.cells]} for r in m.rows],
    }


def describe(m: Matrix) -> str:
    """The filters in force, in words, under the title."""
    parts = [_("报送周期：%(rhythm)s") % {"rhythm": dict(m.rhythms).get(m.rhythm, "")}]
    if m.unit is not None:
        parts.append(_("范围：%(unit)s") % {"unit": m.unit.display_name})
    if m.filters.get("state"):
        parts.append(_("筛选：%(state)s") % {"state": STATE_FILTERS[m.filters["state"]]})
    if m.columns:
        parts.append(_("报送期：%(first)s至%(last)s") % {"first": m.columns[0].label, "last": m.columns[-1].label})
    parts.append(_("单位 %(n)d 个") % {"n": m.n_units})
    return "；".join(str(p) for p in parts)

