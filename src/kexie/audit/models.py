"""One audit Entry per change anywhere: keyed by object and by the organisation that owns the object.

`scope_path` is the materialised path (orgs.Organisation.path) of the owner — the assignee for an
assignment, report or filing, the issuer for a plan and its draft — so "what may this user read" is one
prefix match on a plan's or an object's entries, the same rule as for the objects. `plan_id` is a plain integer, not a foreign key:
the history of a deleted plan stays.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

# Labels other apps register (audit imports none of them): object_type → label, action → label.
OBJECT_LABELS: dict[str, str] = {}
ACTION_LABELS: dict[str, str] = {}


class Entry(models.Model):
    at = models.DateTimeField("时间", default=timezone.now)
    # Publishing a national plan writes 112,000 entries in one statement: foreign-key checks and indexes on
    # these two columns were half its cost. Django still sets them NULL when a user or unit is deleted (a
    # scan, and a rare one); the log is read by object, plan, scope and time.
    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="操作人", null=True, blank=True,
                             on_delete=models.SET_NULL, related_name="+", db_constraint=False, db_index=False)
    organisation = models.ForeignKey("orgs.Organisation", verbose_name="操作单位", null=True, blank=True,
                                     on_delete=models.SET_NULL, related_name="+", db_constraint=False,
                                     db_index=False)
    action = models.CharField("操作", max_length=40)
    object_type = models.CharField("对象", max_length=40)
    object_id = models.PositiveBigIntegerField("对象编号", null=True, blank=True)
    scope_path = models.CharField("所属单位路径", max_length=255, default="")
    plan_id = models.PositiveBigIntegerField("台账编号", null=True, blank=True)
    before = models.JSONField("变更前", default=dict, blank=True)
    after = models.JSONField("变更后", default=dict, blank=True)
    reason = models.TextField("理由", blank=True, default="")

    class Meta:
        verbose_name = "变更记录"
        verbose_name_plural = "变更记录"
        ordering = ["-at", "-id"]
        # No index on scope_path: every read filters by plan or by object first (the indexes below) and the
        # scope's prefix match only thins those rows; a plain index could not serve LIKE 'prefix%' under a
        # non-C collation anyway (that needs varchar_pattern_ops), and each index is paid 112,000 times per
        # national publish. Nor on `at` alone: the admin lists the whole log by id (entries are appended in
        # time order), every other read is of a plan or an object.
        indexes = [
            models.Index(fields=["object_type", "object_id", "at"], name="audit_object_at"),
            # With id: publishing writes 112,000 entries with one timestamp, and "a plan's latest entries"
            # must stay one backward index scan, not a sort of that tie.
            models.Index(fields=["plan_id", "at", "id"], name="audit_plan_at_id"),
            # 催办 in a period (the 通报's urged units): partial, so no other entry pays for it.
            models.Index(fields=["object_type", "at"], name="audit_urge_at", condition=models.Q(action="urge")),
        ]

    def __str__(self) -> str:
        return f"{self.object_type}#{self.object_id} {self.action}"

    @property
    def action_label(self) -> str:
        return ACTION_LABELS.get(self.action, self.action)

    @property
    def object_label(self) -> str:
        return OBJECT_LABELS.get(self.object_type, self.object_type)

    @property
    def diff(self) -> list[tuple[str, object, object]]:
        """(field, before, after) for the fields that changed."""
        keys = list(dict.fromkeys([*self.before.keys(), *self.after.keys()]))
        return [(k, self.before.get(k), self.after.get(k)) for k in keys if self.before.get(k) != self.after.get(k)]
