"""工作简报: a numbered briefing of an organisation compiled from its subtree's reports of a period."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from kexie.audit.log import Audited
from kexie.orgs.models import Organisation


class Briefing(Audited, models.Model):
    """第N期 of an organisation's 工作简报 of a year: its items are the chosen reports' texts as the editor left them,
    each with the report's id and unit (a report deleted later leaves its item as printed)."""

    organisation = models.ForeignKey(Organisation, verbose_name="编发单位", on_delete=models.PROTECT,
                                     related_name="+")
    year = models.PositiveSmallIntegerField("年度")
    number = models.PositiveIntegerField("期号")
    title = models.CharField("标题", max_length=200)
    start = models.DateField("起始日期")
    end = models.DateField("截止日期")
    # [{"report": id, "unit": "甲一县科协", "heading": "开展科普活动", "text": "…", "typical": true}, …]
    items = models.JSONField("内容", default=list)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="编发人", null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField("编发时间", default=timezone.now)

    AUDIT_FIELDS = ("organisation", "year", "number", "title", "start", "end")

    class Meta:
        verbose_name = "工作简报"
        verbose_name_plural = "工作简报"
        ordering = ["-year", "-number"]
        constraints = [models.UniqueConstraint(fields=["organisation", "year", "number"],
                                               name="briefing_number_per_year")]

    def __str__(self) -> str:
        return f"{self.title}（{self.year}年第{self.number}期）"

    @property
    def created_on(self):
        return timezone.localdate(self.created_at)

    def sections(self) -> list[tuple[dict, list[str]]]:
        """(item, its paragraphs: the text's non-empty lines), as the page and the Word file both lay them out."""
        return [(item, [line.strip() for line in item["text"].splitlines() if line.strip()]) for item in self.items]


class ExportState(models.TextChoices):
    QUEUED = "queued", "排队中"
    RUNNING = "running", "生成中"
    DONE = "done", "已生成"
    FAILED = "failed", "生成失败"


class ExportJob(models.Model):
    """An xlsx too large to make while the browser waits (a national 台账, a dashboard's whole list): the worker
    makes it as the user who asked, into the data directory, and the user downloads it from the job's page."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="申请人", on_delete=models.CASCADE,
                             related_name="+")
    kind = models.CharField("类型", max_length=40)
    params = models.JSONField("参数", default=dict)
    filename = models.CharField("文件名", max_length=200)
    rows = models.PositiveIntegerField("约计行数", default=0)
    state = models.CharField("状态", max_length=10, choices=ExportState.choices, default=ExportState.QUEUED)
    size = models.PositiveBigIntegerField("大小", default=0)
    error = models.CharField("错误", max_length=500, blank=True, default="")
    created_at = models.DateTimeField("申请时间", default=timezone.now)
    finished_at = models.DateTimeField("完成时间", null=True, blank=True)

    class Meta:
        verbose_name = "导出任务"
        verbose_name_plural = "导出任务"
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["user", "-created_at"])]

    def __str__(self) -> str:
        return self.filename

    @property
    def is_pending(self) -> bool:
        return self.state in (ExportState.QUEUED, ExportState.RUNNING)
