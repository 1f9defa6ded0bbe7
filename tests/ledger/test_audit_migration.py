"""A database of the first release keeps its ledger history: migrating moves each Change into the audit log,
owned by the unit the object belongs to (the assignee for assignments and reports, the issuer otherwise)."""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

pytestmark = pytest.mark.django_db(transaction=True)

OLD = [("ledger", "0001_initial"), ("audit", "0001_initial")]


def _latest(executor):
    return executor.loader.graph.leaf_nodes()


def test_history_of_the_first_release_moves_into_the_audit_log():
    executor = MigrationExecutor(connection)
    executor.migrate(OLD)
    apps = executor.loader.project_state(OLD).apps
    Organisation = apps.get_model("orgs", "Organisation")
    city = Organisation.objects.create(name="甲市科学技术协会", level=3, path="00000001/")
    county = Organisation.objects.create(name="甲一县科学技术协会", level=4, parent=city, path="00000001/00000002/")
    plan = apps.get_model("ledger", "Plan").objects.create(organisation=city, title="方案", year=2022)
    task = apps.get_model("ledger", "Task").objects.create(plan=plan, outline_id="1", heading="任务")
    a = apps.get_model("ledger", "Assignment").objects.create(task=task, plan=plan, organisation=county)
    Change = apps.get_model("ledger", "Change")
    Change.objects.create(plan=plan, object_type="plan", object_id=plan.pk, action="publish", organisation=city)
    Change.objects.create(plan=plan, object_type="assignment", object_id=a.pk, action="accept",
                          organisation=county, before={"status": "assigned"}, after={"status": "accepted"},
                          reason="已签收")

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(_latest(executor))

    from kexie.audit.models import Entry
    entries = {e.object_type: e for e in Entry.objects.filter(plan_id=plan.pk)}
    assert set(entries) == {"ledger.plan", "ledger.assignment"}
    assert entries["ledger.plan"].scope_path == "00000001/"
    moved = entries["ledger.assignment"]
    assert (moved.scope_path, moved.object_id, moved.action) == ("00000001/00000002/", a.pk, "accept")
    assert (moved.before, moved.after, moved.reason) == ({"status": "assigned"}, {"status": "accepted"}, "已签收")
