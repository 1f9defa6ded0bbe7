"""URLs of 科技工作者之家 (mounted at /workers/)."""

from django.urls import path  # noqa: F401

from . import request_views

app_name = "workers"
urlpatterns: list = []
urlpatterns += request_views.urlpatterns  # 办实事清单
