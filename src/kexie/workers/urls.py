"""URLs of 科技工作者之家 (mounted at /workers/)."""

from django.urls import path

from . import request_views, views, visit_views

from .campaign_views import urlpatterns as campaign_urls

app_name = "workers"
urlpatterns = [
    path("", views.home, name="home"),
    path("org/<int:pk>/", views.home, name="dashboard"),
    path("scientists/", views.scientists, name="scientists"),
    path("scientists/xlsx/", views.scientists_xlsx, name="scientists-xlsx"),
    path("scientists/new/", views.scientist_new, name="scientist-new"),
    path("scientists/<int:pk>/", views.scientist, name="scientist"),
    path("scientists/<int:pk>/edit/", views.scientist_edit, name="scientist-edit"),
    path("scientists/<int:pk>/delete/", views.scientist_delete, name="scientist-delete"),
    path("views/", views.view_log, name="view-log"),
    path("import/", views.import_upload, name="import"),
    path("import/preview/", views.import_preview, name="import-preview"),
    path("import/confirm/", views.import_confirm, name="import-confirm"),
    path("visits/", visit_views.visits, name="visits"),
    path("visits/new/", visit_views.visit_new, name="visit-new"),
    path("visits/<int:pk>/", visit_views.visit, name="visit"),
    path("visits/<int:pk>/delete/", visit_views.visit_remove, name="visit-delete"),
    path("photos/<int:pk>/", visit_views.photo, name="photo"),
    path("contacts/", visit_views.coverage, name="contacts"),
    path("contacts/<int:pk>/delete/", visit_views.contact_remove, name="contact-delete"),
]
urlpatterns += request_views.urlpatterns  # 办实事清单
urlpatterns += campaign_urls  # 推荐评选 and 典型库
