"""The REST API's routes (/api/...), with a token endpoint for scripts."""

from django.urls import path
from rest_framework.authtoken.views import obtain_auth_token
from rest_framework.routers import DefaultRouter

from kexie.documents.api import DocumentViewSet
from kexie.ledger.api import register as register_ledger
from kexie.orgs.api import OrganisationViewSet, PersonViewSet
from kexie.oversight.api import urlpatterns as oversight_urls
from kexie.oversight.notices_api import register as register_notices
from kexie.search.api import urlpatterns as search_urls
from kexie.volunteers.api import urlpatterns as volunteer_urls
from kexie.workers.api import urlpatterns as worker_urls

router = DefaultRouter()
router.register("organisations", OrganisationViewSet, basename="organisation")
router.register("people", PersonViewSet, basename="person")
router.register("documents", DocumentViewSet, basename="document")
register_ledger(router)
notice_paths = register_notices(router)

urlpatterns = [
    path("token/", obtain_auth_token, name="api-token"),
    *oversight_urls,
    *notice_paths,
    *search_urls,
    *worker_urls,
    *volunteer_urls,
    *router.urls,
]
