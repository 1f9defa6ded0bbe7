"""URLs of search (mounted at /search/): the search page, the policy chain, coverage."""

from django.urls import path  # noqa: F401

from . import chain_urls

app_name = "search"
urlpatterns: list = []
urlpatterns += chain_urls.urlpatterns
