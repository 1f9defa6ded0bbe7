"""Places on a document's page where a higher app adds its part (search's policy chain), registered in its
AppConfig.ready: documents imports none of them (design.md: arrows point one way)."""

from __future__ import annotations

from typing import Callable

from django.utils.safestring import SafeString, mark_safe

# renderer(request, document) -> safe HTML, shown below the document's fields in registration order.
_RENDERERS: list[Callable] = []


def register(renderer: Callable) -> None:
    """Register a panel; registering the same function twice is a no-op."""
    if renderer not in _RENDERERS:
        _RENDERERS.append(renderer)


def render(request, document) -> SafeString:
    return mark_safe("".join(str(renderer(request, document) or "") for renderer in _RENDERERS))
