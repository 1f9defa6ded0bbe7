"""App configurations of the site: the site itself (templates, static files, commands) and its admin."""

from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class SiteConfig(AppConfig):
    default = True
    default_auto_field = "django.db.models.BigAutoField"
    name = "kexie.site"
    label = "kexie_site"
    verbose_name = "站点"

    def ready(self):
        from kexie.validation import enforce_portable_integer_ranges
        enforce_portable_integer_ranges()


class KexieAdminConfig(admin_apps.AdminConfig):
    default = False
    default_site = "kexie.site.admin.KexieAdminSite"
