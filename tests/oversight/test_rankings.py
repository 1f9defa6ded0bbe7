"""排行榜: units under an organisation for a period, rules stated, ties sharing a rank (next skipped), sortable,
bad periods refused with a sentence, xlsx written and read back."""

from __future__ import annotations

import datetime
import io

import pytest
from django.test import Client
from openpyxl import load_workbook

from kexie.ledger.errors import LedgerError
from kexie.orgs.models import Organisation
from kexie.oversight.period import parse_period
from kexie.oversight.rankings import RULES, TIE_RULE, Row, rank

pytestmark = pytest.mark.django_db
TODAY = datetime.date.today()


def client(user) -> Client:
    c = Client()
    c.force_login(user)
    return c


def rows_of(*values, column="overdue"):
    rows = []
    for i, v in enumerate(values):
        row = Row(Organisation(pk=i + 1, name=f"u{i}", short_name=f"u{i}", level=4, path=f"{i:08d}/", order=i))
        setattr(row, column, v) if column != "rate" else (setattr(row, "due", 0 if v is None else 10),
                                                         setattr(row, "on_time", 0 if v is None else v))
        rows.append(row)
    return rows


def test_ties_share_a_rank_and_the_next_rank_is_skipped():
    ranked = rank(rows_of(3, 1, 1, 0, 5), "overdue")  # fewer overdue is better
    assert [(r.overdue, r.rank) for r in ranked] == [(0, 1), (1, 2), (1, 2), (3, 4), (5, 5)]
    ranked = rank(rows_of(2, 7, 7, 1, column="reports"), "reports")  # more reports is better
    assert [(r.reports, r.rank) for r in ranked] == [(7, 1), (7, 1), (2, 3), (1, 4)]
    ranked = rank(rows_of(8, None, 8, 5, column="rate"), "rate")  # no rate: after every rate
    assert [(r.rate, r.rank) for r in ranked] == [(0.8, 1), (0.8, 1), (0.5, 3), (None, 4)]


def test_the_ranking_page_states_its_rules_and_sorts_by_column(flowed):
    w, _plan = flowed
    c = client(w.users["province"])
    province = w.orgs["甲省科协"]
    start, end = (TODAY - datetime.timedelta(days=30)).isoformat(), (TODAY + datetime.timedelta(days=90)).isoformat()
    page = c.get(f"/oversight/{province.pk}/rankings/?start={start}&end={end}&sort=reports")
    assert page.status_code == 200
    html = page.content.decode()
    for rule in (*RULES.values(), TIE_RULE):
        assert str(rule) in html
    rows = {r.unit.short_name: r for r in page.context["rows"]}
    assert set(rows) == {"甲市科协", "乙市科协"}
    # one report each (甲二县's typical, 乙一县's): a tie, both first
    assert rows["甲市科协"].reports == 1 and rows["甲市科协"].typical == 1 and rows["乙市科协"].reports == 1
    assert rows["甲市科协"].rank == 1 and rows["乙市科协"].rank == 1
    assert rows["甲市科协"].overdue == 2 and rows["乙市科协"].overdue == 1  # task 1 (10 days ago), closed late
    by_overdue = c.get(f"/oversight/{province.pk}/rankings/?start={start}&end={end}&sort=overdue").context["rows"]
    assert [r.unit.short_name for r in by_overdue] == ["乙市科协", "甲市科协"]
    api = c.get(f"/api/oversight/{province.pk}/rankings/?start={start}&end={end}&sort=overdue").json()
    assert [(r["name"], r["rank"], r["overdue"]) for r in api["rows"]] == [("乙市科协", 1, 1), ("甲市科协", 2, 2)]
    assert api["ties"] == str(TIE_RULE)


@pytest.mark.parametrize("query, words", [
    ("start=2026-05-01&end=2026-04-01", "早于开始日期"),
    ("start=2026-13-01", "不是日期"),
    ("end=yesterday", "不是日期"),
    ("start=1900-01-01", "2000 年到 2099 年"),
])
def test_bad_periods_get_a_clear_message(flowed, query, words):
    w, _plan = flowed
    c = client(w.users["province"])
    province = w.orgs["甲省科协"]
    page = c.get(f"/oversight/{province.pk}/rankings/?{query}")
    assert page.status_code == 400 and words in page.content.decode()
    api = c.get(f"/api/oversight/{province.pk}/rankings/?{query}")
    assert api.status_code == 400 and words in api.json()["detail"]
    assert c.get(f"/oversight/{province.pk}/bulletin/?{query}").status_code == 400
    with pytest.raises(LedgerError):
        parse_period(*(dict(p.split("=") for p in query.split("&")).get(k) for k in ("start", "end")), TODAY)


def test_the_ranking_exports_to_xlsx(flowed):
    w, _plan = flowed
    province = w.orgs["甲省科协"]
    response = client(w.users["city-leader"]).get(f"/office/oversight/{w.orgs['甲市科协'].pk}/rankings.xlsx")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    book = load_workbook(io.BytesIO(response.content))
    values = [list(row) for row in book.worksheets[0].iter_rows(values_only=True)]
    assert values[2][:2] == ["名次", "单位"]  # under the title and its date line
    assert {values[3][1], values[4][1]} == {"甲一县科协", "甲二县科协"}
    rules = [list(row) for row in book.worksheets[1].iter_rows(values_only=True)]
    assert any(row[0] == "并列" and row[1] == str(TIE_RULE) for row in rules if row and row[0])
    # a leader of 甲市 cannot rank the province
    assert client(w.users["city-leader"]).get(f"/oversight/{province.pk}/rankings/").status_code == 404
