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


def rank(text: str, candidates, limit: int = PROPOSALS) -> list[tuple[object, float]]:
    """The candidates ((key, text) pairs) most similar to text, best first, at most limit, each with its score;
    those sharing nothing with the text are left out. Ties keep the candidates' order."""
    query = grams(text)
    if not query:
        return []
    docs = [(key, grams(body)) for key, body in candidates]
    n = len(docs)
    df: Counter = Counter()
    for _key, g in docs:
        df.update(g.keys())
    idf = {g: math.log((n + 1) / (d + 0.5)) + 1.0 for g, d in df.items()}
    q = _weighted(query, idf)
    scored = [(key, _cosine(q, _weighted(g, idf))) for key, g in docs]
    scored = [(key, s) for key, s in scored if s > 0]
    scored.sort(key=lambda pair: -pair[1])
    return scored[:limit]
