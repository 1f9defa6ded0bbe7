"""The volunteers API's routes (/api/volunteers/...)."""

urlpatterns: list = []
