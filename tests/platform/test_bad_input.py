"""Bad input to the orgs, people and documents pages and API: 400 or 404 with a message, never a 500.

The same table runs on SQLite and on PostgreSQL, so both databases answer alike.
"""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

pytestmark = pytest.mark.django_db

HUGE = "9" * 20

QUERIES = [
    ("/orgs/?page=1.5", {200}),
    (f"/orgs/{HUGE}/", {404}),
    ("/documents/?page=1.5", {200, 404}),
    ("/documents/?page=abc", {200, 404}),
    (f"/documents/?page={HUGE}", {200, 404}),
    ("/documents/?q=%00", {400}),
    (f"/documents/?q={'长' * 600}", {400}),
    (f"/documents/{HUGE}/", {404}),
    (f"/documents/{HUGE}/original/", {404}),
    ("/api/organisations/?page=1.5", {404}),
    ("/api/organisations/abc/", {404}),
    (f"/api/organisations/{HUGE}/", {404}),
    ("/api/people/?organisation=abc", {400}),
    ("/api/people/?organisation=1.5", {400}),
    (f"/api/people/?organisation={HUGE}", {400}),
    ("/api/people/?organisation=-1", {400}),
    ("/api/people/?page=0", {404}),
    ("/api/documents/?page=abc", {404}),
    (f"/api/documents/{HUGE}/", {404}),
    ("/api/documents/1.5/", {404}),
    ("/orgs/transfer/?export=orgs&format=%00", {200}),
]


@pytest.mark.parametrize("url,expected", QUERIES)
def test_bad_query_parameters_answer_400_or_404(url, expected, client_for):
    response = client_for("zunyi-admin").get(url)
    assert response.status_code in expected, (url, response.status_code)


UPLOADS = [
    ({"organisation": HUGE}, 400),
    ({"organisation": "abc"}, 400),
    ({"organisation": "-3"}, 400),
]


@pytest.mark.parametrize("extra,expected", UPLOADS)
def test_bad_upload_fields_answer_400(extra, expected, client_for):
    client = client_for("zunyi-staff")
    response = client.post("/api/documents/", {"file": SimpleUploadedFile("a.txt", "关于开展活动的通知".encode()),
                                                **extra})
    assert response.status_code == expected, response.content


def test_a_file_name_with_a_nul_is_stored_without_it(client_for):
    from kexie.documents.models import Document
    client = client_for("zunyi-staff")
    response = client.post("/api/documents/", {
        "file": SimpleUploadedFile("通知\x00.txt", "关于开展活动的通知\n\n一、活动内容\n开展活动。".encode())})
    assert response.status_code in (200, 201, 400), response.content
    assert all("\x00" not in name for name in Document.objects.values_list("filename", flat=True))


@pytest.mark.parametrize("value, valid", [("2147483647", True), ("2147483648", False), ("-1", False),
                                          ("99999999999", False)])
def test_model_forms_bound_integers_as_postgresql_does_on_both_databases(value, valid):
    from django.forms import modelform_factory

    from kexie.orgs.models import Organisation
    form = modelform_factory(Organisation, fields=["order"])(data={"order": value})
    assert form.is_valid() == valid, form.errors


@pytest.mark.parametrize("value, message", [("a\x00b", "空字符"), ("长" * 101, "最多 100 个字"), ("好", None)])
def test_check_for_field_says_what_is_wrong(value, message):
    from django.core.exceptions import ValidationError

    from kexie.orgs.models import Organisation
    from kexie.validation import check_for_field
    if message is None:
        assert check_for_field(Organisation, "name", value) == value
    else:
        with pytest.raises(ValidationError, match=message):
            check_for_field(Organisation, "name", value)
