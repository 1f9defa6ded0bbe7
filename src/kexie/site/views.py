"""Site pages that belong to no app: the home page and a health check for load balancers."""

from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import HttpResponse
from django.shortcuts import render

from kexie.documents.access import visible_documents
from kexie.orgs.access import home_organisation, visible_organisations


@login_required
def home(request):
    org = home_organisation(request.user)
    recent = visible_documents(request.user).select_related("organisation").defer("parse", "text")[:10]
    return render(request, "site/home.html", {
        "org": org,
        "org_count": visible_organisations(request.user).count(),
        "recent": recent,
    })


def healthz(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return HttpResponse("ok", content_type="text/plain")
