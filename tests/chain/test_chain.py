"""The policy chain: citations recorded on ingest, placeholders that link up when the cited document arrives in
either order, copies of one 文号 held by two provinces, cycles, malformed references, and the rebuild command."""

from __future__ import annotations

import re

import pytest
from django.core.management import call_command

from kexie.documents.models import Citation, Document
from kexie.orgs.models import Organisation
from kexie.search import chain

pytestmark = pytest.mark.django_db

PARENT = ("黔科协发〔2022〕17号", "贵州省科学技术协会贯彻新国发2号文件实施方案")
ROOT = ("国发〔2022〕2号", "国务院关于支持贵州在新时代西部大开发上闯新路的意见")


def chain_section(client, document) -> str:
    body = client.get(f"/documents/{document.pk}/").content.decode()
    return re.search(r'<section id="policy-chain">.*?</section>', body, re.S).group(0)


def test_the_seed_cites_the_documents_above_it_as_one_key(org, store):
    from ledger_helpers import ingest_seed
    zunyi = ingest_seed("zunyi-2022-6-implementation-plan.txt", org("遵义市科协"))
    assert zunyi.number_key == "遵市科协字〔2022〕6号"
    rows = list(zunyi.citations.values_list("number", "key", "title"))
    assert rows == [("国发〔2022〕2号", "国发〔2022〕2号", "《国务院关于支持贵州在新时代西部大开发上闯新路的意见》"),
                    ("黔科协发〔2022〕17号", "黔科协发〔2022〕17号",
                     "《贵州省科学技术协会关于贯彻国发〔2022〕2号文件实施方案》的通知")]


@pytest.mark.parametrize("child_first", [True, False])
def test_a_placeholder_links_up_when_the_cited_document_arrives(org, user, store, child_first, client_for):
    from ledger_helpers import ingest_seed
    if child_first:
        zunyi = ingest_seed("zunyi-2022-6-implementation-plan.txt", org("遵义市科协"))
        links = chain.upstream(user("zunyi-staff"), zunyi)
        assert [(link.number, link.document) for link in links] == [(ROOT[0], None), (PARENT[0], None)]
        assert links[0].title == f"《{ROOT[1]}》"
        parent = store(org("贵州省科协"), PARENT[0], PARENT[1], cites=[ROOT])
    else:
        parent = store(org("贵州省科协"), PARENT[0], PARENT[1], cites=[ROOT])
        zunyi = ingest_seed("zunyi-2022-6-implementation-plan.txt", org("遵义市科协"))
    # 遵义 reads 贵州's notice? Only if it may: the national user sees both; 遵义 sees its own subtree.
    national = chain.upstream(user("cast-admin"), zunyi)
    assert [link.document for link in national] == [None, parent]
    assert [link.number for link in national[1].parents] == [ROOT[0]]  # 贵州's notice cites 国发 in turn
    assert national[1].parents[0].document is None
    # Downstream of 贵州's notice, for the national user: 遵义's plan cites it.
    assert chain.downstream(user("cast-admin"), parent).citing == [zunyi]
    section = chain_section(client_for("cast-admin"), zunyi)
    assert f'href="/documents/{parent.pk}/"' in section and ROOT[1] in section


def test_a_number_held_by_two_provinces_links_each_viewer_to_the_copy_it_may_read(org, people, store, client_for):
    guizhou_copy = store(org("贵州省科协"), PARENT[0], PARENT[1])
    zunyi = store(org("遵义市科协"), "遵市科协字〔2022〕6号", "遵义实施方案", cites=[PARENT])
    gd_citing = store(org("广东省科协"), "粤科协〔2022〕31号", "广东转发", cites=[PARENT])
    before = chain_section(client_for("gd-admin"), gd_citing)
    gd_copy = store(org("广东省科协"), PARENT[0], PARENT[1] + "（广东存档）")
    # 广东 links to its own copy, 贵州 to its own; neither reads the other's.
    assert chain.upstream(people["gd-admin"], gd_citing)[0].document == gd_copy
    assert chain.upstream(people["gz-admin"], zunyi)[0].document == guizhou_copy
    after = chain_section(client_for("gd-admin"), gd_citing)
    assert f"/documents/{gd_copy.pk}/" in after and f"/documents/{guizhou_copy.pk}/" not in after
    # The national user sees both and is linked to one (the copy held highest; here the first stored).
    assert chain.upstream(people["gd-admin"], gd_citing)[0].document != guizhou_copy
    # 贵州's copy gone from 广东's view entirely: a placeholder reads the same whether it is stored elsewhere or not.
    Document.objects.filter(pk=gd_copy.pk).delete()
    assert chain_section(client_for("gd-admin"), gd_citing) == before
    assert "贵州省科协" not in before
    # downstream: 贵州 sees 遵义 citing its notice, not 广东's document
    assert chain.downstream(people["gz-admin"], guizhou_copy).citing == [zunyi]


def test_a_citation_cycle_ends_where_it_closes(org, user, store, client_for, django_assert_max_num_queries):
    a = store(org("遵义市科协"), "遵市科协字〔2022〕7号", "甲文件", cites=[("遵市科协字〔2022〕8号", "乙文件")])
    b = store(org("遵义市科协"), "遵市科协字〔2022〕8号", "乙文件", cites=[("遵市科协字〔2022〕7号", "甲文件")])
    links = chain.upstream(user("zunyi-staff"), a)
    assert links[0].document == b and links[0].parents[0].document == a and links[0].parents[0].repeated
    assert client_for("zunyi-staff").get(f"/search/chain/{a.pk}/").status_code == 200


