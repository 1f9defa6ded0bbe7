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


# --- 推荐评选 and 典型库 (campaigns.py) ------------------------------------------------------------------------

class Stage(models.TextChoices):
    """A nomination's stages, in order: none may be skipped (campaigns.STEPS)."""

    NOMINATED = "nominated", "推荐"
    QUALIFICATION = "qualification", "资格审查"
    EVALUATION = "evaluation", "评审"
    PUBLICITY = "publicity", "公示"
    RESULT = "result", "结果"


class Outcome(models.TextChoices):
    PENDING = "", "未定"
    SELECTED = "selected", "入选"
    NOT_SELECTED = "not_selected", "未入选"


class Campaign(Audited, models.Model):
    """A 推荐评选 (陕西青年科技奖 2022, 两院院士候选人推选) an organisation runs for the units below it."""

    organisation = models.ForeignKey(Organisation, verbose_name="主办单位", on_delete=models.PROTECT,
                                     related_name="+")
    title = models.CharField("评选名称", max_length=200)
    award = models.CharField("奖项/称号", max_length=100)
    year = models.PositiveSmallIntegerField("年度")
    deadline = models.DateField("推荐截止日期")
    rules = models.TextField("评选办法", blank=True, default="")
    notice = models.ForeignKey("documents.Document", verbose_name="评选通知", null=True, blank=True,
                               on_delete=models.SET_NULL, related_name="+")
    publicity_start = models.DateField("公示开始", null=True, blank=True)
    publicity_end = models.DateField("公示结束", null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="创建人", null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField("创建时间", auto_now_add=True)

    AUDIT_FIELDS = ("title", "award", "year", "deadline", "rules", "notice", "publicity_start", "publicity_end")

    class Meta:
        verbose_name = "推荐评选"
        verbose_name_plural = "推荐评选"
        ordering = ["-year", "-deadline", "-id"]

    def __str__(self) -> str:
        return self.title


class CampaignQuota(Audited, models.Model):
    """How many people a unit below the campaign's organisation may nominate."""

    campaign = models.ForeignKey(Campaign, verbose_name="推荐评选", on_delete=models.CASCADE, related_name="quotas")
    organisation = models.ForeignKey(Organisation, verbose_name="推荐单位", on_delete=models.PROTECT,
                                     related_name="+")
    quota = models.PositiveSmallIntegerField("推荐名额")

    AUDIT_FIELDS = ("organisation", "quota")

    class Meta:
        verbose_name = "推荐名额"
        verbose_name_plural = "推荐名额"
        ordering = ["organisation__path"]
        constraints = [models.UniqueConstraint(fields=["campaign", "organisation"], name="campaign_quota_unique")]


class Nomination(Audited, models.Model):
    """One person of the register a unit nominates for a campaign, moved stage by stage to a result."""

    campaign = models.ForeignKey(Campaign, verbose_name="推荐评选", on_delete=models.CASCADE,
                                 related_name="nominations")
    organisation = models.ForeignKey(Organisation, verbose_name="推荐单位", on_delete=models.PROTECT,
                                     related_name="+")
    scientist = models.ForeignKey(Scientist, verbose_name="被推荐人", on_delete=models.PROTECT,
                                  related_name="nominations")
    reason = models.TextField("推荐理由")
    stage = models.CharField("阶段", max_length=20, choices=Stage.choices, default=Stage.NOMINATED)
    outcome = models.CharField("结果", max_length=20, choices=Outcome.choices, blank=True, default="")
    stage_reason = models.CharField("理由", max_length=500, blank=True, default="")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="推荐人", null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField("推荐时间", auto_now_add=True)
    stage_at = models.DateTimeField("进入本阶段", auto_now_add=True)

    AUDIT_FIELDS = ("scientist", "reason", "stage", "outcome", "stage_reason")

    class Meta:
        verbose_name = "推荐人选"
        verbose_name_plural = "推荐人选"
        ordering = ["campaign", "organisation__path", "id"]
        constraints = [models.UniqueConstraint(fields=["campaign", "scientist"], name="nomination_once")]
        indexes = [models.Index(fields=["campaign", "organisation"]),
                   models.Index(fields=["campaign", "stage"]),
                   models.Index(fields=["created_at"])]

    def __str__(self) -> str:
        return f"{self.scientist} · {self.campaign}"

    @property
    def stage_label(self) -> str:
        return self.get_outcome_display() if self.stage == Stage.RESULT else self.get_stage_display()


class StoredFile(models.Model):
    """A file kept as an original (bytes by sha256 in documents.storage), as ledger report attachments are."""

    filename = models.CharField("文件名", max_length=255)
    sha256 = models.CharField("SHA-256", max_length=64, db_index=True)
    size = models.PositiveBigIntegerField("大小")
    content_type = models.CharField("类型", max_length=100)

    class Meta:
        abstract = True
        ordering = ["id"]

    def __str__(self) -> str:
        return self.filename


class NominationMaterial(StoredFile):
    nomination = models.ForeignKey(Nomination, verbose_name="推荐人选", on_delete=models.CASCADE,
                                   related_name="materials")

    class Meta(StoredFile.Meta):
        verbose_name = "推荐材料"
        verbose_name_plural = "推荐材料"


class CaseKind(models.TextChoices):
    PERSON = "person", "典型人"
    EVENT = "event", "典型事"
    CASE = "case", "典型案例"


class TypicalCase(Audited, models.Model):
    """One entry of the 典型库: entered by hand, or collected from a ledger report marked 典型案例."""

    organisation = models.ForeignKey(Organisation, verbose_name="所属单位", on_delete=models.PROTECT,
                                     related_name="+")
    # The organisation whose editors entered it and may change it (the unit itself or one above it).
    owner = models.ForeignKey(Organisation, verbose_name="录入单位", on_delete=models.PROTECT, related_name="+")
    kind = models.CharField("类别", max_length=20, choices=CaseKind.choices, default=CaseKind.CASE)
    title = models.CharField("标题", max_length=200)
    text = models.TextField("内容")
    day = models.DateField("日期")
    people = models.ManyToManyField(Scientist, verbose_name="人物", blank=True, related_name="typical_cases")
    report = models.OneToOneField("ledger.Report", verbose_name="来源报送", null=True, blank=True,
                                  on_delete=models.SET_NULL, related_name="+")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="录入人", null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField("录入时间", auto_now_add=True)

    AUDIT_FIELDS = ("organisation", "kind", "title", "text", "day", "report")

    class Meta:
        verbose_name = "典型"
        verbose_name_plural = "典型库"
        ordering = ["-day", "-id"]
        indexes = [models.Index(fields=["organisation", "day"]), models.Index(fields=["day"])]

    def __str__(self) -> str:
        return self.title


class TypicalCaseAttachment(StoredFile):
    case = models.ForeignKey(TypicalCase, verbose_name="典型", on_delete=models.CASCADE, related_name="attachments")

    class Meta(StoredFile.Meta):
        verbose_name = "典型附件"
        verbose_name_plural = "典型附件"
