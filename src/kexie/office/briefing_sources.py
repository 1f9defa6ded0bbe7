"""Other apps' items a 工作简报 may draw on (the 典型库 of workers/), registered in their AppConfig.ready.

office sits below workers in design.md's table, so it cannot import them: a source registers a function
fetch(org, period, keys, limit) -> [item], each item a dict {"source": "<app>.<kind>:<id>", "unit", "heading",
"text", "typical"} (a briefing's item shape). keys=None asks for proposals of org's subtree in the period; a list
asks for exactly those of them still in scope, so a posted key outside it is simply not found.
"""

from __future__ import annotations

from typing import Callable

_sources: dict[str, Callable] = {}


def register_source(prefix: str, fetch: Callable) -> None:
    """prefix: the start of the keys this source's items carry ("workers.case")."""
    _sources[prefix] = fetch


def proposals(org, period, limit: int = 50) -> list[dict]:
    return [item for fetch in _sources.values() for item in fetch(org, period, None, limit)]


def items(org, period, keys) -> dict[str, dict]:
    """The items of these keys (in org's subtree and the period), by key; unknown keys are left out."""
    out: dict[str, dict] = {}
    for prefix, fetch in _sources.items():
        mine = [k for k in keys if k.partition(":")[0] == prefix]
        if mine:
            out.update({item["source"]: item for item in fetch(org, period, mine, len(mine))})
    return out
