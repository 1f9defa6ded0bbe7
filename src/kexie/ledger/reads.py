"""The shared reads of the ledger, scoped to a user: pages, API, exports and dashboards call these, not queries.

inbox(user, status) – the assignments given to the user's organisation;
todo(user, …) – what waits for the issuer's answer (申请办结, 延期申请) on the plans the user's organisation issued;
reports_under(ids) – the reports shown under assignments: their own and those shared with them (Report.also);
history_for(user, …) – audit entries of a plan or of objects, only those the user's subtree owns;
assignment_history(user, a, …) – one assignment's entries and its reports', opening with its 交办 step;
expected_filers(user, plan) – the units expected to file (备案), as far as the user may see;
ledger_rows(user, plan, …) – the ledger table, one Row per task, aggregated in SQL;
with_figures(user, plans) – the plans list's counts and lights, scoped (the exact subtree summary, figures.py);
lights_by(assignments, key, clock, …) – light counts grouped by task or plan, in one grouped query;
unit_matches, review_unit_matches – the unit pickers' matches for a search text, at most UNIT_MATCHES.
Each query is shaped for a plan sent to 2,800 units: filtered, grouped and cut in the database.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.contrib.postgres.expressions import ArraySubquery
from django.db import connection
from django.db.models import Count, Exists, F, Min, OuterRef, Q, Subquery, Window
from django.db.models import Value
from django.db.models.functions import Coalesce, NullIf, RowNumber

from kexie.audit.log import history
from kexie.audit.models import Entry
from kexie.orgs.access import membership_of, org_path_prefix
from kexie.orgs.models import Department, Organisation

from . import counts, figures
from .access import assignments_of_plan_for, is_issuer_side
from .flow import Status
from .lights import WORST_FIRST, Clock, Light, worst_of_counts
from .models import Assignment, Duty, NameMatch, ObjectType, Plan, PlanState, Report, Task

OPEN = "open"
MAX_UNITS_NAMED = 6


def light_filter(light: str, clock: Clock | None) -> Q | None:
    """The filter of a ?light= choice (red, yellow, green, gray), None for anything else."""
    if light in Light.values and clock is not None:
        return clock.q(light)
    return None


def inbox(user, status: str = OPEN, light: str = "", clock: Clock | None = None):
    """Assignments of published plans given to the user's organisation (and so to its departments); light
    (with the clock that fixes today) keeps those of one light."""
    membership = membership_of(user)
    if membership is None:
        return Assignment.objects.none()
    qs = (Assignment.objects.filter(organisation_id=membership.organisation_id, plan__state=PlanState.PUBLISHED)
          .select_related("task", "plan", "plan__organisation", "organisation", "department"))
    if status == OPEN:
        qs = qs.exclude(status=Status.CLOSED)
    elif status in Status.values:
        qs = qs.filter(status=status)
    where = light_filter(light, clock)
    if where is not None:
        qs = qs.filter(where)
    return qs.order_by("due_date", "plan_id", "task__order", "id")


def lights_by(assignments, key: str, clock: Clock, summary: dict | None = None,
              warning_days: int | None = None) -> dict[int, dict[str, int]]:
    """key value (task_id, plan_id) → light → number of the assignments, every light present.

    One grouped query. With summary (key → status → n, the exact StatusCount rows of the whole plan) only the
    open rows due by the warning window's end are read — the red and yellow ones — and the rest are green
    (open) or gray (closed) by the summary: a national plan's 112,000 rows are not all grouped when most are on
    track. warning_days: the one window of the rows (one plan's), else the longest any plan may have."""
    out: dict[int, dict[str, int]] = {}
    if summary is not None:
        for k, statuses in summary.items():
            closed = statuses.get(Status.CLOSED, 0)
            out[k] = {**dict.fromkeys(Light.values, 0), Light.GRAY: closed, Light.GREEN: sum(statuses.values()) - closed}
        end = clock.warn_until[-1 if warning_days is None else min(warning_days, len(clock.warn_until) - 1)]
        assignments = assignments.exclude(status=Status.CLOSED).filter(due_date__lte=end)
    rows = (assignments.order_by().annotate(light=clock.expression()).values_list(key, "light")
            .annotate(n=Count("id")))
    for k, light, n in rows:
        got = out.setdefault(k, dict.fromkeys(Light.values, 0))
        if summary is not None:
            if light != Light.GREEN:
                got[light] += n
                got[Light.GREEN] -= n
        else:
            got[light] = n
    return out


def light_list(counts: dict[str, int] | None) -> list[tuple[str, int]]:
    """(light, n) of the non-zero counts, worst first: what a row shows."""
    return [(light.value, counts[light]) for light in WORST_FIRST if counts and counts.get(light)]


def with_figures(user, plans, clock: Clock | None = None) -> list[Plan]:
    """Set .n_assignments, .n_closed, .light (the worst) and .lights ((light, n) worst first) on each plan, as far
    as the user may see them: the whole plan for its issuer side, a received plan's own subtree's share. Both
    are the figures of one organisation's subtree — the issuer's, or the user's — read from the exact summary
    (figures.of_plans: two grouped queries for the page, whatever the plans' sizes)."""
    plans = list(plans)
    prefix = org_path_prefix(user)
    home = membership_of(user)
    pairs = []
    for p in plans:
        if prefix is not None and p.organisation.path.startswith(prefix):
            pairs.append((p.organisation_id, p.pk))
        elif home is not None:
            pairs.append((home.organisation_id, p.pk))
    got = figures.of_plans(pairs, clock or Clock.at())
    for p in plans:
        f = got.get(p.pk) or figures.Figures()
        p.n_assignments, p.n_closed = f.total, f.closed
        p.light, p.lights = f.worst, light_list(f.lights)
    return plans


# The kinds of the issuer's to-do: what a unit asked that waits for the issuing organisation's answer.
TODO_KINDS = {"completion": Status.COMPLETION_REQUESTED, "extension": Status.EXTENSION_REQUESTED}


def _todo_of(user, plan_id: int | None = None, kind: str = ""):
    """The to-do's rows, unordered and unjoined. The plans are the user's own organisation's (who answers is
    who issued: access.may_issue), as an IN over that organisation's published plans, so the database walks
    the (plan, status) index of those plans only, at any number of assignments."""
    membership = membership_of(user)
    if membership is None:
        return Assignment.objects.none()
    plans = Plan.objects.filter(organisation_id=membership.organisation_id, state=PlanState.PUBLISHED)
    if plan_id is not None:
        plans = plans.filter(pk=plan_id)
    statuses = [TODO_KINDS[kind]] if kind in TODO_KINDS else list(TODO_KINDS.values())
    return Assignment.objects.filter(plan__in=plans.values("pk"), status__in=statuses)


def todo(user, *, plan_id: int | None = None, kind: str = ""):
    """The issuer's to-do: 申请办结 and 延期申请 on the plans the user's organisation issued, oldest first.

    Its 督办 and 领导 read it too; only its editors answer (access.allowed_steps). A parent organisation's
    users do not see their children's plans here: they do not answer for them."""
    return (_todo_of(user, plan_id, kind).select_related("task", "plan", "plan__organisation", "organisation",
                                                          "department")
            .order_by("updated_at", "id"))


def todo_plans(user) -> list[tuple[int, str, int]]:
    """(plan id, title, waiting) of the user's plans that have something in the to-do: one grouped query."""
    return list(_todo_of(user).values("plan_id").annotate(n=Count("id"))
                .values_list("plan_id", "plan__title", "n").order_by("-plan_id"))


# The header counts up to this many and then says "99+": a COUNT that stops there reads at most this many
# index entries, even for a national body with 200,000 requests waiting.
TODO_COUNT_CAP = 99


def todo_count(user) -> int:
    """How many rows wait in the to-do of a user who may answer them (an editor), up to TODO_COUNT_CAP + 1: one
    query; 0 and no query for anyone else."""
    membership = membership_of(user)
    if membership is None or not membership.can_edit:
        return 0
    return _todo_of(user).order_by()[:TODO_COUNT_CAP + 1].count()


def task_assignments(user, task: Task):
    """A task's assignments the user may see, in the task page's order (lead units first by path)."""
    return (assignments_of_plan_for(user, task.plan).filter(task=task)
            .select_related("task", "organisation", "department", "plan", "plan__organisation")
            .order_by("-role", "organisation__path", "id"))


def reports_under(assignment_ids):
    """The reports shown under these assignments: their own and those sent for them too (同时报送), one query."""
    shared = Report.also.through.objects.filter(assignment_id__in=assignment_ids).values("report_id")
    return Report.objects.filter(Q(assignment_id__in=assignment_ids) | Q(pk__in=shared))


def history_for(user, *, plan: Plan | None = None, objects=(), object_types=None):
    """Audit entries the user may read: those owned within their subtree (the issuer side owns them all).

    plan: the plan's entries; objects: (object_type, ids) pairs; object_types: keep only these types.
    """
    qs = history(scope_path=org_path_prefix(user), plan_id=plan.pk if plan else None, objects=objects)
    if object_types:
        qs = qs.filter(object_type__in=list(object_types))
    return qs


def assignment_history(user, a: Assignment, report_ids=(), limit: int = 200) -> list:
    """The assignment's and its reports' entries, newest first, ending with the 交办 step that opened it.

    Publishing writes one entry for the whole plan, not one per assignment (112,000 rows that would all say
    the same); the first step is made here from the plan (who published, when) and the assignment's state
    before its first change, which every change's "before" records. Entries from before that change (a
    stored 交办 step) are kept as they are, not doubled.
    """
    entries = list(history_for(user, objects=[(ObjectType.ASSIGNMENT, [a.pk]), (ObjectType.REPORT, report_ids)])
                   [:limit])
    if len(entries) == limit or any(e.action == "assign" for e in entries) or not a.plan.published_at:
        return entries
    own = [e for e in entries if e.object_type == ObjectType.ASSIGNMENT and e.before]
    opened = dict(own[-1].before) if own else a.snapshot()
    if not own:  # unchanged since: its state now is its state as published
        opened["status"] = Status.ASSIGNED
    plan = a.plan
    entries.append(Entry(at=plan.published_at, user=plan.published_by, organisation=plan.organisation,
                         action="assign", object_type=ObjectType.ASSIGNMENT, object_id=a.pk,
                         scope_path=a.organisation.path, plan_id=plan.pk, before={}, after=opened))
    return entries


def expected_filers(user, plan: Plan):
    """Units expected to file their own plan: the organisations the plan was assigned to, but the issuer;
    a recipient sees only its own subtree's."""
    assigned = Assignment.objects.filter(plan=plan, organisation=OuterRef("pk"))
    qs = Organisation.objects.filter(Exists(assigned)).exclude(pk=plan.organisation_id).order_by("path")
    if not is_issuer_side(user, plan):
        prefix = org_path_prefix(user)
        qs = qs.filter(path__startswith=prefix) if prefix else qs.none()
    return qs


@dataclass
class Row:
    task: Task
    lead_leaders: list[str] = field(default_factory=list)
    responsible_leaders: list[str] = field(default_factory=list)
    units: list[str] = field(default_factory=list)
    n_units: int = 0
    due: datetime.date | None = None
    progress: str = ""
    progress_unit: str = ""
    status_counts: list[tuple[str, str, int]] = field(default_factory=list)
    single_status: str = ""
    single_status_label: str = ""
    light: str = ""  # the worst light of the task's assignments
    lights: list[tuple[str, int]] = field(default_factory=list)  # (light, n), worst first

    # More units than this are shown as "A、B、C等 N 个单位" (the template words it in the interface's language).
    max_named: int = MAX_UNITS_NAMED


def _unit_label():
    return Coalesce("department__name", NullIf("organisation__short_name", Value("")), "organisation__name")


def unit_filter(unit: str) -> Q | None:
    """The filter of a unit choice: "d<id>" a department of the issuer, "<id>" an organisation."""
    if unit.startswith("d") and unit[1:].isdigit() and len(unit) < 19:
        return Q(department_id=int(unit[1:]))
    if unit.isdigit() and len(unit) < 19:
        return Q(organisation_id=int(unit), department__isnull=True)
    return None


# A unit picker lists at most this many matches: a national plan has 2,800 units, searched by name.
UNIT_MATCHES = 50


def unit_matches(user, plan: Plan, text: str = "", *, key: str = "", limit: int = UNIT_MATCHES) -> list[tuple[str, str]]:
    """(key, label) of up to limit units of the plan the user sees whose name or short name contains text,
    departments first, then organisations in tree order; key= instead reads that one unit (the chosen one).
    The units are the organisations of the user's side of the plan (the issuer's subtree, or the user's own)
    that have an assignment of it the user sees, each probed by index until limit are found."""
    assignments = assignments_of_plan_for(user, plan)
    text = (text or "").strip()[:50]
    departments = Department.objects.filter(Exists(assignments.filter(department=OuterRef("pk"))))
    prefix = plan.organisation.path if is_issuer_side(user, plan) else org_path_prefix(user)
    if prefix is None:
        return []
    organisations = Organisation.objects.filter(path__startswith=prefix).filter(
        Exists(assignments.filter(organisation=OuterRef("pk"), department__isnull=True)))
    if key:
        where = unit_filter(key)
        if where is None:
            return []
        if key.startswith("d"):
            departments, organisations = departments.filter(pk=int(key[1:])), organisations.none()
        else:
            departments, organisations = departments.none(), organisations.filter(pk=int(key))
    elif text:
        departments = departments.filter(name__icontains=text)
        organisations = organisations.filter(Q(name__icontains=text) | Q(short_name__icontains=text))
    found = [(f"d{pk}", name) for pk, name in departments.order_by("order", "name", "pk").values_list("pk", "name")[:limit]]
    if len(found) < limit:
        found += [(str(pk), short or name) for pk, short, name in
                  organisations.order_by("path").values_list("pk", "short_name", "name")[:limit - len(found)]]
    return found


def review_unit_matches(issuer: Organisation, members, text: str = "", *,
                        limit: int = UNIT_MATCHES) -> list[Organisation]:
    """Up to limit units a draft's recipient or group phrase (members: its organisations, a queryset) may be
    edited to, whose name or short name contains text: the units of its members' levels and kinds in the
    issuer's subtree (a national 各县科协: the 2,800 counties, searched, not listed), or the issuer's units one
    level down when it has no members yet. Two queries."""
    sorts = set(members.order_by().values_list("level", "kind").distinct())
    if sorts:
        q = Q(pk__in=[])
        for level, kind in sorts:
            q |= Q(level=level, kind=kind)
        units = Organisation.objects.subtree(issuer).exclude(pk=issuer.pk).filter(q)
    else:
        units = Organisation.objects.filter(parent=issuer)
    text = (text or "").strip()[:50]
    if text:
        units = units.filter(Q(name__icontains=text) | Q(short_name__icontains=text))
    return list(units.order_by("path")[:limit])


def _names_ordered(qs):
    return qs.annotate(label=_unit_label()).order_by("role", "organisation__path", "id")


def ledger_rows(user, plan: Plan, *, status: str = "", unit: str = "", sort: str = "order", light: str = "",
                clock: Clock | None = None) -> list[Row]:
    """The ledger table as this user may see it, one Row per task. Per-task counts, lights, due dates and the
    latest progress are aggregated in SQL; unit names are read only for up to MAX_UNITS_NAMED per task.

    The issuer's unfiltered ledger of a national plan covers 112,000 assignments: its counts come from the
    exact summary rows, its due dates and latest progress from one index probe per task, and on PostgreSQL its
    names from a top-N per task (no sort of the whole plan). Any filter (a recipient's subtree, a unit, a
    status) cuts the rows first, so those views count, rank and aggregate the few rows that remain."""
    labels = dict(Status.choices)
    assignments = assignments_of_plan_for(user, plan)
    if status in Status.values:
        assignments = assignments.filter(status=status)
    clock = clock or Clock.at()
    where = unit_filter(unit) if unit else None
    if where is not None:
        assignments = assignments.filter(where)
    by_light = light_filter(light, clock)
    if by_light is not None:
        assignments = assignments.filter(by_light)
    filtering = bool(status in Status.values or where is not None or by_light is not None)
    whole_plan = not filtering and is_issuer_side(user, plan)

    latest = assignments.filter(task_id=OuterRef("pk"), last_report_at__isnull=False).order_by("-last_report_at")
    tasks = plan.tasks.order_by("order").annotate(
        latest_progress=Subquery(latest.values("progress_text")[:1]),
        latest_unit=Subquery(latest.annotate(label=_unit_label()).values("label")[:1]))
    counts_by_task: dict[int, dict[str, int]] = {}
    dues: dict[int, datetime.date] = {}
    names: dict[int, list[str]] = {}
    if whole_plan:
        counts_by_task = counts.of_tasks(plan.pk)
        per_task = Assignment.objects.filter(task_id=OuterRef("pk"))
        tasks = tasks.annotate(due=Subquery(per_task.filter(due_date__isnull=False).order_by("due_date")
                                            .values("due_date")[:1]))
        if connection.vendor == "postgresql":
            tasks = tasks.annotate(unit_names=ArraySubquery(
                _names_ordered(per_task).values("label")[:MAX_UNITS_NAMED]))
    else:
        for task_id, st, n, due in (assignments.values_list("task_id", "status")
                                    .annotate(n=Count("id"), due=Min("due_date")).order_by()):
            counts_by_task.setdefault(task_id, {})[st] = n
            if due and (task_id not in dues or due < dues[task_id]):
                dues[task_id] = due
    if not (whole_plan and connection.vendor == "postgresql"):
        # Up to MAX_UNITS_NAMED names per task, lead units first, in one windowed query.
        named = (assignments.annotate(label=_unit_label(), rank=Window(
            RowNumber(), partition_by=[F("task_id")], order_by=[F("role").asc(), F("organisation__path").asc(),
                                                                F("id").asc()]))
                 .filter(rank__lte=MAX_UNITS_NAMED).values_list("task_id", "label").order_by("task_id", "rank"))
        for task_id, label in named:
            names.setdefault(task_id, []).append(label)
    # One grouped query: the whole plan's from the summary and its late or soon-due rows, else the rows left.
    lights = lights_by(assignments, "task_id", clock, summary=counts_by_task if whole_plan else None,
                       warning_days=plan.warning_days)
    if filtering:
        tasks = tasks.filter(pk__in=list(counts_by_task))
    people: dict[tuple[int, str], list[str]] = {}
    for task_id, role, name, person_name in (
            NameMatch.objects.filter(task__plan=plan, role__in=[Duty.LEAD_LEADERS, Duty.RESPONSIBLE_LEADERS])
            .exclude(state="ignored").order_by("order").values_list("task_id", "role", "name", "person__name")):
        people.setdefault((task_id, role), []).append(person_name or name)

    rows = []
    for task in tasks:
        row = Row(task=task, lead_leaders=people.get((task.pk, Duty.LEAD_LEADERS), []),
                  responsible_leaders=people.get((task.pk, Duty.RESPONSIBLE_LEADERS), []))
        got = counts_by_task.get(task.pk)
        if got:
            row.n_units = sum(got.values())
            row.units = names.get(task.pk) or list(getattr(task, "unit_names", None) or [])
            row.due = dues.get(task.pk, getattr(task, "due", None))
            row.progress, row.progress_unit = task.latest_progress or "", task.latest_unit or ""
            row.status_counts = [(s, labels[s], got[s]) for s in Status.values if s in got]
            if row.n_units == 1:
                row.single_status = next(iter(got))
                row.single_status_label = labels[row.single_status]
            row.light = worst_of_counts(lights.get(task.pk, {})) or ""
            row.lights = light_list(lights.get(task.pk))
        rows.append(row)
    if sort == "due":
        rows.sort(key=lambda r: (r.due is None, r.due or datetime.date.min, r.task.order))
    return rows
