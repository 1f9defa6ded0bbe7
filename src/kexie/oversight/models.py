"""Oversight's records: in-app notices (临期, 逾期, 催办), each user's email choice, the 催办 sent, the scheduler's runs.

A Notice is one event for one user; (recipient, event_key) is unique, so whoever inserts an event a second time —
a daily run, a second worker, a rerun after a crash — inserts nothing (ON CONFLICT DO NOTHING). Its email is
claimed and marked sent row by row (notices.send_pending), so each is emailed once.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q

from kexie.ledger.models import Assignment, Plan
from kexie.orgs.models import Organisation


class NoticeKind(models.TextChoices):
    DUE_SOON = "due_soon", "临期"
    OVERDUE = "overdue", "逾期"
    URGE = "urge", "催办"


class EmailState(models.TextChoices):
    PENDING = "pending", "待发送"
    SENT = "sent", "已发送"
    OFF = "off", "本人已关闭邮件"
    NO_ADDRESS = "no_address", "无邮箱地址"


class Urge(models.Model):
    """催办: a message a supervisor or the issuer sent about one assignment (one row per assignment of a batch)."""

    assignment = models.ForeignKey(Assignment, verbose_name="交办", on_delete=models.CASCADE, related_name="+")
    plan = models.ForeignKey(Plan, verbose_name="台账", on_delete=models.CASCADE, related_name="+",
                             db_index=False, db_constraint=False)
    sender = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="催办人", null=True, blank=True,
                               on_delete=models.SET_NULL, related_name="+", db_index=False)
    sender_organisation = models.ForeignKey(Organisation, verbose_name="催办单位", on_delete=models.PROTECT,
                                            related_name="+", db_index=False)
    message = models.TextField("催办内容")
    created_at = models.DateTimeField("催办时间", auto_now_add=True)

    class Meta:
        verbose_name = "催办"
        verbose_name_plural = "催办"
        ordering = ["-created_at", "-id"]
        indexes = [
            # The sender organisation's "sent 催办" list, newest first.
            models.Index(fields=["sender_organisation", "-id"], name="urge_sender_org"),
            models.Index(fields=["assignment", "-id"], name="urge_assignment"),
        ]

    def __str__(self) -> str:
        return self.message[:40]


class Notice(models.Model):
    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="接收人", on_delete=models.CASCADE,
                                  related_name="+", db_index=False)
    kind = models.CharField("类型", max_length=20, choices=NoticeKind.choices)
    # None for a notice of another app's job (reminders.register_job): its text says it all.
    assignment = models.ForeignKey(Assignment, verbose_name="交办", on_delete=models.CASCADE, related_name="+",
                                   db_index=False, null=True, blank=True)
    plan = models.ForeignKey(Plan, verbose_name="台账", on_delete=models.CASCADE, related_name="+",
                             db_index=False, db_constraint=False, null=True, blank=True)
    # The due date the event is about (临期/逾期): an agreed extension moves it, and so makes a new event.
    due_date = models.DateField("完成时限", null=True, blank=True)
    urge = models.ForeignKey(Urge, verbose_name="催办", null=True, blank=True, on_delete=models.CASCADE,
                             related_name="notices", db_index=False)
    text = models.TextField("内容", blank=True, default="")
    # due_soon:<assignment>:<due date>, overdue:<assignment>:<due date>, urge:<urge id>
    event_key = models.CharField("事件", max_length=100)
    created_at = models.DateTimeField("时间", auto_now_add=True)
    read_at = models.DateTimeField("已读时间", null=True, blank=True)
    email_state = models.CharField("邮件", max_length=20, choices=EmailState.choices, default=EmailState.PENDING)
    emailed_at = models.DateTimeField("邮件发送时间", null=True, blank=True)

    class Meta:
        verbose_name = "通知"
        verbose_name_plural = "通知"
        ordering = ["-id"]
        constraints = [
            models.UniqueConstraint(fields=["recipient", "event_key"], name="notice_unique_event"),
        ]
        indexes = [
            # A user's list, newest first, and their unread count: partial, so read notices cost it nothing.
            models.Index(fields=["recipient", "-id"], name="notice_recipient"),
            models.Index(fields=["recipient"], name="notice_unread", condition=Q(read_at__isnull=True)),
            # What the mailer still has to send, by recipient (one email per user per pass).
            models.Index(fields=["recipient", "id"], name="notice_email_pending",
                         condition=Q(email_state="pending")),
            models.Index(fields=["assignment"], name="notice_assignment"),
        ]

    def __str__(self) -> str:
        return self.event_key


class NoticePreference(models.Model):
    """A user's own choice about notices: email on or off (in-app notices always stay)."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, verbose_name="用户", on_delete=models.CASCADE,
                                related_name="notice_preference")
    email = models.BooleanField("邮件提醒", default=True)

    class Meta:
        verbose_name = "提醒设置"
        verbose_name_plural = "提醒设置"


class ScheduledRun(models.Model):
    """One scheduled job's run for one day: the unique (job, day) lets exactly one worker enqueue it."""

    job = models.CharField(max_length=50)
    day = models.DateField()
    enqueued_at = models.DateTimeField(auto_now_add=True)
    task_id = models.CharField(max_length=64, blank=True, default="")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["job", "day"], name="scheduled_run_unique_day")]

    def __str__(self) -> str:
        return f"{self.job} {self.day}"
