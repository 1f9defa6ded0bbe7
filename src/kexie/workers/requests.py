"""办实事清单: every write to a request (submit, list, reject, 交办, feedback, satisfaction) and the scoped reads.

A request rides on the ledger: listing it makes it a Task of its organisation's 办实事 Plan for the year (one
per organisation and year, made on first use and published, as relays.py makes relay plans), and 交办 gives
that task to one department or unit below as an ordinary Assignment, so the unit's 待办 inbox, reports, lights,
临期/逾期 reminders and the issuer's 办结 are the ledger's own. 已办结 is read from the assignment (state_of),
never copied; 不满意 reopens the assignment through ledger.actions.reopen. Every change is one locked,
versioned write with a line in the audit log.
"""

from __future__ import annotations

import datetime

from django.core import signing
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Case, CharField, Count, F, Value, When
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _, gettext_lazy, gettext_noop

from kexie.audit import log
from kexie.ledger import counts, journal
from kexie.ledger.actions import reopen
from kexie.ledger.errors import Conflict, LedgerError, NotAllowed
from kexie.ledger.flow import Status
from kexie.ledger.models import Assignment, AssignmentRole, Plan, PlanState, Task
from kexie.orgs.access import may_act_for, org_path_prefix, parse_pk
from kexie.orgs.models import Department, Organisation
from kexie.validation import check_integer, check_text

from .models import (Request, RequestBook, RequestCategory, RequestSource, RequestState, Satisfaction,
                     Scientist)

OBJECT_TYPE = "workers.request"
CONTENT_MAX = 4000
NOTE_MAX = 2000
PUBLIC_SCOPE = "workers.request"

# The words of the 清单 that live in Python (models' choices), literal so makemessages finds them.
WORDS = [
    gettext_noop("待审核"), gettext_noop("已列入清单"), gettext_noop("不予列入"), gettext_noop("已交办"),
    gettext_noop("已办结"), gettext_noop("已反馈"), gettext_noop("已评价"),
    gettext_noop("工作人员登记"), gettext_noop("公开链接"), gettext_noop("走访收集"),
    gettext_noop("职称评审"), gettext_noop("子女入学"), gettext_noop("科研经费"), gettext_noop("科研用房"),
    gettext_noop("人才政策"), gettext_noop("项目申报"), gettext_noop("生活保障"), gettext_noop("其他"),
    gettext_noop("满意"), gettext_noop("基本满意"), gettext_noop("不满意"),
]
ACTION_LABELS = {
    "submit": gettext_noop("提交诉求"), "create": gettext_noop("登记"), "list": gettext_noop("列入清单"),
    "reject": gettext_noop("不予列入"), "assign": gettext_noop("交办"), "feedback": gettext_noop("反馈"),
    "rate": gettext_noop("评价"), "reopen": gettext_noop("重新办理"), "requester_rate": gettext_noop("提出人评价"),
}
RATING_SALT = "kexie.workers.request-rating"
RATING_DAYS = 90  # a rating link lasts a season: the requester answers when they have seen the outcome


class RequestError(LedgerError):
    """A request change that cannot be done as asked (400); str(error) is one sentence for the user."""


# --- reads ---------------------------------------------------------------------------------------------------

def state_of() -> Case:
    """SQL: the state a request is in; 已交办 whose ledger assignment is closed is 已办结."""
    return Case(When(state=RequestState.ASSIGNED, assignment__status=Status.CLOSED,
                     then=Value(RequestState.HANDLED.value)),
                default=F("state"), output_field=CharField())


def visible_requests(user):
    """The requests of the organisations in the user's subtree (nothing without a membership), with `now` (the
    state as read from the ledger)."""
    prefix = org_path_prefix(user)
    if prefix is None:
        return Request.objects.none()
    return Request.objects.filter(organisation__path__startswith=prefix).annotate(now=state_of())


def get_request_for_user(user, pk) -> Request:
    """The request with .can_edit, or 404 outside the user's subtree."""
    pk = parse_pk(pk)
    if pk is None:
        raise Http404("No such request")
    try:
        req = (visible_requests(user).select_related("organisation", "scientist", "assignment",
                                                     "assignment__plan", "assignment__organisation",
                                                     "assignment__department", "created_by").get(pk=pk))
    except Request.DoesNotExist:
        raise Http404("No such request")
    req.can_edit = may_act_for(user, req.organisation_id)
    return req


