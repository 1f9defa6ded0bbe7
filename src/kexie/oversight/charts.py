"""The dashboard's charts as SVG drawn by the server: lights by unit, completion by month, progress by plan.

No JavaScript and no library: each chart is a few rectangles and labels in a viewBox, so it scales to the
column it sits in (390 px phones to a 1440 px wall screen) and prints. Labels are escaped; every bar has a
<title> (its numbers) for screen readers and hover.
"""

from __future__ import annotations

import datetime

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from kexie.ledger.lights import Light

from .rollup import Figures

COLOURS = {Light.RED: "#c62828", Light.YELLOW: "#f2a900", Light.GREEN: "#2e7d32", Light.GRAY: "#9e9e9e"}
ORDER = (Light.RED, Light.YELLOW, Light.GREEN, Light.GRAY)
WIDTH, ROW, LABEL = 600, 22, 150


def _svg(height: int, body: list[str], title: str) -> SafeString:
    return mark_safe(f'<svg class="chart" viewBox="0 0 {WIDTH} {height}" role="img" aria-label="{escape(title)}" '
                     f'xmlns="http://www.w3.org/2000/svg" preserveAspectRatio="xMinYMin meet">'
                     f'<title>{escape(title)}</title>{"".join(body)}</svg>')


def _label(x: float, y: float, text: str, anchor: str = "start", size: int = 12) -> str:
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" '
            f'dominant-baseline="middle">{escape(text)}</text>')


def lights_by_unit(rows: list[tuple[str, Figures]], limit: int = 15) -> SafeString:
    """One stacked bar per unit (红, 黄, 绿, 灰), lengths to scale with the largest unit: the `limit` units with
    the most red (then yellow) first, so the chart of 41 provinces still fits the board (the table lists all)."""
    rows = sorted(((name, f) for name, f in rows if f.total), key=lambda r: (-r[1].red, -r[1].yellow))[:limit]
    title = _("各单位红黄绿灯")
    if not rows:
        return _svg(ROW, [_label(0, ROW / 2, _("暂无交办事项"))], title)
    most = max(f.total for _n, f in rows)
    scale = (WIDTH - LABEL - 50) / most
    body = []
    for i, (name, f) in enumerate(rows):
        y, x = i * ROW, LABEL
        body.append(_label(LABEL - 6, y + ROW / 2, name[:12], "end"))
        for light in ORDER:
            n = f.lights[light]
            if n:
                w = max(n * scale, 1)
                body.append(f'<rect x="{x:.1f}" y="{y + 3}" width="{w:.1f}" height="{ROW - 6}" '
                            f'fill="{COLOURS[light]}"><title>{escape(name)} {escape(_(light.label))} {n}</title></rect>')
                x += w
        body.append(_label(x + 4, y + ROW / 2, str(f.total), size=11))
    return _svg(len(rows) * ROW, body, title)


def completion_by_month(months: list[tuple[datetime.date, int]]) -> SafeString:
    """Assignments closed per month, as columns."""
    height, base = 160, 130
    most = max([n for _m, n in months] + [1])
    slot = WIDTH / max(len(months), 1)
    body = [f'<line x1="0" y1="{base}" x2="{WIDTH}" y2="{base}" stroke="#888"/>']
    for i, (month, n) in enumerate(months):
        h = (base - 20) * n / most
        x = i * slot + slot * 0.15
        label = f"{month.year}-{month.month:02d}"
        body.append(f'<rect x="{x:.1f}" y="{base - h:.1f}" width="{slot * 0.7:.1f}" height="{h:.1f}" '
                    f'fill="#1565c0"><title>{label} {n}</title></rect>')
        if n:
            body.append(_label(x + slot * 0.35, base - h - 8, str(n), "middle", 10))
        body.append(_label(x + slot * 0.35, base + 14, f"{month.month}", "middle", 11))
    return _svg(height, body, _("各月办结数"))


def progress_by_plan(rows: list[tuple[str, Figures]], limit: int = 12) -> SafeString:
    """One bar per plan: the share closed (灰) and the share open by light, out of 100%."""
    rows = [(name, f) for name, f in rows if f.total][:limit]
    title = _("各台账完成进度")
    if not rows:
        return _svg(ROW, [_label(0, ROW / 2, _("暂无交办事项"))], title)
    span = WIDTH - LABEL - 50
    body = []
    for i, (name, f) in enumerate(rows):
        y, x = i * ROW, LABEL
        body.append(_label(LABEL - 6, y + ROW / 2, name[:12], "end"))
        for light in (Light.GRAY, Light.GREEN, Light.YELLOW, Light.RED):
            n = f.lights[light]
            if n:
                w = span * n / f.total
                body.append(f'<rect x="{x:.1f}" y="{y + 3}" width="{w:.1f}" height="{ROW - 6}" '
                            f'fill="{COLOURS[light]}"><title>{escape(name)} {escape(_(light.label))} {n}</title></rect>')
                x += w
        body.append(_label(LABEL + span + 4, y + ROW / 2, f"{100 * f.closed / f.total:.0f}%", size=11))
    return _svg(len(rows) * ROW, body, title)
