"""URLs of the office files (mounted at /office/): exports, imports, Word documents, report matching."""

from django.urls import path  # noqa: F401 (each part adds its own block below)

from . import views

app_name = "office"
urlpatterns: list = [
    # --- xlsx exports (office/xlsx.py) ---
    path("ledger/<int:plan_id>.xlsx", views.ledger_xlsx, name="ledger-xlsx"),
]
