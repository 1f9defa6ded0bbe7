"""Admin of the ledger: read-mostly views for the platform's administrators; changes go through the pages."""

from django.contrib import admin

from .models import Assignment, Filing, NameMatch, Plan, PlanRecipient, Report, ReportAttachment, Task


@admin.register(Plan)
class PlanAdmin(admin.ModelAdmin):
    list_display = ["title", "doc_number", "organisation", "state", "year", "default_due", "created_at"]
    list_filter = ["state", "year"]
    search_fields = ["title", "doc_number"]
    raw_id_fields = ["organisation", "document", "created_by"]


@admin.register(Task)
class TaskAdmin(admin.ModelAdmin):
    list_display = ["outline_id", "heading", "plan", "is_group", "due_date"]
    list_filter = ["is_group"]
    search_fields = ["heading"]
    raw_id_fields = ["plan", "parent"]


@admin.register(Assignment)
class AssignmentAdmin(admin.ModelAdmin):
    list_display = ["task", "organisation", "department", "role", "status", "due_date", "version"]
    list_filter = ["status", "role"]
    list_select_related = ["task", "organisation", "department"]
    raw_id_fields = ["task", "plan", "organisation", "department"]
    # The flow and its history belong to the pages and the API: no silent edits here.
    readonly_fields = ["status", "version", "requested_due", "status_before_extension"]


@admin.register(Report)
class ReportAdmin(admin.ModelAdmin):
    list_display = ["assignment", "author", "percent", "is_typical_case", "created_at"]
    raw_id_fields = ["assignment", "author"]


admin.site.register([NameMatch, PlanRecipient, ReportAttachment, Filing])
