"""Fixtures for the reader's tests."""

import pytest

from samples import NAMES


@pytest.fixture(params=NAMES)
def seed_name(request):
    return request.param
