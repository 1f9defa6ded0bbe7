"""The report form's hook place: another app adds fields to the form ("report_form") and turns what was ticked
into lines of the report's text (citers); a citer's refusal is the form's 400 with nothing written. The ledger
knows nothing of the app (here a stand-in; the volunteers' activities: tests/activities/test_activities_reports)."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils.safestring import mark_safe

from kexie.ledger import hooks
from kexie.ledger.errors import LedgerError
from kexie.ledger.models import Assignment, Report


@pytest.fixture
def stand_in(monkeypatch):
    def render(context, *, a):
        return mark_safe(f'<label><input type="checkbox" name="cite_thing" value="{a.pk}"> 某项成果</label>')

    def cite(user, a, data):
        chosen = data.getlist("cite_thing")
        if any(v != str(a.pk) for v in chosen):
            raise LedgerError("所选成果不属于本单位。")
        return [f"成果：某项成果（{a.pk}）"] if chosen else []
    monkeypatch.setattr(hooks, "_RENDERERS", {**hooks._RENDERERS, "report_form": [render]})
    monkeypatch.setattr(hooks, "_CITERS", [cite])


def test_the_form_shows_the_place_and_the_report_gets_the_lines(zunyi_plan, client_for, org, stand_in):
    a = Assignment.objects.get(plan=zunyi_plan, task__outline_id="3.2", organisation=org("正安县科协"))
    county = client_for("zhengan-staff")
    assert 'name="cite_thing"' in county.get(reverse("ledger:report", args=[a.pk])).content.decode()
    r = county.post(reverse("ledger:report", args=[a.pk]), {"text": "召开专题会议  ", "cite_thing": str(a.pk)})
    assert r.status_code == 302
    assert Report.objects.get(assignment=a).text == f"召开专题会议\n成果：某项成果（{a.pk}）"


def test_nothing_ticked_leaves_the_text_as_typed(zunyi_plan, client_for, org, stand_in):
    a = Assignment.objects.get(plan=zunyi_plan, task__outline_id="3.2", organisation=org("正安县科协"))
    assert client_for("zhengan-staff").post(reverse("ledger:report", args=[a.pk]), {"text": "召开专题会议"}).status_code == 302
    assert Report.objects.get(assignment=a).text == "召开专题会议"


def test_a_refused_citation_writes_nothing(zunyi_plan, client_for, org, stand_in):
    a = Assignment.objects.get(plan=zunyi_plan, task__outline_id="3.2", organisation=org("正安县科协"))
    before = (a.status, a.progress, a.version)
    r = client_for("zhengan-staff").post(reverse("ledger:report", args=[a.pk]),
                                         {"text": "召开专题会议", "percent": "30", "cite_thing": "999"})
    assert r.status_code == 400 and "所选成果不属于本单位。" in r.content.decode()
    assert "召开专题会议</textarea>" in r.content.decode()  # what was typed comes back
    a.refresh_from_db()
    assert not Report.objects.filter(assignment=a).exists() and (a.status, a.progress, a.version) == before


def test_the_ledger_imports_no_app_above_it():
    from pathlib import Path

    import kexie.ledger
    ledger = Path(kexie.ledger.__file__).parent
    for source in ledger.rglob("*.py"):
        assert "kexie.volunteers" not in source.read_text(encoding="utf-8"), source
