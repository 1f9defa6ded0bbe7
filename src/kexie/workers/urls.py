"""URLs of 科技工作者之家 (mounted at /workers/)."""

from django.urls import path  # noqa: F401

app_name = "workers"
urlpatterns: list = []
