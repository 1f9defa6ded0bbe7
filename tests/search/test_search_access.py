"""Search shows exactly what the pages show: provinces, a sibling county, each role, filters outside the scope."""

from __future__ import annotations

import pytest
from search_helpers import ids

pytestmark = pytest.mark.django_db


@pytest.fixture
def sibling(org, demo):
    """A user of 正安县's sibling county (another county under 遵义市)."""
    from django.contrib.auth.hashers import make_password

    from kexie.orgs.models import Organisation
    from kexie.orgs.services import upsert_user
    zhengan = org("正安县科学技术协会")
    county = Organisation.objects.filter(parent=zhengan.parent, level=zhengan.level).exclude(pk=zhengan.pk).first()
    return upsert_user("search-sibling", county, "staff", password_hash=make_password("x"))[0]


@pytest.fixture
def zhengan_report(zunyi_plan, user):
    from kexie.ledger.models import Assignment
    from kexie.ledger.reports import submit_report
    a = Assignment.objects.filter(plan=zunyi_plan, organisation__name="正安县科学技术协会").first()
    return submit_report(a, user("zhengan-staff"), text="正安县举办青少年机器人竞赛，参赛学生三百余人。", percent=40)


def test_sibling_county_sees_the_plan_but_not_the_others_report(zhengan_report, sibling, find, user):
    from kexie.search import query
    out = query.run(sibling, query.parse(sibling, {"q": "机器人竞赛"}))
    assert not out.hits
    # The plan's source document and its tasks reach the counties it was sent to (if sent to the sibling).
    mine = query.run(sibling, query.parse(sibling, {"q": "遵市科协字〔2022〕6号"}))
    from kexie.documents.access import visible_documents
    assert ids(mine) == set(visible_documents(sibling).values_list("pk", flat=True))
    assert ids(find("zhengan-staff", "机器人竞赛"), "report") == {zhengan_report.pk}


@pytest.mark.parametrize("username", ["zunyi-admin", "zunyi-staff", "zunyi-supervisor", "zunyi-leader"])
def test_each_role_of_the_city_finds_its_documents_tasks_and_reports(zhengan_report, find, username, zunyi_plan):
    out = find(username, "机器人竞赛")
    assert ids(out, "report") == {zhengan_report.pk}
    assert ids(find(username, "遵市科协字〔2022〕6号")) == {zunyi_plan.document_id}


@pytest.mark.parametrize("username", ["sichuan-admin", "shaanxi-staff", "baoding-admin"])
def test_other_provinces_find_nothing_of_zunyi(zhengan_report, find, username):
    assert not find(username, "机器人竞赛").hits
    assert not find(username, "遵市科协字〔2022〕6号").hits
    assert not find(username, "杨新露").hits


def test_results_equal_the_access_helpers(seeds, zunyi_plan, find, user):
    """Every visible object with the word is found, and nothing else (documents and tasks, as each user)."""
    from kexie.documents.access import visible_documents
    from kexie.ledger.access import visible_plans
    from kexie.ledger.models import Task
    for username in ("cast-admin", "zunyi-admin", "zhengan-staff", "sichuan-admin", "baoding-staff"):
        u = user(username)
        docs = set(visible_documents(u).filter(text__contains="科协").values_list("pk", flat=True))
        assert ids(find(username, "科协", kind="document")) == docs
        tasks = set(Task.objects.filter(plan__in=visible_plans(u), text__contains="科普")
                    .values_list("pk", flat=True))
        found = find(username, "科普", kind="task")
        assert found.total == len(ids(found, "task")) <= 20
        assert ids(found, "task") >= tasks


def test_a_filter_on_an_organisation_outside_the_subtree(seeds, find, org):
    sichuan = org("四川省科学技术协会")
    out = find("zunyi-admin", "科协", org=str(sichuan.pk))
    assert not out.searched and not out.hits
    assert "不在您的范围内" in out.params.errors[0]
    assert ids(find("sichuan-admin", "科协", org=str(sichuan.pk))) == {seeds["sichuan"].pk}
    zunyi = org("遵义市科协")
    assert ids(find("cast-admin", "科协", org=str(zunyi.pk))) == {seeds["zunyi"].pk}


