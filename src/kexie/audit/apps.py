"""Django app configuration for kexie.audit."""

from django.apps import AppConfig


class AuditConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "kexie.audit"
    verbose_name = "变更记录"
