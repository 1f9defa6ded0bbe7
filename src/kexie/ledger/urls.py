"""URLs of the ledger pages (mounted at /ledger/)."""

from django.urls import path

from . import quota_views, relay_views, views

app_name = "ledger"
urlpatterns = [
    path("", views.plan_list, name="list"),
    path("new/", views.plan_new, name="new"),
    path("inbox/", views.inbox, name="inbox"),
    path("todo/", views.todo, name="todo"),
    path("<int:pk>/", views.plan_detail, name="plan"),
    path("<int:pk>/review/", views.plan_review, name="review"),
    path("<int:pk>/review/units/", views.review_units, name="review-units"),
    path("<int:pk>/units/", views.unit_options, name="units"),
    path("<int:pk>/filings/", views.filings, name="filings"),
    path("tasks/<int:pk>/", views.task_detail, name="task"),
    path("<int:pk>/matrix/", views.plan_matrix, name="matrix"),
    path("tasks/<int:pk>/matrix/", views.task_matrix, name="task-matrix"),
    path("tasks/<int:pk>/rhythm/", views.task_rhythm, name="task-rhythm"),
    path("assignments/<int:pk>/", views.assignment_detail, name="assignment"),
    path("assignments/<int:pk>/report/", views.report_new, name="report"),
    path("assignments/<int:pk>/report/also/", views.report_also, name="report-also"),
    path("assignments/<int:pk>/relay/", relay_views.relay, name="relay"),
    path("assignments/<int:pk>/relay/units/", relay_views.relay_units, name="relay-units"),
    path("assignments/<int:pk>/compile/", relay_views.compile_page, name="compile"),
    path("tasks/<int:pk>/source/", relay_views.task_map, name="task-source"),
    path("assignments/<int:pk>/<slug:action>/", views.assignment_act, name="act"),
    path("attachments/<int:pk>/", views.attachment_download, name="attachment"),
    # Per-person quotas (quota_views.py)
    path("quotas/", quota_views.quota_list, name="quotas"),
    path("tasks/<int:pk>/quota/", quota_views.quota_page, name="quota"),
    path("tasks/<int:pk>/quota/set/", quota_views.quota_set, name="quota-set"),
    path("quota-items/<int:pk>/file/", quota_views.quota_item_file, name="quota-item-file"),
    path("quota-items/<int:pk>/delete/", quota_views.quota_item_delete, name="quota-item-delete"),
]
