"""The ledger (台账): a plan's tasks, their assignments to departments and units, reports, filings and history.

A Plan is built from a stored document (a plan, or a 印发 notice enclosing one) as a draft: one Task per
outline item, NameMatch rows for every name the items give (牵头领导, 责任领导, 责任科室, 牵头单位,
配合单位), PlanRecipient rows for every 主送 recipient with its expansion into organisations. A person
confirms the matches and the expansion; publishing then creates the Assignments. Each Assignment moves
through the status flow of design.md (see flow.py); every change anywhere is an audit Entry (who, when,
before, after; kexie.audit), which is what the object pages show as history.

Shaped for what comes next: oversight reads Assignment.due_date/status/closed_at and Plan.warning_days
for its lights; office reads the ledger rows (Task + Assignment + latest Report) for xlsx and briefings.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone

from kexie.audit.log import Audited
from kexie.documents.models import Document, StoredFile
from kexie.orgs.models import Department, Organisation, Person

from .flow import Status


class PlanState(models.TextChoices):
    DRAFT = "draft", "草稿"
    PUBLISHED = "published", "已下发"


class Plan(Audited, models.Model):
    organisation = models.ForeignKey(Organisation, verbose_name="发文组织", on_delete=models.PROTECT,
                                     related_name="plans")
    document = models.ForeignKey(Document, verbose_name="来源文件", null=True, blank=True,
                                 on_delete=models.SET_NULL, related_name="plans")
    title = models.CharField("标题", max_length=500)
    doc_number = models.CharField("发文字号", max_length=100, blank=True, default="")
    year = models.PositiveSmallIntegerField("年度")
    default_due = models.DateField("默认完成时限", null=True, blank=True)
    warning_days = models.PositiveSmallIntegerField("预警工作日", default=3,
                                                    help_text="完成时限前多少个工作日亮黄灯。")
    state = models.CharField("状态", max_length=20, choices=PlanState.choices, default=PlanState.DRAFT)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="建立人", null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField("建立时间", auto_now_add=True)
    published_at = models.DateTimeField("下发时间", null=True, blank=True)
    # Who sent it down: the 交办 step every assignment's history opens with (reads.assignment_history).
    published_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="下发人", null=True, blank=True,
                                     on_delete=models.SET_NULL, related_name="+")
    version = models.PositiveIntegerField(default=1)
    # The higher plan this one carries out: a relay (转办) plan kexie made when a unit passed its assignments on,
    # or a unit's own implementation plan whose tasks were mapped to the higher plan's (Task.source_task).
    source_plan = models.ForeignKey("self", verbose_name="上级台账", null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="relays")
    # Made by 转办, not built from a document: one per (unit, higher plan), holding the unit's copies of the tasks
    # it passed down, so the flow, lights, counts and reminders of the sub-assignments are the ledger's own.
    is_relay = models.BooleanField("转办台账", default=False)

    class Meta:
        verbose_name = "工作台账"
        verbose_name_plural = "工作台账"
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "source_plan"], name="plan_unique_relay",
                                    condition=models.Q(is_relay=True)),
            # One ledger per source document; building twice opens the existing one.
            models.UniqueConstraint(fields=["document"], name="plan_unique_document",
                                    condition=models.Q(document__isnull=False)),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_draft(self) -> bool:
        return self.state == PlanState.DRAFT

    AUDIT_FIELDS = ("title", "doc_number", "year", "default_due", "warning_days", "state")



class Duty(models.TextChoices):
    """The roles an item's responsibility names, as in the reader's contract (kexie.parse/1)."""

    LEAD_LEADERS = "lead_leaders", "牵头领导"
    RESPONSIBLE_LEADERS = "responsible_leaders", "责任领导"
    DEPARTMENTS = "departments", "责任科室"
    LEAD_UNITS = "lead_units", "牵头单位"
    PARTNER_UNITS = "partner_units", "配合单位"


PERSON_ROLES = (Duty.LEAD_LEADERS, Duty.RESPONSIBLE_LEADERS)


class Rhythm(models.TextChoices):
    """How often a task is reported on (rhythms.py turns it into reporting periods)."""

    NONE = "", "不定期"
    WEEKLY = "weekly", "每周"
    MONTHLY = "monthly", "每月"
    QUARTERLY = "quarterly", "每季度"
    HALF_YEARLY = "half_yearly", "每半年"
    YEARLY = "yearly", "每年"
    DATES = "dates", "按指定日期"


class Task(Audited, models.Model):
    """One outline item. Group rows (a heading whose children carry the work) get no assignments."""

    plan = models.ForeignKey(Plan, verbose_name="台账", on_delete=models.CASCADE, related_name="tasks")
    parent = models.ForeignKey("self", verbose_name="上级", null=True, blank=True, on_delete=models.CASCADE,
                               related_name="children")
    outline_id = models.CharField("序号", max_length=30)
    marker = models.CharField("编号", max_length=20, blank=True, default="")
    level = models.PositiveSmallIntegerField("层级", default=1)
    heading = models.CharField("工作任务", max_length=500)
    text = models.TextField("具体措施", blank=True, default="")
    order = models.PositiveIntegerField("排序", default=0)
    deadline = models.DateField("文件所定时限", null=True, blank=True)
    time_hint = models.CharField("时间要求", max_length=500, blank=True, default="")
    # The due date set on the review page; else the item's deadline; else the plan's default.
    due_date = models.DateField("完成时限", null=True, blank=True)
    is_group = models.BooleanField("分组行", default=False)
    # The heading of sections.INFO_SECTIONS this item was read as (指导思想, 工作要求 …): an information row
    # while is_group; kept as provenance when a person makes it a task.
    info_section = models.CharField("非任务栏目", max_length=50, blank=True, default="")
    # The names exactly as the reader extracted them, per role: the provenance of every NameMatch.
    names = models.JSONField("文件所列责任", default=dict, blank=True)
    # The higher plan's task this one carries out (转办, or a filed implementation plan mapped to its parent):
    # a unit's assignments on it are the chain under that unit's own assignment on the source task.
    source_task = models.ForeignKey("self", verbose_name="上级任务", null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="relayed_tasks")
    # Recurring reports (周期报送): the rhythm, its dates when Rhythm.DATES, the working days after a period's end
    # that its report is due (每季度末后5个工作日), and the span of periods (default: the plan's year up to the
    # task's due date).
    rhythm = models.CharField("报送周期", max_length=20, choices=Rhythm.choices, blank=True, default="")
    rhythm_dates = models.JSONField("报送日期", default=list, blank=True)
    rhythm_offset = models.PositiveSmallIntegerField("期末后工作日", default=0)
    rhythm_start = models.DateField("首期起始", null=True, blank=True)
    rhythm_end = models.DateField("末期截止", null=True, blank=True)
    # Per-person quota (每人每年至少1篇): how many items each person of quota_organisation (and, with
    # quota_subtree, of every organisation under it) records per period of the rhythm.
    quota = models.PositiveSmallIntegerField("每人数量", null=True, blank=True)
    quota_organisation = models.ForeignKey(Organisation, verbose_name="定额范围", null=True, blank=True,
                                           on_delete=models.PROTECT, related_name="+")
    quota_subtree = models.BooleanField("含下级单位", default=False)

    class Meta:
        verbose_name = "工作任务"
        verbose_name_plural = "工作任务"
        ordering = ["plan", "order"]
        indexes = [models.Index(fields=["plan", "order"])]

    def __str__(self) -> str:
        return f"{self.outline_id} {self.heading}"

    @property
    def effective_due(self) -> datetime.date | None:
        return self.due_date or self.deadline or self.plan.default_due

    AUDIT_FIELDS = ("heading", "text", "due_date", "is_group", "rhythm", "rhythm_dates", "rhythm_offset",
                    "rhythm_start", "rhythm_end", "quota", "quota_organisation", "quota_subtree", "source_task")

    @property
    def is_info(self) -> bool:
        """An information row (指导思想, 工作目标 …): no assignments, but not a heading over tasks either."""
        return self.is_group and bool(self.info_section)


class MatchState(models.TextChoices):
    PENDING = "pending", "待确认"
    CONFIRMED = "confirmed", "已确认"
    CREATED = "created", "已新建"
    IGNORED = "ignored", "已忽略"


class NameMatch(Audited, models.Model):
    """A name an item gives for a role, and the record it stands for once matched or confirmed."""

    task = models.ForeignKey(Task, verbose_name="任务", on_delete=models.CASCADE, related_name="name_matches")
    role = models.CharField("角色", max_length=30, choices=Duty.choices)
    name = models.CharField("文件中的名称", max_length=200)
    order = models.PositiveSmallIntegerField("排序", default=0)
    person = models.ForeignKey(Person, verbose_name="人员", null=True, blank=True, on_delete=models.SET_NULL,
                               related_name="+")
    department = models.ForeignKey(Department, verbose_name="部门", null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    organisation = models.ForeignKey(Organisation, verbose_name="单位", null=True, blank=True,
                                     on_delete=models.SET_NULL, related_name="+")
    # 1.0 for an exact match; a similarity (0..1) for the best guess; shown to the person confirming.
    score = models.FloatField("匹配度", default=0)
    state = models.CharField("状态", max_length=20, choices=MatchState.choices, default=MatchState.PENDING)
    # [{"kind": "person"|"department"|"organisation", "id": 3, "label": "...", "score": 0.8}, ...]
    candidates = models.JSONField("候选", default=list, blank=True)
    # A group phrase (牵头单位：各县（市、区）科协) is not one record: the rule that expanded it (as for 主送)
    # and its members, each of which gets the task. Empty rule: a name of one person, department or unit.
    rule = models.CharField("展开规则", max_length=200, blank=True, default="")
    organisations = models.ManyToManyField(Organisation, verbose_name="所含单位", blank=True, related_name="+")
    departments = models.ManyToManyField(Department, verbose_name="所含部门", blank=True, related_name="+")

    class Meta:
        verbose_name = "名称匹配"
        verbose_name_plural = "名称匹配"
        ordering = ["task__order", "role", "order"]

    def __str__(self) -> str:
        return f"{self.get_role_display()} {self.name}"

    AUDIT_FIELDS = ("state", "person", "department", "organisation")

    @property
    def target(self):
        return self.person or self.department or self.organisation

    @property
    def target_label(self) -> str:
        if self.person_id:
            return self.person.name
        if self.department_id:
            return self.department.name
        if self.organisation_id:
            return self.organisation.display_name
        return ""

    @property
    def is_resolved(self) -> bool:
        return self.state != MatchState.PENDING

    @property
    def counts(self) -> bool:
        """Whether this match names someone (a confirmed or created record, or a confirmed group; not an ignored
        name)."""
        return self.state in (MatchState.CONFIRMED, MatchState.CREATED) and (self.target is not None
                                                                            or self.is_group_phrase)

    @property
    def is_group_phrase(self) -> bool:
        return bool(self.rule)


class PlanRecipient(models.Model):
    """One 主送 recipient of the plan (各县（市、区）科协) and the organisations/departments it expands to."""

    plan = models.ForeignKey(Plan, verbose_name="台账", on_delete=models.CASCADE, related_name="recipients")
    name = models.CharField("主送单位", max_length=200)
    order = models.PositiveSmallIntegerField("排序", default=0)
    rule = models.CharField("展开规则", max_length=200, blank=True, default="")
    state = models.CharField("状态", max_length=20, choices=MatchState.choices, default=MatchState.PENDING)
    organisations = models.ManyToManyField(Organisation, verbose_name="单位", blank=True, related_name="+")
    departments = models.ManyToManyField(Department, verbose_name="部门", blank=True, related_name="+")
    candidates = models.JSONField("候选", default=list, blank=True)

    class Meta:
        verbose_name = "主送单位"
        verbose_name_plural = "主送单位"
        ordering = ["plan", "order", "id"]

    def __str__(self) -> str:
        return self.name


class AssignmentRole(models.TextChoices):
    LEAD = "lead", "牵头"
    PARTNER = "partner", "配合"


class AssignmentQuerySet(models.QuerySet):
    def open(self):
        return self.exclude(status=Status.CLOSED)


class Assignment(Audited, models.Model):
    """A task given to one unit (an organisation) or one of the issuer's departments."""

    # No single-column indexes on task, plan, organisation and status: the unique (task, organisation,
    # department) and the (plan, status), (organisation, status) indexes serve those lookups, and each index
    # less is one less to maintain for the 112,000 rows a national plan publishes.
    # No database constraints on task, plan, organisation and department: publishing writes 112,000 rows in
    # one transaction, and at commit PostgreSQL checked (and share-locked the target of) every constraint row
    # by row: 1.2–2 s of a national publish, more than the rows themselves. The rows are written only by
    # publish, from the plan's own tasks, its confirmed units and the issuer's departments; Django still
    # cascades a task's or plan's deletion and refuses (PROTECT) to delete a unit or department in use, and
    # tests/ledger/test_ledger_integrity.py holds both to it.
    task = models.ForeignKey(Task, verbose_name="任务", on_delete=models.CASCADE, related_name="assignments",
                             db_index=False, db_constraint=False)
    # Denormalised from task.plan: ledger pages and roll-ups filter by plan without a join.
    plan = models.ForeignKey(Plan, verbose_name="台账", on_delete=models.CASCADE, related_name="assignments",
                             db_index=False, db_constraint=False)
    # The organisation that answers for it: the unit itself, or for a department the issuer, so that
    # "assigned to my organisation" is one indexed column.
    organisation = models.ForeignKey(Organisation, verbose_name="承办单位", on_delete=models.PROTECT,
                                     related_name="assignments", db_index=False, db_constraint=False)
    # Indexed only where set (below): most assignments go to units, not to the issuer's departments.
    department = models.ForeignKey(Department, verbose_name="承办部门", null=True, blank=True,
                                   on_delete=models.PROTECT, related_name="assignments", db_index=False,
                                   db_constraint=False)
    role = models.CharField("分工", max_length=10, choices=AssignmentRole.choices, default=AssignmentRole.LEAD)
    due_date = models.DateField("完成时限", null=True, blank=True)
    status = models.CharField("状态", max_length=30, choices=Status.choices, default=Status.ASSIGNED)
    # While an extension is asked: the date asked for and the status to go back to.
    requested_due = models.DateField("申请延期至", null=True, blank=True)
    status_before_extension = models.CharField(max_length=30, choices=Status.choices, blank=True, default="")
    # Latest report, kept here so the ledger table needs no subquery per row.
    progress = models.PositiveSmallIntegerField("进度", default=0)
    progress_text = models.TextField("进展情况", blank=True, default="")
    last_report_at = models.DateTimeField("最近报送", null=True, blank=True)
    # The issuer's latest answer with a reason (退回, 不同意延期), kept here so the inbox and the assignment page
    # show it without reading the history; cleared when the unit next asks for completion. db_default: the
    # publish COPY names its columns and leaves these to the database.
    last_reason = models.TextField("最近理由", blank=True, default="", db_default="")
    last_reason_action = models.CharField("最近理由的操作", max_length=30, blank=True, default="", db_default="")
    # Optimistic locking: every change is UPDATE ... WHERE id = ? AND version = ?; a stale version loses.
    version = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField("交办时间", auto_now_add=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True)
    accepted_at = models.DateTimeField("签收时间", null=True, blank=True)
    closed_at = models.DateTimeField("办结时间", null=True, blank=True)

    objects = AssignmentQuerySet.as_manager()

    class Meta:
        verbose_name = "交办"
        verbose_name_plural = "交办"
        ordering = ["task__order", "-role", "id"]
        indexes = [
            models.Index(fields=["plan", "status"]),
            # A unit's inbox (organisation, status) and "which plans reach this subtree" (organisation, plan):
            # one index, read per unit of a subtree; a unit holds hundreds of rows, never a plan's 112,000.
            models.Index(fields=["organisation", "plan", "status"], name="assignment_unit_plan_status"),
            # The issuer's ledger reads a task's earliest due date and latest report by one index probe each
            # instead of aggregating its 2,800 rows; the second is partial, so publishing (no report yet)
            # writes nothing to it.
            models.Index(fields=["task", "due_date"], name="assignment_task_due"),
            models.Index(fields=["task", "-last_report_at"], name="assignment_task_latest",
                         condition=models.Q(last_report_at__isnull=False)),
            # A plan's assignments in publishing order (ids follow task order): the API's pages.
            models.Index(fields=["plan", "id"], name="assignment_plan_id"),
            models.Index(fields=["department"], name="assignment_department",
                         condition=models.Q(department__isnull=False)),
            # The issuer's to-do, oldest first: only the rows that wait for an answer, so publishing (all 交办)
            # never touches it, and its first page is read in order without sorting 200,000 requests.
            models.Index(fields=["updated_at", "id"], include=["plan"], name="assignment_waiting",
                         condition=models.Q(status__in=[Status.COMPLETION_REQUESTED, Status.EXTENSION_REQUESTED])),
        ]
        constraints = [
            models.UniqueConstraint(fields=["task", "organisation", "department"], name="assignment_unique_unit",
                                    nulls_distinct=False),
        ]

    def __str__(self) -> str:
        return f"{self.task.outline_id} → {self.assignee_label}"

    @property
    def assignee_label(self) -> str:
        if self.department_id:
            return self.department.name
        return self.organisation.display_name

    AUDIT_FIELDS = ("status", "due_date", "requested_due", "progress")



