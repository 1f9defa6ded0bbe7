"""URLs of the office files (mounted at /office/): exports, imports, Word documents, report matching."""

from django.urls import path  # noqa: F401 (each part adds its own block below)

from . import import_views

app_name = "office"
urlpatterns: list = [
]

# 导入台账 (xlsx → draft plan)
urlpatterns += [
    path("import/", import_views.upload, name="import"),
    path("import/preview/", import_views.preview, name="import-preview"),
    path("import/confirm/", import_views.confirm, name="import-confirm"),
]
