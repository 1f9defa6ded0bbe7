"""REST API of the ledger: every page action is here too, scoped like the pages (404 outside the caller's scope).

plans (list, detail with tasks, create from a document, publish, filings, history), matches and recipients
(the draft review: the issuer side's only), tasks, assignments (list = the caller's inbox, or ?plan=; actions
as POST /assignments/{id}/{action}/ with the version read, 409 when stale), reports (create with attachments).
Every input is read by a serializer (bad input is a 400 with a sentence); lists come from reads.py, the same
functions the pages use; errors map to statuses in errors.api_exception_handler.
"""

from __future__ import annotations

from django.db import transaction
from django.shortcuts import get_object_or_404
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound
from rest_framework.parsers import FormParser, JSONParser, MultiPartParser
from rest_framework.response import Response

from kexie.audit.models import Entry
from kexie.documents.access import get_document_for_user

from . import flow, hooks, reads, relays, services, task_rhythms
from .access import assignments_of_plan_for, is_issuer_side, issued_plans, visible_assignments, visible_plans
from .inputs import WARNING_DAYS_MAX
from .lights import Clock, Light
from .models import Assignment, Filing, NameMatch, Plan, PlanRecipient, Report, ReportAttachment, Rhythm, Task
from .relay_api import RelayActions
from .reports import REPORT_TEXT_MAX

MAX_ID = 2 ** 63 - 1
HISTORY_LIMIT = 500


def IdField(**kwargs):  # noqa: N802 - a field factory, used like a field class
    """An object id: a positive integer that fits a bigint (a 20-digit id is a 400, not a database error)."""
    return serializers.IntegerField(min_value=1, max_value=MAX_ID, **kwargs)


def TextField(max_length: int, **kwargs):  # noqa: N802
    """Text with a limit; DRF's CharField already refuses NUL characters."""
    return serializers.CharField(max_length=max_length, **kwargs)


class EntrySerializer(serializers.ModelSerializer):
    user = serializers.CharField(source="user.username", default=None, read_only=True)

    class Meta:
        model = Entry
        fields = ["id", "object_type", "object_id", "action", "user", "organisation", "at", "before", "after",
                  "reason"]


class TaskSerializer(serializers.ModelSerializer):
    class Meta:
        model = Task
        fields = ["id", "plan", "parent", "outline_id", "marker", "level", "heading", "text", "order", "deadline",
                  "time_hint", "due_date", "is_group", "info_section", "names", "rhythm", "rhythm_dates",
                  "rhythm_offset", "rhythm_start", "rhythm_end", "source_task"]


class NameMatchSerializer(serializers.ModelSerializer):
    class Meta:
        model = NameMatch
        fields = ["id", "task", "role", "name", "person", "department", "organisation", "score", "state",
                  "candidates", "rule", "organisations", "departments"]


class RecipientSerializer(serializers.ModelSerializer):
    class Meta:
        model = PlanRecipient
        fields = ["id", "plan", "name", "rule", "state", "organisations", "departments", "candidates"]


class PlanSerializer(serializers.ModelSerializer):
    organisation_name = serializers.CharField(source="organisation.name", read_only=True)

    class Meta:
        model = Plan
        fields = ["id", "organisation", "organisation_name", "document", "title", "doc_number", "year",
                  "default_due", "warning_days", "state", "created_at", "published_at", "version"]
        read_only_fields = ["organisation", "document", "year", "state", "created_at", "published_at", "version"]


class PlanDetailSerializer(PlanSerializer):
    tasks = TaskSerializer(many=True, read_only=True)

    class Meta(PlanSerializer.Meta):
        fields = [*PlanSerializer.Meta.fields, "tasks"]


class AssignmentSerializer(serializers.ModelSerializer):
    assignee = serializers.CharField(source="assignee_label", read_only=True)
    task_heading = serializers.CharField(source="task.heading", read_only=True)
    outline_id = serializers.CharField(source="task.outline_id", read_only=True)
    # 绿/黄/红/灰 as green, yellow, red, gray: annotated in SQL by the lists (lights.Clock.expression).
    light = serializers.ChoiceField(choices=Light.choices, read_only=True)

    class Meta:
        model = Assignment
        fields = ["id", "plan", "task", "outline_id", "task_heading", "organisation", "department", "assignee",
                  "role", "due_date", "status", "light", "requested_due", "progress", "progress_text", "last_report_at",
                  "last_reason", "last_reason_action", "version", "created_at", "updated_at", "accepted_at",
                  "closed_at"]


