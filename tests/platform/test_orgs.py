"""The organisation tree: materialised paths, subtrees, moves, names, and the demo's bodies and people."""

from __future__ import annotations

import pytest

from kexie.orgs.models import Kind, Level, Organisation, Person
from kexie.orgs.services import upsert_organisation

from platform_helpers import example

pytestmark = pytest.mark.django_db


def test_path_and_subtree_are_one_prefix_query(org, django_assert_num_queries):
    zunyi = org("遵义市科协")
    guizhou = org("贵州省科协")
    assert zunyi.path.startswith(guizhou.path) and zunyi.depth == 2
    with django_assert_num_queries(1):
        names = set(Organisation.objects.subtree(guizhou).values_list("short_name", flat=True))
    assert {"贵州省科协", "遵义市科协", "正安县科协"} <= names
    assert "四川省科协" not in names


def test_moving_an_organisation_moves_its_subtree(org):
    zunyi, sichuan = org("遵义市科协"), org("四川省科协")
    zunyi.parent = sichuan
    zunyi.save()
    zhengan = org("正安县科协")
    assert zhengan.path.startswith(sichuan.path)
    assert zhengan.depth == 3
    assert [a.short_name for a in zhengan.ancestors()] == ["中国科协", "四川省科协", "遵义市科协"]


def test_an_organisation_cannot_go_under_itself(org):
    guizhou, zunyi = org("贵州省科协"), org("遵义市科协")
    guizhou.parent = zunyi
    with pytest.raises(ValueError):
        guizhou.save()


def test_names_short_names_and_aliases_match(org):
    zunyi = org("遵义市科学技术协会")
    assert org("遵义市科协") == zunyi
    assert zunyi in Organisation.objects.named("市科协")
    assert set(Organisation.objects.named("省科协").values_list("short_name", flat=True)) >= {"贵州省科协", "四川省科协"}
    # The newspaper page writes prefectures as 凉山州科学技术协会; half-width brackets are normalised.
    assert org("凉山州科学技术协会").name == "凉山彝族自治州科学技术协会"


def test_county_children_expand_a_recipient(org):
    """各县（市、区）科协 of 遵义市科协: its county-level associations, not 新蒲新区科技局 or the 科技馆."""
    counties = list(org("遵义市科协").children_at_level(Level.COUNTY))
    assert len(counties) == 14
    assert all(c.kind == Kind.ASSOCIATION for c in counties)


def test_demo_has_every_body_the_seeds_name(org):
    for name in ["中国科协", "贵州省科协", "遵义市科协", "陕西省科协", "广东省科协", "四川省科协", "河北省科协",
                 "保定市科协", "沙湾区老科协", "中山市科协", "杨凌示范区科协", "韩城市科协", "遵义市科技馆",
                 "新蒲新区科技局", "正安县科协", "中国生物物理学会"]:
        assert org(name)
    sichuan = org("四川省科协")
    cities = Organisation.objects.filter(parent=sichuan, level=Level.CITY)
    assert cities.count() == 21
    # Every unit reporting on the Sichuan page is known.
    for segment in example("sichuan-newspaper-page")["segments"]:
        assert Organisation.objects.named(segment["unit"]).exists(), segment["unit"]
    assert org("沙湾区老科协").kind == Kind.SENIOR and org("沙湾区老科协").parent == org("乐山市科协")


def test_demo_has_zunyi_leading_group_with_titles_and_departments(org):
    zunyi = org("遵义市科协")
    assert set(zunyi.departments.values_list("name", flat=True)) >= {"办公室", "业务部", "党支部"}
    group = example("zunyi-2022-6-implementation-plan")["leading_group"]
    for member in group["heads"] + group["deputies"] + group["members"]:
        person = Person.objects.get(name=member["name"], organisation__path__startswith=zunyi.path)
        title = member["title"]
        assert any(title.endswith(t) for t in person.titles), (member, person.titles)
    assert Person.objects.get(name="陈艳").department.name == "业务部"
    assert Person.objects.get(name="陈文菊").titles == ["党组成员", "机关党委书记"]


def test_demo_loading_twice_changes_nothing(org):
    from kexie.site.demo import load_people_and_users
    before = (Organisation.objects.count(), Person.objects.count(), list(Organisation.objects.values_list("path")))
    load_people_and_users()
    after = (Organisation.objects.count(), Person.objects.count(), list(Organisation.objects.values_list("path")))
    assert before == after


def test_upsert_updates_in_place(db):
    top, created = upsert_organisation("中国科学技术协会", parent=None, level=Level.NATIONAL, short_name="中国科协")
    assert created
    again, created = upsert_organisation("中国科学技术协会", parent=None, level=Level.NATIONAL, short_name="中国科协",
                                         aliases=["科协总会"])
    assert not created and again.pk == top.pk and again.alias_list == ["科协总会"]
