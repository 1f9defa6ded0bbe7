"""Fixtures of the office tests: a fresh data directory, the oversight tests' world with a province's plan moved
through every step."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

# tests/oversight/conftest.py is not importable by name (every conftest is "conftest"): load its fixtures.
_spec = importlib.util.spec_from_file_location("oversight_conftest", Path(__file__).parents[1] / "oversight/conftest.py")
_oversight = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_oversight)
province_plan, flow_steps, flowed = _oversight.province_plan, _oversight.flow_steps, _oversight.flowed


@pytest.fixture(autouse=True)
def _fresh_data_dir(data_dir):
    return data_dir
