"""REST API for documents: list, detail (with the parse) and upload, scoped to the caller's subtree."""

from __future__ import annotations

from django.utils.translation import gettext as _
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.exceptions import PermissionDenied
from rest_framework.parsers import MultiPartParser
from rest_framework.response import Response

from kexie.orgs.access import membership_of, visible_organisations
from kexie.validation import ID_RANGE

from .access import visible_documents
from .models import Document
from .services import IngestError, ingest


class DocumentSerializer(serializers.ModelSerializer):
    organisation_name = serializers.CharField(source="organisation.name", read_only=True)
    uploaded_by = serializers.CharField(source="uploaded_by.username", read_only=True, default=None)

    class Meta:
        model = Document
        fields = ["id", "organisation", "organisation_name", "filename", "sha256", "size", "doc_type",
                  "doc_number", "title", "date", "issuer", "uploaded_by", "uploaded_at"]


class DocumentDetailSerializer(DocumentSerializer):
    class Meta(DocumentSerializer.Meta):
        fields = [*DocumentSerializer.Meta.fields, "parse"]


class UploadSerializer(serializers.Serializer):
    file = serializers.FileField(allow_empty_file=True)  # ingest says why an empty file is refused
    organisation = serializers.IntegerField(required=False, min_value=ID_RANGE[0], max_value=ID_RANGE[1],
                                            help_text="默认为调用者所在组织；须在其下级范围内。")


class DocumentViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin,
                      viewsets.GenericViewSet):
    """Documents of the caller's subtree. POST a file (multipart, field `file`) to store it:
    201 when new, 200 when the same bytes were already stored for that organisation, 400 when unreadable."""

    queryset = Document.objects.none()

    def get_queryset(self):
        qs = visible_documents(self.request.user).select_related("organisation", "uploaded_by")
        return qs if self.action == "retrieve" else qs.defer("parse", "text")

    def get_serializer_class(self):
        if self.action == "retrieve":
            return DocumentDetailSerializer
        if self.action == "create":
            return UploadSerializer
        return DocumentSerializer

    def get_parsers(self):
        if getattr(self, "action", None) == "create" or self.request is None or self.request.method == "POST":
            return [MultiPartParser()]
        return super().get_parsers()

    def create(self, request, *args, **kwargs):
        membership = membership_of(request.user)
        if membership is None or not membership.can_edit:
            raise PermissionDenied(_("只有管理员和经办人员可以上传文件。"))
        form = UploadSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        organisation = membership.organisation
        if form.validated_data.get("organisation"):
            organisation = visible_organisations(request.user).filter(pk=form.validated_data["organisation"]).first()
            if organisation is None:
                return Response({"detail": _("没有这个组织。")}, status=status.HTTP_404_NOT_FOUND)
        upload = form.validated_data["file"]
        try:
            document, created = ingest(upload.read(), upload.name, organisation, request.user)
        except IngestError as e:
            return Response({"detail": str(e)}, status=status.HTTP_400_BAD_REQUEST)
        return Response(DocumentSerializer(document).data,
                        status=status.HTTP_201_CREATED if created else status.HTTP_200_OK)
