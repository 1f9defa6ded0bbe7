"""URLs of the policy chain and coverage (included by search/urls.py)."""

from django.urls import path

from . import chain_views

urlpatterns = [
    path("chain/<int:pk>/", chain_views.document_chain, name="chain"),
    path("coverage/document/<int:pk>/", chain_views.document_coverage, name="document-coverage"),
    path("coverage/document/<int:pk>/xlsx/", chain_views.document_coverage_xlsx, name="document-coverage-xlsx"),
    path("coverage/plan/<int:pk>/", chain_views.plan_coverage, name="plan-coverage"),
    path("coverage/plan/<int:pk>/xlsx/", chain_views.plan_coverage_xlsx, name="plan-coverage-xlsx"),
]
