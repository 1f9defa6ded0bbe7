"""The demo's 科技志愿服务: Shaanxi's cities and counties, teams, volunteers, a campaign with activities at three levels
and confirmed hours; running it twice changes nothing."""

from __future__ import annotations


def test_the_demo_builds_shaanxi_once(demo, data_dir):
    from kexie.volunteers import demo_activities
    from kexie.volunteers.models import Activity, Campaign, ServiceRecord, Team, Volunteer
    outcome = demo_activities.build()
    assert "6 activities" in outcome, outcome
    counts = [m.objects.count() for m in (Activity, Campaign, ServiceRecord, Team, Volunteer)]
    assert demo_activities.build() == "already there"
    assert [m.objects.count() for m in (Activity, Campaign, ServiceRecord, Team, Volunteer)] == counts
    levels = set(Activity.objects.filter(campaign__isnull=False).values_list("organisation__level", flat=True))
    assert levels == {2, 3, 4}
    wang = Volunteer.objects.get(name="王志远")
    assert wang.total_hours == 13 and not ServiceRecord.objects.exclude(state="confirmed").exists()
