"""URLs of the 督办 pages (mounted at /oversight/)."""

from django.urls import path

from . import views

app_name = "oversight"
urlpatterns = [
    path("", views.dashboard, name="home"),
    path("<int:pk>/", views.dashboard, name="dashboard"),
    path("<int:pk>/assignments/", views.assignments, name="assignments"),
    path("<int:pk>/rankings/", views.ranking, name="rankings"),
    path("<int:pk>/bulletin/", views.bulletin_page, name="bulletin"),
]
