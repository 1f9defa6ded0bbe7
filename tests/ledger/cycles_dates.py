"""Fixtures of the rhythm and period tests: dates relative to today (the pages' lights and the report form read the
real today) and the small world of world.py with a quarterly task."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone


def quarter_start(shift: int = 0, today: datetime.date | None = None) -> datetime.date:
    """The first day of today's quarter moved by shift quarters (-1: the previous quarter)."""
    today = today or timezone.localdate()
    index = today.year * 4 + (today.month - 1) // 3 + shift
    return datetime.date(index // 4, index % 4 * 3 + 1, 1)


@pytest.fixture
def world_rhythm(db, data_dir):
    """甲市 → 甲一县, 甲二县 (world.py), its task reported quarterly from three quarters before today's to the one
    after it, due on each quarter's last day: three periods past due, the current one open, the next not started."""
    from world import build_world

    from kexie.ledger import task_rhythms
    from kexie.ledger.models import Rhythm
    w = build_world()
    task_rhythms.set_rhythm(w.task, w.users["city"], rhythm=Rhythm.QUARTERLY, start=quarter_start(-3),
                            end=quarter_start(2) - datetime.timedelta(days=1))
    return w, w.task


@pytest.fixture
def client_for_world(world_rhythm):
    from django.test import Client
    w, _task = world_rhythm

    def sign_in(username):
        c = Client()
        c.force_login(w.users[username])
        return c
    return sign_in
