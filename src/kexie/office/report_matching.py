"""报送整理: which open assignments a report's text answers, scored for a person to confirm, and filing it there.

The pure part scores: the text against each candidate task's heading and text (ledger.similar: tf-idf cosine of
CJK character bigrams and Latin words, the idf taken over the candidates), plus a boost when the assignee is the
unit the report names or a unit above it (乐山市沙湾区老科协 reports through 乐山市科协). The Django part finds the
candidates in the user's scope — their own unit's open assignments, and for an issuer those of the units below
on plans they see — loads them once (a Pool, so a news page's six items cost six small queries, not six loads)
and files the confirmed choice through ledger.reports.submit_report.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q
from django.http import Http404
from django.utils.translation import gettext as _

from kexie.documents import filetypes
from kexie.documents.services import reader_reason
from kexie.ledger import similar
from kexie.ledger.access import may_handle, may_issue, user_subtree_ids, visible_assignments
from kexie.ledger.errors import LedgerError
from kexie.ledger.inputs import clean_text, parse_ids
from kexie.ledger.matching import similarity
from kexie.ledger.models import Assignment, PlanState, Task
from kexie.ledger.reports import REPORT_TEXT_MAX, REPORTABLE, attachment_limit, submit_report
from kexie.orgs.access import membership_of
from kexie.orgs.models import PATH_STEP, Organisation, normalise_name
from kexie.reader import ReaderError, extract

TOP_TASKS = 10  # tasks scored into assignments; a report answers one or a few
SHOWN = 10
PER_TASK_UNNAMED = 3  # an issuer's rows of a task when the text names no unit: a few, for a person to pick
MAX_TASKS = 3000  # the newest open plans' tasks in scope; beyond that a report is matched against these
UNIT_BOOST = 0.5
ANCESTOR_DECAY = 0.6  # each step up from the named unit weakens the boost
UNIT_SURE = 0.99  # a unit name matched at least this well needs no confirmation
UNIT_GUESS = 0.85  # below this a unit is only offered among the choices
UPLOAD_TYPES = (".txt", ".docx", ".pdf")


# --- pure scoring -------------------------------------------------------------------------------------------

def unit_boost(assignee_path: str, named_paths) -> float:
    """The boost for an assignee given the paths of the units a report names: the full boost for the unit itself,
    less for each step up (its city, its province), nothing for a unit elsewhere."""
    best = 0.0
    for path in named_paths:
        if path.startswith(assignee_path):
            steps = (len(path) - len(assignee_path)) // (PATH_STEP + 1)
            best = max(best, UNIT_BOOST * ANCESTOR_DECAY ** steps)
    return best


def names_in(text: str, units) -> list:
    """The units ((unit, names) pairs) whose full or short name appears in the text (市科协-like aliases are left
    out: every city has one)."""
    flat = normalise_name(text)
    return [unit for unit, names in units if any(len(n) >= 4 and n in flat for n in names)]


# --- candidates in scope ------------------------------------------------------------------------------------

def candidates_for(user):
    """The open assignments on published plans of the user's unit and the units below it (404-free: a list)."""
    ids = user_subtree_ids(user)
    return Assignment.objects.filter(organisation_id__in=ids, status__in=REPORTABLE, plan__state=PlanState.PUBLISHED)


@dataclass
class Proposal:
    assignment: Assignment
    score: float
    text_score: float
    unit_score: float
    may_file: bool  # the user handles it (reports as the unit)
    may_record: bool  # the user issued its plan (据报道代录, with a source page)

    @property
    def percent(self) -> int:
        return round(100 * min(self.score, 1.5) / 1.5)


@dataclass
class UnitGuess:
    organisation: Organisation | None
    score: float
    choices: list  # (organisation, score), best first

    @property
    def certain(self) -> bool:
        return self.organisation is not None and self.score >= UNIT_SURE


