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
