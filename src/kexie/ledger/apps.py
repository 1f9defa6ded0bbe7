"""Django app configuration for kexie.ledger."""

from django.apps import AppConfig


class LedgerConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "kexie.ledger"
    verbose_name = "台账"

    def ready(self):
        from kexie.documents import storage
        from kexie.documents.access import grant_read

        from .access import received_source_documents
        grant_read(received_source_documents)
        storage.register_blob_field("ledger.QuotaItem", "sha256")  # an optional attachment: not a StoredFile

        from kexie.audit import models as audit

        from .flow import ACTION_LABELS
        from .models import ObjectType
        audit.ACTION_LABELS.update(ACTION_LABELS)
        audit.OBJECT_LABELS.update(dict(ObjectType.choices))

        from kexie.orgs.signals import subtree_moved

        from .counts import recount_moved
        subtree_moved.connect(recount_moved, dispatch_uid="ledger.recount_moved")
