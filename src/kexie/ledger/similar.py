"""Which tasks a report's text is about: cosine similarity of CJK character bigrams (and Latin words/numbers).

Pure functions, no database: the report form sends its text and the unit's other open assignments, and the five
nearest are proposed for 同时报送. Bigrams, as Lucene's CJK analyser does, need no dictionary; words every task
shares (工作, 开展, 科协) weigh less through an idf over the candidates themselves.
"""

from __future__ import annotations

import math
import re
from collections import Counter

PROPOSALS = 5
_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+|[A-Za-z0-9]+")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def grams(text: str) -> Counter:
    """Character bigrams of each CJK run (a lone character as itself) and lower-cased Latin words."""
    out: Counter = Counter()
    for run in _RUN.findall(text or ""):
        if _CJK.match(run):
            if len(run) == 1:
                out[run] += 1
            else:
                out.update(run[i:i + 2] for i in range(len(run) - 1))
        else:
            out[run.lower()] += 1
    return out


def _weighted(counts: Counter, idf: dict) -> dict:
    return {g: n * idf.get(g, 1.0) for g, n in counts.items()}


def _cosine(a: dict, b: dict) -> float:
    if not a or not b:
        return 0.0
    dot = sum(v * b[k] for k, v in a.items() if k in b)
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


class Corpus:
    """The candidates' grams and idf, computed once, to rank many texts against them (a news page's items): an
    inverted index, so a text is scored against the candidates sharing a gram with it, not against every one."""

    def __init__(self, candidates):
        docs = [(key, grams(body)) for key, body in candidates]
        n = len(docs)
        df: Counter = Counter()
        for _key, g in docs:
            df.update(g.keys())
        self.idf = {g: math.log((n + 1) / (d + 0.5)) + 1.0 for g, d in df.items()}
        self.keys = [key for key, _g in docs]
        self.norms = []
        self.postings: dict[str, list[tuple[int, float]]] = {}
        for i, (_key, g) in enumerate(docs):
            weighted = _weighted(g, self.idf)
            self.norms.append(math.sqrt(sum(v * v for v in weighted.values())))
            for gram, w in weighted.items():
                self.postings.setdefault(gram, []).append((i, w))

    def rank(self, text: str, limit: int = PROPOSALS) -> list[tuple[object, float]]:
        q = _weighted(grams(text), self.idf)
        q_norm = math.sqrt(sum(v * v for v in q.values()))
        if not q_norm:
            return []
        dots: dict[int, float] = {}
        for gram, qw in q.items():
            for i, w in self.postings.get(gram, ()):
                dots[i] = dots.get(i, 0.0) + qw * w
        scored = [(i, dot / (q_norm * self.norms[i])) for i, dot in dots.items() if dot > 0 and self.norms[i]]
        scored.sort(key=lambda pair: (-pair[1], pair[0]))
        return [(self.keys[i], score) for i, score in scored[:limit]]


def rank(text: str, candidates, limit: int = PROPOSALS) -> list[tuple[object, float]]:
    """The candidates ((key, text) pairs) most similar to text, best first, at most limit, each with its score;
    those sharing nothing with the text are left out. Ties keep the candidates' order."""
    if not grams(text):
        return []
    return Corpus(candidates).rank(text, limit)
