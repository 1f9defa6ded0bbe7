"""The search API's routes (/api/search/...)."""

urlpatterns: list = []
