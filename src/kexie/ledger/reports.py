"""报送: a unit's progress report on its assignment, with attachments kept as originals.

The report moves the assignment through actions.change_assignment, under the same row lock as the flow's
steps, so a report racing 申请办结 or 延期申请 never puts the assignment back to 办理中.
"""

from __future__ import annotations

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from kexie.documents import filetypes, storage
from kexie.documents.access import visible_documents

from . import counts, cycles
from .access import require_handler, require_issuer
from .actions import change_assignment
from .errors import LedgerError, NotAllowed
from .flow import Status
from .inputs import clean_text, parse_ids
from .journal import record
from .models import Assignment, PlanState, Report, ReportAttachment

REPORTABLE = (Status.ASSIGNED, Status.ACCEPTED, Status.IN_PROGRESS, Status.RETURNED, Status.EXTENSION_REQUESTED)
# Reporting is working: an assignment not yet 办理中 moves there (an asked extension or completion stays).
STARTS_WORK = (Status.ASSIGNED, Status.ACCEPTED, Status.RETURNED)
REPORT_TEXT_MAX = 20000
ALSO_MAX = 50  # 同时报送: more than this in one report is a mistake, not a report
ALSO_CANDIDATES = 300


def attachment_limit() -> int:
    return getattr(settings, "KEXIE_MAX_ATTACHMENT_BYTES", 20 * 1024 * 1024)


def check_attachment(filename: str, data: bytes) -> tuple[str, str]:
    """(clean filename, content type) of an acceptable attachment (documents/filetypes.py: the office's Word, WPS,
    Excel, PowerPoint, PDF, OFD, image and archive files), else LedgerError with filetypes' one sentence."""
    try:
        name, kind = filetypes.check(filename, data, attachment_limit())
    except filetypes.FileTypeError as e:
        raise LedgerError(str(e)) from None
    return name, kind.content_type


def _percent(value) -> int:
    try:
        percent = int(value) if not isinstance(value, bool) else None
    except (TypeError, ValueError, OverflowError):
        percent = None
    if percent is None or not 0 <= percent <= 100:
        raise LedgerError(_("完成进度应为 0 到 100 的整数。"))
    return percent


def _cannot_report(a: Assignment) -> LedgerError:
    return LedgerError(_("当前状态为“%(status)s”，不能报送。") % {"status": _(a.get_status_display())})


def also_candidates(assignment: Assignment):
    """The unit's other open assignments one report may answer too (同时报送), newest first."""
    return (Assignment.objects.filter(organisation_id=assignment.organisation_id,
                                      department_id=assignment.department_id, status__in=REPORTABLE,
                                      plan__state=PlanState.PUBLISHED)
            .exclude(pk=assignment.pk).select_related("task", "plan").order_by("-created_at", "-id")
            [:ALSO_CANDIDATES])


def _also(assignment: Assignment, user, also, require=require_handler) -> list[Assignment]:
    """The assignments a report answers besides its own: each the same unit's, open, the user's to handle
    (require: the rule the user must pass for each)."""
    ids = parse_ids(list(also) if not isinstance(also, (str, bytes)) else also)
    if len(ids) > ALSO_MAX:
        raise LedgerError(_("同时报送的任务最多 %(max)d 项。") % {"max": ALSO_MAX})
    if len(set(ids)) != len(ids) or assignment.pk in ids:
        raise LedgerError(_("同时报送的任务不能重复，也不能包含本任务本身。"))
    found = Assignment.objects.select_related("task", "plan", "organisation", "department").filter(
        pk__in=ids, organisation_id=assignment.organisation_id, department_id=assignment.department_id)
    found = {a.pk: a for a in found}
    out = []
    for pk in ids:
        a = found.get(pk)
        if a is None:
            raise LedgerError(_("同时报送的任务应为本单位承办的其他任务，请重新选择。"))
        require(user, a)
        if a.status not in REPORTABLE:
            raise LedgerError(_("“%(task)s”当前状态为“%(status)s”，不能同时报送。") % {
                "task": a.task.heading[:40], "status": _(a.get_status_display())})
        out.append(a)
    return out


