"""Permissions from the outside: every role sees its organisation's subtree and gets 404 for anything else."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from kexie.documents.services import ingest
from kexie.orgs.models import Person
from platform_helpers import SEEDS

pytestmark = pytest.mark.django_db

USERS = ["cast-admin", "zunyi-admin", "zunyi-staff", "zunyi-supervisor", "zunyi-leader", "zhengan-staff",
         "sichuan-admin"]
# Which organisations (by short name) each user's subtree includes, among the targets below.
SEES = {
    "cast-admin": {"遵义市科协", "保定市科协", "正安县科协", "四川省科协"},
    "zunyi-admin": {"遵义市科协", "正安县科协"},
    "zunyi-staff": {"遵义市科协", "正安县科协"},
    "zunyi-supervisor": {"遵义市科协", "正安县科协"},
    "zunyi-leader": {"遵义市科协", "正安县科协"},
    "zhengan-staff": {"正安县科协"},
    "sichuan-admin": {"四川省科协"},
}
TARGETS = ["遵义市科协", "保定市科协", "正安县科协", "四川省科协"]


@pytest.fixture
def objects(org):
    """For each target organisation: the organisation, a person and a document of it."""
    out = {}
    for i, name in enumerate(TARGETS):
        o = org(name)
        person = Person.objects.filter(organisation=o).first() or Person.objects.create(organisation=o, name=f"测试{i}")
        document, _ = ingest((SEEDS / "zunyi-2022-6-implementation-plan.txt").read_bytes() + str(i).encode(),
                             f"doc-{i}.txt", o)
        out[name] = (o, person, document)
    return out


def urls(o, person, document):
    return [
        reverse("orgs:detail", args=[o.pk]),
        reverse("documents:detail", args=[document.pk]),
        reverse("documents:original", args=[document.pk]),
        f"/api/organisations/{o.pk}/",
        f"/api/people/{person.pk}/",
        f"/api/documents/{document.pk}/",
    ]


@pytest.mark.parametrize("username", USERS)
def test_every_role_sees_its_subtree_and_nothing_else(client_for, objects, username):
    client = client_for(username)
    for target, (o, person, document) in objects.items():
        expected = 200 if target in SEES[username] else 404
        for url in urls(o, person, document):
            assert client.get(url).status_code == expected, (username, target, url)


@pytest.mark.parametrize("username", USERS)
def test_lists_show_only_the_subtree(client_for, objects, username):
    client = client_for(username)
    visible = {objects[t][2].pk for t in TARGETS if t in SEES[username]}
    api_docs = {d["id"] for d in client.get("/api/documents/").json()["results"]}
    assert api_docs == visible
    page = client.get(reverse("documents:list")).content.decode()
    for t in TARGETS:
        link = reverse("documents:detail", args=[objects[t][2].pk])
        assert (f'href="{link}"' in page) == (t in SEES[username]), (username, t)
    api_orgs = {o["short_name"] for o in client.get("/api/organisations/?page_size=1000").json()["results"]}
    assert {t for t in TARGETS if t in api_orgs} == SEES[username]
    people = {p["organisation"] for p in client.get("/api/people/").json()["results"]}
    allowed = {objects[t][0].pk for t in SEES[username]}
    assert {objects[t][0].pk for t in TARGETS} & people <= allowed


def test_anonymous_is_sent_to_sign_in(client, objects):
    o, person, document = objects["遵义市科协"]
    for url in urls(o, person, document)[:3]:
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith(reverse("login"))
    for url in urls(o, person, document)[3:]:
        assert client.get(url).status_code == 401


def test_a_user_without_organisation_sees_nothing(client, objects):
    loner = get_user_model().objects.create_user("loner", password="x-long-password-1")
    client.force_login(loner)
    o, person, document = objects["遵义市科协"]
    for url in urls(o, person, document):
        assert client.get(url).status_code == 404
    assert client.get("/api/documents/").json()["results"] == []


def test_nonsense_ids_answer_404(client_for, objects):
    client = client_for("cast-admin")
    assert client.get("/api/documents/99999/").status_code == 404
    assert client.get("/api/documents/abc/").status_code == 404
    assert client.get(reverse("documents:detail", args=[99999])).status_code == 404


@pytest.mark.parametrize("pk", ["abc", "1.5", "-1", "9" * 20, None, [1], True, "%00"])
def test_the_getters_take_the_user_and_answer_404_to_malformed_ids(objects, user, pk):
    """Like the ledger's: the user, not the request (pages, API and exports share them); a malformed or huge id
    is a 404 before any query."""
    from django.http import Http404

    from kexie.documents.access import get_document_for_user
    from kexie.orgs.access import get_organisation_for_user, get_person_for_user
    u = user("cast-admin")
    o, person, document = objects["遵义市科协"]
    assert get_organisation_for_user(u, str(o.pk)) == o
    assert get_person_for_user(u, person.pk) == person
    assert get_document_for_user(u, document.pk) == document
    for getter in (get_organisation_for_user, get_person_for_user, get_document_for_user):
        with pytest.raises(Http404):
            getter(u, pk)
    with pytest.raises(Http404):  # out of scope
        get_document_for_user(user("sichuan-admin"), document.pk)


@pytest.mark.parametrize("username, admin_site", [("cast-admin", True), ("zunyi-admin", False),
                                                 ("sichuan-admin", False), ("zunyi-staff", False)])
def test_admin_site_is_for_the_top_organisations_administrators(client_for, username, admin_site, user):
    # Even a staff flag does not open the admin site to an administrator lower in the tree.
    u = user(username)
    if username != "cast-admin":
        u.is_staff = True
        u.save()
    response = client_for(username).get("/admin/")
    assert (response.status_code == 200) == admin_site, response.status_code


def test_lists_do_a_fixed_number_of_queries(client_for, org, django_assert_max_num_queries):
    client = client_for("cast-admin")
    for i in range(30):
        ingest(f"第{i}号文件\n\n内容".encode(), f"{i}.txt", org("遵义市科协" if i % 2 else "四川省科协"))
    # session, user, membership, count, page, the header's unread notices and to-do: the number does not grow with the
    # documents. An administrator's pages read the declared years once more while a year is unknown to the
    # calendar (the working days warning).
    with django_assert_max_num_queries(8):
        assert client.get(reverse("documents:list")).status_code == 200
    with django_assert_max_num_queries(6):
        assert client.get("/api/documents/").status_code == 200
    with django_assert_max_num_queries(8):
        assert client.get(reverse("orgs:list")).status_code == 200
    with django_assert_max_num_queries(7):
        assert client.get("/api/organisations/").status_code == 200
    with django_assert_max_num_queries(7):
        assert client.get("/api/people/").status_code == 200
    with django_assert_max_num_queries(9):
        assert client.get(reverse("home")).status_code == 200
    # + the organisation, its ancestors, departments, people, their titles and its children, and the header's
    # to-do count (one COUNT for an editor) and unread notices.
    with django_assert_max_num_queries(13):
        assert client.get(reverse("orgs:detail", args=[org("遵义市科协").pk])).status_code == 200


def test_admin_pages_open_for_the_top_administrator(client_for, org, zunyi_doc, user):
    client = client_for("cast-admin")
    zunyi = org("遵义市科协")
    for url in ["/admin/", "/admin/orgs/organisation/", f"/admin/orgs/organisation/{zunyi.pk}/change/",
                "/admin/orgs/person/", "/admin/auth/user/", f"/admin/auth/user/{user('zunyi-staff').pk}/change/",
                "/admin/documents/document/", f"/admin/documents/document/{zunyi_doc.pk}/change/",
                "/admin/autocomplete/?app_label=orgs&model_name=person&field_name=organisation&term=遵义"]:
        assert client.get(url).status_code == 200, url
