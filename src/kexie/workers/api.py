"""The workers API's routes (/api/workers/...)."""

from .campaign_api import urlpatterns as campaign_urls

urlpatterns: list = [*campaign_urls]
