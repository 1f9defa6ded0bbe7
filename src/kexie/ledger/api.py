"""REST API of the ledger: every page action is here too, scoped like the pages (404 outside the caller's scope).

plans (list, detail with tasks, create from a document, publish, filings, history), matches and recipients
(the draft review), tasks, assignments (list = the caller's inbox, or ?plan=; actions as POST
/assignments/{id}/{action}/ with the version read, 409 when stale), reports (create with attachments).
"""

from __future__ import annotations

import datetime

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.shortcuts import get_object_or_404
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound, PermissionDenied, ValidationError
from rest_framework.parsers import FormParser, JSONParser, MultiPartParser
from rest_framework.response import Response

from kexie.documents.access import visible_documents
from kexie.orgs.access import membership_of

from . import flow, services
from .access import assignments_of_plan_for, is_issuer_side, visible_assignments, visible_plans
from .models import Assignment, Change, Filing, NameMatch, Plan, PlanRecipient, PlanState, Report, ReportAttachment, Task


class ChangeSerializer(serializers.ModelSerializer):
    user = serializers.CharField(source="user.username", default=None, read_only=True)

    class Meta:
        model = Change
        fields = ["id", "object_type", "object_id", "action", "user", "organisation", "at", "before", "after",
                  "reason"]


class TaskSerializer(serializers.ModelSerializer):
    class Meta:
        model = Task
        fields = ["id", "plan", "parent", "outline_id", "marker", "level", "heading", "text", "order", "deadline",
                  "time_hint", "due_date", "is_group", "info_section", "names"]


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

    class Meta:
        model = Assignment
        fields = ["id", "plan", "task", "outline_id", "task_heading", "organisation", "department", "assignee",
                  "role", "due_date", "status", "requested_due", "progress", "progress_text", "last_report_at",
                  "version", "created_at", "updated_at", "accepted_at", "closed_at"]


class AttachmentSerializer(serializers.ModelSerializer):
    class Meta:
        model = ReportAttachment
        fields = ["id", "filename", "sha256", "size", "content_type"]


class ReportSerializer(serializers.ModelSerializer):
    attachments = AttachmentSerializer(many=True, read_only=True)
    author = serializers.CharField(source="author.username", default=None, read_only=True)

    class Meta:
        model = Report
        fields = ["id", "assignment", "author", "text", "percent", "is_typical_case", "created_at", "attachments"]


class ReportCreateSerializer(serializers.Serializer):
    assignment = serializers.IntegerField()
    text = serializers.CharField()
    percent = serializers.IntegerField(min_value=0, max_value=100, default=0)
    is_typical_case = serializers.BooleanField(default=False)
    attachments = serializers.ListField(child=serializers.FileField(), required=False, default=list)


class ActionSerializer(serializers.Serializer):
    version = serializers.IntegerField(required=False, help_text="看到的版本；已被他人修改时返回 409。")
    reason = serializers.CharField(required=False, allow_blank=True, default="")
    new_due = serializers.DateField(required=False, allow_null=True, default=None)


def _run(fn, *args, **kwargs):
    """Service errors as HTTP answers: 403 not allowed, 409 stale, 400 anything else the user can fix."""
    try:
        return fn(*args, **kwargs)
    except DjangoPermissionDenied as e:
        raise PermissionDenied(str(e))
    except services.Conflict as e:
        raise _ConflictError(str(e))
    except services.LedgerError as e:
        raise ValidationError({"detail": str(e)})


class _ConflictError(Exception):
    pass


class _ConflictMixin:
    def handle_exception(self, exc):
        if isinstance(exc, _ConflictError):
            return Response({"detail": str(exc)}, status=status.HTTP_409_CONFLICT)
        return super().handle_exception(exc)


