"""The activities API: each role sees its subtree's activities and no others (sibling county, other province),
the filters narrow as on the pages, bad filters are a 400 naming them, and a page costs a fixed number of
queries however many activities there are."""

from __future__ import annotations

import pytest
from django.urls import reverse

from kexie.volunteers import activities as svc


@pytest.fixture
def acts(vworld, activity_of):
    c = svc.save_campaign(vworld.users["c_staff"], name="甲市科普日", start_date="2026-09-01", end_date="2026-09-30")
    made = {"k1": activity_of("k1", title="一县科普日", campaign=c.pk, task=vworld.task.pk, audience=300),
            "k2": activity_of("k2", title="二县应急演练", kind="emergency", start="2026-10-03"),
            "c": activity_of("c", title="市级科普讲座", campaign=c.pk),
            "o": svc.save_activity(vworld.users["o_admin"], title="丙省活动", kind="popular",
                                   start_date="2026-09-16", end_date="2026-09-16")}
    svc.record_hours(made["k1"], vworld.users["k1_staff"], volunteer=vworld.volunteers["k1"], hours="2.5")
    svc.confirm_hours(made["k1"], vworld.users["k1_staff"])
    made["campaign"] = c
    return made


def _titles(vworld, user, **params):
    r = vworld.client(user).get(reverse("volunteer-activity-list"), params)
    assert r.status_code == 200, r.content
    return {row["title"] for row in r.json()["results"]}


@pytest.mark.parametrize("user, seen", [
    ("p_admin", {"一县科普日", "二县应急演练", "市级科普讲座"}),
    ("c_staff", {"一县科普日", "二县应急演练", "市级科普讲座"}),
    ("c_leader", {"一县科普日", "二县应急演练", "市级科普讲座"}),
    ("c_supervisor", {"一县科普日", "二县应急演练", "市级科普讲座"}),
    ("k1_staff", {"一县科普日"}),
    ("k2_staff", {"二县应急演练"}),
    ("o_admin", {"丙省活动"}),
])
def test_each_role_lists_its_subtrees_activities_only(vworld, acts, user, seen):
    assert _titles(vworld, user) == seen


@pytest.mark.parametrize("user, status", [("p_admin", 200), ("c_leader", 200), ("k1_staff", 200),
                                          ("k2_staff", 404), ("o_admin", 404)])
def test_the_detail_is_seen_from_inside_only(vworld, acts, user, status):
    r = vworld.client(user).get(reverse("volunteer-activity-detail", args=[acts["k1"].pk]))
    assert r.status_code == status
    if status == 200:
        body = r.json()
        assert (body["title"], body["audience"], body["confirmed_hours"]) == ("一县科普日", 300, 2.5)
        assert [(x["volunteer_name"], x["hours"], x["state"]) for x in body["records"]] == [("甲一志愿者", 2.5, "confirmed")]
    else:
        assert "一县科普日" not in r.content.decode()


def test_filters_narrow_the_list(vworld, acts):
    assert _titles(vworld, "c_staff", org=vworld.orgs["k2"].pk) == {"二县应急演练"}
    assert _titles(vworld, "c_staff", kind="emergency") == {"二县应急演练"}
    assert _titles(vworld, "c_staff", campaign=acts["campaign"].pk) == {"一县科普日", "市级科普讲座"}
    assert _titles(vworld, "c_staff", month="2026-10") == {"二县应急演练"}
    assert _titles(vworld, "c_staff", month="2026-09", kind="popular") == {"一县科普日", "市级科普讲座"}
    assert _titles(vworld, "c_staff", task=vworld.task.pk) == {"一县科普日"}


@pytest.mark.parametrize("params, status, word", [
    ({"kind": "nonsense"}, 400, "nonsense"), ({"month": "2026-13"}, 400, "2026-13"), ({"month": "soon"}, 400, "soon"),
    ({"org": "sibling"}, 404, ""), ({"page": "999"}, 404, ""),
])
def test_bad_filters_are_refused_clearly(vworld, acts, params, status, word):
    r = vworld.client("c_staff").get(reverse("volunteer-activity-list"), params)
    assert r.status_code == status
    assert word in r.content.decode()


@pytest.mark.parametrize("user, key", [("k1_staff", "k2"), ("k2_staff", "k1"), ("o_admin", "c")])
def test_a_filter_naming_what_the_user_cannot_see_is_404(vworld, acts, user, key):
    org = vworld.orgs[key]
    assert vworld.client(user).get(reverse("volunteer-activity-list"), {"org": org.pk}).status_code == 404
    if user == "o_admin":
        assert vworld.client(user).get(reverse("volunteer-activity-list"),
                                       {"campaign": acts["campaign"].pk}).status_code == 404
        assert vworld.client(user).get(reverse("volunteer-activity-list"), {"task": vworld.task.pk}).status_code == 404


def test_the_api_is_read_only_and_signed_in(vworld, acts):
    from django.test import Client
    assert Client().get(reverse("volunteer-activity-list")).status_code in (401, 403)
    r = vworld.client("k1_staff").post(reverse("volunteer-activity-list"), {"title": "x"})
    assert r.status_code == 405


def test_list_and_detail_cost_a_fixed_number_of_queries(vworld, acts, activity_of, django_assert_max_num_queries):
    client = vworld.client("c_staff")
    url = reverse("volunteer-activity-list")
    detail = reverse("volunteer-activity-detail", args=[acts["k1"].pk])
    client.get(url)
    client.get(detail)
    with django_assert_max_num_queries(20) as listed:
        client.get(url, {"month": "2026-09"})
    with django_assert_max_num_queries(20) as one:
        client.get(detail)
    for i in range(15):
        a = activity_of("k1", title=f"更多{i}", task=vworld.task.pk, campaign=acts["campaign"].pk)
        svc.record_hours(a, vworld.users["k1_staff"], volunteer=vworld.volunteers["k1"], hours="1")
    svc.record_hours(acts["k1"], vworld.users["k1_staff"], volunteer=vworld.volunteers["c"], hours="1")
    with django_assert_max_num_queries(len(listed.captured_queries)):
        assert len(client.get(url, {"month": "2026-09"}).json()["results"]) == 17
    with django_assert_max_num_queries(len(one.captured_queries)):
        assert len(client.get(detail).json()["records"]) == 2
