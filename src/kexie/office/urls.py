"""URLs of the office files (mounted at /office/): exports, imports, Word documents, report matching."""

from django.urls import path  # noqa: F401 (each part adds its own block below)

from . import views

app_name = "office"
urlpatterns: list = [
    # --- xlsx exports (office/xlsx.py): the 台账 and every list page ---
    path("ledger/<int:pk>.xlsx", views.ledger_xlsx, name="ledger-xlsx"),
    path("ledger/<int:pk>/matrix.xlsx", views.plan_matrix_xlsx, name="matrix-xlsx"),
    path("tasks/<int:pk>/matrix.xlsx", views.task_matrix_xlsx, name="task-matrix-xlsx"),
    path("tasks/<int:pk>/quota.xlsx", views.quota_xlsx, name="quota-xlsx"),
    path("inbox.xlsx", views.inbox_xlsx, name="inbox-xlsx"),
    path("oversight/<int:pk>/assignments.xlsx", views.assignments_xlsx, name="assignments-xlsx"),
    path("oversight/<int:pk>/rankings.xlsx", views.ranking_xlsx, name="rankings-xlsx"),
]