class AttachmentSerializer(serializers.ModelSerializer):
    class Meta:
        model = ReportAttachment
        fields = ["id", "filename", "sha256", "size", "content_type"]


class ReportSerializer(serializers.ModelSerializer):
    attachments = AttachmentSerializer(many=True, read_only=True)
    author = serializers.CharField(source="author.username", default=None, read_only=True)
    period_label = serializers.CharField(read_only=True)

    class Meta:
        model = Report
        fields = ["id", "assignment", "author", "text", "percent", "is_typical_case", "created_at", "attachments",
                  "period", "period_label", "also", "sources"]
        extra_kwargs = {"also": {"read_only": True}}


class ReportCreateSerializer(serializers.Serializer):
    assignment = IdField()
    text = TextField(REPORT_TEXT_MAX)
    percent = serializers.IntegerField(min_value=0, max_value=100, default=0)
    is_typical_case = serializers.BooleanField(default=False)
    attachments = serializers.ListField(child=serializers.FileField(), required=False, default=list)
    period = TextField(20, required=False, allow_blank=True, default="")  # 2022-Q3: a period of the task's rhythm
    also = serializers.ListField(child=IdField(), required=False, default=list,
                                 help_text="同时报送：本单位其他在办交办的编号")


class ActionSerializer(serializers.Serializer):
    version = serializers.IntegerField(required=False, min_value=1, max_value=MAX_ID,
                                       help_text="看到的版本；已被他人修改时返回 409。")
    reason = TextField(2000, required=False, allow_blank=True, default="")
    new_due = serializers.DateField(required=False, allow_null=True, default=None)


class PlanUpdateSerializer(serializers.Serializer):
    title = TextField(500, required=False)
    doc_number = TextField(100, required=False, allow_blank=True)
    default_due = serializers.DateField(required=False)
    warning_days = serializers.IntegerField(required=False, min_value=0, max_value=WARNING_DAYS_MAX)


class DocumentRefSerializer(serializers.Serializer):
    document = IdField()
    note = TextField(500, required=False, allow_blank=True, default="")


class ResolveSerializer(serializers.Serializer):
    action = serializers.ChoiceField(choices=["pick", "create", "ignore", "confirm"])
    kind = serializers.ChoiceField(choices=["person", "department", "organisation"], required=False,
                                   allow_null=True, default=None)
    id = IdField(required=False, allow_null=True, default=None)
    # a group phrase's members (各县（市、区）科协 → the counties); left out, they stay as they are
    organisations = serializers.ListField(child=IdField(), required=False)
    departments = serializers.ListField(child=IdField(), required=False)


class ConfirmSerializer(serializers.Serializer):
    organisations = serializers.ListField(child=IdField(), required=False, default=list)
    departments = serializers.ListField(child=IdField(), required=False, default=list)
    ignore = serializers.BooleanField(required=False, default=False)


class TaskUpdateSerializer(serializers.Serializer):
    due_date = serializers.DateField(required=False, allow_null=True)
    is_group = serializers.BooleanField(required=False)
    # 周期报送 (task_rhythms.set_rhythm, also on a published task): sent together, the rest keep their values
    rhythm = serializers.ChoiceField(choices=Rhythm.values, required=False, allow_blank=True)
    rhythm_dates = serializers.ListField(child=serializers.DateField(), required=False, max_length=60)
    rhythm_offset = serializers.IntegerField(required=False, min_value=0, max_value=60)
    rhythm_start = serializers.DateField(required=False, allow_null=True)
    rhythm_end = serializers.DateField(required=False, allow_null=True)
    # the higher task a filed implementation plan's task carries out (null: none); relays.map_task
    source_task = IdField(required=False, allow_null=True)


class ListFilterSerializer(serializers.Serializer):
    """Query parameters of the lists: ?plan=, ?assignment=, ?status=, ?light=red|yellow|green|gray."""

    plan = IdField(required=False)
    assignment = IdField(required=False)
    status = serializers.CharField(required=False, allow_blank=True, max_length=30)
    light = serializers.ChoiceField(choices=Light.values, required=False, allow_blank=True)


class TodoFilterSerializer(serializers.Serializer):
    """Query parameters of the issuer's to-do: ?plan=, ?kind=completion|extension, ?light=."""

    plan = IdField(required=False)
    kind = serializers.ChoiceField(choices=list(reads.TODO_KINDS), required=False, allow_blank=True)
    light = serializers.ChoiceField(choices=Light.values, required=False, allow_blank=True)


