"""The roll-up's per-organisation counts (volunteers/counts.py) stay equal to a recount from the tables after each
kind of write: registration, sign-up and review, import, teams, activities and their hours."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kexie.volunteers import activities as svc
from kexie.volunteers import counts, importing, registry, teams
from kexie.volunteers.models import VolunteerCount


def assert_exact():
    """The kept counts equal a recount from the tables (and the recount leaves them as they were)."""
    kept = counts.figures()
    counts.recount()
    assert counts.figures() == kept
    return kept


def row(vworld, unit, kind=""):
    return counts.figures().get((vworld.orgs[unit].pk, kind), (0, 0, 0, Decimal(0), 0))


def test_registration_sign_up_and_review_count_active_volunteers_only(vworld):
    before = row(vworld, "k1")[0]
    registry.register(vworld.users["k1_staff"], {"name": "新志愿者", "phone": "13900000011"})
    assert row(vworld, "k1")[0] == before + 1
    pending = [registry.sign_up(vworld.orgs["k1"], {"name": f"报名{i}", "phone": f"1390000002{i}"},
                                address="10.0.0.1", consent=True) for i in range(2)]
    assert row(vworld, "k1")[0] == before + 1  # 待审核 is not counted
    registry.review(vworld.users["k1_staff"], pending[0], approve=True)
    assert row(vworld, "k1")[0] == before + 2
    registry.review(vworld.users["k1_staff"], pending[1], approve=False, reason="信息不全")
    assert row(vworld, "k1")[0] == before + 2
    with pytest.raises(registry.VolunteerError):  # refused: nothing counted
        registry.register(vworld.users["k1_staff"], {"name": "重复", "phone": "13900000011"})
    assert row(vworld, "k1")[0] == before + 2
    assert_exact()


def test_an_import_adds_its_new_volunteers_in_one_statement(vworld, tmp_path, django_assert_max_num_queries):
    from openpyxl import Workbook
    book = Workbook()
    sheet = book.active
    sheet.append(["姓名", "联系电话"])
    for i in range(5):
        sheet.append([f"导入{i}", f"1370000000{i}"])
    sheet.append(["重复", "13800000001"])  # the world's 甲一志愿者: a duplicate, not counted
    path = tmp_path / "v.xlsx"
    book.save(path)
    before = row(vworld, "k1")[0]
    preview = importing.import_volunteers(vworld.users["k1_staff"], vworld.orgs["k1"], path)
    assert preview.new == 5 and row(vworld, "k1")[0] == before + 5
    assert_exact()


def test_teams_are_counted_and_their_members_change_nothing(vworld):
    before = row(vworld, "k2")[1]
    team = teams.create_team(vworld.users["k2_staff"], {"name": "新队", "leader": vworld.volunteers["k2"].pk})
    assert row(vworld, "k2")[1] == before + 1
    teams.remove_member(vworld.users["k2_staff"], team, vworld.volunteers["k2"].pk)
    teams.add_members(vworld.users["k2_staff"], team, [vworld.volunteers["k2"].pk])
    assert row(vworld, "k2")[1] == before + 1
    assert_exact()


def test_activities_their_edits_and_hours_move_the_counts(vworld, activity_of):
    a = activity_of("k1", audience=120)
    assert row(vworld, "k1", "popular")[2::2] == (1, 120)
    svc.record_hours(a, vworld.users["k1_staff"], volunteer=vworld.volunteers["k1"], hours="3.5")
    assert row(vworld, "k1", "popular")[3] == 0  # 待确认 hours are not counted
    svc.confirm_hours(a, vworld.users["k1_staff"])
    assert row(vworld, "k1", "popular") == (0, 0, 1, Decimal("3.5"), 120)
    assert_exact()
    # An edit moving the kind moves the activity with its hours and audience; the stale copy's hours stay right.
    svc.save_activity(vworld.users["k1_staff"], activity=a, title=a.title, kind="technical", start_date=a.start_date,
                      end_date=a.end_date, audience=80)
    assert row(vworld, "k1", "popular") == (0, 0, 0, Decimal(0), 0)
    assert row(vworld, "k1", "technical") == (0, 0, 1, Decimal("3.5"), 80)
    a.refresh_from_db()
    assert a.confirmed_hours == Decimal("3.5")
    assert_exact()
    rec = a.records.get()
    svc.withdraw_record(a, vworld.users["k1_staff"], rec.pk)
    assert row(vworld, "k1", "technical") == (0, 0, 1, Decimal(0), 80)
    assert_exact()


def test_a_refused_activity_counts_nothing(vworld, activity_of):
    before = counts.figures()
    with pytest.raises(Exception):
        activity_of("k1", start="2026-09-16", end="2026-09-10")
    assert counts.figures() == before


def test_the_recount_command_rebuilds_drifted_counts(vworld, activity_of):
    from django.core.management import call_command
    activity_of("k2", audience=10)
    kept = counts.figures()
    VolunteerCount.objects.all().delete()
    call_command("recount_volunteer_hours", stdout=open("/dev/null", "w"))
    assert counts.figures() == kept and kept
