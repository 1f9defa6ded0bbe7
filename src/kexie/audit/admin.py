"""The audit log in the admin site: read only."""

from django.contrib import admin

from .models import Entry


@admin.register(Entry)
class EntryAdmin(admin.ModelAdmin):
    list_display = ["at", "object_type", "object_id", "action", "user", "organisation", "plan_id"]
    list_filter = ["object_type", "action"]
    search_fields = ["scope_path", "reason"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
