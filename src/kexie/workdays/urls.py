"""URLs of the working days page (mounted at /workdays/)."""

from django.urls import path

from . import views

app_name = "workdays"
urlpatterns = [
    path("", views.index, name="index"),
    path("import/", views.import_days, name="import"),
]