def _lighted(qs, clock: Clock, light: str = ""):
    """Assignments with their light computed by the database, kept to one light when asked."""
    where = reads.light_filter(light, clock)
    return (qs if where is None else qs.filter(where)).annotate(light=clock.expression())


def _valid(serializer_class, data) -> dict:
    s = serializer_class(data=data)
    s.is_valid(raise_exception=True)
    return s.validated_data


def _filters(request) -> dict:
    return _valid(ListFilterSerializer, request.query_params)


def _document(request, document_id):
    return get_document_for_user(request.user, document_id)


class PlanViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Plans the caller may see. POST {"document": id} builds the draft of a stored plan."""

    queryset = Plan.objects.none()

    def get_queryset(self):
        qs = visible_plans(self.request.user).select_related("organisation").order_by("-created_at", "-id")
        return qs.prefetch_related("tasks") if self.action == "retrieve" else qs

    def get_serializer_class(self):
        return PlanDetailSerializer if self.action == "retrieve" else PlanSerializer

    def create(self, request):
        document = _document(request, _valid(DocumentRefSerializer, request.data)["document"])
        plan, created = services.build_plan(document, request.user)
        return Response(PlanSerializer(plan).data, status=status.HTTP_201_CREATED if created else status.HTTP_200_OK)

    def partial_update(self, request, pk=None):
        plan = self.get_object()
        services.update_plan(plan, request.user, **_valid(PlanUpdateSerializer, request.data))
        return Response(PlanSerializer(plan).data)

    @action(detail=True, methods=["post"])
    def publish(self, request, pk=None):
        plan = self.get_object()
        n = services.publish(plan, request.user)
        return Response({"assignments": n, **PlanSerializer(plan).data})

    @action(detail=True, methods=["get"])
    def pending(self, request, pk=None):
        """What still waits for confirmation in the draft: the issuer side's, like the names and recipients."""
        plan = self.get_object()
        if not is_issuer_side(request.user, plan):
            raise NotFound("No such plan")
        return Response(services.pending_items(plan))

    @action(detail=True, methods=["get"])
    def history(self, request, pk=None):
        """The plan's history as far as the caller's subtree owns it (a recipient: its own units' entries)."""
        entries = reads.history_for(request.user, plan=self.get_object())[:HISTORY_LIMIT]
        return Response(EntrySerializer(entries, many=True).data)

    @action(detail=True, methods=["get"])
    def matrix(self, request, pk=None):
        """报送情况表: units × periods of the plan's rhythm (matrix.py), 100 units a page; ?rhythm, task, unit,
        state, year, from, to, page as on the page; a bad one is a 400 saying which."""
        from rest_framework.exceptions import ValidationError
        from rest_framework.utils.urls import replace_query_param

        from django.core.paginator import Paginator

        from . import matrix
        try:
            m = matrix.build(request.user, self.get_object(), request.query_params, strict=True)
        except matrix.MatrixError as e:
            raise ValidationError({"detail": str(e)})
        url, page = request.build_absolute_uri(), m.page or Paginator([], 1).page(1)
        links = {name: replace_query_param(url, "page", number) if number else None for name, number in (
            ("next", page.has_next() and page.next_page_number()), ("previous", page.has_previous() and page.previous_page_number()))}
        return Response({**matrix.as_json(m), **links})

    @action(detail=True, methods=["get", "post"])
    def filings(self, request, pk=None):
        """GET: every unit expected to file, with its filing or null. POST {"document": id, "note": ""}: file."""
        plan = self.get_object()
        if request.method == "POST":
            data = _valid(DocumentRefSerializer, request.data)
            f = services.file_plan(plan, request.user, _document(request, data["document"]), note=data["note"])
            return Response({"id": f.pk, "organisation": f.organisation_id, "document": f.document_id},
                            status=status.HTTP_201_CREATED)
        expected = list(reads.expected_filers(request.user, plan))
        filed = {f.organisation_id: f for f in Filing.objects.filter(plan=plan,
                                                                      organisation__in=[o.pk for o in expected])}
        return Response([{"organisation": o.pk, "name": o.name, "filed": o.pk in filed,
                          "document": filed[o.pk].document_id if o.pk in filed else None,
                          "filed_at": filed[o.pk].filed_at if o.pk in filed else None} for o in expected])


