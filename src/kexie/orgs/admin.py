"""Admin pages for the tree, departments, people with their titles, and users' memberships."""

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin

from .models import Department, Membership, Organisation, Person, Position


class DepartmentInline(admin.TabularInline):
    model = Department
    extra = 0
    fields = ["name", "aliases", "order"]


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "short_name", "kind", "level", "parent", "depth"]
    list_filter = ["kind", "level"]
    search_fields = ["name", "short_name", "aliases"]
    autocomplete_fields = ["parent"]
    readonly_fields = ["path", "depth"]
    inlines = [DepartmentInline]
    list_select_related = ["parent"]


class PositionInline(admin.TabularInline):
    model = Position
    extra = 1


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["name", "organisation", "department"]
    search_fields = ["name", "organisation__name", "organisation__short_name"]
    autocomplete_fields = ["organisation"]
    inlines = [PositionInline]
    list_select_related = ["organisation", "department"]


class MembershipInline(admin.StackedInline):
    model = Membership
    can_delete = False
    autocomplete_fields = ["organisation", "person"]


User = get_user_model()
admin.site.unregister(User)


@admin.register(User)
class KexieUserAdmin(UserAdmin):
    inlines = [MembershipInline]
    list_display = ["username", "first_name", "membership", "is_active", "last_login"]
    list_select_related = ["membership__organisation"]
