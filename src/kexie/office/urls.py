"""URLs of the office files (mounted at /office/): exports, imports, Word documents, report matching."""

from django.urls import path

from . import document_views, export_views, import_views, match_views

app_name = "office"
urlpatterns = [
    # xlsx exports (xlsx.py): the 台账 and every list page
    path("ledger/<int:pk>.xlsx", export_views.ledger_xlsx, name="ledger-xlsx"),
    path("ledger/<int:pk>/matrix.xlsx", export_views.plan_matrix_xlsx, name="matrix-xlsx"),
    path("tasks/<int:pk>/matrix.xlsx", export_views.task_matrix_xlsx, name="task-matrix-xlsx"),
    path("tasks/<int:pk>/quota.xlsx", export_views.quota_xlsx, name="quota-xlsx"),
    path("inbox.xlsx", export_views.inbox_xlsx, name="inbox-xlsx"),
    path("oversight/<int:pk>/assignments.xlsx", export_views.assignments_xlsx, name="assignments-xlsx"),
    path("exports/<str:pk>/", export_views.export_job, name="export"),
    path("exports/<str:pk>.xlsx", export_views.export_file, name="export-file"),
    path("oversight/<int:pk>/rankings.xlsx", export_views.ranking_xlsx, name="rankings-xlsx"),
    # 导入台账 (xlsx → draft plan)
    path("import/", import_views.upload, name="import"),
    path("import/preview/", import_views.preview, name="import-preview"),
    path("import/confirm/", import_views.confirm, name="import-confirm"),
    # Word and PDF: the 通报 and the 工作简报
    path("bulletin.docx", document_views.bulletin_file, name="bulletin-docx"),
    path("bulletin.pdf", document_views.bulletin_file, {"as_pdf": True}, name="bulletin-pdf"),
    path("briefings/", document_views.briefing_list, name="briefings"),
    path("briefings/new/", document_views.briefing_new, name="briefing-new"),
    path("briefings/<int:pk>/", document_views.briefing_detail, name="briefing"),
    path("briefings/<int:pk>.docx", document_views.briefing_file, name="briefing-docx"),
    path("briefings/<int:pk>.pdf", document_views.briefing_file, {"as_pdf": True}, name="briefing-pdf"),
    # 报送整理 and 报道拆分
    path("match/", match_views.match, name="match"),
    path("documents/<str:pk>/split/", match_views.split, name="split"),
]
