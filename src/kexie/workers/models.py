"""The register of 科技工作者 (scientists and engineers) a 科协 keeps, and what it does for them."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from kexie.audit.log import Audited
from kexie.documents.models import StoredFile
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
            # The search matches a name or a unit from its start (王, 王伟, 第一中学): an index range even over a
            # million records (pattern ops: PostgreSQL's LIKE 'x%' under any collation); the keeper is in the
            # name's index so the capped count reads the index alone.
            models.Index(fields=["name"], opclasses=["varchar_pattern_ops"], include=["organisation"],
                         name="scientist_name_prefix"),
            models.Index(fields=["work_unit"], opclasses=["varchar_pattern_ops"], name="scientist_unit_prefix"),
            # Gender and age bands, the common combined filter: the matching ids (and keepers, for the subtree) from
            # the index alone, joined to a tag's ids for the capped count.
            models.Index(fields=["gender", "birth_year", "organisation", "id"], name="scientist_gender_age"),
        ]

    def __str__(self) -> str:
        return self.name


# --- the register's reads, 走访慰问 and 联系制度 (register helper's block) ------------------------------------------

class ScientistView(models.Model):
    """One view of a whole record (phones, e-mail, birth year unmasked): who, which record, when."""

    scientist = models.ForeignKey(Scientist, verbose_name="科技工作者", on_delete=models.CASCADE, related_name="views")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="查看人", null=True, on_delete=models.SET_NULL,
                             related_name="+")
    # The keeper's path at the time, so an administrator's list of views is one prefix match.
    scope_path = models.CharField(max_length=255, db_index=True)
    via = models.CharField("途径", max_length=10, default="page")  # page, api
    at = models.DateTimeField("查看时间", auto_now_add=True)

    class Meta:
        verbose_name = "查看记录"
        verbose_name_plural = "查看记录"
        ordering = ["-id"]


class ContactKind(models.TextChoices):
    VISIT = "走访", "走访"
    CONDOLENCE = "慰问", "慰问"
    FORUM = "座谈", "座谈"
    PHONE = "电话", "电话"
    SURVEY = "调研", "调研"


# The kinds counted as 走访慰问 on the dashboard (the others are contacts only).
VISIT_KINDS = (ContactKind.VISIT, ContactKind.CONDOLENCE)


class Visit(Audited, models.Model):
    """A 走访/慰问/座谈/电话/调研 record of an organisation with some scientists of its register."""

    organisation = models.ForeignKey(Organisation, verbose_name="组织", on_delete=models.PROTECT,
                                     related_name="worker_visits")
    date = models.DateField("日期")
    kind = models.CharField("方式", max_length=4, choices=ContactKind.choices)
    people = models.ManyToManyField("orgs.Person", verbose_name="科协人员", blank=True, related_name="worker_visits")
    scientists = models.ManyToManyField(Scientist, verbose_name="科技工作者", related_name="visits")
    notes = models.TextField("情况记录", blank=True, default="")
    requests_raised = models.TextField("反映的诉求", blank=True, default="")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="记录人", null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField("记录时间", auto_now_add=True)

    AUDIT_FIELDS = ("date", "kind", "notes", "requests_raised")

    class Meta:
        verbose_name = "走访联系"
        verbose_name_plural = "走访联系"
        ordering = ["-date", "-id"]
        indexes = [models.Index(fields=["organisation", "date"])]

    def __str__(self) -> str:
        return f"{self.date} {self.kind}"


class VisitPhoto(StoredFile):
    """A photo of a visit."""

    visit = models.ForeignKey(Visit, verbose_name="走访联系", on_delete=models.CASCADE, related_name="photos")

    class Meta(StoredFile.Meta):
        verbose_name = "照片"
        verbose_name_plural = "照片"


class ContactPeriod(models.TextChoices):
    MONTH = "month", "每月"
    QUARTER = "quarter", "每季度"
    HALF = "half", "每半年"
    YEAR = "year", "每年"


PERIOD_DAYS = {ContactPeriod.MONTH: 30, ContactPeriod.QUARTER: 91, ContactPeriod.HALF: 182, ContactPeriod.YEAR: 365}


class ContactPair(Audited, models.Model):
    """联系对象: a person of the organisation keeps in contact with a scientist, `target` times per period.

    last_contact and due_on are kept exact in the same transaction as the visits that change them, so the
    coverage page, the lights, the reminders and the dashboard filter on them in SQL.
    """

    organisation = models.ForeignKey(Organisation, verbose_name="组织", on_delete=models.PROTECT,
                                     related_name="contact_pairs")
    person = models.ForeignKey("orgs.Person", verbose_name="联系人", on_delete=models.CASCADE,
                               related_name="contact_pairs")
    scientist = models.ForeignKey(Scientist, verbose_name="联系对象", on_delete=models.CASCADE,
                                  related_name="contact_pairs")
    period = models.CharField("周期", max_length=10, choices=ContactPeriod.choices, default=ContactPeriod.QUARTER)
    target = models.PositiveSmallIntegerField("每期至少联系次数", default=1)
    started_on = models.DateField("建立日期")
    last_contact = models.DateField("最近联系", null=True, blank=True)
    due_on = models.DateField("应联系日期", db_index=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="设置人", null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")

    AUDIT_FIELDS = ("person", "scientist", "period", "target", "started_on")

    class Meta:
        verbose_name = "联系对象"
        verbose_name_plural = "联系对象"
        ordering = ["due_on", "id"]
        constraints = [models.UniqueConstraint(fields=["person", "scientist"], name="contact_pair_unique")]
        indexes = [models.Index(fields=["organisation", "due_on"]),
                   # The coverage page's order: a page of the most overdue stops after 50 rows, ties and all.
                   models.Index(fields=["due_on", "id"], name="contact_pair_due_order")]

    def __str__(self) -> str:
        return f"{self.person_id}→{self.scientist_id}"

    @property
    def interval_days(self) -> int:
        """Days allowed between two contacts: the period shared by the target (每季度2次: about 45 days)."""
        return max(1, PERIOD_DAYS[self.period] // max(1, self.target))


class ScientistCount(models.Model):
    """The register's size per keeping organisation, kept exact by every write (services, import): the dashboard
    sums these few thousand rows instead of counting a million records."""

    organisation = models.OneToOneField(Organisation, verbose_name="组织", on_delete=models.CASCADE,
                                        related_name="scientist_count")
    n = models.PositiveIntegerField("人数", default=0)

    class Meta:
        verbose_name = "名录人数"
        verbose_name_plural = "名录人数"


def refresh_counts(organisation_ids) -> None:
    """Recount the register of these organisations into ScientistCount (inside the writer's transaction)."""
    from django.db.models import Count
    ids = set(organisation_ids)
    found = dict(Scientist.objects.filter(organisation_id__in=ids).order_by().values("organisation_id")
                 .annotate(n=Count("id")).values_list("organisation_id", "n"))
    for org_id in ids:
        ScientistCount.objects.update_or_create(organisation_id=org_id, defaults={"n": found.get(org_id, 0)})


class VisitCount(models.Model):
    """Visits and contacts per organisation and year, kept exact by every write of a Visit (refresh_visit_counts in
    the writer's transaction): the dashboard sums these few thousand rows instead of grouping the year's visits."""

    organisation = models.ForeignKey(Organisation, verbose_name="组织", on_delete=models.CASCADE, related_name="+")
    year = models.PositiveSmallIntegerField("年度")
    contacts = models.PositiveIntegerField("联系次数", default=0)
    visits = models.PositiveIntegerField("走访慰问次数", default=0)

    class Meta:
        verbose_name = "走访联系次数"
        verbose_name_plural = "走访联系次数"
        constraints = [models.UniqueConstraint(fields=["year", "organisation"], name="visit_count_unique")]


def refresh_visit_counts(org_years) -> None:
    """Recount the visits of these (organisation id, year) pairs into VisitCount (inside the writer's transaction)."""
    from django.db.models import Count, Q
    for org_id, year in set(org_years):
        found = Visit.objects.filter(organisation_id=org_id, date__year=year).aggregate(
            contacts=Count("id"), visits=Count("id", filter=Q(kind__in=VISIT_KINDS)))
        VisitCount.objects.update_or_create(organisation_id=org_id, year=year, defaults=found)
# --- 办实事清单: requests scientists make and the 科协 handles (workers/requests.py) -------------------------------

class RequestState(models.TextChoices):
    """Where a request is. 已办结 is never stored: it is 已交办 whose ledger assignment is closed (requests.state_of)."""

    PENDING = "pending", "待审核"
    LISTED = "listed", "已列入清单"
    REJECTED = "rejected", "不予列入"
    ASSIGNED = "assigned", "已交办"
    HANDLED = "handled", "已办结"
    FED_BACK = "fed_back", "已反馈"
    CLOSED = "closed", "已评价"


class RequestSource(models.TextChoices):
    STAFF = "staff", "工作人员登记"
    PUBLIC = "public", "公开链接"
    VISIT = "visit", "走访收集"


class RequestCategory(models.TextChoices):
    TITLE = "title", "职称评审"
    SCHOOLING = "schooling", "子女入学"
    FUNDING = "funding", "科研经费"
    SPACE = "space", "科研用房"
    TALENT = "talent", "人才政策"
    PROJECT = "project", "项目申报"
    LIVING = "living", "生活保障"
    OTHER = "other", "其他"


class Satisfaction(models.TextChoices):
    SATISFIED = "satisfied", "满意"
    BASIC = "basic", "基本满意"
    UNSATISFIED = "unsatisfied", "不满意"


class RequestBook(models.Model):
    """An organisation's 办实事清单 of one year: the ledger Plan its requests become tasks of (made on first use,
    published, so assignments live), e.g. 2026年“我为科技工作者办实事”清单."""

    organisation = models.ForeignKey(Organisation, verbose_name="组织", on_delete=models.PROTECT, related_name="+")
    year = models.PositiveSmallIntegerField("年度")
    plan = models.OneToOneField("ledger.Plan", verbose_name="台账", on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = "办实事清单"
        verbose_name_plural = "办实事清单"
        constraints = [models.UniqueConstraint(fields=["organisation", "year"], name="request_book_unique")]

    def __str__(self) -> str:
        return f"{self.organisation_id} {self.year}"


class Request(Audited, models.Model):
    """诉求/办实事事项: one request of a 科技工作者, on an organisation's 清单 once listed; handled as a ledger task."""

    organisation = models.ForeignKey(Organisation, verbose_name="清单组织", on_delete=models.PROTECT,
                                     related_name="worker_requests")
    year = models.PositiveSmallIntegerField("年度")
    title = models.CharField("事项", max_length=200)
    content = models.TextField("具体诉求")
    category = models.CharField("类别", max_length=20, choices=RequestCategory.choices, default=RequestCategory.OTHER)
    # The requester: a record of the register, or (public submissions) the name, unit and phone as given.
    scientist = models.ForeignKey(Scientist, verbose_name="科技工作者", null=True, blank=True,
                                  on_delete=models.SET_NULL, related_name="requests")
    requester_name = models.CharField("提出人", max_length=50)
    requester_unit = models.CharField("工作单位", max_length=200, blank=True, default="")
    requester_phone = models.CharField("联系电话", max_length=30, blank=True, default="")
    source = models.CharField("来源", max_length=10, choices=RequestSource.choices, default=RequestSource.STAFF)
    state = models.CharField("状态", max_length=20, choices=RequestState.choices, default=RequestState.PENDING)
    reason = models.TextField("不予列入理由", blank=True, default="")
    # The ledger side: the task on the book's plan (once listed) and its one assignment (once 交办).
    task = models.OneToOneField("ledger.Task", verbose_name="台账任务", null=True, blank=True,
                                on_delete=models.SET_NULL, related_name="worker_request")
    assignment = models.OneToOneField("ledger.Assignment", verbose_name="交办", null=True, blank=True,
                                      on_delete=models.SET_NULL, related_name="worker_request")
    feedback = models.TextField("反馈情况", blank=True, default="")
    fed_back_at = models.DateTimeField("反馈时间", null=True, blank=True)
    satisfaction = models.CharField("满意度", max_length=20, choices=Satisfaction.choices, blank=True, default="")
    satisfaction_note = models.TextField("评价说明", blank=True, default="")
    reopened = models.PositiveSmallIntegerField("重新办理次数", default=0)
    closed_at = models.DateTimeField("评价时间", null=True, blank=True)
    # What the requester said through their own rating link (requests.rating_token): 满意/基本满意 close the
    # request; 不满意 waits for staff to check it and reopen (the link is void once the feedback changes).
    requester_rating = models.CharField("提出人评价", max_length=20, choices=Satisfaction.choices, blank=True,
                                        default="")
    requester_note = models.TextField("提出人评价说明", blank=True, default="")
    requester_rated_at = models.DateTimeField("提出人评价时间", null=True, blank=True)
    # public_forms' flood limit counts the pending submissions of one address (submitted_from, submitted_at).
    submitted_from = models.CharField("提交地址", max_length=45, blank=True, default="")
    submitted_at = models.DateTimeField("提交时间", default=timezone.now)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="登记人", null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    updated_at = models.DateTimeField("更新时间", auto_now=True)
    version = models.PositiveIntegerField(default=1)

    AUDIT_FIELDS = ("title", "content", "category", "scientist", "requester_name", "requester_unit",
                    "requester_phone", "state", "reason", "task", "assignment", "feedback", "satisfaction",
                    "satisfaction_note", "reopened", "requester_rating", "requester_note")

    class Meta:
        verbose_name = "办实事事项"
        verbose_name_plural = "办实事事项"
        ordering = ["-submitted_at", "-id"]
        indexes = [
            models.Index(fields=["organisation", "year", "state"], name="request_book_state"),
            # The flood limit's count: only pending rows, by address and time.
            models.Index(fields=["submitted_from", "submitted_at"], name="request_pending_from",
                         condition=models.Q(state="pending")),
        ]

    def __str__(self) -> str:
        return self.title


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
