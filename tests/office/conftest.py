"""Fixtures of the office tests: a fresh data directory, the oversight tests' world with a province's plan moved
through every step, and the ledger tests' Zunyi plan."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from ledger_helpers import ingest_seed, resolve_all

# tests/oversight/conftest.py is not importable by name (every conftest is "conftest"): load its fixtures.
_spec = importlib.util.spec_from_file_location("oversight_conftest", Path(__file__).parents[1] / "oversight/conftest.py")
_oversight = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_oversight)
province_plan, flow_steps, flowed = _oversight.province_plan, _oversight.flow_steps, _oversight.flowed


@pytest.fixture(autouse=True)
def _fresh_data_dir(data_dir):
    return data_dir


@pytest.fixture
def client_for(user):
    """A fresh test client signed in as one of the demo users."""
    from django.test import Client

    def sign_in(username):
        c = Client()
        c.force_login(user(username))
        return c
    return sign_in


@pytest.fixture
def zunyi_plan(org, user):
    """The Zunyi plan built from its seed document, reviewed and published."""
    from kexie.ledger import services
    staff = user("zunyi-staff")
    plan, _ = services.build_plan(ingest_seed("zunyi-2022-6-implementation-plan.txt", org("遵义市科协")), staff)
    resolve_all(plan, staff)
    services.publish(plan, staff)
    plan.refresh_from_db()
    return plan
