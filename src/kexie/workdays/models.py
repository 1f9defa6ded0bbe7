"""Corrections to the official calendar, and the years an administrator has declared complete.

The State Council publishes next year's holidays in November; `chinese-calendar` may not know them yet. An
administrator of a top organisation enters the days (a page or an xlsx) and declares the year complete; until
then a date in that year is counted as weekends only *and* flagged (calendar.unknown_years), never silently.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models


class DayOverride(models.Model):
    """One day whose status differs from (or is missing in) the library: a holiday or a make-up workday."""

    # What the audit log keeps of it (kexie.audit.log.snapshot): changes.py records every change.
    AUDIT_FIELDS = ("date", "is_workday", "name")

    date = models.DateField("日期", unique=True)
    is_workday = models.BooleanField("是否工作日")
    name = models.CharField("说明", max_length=50, blank=True, default="")  # 国庆节, 国庆节调休上班
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="修改人", null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    updated_at = models.DateTimeField("修改时间", auto_now=True)

    class Meta:
        verbose_name = "节假日调整"
        verbose_name_plural = "节假日调整"
        ordering = ["date"]

    def __str__(self) -> str:
        return f"{self.date} {'班' if self.is_workday else '休'} {self.name}"


class DeclaredYear(models.Model):
    """A year whose holidays and make-up days have all been entered as overrides (the library lacks it)."""

    AUDIT_FIELDS = ("year",)

    year = models.PositiveSmallIntegerField("年份", unique=True)
    declared_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="确认人", null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="+")
    declared_at = models.DateTimeField("确认时间", auto_now_add=True)

    class Meta:
        verbose_name = "已录入年度"
        verbose_name_plural = "已录入年度"
        ordering = ["year"]

    def __str__(self) -> str:
        return str(self.year)
