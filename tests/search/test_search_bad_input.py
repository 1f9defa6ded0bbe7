"""Bad input on /search/ and /api/search/: a clear sentence or an empty result, never a 500."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.django_db


def test_empty_query_is_a_friendly_page(seeds, client_for, django_assert_max_num_queries):
    c = client_for("zunyi-admin")
    with django_assert_max_num_queries(8):
        page = c.get("/search/")
    assert page.status_code == 200 and 'id="search-empty"' in page.content.decode()
    assert c.get("/api/search/", {"q": "  "}).json()["searched"] is False


def test_a_long_query_is_cut_with_a_note(seeds, client_for):
    c = client_for("zunyi-admin")
    q = "科协 " * 3400
    page = c.get("/search/", {"q": q})
    assert page.status_code == 200 and "只用了前 200 个字" in page.content.decode()
    api = c.get("/api/search/", {"q": q}).json()
    assert api["notes"] and len(api["query"]) == 200 and api["results"]


@pytest.mark.parametrize("q", ['"', '"科协', "科协*", "-科协", "科协 NEAR 科普", "科协 AND OR NOT", "(科协", "title:科协",
                               "^科协", "科协'; DROP TABLE search_entry; --", "\\", "' & | ! <-> :*", "科协 OR", "*"])
def test_fts_and_sql_syntax_is_plain_text(seeds, client_for, q):
    c = client_for("zunyi-admin")
    page = c.get("/search/", {"q": q})
    assert page.status_code == 200
    api = c.get("/api/search/", {"q": q})
    assert api.status_code == 200
    if "科协" in q and not re.search("[A-Za-z]", q):  # NEAR, AND, title… are words to find like any other
        assert seeds["zunyi"].pk in [r["id"] for r in api.json()["results"]]


@pytest.mark.parametrize("params, message", [
    ({"q": "科\x00协"}, "空字符"),
    ({"q": "科协", "issuer": "a\x00"}, "空字符"),
    ({"q": "科协", "from": "2022-13-45"}, "不是日期"),
    ({"q": "科协", "to": "昨天"}, "不是日期"),
    ({"q": "科协", "org": "abc"}, "不在您的范围内"),
    ({"q": "科协", "org": "99999999999999999999999"}, "不在您的范围内"),
    ({"q": "科协", "org": "-1"}, "不在您的范围内"),
    ({"q": "科协", "page": "0"}, "页码"),
    ({"q": "科协", "page": "x"}, "页码"),
    ({"q": "科协", "page": "99999"}, "页码"),
    ({"q": "科协", "kind": "plan"}, "类别"),
])
def test_bad_filters_answer_one_sentence(seeds, client_for, params, message):
    c = client_for("zunyi-admin")
    page = c.get("/search/", params)
    assert page.status_code == 200 and message in page.content.decode()
    api = c.get("/api/search/", params)
    assert api.status_code == 400 and message in api.json()["detail"]


def test_only_punctuation_says_so(seeds, client_for):
    page = client_for("zunyi-admin").get("/search/", {"q": "？！……"})
    assert "没有可检索的文字" in page.content.decode()


def test_signed_out_is_sent_to_sign_in(client):
    assert client.get("/search/", {"q": "科协"}).status_code == 302
    assert client.get("/api/search/", {"q": "科协"}).status_code in (401, 403)


def test_english_interface(seeds, client_for):
    c = client_for("zunyi-admin")
    from django.conf import settings
    c.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    page = c.get("/search/", {"q": "科协", "from": "bad"})
    assert page.status_code == 200 and "is not a date" in page.content.decode()
