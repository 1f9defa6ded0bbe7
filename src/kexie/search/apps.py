"""Django app configuration for kexie.search."""

from django.apps import AppConfig


class SearchConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "kexie.search"
    verbose_name = "检索"

    def ready(self):
        from kexie.documents import panels

        from .chain_views import document_panel
        panels.register(document_panel)  # the policy chain on a document's page
        from . import signals, sources
        sources.register_builtin()
        signals.connect()