def state_counts(qs) -> dict[str, int]:
    """state → number of the requests (a queryset of visible_requests), every state present, in one query."""
    out = dict.fromkeys(RequestState.values, 0)
    for state, n in qs.order_by().values_list("now").annotate(n=Count("id")):
        out[state] = n
    return out


def history(user, req: Request):
    """The request's lines of the audit log, as the user's scope may read them, oldest first."""
    return log.history(scope_path=org_path_prefix(user), objects=[(OBJECT_TYPE, [req.pk])]).order_by("at", "id")


# --- checks at the edge --------------------------------------------------------------------------------------

def _text(value, label: str, max_length: int, *, required: bool = False) -> str:
    try:
        text = check_text(value, max_length=max_length, label=label).strip()
    except ValidationError as e:
        raise RequestError(e.messages[0]) from None
    if required and not text:
        raise RequestError(_("请填写%(label)s。") % {"label": label})
    return text


def _choice(value, choices, label: str, default: str | None = None) -> str:
    value = str(value or "").strip() or (default or "")
    if value not in choices.values:
        raise RequestError(_("请从列表中选择%(label)s。") % {"label": label})
    return value


def clean(data, *, name_required: bool = True) -> dict:
    """The request's own fields from a form or API body, checked: one sentence for the first that is wrong."""
    field = Request._meta.get_field
    return {
        "title": _text(data.get("title"), _("事项"), field("title").max_length, required=True),
        "content": _text(data.get("content"), _("具体诉求"), CONTENT_MAX, required=True),
        "category": _choice(data.get("category"), RequestCategory, _("类别"), RequestCategory.OTHER),
        "requester_name": _text(data.get("requester_name"), _("提出人"), field("requester_name").max_length,
                                required=name_required),
        "requester_unit": _text(data.get("requester_unit"), _("工作单位"), field("requester_unit").max_length),
        "requester_phone": _text(data.get("requester_phone"), _("联系电话"), field("requester_phone").max_length),
    }


def _record(req: Request, action: str, user, *, before=None, reason: str = "") -> None:
    log.record(action, obj=req, object_type=OBJECT_TYPE, scope=req.organisation.path, user=user, before=before,
               reason=reason)


def _require_editor(user, req_or_org_id) -> None:
    org_id = req_or_org_id if isinstance(req_or_org_id, int) else req_or_org_id.organisation_id
    if not may_act_for(user, org_id):
        raise NotAllowed(_("只有清单所属组织的管理员和经办人员可以执行此操作。"))


# --- the book (the ledger plan of an organisation's year) ----------------------------------------------------

FIRST_YEAR = 2000  # a year filter outside FIRST_YEAR..next year is a typing slip, answered with a sentence
YEARS_OFFERED = 5


def query_year(params) -> int | None:
    """The ?year= of a list (a 清单 is kept a year at a time), None when absent; not a year → RequestError (400)."""
    raw = params.get("year", "")
    if not raw:
        return None
    try:
        return check_integer(raw, minimum=FIRST_YEAR, maximum=timezone.localdate().year + 1, label=_("年度"))
    except ValidationError as e:
        raise RequestError(e.messages[0]) from None


def year_choices(this_year: int, chosen: int | None) -> list[int]:
    """The years the list's filter offers: this year and the ones before it, and the chosen one."""
    years = list(range(this_year, this_year - YEARS_OFFERED, -1))
    return years if chosen is None or chosen in years else sorted({*years, chosen}, reverse=True)


def book_title(year: int) -> str:
    return _("%(year)d年“我为科技工作者办实事”清单") % {"year": year}


@transaction.atomic
def book_plan(organisation: Organisation, year: int, user) -> Plan:
    """The organisation's 办实事 Plan of the year, made and published on first use (under a lock of the
    organisation's row, so two first uses make one)."""
    book = RequestBook.objects.filter(organisation=organisation, year=year).select_related("plan").first()
    if book is None:
        Organisation.objects.select_for_update().filter(pk=organisation.pk).first()
        book = RequestBook.objects.filter(organisation=organisation, year=year).select_related("plan").first()
    if book is None:
        now = timezone.now()
        plan = Plan.objects.create(organisation=organisation, title=book_title(year), year=year,
                                   default_due=datetime.date(year, 12, 31), state=PlanState.PUBLISHED,
                                   created_by=user, published_at=now, published_by=user)
        journal.record(plan, "create", user)
        book = RequestBook.objects.create(organisation=organisation, year=year, plan=plan)
    return book.plan


