"""The register in the admin site."""

from django.contrib import admin

from .models import Scientist, ScientistTag

admin.site.register(ScientistTag)


@admin.register(Scientist)
class ScientistAdmin(admin.ModelAdmin):
    list_display = ("name", "work_unit", "title", "organisation")
    search_fields = ("name", "work_unit")
    raw_id_fields = ("organisation", "created_by")
