"""Damaged copies read the same: page breaks, repeated characters, spaced numbers, half-width punctuation, GB18030."""

import re
import unicodedata

import pytest

from kexie.reader import parse, parse_text
from samples import NAMES, damage, seed_text

FIELDS = ["doc_type", "issuer", "doc_number", "title", "recipients", "signer", "date", "cc", "references"]


def canon(value):
    if isinstance(value, list):
        return [canon(v) for v in value]
    return None if value is None else re.sub(r"\s+", "", unicodedata.normalize("NFKC", value))


def outline(doc):
    return [(x.id, x.level, canon(x.heading)) for x in doc.outline]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_header_and_outline_survive_pdf_damage(name, seed):
    clean, damaged = parse_text(seed_text(name)), parse_text(damage(seed_text(name), seed))
    for field in FIELDS:
        assert canon(getattr(damaged, field)) == canon(getattr(clean, field)), field
    # a heading cut by a page break may lose its tail: the outline's shape and most headings stay
    assert [x[:2] for x in outline(damaged)] == [x[:2] for x in outline(clean)]
    same = sum(a == b for a, b in zip(outline(damaged), outline(clean)))
    assert same >= len(outline(clean)) - 1


@pytest.mark.parametrize("name", NAMES)
def test_gb18030_bytes_read_like_utf8(name):
    text = seed_text(name)
    a, b = parse(text.encode("utf-8"), f"{name}.txt"), parse(text.encode("gb18030"), f"{name}.txt")
    assert a.to_dict() == b.to_dict()
