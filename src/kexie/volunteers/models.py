"""科技志愿者 and their teams (队伍), kept by organisations at every level."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_noop  # the labels go into the catalogue, shown translated

from kexie.audit.log import Audited
from kexie.documents.models import StoredFile
from kexie.orgs.models import Organisation
from kexie.workers.models import Scientist


class ServiceKind(models.TextChoices):
    # The national 科技志愿服务 platform's five kinds.
    TECHNICAL = "technical", gettext_noop("技术服务")
    LIVELIHOOD = "livelihood", gettext_noop("民生服务")
    POPULAR = "popular", gettext_noop("科普服务")
    EMERGENCY = "emergency", gettext_noop("应急服务")
    PROFESSIONAL = "professional", gettext_noop("专业服务")


class VolunteerState(models.TextChoices):
    PENDING = "pending", gettext_noop("待审核")
    ACTIVE = "active", gettext_noop("已注册")
    REJECTED = "rejected", gettext_noop("未通过")
    LEFT = "left", gettext_noop("已退出")


class Volunteer(Audited, models.Model):
    """One registered 科技志愿者, kept by the organisation they registered with."""

    organisation = models.ForeignKey(Organisation, verbose_name="注册组织", on_delete=models.PROTECT,
                                     related_name="volunteers")
    # A volunteer who is also in the scientists' register is linked, not copied.
    scientist = models.ForeignKey(Scientist, verbose_name="科技工作者档案", null=True, blank=True,
                                  on_delete=models.SET_NULL, related_name="volunteer_records")
    # Indexed for the search, which matches a name from its start (张, 张伟): one index range nationally.
    name = models.CharField("姓名", max_length=50, db_index=True)
    phone = models.CharField("联系电话", max_length=30)
    region = models.CharField("所在地区", max_length=100, blank=True, default="")
    work_unit = models.CharField("工作单位", max_length=200, blank=True, default="")
    expertise = models.CharField("专业特长", max_length=200, blank=True, default="")
    # Comma-free list of ServiceKind values, e.g. "popular technical".
    service_kinds = models.CharField("服务类别", max_length=100, blank=True, default="")
    is_sanzhang = models.BooleanField("三长", default=False)
    is_local_talent = models.BooleanField("乡土人才", default=False)
    availability = models.CharField("可服务时间", max_length=100, blank=True, default="")
    state = models.CharField("状态", max_length=10, choices=VolunteerState.choices, default=VolunteerState.ACTIVE)
    consent_at = models.DateTimeField("同意个人信息使用时间", null=True, blank=True)
    total_hours = models.DecimalField("累计服务时长", max_digits=9, decimal_places=1, default=0)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="登记人", null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField("登记时间", auto_now_add=True)
    # A public sign-up: the address and time it came from (the flood limit counts these), and the review.
    submitted_from = models.CharField("提交地址", max_length=45, blank=True, default="")
    submitted_at = models.DateTimeField("提交时间", null=True, blank=True)
    review_reason = models.CharField("审核意见", max_length=200, blank=True, default="")

    AUDIT_FIELDS = ("name", "phone", "region", "work_unit", "expertise", "service_kinds", "is_sanzhang",
                    "is_local_talent", "availability", "state", "scientist", "review_reason")

    class Meta:
        verbose_name = "科技志愿者"
        verbose_name_plural = "科技志愿者"
        ordering = ["organisation", "name", "id"]
        indexes = [
            # The list's page of ids is read from this index alone (subtree, state, name order, kinds, tags):
            # 5,000,000 rows never leave the index for a page of 50 (bench/volunteers.py).
            models.Index(fields=["organisation", "state", "name", "id", "service_kinds", "is_sanzhang",
                                 "is_local_talent"], name="volunteer_list"),
            models.Index(fields=["submitted_from", "submitted_at"], name="volunteer_pending_from",
                         condition=Q(state="pending")),
        ]
        constraints = [
            # One live registration per phone, whatever the race (two imports, a sign-up and a form at once).
            models.UniqueConstraint(fields=["phone"], condition=Q(state__in=["pending", "active"]),
                                    name="volunteer_unique_live_phone"),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def kind_labels(self) -> list[str]:
        labels = dict(ServiceKind.choices)
        return [labels[code] for code in self.service_kinds.split() if code in labels]


class Team(Audited, models.Model):
    """A 科技志愿服务队 (or 科普专家宣讲团) owned by one organisation at any level."""

    organisation = models.ForeignKey(Organisation, verbose_name="所属组织", on_delete=models.PROTECT,
                                     related_name="volunteer_teams")
    name = models.CharField("队伍名称", max_length=200)
    service_kind = models.CharField("服务类别", max_length=20, choices=ServiceKind.choices,
                                    default=ServiceKind.POPULAR)
    leader = models.ForeignKey(Volunteer, verbose_name="队长", null=True, blank=True, on_delete=models.SET_NULL,
                               related_name="led_teams")
    members = models.ManyToManyField(Volunteer, verbose_name="队员", blank=True, related_name="teams")
    description = models.CharField("简介", max_length=500, blank=True, default="")
    created_at = models.DateTimeField("建立时间", auto_now_add=True)

    AUDIT_FIELDS = ("name", "service_kind", "leader", "description")

    class Meta:
        verbose_name = "志愿服务队伍"
        verbose_name_plural = "志愿服务队伍"
        ordering = ["organisation", "name", "id"]
        constraints = [models.UniqueConstraint(fields=["organisation", "name"], name="team_unique_name")]

    def __str__(self) -> str:
        return self.name


# --- activities, service hours and campaigns (volunteers/activities.py writes them) ---------------------------

class Campaign(Audited, models.Model):
    """全国科普日 2026, 学雷锋科技志愿服务周: activities of every level under its organisation join it."""

    organisation = models.ForeignKey(Organisation, verbose_name="主办组织", on_delete=models.PROTECT,
                                     related_name="volunteer_campaigns")
    name = models.CharField("名称", max_length=100)
    start_date = models.DateField("开始日期")
    end_date = models.DateField("结束日期")
    description = models.CharField("说明", max_length=500, blank=True, default="")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="创建人", null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField("创建时间", auto_now_add=True)

    AUDIT_FIELDS = ("name", "start_date", "end_date", "description")

    class Meta:
        verbose_name = "志愿服务主题活动"
        verbose_name_plural = "志愿服务主题活动"
        ordering = ["-start_date", "id"]
        constraints = [models.UniqueConstraint(fields=["organisation", "name"], name="campaign_unique_name")]

    def __str__(self) -> str:
        return self.name


class Activity(Audited, models.Model):
    """One 科技志愿服务 activity, organised by one organisation, perhaps under a campaign and for a ledger task."""

    organisation = models.ForeignKey(Organisation, verbose_name="组织单位", on_delete=models.PROTECT,
                                     related_name="volunteer_activities")
    title = models.CharField("活动名称", max_length=200)
    kind = models.CharField("服务类别", max_length=20, choices=ServiceKind.choices, default=ServiceKind.POPULAR)
    start_date = models.DateField("开始日期")
    end_date = models.DateField("结束日期")
    place = models.CharField("活动地点", max_length=200, blank=True, default="")
    description = models.TextField("活动内容", blank=True, default="")
    audience = models.PositiveIntegerField("服务对象人次", default=0)
    campaign = models.ForeignKey(Campaign, verbose_name="主题活动", null=True, blank=True, on_delete=models.PROTECT,
                                 related_name="activities")
    # The ledger task it carries out (全国科普日): it counts as progress of the organiser's assignment on it.
    task = models.ForeignKey("ledger.Task", verbose_name="关联任务", null=True, blank=True, on_delete=models.SET_NULL,
                             related_name="volunteer_activities")
    teams = models.ManyToManyField(Team, verbose_name="参与队伍", blank=True, related_name="activities")
    participants = models.ManyToManyField(Volunteer, verbose_name="参与志愿者", blank=True,
                                          related_name="activities")
    # Kept exact in the transaction that confirms or withdraws a record: the roll-ups sum a column, not the
    # millions of records.
    confirmed_hours = models.DecimalField("已确认服务时长", max_digits=12, decimal_places=1, default=0)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="登记人", null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField("登记时间", auto_now_add=True)

    AUDIT_FIELDS = ("title", "kind", "start_date", "end_date", "place", "audience", "campaign", "task")

    class Meta:
        verbose_name = "志愿服务活动"
        verbose_name_plural = "志愿服务活动"
        ordering = ["-start_date", "-id"]
        indexes = [models.Index(fields=["organisation", "kind"], name="activity_org_kind"),
                   models.Index(fields=["start_date"], name="activity_start"),
                   models.Index(fields=["campaign", "organisation"], name="activity_campaign"),
                   models.Index(fields=["task", "organisation"], name="activity_task")]

    def __str__(self) -> str:
        return self.title

    @property
    def days(self) -> int:
        return (self.end_date - self.start_date).days + 1


class ActivityFile(StoredFile):
    """A photo or file of an activity."""

    activity = models.ForeignKey(Activity, verbose_name="活动", on_delete=models.CASCADE, related_name="files")
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="上传人", null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="+")
    uploaded_at = models.DateTimeField("上传时间", auto_now_add=True)

    class Meta(StoredFile.Meta):
        verbose_name = "活动照片和附件"
        verbose_name_plural = "活动照片和附件"

    @property
    def is_photo(self) -> bool:
        return self.content_type.startswith("image/")


class RecordState(models.TextChoices):
    PENDING = "pending", "待确认"
    CONFIRMED = "confirmed", "已确认"


class ServiceRecord(Audited, models.Model):
    """A volunteer's hours in one activity; confirmed ones add up to Volunteer.total_hours."""

    activity = models.ForeignKey(Activity, verbose_name="活动", on_delete=models.CASCADE, related_name="records")
    volunteer = models.ForeignKey(Volunteer, verbose_name="志愿者", on_delete=models.PROTECT,
                                  related_name="service_records")
    hours = models.DecimalField("服务时长（小时）", max_digits=6, decimal_places=1)
    state = models.CharField("状态", max_length=10, choices=RecordState.choices, default=RecordState.PENDING)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="登记人", null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="+")
    confirmed_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="确认人", null=True, blank=True,
                                     on_delete=models.SET_NULL, related_name="+")
    confirmed_at = models.DateTimeField("确认时间", null=True, blank=True)

    AUDIT_FIELDS = ("hours", "state")

    class Meta:
        verbose_name = "志愿服务记录"
        verbose_name_plural = "志愿服务记录"
        ordering = ["activity", "id"]
        constraints = [models.UniqueConstraint(fields=["activity", "volunteer"], name="service_record_once"),
                       models.CheckConstraint(condition=models.Q(hours__gt=0), name="service_record_hours_positive")]
        indexes = [models.Index(fields=["volunteer", "state"], name="service_record_volunteer")]

    def __str__(self) -> str:
        return f"{self.volunteer_id}@{self.activity_id}: {self.hours}"

    def snapshot(self) -> dict:
        # Hours as text: the history is JSON, and a Decimal is not.
        return {"volunteer": self.volunteer_id, "hours": str(self.hours), "state": self.state}


class VolunteerCount(models.Model):
    """The roll-up's figures per organisation (and activity kind), kept exact in the transaction of every write
    that changes them (volunteers/counts.py): the three-level roll-up sums these few thousand rows instead of
    counting 5,000,000 volunteers and 300,000 activities. kind "" holds the active volunteers and the teams; a
    kind's row its activities, their confirmed hours and audience."""

    organisation = models.ForeignKey(Organisation, verbose_name="组织", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField("服务类别", max_length=20, blank=True, default="")
    volunteers = models.BigIntegerField("已注册志愿者", default=0)
    teams = models.BigIntegerField("队伍", default=0)
    activities = models.BigIntegerField("活动场次", default=0)
    hours = models.DecimalField("已确认服务时长", max_digits=15, decimal_places=1, default=0)
    audience = models.BigIntegerField("服务对象人次", default=0)

    class Meta:
        verbose_name = "志愿服务统计"
        verbose_name_plural = "志愿服务统计"
        constraints = [models.UniqueConstraint(fields=["organisation", "kind"], name="volunteer_count_unique")]

    def __str__(self) -> str:
        return f"{self.organisation_id}/{self.kind}"
