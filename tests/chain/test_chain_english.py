"""The chain and coverage pages read in English: no Chinese but the data's own."""

from __future__ import annotations

import pytest
from test_ledger_english import chinese_left, data_strings

pytestmark = pytest.mark.django_db


def test_the_chain_and_coverage_read_in_english(zunyi_plan, org, store, client_for, settings):
    store(org("正安县科协"), "正科协字〔2022〕3号", "正安县实施方案", cites=[("遵市科协字〔2022〕6号", "遵义方案")])
    c = client_for("zunyi-staff")
    c.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    data = data_strings()
    for url in (f"/documents/{zunyi_plan.document_id}/", f"/search/chain/{zunyi_plan.document_id}/",
                f"/search/coverage/plan/{zunyi_plan.pk}/", f"/search/coverage/document/{zunyi_plan.document_id}/"):
        html = c.get(url).content.decode()
        assert "Policy chain" in html or "Implementation" in html, url
        assert chinese_left(html, data) == [], url
