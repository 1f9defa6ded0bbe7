"""Django app configuration for kexie.volunteers."""

from django.apps import AppConfig


class VolunteersConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "kexie.volunteers"
    verbose_name = "科技志愿服务"

    def ready(self):
        from django.utils.translation import gettext_lazy as _

        from kexie.audit import models as audit
        audit.OBJECT_LABELS.update({"volunteers.volunteer": _("科技志愿者"), "volunteers.team": _("志愿服务队伍")})
        for action, label in {"create": _("登记"), "update": _("修改"), "signup": _("公开报名"), "approve": _("审核通过"),
                              "reject": _("审核不通过"), "import": _("导入"), "view_personal": _("查看完整信息"),
                              "add_members": _("添加队员"), "remove_member": _("移出队员")}.items():
            audit.ACTION_LABELS.setdefault(action, label)

        # Activities: their files are originals (backup carries them); the ledger's task and assignment pages
        # show the linked activities as progress (ledger/hooks.py: the ledger imports none of this).
        from kexie.audit import models as audit
        from kexie.ledger import hooks

        from . import task_progress
        hooks.register("assignment", task_progress.render_assignment)
        hooks.register("task", task_progress.render_task)
        hooks.register("report_form", task_progress.render_report_form)
        hooks.register_citer(task_progress.cite)
        from . import search_source
        search_source.register()  # activities in 检索 (the volunteers themselves: personal, not indexed)
        audit.ACTION_LABELS.update({
            "volunteer_campaign": "编辑主题活动", "volunteer_activity": "编辑志愿服务活动",
            "volunteer_activity_files": "上传活动照片和附件", "volunteer_hours": "登记服务时长",
            "volunteer_hours_confirm": "确认服务时长", "volunteer_hours_withdraw": "撤销服务时长"})