def _list_into_book(req: Request, user) -> None:
    """Make the request a task of its organisation's 办实事 plan (numbered in the order listed)."""
    plan = Plan.objects.select_for_update().get(pk=book_plan(req.organisation, req.year, user).pk)
    n = Task.objects.filter(plan=plan).count() + 1
    task = Task.objects.create(plan=plan, outline_id=str(n), marker=f"{n}.", level=1, order=n,
                               heading=req.title, text=req.content)
    journal.record(task, "create", user)
    req.task = task
    req.state = RequestState.LISTED


# --- writes --------------------------------------------------------------------------------------------------

def _locked(req: Request, version) -> Request:
    """The request's row locked, refusing a stale version (someone acted since the page was shown)."""
    locked = Request.objects.select_for_update().select_related("organisation").get(pk=req.pk)
    if version not in (None, ""):
        seen = parse_pk(version)
        if seen is None or seen != locked.version:
            raise Conflict()
    return locked


def _save(req: Request, before: dict, action: str, user, reason: str = "") -> Request:
    req.version += 1
    req.save()
    _record(req, action, user, before=before, reason=reason)
    return req


def _scientist(user, organisation: Organisation, value) -> Scientist | None:
    if value in (None, ""):
        return None
    pk = parse_pk(value)
    s = Scientist.objects.filter(pk=pk, organisation__path__startswith=org_path_prefix(user) or "\x00").first() \
        if pk else None
    if s is None:
        raise RequestError(_("所选科技工作者不在本单位可见的名册中，请重新选择。"))
    return s


def create(user, organisation: Organisation, data, *, source: str = RequestSource.STAFF) -> Request:
    """A request a 科协's staff enter (staff form, or raised on a visit): listed into the 清单 at once."""
    _require_editor(user, organisation.pk)
    scientist = _scientist(user, organisation, data.get("scientist"))
    fields = clean(data, name_required=scientist is None)
    source = _choice(source, RequestSource, _("来源"))
    if source == RequestSource.PUBLIC:
        raise RequestError(_("公开链接的诉求只能由提交人通过公开页面提交。"))
    if scientist is not None:  # the register's record fills in what the form left empty
        fields["requester_name"] = fields["requester_name"] or scientist.name
        fields["requester_unit"] = fields["requester_unit"] or scientist.work_unit
    with transaction.atomic():
        req = Request(organisation=organisation, year=timezone.localdate().year, source=source,
                      scientist=scientist, created_by=user, **fields)
        req.save()
        _list_into_book(req, user)
        req.save(update_fields=["task", "state"])
        _record(req, "create", user)
    return req


def submit_public(organisation: Organisation, data, address: str) -> Request:
    """A submission through the public link: held as 待审核 (the caller checked public_forms' guards)."""
    fields = clean(data)
    if not fields["requester_phone"] and not fields["requester_unit"]:
        raise RequestError(_("请填写工作单位或联系电话，以便科协与您联系。"))
    with transaction.atomic():
        req = Request.objects.create(organisation=organisation, year=timezone.localdate().year,
                                     source=RequestSource.PUBLIC, state=RequestState.PENDING,
                                     submitted_from=address[:45], **fields)
        _record(req, "submit", None)
    return req


def review(req: Request, user, *, accept: bool, reason: str = "", scientist=None, version=None) -> Request:
    """待审核 → 已列入清单 (a task of the book's plan) or 不予列入 (with the reason)."""
    _require_editor(user, req)
    reason = _text(reason, _("理由"), NOTE_MAX, required=not accept)
    with transaction.atomic():
        locked = _locked(req, version)
        if locked.state != RequestState.PENDING:
            raise RequestError(_("该事项已审核（%(state)s），不能再审核。") % {"state": _(locked.get_state_display())})
        before = locked.snapshot()
        if scientist not in (None, ""):
            locked.scientist = _scientist(user, locked.organisation, scientist)
        if accept:
            _list_into_book(locked, user)
        else:
            locked.state, locked.reason = RequestState.REJECTED, reason
        return _save(locked, before, "list" if accept else "reject", user, reason)


def assign_targets(organisation: Organisation) -> tuple[list[Department], list[Organisation]]:
    """Where a request may be 交办: the organisation's departments and the units directly below it."""
    return (list(Department.objects.filter(organisation=organisation).order_by("order", "name")),
            list(organisation.children.order_by("order", "path")))


