"""Variants of 印发/转发 notices as web copies damage them (round 21): the title line lost, the 《》 lost or written
“”/<>, lines run into one paragraph, the date line lost, the page put into a portal's frame, traditional script,
stray spaces in the title. Built from development documents; the enclosed title expected is the gold's."""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from pathlib import Path

from kexie.reader import parse_text
from kexie.reader.patterns import DATE_LINE
from reader_files import CORPUS, TO_SIMPLIFIED, TO_TRADITIONAL, corpus_documents


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _drop_title(text: str, gold: dict) -> str | None:
    title = _squash(gold.get("title") or "")
    lines = text.split("\n")
    # every line of the title, however it was broken
    kept = [l for l in lines if not (title and len(_squash(l)) >= 6 and _squash(l) in title)]
    return "\n".join(kept) if len(kept) < len(lines) else None


def _unquote_first_sentence(text: str, gold: dict) -> str | None:
    # the first 《…》 that a 现将/印发 sentence names, past the title line
    for m in re.finditer(r"(现将|将)([^《。\n]{0,30})《", text):
        start = m.end() - 1
        depth = 0
        for i in range(start, len(text)):
            depth += {"《": 1, "》": -1}.get(text[i], 0)
            if depth == 0:
                return text[:start] + text[start + 1:i] + text[i + 1:]
    return None


def _quotes(opening: str, closing: str):
    def make(text: str, gold: dict) -> str | None:
        if "《" not in text:
            return None
        return text.replace("《", opening).replace("》", closing)
    return make


def _one_paragraph(text: str, gold: dict) -> str:
    return "".join(l.strip() for l in text.split("\n"))


def _no_date(text: str, gold: dict) -> str | None:
    lines = text.split("\n")
    kept = [l for l in lines if not DATE_LINE.fullmatch(l.strip())]
    return "\n".join(kept) if len(kept) < len(lines) else None


def _web_page(text: str, gold: dict) -> str:
    return ("首页 > 通知公告 > 正文\n" + "来源：本站  发布时间：2023-05-16 10:21  浏览次数：128\n" + text
            + "\n【打印本页】【关闭窗口】\n版权所有：本站  备案号：京ICP备00000000号\n")


def _traditional(text: str, gold: dict) -> str:
    return text.translate(TO_TRADITIONAL)


def _spaced(text: str, gold: dict) -> str | None:
    enclosed = gold["enclosed_title"]
    if enclosed not in text or len(enclosed) < 6:
        return None
    k = len(enclosed) // 2
    return text.replace(enclosed, enclosed[:2] + " " + enclosed[2:k] + "  " + enclosed[k:])


KINDS = {
    "no_title": _drop_title,
    "unquoted": _unquote_first_sentence,
    "curly": _quotes("“", "”"),
    "angle": _quotes("<", ">"),
    "one_paragraph": _one_paragraph,
    "no_date": _no_date,
    "web_page": _web_page,
    "traditional": _traditional,
    "spaced": _spaced,
}

_CANON = str.maketrans({"“": '"', "”": '"', "<": "《", "〈": "《", ">": "》", "〉": "》", "[": "〔", "]": "〕", "【": "〔", "】": "〕"})


def norm(s: str | None) -> str:
    s = unicodedata.normalize("NFKC", s or "").translate(TO_SIMPLIFIED).translate(_CANON)
    return re.sub(r"\s+", "", s).strip("。，,.;；:：")


def matches(gold: dict, got: str | None) -> bool:
    got = norm(got)
    accepted = [gold["enclosed_title"]] + list((gold.get("alternatives") or {}).get("enclosed_title", []))
    if not got and any(a is None for a in accepted):
        return True  # the gold accepts reading none
    for a in map(norm, filter(None, accepted)):
        # quote marks changed by the variant itself: compare without them
        a2, g2 = re.sub('[《》"]', "", a), re.sub('[《》"]', "", got)
        if got and (a2 == g2 or SequenceMatcher(None, a2, g2).ratio() >= 0.9):
            return True
    return False


def holds(text: str, gold: dict) -> bool:
    """The variant still says the enclosed title somewhere (quote marks and spaces aside)."""
    flat = re.sub('[《》"“”<>〈〉]', "", norm(text))
    return re.sub('[《》"]', "", norm(gold["enclosed_title"]))[:12] in flat


def documents(docs: Path = CORPUS / "docs", gold_dir: Path = CORPUS / "gold", stems=None):
    """(stem, text, reflow, gold) for every document with a gold enclosed_title."""
    return corpus_documents(docs, gold_dir, stems, keep=lambda gold: gold.get("enclosed_title"))


def read_variant(kind: str, text: str, reflow: bool, gold: dict, kinds: dict = KINDS):
    """(variant text or None where the variant does not apply, enclosed title read)."""
    v = kinds[kind](text, gold)
    if v is None or not holds(v, gold):
        return None, None
    return v, parse_text(v, reflow=reflow).enclosed_title


def misread(kind: str, docs: dict, left_alone: set, kinds: dict = KINDS) -> tuple[int, list]:
    """How many of `docs` (stem: (text, reflow, gold)) the variant applies to, and those whose enclosed title it
    misreads (the (stem, kind) pairs of `left_alone` aside)."""
    read, wrong = 0, []
    for stem, (text, reflow, gold) in docs.items():
        variant, got = read_variant(kind, text, reflow, gold, kinds)
        if variant is None or (stem, kind) in left_alone:
            continue  # the variant does not apply (no date line, no 《》 in a 现将 sentence, …)
        read += 1
        if not matches(gold, got):
            wrong.append((stem, got))
    return read, wrong