class StatusCount(models.Model):
    """How many of a task's assignments are in each status, kept exact in the transaction of every change.

    The plans list and the issuer's ledger show counts over 112,000 assignments per national plan; counting
    them per request is the slow part of those pages (design.md: counts that must be instant are kept exact in
    summary rows). Written only by counts.py (publish, change_assignment, bulk status moves); a recipient's view
    of its own subtree still counts its few assignments directly.
    """

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="+", db_index=False)
    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="+", db_index=False)
    status = models.CharField(max_length=30, choices=Status.choices)
    # Not Positive: a CHECK would turn a miscount into a refused status change; the recount test guards it.
    n = models.IntegerField(default=0)

    class Meta:
        constraints = [
            # Serves the plan's lookups (the plans list, the ledger) and the upsert's conflict target.
            models.UniqueConstraint(fields=["plan", "task", "status"], name="status_count_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.task_id} {self.status}: {self.n}"


# Sentinels of the roll-up keys: unique keys and ON CONFLICT need no NULLs. NO_DUE lights the same as no due date
# (绿: never within a window, never past); NOT_CLOSED marks an open assignment.
NO_DUE = datetime.date(9999, 12, 31)
NOT_CLOSED = datetime.date(1, 1, 1)


class SubtreeCount(models.Model):
    """How many assignments of the units strictly below an organisation have each (plan, due date, day closed —
    NOT_CLOSED while open): the oversight dashboards' and rankings' numbers at national scale, kept exact like
    StatusCount. No status: a light needs only open or closed, and without it a province has ~650 rows, not
    ~2,300, and moves between open statuses (签收, 办理中 …) write nothing here.

    One row set per proper ancestor of the assignee (a county's assignment counts at its city, province and
    national body); a unit's own assignments are few and counted from the table directly, so publishing to
    2,800 counties writes ~13,000 rows here, not 112,000. The light of a row comes from (closed or not, due_date,
    plan.warning_days) by lights.Clock at read time, so rows never go stale with the date. Written only by
    counts.py; `kexie recount` rebuilds it (after moving organisations in the tree, too).
    """

    # No database constraints: the rows are derived (rebuilt by `kexie recount`), and checking a national publish's
    # 13,000 of them at commit took 0.2 s; Django still cascades a plan's or unit's deletion.
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+", db_index=False,
                                     db_constraint=False)
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="+", db_index=False, db_constraint=False)
    due_date = models.DateField()  # NO_DUE when the assignment has none
    closed_on = models.DateField()  # the local day it was closed; NOT_CLOSED while open
    n = models.IntegerField(default=0)

    class Meta:
        constraints = [
            # Serves the dashboard's reads (one organisation, or its children) and the upsert's conflict target.
            models.UniqueConstraint(fields=["organisation", "plan", "due_date", "closed_on"],
                                    name="subtree_count_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.organisation_id} {self.plan_id} {self.due_date} {self.closed_on}: {self.n}"


class SubtreeReportCount(models.Model):
    """How many reports (and typical cases among them) the units strictly below an organisation sent per plan
    and day: the rankings' and bulletins' report columns. Kept like SubtreeCount (counts.reported)."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+", db_index=False)
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="+", db_index=False)
    day = models.DateField()
    is_typical_case = models.BooleanField(default=False)
    n = models.IntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["organisation", "plan", "day", "is_typical_case"],
                                               name="subtree_report_count_unique")]


class Report(Audited, models.Model):
    """报送: progress an assigned unit reports on its assignment."""

    assignment = models.ForeignKey(Assignment, verbose_name="交办", on_delete=models.CASCADE,
                                   related_name="reports")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="报送人", null=True, blank=True,
                               on_delete=models.SET_NULL, related_name="+")
    text = models.TextField("进展情况")
    percent = models.PositiveSmallIntegerField("完成进度（%）", default=0)
    is_typical_case = models.BooleanField("典型案例", default=False)
    created_at = models.DateTimeField("报送时间", default=timezone.now, db_index=True)
    # The reporting period it answers (rhythms.Period.key: 2022-Q3, 2022-10 …); empty for a report off the rhythm.
    period = models.CharField("报送期", max_length=20, blank=True, default="", db_default="")
    # One report answering several of the unit's assignments: stored once, under `assignment` and each of these.
    also = models.ManyToManyField(Assignment, verbose_name="同时报送", blank=True, related_name="shared_reports")
    # 逐级汇总: the reports of the units below that this one was compiled from (the province opens them from it).
    sources = models.ManyToManyField("self", verbose_name="汇总来源", symmetrical=False, blank=True,
                                     related_name="compiled_into")
    # 据报道代录: the gathered page (报道) the issuer recorded this report from, on the unit's behalf.
    source_document = models.ForeignKey("documents.Document", verbose_name="来源报道", null=True, blank=True,
                                        on_delete=models.SET_NULL, related_name="+")

    class Meta:
        verbose_name = "报送"
        verbose_name_plural = "报送"
        ordering = ["-created_at", "-id"]
        # The 通报's typical cases of a period, newest first: partial, about one report in a hundred.
        indexes = [models.Index(fields=["-created_at", "-id"], name="report_typical_at",
                                condition=models.Q(is_typical_case=True))]

    def __str__(self) -> str:
        return self.text[:40]

    AUDIT_FIELDS = ("text", "percent", "is_typical_case", "period")

    @property
    def period_label(self) -> str:
        from .rhythms import period_label  # rhythms reads this module's Rhythm

        return period_label(self.period) if self.period else ""



class PeriodSlot(models.Model):
    """One reporting period of an assignment whose task has a rhythm, made when its first report arrives
    (cycles.py): the periods nobody reported on have no row, so a plan sent to 2,800 units with four quarters
    holds rows only for what was sent, and the reporting matrix reads 已报 from here and 未报/逾期 from the
    rhythm's due dates. plan, task and organisation are the assignment's, kept for the matrix's reads."""

    assignment = models.ForeignKey(Assignment, on_delete=models.CASCADE, related_name="slots", db_index=False)
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="+", db_index=False,
                             db_constraint=False)
    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="+", db_index=False,
                             db_constraint=False)
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+", db_index=False,
                                     db_constraint=False)
    period = models.CharField("报送期", max_length=20)
    due_date = models.DateField("应报日期")
    first_reported_at = models.DateTimeField("首次报送")
    report = models.ForeignKey("Report", verbose_name="最近报送", null=True, blank=True, on_delete=models.SET_NULL,
                               related_name="+")
    reports = models.PositiveIntegerField("报送次数", default=1)

    class Meta:
        verbose_name = "报送期"
        verbose_name_plural = "报送期"
        constraints = [models.UniqueConstraint(fields=["assignment", "period"], name="period_slot_unique")]
        indexes = [models.Index(fields=["plan", "period", "organisation"], name="period_slot_plan"),
                   models.Index(fields=["task", "period"], name="period_slot_task")]

    def __str__(self) -> str:
        return f"{self.assignment_id} {self.period}"

    @property
    def on_time(self) -> bool:
        return timezone.localdate(self.first_reported_at) <= self.due_date


