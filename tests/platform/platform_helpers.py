"""Paths and small helpers shared by the platform tests."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "src" / "kexie" / "site" / "demo" / "seeds"
EXAMPLES = ROOT / "tests" / "reader" / "examples"
ARTIFACTS = ROOT / "test-artifacts"


def example(name: str) -> dict:
    """A hand-made parse of a seed (the reader's reference output), without its notes."""
    data = json.loads((EXAMPLES / f"{name}.json").read_text(encoding="utf-8"))
    data.pop("notes", None)
    return data
