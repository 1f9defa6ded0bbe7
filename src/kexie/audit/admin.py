"""The audit log in the admin site: read only."""

from django.contrib import admin

from .models import Entry


@admin.register(Entry)
class EntryAdmin(admin.ModelAdmin):
    list_display = ["at", "object_type", "object_id", "action", "user", "organisation", "plan_id"]
    list_filter = ["object_type", "action"]
    search_fields = ["scope_path", "reason"]
    # Newest first by the primary key (entries are appended in time order): no index on `at` to maintain,
    # and no count of millions of rows per page.
    ordering = ["-id"]
    show_full_result_count = False

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
