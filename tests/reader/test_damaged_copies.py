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


def official_layout_pdf(text: str) -> bytes:
    """The text printed as a 公文 PDF: 28 characters a line, every paragraph indented two characters,
    22 lines a page, — N — page numbers, in a non-embedded GB font (as real 公文 PDFs use)."""
    import io
    import re as _re

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    lines = []
    for para in text.split("\n"):
        para = _re.sub(r"^#+\s*", "", para.strip())
        s = ("\u3000\u3000" if len(para) > 28 else "") + para
        while s:
            lines.append(s[:28])
            s = s[28:]
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    for page, i in enumerate(range(0, len(lines), 22), start=1):
        y = A4[1] - 37 * mm
        pdf.setFont("STSong-Light", 16)
        for line in lines[i:i + 22]:
            pdf.drawString(28 * mm, y, line)
            y -= 10.2 * mm
        pdf.setFont("STSong-Light", 14)
        pdf.drawCentredString(A4[0] / 2, 15 * mm, f"— {page} —")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


@pytest.mark.parametrize("name", NAMES)
def test_a_pdf_in_the_official_layout_reads_like_the_text(name):
    clean = parse_text(seed_text(name))
    printed = parse(official_layout_pdf(seed_text(name)), f"{name}.pdf")
    for field in FIELDS + ["enclosed_title"]:
        assert canon(getattr(printed, field)) == canon(getattr(clean, field)), field
    assert (printed.contact and vars(printed.contact)) == (clean.contact and vars(clean.contact))
    assert [x[:2] for x in outline(printed)] == [x[:2] for x in outline(clean)]
    same = sum(a == b for a, b in zip(outline(printed), outline(clean)))
    assert same >= len(outline(clean)) - 1