def test_the_upstream_reads_two_queries_a_level_whatever_the_width(org, user, store, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    zunyi = org("遵义市科协")
    top = store(zunyi, "遵市科协字〔2022〕90号", "顶层")
    level = [("遵市科协字〔2022〕90号", "顶层")]
    for depth in range(8):  # deeper than MAX_DEPTH: the chain stops and says there is more
        doc = store(zunyi, f"遵市科协字〔2022〕{100 + depth}号", f"第{depth}层", cites=level)
        level = [(doc.doc_number, doc.title)]
    wide = store(zunyi, "遵市科协字〔2022〕200号", "宽", cites=[(f"遵市科协字〔2022〕{100 + d}号", "") for d in range(8)])
    staff = user("zunyi-staff")
    chain.upstream(staff, doc)
    with CaptureQueriesContext(connection) as deep:
        links = chain.upstream(staff, doc)
    assert len(deep.captured_queries) <= 2 * chain.MAX_DEPTH + 2  # + the scope's subtree, + the deeper check
    node, depth = links[0], 1
    while node.parents:
        node, depth = node.parents[0], depth + 1
    assert depth == chain.MAX_DEPTH and node.deeper and top.pk != node.document.pk
    with django_assert_max_num_queries(2 * chain.MAX_DEPTH + 2):
        chain.upstream(staff, wide)


def test_malformed_references_are_skipped(org, user, store, client_for):
    doc = store(org("遵义市科协"), "遵市科协字〔2022〕9号", "坏引用")
    doc.parse = {**doc.parse, "references": ["〔2022〕号", "x" * 5000, None, 5, {"a": 1}, "国发〔2022〕2号",
                                             "国发[2022]2号", "遵市科协字〔2022〕9号"]}
    doc.save()
    from kexie.documents.citations import record_citations
    assert record_citations(doc) == 1  # 国发 once; its own number, duplicates and junk dropped
    doc.parse = {**doc.parse, "references": "not a list"}
    assert record_citations(doc) == 0
    assert client_for("zunyi-staff").get(f"/documents/{doc.pk}/").status_code == 200


def test_reparse_keeps_the_citations_of_the_current_parse(org):
    from ledger_helpers import ingest_seed

    from kexie.documents.services import reparse
    zunyi = ingest_seed("zunyi-2022-6-implementation-plan.txt", org("遵义市科协"))
    Citation.objects.filter(document=zunyi).delete()
    reparse(zunyi)
    assert zunyi.citations.count() == 2


def test_the_command_builds_citations_for_documents_stored_before(org, store, capsys):
    from ledger_helpers import ingest_seed
    zunyi = ingest_seed("zunyi-2022-6-implementation-plan.txt", org("遵义市科协"))
    Citation.objects.all().delete()
    Document.objects.update(number_key="")
    call_command("citations")
    assert "1 document(s), 2 citation(s)" in capsys.readouterr().out
    zunyi.refresh_from_db()
    assert zunyi.number_key == "遵市科协字〔2022〕6号" and zunyi.citations.count() == 2
    call_command("citations", org="遵义市科协")  # twice: the same rows
    assert Citation.objects.count() == 2
    with pytest.raises(Exception):
        call_command("citations", org="没有这个组织")


def test_the_demo_shows_the_chain(org, user, client_for):
    from kexie.site import demo as site_demo
    from kexie.ledger import demo as ledger_demo
    from kexie.search.demo_chain import build_demo_chain
    site_demo.load_seeds()
    ledger_demo.build_demo_ledgers()
    first = build_demo_chain()
    assert "(new)" in first and "(unchanged)" in build_demo_chain() and first.endswith("cites 国发〔2022〕2号")
    assert Document.objects.filter(number_key="黔科协发〔2022〕17号").count() == 1  # twice: once
    zunyi = Document.objects.get(number_key="遵市科协字〔2022〕6号")
    links = chain.upstream(user("cast-admin"), zunyi)
    assert [link.document.doc_number if link.document else link.number for link in links] == [
        "国发〔2022〕2号", "黔科协发〔2022〕17号"]
    assert links[1].parents[0].number == "国发〔2022〕2号"
    down = chain.downstream(user("zunyi-staff"), zunyi)
    assert [d.doc_number for d in down.citing] == ["正科协字〔2022〕3号"]
    assert down.plans and down.filings and down.filings[0].organisation.display_name == "正安县科协"



def test_the_document_page_reads_the_same_queries_for_one_or_many_below(org, user, store, client_for,
                                                                        django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    parent = store(org("遵义市科协"), "遵市科协字〔2022〕6号", "遵义实施方案", cites=[PARENT, ROOT])
    store(org("正安县科协"), "正科协字〔2022〕3号", "正安", cites=[("遵市科协字〔2022〕6号", "")])
    c = client_for("zunyi-staff")
    with CaptureQueriesContext(connection) as few:
        assert c.get(f"/documents/{parent.pk}/").status_code == 200
    for county in Organisation.objects.filter(parent=org("遵义市科协"), level=4)[:12]:
        store(county, f"{county.pk}科协字〔2022〕1号", "县方案", cites=[("遵市科协字〔2022〕6号", "")])
    with django_assert_max_num_queries(len(few.captured_queries)):
        body = c.get(f"/documents/{parent.pk}/").content.decode()
    assert body.count("科协字〔2022〕1号") >= 12
