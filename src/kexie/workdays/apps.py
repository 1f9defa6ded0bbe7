"""Django app configuration for kexie.workdays."""

from django.apps import AppConfig


class WorkdaysConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "kexie.workdays"
    verbose_name = "工作日"

    def ready(self):
        # The audit log's labels for the calendar's changes (audit imports no app).
        from kexie.audit import models as audit
        audit.ACTION_LABELS.update({"declare": "确认年度", "undeclare": "撤销确认"})
        audit.OBJECT_LABELS.update({"workdays.dayoverride": "节假日调整", "workdays.declaredyear": "已录入年度"})
