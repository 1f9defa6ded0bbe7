"""Django app configuration for kexie.documents."""

from django.apps import AppConfig


class DocumentsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "kexie.documents"
    verbose_name = "文件"

    def ready(self):
        from kexie.documents import storage
        storage.register_blob_field("documents.Document", "sha256")
