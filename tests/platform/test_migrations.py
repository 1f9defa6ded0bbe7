"""Every model change has its migration, and nothing done at start-up (validators, labels) looks like one."""

from __future__ import annotations

from io import StringIO

from django.core.management import call_command


def test_no_model_change_is_without_its_migration(db):
    out = StringIO()
    call_command("makemigrations", "--check", "--dry-run", stdout=out)  # exits 1 when a migration is missing
    assert "No changes detected" in out.getvalue()
