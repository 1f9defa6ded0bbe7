"""The ledger's Change rows move into the audit log (kexie.audit.Entry), keyed by owner and object."""

from django.db import migrations

# Old object_type → (new object_type, how its owner is found).
TYPES = {"plan": "ledger.plan", "task": "ledger.task", "assignment": "ledger.assignment", "report": "ledger.report",
         "filing": "ledger.filing", "match": "ledger.namematch", "recipient": "ledger.planrecipient"}


def copy_changes(apps, schema_editor):
    Change = apps.get_model("ledger", "Change")
    Entry = apps.get_model("audit", "Entry")
    issuer_path = dict(apps.get_model("ledger", "Plan").objects.values_list("pk", "organisation__path"))
    # Objects owned by their unit (the assignee), looked up per chunk so memory stays bounded.
    owners = {"assignment": (apps.get_model("ledger", "Assignment"), "organisation__path"),
              "report": (apps.get_model("ledger", "Report"), "assignment__organisation__path"),
              "filing": (apps.get_model("ledger", "Filing"), "organisation__path")}
    last = 0
    while True:
        chunk = list(Change.objects.filter(pk__gt=last).order_by("pk")[:2000])
        if not chunk:
            break
        last = chunk[-1].pk
        paths = {kind: dict(model.objects.filter(pk__in=[c.object_id for c in chunk if c.object_type == kind])
                            .values_list("pk", field)) for kind, (model, field) in owners.items()}
        Entry.objects.bulk_create([
            Entry(at=c.at, user_id=c.user_id, organisation_id=c.organisation_id, action=c.action,
                  object_type=TYPES.get(c.object_type, c.object_type), object_id=c.object_id,
                  scope_path=paths.get(c.object_type, {}).get(c.object_id) or issuer_path.get(c.plan_id, ""),
                  plan_id=c.plan_id, before=c.before, after=c.after, reason=c.reason)
            for c in chunk])


class Migration(migrations.Migration):

    dependencies = [
        ("ledger", "0001_initial"),
        ("audit", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(copy_changes, migrations.RunPython.noop),
        migrations.DeleteModel(name="Change"),
    ]