def _also_period(a: Assignment, key: str, today):
    """The also-assignment's period with the report's key, when its task has one open; else none (ignored)."""
    if not key or not a.task.rhythm:
        return None
    try:
        return cycles.check_period(a, key, today)
    except LedgerError:
        return None


def on_behalf_rule(document):
    """据报道代录: a report a unit's news item gives may be recorded on its behalf by the plan's issuer (an editor
    of the organisation that issued the assignment's plan: access.may_issue), from a page the issuer may read;
    everyone else keeps the handler rule. The page is kept on the report (Report.source_document)."""
    def require(user, assignment: Assignment) -> None:
        require_issuer(user, assignment.plan)
        if not visible_documents(user).filter(pk=document.pk).exists():
            raise NotAllowed(_("只能依据本单位可查看的报道代录报送。"))
    return require


def submit_report(assignment: Assignment, user, *, text: str, percent: int = 0, is_typical_case: bool = False,
                  files=(), created_at=None, period: str = "", also=(), sources=(), on_behalf_from=None) -> Report:
    """报送: a report of the assigned unit, with attachments kept as originals (files: (name, bytes) pairs);
    period: the key of the reporting period it answers (cycles.py), for a task with a rhythm; also: the unit's
    other open assignments it answers too (ids), stored once and shown under each; sources: the reports below it
    was compiled from (逐级汇总, checked by compile.compile_report); on_behalf_from: the gathered page (a Document
    the user may read) an issuer records this report from on the unit's behalf (据报道代录, on_behalf_rule)."""
    require = on_behalf_rule(on_behalf_from) if on_behalf_from is not None else require_handler
    require(user, assignment)
    if assignment.status not in REPORTABLE:
        raise _cannot_report(assignment)
    others = _also(assignment, user, also, require) if also else []
    text = clean_text(text, _("进展情况"), REPORT_TEXT_MAX, required=True)
    percent = _percent(percent)
    checked = [(*check_attachment(name, data), data) for name, data in files]
    now = created_at or timezone.now()
    period_key = clean_text(period, _("报送期"), 20) if period else ""
    the_period = cycles.check_period(assignment, period_key, timezone.localdate(now)) if period_key else None

    def decide(locked: Assignment, _now) -> dict:
        if locked.status not in REPORTABLE:
            raise _cannot_report(locked)
        fields = {"progress": percent, "progress_text": text, "last_report_at": now}
        if locked.status in STARTS_WORK:
            fields["status"] = Status.IN_PROGRESS
            if not locked.accepted_at:
                fields["accepted_at"] = now
        return fields

    with transaction.atomic():
        # In id order, so two shared reports over the same assignments lock them in the same order.
        for a in sorted([assignment, *others], key=lambda a: a.pk):
            change_assignment(a, user, "report", decide)
        report = Report.objects.create(assignment=assignment, author=user, text=text, percent=percent,
                                       is_typical_case=bool(is_typical_case), created_at=now, period=period_key,
                                       source_document=on_behalf_from)
        if the_period is not None:
            cycles.fill_slot(assignment, report, the_period)
        if others:
            report.also.set(others)
            for a in others:
                counts.reported(a, report)
                slot_period = _also_period(a, period_key, timezone.localdate(now))
                if slot_period is not None:
                    cycles.fill_slot(a, report, slot_period)
        for name, content_type, data in checked:
            sha256 = storage.sha256_of(data)
            storage.write_blob(data, sha256)
            ReportAttachment.objects.create(report=report, filename=name, sha256=sha256, size=len(data),
                                            content_type=content_type)
        counts.reported(assignment, report)
        attachments = {"attachments": [c[0] for c in checked]} if checked else {}
        shared = {"also": [a.pk for a in others]} if others else {}
        if sources:
            report.sources.set(sources)
            attachments["sources"] = sorted(s.pk for s in sources)
        if on_behalf_from is not None:
            attachments["on_behalf_from"] = {"document": on_behalf_from.pk, "title": on_behalf_from.display_title}
        record(report, "report", user, after={**report.snapshot(), **attachments, **shared})
    return report
