"""The ledger's REST API: build, review, publish, act (409 when stale), report with attachments, 备案, scope."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from rest_framework.test import APIClient

from kexie.ledger.models import Assignment, MatchState, PlanState, Status

pytestmark = pytest.mark.django_db


@pytest.fixture
def api_for(user):
    def get(username):
        c = APIClient()
        c.force_authenticate(user(username))
        return c
    return get


def test_build_review_publish(zunyi_doc, api_for):
    c = api_for("zunyi-staff")
    r = c.post("/api/plans/", {"document": zunyi_doc.pk}, format="json")
    assert r.status_code == 201, r.content
    pk = r.json()["id"]
    assert c.post("/api/plans/", {"document": zunyi_doc.pk}, format="json").status_code == 200
    plan = c.get(f"/api/plans/{pk}/").json()
    assert [t["outline_id"] for t in plan["tasks"]][:3] == ["1", "2", "2.1"]
    assert c.get(f"/api/plans/{pk}/pending/").json() == {"matches": 0, "recipients": 3}
    r = c.post(f"/api/plans/{pk}/publish/")
    assert r.status_code == 400 and "待确认" in r.json()["detail"]
    recipients = c.get(f"/api/recipients/?plan={pk}").json()["results"]
    for rec in recipients:
        if rec["state"] == MatchState.PENDING:
            assert c.post(f"/api/recipients/{rec['id']}/confirm/", {"ignore": True}, format="json").status_code == 200
    matches = c.get(f"/api/matches/?plan={pk}").json()["results"]
    assert len(matches) == 14 and all(m["state"] == "confirmed" for m in matches)
    assert c.patch(f"/api/plans/{pk}/", {"default_due": "2022-10-31"}, format="json").status_code == 200
    r = c.post(f"/api/plans/{pk}/publish/")
    assert r.status_code == 200 and r.json()["assignments"] == 45 and r.json()["state"] == PlanState.PUBLISHED
    history = c.get(f"/api/plans/{pk}/history/").json()
    assert history[0]["action"] == "publish" and history[0]["reason"] == "交办 45 项"
    a = c.get(f"/api/assignments/?plan={pk}").json()["results"][0]
    assert [e["action"] for e in c.get(f"/api/assignments/{a['id']}/history/").json()] == ["assign"]


def test_other_organisations_see_nothing(zunyi_plan, api_for, zunyi_doc):
    c = api_for("sichuan-admin")
    assert c.get(f"/api/plans/{zunyi_plan.pk}/").status_code == 404
    assert c.get("/api/plans/").json()["count"] == 0
    assert c.get(f"/api/assignments/?plan={zunyi_plan.pk}").status_code == 404
    a = zunyi_plan.assignments.first()
    assert c.post(f"/api/assignments/{a.pk}/accept/", {}, format="json").status_code == 404
    assert c.post("/api/plans/", {"document": zunyi_doc.pk}, format="json").status_code == 404


def test_inbox_and_actions(zunyi_plan, api_for, org):
    county = api_for("zhengan-staff")
    inbox = county.get("/api/assignments/").json()
    assert inbox["count"] == 2 and {x["assignee"] for x in inbox["results"]} == {"正安县科协"}
    # The county sees the plan it received, but only its own assignments.
    assert county.get(f"/api/plans/{zunyi_plan.pk}/").status_code == 200
    assert county.get(f"/api/assignments/?plan={zunyi_plan.pk}").json()["count"] == 2
    a = Assignment.objects.get(plan=zunyi_plan, task__outline_id="3.2", organisation=org("正安县科协"))
    r = county.post(f"/api/assignments/{a.pk}/accept/", {"version": a.version}, format="json")
    assert r.status_code == 200 and r.json()["status"] == Status.ACCEPTED and r.json()["version"] == 2
    r = county.post(f"/api/assignments/{a.pk}/start/", {"version": 1}, format="json")
    assert r.status_code == 409 and "刷新" in r.json()["detail"]
    r = county.post(f"/api/assignments/{a.pk}/close/", {"version": 2}, format="json")
    assert r.status_code == 403
    r = county.post(f"/api/assignments/{a.pk}/request_extension/", {"version": 2}, format="json")
    assert r.status_code == 400
    r = county.post(f"/api/assignments/{a.pk}/request_extension/",
                    {"version": 2, "reason": "防汛", "new_due": "2023-03-31"}, format="json")
    assert r.status_code == 200 and r.json()["status"] == Status.EXTENSION_REQUESTED
    city = api_for("zunyi-staff")
    r = city.post(f"/api/assignments/{a.pk}/approve_extension/", {"version": 3}, format="json")
    assert r.status_code == 200 and r.json()["due_date"] == "2023-03-31"
    county.post(f"/api/assignments/{a.pk}/request_completion/", {"version": 4}, format="json")
    r = city.post(f"/api/assignments/{a.pk}/return/", {"version": 5, "reason": "请补充材料"}, format="json")
    assert r.status_code == 200 and r.json()["status"] == Status.RETURNED
    history = county.get(f"/api/assignments/{a.pk}/history/").json()
    assert [h["action"] for h in history][:2] == ["return", "request_completion"]
    assert history[0]["reason"] == "请补充材料" and history[0]["before"]["status"] == "completion_requested"


def test_report_with_attachments_and_filing(zunyi_plan, api_for, org):
    county = api_for("zhengan-staff")
    a = Assignment.objects.get(plan=zunyi_plan, task__outline_id="3.2", organisation=org("正安县科协"))
    r = county.post("/api/reports/", {"assignment": a.pk, "text": "开展宣讲12场", "percent": 50,
                                      "is_typical_case": True,
                                      "attachments": [SimpleUploadedFile("a.pdf", b"%PDF-1.7 x"),
                                                      SimpleUploadedFile("b.png", b"\x89PNG\r\n\x1a\nxx")]},
                    format="multipart")
    assert r.status_code == 201, r.content
    assert [x["filename"] for x in r.json()["attachments"]] == ["a.pdf", "b.png"]
    r = county.post("/api/reports/", {"assignment": a.pk, "text": "x",
                                      "attachments": [SimpleUploadedFile("a.docx", b"not zip")]}, format="multipart")
    assert r.status_code == 400
    assert api_for("zunyi-staff").get(f"/api/reports/?plan={zunyi_plan.pk}").json()["count"] == 1
    assert api_for("sichuan-admin").get("/api/reports/").json()["count"] == 0
    assert api_for("zunyi-staff").post("/api/reports/", {"assignment": a.pk, "text": "x"}).status_code == 403
    # 备案 through the API: a document of the county's own, filed under the plan.
    from ledger_helpers import ingest_seed
    doc = ingest_seed("baoding-2021-9-activity-plan.txt", org("正安县科协"))
    r = county.post(f"/api/plans/{zunyi_plan.pk}/filings/", {"document": doc.pk}, format="json")
    assert r.status_code == 201
    filings = api_for("zunyi-staff").get(f"/api/plans/{zunyi_plan.pk}/filings/").json()
    assert len(filings) == 16 and sum(f["filed"] for f in filings) == 1
    assert len(county.get(f"/api/plans/{zunyi_plan.pk}/filings/").json()) == 1
