"""Recipients read what they implement: a published plan's source document opens, read-only, for the units it
was sent to, and for nobody else."""

from __future__ import annotations

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def _urls(doc):
    return [reverse("documents:detail", args=[doc.pk]), reverse("documents:original", args=[doc.pk]),
            f"/api/documents/{doc.pk}/"]


def test_a_draft_is_not_shown_to_the_units_it_will_go_to(zunyi_draft, client_for):
    county = client_for("zhengan-staff")
    for url in _urls(zunyi_draft.document):
        assert county.get(url).status_code == 404, url
    assert zunyi_draft.document.title not in county.get(reverse("documents:list")).content.decode()


def test_a_recipient_reads_the_source_document_of_a_published_plan(zunyi_plan, client_for):
    doc = zunyi_plan.document
    county = client_for("zhengan-staff")
    for url in _urls(doc):
        assert county.get(url).status_code == 200, url
    original = county.get(reverse("documents:original", args=[doc.pk]))
    assert b"".join(original.streaming_content) == doc.original_bytes()
    assert doc.display_title in county.get(reverse("documents:list")).content.decode()
    # read-only: no 建立台账, and building is refused
    page = county.get(reverse("documents:detail", args=[doc.pk])).content.decode()
    assert f'{reverse("ledger:new")}?document={doc.pk}' not in page
    assert county.post(reverse("ledger:new"), {"document": doc.pk}).status_code == 403
    assert county.post("/api/plans/", {"document": doc.pk}).status_code == 403


def test_units_the_plan_was_not_sent_to_get_404(zunyi_plan, client_for):
    outsider = client_for("sichuan-admin")
    for url in _urls(zunyi_plan.document):
        assert outsider.get(url).status_code == 404, url
