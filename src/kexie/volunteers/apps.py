"""Django app configuration for kexie.volunteers."""

from django.apps import AppConfig


class VolunteersConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "kexie.volunteers"
    verbose_name = "科技志愿服务"
