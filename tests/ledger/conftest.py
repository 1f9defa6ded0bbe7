"""Fixtures of the ledger tests: the demo's organisations and sign-ins, the Zunyi plan stored and built."""

from __future__ import annotations

import pytest

from ledger_helpers import SEEDS, ingest_seed, resolve_all  # noqa: F401 (SEEDS is used by the tests)
from cycles_dates import client_for_world, world_rhythm  # noqa: F401 (the period tests' fixtures)


@pytest.fixture(autouse=True)
def _fresh_data_dir(data_dir):
    return data_dir


@pytest.fixture
def client_for(user):
    """A fresh test client signed in as one of the demo users (several may be open at once)."""
    from django.test import Client

    def sign_in(username):
        c = Client()
        c.force_login(user(username))
        return c
    return sign_in


@pytest.fixture
def zunyi_doc(org):
    return ingest_seed("zunyi-2022-6-implementation-plan.txt", org("遵义市科协"))


@pytest.fixture
def zunyi_draft(zunyi_doc, user):
    from kexie.ledger.services import build_plan
    plan, _ = build_plan(zunyi_doc, user("zunyi-staff"))
    return plan


@pytest.fixture
def zunyi_plan(zunyi_draft, user):
    """The Zunyi plan, reviewed and published."""
    from kexie.ledger import services
    staff = user("zunyi-staff")
    resolve_all(zunyi_draft, staff)
    services.publish(zunyi_draft, staff)
    zunyi_draft.refresh_from_db()
    return zunyi_draft


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix):
    """A test database of our own name on PostgreSQL, so other suites running at once do not collide."""
    from django.conf import settings
    db = settings.DATABASES["default"]
    if db["ENGINE"].endswith("postgresql"):
        # Named after the configured database, so two people testing on one server each have their own.
        db.setdefault("TEST", {})["NAME"] = f"test_{db['NAME']}_ledger"
