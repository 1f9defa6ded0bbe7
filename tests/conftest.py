"""Fixtures shared by the platform and ledger tests (the reader's tests need none of them)."""

from __future__ import annotations

import pytest


@pytest.fixture
def data_dir(settings, tmp_path):
    """Originals go to a fresh directory, so tests never share or leave blobs behind."""
    settings.ORIGINALS_DIR = tmp_path / "originals"
    # A fast hasher: the tests sign in often and what they test is not PBKDF2.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    return tmp_path


@pytest.fixture
def demo(db):
    """The demo tree, people and users (not the seed documents)."""
    from kexie.site.demo import load_people_and_users
    load_people_and_users()


@pytest.fixture
def org(demo):
    """Look up an organisation of the demo by its short name or name."""
    from kexie.orgs.models import Organisation

    def get(name):
        return Organisation.objects.named(name).get()
    return get


@pytest.fixture
def user(demo):
    from django.contrib.auth import get_user_model

    def get(username):
        return get_user_model().objects.get(username=username)
    return get
