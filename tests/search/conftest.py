"""Fixtures for the search tests: seeds stored for two provinces, and a searcher as a given user."""

from __future__ import annotations

import pytest


@pytest.fixture
def seeds(data_dir, org):
    """Zunyi's plan (贵州), the Sichuan newspaper page and Baoding's activity plan, each filed by its owner."""
    from ledger_helpers import ingest_seed
    return {
        "zunyi": ingest_seed("zunyi-2022-6-implementation-plan.txt", org("遵义市科协")),
        "sichuan": ingest_seed("sichuan-newspaper-page.txt", org("四川省科学技术协会")),
        "baoding": ingest_seed("baoding-2021-9-activity-plan.txt", org("保定市科学技术协会")),
    }


@pytest.fixture
def find(user):
    """find(username, q, **filters) -> the Outcome of the search the page runs."""
    from kexie.search import query

    def run(username, q, **filters):
        u = user(username)
        return query.run(u, query.parse(u, {"q": q, **filters}))
    return run

