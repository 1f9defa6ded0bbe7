"""The audit log: one Entry per change, indexed by object, by plan and by owner."""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('orgs', '0001_initial'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='Entry',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='时间')),
                ('action', models.CharField(max_length=40, verbose_name='操作')),
                ('object_type', models.CharField(max_length=40, verbose_name='对象')),
                ('object_id', models.PositiveBigIntegerField(blank=True, null=True, verbose_name='对象编号')),
                ('scope_path', models.CharField(default='', max_length=255, verbose_name='所属单位路径')),
                ('plan_id', models.PositiveBigIntegerField(blank=True, null=True, verbose_name='台账编号')),
                ('before', models.JSONField(blank=True, default=dict, verbose_name='变更前')),
                ('after', models.JSONField(blank=True, default=dict, verbose_name='变更后')),
                ('reason', models.TextField(blank=True, default='', verbose_name='理由')),
                ('organisation', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='orgs.organisation', verbose_name='操作单位')),
                ('user', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='操作人')),
            ],
            options={
                'verbose_name': '变更记录',
                'verbose_name_plural': '变更记录',
                'ordering': ['-at', '-id'],
                'indexes': [models.Index(fields=['object_type', 'object_id', 'at'], name='audit_object_at'), models.Index(fields=['plan_id', 'at'], name='audit_plan_at'), models.Index(fields=['scope_path'], name='audit_scope'), models.Index(fields=['at'], name='audit_at')],
            },
        ),
    ]
