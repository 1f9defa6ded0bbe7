"""Admin pages for documents: searchable and read-only, since originals and parses are never edited by hand."""

from django.contrib import admin

from .models import Document


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    list_display = ["display_title", "doc_number", "organisation", "date", "uploaded_at"]
    list_filter = ["doc_type"]
    search_fields = ["title", "doc_number", "filename", "sha256", "issuer"]
    list_select_related = ["organisation"]
    readonly_fields = [f.name for f in Document._meta.fields]

    def has_add_permission(self, request):
        return False  # documents come in through upload or `kexie ingest`, which parse and store the original