class QuotaItem(Audited, models.Model):
    """One item a person recorded against a task's per-person quota (a 心得体会 of 2022)."""

    task = models.ForeignKey(Task, verbose_name="任务", on_delete=models.CASCADE, related_name="quota_items")
    person = models.ForeignKey(Person, verbose_name="人员", on_delete=models.CASCADE, related_name="quota_items")
    period = models.CharField("期间", max_length=20)
    title = models.CharField("题目", max_length=200)
    day = models.DateField("日期")
    filename = models.CharField("附件", max_length=255, blank=True, default="")
    sha256 = models.CharField("SHA-256", max_length=64, blank=True, default="", db_index=True)
    size = models.PositiveBigIntegerField("大小", default=0)
    content_type = models.CharField("类型", max_length=100, blank=True, default="")
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="登记人", null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="+")
    recorded_at = models.DateTimeField("登记时间", auto_now_add=True)

    class Meta:
        verbose_name = "定额登记"
        verbose_name_plural = "定额登记"
        ordering = ["-day", "-id"]
        indexes = [models.Index(fields=["task", "period", "person"], name="quota_item_tally")]

    AUDIT_FIELDS = ("title", "day", "period", "filename")

    def __str__(self) -> str:
        return self.title


class ReportAttachment(StoredFile):
    """A file sent with a report."""

    report = models.ForeignKey(Report, verbose_name="报送", on_delete=models.CASCADE, related_name="attachments")

    class Meta(StoredFile.Meta):
        verbose_name = "附件"
        verbose_name_plural = "附件"


