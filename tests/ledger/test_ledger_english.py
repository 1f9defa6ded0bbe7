"""English is whole: every page of the core loop, read in English, shows no Chinese but the data's own."""

from __future__ import annotations

import re

import pytest
from django.apps import apps
from django.utils import translation

HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def data_strings() -> list[str]:
    """Every text the test database holds (names, titles, headings, parses, reports): the data, not the interface.
    Each line on its own (pages break lines), with the shortened forms pages show (truncatechars)."""
    texts: set[str] = set()

    def walk(value):
        if isinstance(value, str):
            for line in value.splitlines():
                line = line.strip()
                if line:
                    texts.add(line)
                    texts.update(line[:n] for n in (29, 39, 40, 59, 79, 80) if len(line) > n)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, (list, tuple)):
            for v in value:
                walk(v)

    for model in apps.get_models():
        if not model.__module__.startswith(("kexie.", "django.contrib.auth")):
            continue
        fields = [f.attname for f in model._meta.concrete_fields
                  if f.get_internal_type() in ("CharField", "TextField", "JSONField")]
        for row in model.objects.values_list(*fields) if fields else []:
            walk(list(row))
    return sorted(texts, key=len, reverse=True)


def chinese_left(html: str, data: list[str]) -> list[str]:
    html = html.replace('lang="zh-hans">简体中文', "")  # the switch back names its language in that language
    for text in data:
        if HAN.search(text):
            html = html.replace(text, " ")
    return sorted({m.group(0) for m in re.finditer(r"\S*[\u3400-\u9fff]\S*", html)})


@pytest.fixture
def english(settings):
    """Pages read in English, as the language switch leaves them."""
    def client_in_english(client):
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
        return client
    return client_in_english


def test_every_choice_and_step_has_its_english():
    from kexie.ledger import flow
    missing = []
    with translation.override("en"):
        for model in apps.get_models():
            if model.__module__.startswith("kexie."):
                for field in model._meta.get_fields():
                    for _, label in getattr(field, "choices", None) or []:
                        if HAN.search(translation.gettext(str(label))):
                            missing.append(f"{model.__name__}.{field.name}: {label}")
        for step in flow.STEPS.values():
            for context in ("step", "history"):
                if HAN.search(translation.pgettext(context, step.label)):
                    missing.append(f"{context}: {step.label}")
        for label in flow.ACTION_LABELS.values():
            if HAN.search(translation.pgettext("history", label)):
                missing.append(f"history: {label}")
    assert not missing


def test_the_core_loop_reads_in_english(zunyi_plan, client_for, english, org, user):
    from kexie.ledger import services
    county = org("正安县科协")
    a = zunyi_plan.assignments.filter(organisation=county).order_by("task__order").first()
    county_staff = user("zhengan-staff")
    services.act(a, "accept", county_staff)
    a.refresh_from_db()
    services.submit_report(a, county_staff, text="已召开专题会议。", percent=40)
    a.refresh_from_db()
    services.act(a, "request_completion", county_staff, reason="")
    city, county_client = english(client_for("zunyi-staff")), english(client_for("zhengan-staff"))
    pages = [
        (city, "/"), (city, "/documents/"), (city, f"/documents/{zunyi_plan.document_id}/"), (city, "/documents/upload/"),
        (city, "/orgs/"), (city, f"/orgs/{county.pk}/"), (city, "/ledger/"), (city, f"/ledger/{zunyi_plan.pk}/"),
        (city, f"/ledger/tasks/{a.task_id}/"), (city, f"/ledger/assignments/{a.pk}/"),
        (city, f"/ledger/{zunyi_plan.pk}/filings/"), (city, f"/ledger/new/?document={zunyi_plan.document_id}"),
        (city, "/accounts/password/"),
        (county_client, "/ledger/inbox/?status=all"), (county_client, f"/ledger/assignments/{a.pk}/"),
        (county_client, f"/ledger/{zunyi_plan.pk}/filings/"),
    ]
    data = data_strings()
    left = {}
    for client, url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        assert "Ledger" in response.content.decode()
        found = chinese_left(response.content.decode(), data)
        if found:
            left[url] = found
    assert not left


def test_the_draft_review_reads_in_english(zunyi_draft, client_for, english):
    response = english(client_for("zunyi-staff")).get(f"/ledger/{zunyi_draft.pk}/review/")
    assert response.status_code == 200 and b'id="publish"' in response.content
    assert not chinese_left(response.content.decode(), data_strings())


def test_the_chinese_interface_stays_chinese(zunyi_plan, client_for):
    html = client_for("zunyi-staff").get(f"/ledger/{zunyi_plan.pk}/").content.decode()
    assert "工作任务" in html and "Task" not in html and "2022年12月31日" in html
    left = " ".join(chinese_left(html, data_strings()))
    assert all(word in left for word in ("工作任务", "具体措施", "状态"))  # the check above would see them
