"""Big xlsx exports as worker jobs: queued past INLINE_ROWS, made as the user who asked, downloaded by that user
alone, failing with a sentence when the user lost the scope, purged after KEEP_DAYS."""

from __future__ import annotations

import datetime
import io

import openpyxl
import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from kexie.office import exports
from kexie.office.models import ExportJob, ExportState

pytestmark = pytest.mark.django_db


def _values(content_or_path) -> dict:
    book = openpyxl.load_workbook(io.BytesIO(content_or_path) if isinstance(content_or_path, bytes)
                                  else content_or_path)
    return {ws.title: [[c for c in row] for row in ws.iter_rows(values_only=True)] for ws in book.worksheets}


def _work(monkeypatch):
    # The worker closes "old" connections between jobs; inside the test's transaction that would be the test's.
    monkeypatch.setattr("django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None)
    call_command("worker", "--batch", "--no-schedule", "--interval", "0")


def _ask(client, url, capture):
    with capture(execute=True):
        return client.get(url)


def test_a_big_ledger_is_queued_made_by_the_worker_and_downloaded_by_its_user(
        zunyi_plan, client_for, data_dir, monkeypatch, django_capture_on_commit_callbacks):
    c = client_for("zunyi-staff")
    url = f"/office/ledger/{zunyi_plan.pk}.xlsx"
    inline = _values(c.get(url).content)
    monkeypatch.setattr(exports, "INLINE_ROWS", 0)
    r = _ask(c, url, django_capture_on_commit_callbacks)
    job = ExportJob.objects.get()
    assert r.status_code == 302 and r["Location"] == f"/office/exports/{job.pk}/"
    assert (job.state, job.kind, job.params["plan"]) == (ExportState.QUEUED, "ledger", zunyi_plan.pk)
    assert DBTaskResult.objects.get().task_path.endswith("make_export")
    page = c.get(r["Location"]).content.decode()
    assert 'data-state="queued"' in page and 'http-equiv="refresh"' in page and job.filename in page
    assert _ask(c, url, django_capture_on_commit_callbacks)["Location"] == r["Location"]  # pressed twice: one job
    assert ExportJob.objects.count() == 1

    _work(monkeypatch)
    job.refresh_from_db()
    assert job.state == ExportState.DONE and job.size > 0 and job.finished_at
    page = c.get(r["Location"]).content.decode()
    assert 'data-state="done"' in page and 'http-equiv="refresh"' not in page
    download = c.get(f"/office/exports/{job.pk}.xlsx")
    assert "filename*=UTF-8''" in download["Content-Disposition"]
    assert _values(b"".join(download.streaming_content)) == inline
    # Exporting again soon after finds the file made, rather than queueing another.
    assert _ask(c, url, django_capture_on_commit_callbacks)["Location"] == r["Location"]

    for other in ("zunyi-admin", "zhengan-staff", "sichuan-admin"):  # the same office's admin included
        assert client_for(other).get(f"/office/exports/{job.pk}/").status_code == 404
        assert client_for(other).get(f"/office/exports/{job.pk}.xlsx").status_code == 404


def test_a_job_whose_user_lost_the_scope_fails_with_a_sentence(zunyi_plan, client_for, user, org, data_dir,
                                                              monkeypatch, django_capture_on_commit_callbacks):
    monkeypatch.setattr(exports, "INLINE_ROWS", 0)
    c = client_for("zunyi-staff")
    _ask(c, f"/office/ledger/{zunyi_plan.pk}.xlsx", django_capture_on_commit_callbacks)
    staff = user("zunyi-staff")
    staff.membership.organisation = org("四川省科协")
    staff.membership.save()
    _work(monkeypatch)
    job = ExportJob.objects.get()
    assert job.state == ExportState.FAILED and "无权查看" in job.error
    assert not exports.path_of(job).exists() and not list(exports.directory().glob("*.part"))
    assert job.error in c.get(f"/office/exports/{job.pk}/").content.decode()
    assert c.get(f"/office/exports/{job.pk}.xlsx").status_code == 404


def test_a_dashboards_long_list_is_a_job_too(zunyi_plan, client_for, org, data_dir, monkeypatch,
                                            django_capture_on_commit_callbacks):
    c = client_for("zunyi-staff")
    city = org("遵义市科协")
    url = f"/office/oversight/{city.pk}/assignments.xlsx"
    inline = _values(c.get(url).content)
    monkeypatch.setattr(exports, "INLINE_ROWS", 0)
    r = _ask(c, url, django_capture_on_commit_callbacks)
    assert r.status_code == 302
    _work(monkeypatch)
    job = ExportJob.objects.get()
    assert job.state == ExportState.DONE and _values(exports.path_of(job)) == inline


def test_old_jobs_and_their_files_are_purged(zunyi_plan, user, data_dir):
    old = ExportJob.objects.create(user=user("zunyi-staff"), kind="ledger", params={}, filename="旧.xlsx",
                                   state=ExportState.DONE,
                                   created_at=timezone.now() - datetime.timedelta(days=exports.KEEP_DAYS + 1))
    fresh = ExportJob.objects.create(user=user("zunyi-staff"), kind="ledger", params={}, filename="新.xlsx")
    exports.directory().mkdir(parents=True, exist_ok=True)
    exports.path_of(old).write_bytes(b"x")
    assert exports.purge() == 1
    assert list(ExportJob.objects.values_list("pk", flat=True)) == [fresh.pk] and not exports.path_of(old).exists()


@pytest.mark.parametrize("pk", ["abc", "99999999999999999999999", "-1", "0"])
def test_bad_job_ids_are_not_found(client_for, pk):
    c = client_for("zunyi-staff")
    assert c.get(f"/office/exports/{pk}/").status_code == 404
