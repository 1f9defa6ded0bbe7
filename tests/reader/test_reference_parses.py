"""The five reference parses (shared/spec/examples, copied beside these tests) are reproduced field by field."""

import re
import unicodedata

import pytest

from kexie.reader import parse_text
from samples import NAMES, reference, seed_text

HEADER = ["doc_type", "issuer", "doc_number", "title", "signer", "date", "enclosed_title"]
LISTS = ["recipients", "cc", "references"]
ROLES = ["lead_leaders", "responsible_leaders", "departments", "lead_units", "partner_units"]
_QUOTES = str.maketrans({"“": '"', "”": '"', "〈": "《", "〉": "》"})


def same(s):
    """Compare as the spec does: full-width and half-width punctuation alike, quotes alike, no spaces."""
    if s is None:
        return None
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s).translate(_QUOTES))


@pytest.fixture(scope="module", params=NAMES)
def pair(request):
    return reference(request.param), parse_text(seed_text(request.param), request.param + ".txt").to_dict()


def test_header_fields(pair):
    gold, got = pair
    for field in HEADER:
        assert same(got[field]) == same(gold[field]), field


def test_lists_and_contact(pair):
    gold, got = pair
    for field in LISTS:
        assert [same(x) for x in got[field]] == [same(x) for x in gold[field]], field
    assert got["contact"] == gold["contact"]


def test_outline_levels_markers_headings(pair):
    gold, got = pair
    expected = [(x["id"], x["level"], same(x["marker"]), same(x["heading"])) for x in gold["outline"]]
    assert [(x["id"], x["level"], same(x["marker"]), same(x["heading"])) for x in got["outline"]] == expected


def test_responsibility_and_deadlines(pair):
    gold, got = pair
    by_id = {x["id"]: x for x in got["outline"]}
    for item in gold["outline"]:
        mine = by_id[item["id"]]
        assert mine.get("responsibility") == item.get("responsibility"), item["id"]
        assert mine["deadline"] == item["deadline"], item["id"]
        if item.get("time_hint"):
            assert same(mine["time_hint"]) == same(item["time_hint"]), item["id"]


def test_leading_group(pair):
    gold, got = pair
    assert got["leading_group"] == gold["leading_group"]


def test_segments(pair):
    gold, got = pair
    assert [(s["unit"], same(s["heading"])) for s in got["segments"]] == [
        (s["unit"], same(s["heading"])) for s in gold["segments"]]


def test_spans_point_into_the_cleaned_text():
    doc = parse_text(seed_text("zunyi-2022-6-implementation-plan"))
    for item in doc.outline:
        start, end = item.span
        assert doc.text[start:end].startswith(item.marker[0])
        assert item.heading in doc.text[start:end]
