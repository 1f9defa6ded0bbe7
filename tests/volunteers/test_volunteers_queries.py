"""Query counts of the lists: constant whatever the number of volunteers, teams and members."""

from __future__ import annotations

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def _more(org, n, start):
    from kexie.volunteers.models import Volunteer
    Volunteer.objects.bulk_create([Volunteer(organisation=org, name=f"志愿者{i}", phone=f"1370000{i:04d}",
                                             service_kinds="popular") for i in range(start, start + n)])


@pytest.mark.parametrize("url, params", [
    ("volunteers:people", {}), ("volunteers:people", {"q": "志愿者", "kind": "popular", "state": "all"}),
    ("volunteer-list", {}), ("volunteers:teams", {}), ("volunteer-team-list", {}),
    ("volunteers:review-queue", {}),
])
def test_list_queries_do_not_grow(vworld, client_for, org, django_assert_max_num_queries, url, params):
    from kexie.volunteers.models import Team, Volunteer
    c = client_for("zunyi-staff")
    c.get(reverse(url), params)
    _more(org("正安县科协"), 5, 0)
    with django_assert_max_num_queries(12) as small:
        assert c.get(reverse(url), params).status_code == 200
    _more(org("湄潭县科协"), 60, 100)
    _more(org("遵义市科协"), 30, 200)
    if url.endswith("queue"):
        Volunteer.objects.filter(phone__startswith="1370000").update(state="pending")
    for i in range(8):
        t = Team.objects.create(organisation=org("遵义市科协"), name=f"队伍{i}")
        t.members.add(*Volunteer.objects.filter(phone__startswith="1370000")[:5])
    with django_assert_max_num_queries(len(small.captured_queries)):
        assert c.get(reverse(url), params).status_code == 200


def test_team_and_volunteer_pages_are_constant(vworld, client_for, org, django_assert_max_num_queries):
    from kexie.volunteers.models import Volunteer
    c = client_for("zunyi-staff")
    team = vworld.team
    c.get(reverse("volunteers:team", args=[team.pk]))
    with django_assert_max_num_queries(14) as small:
        c.get(reverse("volunteers:team", args=[team.pk]))
    _more(org("正安县科协"), 40, 300)
    team.members.add(*Volunteer.objects.filter(phone__startswith="1370000"))
    with django_assert_max_num_queries(len(small.captured_queries)):
        c.get(reverse("volunteers:team", args=[team.pk]))
    with django_assert_max_num_queries(16):
        assert c.get(reverse("volunteers:volunteer", args=[vworld.v["county"].pk])).status_code == 200
