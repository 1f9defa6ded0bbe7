"""URLs of the office files (mounted at /office/): exports, imports, Word documents, report matching."""

from django.urls import path  # noqa: F401 (each part adds its own block below)

app_name = "office"
urlpatterns: list = [
]
