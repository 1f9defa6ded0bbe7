"""URLs of 科技志愿服务 (mounted at /volunteers/)."""

from django.urls import path  # noqa: F401

app_name = "volunteers"
urlpatterns: list = []
