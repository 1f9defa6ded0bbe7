"""The register of 科技工作者 (scientists and engineers) a 科协 keeps, and what it does for them."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from kexie.audit.log import Audited
from kexie.orgs.models import Organisation


class Gender(models.TextChoices):
    MALE = "男", "男"
    FEMALE = "女", "女"


class ScientistTag(models.Model):
    """A label offices filter the register by: 院士, 青年科技人才, 三长, 乡土人才, …"""

    name = models.CharField("标签", max_length=30, unique=True)
    order = models.PositiveSmallIntegerField("排序", default=0)

    class Meta:
        verbose_name = "人才标签"
        verbose_name_plural = "人才标签"
        ordering = ["order", "name"]

    def __str__(self) -> str:
        return self.name


class Scientist(Audited, models.Model):
    """One 科技工作者 in the register, kept by one organisation (who sees the personal data: its subtree's editors)."""

    organisation = models.ForeignKey(Organisation, verbose_name="建档组织", on_delete=models.PROTECT,
                                     related_name="scientists")
    name = models.CharField("姓名", max_length=50)
    gender = models.CharField("性别", max_length=1, choices=Gender.choices, blank=True, default="")
    birth_year = models.PositiveSmallIntegerField("出生年份", null=True, blank=True)
    work_unit = models.CharField("工作单位", max_length=200, blank=True, default="")
    field = models.CharField("专业领域", max_length=100, blank=True, default="")
    title = models.CharField("职称", max_length=50, blank=True, default="")
    honours = models.CharField("荣誉称号", max_length=500, blank=True, default="")
    phone = models.CharField("联系电话", max_length=30, blank=True, default="")
    email = models.EmailField("电子邮箱", blank=True, default="")
    tags = models.ManyToManyField(ScientistTag, verbose_name="标签", blank=True, related_name="scientists")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="建档人", null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField("建档时间", auto_now_add=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True)

    AUDIT_FIELDS = ("name", "gender", "birth_year", "work_unit", "field", "title", "honours", "phone", "email")

    class Meta:
        verbose_name = "科技工作者"
        verbose_name_plural = "科技工作者"
        ordering = ["organisation", "name", "id"]
        indexes = [
            models.Index(fields=["organisation", "name"]),
            models.Index(fields=["name", "work_unit"]),
        ]

    def __str__(self) -> str:
        return self.name
