"""Big xlsx exports made by the worker: a download that would keep the browser waiting becomes a job.

An export small enough (INLINE_ROWS, from KEXIE_EXPORT_INLINE_ROWS) is made while the user waits, as before;
a larger one (a national 台账 of a million assignments takes openpyxl about 12 s) is queued as an ExportJob,
made by `kexie worker` as the user who asked — so with exactly that user's scope at the time it runs — into
EXPORTS_DIR (under the data directory), and downloaded from the job's page. Files are kept KEEP_DAYS days.
"""

from __future__ import annotations

import datetime
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from kexie.orgs.access import parse_pk

from . import xlsx
from .models import ExportJob, ExportState

log = logging.getLogger("kexie.office")

INLINE_ROWS = int(os.environ.get("KEXIE_EXPORT_INLINE_ROWS", "20000"))
KEEP_DAYS = 7
REUSE_DONE = datetime.timedelta(minutes=10)


@dataclass(frozen=True)
class Exporter:
    """name(user, params) → (filename, ASCII fallback), cheap; sheets(user, params) → the workbook's sheets,
    fetching everything through the scoping helpers (Http404 outside the user's scope); language: the one the
    file is written in whatever the user's (the 台账 layout is Chinese so the import can read it back)."""

    name: Callable
    sheets: Callable
    language: str | None = None


EXPORTERS: dict[str, Exporter] = {}


def register(kind: str, exporter: Exporter) -> None:
    EXPORTERS[kind] = exporter


def directory() -> Path:
    return Path(settings.EXPORTS_DIR)


def path_of(job: ExportJob) -> Path:
    return directory() / f"{job.pk}.xlsx"


def deliver(request, kind: str, params: dict, rows: int):
    """The xlsx now if it has at most INLINE_ROWS rows, else a redirect to the page of a queued job. An identical
    job of the same user still waiting, or made in the last REUSE_DONE, is reused: pressing the button twice
    queues one, and exporting again after leaving the job's page finds it."""
    exporter = EXPORTERS[kind]
    if rows <= INLINE_ROWS:
        with translation.override(exporter.language or translation.get_language()):
            filename, fallback = exporter.name(request.user, params)
            return xlsx.response(exporter.sheets(request.user, params), filename, fallback)
    params = {**params, "language": translation.get_language()}
    recent = timezone.now() - REUSE_DONE
    job = (ExportJob.objects.filter(user=request.user, kind=kind, params=params)
           .filter(Q(state__in=[ExportState.QUEUED, ExportState.RUNNING])
                   | Q(state=ExportState.DONE, finished_at__gte=recent)).order_by("-id").first())
    if job is None:
        with translation.override(exporter.language or translation.get_language()):
            filename, _fallback = exporter.name(request.user, params)
        job = ExportJob.objects.create(user=request.user, kind=kind, params=params, rows=rows,
                                       filename=xlsx.safe_filename(filename.removesuffix(".xlsx")) + ".xlsx")
        from .tasks import make_export  # the task module imports this one
        transaction.on_commit(lambda: make_export.enqueue(job.pk))
    return redirect("office:export", job.pk)


def get_job_for_user(user, pk) -> ExportJob:
    """The user's own job; 404 for anyone else's (a job's file holds what its user may see, nobody else)."""
    pk = parse_pk(pk)
    job = ExportJob.objects.filter(pk=pk, user=user).first() if pk is not None else None
    if job is None:
        raise Http404("No such export")
    return job


def run(job_id: int) -> str:
    """Make the job's file (the worker's task); returns the state it ended in. A job claimed by another worker,
    or gone, is left alone."""
    purge()
    claimed = ExportJob.objects.filter(pk=job_id, state=ExportState.QUEUED).update(state=ExportState.RUNNING)
    if not claimed:
        return "skipped"
    job = ExportJob.objects.select_related("user").get(pk=job_id)
    exporter = EXPORTERS.get(job.kind)
    target = path_of(job)
    partial = target.with_suffix(".part")
    try:
        if exporter is None or not job.user.is_active:
            raise Http404("exporter or user gone")
        directory().mkdir(parents=True, exist_ok=True)
        with translation.override(exporter.language or job.params.get("language") or settings.LANGUAGE_CODE):
            xlsx.write(exporter.sheets(job.user, job.params), partial)
        os.replace(partial, target)
    except Http404:
        partial.unlink(missing_ok=True)
        return _finish(job, ExportState.FAILED, _("导出的对象已删除，或您已无权查看它。"))
    except Exception:  # noqa: BLE001 - the user gets a sentence, the log the traceback
        log.exception("export %s failed", job.pk)
        partial.unlink(missing_ok=True)
        return _finish(job, ExportState.FAILED, _("生成文件时出错，请稍后重试；仍不成功请联系管理员。"))
    return _finish(job, ExportState.DONE, size=target.stat().st_size)


def _finish(job: ExportJob, state: str, error: str = "", size: int = 0) -> str:
    ExportJob.objects.filter(pk=job.pk).update(state=state, error=error[:500], size=size,
                                               finished_at=timezone.now())
    return state


def purge(now: datetime.datetime | None = None) -> int:
    """Delete jobs (and their files) older than KEEP_DAYS; returns how many."""
    cutoff = (now or timezone.now()) - datetime.timedelta(days=KEEP_DAYS)
    old = list(ExportJob.objects.filter(created_at__lt=cutoff).values_list("pk", flat=True)[:1000])
    for pk in old:
        (directory() / f"{pk}.xlsx").unlink(missing_ok=True)
    ExportJob.objects.filter(pk__in=old).delete()
    return len(old)
