"""Django app configuration for kexie.office."""

from django.apps import AppConfig


class OfficeConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "kexie.office"
    verbose_name = "办公"
