"""URLs of 科技志愿服务 (mounted at /volunteers/)."""

from django.urls import path

from . import signup_views, team_views
from . import volunteer_views as vv
from .activity_views import urlpatterns as activity_urls

app_name = "volunteers"
urlpatterns: list = [
    # volunteers and teams (volunteer_views, team_views, signup_views)
    path("people/", vv.volunteer_list, name="people"),
    path("people/new/", vv.register, name="register"),
    path("people/review/", vv.review_queue, name="review-queue"),
    path("people/export/", vv.export, name="export"),
    path("people/import/", vv.import_upload, name="import"),
    path("people/import/preview/", vv.import_preview, name="import-preview"),
    path("people/import/confirm/", vv.import_confirm, name="import-confirm"),
    path("people/<int:pk>/", vv.volunteer_detail, name="volunteer"),
    path("people/<int:pk>/review/", vv.review, name="review"),
    path("people/<int:pk>/scientist/", vv.link_scientist, name="link-scientist"),
    path("signup/<int:pk>/", signup_views.signup, name="signup"),
    path("teams/", team_views.team_list, name="teams"),
    path("teams/new/", team_views.team_new, name="team-new"),
    path("teams/<int:pk>/", team_views.team_detail, name="team"),
    path("teams/<int:pk>/edit/", team_views.team_edit, name="team-edit"),
    path("teams/<int:pk>/members/", team_views.team_members, name="team-members"),
]
urlpatterns += activity_urls  # activities, hours, campaigns, calendar, the roll-up (home)