def test_the_page_and_the_api_outside_scope(seeds, client_for, org):
    sichuan = org("四川省科学技术协会")
    page = client_for("zunyi-admin").get("/search/", {"q": "科协", "org": sichuan.pk})
    assert page.status_code == 200
    assert "不在您的范围内" in page.content.decode() and "search-results" not in page.content.decode()
    api = client_for("zunyi-admin").get("/api/search/", {"q": "科协", "org": sichuan.pk})
    assert api.status_code == 400 and "不在您的范围内" in api.json()["detail"]
    ok = client_for("sichuan-admin").get("/api/search/", {"q": "四川"}).json()
    assert [r["id"] for r in ok["results"]] == [seeds["sichuan"].pk]
    assert ok["counts"]["document"] == 1 and ok["order"] == "relevance"


def test_filters(seeds, find):
    zunyi = seeds["zunyi"]
    assert ids(find("cast-admin", "科协", doc_type=zunyi.doc_type)) >= {zunyi.pk}
    assert ids(find("cast-admin", "科协", issuer=zunyi.issuer[:4])) >= {zunyi.pk}
    day = zunyi.date.isoformat()
    assert zunyi.pk in ids(find("cast-admin", "科协", **{"from": day, "to": day}))
    assert zunyi.pk not in ids(find("cast-admin", "科协", **{"from": "2030-01-01"}))


def test_query_counts_are_bounded(seeds, zunyi_plan, client_for, django_assert_max_num_queries):
    # A constant: session, user, membership, the ledger's grants, one
    # capped count and one page per kind, the page's texts per kind, the filter's organisations.
    c = client_for("zhengan-staff")
    with django_assert_max_num_queries(20):
        page = c.get("/search/", {"q": "科协"})
    assert page.status_code == 200 and "search-results" in page.content.decode()
    c = client_for("cast-admin")
    with django_assert_max_num_queries(20):
        assert c.get("/api/search/", {"q": "科协", "kind": "task"}).status_code == 200


def test_a_moved_county_is_found_from_its_new_city_only(seeds, find, org, user):
    """The index narrows by the organisations above an entry's owner (index.py's scope tokens): after a move they
    are those of the new place, so the new city finds the county's documents and the old one does not."""
    from ledger_helpers import ingest_seed

    from kexie.orgs.models import Organisation
    from kexie.orgs.services import upsert_user
    zhengan, zunyi = org("正安县科学技术协会"), org("遵义市科协")
    mine = ingest_seed("sichuan-newspaper-page.txt", zhengan)
    other_city = Organisation.objects.create(name="六盘水市科学技术协会", short_name="六盘水市科协",
                                             parent=zunyi.parent, level=zunyi.level, kind=zunyi.kind)
    upsert_user("liupanshui-admin", other_city, "admin", password_hash="!")
    assert mine.pk in ids(find("zunyi-admin", "四川"))
    assert mine.pk not in ids(find("liupanshui-admin", "四川"))
    zhengan.parent = other_city
    zhengan.save()
    assert mine.pk in ids(find("liupanshui-admin", "四川"))
    assert mine.pk in ids(find("liupanshui-admin", "四川", org=str(zhengan.pk)))
    assert mine.pk not in ids(find("zunyi-admin", "四川"))
    assert mine.pk in ids(find("zhengan-staff", "四川"))


def test_a_renamed_organisation_is_the_issuer_of_its_tasks_but_not_of_its_documents(seeds, zunyi_plan, find, org):
    zunyi = org("遵义市科协")
    old_name, document = zunyi.name, seeds["zunyi"]
    tasks = ids(find("cast-admin", "科普", kind="task", issuer=old_name), "task")
    assert tasks
    zunyi.name = "遵义市科学与技术协会"
    zunyi.save()
    assert ids(find("cast-admin", "科普", kind="task", issuer="科学与技术"), "task") == tasks
    assert not find("cast-admin", "科普", kind="task", issuer=old_name).hits
    found = find("cast-admin", "遵市科协字〔2022〕6号", kind="document")
    assert [(h.object_id, h.issuer) for h in found.hits] == [(document.pk, document.issuer)]
