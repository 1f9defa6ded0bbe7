"""The demo's register: built on the demo tree, idempotent, with overdue 联系对象 and the sign-ins' pages."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import timezone

from kexie.workers.demo_register import build_demo_register
from kexie.workers.models import ContactPair, Scientist, Visit

pytestmark = pytest.mark.django_db


def test_the_demo_register_is_idempotent_and_shown(demo, client_for):
    first = build_demo_register()
    counts = (Scientist.objects.count(), Visit.objects.count(), ContactPair.objects.count())
    assert counts == (30, 5, 8) and "overdue" in first
    assert build_demo_register().startswith("0 scientists, 0 visits, 0 联系对象")
    assert (Scientist.objects.count(), Visit.objects.count(), ContactPair.objects.count()) == counts
    assert ContactPair.objects.filter(due_on__lt=timezone.localdate()).exists()
    body = client_for("baoding-staff").get(reverse("workers:home")).content.decode()
    assert "竞秀区科协" in body and "安国市科协" in body
    body = client_for("baoding-staff").get(reverse("workers:scientists")).content.decode()
    assert "李建华" in body and "马国强" in body and "王德明" not in body
    body = client_for("shaanxi-staff").get(reverse("workers:contacts")).content.decode()
    assert "王德明" in body and "李建华" not in body
