"""URLs of the organisation pages."""

from django.urls import path

from . import views

app_name = "orgs"
urlpatterns = [
    path("", views.organisation_list, name="list"),
    path("<int:pk>/", views.organisation_detail, name="detail"),
    path("transfer/", views.transfer, name="transfer"),
]
