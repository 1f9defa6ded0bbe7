"""Outside in: the chain and coverage pages and their xlsx answer 404 outside the viewer's scope, count only the
viewer's subtree, and answer bad ids and parameters with a clear status, never a 500."""

from __future__ import annotations

import pytest
from django.test import Client

from kexie.search import coverage

pytestmark = pytest.mark.django_db

PAGES = ("/search/chain/{pk}/", "/search/coverage/document/{pk}/", "/search/coverage/document/{pk}/xlsx/")


@pytest.fixture
def guizhou_doc(org, store):
    return store(org("贵州省科协"), "黔科协发〔2022〕17号", "贵州实施方案", cites=[("国发〔2022〕2号", "国务院意见")])


@pytest.mark.parametrize("username", ["gz-admin", "gz-staff", "gz-supervisor", "gz-leader", "cast-admin"])
def test_every_role_of_the_holder_and_above_reads(people, guizhou_doc, client_for, username):
    c = client_for(username)
    for page in PAGES:
        assert c.get(page.format(pk=guizhou_doc.pk)).status_code == 200, page


@pytest.mark.parametrize("username", ["gd-admin", "zunyi-admin", "zunyi-leader", "zhengan-staff", "huichuan-staff"])
def test_another_province_and_the_units_below_get_404(people, guizhou_doc, client_for, username):
    c = client_for(username)
    for page in PAGES:
        assert c.get(page.format(pk=guizhou_doc.pk)).status_code == 404, page


def test_a_sibling_county_gets_404_on_its_neighbours_document(people, org, store, client_for):
    zhengan = store(org("正安县科协"), "正科协字〔2022〕3号", "正安县实施方案")
    for page in PAGES:
        assert client_for("huichuan-staff").get(page.format(pk=zhengan.pk)).status_code == 404
        assert client_for("zhengan-staff").get(page.format(pk=zhengan.pk)).status_code == 200
        assert client_for("zunyi-leader").get(page.format(pk=zhengan.pk)).status_code == 200


def test_a_plan_of_another_province_gets_404(people, zunyi_plan, client_for):
    for page in ("/search/coverage/plan/{pk}/", "/search/coverage/plan/{pk}/xlsx/"):
        assert client_for("gd-admin").get(page.format(pk=zunyi_plan.pk)).status_code == 404
        assert client_for("huichuan-staff").get(page.format(pk=zunyi_plan.pk)).status_code == 200  # it was sent
        assert client_for("zunyi-leader").get(page.format(pk=zunyi_plan.pk)).status_code == 200


def test_the_drill_down_stays_inside_the_viewer(people, guizhou_doc, org, client_for):
    c = client_for("gz-staff")
    url = f"/search/coverage/document/{guizhou_doc.pk}/"
    assert c.get(url + f"?org={org('遵义市科协').pk}").status_code == 200
    for bad in (org("广东省科协").pk, org("中国科协").pk, "abc", "-1", "9" * 30, "", "1%00"):
        answer = c.get(url + f"?org={bad}")
        assert answer.status_code in (200, 404), bad
        if bad != "":
            assert answer.status_code == 404, bad
        assert c.get(url + f"xlsx/?org={bad}").status_code == answer.status_code


@pytest.mark.parametrize("pk", ["0", "99999999999999999999999", "abc", "-1", "1.5", "%00"])
def test_bad_ids_answer_404(people, client_for, pk):
    c = client_for("gz-admin")
    for page in (*PAGES, "/search/coverage/plan/{pk}/", "/search/coverage/plan/{pk}/xlsx/"):
        assert c.get(page.format(pk=pk)).status_code == 404


def test_signed_out_users_are_sent_to_sign_in(guizhou_doc):
    for page in PAGES:
        assert Client().get(page.format(pk=guizhou_doc.pk)).status_code == 302


def test_counts_never_include_another_province(people, org, user, store):
    """Two provinces each hold 国发〔2022〕2号 and have a city that implemented it: each province counts its own."""
    gz = store(org("贵州省科协"), "国发〔2022〕2号", "国务院意见")
    gd = store(org("广东省科协"), "国发〔2022〕2号", "国务院意见（广东）")
    store(org("遵义市科协"), "遵市科协字〔2022〕6号", "遵义", cites=[("国发〔2022〕2号", "")])
    store(org("中山市科协"), "中山科协〔2022〕1号", "中山", cites=[("国发[2022]2号", "")])
    gz_cov = coverage.coverage(coverage.item_for_document(people["gz-admin"], gz), org("贵州省科协"))
    gd_cov = coverage.coverage(coverage.item_for_document(people["gd-admin"], gd), org("广东省科协"))
    assert [r.organisation.display_name for r in gz_cov.rows] == ["遵义市科协"] and gz_cov.n_done == 1
    assert [r.organisation.display_name for r in gd_cov.rows] == ["中山市科协"] and gd_cov.n_done == 1
