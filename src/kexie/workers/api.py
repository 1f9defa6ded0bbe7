"""The workers API's routes (/api/workers/...)."""

urlpatterns: list = []
