"""The API's 转办 and 逐级汇总 on an assignment: POST relay/, GET chain/, GET gather/?period=, POST compile/.

A mixin of api.AssignmentViewSet: the same scoping (get_object: 404 outside the caller's scope) and the same action
functions as the pages (relays.relay, compile.gather, compile.compile_report).
"""

from __future__ import annotations

from rest_framework import serializers, status
from rest_framework.decorators import action
from rest_framework.response import Response

from . import compile as compiling, relays
from .access import visible_assignments
from .lights import Clock
from .reports import REPORT_TEXT_MAX

MAX_ID = 2 ** 63 - 1


def _id():
    return serializers.IntegerField(min_value=1, max_value=MAX_ID)


class RelaySerializer(serializers.Serializer):
    organisations = serializers.ListField(child=_id(), required=False, default=list)
    departments = serializers.ListField(child=_id(), required=False, default=list)
    due_date = serializers.DateField()


class GatherSerializer(serializers.Serializer):
    period = serializers.CharField(required=False, allow_blank=True, max_length=20, default="")


class CompileSerializer(GatherSerializer):
    text = serializers.CharField(max_length=REPORT_TEXT_MAX)
    percent = serializers.IntegerField(min_value=0, max_value=100, default=0)
    sources = serializers.ListField(child=_id(), allow_empty=True)


def _valid(serializer_class, data) -> dict:
    s = serializer_class(data=data)
    s.is_valid(raise_exception=True)
    return s.validated_data


class RelayActions:
    """转办 (POST relay/ {organisations, departments, due_date}), the chain below (GET chain/), the reports to compile
    (GET gather/?period=) and the compiled report sent up (POST compile/ {period, text, percent, sources})."""

    @action(detail=True, methods=["post"], serializer_class=RelaySerializer)
    def relay(self, request, pk=None):
        from .api import AssignmentSerializer
        a = self.get_object()
        done = relays.relay(a, request.user, **_valid(RelaySerializer, request.data))
        clock = Clock.at()
        for c in done.created:
            c.light = clock.of(c)
        return Response({"created": AssignmentSerializer(done.created, many=True).data, "already": done.already},
                        status=status.HTTP_201_CREATED)

    @action(detail=True, methods=["get"])
    def chain(self, request, pk=None):
        from .api import AssignmentSerializer, _lighted
        a = self.get_object()
        total, closed, average = relays.chain_progress(a)
        rows = _lighted(relays.chain_of(a).filter(pk__in=visible_assignments(request.user).values("pk"))
                        .select_related("task", "plan", "organisation", "department"), Clock.at())
        page = self.paginate_queryset(rows.order_by("organisation__path", "id"))
        return Response({"total": total, "closed": closed, "average_progress": average,
                         "assignments": AssignmentSerializer(page, many=True).data})

    @action(detail=True, methods=["get"])
    def gather(self, request, pk=None):
        a = self.get_object()
        g = compiling.gather(a, _valid(GatherSerializer, request.query_params)["period"])
        return Response({
            "period": g.period, "draft": g.draft, "average_progress": g.percent,
            "sent": [{"assignment": r.pk, "unit": r.assignee_label, "report": r.report.pk, "text": r.report.text,
                      "percent": r.report.percent, "created_at": r.report.created_at} for r in g.sent],
            "missing": [{"assignment": r.pk, "unit": r.assignee_label} for r in g.missing],
            "sums": [{"label": s.label, "measure": s.measure, "total": str(s.total.normalize()), "reports": s.units}
                     for s in g.sums]})

    @action(detail=True, methods=["post"], serializer_class=CompileSerializer)
    def compile(self, request, pk=None):
        from .api import ReportSerializer
        a = self.get_object()
        data = _valid(CompileSerializer, request.data)
        report = compiling.compile_report(a, request.user, period=data["period"], text=data["text"],
                                          percent=data["percent"], source_ids=data["sources"])
        return Response(ReportSerializer(report).data, status=status.HTTP_201_CREATED)
