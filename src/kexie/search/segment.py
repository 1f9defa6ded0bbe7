"""Text → space-separated search tokens, the same way for the index and for queries (no Django, no state).

Chinese has no spaces, so a run of Han characters becomes its overlapping bigrams, as Lucene's
CJKBigramFilter does (科普日 → 科普 普日): every word of two or more characters is then a run of bigrams, found
without a dictionary, whatever it is (a place, a person's name, a new term). Each run also gives its last
character alone (科普日 → 日) and a one-character run is its character: so every character of the text starts
some token, and a one-character query is the prefix query 日* (see query_terms), which finds it anywhere.

Latin words are lower-cased and digit runs lose their leading zeros. Everything is NFKC-normalised first
(full-width ２０２２ and ［］（） become 2022 [] ()), and every bracket or punctuation mark separates tokens, so a
文号 is the same tokens however it is typed: 黔科协发〔2022〕17号, 黔科协发[2022]17号, 黔科协发(2022)17号 and
2022 17 all give …2022 17…
"""

from __future__ import annotations

import re
import unicodedata

# CJK Unified Ideographs with extension A, compatibility ideographs and the supplementary planes' B–F.
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef"
_RUN = re.compile(rf"[{_HAN}]+|[a-z]+|[0-9]+")

# The longest query we segment (characters, after trimming): beyond it a query is cut, with a message.
MAX_QUERY = 200


# Full-width ASCII and the ideographic space, as NFKC maps them: with them mapped, most Chinese text is already
# NFKC, which is_normalized checks quickly (the full normalisation costs twice as much; the result is the same).
_WIDE = {**{c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}, 0x3000: 0x20}


def normalise(text: str) -> str:
    text = (text or "").translate(_WIDE)
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    return text.lower()


def _runs(text: str):
    """(kind, run) pairs: "han", "latin" or "digits" (digits without leading zeros)."""
    for run in _RUN.findall(normalise(text)):
        first = run[0]
        if first > "\x7f":
            yield "han", run
        elif first <= "9":
            yield "digits", run.lstrip("0") or "0"
        else:
            yield "latin", run


def index_tokens(text: str) -> list[str]:
    """The tokens to index for a text: bigrams plus each Han run's last character, words, numbers."""
    out: list[str] = []
    for run in _RUN.findall(normalise(text)):
        first = run[0]
        if first > "\x7f":
            out.extend(map(str.__add__, run, run[1:]))
            out.append(run[-1])
        elif first <= "9":
            out.append(run.lstrip("0") or "0")
        else:
            out.append(run)
    return out


def query_terms(text: str) -> list[tuple[str, bool]]:
    """The terms of a query as (token, is_prefix), all of which a match must contain.

    A Han run of two or more characters gives its bigrams only (the index's tail character would demand the
    word end a run in the document too); a one-character run gives the prefix term 科*, which matches the
    bigrams it starts and the tail characters, so it is found wherever it occurs. Repeated terms appear once.

    A one-character run right after a number (the 号 of 17号, the 年 of 2022年) is no term: the number already
    finds it, and as 号* it would merge the postings of every token starting with 号 — the slow part of a 文号
    query (about 70 ms at 100,000 documents, twice a search). It is still marked in the passage.
    """
    terms: list[tuple[str, bool]] = []
    number_end = -1
    for m in _RUN.finditer(normalise(text)):
        run = m.group()
        if run[0] > "\x7f":
            if len(run) > 1:
                terms.extend((run[i:i + 2], False) for i in range(len(run) - 1))
            elif m.start() != number_end:
                terms.append((run, True))
        elif run[0] <= "9":
            terms.append((run.lstrip("0") or "0", False))
            number_end = m.end()
        else:
            terms.append((run, False))
    return list(dict.fromkeys(terms))


def segment(text: str) -> str:
    """index_tokens joined by spaces: what the full-text index stores."""
    return " ".join(index_tokens(text))


def highlight_terms(text: str) -> list[str]:
    """The strings to mark in a passage for a query: its Han runs, words and numbers as typed (normalised)."""
    return list(dict.fromkeys(run for _kind, run in _runs(text)))
