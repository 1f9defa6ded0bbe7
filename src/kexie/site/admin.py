"""The admin site, open only to the administrators of a top organisation (and to superusers without one)."""

from django.contrib import admin


class KexieAdminSite(admin.AdminSite):
    site_header = "科协工作平台 · 系统管理"
    site_title = "科协工作平台"
    index_title = "系统管理"

    def has_permission(self, request):
        user = request.user
        if not (user.is_active and user.is_staff):
            return False
        # Imported here: the admin site is created before the apps' models are ready.
        from kexie.orgs.access import membership_of
        from kexie.orgs.models import MemberRole
        membership = membership_of(user)
        if membership is None:
            return user.is_superuser
        return membership.role == MemberRole.ADMIN and membership.organisation.parent_id is None
