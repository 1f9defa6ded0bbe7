"""Django app configuration for kexie.office."""

from django.apps import AppConfig


class OfficeConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "kexie.office"
    verbose_name = "办公"

    def ready(self):
        from . import export_views  # noqa: F401 - registers the exporters the worker's export jobs use
