"""Template filters of the 督办 pages: rates as percentages."""

from django import template

register = template.Library()


@register.filter
def pct(value) -> str:
    """0.8531 → 85.3%; None (nothing to divide) → —."""
    return "—" if value is None else f"{value * 100:.1f}%"
