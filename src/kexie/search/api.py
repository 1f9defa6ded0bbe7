"""The search API's routes (/api/search/...)."""

from django.urls import path

from .search_api import search_api

urlpatterns: list = [
    path("search/", search_api, name="api-search"),
]
