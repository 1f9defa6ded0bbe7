"""Reference parses are reproduced field by field: the five seeds' (shared/spec/examples, copied beside these
tests) and those of a corpus of other 科协 documents in every format (corpus/: made by hand from the spec).
The documents found on public sites (gold marked "found") are scored as a whole in test_found_documents.py."""

import json
import re
import unicodedata
from pathlib import Path

import pytest

from kexie.reader import parse, parse_text
from samples import NAMES, reference, seed_text

CORPUS = Path(__file__).resolve().parent / "corpus"
CORPUS_DOCS = sorted(p for p in (CORPUS / "docs").iterdir() if (CORPUS / "gold" / f"{p.stem}.json").exists()
                     and not json.loads((CORPUS / "gold" / f"{p.stem}.json").read_text(encoding="utf-8")).get("found"))

HEADER = ["doc_type", "issuer", "doc_number", "title", "signer", "date", "enclosed_title"]
LISTS = ["recipients", "cc", "references"]
ROLES = ["lead_leaders", "responsible_leaders", "departments", "lead_units", "partner_units"]
_QUOTES = str.maketrans({"“": '"', "”": '"', "〈": "《", "〉": "》"})


def same(s):
    """Compare as the spec does: full-width and half-width punctuation alike, quotes alike, no spaces."""
    if s is None:
        return None
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s).translate(_QUOTES)).strip("。，,.;；:：")


@pytest.fixture(scope="module", params=NAMES + [p.name for p in CORPUS_DOCS])
def pair(request):
    name = request.param
    if name in NAMES:
        return reference(name), parse_text(seed_text(name), name + ".txt").to_dict()
    path = CORPUS / "docs" / name
    gold = json.loads((CORPUS / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
    return gold, parse(path).to_dict()


def accepted(gold, field):
    """The gold value and the alternatives its notes accept (a briefing's title may be its masthead's)."""
    return [gold[field], *(gold.get("alternatives") or {}).get(field, [])]


def test_header_fields(pair):
    gold, got = pair
    for field in HEADER:
        assert same(got[field]) in [same(x) for x in accepted(gold, field)], field


def test_lists_and_contact(pair):
    gold, got = pair
    for field in LISTS:
        assert [same(x) for x in got[field]] in [[same(x) for x in a] for a in accepted(gold, field)], field
    assert (got["contact"] or {}) == (gold["contact"] or {}) or got["contact"] == gold["contact"]


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
        if item.get("time_hint") and not mine["deadline"]:
            # the spec shows both a cue's phrase (每年) and its clause (贯穿全年，重点结合……): one holds the other
            hint = same(mine["time_hint"] or "")
            for expected in same(item["time_hint"]).split(";"):
                assert hint and (hint in expected or expected in hint), item["id"]


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
