"""URLs of search (mounted at /search/): the search page, the policy chain, coverage."""

from django.urls import path

from . import chain_urls
from .search_views import search_page

app_name = "search"
urlpatterns: list = [
    path("", search_page, name="search"),
]
urlpatterns += chain_urls.urlpatterns
