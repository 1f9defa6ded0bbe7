"""URLs of the notices and 催办 pages (mounted at /notices/)."""

from django.urls import path

from . import views_notices as views

app_name = "notices"
urlpatterns = [
    path("", views.notice_list, name="list"),
    path("<int:pk>/read/", views.notice_read, name="read"),
    path("read-all/", views.notice_read_all, name="read_all"),
    path("settings/", views.notice_settings, name="settings"),
    path("urges/", views.urge_sent, name="urges"),
    path("urge/", views.urge_post, name="urge"),
]
