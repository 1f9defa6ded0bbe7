"""Django app configuration for kexie.workers."""

from django.apps import AppConfig


class WorkersConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "kexie.workers"
    verbose_name = "科技工作者之家"

    def ready(self):
        from kexie.audit import models as audit
        from kexie.oversight import reminders

        from . import contacts, measures
        reminders.register_job("workers_contacts", contacts.overdue_notices)
        measures.register_all()
        audit.ACTION_LABELS.update({
            "workers.create": "建档", "workers.update": "修改", "workers.delete": "删除", "workers.import": "导入",
            "workers.visit": "记录走访", "workers.visit_delete": "删除走访", "workers.pair": "设置联系对象",
            "workers.pair_delete": "取消联系对象"})
        audit.OBJECT_LABELS.update({"workers.scientist": "科技工作者", "workers.visit": "走访联系",
                                    "workers.contactpair": "联系对象"})
        from kexie.ledger import hooks

        from . import request_views
        hooks.register("assignment", request_views.render_assignment_link)  # 办实事清单: back from the ledger
        from .campaigns import connect
        connect()
        from . import search_sources
        search_sources.register()  # 典型库 and 办实事 in 检索 (the register of 科技工作者: personal, not indexed)
