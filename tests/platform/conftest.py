"""Fixtures of the platform tests: a data directory per test, the demo's organisations and sign-ins."""

from __future__ import annotations

import pytest
from platform_helpers import SEEDS, example


@pytest.fixture(autouse=True)
def _fresh_data_dir(data_dir):
    return data_dir


@pytest.fixture
def client_for(client, user):
    """A test client signed in as one of the demo users."""
    def sign_in(username):
        client.force_login(user(username))
        return client
    return sign_in


@pytest.fixture
def zunyi_doc(org):
    """The 遵义 plan stored for 遵义市科协, with the reference parse so the page does not depend on the reader's progress."""
    from kexie.documents.services import ingest
    document, _ = ingest((SEEDS / "zunyi-2022-6-implementation-plan.txt").read_bytes(),
                         "zunyi-2022-6-implementation-plan.txt", org("遵义市科协"))
    document.parse = example("zunyi-2022-6-implementation-plan")
    document.save()
    return document


@pytest.fixture
def baoding_doc(org):
    from kexie.documents.services import ingest
    document, _ = ingest((SEEDS / "baoding-2021-9-activity-plan.txt").read_bytes(),
                         "baoding-2021-9-activity-plan.txt", org("保定市科协"))
    return document
