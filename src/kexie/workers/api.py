"""The workers API's routes (/api/workers/...)."""

from .request_api import urlpatterns as request_urls

urlpatterns: list = []
urlpatterns += request_urls  # 办实事清单
