"""Fixtures of the ledger tests: a fresh data directory, the period tests' world, a test database of its own name
(the demo's sign-ins and the Zunyi plan are tests/conftest.py's)."""

from __future__ import annotations

import pytest

from cycles_dates import client_for_world, world_rhythm  # noqa: F401 (the period tests' fixtures)


@pytest.fixture(autouse=True)
def _fresh_data_dir(data_dir):
    return data_dir


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix):
    """A test database of our own name on PostgreSQL, so other suites running at once do not collide."""
    from django.conf import settings
    db = settings.DATABASES["default"]
    if db["ENGINE"].endswith("postgresql"):
        # Named after the configured database, so two people testing on one server each have their own.
        db.setdefault("TEST", {})["NAME"] = f"test_{db['NAME']}_ledger"
