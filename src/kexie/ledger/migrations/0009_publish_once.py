"""Publishing is logged once per plan: the plan records who published it, each assignment's 交办 step is made
from that when its history is read (reads.assignment_history), and the per-assignment 交办 entries publishing
used to write (one per assignment, all saying the same) are removed. Assignments drop their database
constraints on task, organisation and department (see the model)."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def fill_published_by(apps, schema_editor):
    Plan = apps.get_model("ledger", "Plan")
    Entry = apps.get_model("audit", "Entry")
    for plan_id, user_id in (Entry.objects.filter(object_type="ledger.plan", action="publish")
                             .order_by("at", "id").values_list("object_id", "user_id")):
        Plan.objects.filter(pk=plan_id).update(published_by_id=user_id)
    Entry.objects.filter(object_type="ledger.assignment", action="assign").delete()


class Migration(migrations.Migration):

    dependencies = [
        ('ledger', '0008_publish_constraints'),
        ('orgs', '0001_initial'),
        ('audit', '0004_admin_index'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name='plan',
            name='published_by',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='下发人'),
        ),
        migrations.AlterField(
            model_name='assignment',
            name='department',
            field=models.ForeignKey(blank=True, db_constraint=False, db_index=False, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='assignments', to='orgs.department', verbose_name='承办部门'),
        ),
        migrations.AlterField(
            model_name='assignment',
            name='task',
            field=models.ForeignKey(db_constraint=False, db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name='assignments', to='ledger.task', verbose_name='任务'),
        ),
        migrations.AlterField(
            model_name='assignment',
            name='organisation',
            field=models.ForeignKey(db_constraint=False, db_index=False, on_delete=django.db.models.deletion.PROTECT, related_name='assignments', to='orgs.organisation', verbose_name='承办单位'),
        ),
        migrations.RunPython(fill_published_by, migrations.RunPython.noop, elidable=True),
    ]
