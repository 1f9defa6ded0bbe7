"""URLs of 科技志愿服务 (mounted at /volunteers/)."""

from django.urls import path  # noqa: F401

from .activity_views import urlpatterns as activity_urls

app_name = "volunteers"
urlpatterns: list = [*activity_urls]