class Pool:
    """A user's candidate tasks and the units of their scope, loaded once, to match one report or many."""

    def __init__(self, user):
        self.user = user
        self.own_id = getattr(membership_of(user), "organisation_id", None)
        self.assignments = candidates_for(user)
        tasks = (Task.objects.filter(pk__in=self.assignments.values("task_id"))
                 .order_by("-plan_id", "order", "id").values_list("pk", "heading", "text")[:MAX_TASKS])
        self.tasks = [(pk, f"{heading}\n{text}") for pk, heading, text in tasks]
        self.corpus = similar.Corpus(self.tasks)
        self.units = [(o, [normalise_name(o.name), normalise_name(o.short_name)])
                      for o in Organisation.objects.filter(pk__in=user_subtree_ids(user)).only(
                          "pk", "name", "short_name", "aliases", "path", "parent_id")]
        self.by_pk = {o.pk: o for o, _names in self.units}

    def guess_unit(self, name: str) -> UnitGuess:
        """The organisation of the scope a report's unit name (泸州市科协) means, scored; ties and weak ones are
        left for a person to pick from the choices."""
        name = normalise_name(name)
        if not name:
            return UnitGuess(None, 0.0, [])
        scored = []
        for o, names in self.units:
            known = [n for n in [*names, *(o.aliases or "").split("\n")] if n.strip()]
            score = max((similarity(name, n) for n in known), default=0.0)
            if score >= 0.5:
                scored.append((o, score))
        scored.sort(key=lambda pair: (-pair[1], pair[0].path))
        # A near name is offered, not chosen: 中山市科协 is not 乐山市科协, though four characters of five agree.
        best = scored[0] if scored and scored[0][1] >= UNIT_GUESS else (None, 0.0)
        if len(scored) > 1 and scored[1][1] >= best[1]:
            best = (best[0], min(best[1], UNIT_SURE - 0.01))  # two units equally named: a person decides
        # The units directly below are offered too: they are the usual reporters, and a person may pick any.
        offered = {o.pk for o, _score in scored[:8]}
        children = [(o, 0.0) for o, _names in self.units if o.parent_id == self.own_id and o.pk not in offered]
        return UnitGuess(best[0], best[1], scored[:8] + children)

    def match(self, text: str, unit: Organisation | None = None, *, recordable_only=False) -> list[Proposal]:
        """The best assignments for the text, best first: tasks by similarity, assignees boosted by the unit
        (given, or named in the text). recordable_only: only those the user may file or record."""
        ranked = self.corpus.rank(text, limit=TOP_TASKS)
        if not ranked:
            return []
        task_score = dict(ranked)
        named = [unit] if unit is not None else names_in(text, self.units)
        named_paths = [o.path for o in named]
        related = {int(step) for o in named for step in o.path.split("/") if step}
        base = self.assignments.select_related("task", "plan", "organisation", "department")
        near = Q(organisation_id__in=related)
        if self.own_id:
            near |= Q(organisation_id=self.own_id)
        rows = list(base.filter(near, task_id__in=list(task_score)).order_by("id")[:SHOWN * 20])
        seen_tasks = {a.task_id for a in rows}
        if not named:
            # No unit named: an issuer sees a few of each task's assignees, to pick from.
            for task_id, _score in ranked[:3]:
                if task_id not in seen_tasks:
                    rows += list(base.filter(task_id=task_id).order_by("organisation__path")[:PER_TASK_UNNAMED])
        out = []
        for a in rows:
            boost = unit_boost(a.organisation.path, named_paths)
            p = Proposal(a, task_score[a.task_id] + boost, task_score[a.task_id], boost,
                         may_handle(self.user, a), may_issue(self.user, a.plan))
            if p.may_file or p.may_record or not recordable_only:
                out.append(p)
        out.sort(key=lambda p: (-p.score, p.assignment.pk))
        return out[:SHOWN]


# --- the report's text --------------------------------------------------------------------------------------

def clean_report_text(text) -> str:
    """The pasted text, checked: present, not longer than a report may be, no NULs."""
    return clean_text(text, _("报送内容"), REPORT_TEXT_MAX, required=True)


def read_upload(filename: str, data: bytes) -> str:
    """The text of an uploaded report (txt, docx or pdf), through the reader; LedgerError saying what to do."""
    name = filetypes.clean_name(filename or "")
    ext = ("." + name.rsplit(".", 1)[-1].lower()) if "." in name else ""
    if ext not in UPLOAD_TYPES:
        raise LedgerError(_("%(name)s：请上传 .txt、.docx 或 .pdf 格式的报送材料。") % {"name": name})
    if not data:
        raise LedgerError(_("%(name)s：文件是空的，请检查后重新上传。") % {"name": name})
    limit = attachment_limit()
    if ext != ".txt":
        try:
            filetypes.check(name, data, limit)
        except filetypes.FileTypeError as e:
            raise LedgerError(str(e)) from None
    elif len(data) > limit:
        raise LedgerError(_("%(name)s：文件太大（上限 %(mb)s MB），请拆分后上传。")
                          % {"name": name, "mb": limit // (1024 * 1024)})
    try:
        text = extract(data, name)
    except ReaderError as e:
        raise LedgerError(f"{name}：{reader_reason(e)}") from None
    return clean_report_text(text)


def chosen(user, ids: list[int]) -> dict[int, Assignment]:
    """The chosen assignments that are candidates of the user, by id; 404 when one is not the user's to see at all
    (one they see but that is closed or above them is simply missing: the caller says so)."""
    found = {a.pk: a for a in candidates_for(user).filter(pk__in=ids).select_related("task", "plan", "organisation")}
    missing = set(ids) - found.keys()
    if missing and visible_assignments(user).filter(pk__in=missing).count() < len(missing):
        raise Http404("No such assignment")
    return found


def file_report(user, text: str, assignment_ids) -> object:
    """报送 the text on the chosen assignments (the first, and the rest as 同时报送), as their unit."""
    text = clean_report_text(text)
    ids = parse_ids(assignment_ids)
    if not ids:
        raise LedgerError(_("请至少选择一项任务。"))
    found = chosen(user, ids)
    if any(pk not in found for pk in ids):
        raise LedgerError(_("所选任务已不可报送或不在本单位范围内，请重新匹配。"))
    first = found[ids[0]]
    return submit_report(first, user, text=text, also=ids[1:])
