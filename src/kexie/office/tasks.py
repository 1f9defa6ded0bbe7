"""The office's background job: making a queued xlsx export (exports.run), run by `kexie worker`."""

from django_tasks import task

from . import exports


@task()
def make_export(job_id: int) -> str:
    return exports.run(job_id)
