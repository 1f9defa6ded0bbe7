"""REST API of per-person quotas: GET /quotas/{task}/ the tally, POST /quotas/{task}/set/ sets it,
POST /quotas/{task}/items/ 登记 (multipart with an optional file). Scoped like the quota page (404 outside)."""

from __future__ import annotations

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound
from rest_framework.parsers import FormParser, JSONParser, MultiPartParser
from rest_framework.response import Response

from . import quotas
from .access import get_task_for_user
from .models import QuotaItem, Rhythm, Task

PAGE_SIZE = 100


class QuotaSetSerializer(serializers.Serializer):
    count = serializers.IntegerField(help_text="每人数量（1–100）")
    organisation = serializers.IntegerField(min_value=1, max_value=2 ** 63 - 1)
    subtree = serializers.BooleanField(default=False)
    rhythm = serializers.ChoiceField(choices=[v for v in Rhythm.values if v], required=False, default=None,
                                     allow_null=True)


class ItemCreateSerializer(serializers.Serializer):
    person = serializers.IntegerField(min_value=1, max_value=2 ** 63 - 1)
    title = serializers.CharField(max_length=quotas.TITLE_MAX)
    day = serializers.DateField()
    file = serializers.FileField(required=False, allow_null=True, default=None)


class ItemSerializer(serializers.ModelSerializer):
    class Meta:
        model = QuotaItem
        fields = ["id", "task", "person", "period", "title", "day", "filename", "sha256", "size", "content_type",
                  "recorded_at"]


class TallyFilterSerializer(serializers.Serializer):
    period = serializers.CharField(required=False, allow_blank=True, max_length=20)
    page = serializers.IntegerField(required=False, min_value=1, max_value=10 ** 6, default=1)
    unmet = serializers.BooleanField(required=False, default=False)


def _valid(serializer_class, data) -> dict:
    s = serializer_class(data=data)
    s.is_valid(raise_exception=True)
    return s.validated_data


class QuotaViewSet(viewsets.GenericViewSet):
    queryset = Task.objects.none()  # the id's type for the schema; every read goes through quotas' getters
    parser_classes = [JSONParser, MultiPartParser, FormParser]

    @extend_schema(parameters=[TallyFilterSerializer], responses={200: OpenApiTypes.OBJECT})
    def retrieve(self, request, pk=None):
        """The tally of ?period= (default: the current one): totals, units and people (?page=, ?unmet=true)."""
        task = quotas.get_quota_task_for_user(request.user, pk)
        params = _valid(TallyFilterSerializer, request.query_params)
        period = quotas.period_for(task, params.get("period"))
        if period is None:
            raise NotFound("No such period")
        prefix, start = task.viewer_prefix, (params["page"] - 1) * PAGE_SIZE
        t = quotas.totals(task, period.key, prefix)
        units = quotas.by_unit(task, period.key, prefix)[start:start + PAGE_SIZE]
        people = quotas.people(task, period.key, prefix, unmet=params["unmet"])[start:start + PAGE_SIZE]
        return Response({
            "task": task.pk, "quota": task.quota, "organisation": task.quota_organisation_id,
            "subtree": task.quota_subtree, "rhythm": task.rhythm, "period": period.key,
            "totals": {"people": t.people, "met": t.met, "not_met": t.not_met, "items": t.items},
            "units": [{"organisation": r["organisation_id"], "name": r["organisation__name"], "people": r["people"],
                       "met": r["met"], "not_met": r["people"] - r["met"], "items": r["items"] or 0} for r in units],
            "people": [{"person": p.pk, "name": p.name, "organisation": p.organisation_id, "n": p.n,
                        "met": p.n >= task.quota} for p in people],
        })

    @extend_schema(request=QuotaSetSerializer, responses={200: OpenApiTypes.OBJECT})
    @action(detail=True, methods=["post"], url_path="set", url_name="set")
    def set_quota(self, request, pk=None):
        """Set or change the task's quota: the plan's issuer (a draft or a published plan)."""
        task = get_task_for_user(request.user, pk)
        data = _valid(QuotaSetSerializer, request.data)
        quotas.set_quota(task, request.user, count=data["count"], organisation=data["organisation"],
                         subtree=data["subtree"], rhythm=data["rhythm"])
        return Response({"task": task.pk, "quota": task.quota, "organisation": task.quota_organisation_id,
                         "subtree": task.quota_subtree, "rhythm": task.rhythm})

    @extend_schema(request=ItemCreateSerializer, responses={201: ItemSerializer})
    @action(detail=True, methods=["post"])
    def items(self, request, pk=None):
        task = quotas.get_quota_task_for_user(request.user, pk)
        data = _valid(ItemCreateSerializer, request.data)
        upload = data["file"]
        item = quotas.record_item(task, request.user, person=data["person"], title=data["title"], day=data["day"],
                                  file=(upload.name, upload.read()) if upload else None)
        return Response(ItemSerializer(item).data, status=status.HTTP_201_CREATED)


def register(router) -> None:
    router.register("quotas", QuotaViewSet, basename="quota")
