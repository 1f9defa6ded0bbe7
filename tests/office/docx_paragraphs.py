"""Paragraphs of a written docx in reading order, those of text boxes (版记, a 简报's 报尾) included, and the box
that keeps a block at the page foot."""

from __future__ import annotations

from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"


def paragraphs(doc) -> list[Paragraph]:
    """Every paragraph, a text box's right after the paragraph that anchors it."""
    return [Paragraph(p, doc) for p in doc.element.body.iter(qn("w:p"))]


def texts(doc) -> list[str]:
    return [p.text for p in paragraphs(doc)]


def page_foot_box(doc, name: str):
    """The anchored drawing named `name` (as the writer names its boxes), asserted to sit at the bottom of the
    margins, as wide as the text block, the body kept above and below it; returns its paragraphs' texts."""
    anchors = [a for a in doc.element.body.iter(WP + "anchor") if a.find(WP + "docPr").get("name") == name]
    assert len(anchors) == 1, f"one {name} box"
    anchor = anchors[0]
    vertical = anchor.find(WP + "positionV")
    assert vertical.get("relativeFrom") == "margin" and vertical.find(WP + "align").text == "bottom"
    assert anchor.find(WP + "wrapTopAndBottom") is not None
    assert round(int(anchor.find(WP + "extent").get("cx")) / 36000) == 156  # mm: the text block's width
    return [Paragraph(p, doc).text for p in anchor.iter(qn("w:p"))]