class PlanViewSet(_ConflictMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Plans the caller may see. POST {"document": id} builds the draft of a stored plan."""

    queryset = Plan.objects.none()

    def get_queryset(self):
        qs = visible_plans(self.request.user).select_related("organisation").order_by("-created_at", "-id")
        return qs.prefetch_related("tasks") if self.action == "retrieve" else qs

    def get_serializer_class(self):
        return PlanDetailSerializer if self.action == "retrieve" else PlanSerializer

    def create(self, request):
        try:
            document = visible_documents(request.user).get(pk=request.data.get("document"))
        except (ValueError, TypeError, visible_documents(request.user).model.DoesNotExist):
            raise NotFound("No such document")
        plan, created = _run(services.build_plan, document, request.user)
        return Response(PlanSerializer(plan).data, status=status.HTTP_201_CREATED if created else status.HTTP_200_OK)

    def partial_update(self, request, pk=None):
        plan = self.get_object()
        s = PlanSerializer(plan, data=request.data, partial=True)
        s.is_valid(raise_exception=True)
        _run(services.update_plan, plan, request.user, **s.validated_data)
        return Response(PlanSerializer(plan).data)

    @action(detail=True, methods=["post"])
    def publish(self, request, pk=None):
        plan = self.get_object()
        n = _run(services.publish, plan, request.user)
        return Response({"assignments": n, **PlanSerializer(plan).data})

    @action(detail=True, methods=["get"])
    def pending(self, request, pk=None):
        return Response(services.pending_items(self.get_object()))

    @action(detail=True, methods=["get"])
    def history(self, request, pk=None):
        plan = self.get_object()
        changes = Change.objects.filter(plan=plan).select_related("user")[:500]
        return Response(ChangeSerializer(changes, many=True).data)

    @action(detail=True, methods=["get", "post"])
    def filings(self, request, pk=None):
        """GET: every unit expected to file, with its filing or null. POST {"document": id, "note": ""}: file."""
        plan = self.get_object()
        if request.method == "POST":
            try:
                document = visible_documents(request.user).get(pk=request.data.get("document"))
            except (ValueError, TypeError, visible_documents(request.user).model.DoesNotExist):
                raise NotFound("No such document")
            f = _run(services.file_plan, plan, request.user, document, note=request.data.get("note", ""))
            return Response({"id": f.pk, "organisation": f.organisation_id, "document": f.document_id},
                            status=status.HTTP_201_CREATED)
        filed = {f.organisation_id: f for f in Filing.objects.filter(plan=plan)}
        expected = services.expected_filers(plan)
        if not is_issuer_side(request.user, plan):
            expected = expected.filter(path__startswith=membership_of(request.user).organisation.path)
        return Response([{"organisation": o.pk, "name": o.name, "filed": o.pk in filed,
                          "document": filed[o.pk].document_id if o.pk in filed else None,
                          "filed_at": filed[o.pk].filed_at if o.pk in filed else None} for o in expected])


class _DraftPart(_ConflictMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    def plan_filter(self, qs, field="plan"):
        plans = visible_plans(self.request.user)
        qs = qs.filter(**{f"{field}__in": plans})
        if self.request.query_params.get("plan"):
            qs = qs.filter(**{field: self.request.query_params["plan"]})
        return qs


class NameMatchViewSet(_DraftPart):
    """Names of a draft (?plan=). POST /matches/{id}/resolve/ {"action": "pick"|"create"|"ignore", "kind", "id"};
    a group phrase (rule set) takes {"action": "confirm"|"ignore", "organisations": [...], "departments": [...]}."""

    serializer_class = NameMatchSerializer
    queryset = NameMatch.objects.none()

    def get_queryset(self):
        return self.plan_filter(NameMatch.objects.select_related("task__plan")
                                .prefetch_related("organisations", "departments"), "task__plan")

    @action(detail=True, methods=["post"])
    def resolve(self, request, pk=None):
        m = self.get_object()
        target = request.data.get("id")
        members = {key: request.data.get(field) for key, field in (("organisation_ids", "organisations"),
                                                                    ("department_ids", "departments"))
                   if field in request.data}
        _run(services.resolve_match, m, request.user, action=request.data.get("action"),
             kind=request.data.get("kind"), target_id=int(target) if str(target or "").isdigit() else None,
             **members)
        return Response(NameMatchSerializer(m).data)


class RecipientViewSet(_DraftPart):
    """Recipients of a draft (?plan=). POST /recipients/{id}/confirm/ {"organisations": [...], "departments": [...],
    "ignore": false}."""

    serializer_class = RecipientSerializer
    queryset = PlanRecipient.objects.none()

    def get_queryset(self):
        return self.plan_filter(PlanRecipient.objects.select_related("plan").prefetch_related("organisations",
                                                                                                "departments"))

    @action(detail=True, methods=["post"])
    def confirm(self, request, pk=None):
        r = self.get_object()
        _run(services.set_recipient, r, request.user, organisation_ids=request.data.get("organisations") or [],
             department_ids=request.data.get("departments") or [], ignore=bool(request.data.get("ignore")))
        r = self.get_queryset().get(pk=r.pk)
        return Response(RecipientSerializer(r).data)


class TaskViewSet(_DraftPart):
    serializer_class = TaskSerializer
    queryset = Task.objects.none()

    def get_queryset(self):
        return self.plan_filter(Task.objects.select_related("plan")).order_by("plan", "order")

    def partial_update(self, request, pk=None):
        task = self.get_object()
        due = request.data.get("due_date")
        try:
            due = datetime.date.fromisoformat(due) if due else None
        except ValueError:
            raise ValidationError({"due_date": "日期格式应为 2022-04-13。"})
        is_group = request.data.get("is_group")
        _run(services.update_task, task, request.user, due_date=due, clear_due="due_date" in request.data and not due,
             is_group=None if is_group is None else bool(is_group))
        return Response(TaskSerializer(task).data)


class AssignmentViewSet(_ConflictMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Without ?plan=: the caller's inbox (assignments to their organisation and its departments).
    With ?plan=: that plan's assignments the caller may see. ?status= filters. Actions: POST
    /assignments/{id}/{accept|start|request_completion|close|return|request_extension|approve_extension|
    reject_extension}/ with {"version", "reason", "new_due"}."""

    serializer_class = AssignmentSerializer
    queryset = Assignment.objects.none()

    def get_queryset(self):
        qs = visible_assignments(self.request.user).select_related("task", "plan", "organisation", "department")
        params = self.request.query_params
        if self.action == "list":
            if params.get("plan"):
                plan = get_object_or_404(visible_plans(self.request.user).select_related("organisation"),
                                         pk=params["plan"])
                qs = assignments_of_plan_for(self.request.user, plan).select_related(
                    "task", "plan", "organisation", "department")
            else:
                m = membership_of(self.request.user)
                qs = qs.filter(organisation_id=m.organisation_id if m else None, plan__state=PlanState.PUBLISHED)
            if params.get("status"):
                qs = qs.filter(status=params["status"])
        return qs.order_by("plan_id", "task__order", "id")

    @action(detail=True, methods=["get"])
    def history(self, request, pk=None):
        a = self.get_object()
        changes = Change.objects.filter(object_type="assignment", object_id=a.pk).select_related("user")
        return Response(ChangeSerializer(changes, many=True).data)

    def _act(self, request, name):
        a = self.get_object()
        s = ActionSerializer(data=request.data)
        s.is_valid(raise_exception=True)
        _run(services.act, a, name, request.user, **s.validated_data)
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


class ReportViewSet(_ConflictMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin,
                    viewsets.GenericViewSet):
    """Reports the caller may see (?assignment=, ?plan=). POST multipart {assignment, text, percent,
    is_typical_case, attachments (files)} as the assigned unit."""

    queryset = Report.objects.none()
    parser_classes = [MultiPartParser, FormParser, JSONParser]

    def get_serializer_class(self):
        return ReportCreateSerializer if self.action == "create" else ReportSerializer

    def get_queryset(self):
        qs = (Report.objects.filter(assignment__in=visible_assignments(self.request.user))
              .select_related("author").prefetch_related("attachments"))
        for param, field in (("assignment", "assignment_id"), ("plan", "assignment__plan_id")):
            if self.request.query_params.get(param):
                qs = qs.filter(**{field: self.request.query_params[param]})
        return qs

    def create(self, request, *args, **kwargs):
        s = ReportCreateSerializer(data=request.data)
        s.is_valid(raise_exception=True)
        data = s.validated_data
        try:
            a = visible_assignments(request.user).select_related("plan", "task").get(pk=data["assignment"])
        except Assignment.DoesNotExist:
            raise NotFound("No such assignment")
        files = [(f.name, f.read()) for f in request.FILES.getlist("attachments")]
        report = _run(services.submit_report, a, request.user, text=data["text"], percent=data["percent"],
                      is_typical_case=data["is_typical_case"], files=files)
        return Response(ReportSerializer(report).data, status=status.HTTP_201_CREATED)


def register(router) -> None:
    """Add the ledger's routes to the site's API router."""
    router.register("plans", PlanViewSet, basename="plan")
    router.register("matches", NameMatchViewSet, basename="namematch")
    router.register("recipients", RecipientViewSet, basename="recipient")
    router.register("tasks", TaskViewSet, basename="task")
    router.register("assignments", AssignmentViewSet, basename="assignment")
    router.register("reports", ReportViewSet, basename="report")
