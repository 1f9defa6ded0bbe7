"""Django app configuration for kexie.orgs."""

from django.apps import AppConfig


class OrgsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "kexie.orgs"
    verbose_name = "组织与人员"