def _target(organisation: Organisation, value) -> tuple[Organisation, Department | None]:
    """"d<id>" (a department of the organisation) or "o<id>" (a unit below it), else one sentence."""
    value = str(value or "")
    pk = parse_pk(value[1:]) if value[:1] in ("d", "o") else None
    if pk is not None and value[0] == "d":
        dept = Department.objects.filter(pk=pk, organisation=organisation).first()
        if dept is not None:
            return organisation, dept
    elif pk is not None:
        unit = (Organisation.objects.filter(pk=pk, path__startswith=organisation.path)
                .exclude(pk=organisation.pk).first())
        if unit is not None:
            return unit, None
    raise RequestError(_("请选择本单位的部门或下级单位作为承办单位。"))


def _due(value) -> datetime.date:
    from kexie.ledger.inputs import parse_date
    try:
        due = parse_date(value)
    except LedgerError:
        due = None
    if due is None:
        raise RequestError(_("请填写完成时限（如 2026-06-30）。"))
    if due < timezone.localdate():
        raise RequestError(_("完成时限不能早于今天。"))
    return due


def assign(req: Request, user, *, target, due_date, version=None) -> Assignment:
    """交办: the request's ledger task given to one department or unit below, due by due_date; the unit then
    accepts, reports and asks for completion in the ledger, and the organisation closes it there."""
    _require_editor(user, req)
    with transaction.atomic():
        locked = _locked(req, version)
        if locked.state != RequestState.LISTED or locked.task_id is None:
            raise RequestError(_("只有已列入清单、尚未交办的事项才能交办（现在：%(state)s）。")
                               % {"state": _(locked.get_state_display())})
        unit, dept = _target(locked.organisation, target)
        due = _due(due_date)
        before = locked.snapshot()
        task = Task.objects.select_related("plan").get(pk=locked.task_id)
        Task.objects.filter(pk=task.pk).update(due_date=due)
        a = Assignment.objects.create(task=task, plan=task.plan, organisation=unit, department=dept,
                                      role=AssignmentRole.LEAD, due_date=due)
        counts.published(task.plan_id, Status.ASSIGNED, [task.pk])
        counts.published_units(task.plan_id, [(task.pk, unit.pk, dept.pk if dept else None, a.role, due)],
                               fresh=False)
        journal.record(a, "assign", user, after=a.snapshot())
        locked.assignment, locked.state = a, RequestState.ASSIGNED
        _save(locked, before, "assign", user, a.assignee_label)
    return a


def _require_now(locked: Request, state: str, message: str) -> None:
    now = Request.objects.filter(pk=locked.pk).annotate(now=state_of()).values_list("now", flat=True).get()
    if now != state:
        raise RequestError(message % {"state": _(RequestState(now).label)})


def feed_back(req: Request, user, *, text: str, version=None) -> Request:
    """已办结 → 已反馈: what the 科协 told the requester about the outcome."""
    _require_editor(user, req)
    text = _text(text, _("反馈情况"), NOTE_MAX, required=True)
    with transaction.atomic():
        locked = _locked(req, version)
        _require_now(locked, RequestState.HANDLED,
                     _("只有承办单位办结（台账中已办结）的事项才能反馈，现在：%(state)s。"))
        before = locked.snapshot()
        locked.state, locked.feedback, locked.fed_back_at = RequestState.FED_BACK, text, timezone.now()
        return _save(locked, before, "feedback", user, text)


def rate(req: Request, user, *, satisfaction: str, note: str = "", version=None) -> Request:
    """已反馈 → 已评价 with 满意/基本满意; 不满意 reopens the ledger assignment (back to the unit as 重新办理, with
    the reason) and the request is 已交办 again, its history kept."""
    _require_editor(user, req)
    satisfaction = _choice(satisfaction, Satisfaction, _("满意度"))
    unsatisfied = satisfaction == Satisfaction.UNSATISFIED
    note = _text(note, _("评价说明"), NOTE_MAX, required=unsatisfied)
    with transaction.atomic():
        locked = _locked(req, version)
        _require_now(locked, RequestState.FED_BACK, _("只有已反馈的事项才能评价，现在：%(state)s。"))
        before = locked.snapshot()
        locked.satisfaction, locked.satisfaction_note = satisfaction, note
        if unsatisfied:
            a = Assignment.objects.select_related("plan", "organisation").get(pk=locked.assignment_id)
            reopen(a, user, reason=_("提出人不满意：%(note)s") % {"note": note})
            locked.state, locked.reopened = RequestState.ASSIGNED, locked.reopened + 1
            # A new round: the next feedback gets a new rating link (this one's words stay in the history).
            locked.feedback, locked.fed_back_at = "", None
            locked.requester_rating, locked.requester_note, locked.requester_rated_at = "", "", None
            return _save(locked, before, "reopen", user, note)
        locked.state, locked.closed_at = RequestState.CLOSED, timezone.now()
        return _save(locked, before, "rate", user, note)