class Filing(Audited, models.Model):
    """备案: a unit's own implementation plan (a stored document) filed under the parent plan."""

    plan = models.ForeignKey(Plan, verbose_name="上级台账", on_delete=models.CASCADE, related_name="filings")
    organisation = models.ForeignKey(Organisation, verbose_name="备案单位", on_delete=models.PROTECT,
                                     related_name="filings")
    document = models.ForeignKey(Document, verbose_name="实施方案", on_delete=models.PROTECT, related_name="filings")
    note = models.CharField("说明", max_length=500, blank=True, default="")
    filed_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="备案人", null=True, blank=True,
                                 on_delete=models.SET_NULL, related_name="+")
    filed_at = models.DateTimeField("备案时间", auto_now_add=True)

    class Meta:
        verbose_name = "备案"
        verbose_name_plural = "备案"
        ordering = ["plan", "organisation__path"]
        constraints = [models.UniqueConstraint(fields=["plan", "organisation"], name="filing_unique_unit")]

    AUDIT_FIELDS = ("document", "note")

    def __str__(self) -> str:
        return f"{self.organisation.display_name} · {self.document}"



class ObjectType(models.TextChoices):
    """The audit log's object_type of each ledger model (its app label and model name)."""

    PLAN = "ledger.plan", "台账"
    TASK = "ledger.task", "任务"
    ASSIGNMENT = "ledger.assignment", "交办"
    REPORT = "ledger.report", "报送"
    FILING = "ledger.filing", "备案"
    QUOTA_ITEM = "ledger.quotaitem", "定额登记"
    MATCH = "ledger.namematch", "名称匹配"
    RECIPIENT = "ledger.planrecipient", "主送单位"
