"""The tags the plans name: 院士, 青年科技人才, 三长, 乡土人才 (offices add others in the admin)."""

from django.db import migrations

TAGS = ["院士", "青年科技人才", "三长", "乡土人才"]


def add(apps, schema_editor):
    ScientistTag = apps.get_model("workers", "ScientistTag")
    for order, name in enumerate(TAGS):
        ScientistTag.objects.get_or_create(name=name, defaults={"order": order})


class Migration(migrations.Migration):
    dependencies = [("workers", "0002_register_visits_contacts")]
    operations = [migrations.RunPython(add, migrations.RunPython.noop)]
