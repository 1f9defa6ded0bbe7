"""URLs of the office files (mounted at /office/): exports, imports, Word documents, report matching."""

from django.urls import path  # noqa: F401 (each part adds its own block below)

from . import import_views, match_views

app_name = "office"
urlpatterns: list = [
    # 报送整理 (issue 14 items 5 and 6)
    path("match/", match_views.match, name="match"),
    path("documents/<str:pk>/split/", match_views.split, name="split"),
]

# Word and PDF: the 通报 and the 工作简报 (office-docx).
from . import views as docx_views  # noqa: E402

urlpatterns += [
    path("bulletin.docx", docx_views.bulletin_file, name="bulletin-docx"),
    path("bulletin.pdf", docx_views.bulletin_file, {"as_pdf": True}, name="bulletin-pdf"),
    path("briefings/", docx_views.briefing_list, name="briefings"),
    path("briefings/new/", docx_views.briefing_new, name="briefing-new"),
    path("briefings/<int:pk>/", docx_views.briefing_detail, name="briefing"),
    path("briefings/<int:pk>.docx", docx_views.briefing_file, name="briefing-docx"),
    path("briefings/<int:pk>.pdf", docx_views.briefing_file, {"as_pdf": True}, name="briefing-pdf"),
]

# 导入台账 (xlsx → draft plan)
urlpatterns += [
    path("import/", import_views.upload, name="import"),
    path("import/preview/", import_views.preview, name="import-preview"),
    path("import/confirm/", import_views.confirm, name="import-confirm"),
]
