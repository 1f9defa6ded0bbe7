"""The passage shown under a result: the window of its text with the most query hits, HTML-escaped, hits marked."""

from __future__ import annotations

import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .segment import normalise

WIDTH = 120


def _searchable(text: str) -> str:
    """text normalised character by character, so positions in it are positions in text."""
    whole = normalise(text)
    if len(whole) == len(text):  # nearly always: full-width forms map one to one
        return whole
    out = []
    for c in text:
        n = normalise(c)
        out.append(n if len(n) == 1 else c)
    return "".join(out)


def _spans(text: str, terms: list[str]) -> list[tuple[int, int]]:
    hay = _searchable(text)
    spans = []
    for term in terms:
        spans.extend((m.start(), m.end()) for m in re.finditer(re.escape(term), hay))
    if not spans:  # the words apart (科普 … 普日): mark their bigrams
        for term in terms:
            for i in range(max(len(term) - 1, 1)):
                piece = term[i:i + 2]
                spans.extend((m.start(), m.end()) for m in re.finditer(re.escape(piece), hay))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


def _marked(text: str, spans, start: int, end: int) -> str:
    out, at = [], start
    for s, e in spans:
        if e <= start or s >= end:
            continue
        s, e = max(s, start), min(e, end)
        out.append(escape(text[at:s]))
        out.append(f"<mark>{escape(text[s:e])}</mark>")
        at = e
    out.append(escape(text[at:end]))
    return "".join(out)


def mark(text: str, terms: list[str]) -> SafeString:
    """All of a short text (a title), escaped, with its hits marked."""
    return mark_safe(_marked(text, _spans(text, terms), 0, len(text)))


def passage(text: str, terms: list[str], width: int = WIDTH) -> SafeString:
    """The width-character window of text holding the most hits (the first such), escaped and marked."""
    text = " ".join((text or "").split())
    spans = _spans(text, terms)
    if not spans:
        return mark_safe(escape(text[:width]) + ("…" if len(text) > width else ""))
    best, best_n = spans[0][0], 0
    j = 0
    for i, (s, _e) in enumerate(spans):
        j = max(j, i)
        while j < len(spans) and spans[j][1] <= s + width:
            j += 1
        if j - i > best_n:
            best, best_n = s, j - i
    start = max(0, min(best - 20, len(text) - width))
    end = min(len(text), start + width)
    body = _marked(text, spans, start, end)
    return mark_safe(("…" if start > 0 else "") + body + ("…" if end < len(text) else ""))
