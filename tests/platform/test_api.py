"""The REST API: token auth for scripts, upload, and the OpenAPI schema served by the app."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from rest_framework.authtoken.models import Token

from kexie.documents.models import Document
from platform_helpers import SEEDS

pytestmark = pytest.mark.django_db

ZUNYI = "zunyi-2022-6-implementation-plan.txt"


@pytest.fixture
def token_client(client, user):
    def make(username):
        token, _ = Token.objects.get_or_create(user=user(username))
        client.defaults["HTTP_AUTHORIZATION"] = f"Token {token.key}"
        return client
    return make


def test_token_from_username_and_password(client, demo):
    response = client.post("/api/token/", {"username": "zunyi-staff", "password": "kexie-demo-2022"})
    assert response.status_code == 200
    key = response.json()["token"]
    orgs = client.get("/api/organisations/", HTTP_AUTHORIZATION=f"Token {key}")
    assert orgs.status_code == 200
    assert orgs.json()["results"][0]["short_name"] == "遵义市科协"
    assert client.post("/api/token/", {"username": "zunyi-staff", "password": "wrong"}).status_code == 400


def test_bad_token_is_refused(client, demo):
    assert client.get("/api/organisations/", HTTP_AUTHORIZATION="Token nope").status_code == 401


def test_organisation_and_people_fields(token_client, org):
    client = token_client("zunyi-admin")
    zunyi = client.get(f"/api/organisations/{org('遵义市科协').pk}/").json()
    assert zunyi["name"] == "遵义市科学技术协会" and zunyi["kind"] == "association" and zunyi["level"] == 3
    assert "市科协" in zunyi["aliases"]
    assert {d["name"] for d in zunyi["departments"]} >= {"办公室", "业务部"}
    people = client.get(f"/api/people/?organisation={org('遵义市科协').pk}").json()["results"]
    lei = next(p for p in people if p["name"] == "雷洪")
    assert lei["titles"] == ["党组书记"]


def test_upload_over_the_api(token_client, org):
    client = token_client("zunyi-staff")
    data = (SEEDS / ZUNYI).read_bytes()
    response = client.post("/api/documents/", {"file": SimpleUploadedFile(ZUNYI, data)})
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["organisation"] == org("遵义市科协").pk and body["size"] == len(data)
    again = client.post("/api/documents/", {"file": SimpleUploadedFile(ZUNYI, data)})
    assert again.status_code == 200 and again.json()["id"] == body["id"]
    detail = client.get(f"/api/documents/{body['id']}/").json()
    assert detail["parse"]["format"] == "kexie.parse/1"
    bad = client.post("/api/documents/", {"file": SimpleUploadedFile("bad.txt", b"")})
    assert bad.status_code == 400 and "bad.txt" in bad.json()["detail"]
    # Upload for a county under 遵义 is allowed; for 保定 it is as if 保定 did not exist.
    county = client.post("/api/documents/", {"file": SimpleUploadedFile("x.txt", "县里的文件".encode()),
                                             "organisation": org("正安县科协").pk})
    assert county.status_code == 201
    outside = client.post("/api/documents/", {"file": SimpleUploadedFile("y.txt", "别处的文件".encode()),
                                              "organisation": org("保定市科协").pk})
    assert outside.status_code == 404
    assert Document.objects.count() == 2


@pytest.mark.parametrize("username", ["zunyi-leader", "zunyi-supervisor"])
def test_readers_cannot_upload_over_the_api(token_client, username):
    response = token_client(username).post("/api/documents/", {"file": SimpleUploadedFile("x.txt", "文件".encode())})
    assert response.status_code == 403
    assert Document.objects.count() == 0


def test_api_is_read_only_for_organisations(token_client, org):
    client = token_client("cast-admin")
    assert client.post("/api/organisations/", {"name": "x"}).status_code == 405
    assert client.delete(f"/api/organisations/{org('遵义市科协').pk}/").status_code == 405


def test_openapi_schema_is_served(client, db):
    response = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert response.status_code == 200
    text = response.content.decode()
    assert "/api/documents/" in text and "/api/organisations/" in text and "/api/people/" in text
