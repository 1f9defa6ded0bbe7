"""Django app configuration for kexie.oversight."""

from django.apps import AppConfig


class OversightConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "kexie.oversight"
    verbose_name = "督办"