class _DraftPart(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    # Which plans' parts the caller sees: the issuer side's for names and recipients.
    plans = staticmethod(visible_plans)

    def plan_filter(self, qs, field="plan"):
        qs = qs.filter(**{f"{field}__in": self.plans(self.request.user)})
        plan = _filters(self.request).get("plan")
        return qs.filter(**{field: plan}) if plan else qs


class NameMatchViewSet(_DraftPart):
    """Names of a draft (?plan=), for the issuer side only. POST /matches/{id}/resolve/
    {"action": "pick"|"create"|"ignore", "kind", "id"}; a group phrase (rule set) takes
    {"action": "confirm"|"ignore", "organisations": [...], "departments": [...]}."""

    serializer_class = NameMatchSerializer
    queryset = NameMatch.objects.none()
    plans = staticmethod(issued_plans)

    def get_queryset(self):
        return self.plan_filter(NameMatch.objects.select_related("task__plan")
                                .prefetch_related("organisations", "departments"), "task__plan")

    @action(detail=True, methods=["post"], serializer_class=ResolveSerializer)
    def resolve(self, request, pk=None):
        m = self.get_object()
        data = _valid(ResolveSerializer, request.data)
        # Members are changed only when sent: None keeps a group's members as they are.
        members = {f"{field[:-1]}_ids": data[field] for field in ("organisations", "departments")
                   if field in request.data}
        services.resolve_match(m, request.user, action=data["action"], kind=data["kind"], target_id=data["id"],
                               **members)
        return Response(NameMatchSerializer(m).data)


class RecipientViewSet(_DraftPart):
    """Recipients of a draft (?plan=), for the issuer side only. POST /recipients/{id}/confirm/
    {"organisations": [...], "departments": [...], "ignore": false}."""

    serializer_class = RecipientSerializer
    queryset = PlanRecipient.objects.none()
    plans = staticmethod(issued_plans)

    def get_queryset(self):
        return self.plan_filter(PlanRecipient.objects.select_related("plan").prefetch_related("organisations",
                                                                                                "departments"))

    @action(detail=True, methods=["post"], serializer_class=ConfirmSerializer)
    def confirm(self, request, pk=None):
        r = self.get_object()
        data = _valid(ConfirmSerializer, request.data)
        services.set_recipient(r, request.user, organisation_ids=data["organisations"],
                               department_ids=data["departments"], ignore=data["ignore"])
        r = self.get_queryset().get(pk=r.pk)
        return Response(RecipientSerializer(r).data)


class TaskViewSet(_DraftPart):
    serializer_class = TaskSerializer
    queryset = Task.objects.none()

    def get_queryset(self):
        return self.plan_filter(Task.objects.select_related("plan")).order_by("plan", "order")

    def partial_update(self, request, pk=None):
        task = self.get_object()
        data = _valid(TaskUpdateSerializer, request.data)
        with transaction.atomic():  # the fields sent change together or not at all
            if "source_task" in data:
                relays.map_task(task, request.user, data["source_task"])
            if {"due_date", "is_group"} & set(data):
                services.update_task(task, request.user, due_date=data.get("due_date"),
                                     clear_due="due_date" in data and not data["due_date"],
                                     is_group=data.get("is_group"))
            if any(f in data for f in task_rhythms.FIELDS):
                task_rhythms.set_rhythm(task, request.user, **{
                    arg: data.get(f, getattr(task, f)) for arg, f in (
                        ("rhythm", "rhythm"), ("dates", "rhythm_dates"), ("offset", "rhythm_offset"),
                        ("start", "rhythm_start"), ("end", "rhythm_end"))})
        return Response(TaskSerializer(task).data)


class AssignmentViewSet(RelayActions, mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Without ?plan=: the caller's inbox (assignments to their organisation and its departments).
    With ?plan=: that plan's assignments the caller may see. ?status= and ?light=red|yellow|green|gray filter;
    each assignment carries its light. Actions: POST
    /assignments/{id}/{accept|start|request_completion|close|return|request_extension|approve_extension|
    reject_extension}/ with {"version", "reason", "new_due"}."""

    serializer_class = AssignmentSerializer
    queryset = Assignment.objects.none()

    def get_queryset(self):
        clock = Clock.at()
        if self.action != "list":
            return _lighted(visible_assignments(self.request.user).select_related("task", "plan", "organisation",
                                                                                  "department"), clock)
        params = _filters(self.request)
        if not params.get("plan"):
            return _lighted(reads.inbox(self.request.user, params.get("status", "")), clock, params.get("light", ""))
        plan = get_object_or_404(visible_plans(self.request.user).select_related("organisation"), pk=params["plan"])
        qs = assignments_of_plan_for(self.request.user, plan).select_related("task", "plan", "organisation",
                                                                             "department")
        if params.get("status"):
            qs = qs.filter(status=params["status"])
        qs = _lighted(qs, clock, params.get("light", ""))
        # Publishing writes a plan's assignments in task order, so id order is task order without a join and
        # a sort of the plan's 112,000 rows (the (plan, id) index reads one page).
        return qs.order_by("id")

    @action(detail=False, methods=["get"], serializer_class=AssignmentSerializer)
    def todo(self, request):
        """The issuer's to-do: 申请办结 and 延期申请 waiting on the plans the caller's organisation issued, oldest
        first (?plan=, ?kind=completion|extension); the same read as the page /ledger/todo/."""
        params = _valid(TodoFilterSerializer, request.query_params)
        page = self.paginate_queryset(_lighted(reads.todo(request.user, plan_id=params.get("plan"),
                                                          kind=params.get("kind", "")), Clock.at(),
                                               params.get("light", "")))
        return self.get_paginated_response(AssignmentSerializer(page, many=True).data)

    @action(detail=True, methods=["get"])
    def history(self, request, pk=None):
        a = self.get_object()
        report_ids = list(reads.reports_under([a.pk]).values_list("pk", flat=True))
        entries = reads.assignment_history(request.user, a, report_ids, HISTORY_LIMIT)
        return Response(EntrySerializer(entries, many=True).data)

    def _act(self, request, name):
        a = self.get_object()
        services.act(a, name, request.user, **_valid(ActionSerializer, request.data))
        a.light = Clock.at().of(a)  # the step (an agreed extension, 办结) moved it
        return Response(AssignmentSerializer(a).data)


def _make_action(name):
    def handler(self, request, pk=None):
        return self._act(request, name)
    handler.__name__ = name
    handler.__doc__ = f"{flow.STEPS[name].label}（{'发文单位' if flow.STEPS[name].who == flow.ISSUER else '承办单位'}）"
    return action(detail=True, methods=["post"], url_path=name, url_name=name.replace("_", "-"),
                  serializer_class=ActionSerializer)(handler)


for _name in flow.STEPS:
    # "return" is a keyword, but DRF finds actions by attribute name, which setattr/getattr allow.
    setattr(AssignmentViewSet, _name, _make_action(_name))


class ReportViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin,
                    viewsets.GenericViewSet):
    """Reports the caller may see (?assignment=, ?plan=). POST multipart {assignment, text, percent,
    is_typical_case, attachments (files)} as the assigned unit."""

    queryset = Report.objects.none()
    parser_classes = [MultiPartParser, FormParser, JSONParser]

    def get_serializer_class(self):
        return ReportCreateSerializer if self.action == "create" else ReportSerializer

    def get_queryset(self):
        qs = (Report.objects.filter(assignment__in=visible_assignments(self.request.user))
              .select_related("author").prefetch_related("attachments", "also", "sources"))
        if self.action == "list":
            params = _filters(self.request)
            if params.get("assignment"):  # its own reports and those shared with it (同时报送)
                qs = qs.filter(pk__in=reads.reports_under([params["assignment"]]).values("pk"))
            if params.get("plan"):
                qs = qs.filter(assignment__plan_id=params["plan"])
        return qs

    def create(self, request, *args, **kwargs):
        data = _valid(ReportCreateSerializer, request.data)
        try:
            a = visible_assignments(request.user).select_related("plan", "task", "organisation").get(
                pk=data["assignment"])
        except Assignment.DoesNotExist:
            raise NotFound("No such assignment")
        files = [(f.name, f.read()) for f in request.FILES.getlist("attachments")]
        text = hooks.with_citations(request.user, a, request.data, data["text"])  # e.g. cite_activity: [ids]
        report = services.submit_report(a, request.user, text=text, percent=data["percent"],
                                        is_typical_case=data["is_typical_case"], files=files, period=data["period"],
                                        also=data["also"])
        return Response(ReportSerializer(report).data, status=status.HTTP_201_CREATED)


def register(router) -> None:
    """Add the ledger's routes to the site's API router."""
    router.register("plans", PlanViewSet, basename="plan")
    router.register("matches", NameMatchViewSet, basename="namematch")
    router.register("recipients", RecipientViewSet, basename="recipient")
    router.register("tasks", TaskViewSet, basename="task")
    router.register("assignments", AssignmentViewSet, basename="assignment")
    router.register("reports", ReportViewSet, basename="report")
    from . import quota_api
    quota_api.register(router)
