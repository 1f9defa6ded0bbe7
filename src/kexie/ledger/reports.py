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

from . import counts, cycles
from .access import require_handler
from .actions import change_assignment
from .errors import LedgerError
from .flow import Status
from .inputs import clean_text
from .journal import record
from .models import Assignment, Report, ReportAttachment

REPORTABLE = (Status.ASSIGNED, Status.ACCEPTED, Status.IN_PROGRESS, Status.RETURNED, Status.EXTENSION_REQUESTED)
# Reporting is working: an assignment not yet 办理中 moves there (an asked extension or completion stays).
STARTS_WORK = (Status.ASSIGNED, Status.ACCEPTED, Status.RETURNED)
REPORT_TEXT_MAX = 20000


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


def submit_report(assignment: Assignment, user, *, text: str, percent: int = 0, is_typical_case: bool = False,
                  files=(), created_at=None, period: str = "", sources=()) -> Report:
    """报送: a report of the assigned unit, with attachments kept as originals (files: (name, bytes) pairs);
    period: the key of the reporting period it answers (cycles.py), for a task with a rhythm; sources: the
    reports below it was compiled from (逐级汇总, checked by compile.compile_report)."""
    require_handler(user, assignment)
    if assignment.status not in REPORTABLE:
        raise _cannot_report(assignment)
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
        change_assignment(assignment, user, "report", decide)
        report = Report.objects.create(assignment=assignment, author=user, text=text, percent=percent,
                                       is_typical_case=bool(is_typical_case), created_at=now, period=period_key)
        if the_period is not None:
            cycles.fill_slot(assignment, report, the_period)
        for name, content_type, data in checked:
            sha256 = storage.sha256_of(data)
            storage.write_blob(data, sha256)
            ReportAttachment.objects.create(report=report, filename=name, sha256=sha256, size=len(data),
                                            content_type=content_type)
        counts.reported(assignment, report)
        attachments = {"attachments": [c[0] for c in checked]} if checked else {}
        if sources:
            report.sources.set(sources)
            attachments["sources"] = sorted(s.pk for s in sources)
        record(report, "report", user, after={**report.snapshot(), **attachments})
    return report
