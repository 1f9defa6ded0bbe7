"""URLs of search (mounted at /search/): the search page, the policy chain, coverage."""

from django.urls import path

from .search_views import search_page

app_name = "search"
urlpatterns: list = [
    path("", search_page, name="search"),
]
