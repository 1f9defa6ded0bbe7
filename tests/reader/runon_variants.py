"""Variants of notices as web copies and sharing sites run them together (round 22): the whole text on one line, the
signature and its date glued to the last sentence and to 联系人/附件, the title glued to the 主送 and the 主送 to the
正文, the 、 lost after 一 二 三, a sharing site's chunk numbers (1、 2、 …) at cuts inside sentences. Built from
development notices; what must survive is what the reader reads on the notice as it is."""

from __future__ import annotations

import random
import re
import unicodedata

from kexie.reader import parse_text
from kexie.reader import patterns as P

_FIRST_LEVEL = re.compile(r"^([一二三四五六七八九])、(?=[\u4e00-\u9fff])", re.M)


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.split("\n") if ln.strip()]


def one_line(text: str) -> str | None:
    """Every line break lost: the whole notice one line."""
    lines = _lines(text)
    return "".join(lines) if len(lines) > 3 else None


def _signature_at(lines: list[str]) -> int | None:
    """The index of the signature's body line, right above a full date line, in the notice's last lines."""
    for i in range(len(lines) - 1, 0, -1):
        if P.DATE_LINE.fullmatch(lines[i]) and P.ORG_LINE.fullmatch(lines[i - 1]) and i - 1 > 0 \
                and lines[i - 2][-1:] in "。！？；》）":
            return i - 1
    return None


def glued_signature(text: str) -> str | None:
    """…特此通知。BODY2022年4月12日联系人：…: the sentence before, the signature, its date and what follows on one line."""
    lines = _lines(text)
    at = _signature_at(lines)
    if at is None:
        return None
    after = lines[at + 2:at + 3]
    if after and not re.match(r"^(联系|附\s*件|抄\s*[送报]|印发)", after[0]):
        after = []
    glued = lines[at - 1] + lines[at] + lines[at + 1] + "".join(after)
    return "\n".join(lines[:at - 1] + [glued] + lines[at + 2 + len(after):])


def glued_title(text: str) -> str | None:
    """关于…的通知各县区科协：为规范……: the title, the 主送 and the 正文's first paragraph on one line."""
    lines = _lines(text)
    for i in range(len(lines) - 2):
        if P.formal_title(lines[i]) and P.TITLE_END.search(lines[i]) and lines[i + 1].startswith("各") \
                and lines[i + 1].endswith(("：", ":")):
            return "\n".join(lines[:i] + [lines[i] + lines[i + 1] + lines[i + 2]] + lines[i + 3:])
    return None


def lost_commas(text: str) -> str | None:
    """一申报条件 / 二申报材料: the 、 after every first-level numeral lost."""
    if len(_FIRST_LEVEL.findall(text)) < 3:
        return None
    return _FIRST_LEVEL.sub(r"\1", text)


def chunk_numbers(text: str, seed: int = 0) -> str | None:
    """A sharing site's chunks: 1、 before the text, 2、 3、 … at cuts inside sentences every few hundred characters."""
    rng = random.Random(seed)
    lines = _lines(text)
    flat = "\n".join(lines)
    if len(flat) < 600:
        return None
    cuts, at = [], 0
    while True:
        at += rng.randint(250, 450)
        # a cut between two Chinese characters inside a paragraph's sentence, past its first words
        while at < len(flat) - 1 and not ("\u4e00" <= flat[at - 1] <= "\u9fff" and "\u4e00" <= flat[at] <= "\u9fff"
                                          and at - flat.rfind("\n", 0, at) > 40):
            at += 1
        if at >= len(flat) - 100:
            break
        cuts.append(at)
    if not cuts:
        return None
    pieces, start = ["1、"], 0
    for n, cut in enumerate(cuts, 2):
        pieces.append(flat[start:cut] + f"\n{n}、")
        start = cut
    return "".join(pieces) + flat[start:]


KINDS = {"one_line": one_line, "glued_signature": glued_signature, "glued_title": glued_title,
         "lost_commas": lost_commas, "chunk_numbers": chunk_numbers}


def _n(s) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or "")).strip("。，,.;；:：")


def reading(doc) -> dict:
    """What must survive: the header and the first-level items."""
    return {"title": _n(doc.title), "issuer": _n(doc.issuer), "date": doc.date,
            "recipients": [_n(r) for r in doc.recipients],
            # (a heading run into its text reads to the first stop, as the spec says: its first words must hold)
            "outline": [(x.level, _n(x.marker).rstrip("、.．"), _n(x.heading)[:4]) for x in doc.outline if x.level == 1]}


FIELDS = ("title", "issuer", "date", "recipients", "outline")


def lost(kind: str, text: str, reflow: bool = True) -> list[str] | None:
    """The fields the variant loses (None where it does not apply)."""
    variant = KINDS[kind](text)
    if variant is None:
        return None
    before, after = reading(parse_text(text, reflow=reflow)), reading(parse_text(variant, reflow=reflow))
    return [f for f in FIELDS if before[f] != after[f]]
