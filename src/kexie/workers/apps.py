"""Django app configuration for kexie.workers."""

from django.apps import AppConfig


class WorkersConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "kexie.workers"
    verbose_name = "科技工作者之家"

    def ready(self):
        from .campaigns import connect
        connect()
