"""URLs of the office files (mounted at /office/): exports, imports, Word documents, report matching."""

from django.urls import path  # noqa: F401 (each part adds its own block below)

from . import match_views

app_name = "office"
urlpatterns: list = [
    # 报送整理 (issue 14 items 5 and 6)
    path("match/", match_views.match, name="match"),
    path("documents/<str:pk>/split/", match_views.split, name="split"),
]
