"""Test data for the reader: the seed documents, their reference parses, and damage as PDF extraction does it."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "src" / "kexie" / "site" / "demo" / "seeds"
EXAMPLES = Path(__file__).resolve().parent / "examples"
NAMES = sorted(p.stem for p in SEEDS.glob("*.txt"))


def seed_text(name: str) -> str:
    return (SEEDS / f"{name}.txt").read_text(encoding="utf-8")


def reference(name: str) -> dict:
    return json.loads((EXAMPLES / f"{name}.json").read_text(encoding="utf-8"))

HALF = str.maketrans({"，": ",", "。": ".", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?"})


def page_breaks(text: str, seed: int, repeat: float = 0.3) -> str:
    """Cut the text every 250–450 characters as pages do; sometimes print the last character twice."""
    rnd = random.Random(seed)
    out, i = [], 0
    while i < len(text):
        step = rnd.randint(250, 450)
        out.append(text[i:i + step])
        i += step
        if i < len(text) and "\u4e00" <= text[i - 1] <= "\u9fff":
            out.append("\n\n" + (text[i - 1] if rnd.random() < repeat else ""))
    return "".join(out)


def spaced_numbers(text: str, seed: int) -> str:
    """新国发2号 → 新国发 2 号, as PDF text layers space out Latin runs."""
    rnd = random.Random(seed)
    return re.sub(r"(?<=[\u4e00-\u9fff])(\d+)(?=[\u4e00-\u9fff])",
                  lambda m: f" {m.group(1)} " if rnd.random() < 0.5 else m.group(1), text)


def half_width(text: str) -> str:
    return text.translate(HALF)


def damage(text: str, seed: int) -> str:
    """All of it at once: page breaks, spaced numbers and, on odd seeds, half-width punctuation."""
    text = spaced_numbers(page_breaks(text, seed), seed)
    return half_width(text) if seed % 2 else text
