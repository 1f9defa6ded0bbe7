"""REST API of notices and 催办: /api/notices/ (the caller's own; read, read_all, settings), /api/urges/ (list
the 催办 the caller's organisation sent; POST a batch) and /api/assignments/{id}/urge/ — all through the same
reads and the one write path (urging.urge) as the pages."""

from __future__ import annotations

from django.urls import path
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action, api_view
from rest_framework.response import Response
from drf_spectacular.utils import extend_schema

from kexie.ledger.api import IdField, MAX_ID

from . import notices, urging
from .models import Notice, Urge


class NoticeSerializer(serializers.ModelSerializer):
    line = serializers.SerializerMethodField()

    class Meta:
        model = Notice
        fields = ["id", "kind", "assignment", "plan", "due_date", "text", "line", "created_at", "read_at",
                  "email_state", "emailed_at"]

    def get_line(self, obj) -> str:
        return notices.describe(obj)


class UrgeSerializer(serializers.ModelSerializer):
    sender = serializers.CharField(source="sender.username", default=None, read_only=True)
    assignee = serializers.CharField(source="assignment.assignee_label", read_only=True)

    class Meta:
        model = Urge
        fields = ["id", "assignment", "plan", "assignee", "sender", "sender_organisation", "message", "created_at"]


class UrgeInputSerializer(serializers.Serializer):
    message = serializers.CharField(max_length=urging.MESSAGE_MAX)


class UrgeBatchSerializer(UrgeInputSerializer):
    assignments = serializers.ListField(child=IdField(), min_length=1, max_length=urging.BATCH_MAX)


class PreferenceSerializer(serializers.Serializer):
    email = serializers.BooleanField()


def _valid(cls, data) -> dict:
    s = cls(data=data)
    s.is_valid(raise_exception=True)
    return s.validated_data


class NoticeViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """The caller's own notices, newest first. POST /notices/{id}/read/, POST /notices/read_all/;
    GET/POST /notices/settings/ {"email": false} turns the caller's emails off (in-app notices stay)."""

    serializer_class = NoticeSerializer
    queryset = Notice.objects.none()

    def get_queryset(self):
        return notices.notices_for(self.request.user)

    @action(detail=True, methods=["post"], serializer_class=serializers.Serializer)
    def read(self, request, pk=None):
        notice = self.get_object()
        notices.mark_read(request.user, notice.pk)
        notice.refresh_from_db()
        return Response(NoticeSerializer(notice).data)

    @action(detail=False, methods=["post"], serializer_class=serializers.Serializer)
    def read_all(self, request):
        return Response({"marked": notices.mark_all_read(request.user)})

    @action(detail=False, methods=["get", "post"], serializer_class=PreferenceSerializer, url_path="settings",
            url_name="settings")
    def preferences(self, request):
        if request.method == "POST":
            notices.set_email_enabled(request.user, _valid(PreferenceSerializer, request.data)["email"])
        return Response({"email": notices.email_enabled(request.user), "unread": notices.unread_count(request.user)})


class UrgeViewSet(mixins.ListModelMixin, viewsets.GenericViewSet):
    """催办 the caller's organisation sent (newest first). POST {"assignments": [ids], "message": "…"} urges them
    all or none (404 for one outside the caller's scope, 400 for a closed one, 403 for one they may not urge)."""

    serializer_class = UrgeSerializer
    queryset = Urge.objects.none()

    def get_queryset(self):
        return urging.sent_urges(self.request.user)

    def get_serializer_class(self):
        return UrgeBatchSerializer if self.action == "create" else UrgeSerializer

    def create(self, request):
        data = _valid(UrgeBatchSerializer, request.data)
        done = urging.urge(request.user, data["assignments"], data["message"])
        return Response(UrgeSerializer(done, many=True).data, status=status.HTTP_201_CREATED)


@extend_schema(request=UrgeInputSerializer, responses={201: UrgeSerializer})
@api_view(["POST"])
def urge_assignment(request, pk):
    """催办 one assignment: {"message": "…"}."""
    data = _valid(UrgeInputSerializer, request.data)
    if not 0 < pk <= MAX_ID:
        from django.http import Http404
        raise Http404("No such assignment")
    done = urging.urge(request.user, [pk], data["message"])
    return Response(UrgeSerializer(done[0]).data, status=status.HTTP_201_CREATED)


def register(router) -> list:
    """Add the routes to the site's API router; returns the plain paths to add beside the router's."""
    router.register("notices", NoticeViewSet, basename="notice")
    router.register("urges", UrgeViewSet, basename="urge")
    return [path("assignments/<int:pk>/urge/", urge_assignment, name="assignment-urge")]
