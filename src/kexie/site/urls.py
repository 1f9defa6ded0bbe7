"""The site's URLs: pages, sign-in, the admin, the REST API and its OpenAPI schema."""

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.views.i18n import set_language
from drf_spectacular.views import SpectacularAPIView
from rest_framework.permissions import AllowAny

from . import api, views

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("accounts/login/", auth_views.LoginView.as_view(redirect_authenticated_user=True), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("accounts/password/", auth_views.PasswordChangeView.as_view(), name="password_change"),
    path("accounts/password/done/", auth_views.PasswordChangeDoneView.as_view(), name="password_change_done"),
    path("i18n/setlang/", set_language, name="set_language"),
    path("orgs/", include("kexie.orgs.urls")),
    path("documents/", include("kexie.documents.urls")),
    path("ledger/", include("kexie.ledger.urls")),
    path("workdays/", include("kexie.workdays.urls")),
    path("oversight/", include("kexie.oversight.urls")),
    path("notices/", include("kexie.oversight.notice_urls")),
    path("office/", include("kexie.office.urls")),
    path("search/", include("kexie.search.urls")),
    path("workers/", include("kexie.workers.urls")),
    path("volunteers/", include("kexie.volunteers.urls")),
    path("admin/", admin.site.urls),
    path("api/", include(api.urlpatterns)),
    path("api/schema/", SpectacularAPIView.as_view(permission_classes=[AllowAny]), name="api-schema"),
]
