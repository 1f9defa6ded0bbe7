"""URLs of 科技工作者之家 (mounted at /workers/)."""

from django.urls import path  # noqa: F401

from .campaign_views import urlpatterns as campaign_urls

app_name = "workers"
urlpatterns: list = [*campaign_urls]
