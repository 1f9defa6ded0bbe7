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


def _old_database(target):
    """The schema as of target, with a city and its county: (historical apps, city, county)."""
    executor = MigrationExecutor(connection)
    executor.migrate(target)
    apps = executor.loader.project_state(target).apps
    Organisation = apps.get_model("orgs", "Organisation")
    city = Organisation.objects.create(name="甲市科学技术协会", level=3, path="00000001/")
    county = Organisation.objects.create(name="甲一县科学技术协会", level=4, parent=city, path="00000001/00000002/")
    return apps, city, county


def test_history_of_the_first_release_moves_into_the_audit_log():
    apps, city, county = _old_database(OLD)
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


def test_per_assignment_publish_entries_fold_into_the_plan():
    """0009: the plan learns who published it, and the 交办 entries publishing wrote per assignment go (the
    history reads that step from the plan); every other entry stays."""
    apps, city, county = _old_database([("ledger", "0008_publish_constraints"), ("audit", "0004_admin_index")])
    user = apps.get_model("auth", "User").objects.create(username="publisher")
    plan = apps.get_model("ledger", "Plan").objects.create(organisation=city, title="方案", year=2022)
    task = apps.get_model("ledger", "Task").objects.create(plan=plan, outline_id="1", heading="任务")
    a = apps.get_model("ledger", "Assignment").objects.create(task=task, plan=plan, organisation=county)
    Entry = apps.get_model("audit", "Entry")
    common = {"plan_id": plan.pk, "user_id": user.pk, "organisation_id": city.pk}
    Entry.objects.create(object_type="ledger.plan", object_id=plan.pk, action="publish", scope_path=city.path,
                         **common)
    Entry.objects.create(object_type="ledger.assignment", object_id=a.pk, action="assign", scope_path=county.path,
                         after={"status": "assigned"}, **common)
    Entry.objects.create(object_type="ledger.assignment", object_id=a.pk, action="accept", scope_path=county.path,
                         before={"status": "assigned"}, after={"status": "accepted"}, **common)

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(_latest(executor))

    from kexie.audit.models import Entry
    from kexie.ledger.models import Plan
    assert Plan.objects.get(pk=plan.pk).published_by_id == user.pk
    assert sorted(Entry.objects.filter(plan_id=plan.pk).values_list("action", flat=True)) == ["accept", "publish"]
