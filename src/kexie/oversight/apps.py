"""Django app configuration for kexie.oversight."""

from django.apps import AppConfig


class OversightConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "kexie.oversight"
    verbose_name = "督办"

    def ready(self):
        from kexie.audit import models as audit
        from kexie.ledger import hooks

        from . import urging
        audit.ACTION_LABELS[urging.ACTION] = "催办"
        hooks.register("assignment", urging.render_assignment_panel)
        hooks.register("task", urging.render_task_panel)
        hooks.register("task_row", urging.render_task_row)
