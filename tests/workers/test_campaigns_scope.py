"""推荐评选 and 典型库 from the outside: who sees each kind of object (404 outside), who may act (403 without the right)."""

from __future__ import annotations

import pytest
import campaign_world
from campaign_world import ROLES, SECRET_PHONE
from django.test import Client
from django.urls import reverse

from kexie.workers.models import Nomination, Stage

pytestmark = pytest.mark.django_db
cw, as_actor = campaign_world.cw, campaign_world.as_actor  # the shared world's fixtures

CITY_SIDE = {"city_admin", "city_staff", "city_supervisor", "city_leader", "parent"}
SEES_CAMPAIGN = CITY_SIDE | {"k1", "k1_leader", "k2"}
SEES_K2 = CITY_SIDE | {"k2"}  # 甲二县's nomination, material and typical case


@pytest.mark.parametrize("actor", list(ROLES))
def test_each_object_is_seen_only_inside_its_scope(cw, as_actor, actor):
    c = as_actor(actor)
    pages = [
        (reverse("workers:campaign", args=[cw.campaign.pk]), SEES_CAMPAIGN),
        (reverse("workers:nominate", args=[cw.campaign.pk]), SEES_CAMPAIGN),
        (reverse("workers:campaign-xlsx", args=[cw.campaign.pk]), SEES_CAMPAIGN),
        (reverse("workers:nomination", args=[cw.nomination.pk]), SEES_K2),
        (reverse("workers:material", args=[cw.material.pk]), SEES_K2),
        (reverse("workers:case", args=[cw.case.pk]), SEES_K2),
        (reverse("workers:case-attachment", args=[cw.attachment.pk]), SEES_K2),
        (reverse("campaign-detail", args=[cw.campaign.pk]), SEES_CAMPAIGN),
        (reverse("nomination-detail", args=[cw.nomination.pk]), SEES_K2),
        (reverse("typicalcase-detail", args=[cw.case.pk]), SEES_K2),
    ]
    for url, sees in pages:
        r = c.get(url)
        assert r.status_code == (200 if actor in sees else 404), (actor, url, r.status_code)
    lists = {reverse("workers:campaigns"): ("2022年甲市青年科技奖推荐评选", SEES_CAMPAIGN),
             reverse("campaign-list"): ("甲市青年科技奖", SEES_CAMPAIGN),
             reverse("nomination-list"): ("甲二专家", SEES_K2),
             reverse("workers:cases"): ("甲二县的典型人物", SEES_K2),
             reverse("typicalcase-list"): ("甲二县的典型人物", SEES_K2)}
    for url, (word, sees) in lists.items():
        r = c.get(url)
        assert r.status_code == 200
        body = r.content.decode()
        assert (word in body) == (actor in sees), (actor, url)
        assert SECRET_PHONE not in body


def test_a_unit_sees_its_own_nominations_on_the_campaign_page_not_a_siblings(cw, as_actor):
    page = as_actor("k1").get(reverse("workers:campaign", args=[cw.campaign.pk])).content.decode()
    assert "甲二专家" not in page and "甲二县科协" not in page  # neither the person nor 甲二县's quota row
    page = as_actor("city_leader").get(reverse("workers:campaign", args=[cw.campaign.pk])).content.decode()
    assert "甲二专家" in page and "甲二县科协" in page


def test_phones_are_whole_only_for_the_keepers_editors(cw, as_actor):
    url = reverse("workers:nomination", args=[cw.nomination.pk])
    assert SECRET_PHONE in as_actor("k2").get(url).content.decode()
    assert SECRET_PHONE in as_actor("city_staff").get(url).content.decode()
    for actor in ("city_leader", "city_supervisor"):
        body = as_actor(actor).get(url).content.decode()
        assert SECRET_PHONE not in body and "139****4321" in body
    assert SECRET_PHONE not in as_actor("city_staff").get(reverse("nomination-detail", args=[cw.nomination.pk])
                                                          ).content.decode()


@pytest.mark.parametrize("actor", list(ROLES))
def test_only_the_campaign_organisations_editors_move_a_stage(cw, as_actor, actor):
    r = as_actor(actor).post(reverse("workers:nomination-step", args=[cw.nomination.pk, "review"]))
    stage = Nomination.objects.get(pk=cw.nomination.pk).stage
    if actor in ("city_admin", "city_staff"):
        assert r.status_code == 302 and stage == Stage.QUALIFICATION
    else:
        assert r.status_code == (403 if actor in SEES_K2 else 404), (actor, r.status_code)
        assert stage == Stage.NOMINATED


@pytest.mark.parametrize("actor", list(ROLES))
def test_only_units_with_a_quota_nominate_and_only_the_owner_sets_quotas(cw, as_actor, actor):
    before = Nomination.objects.count()
    r = as_actor(actor).post(reverse("workers:nominate", args=[cw.campaign.pk]),
                             {"scientist": cw.p1.pk, "reason": "推荐理由"})
    if actor == "k1":
        assert r.status_code == 302 and Nomination.objects.count() == before + 1
    else:
        assert r.status_code in ((403, 400) if actor in SEES_CAMPAIGN else (404,)), (actor, r.status_code)
        assert Nomination.objects.count() == before
    r = as_actor(actor).post(reverse("workers:campaign-quotas", args=[cw.campaign.pk]),
                             {f"quota-{cw.orgs['k1'].pk}": "5"})
    quota = cw.campaign.quotas.get(organisation=cw.orgs["k1"]).quota
    if actor in ("city_admin", "city_staff"):
        assert quota == 5
    else:
        assert r.status_code == (403 if actor in SEES_CAMPAIGN else 404) and quota == 2, (actor, r.status_code)


def test_the_nominating_unit_alone_withdraws_and_only_at_the_first_stage(cw, as_actor):
    url = reverse("workers:nomination-withdraw", args=[cw.nomination.pk])
    assert as_actor("city_staff").post(url).status_code == 403
    assert as_actor("k1").post(url).status_code == 404
    assert as_actor("k2").post(url).status_code == 302
    assert not Nomination.objects.filter(pk=cw.nomination.pk).exists()


def test_signed_out_visitors_see_only_the_public_publicity_page(cw):
    c = Client()
    for name, pk in [("workers:campaign", cw.campaign.pk), ("workers:nomination", cw.nomination.pk),
                     ("workers:cases", None), ("workers:material", cw.material.pk)]:
        r = c.get(reverse(name, args=[pk] if pk else []))
        assert r.status_code == 302 and "/accounts/login/" in r.url
    assert c.get(reverse("nomination-list")).status_code in (401, 403)


def test_the_pages_read_in_english(cw, as_actor, settings):
    c = as_actor("city_staff")
    c.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    body = c.get(reverse("workers:campaign", args=[cw.campaign.pk])).content.decode()
    assert "Nomination quota" in body and "Eligibility review" in body and "推荐名额" not in body
    body = c.get(reverse("workers:nomination", args=[cw.nomination.pk])).content.decode()
    assert "Accept for eligibility review" in body and "Grounds for nomination" in body
    r = c.post(reverse("workers:nomination-step", args=[cw.nomination.pk, "select"]), follow=True)
    assert "stages go in order and none can be skipped" in r.content.decode()