# --- the requester's own rating (a signed link, no sign-in) ------------------------------------------------------

class RatingLinkError(RequestError):
    """A rating link that is not (or no longer) valid: 404 with the sentence."""
    status = 404


def rating_token(req: Request) -> str:
    """The requester's rating link token for this feedback: it names the request and the feedback's time, so a
    new round (不满意 → 重新办理 → a new 反馈) voids the old link."""
    return signing.dumps([req.pk, req.fed_back_at.isoformat()], salt=RATING_SALT)


def request_for_rating(token: str) -> Request:
    """The request a rating link names, while the feedback it was made for stands; else RatingLinkError."""
    invalid = _("评价链接无效或已失效，请联系办理单位重新获取。")
    try:
        pk, stamp = signing.loads(str(token)[:300], salt=RATING_SALT, max_age=RATING_DAYS * 86400)
    except signing.SignatureExpired:
        raise RatingLinkError(_("评价链接已超过 %(days)d 天有效期，请联系办理单位重新获取。")
                              % {"days": RATING_DAYS}) from None
    except (signing.BadSignature, TypeError, ValueError):
        raise RatingLinkError(invalid) from None
    req = Request.objects.select_related("organisation").filter(pk=parse_pk(pk) or 0).first()
    if req is None or req.fed_back_at is None or req.fed_back_at.isoformat() != stamp:
        raise RatingLinkError(invalid)
    return req


def rate_by_requester(token: str, data) -> Request:
    """The requester rates the feedback through their link, once: 满意/基本满意 close the request (已评价);
    不满意 (a reason required) is kept for staff, who check it and reopen the assignment with rate()."""
    req = request_for_rating(token)
    satisfaction = _choice(data.get("satisfaction"), Satisfaction, _("满意度"))
    unsatisfied = satisfaction == Satisfaction.UNSATISFIED
    note = _text(data.get("note", ""), _("评价说明"), NOTE_MAX, required=unsatisfied)
    with transaction.atomic():
        locked = _locked(req, None)
        if locked.requester_rated_at is not None:
            raise RequestError(_("这一反馈已经评价过了，感谢您的评价。"))
        _require_now(locked, RequestState.FED_BACK, _("这一事项现在不能评价（%(state)s）。"))
        before = locked.snapshot()
        locked.requester_rating, locked.requester_note = satisfaction, note
        locked.requester_rated_at = timezone.now()
        if not unsatisfied:
            locked.satisfaction, locked.satisfaction_note = satisfaction, note
            locked.state, locked.closed_at = RequestState.CLOSED, locked.requester_rated_at
        return _save(locked, before, "requester_rate", None, note)


# --- the roll-up (the dashboard's register_measure takes these) -----------------------------------------------

def _this_year() -> tuple[datetime.datetime, datetime.datetime]:
    year = timezone.localdate().year
    tz = timezone.get_current_timezone()
    return (datetime.datetime(year, 1, 1, tzinfo=tz), datetime.datetime(year + 1, 1, 1, tzinfo=tz))


def received_this_year():
    start, end = _this_year()
    return Request.objects.filter(submitted_at__gte=start, submitted_at__lt=end).exclude(
        state=RequestState.REJECTED)


def handled_this_year():
    start, end = _this_year()
    return Request.objects.filter(assignment__status=Status.CLOSED, assignment__closed_at__gte=start,
                                  assignment__closed_at__lt=end)


def satisfied_this_year():
    start, end = _this_year()
    return Request.objects.filter(state=RequestState.CLOSED, closed_at__gte=start, closed_at__lt=end,
                                  satisfaction__in=[Satisfaction.SATISFIED, Satisfaction.BASIC])


def measures() -> list[tuple]:
    """(key, label, rows, path_lookup) of the 清单's figures, for oversight's register_measure."""
    return [
        ("requests_received", gettext_lazy("收到诉求"), received_this_year, "organisation__path"),
        ("requests_handled", gettext_lazy("办结诉求"), handled_this_year, "organisation__path"),
        ("requests_satisfied", gettext_lazy("满意诉求"), satisfied_this_year, "organisation__path"),
    ]


__all__ = ["RequestError", "assign", "assign_targets", "book_plan", "create", "feed_back", "get_request_for_user",
           "history", "measures", "rate", "review", "state_counts", "state_of", "submit_public",
           "visible_requests"]
