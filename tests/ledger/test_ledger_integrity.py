"""Assignments carry no database constraints (publishing 112,000 rows checked each at commit): Django's own
on_delete rules must hold in their place — a unit or department in use cannot be deleted, a plan's deletion
takes its assignments with it."""

from __future__ import annotations

import pytest
from django.db.models import ProtectedError

from kexie.ledger.models import Assignment
from kexie.orgs.models import Department
from world import build_world


@pytest.fixture
def world(db, data_dir):
    return build_world()


def test_a_unit_with_assignments_cannot_be_deleted(world):
    county = world.orgs["甲一县科协"]
    with pytest.raises(ProtectedError):
        county.delete()
    assert Assignment.objects.filter(organisation=county).count() == 1


def test_a_department_in_use_cannot_be_deleted(world):
    city = world.orgs["甲市科协"]
    office = Department.objects.create(organisation=city, name="办公室")
    Assignment.objects.create(task=world.task, plan=world.plan, organisation=city, department=office)
    with pytest.raises(ProtectedError):
        office.delete()


def test_deleting_a_plan_or_task_takes_its_assignments(world):
    assert Assignment.objects.filter(task=world.task).count() == 2
    world.task.delete()
    assert not Assignment.objects.filter(plan=world.plan).exists()
    world.plan.delete()
    assert not Assignment.objects.exists()
