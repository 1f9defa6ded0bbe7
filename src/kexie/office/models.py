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
