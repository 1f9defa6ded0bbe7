"""API of 推荐评选 and the 典型库 (/api/workers/...): read-only lists and details, scoped as the pages are."""

from __future__ import annotations

from django.urls import path
from rest_framework import generics, serializers

from . import campaigns as svc
from .models import Campaign, Nomination, TypicalCase

class CampaignSerializer(serializers.ModelSerializer):
    organisation_name = serializers.CharField(source="organisation.display_name", read_only=True)

    class Meta:
        model = Campaign
        fields = ["id", "title", "award", "year", "organisation", "organisation_name", "deadline", "rules",
                  "notice", "publicity_start", "publicity_end"]

class NominationSerializer(serializers.ModelSerializer):
    """No phone, e-mail or birth year: the register's personal data stays on its pages."""

    name = serializers.CharField(source="scientist.name", read_only=True)
    work_unit = serializers.CharField(source="scientist.work_unit", read_only=True)
    organisation_name = serializers.CharField(source="organisation.display_name", read_only=True)
    stage_display = serializers.CharField(source="stage_label", read_only=True)

    class Meta:
        model = Nomination
        fields = ["id", "campaign", "organisation", "organisation_name", "scientist", "name", "work_unit", "reason",
                  "stage", "outcome", "stage_display", "stage_reason", "created_at"]

class CaseSerializer(serializers.ModelSerializer):
    organisation_name = serializers.CharField(source="organisation.display_name", read_only=True)

    class Meta:
        model = TypicalCase
        fields = ["id", "kind", "title", "text", "day", "organisation", "organisation_name", "report", "people"]

class CampaignList(generics.ListAPIView):
    serializer_class = CampaignSerializer

    def get_queryset(self):
        return svc.visible_campaigns(self.request.user).select_related("organisation")

class CampaignDetail(generics.RetrieveAPIView):
    serializer_class = CampaignSerializer

    def get_object(self):
        return svc.get_campaign_for_user(self.request.user, self.kwargs["pk"])

class NominationList(generics.ListAPIView):
    """?campaign=<id>: one campaign's. The campaign side sees all its nominations; a unit, its subtree's."""

    serializer_class = NominationSerializer

    def get_queryset(self):
        from kexie.validation import api_query_id
        qs = svc.visible_nominations(self.request.user).select_related("scientist", "organisation")
        campaign = api_query_id(self.request, "campaign")
        if campaign is not None:
            qs = qs.filter(campaign_id=campaign)
        return qs.order_by("campaign_id", "organisation__path", "id")

class NominationDetail(generics.RetrieveAPIView):
    serializer_class = NominationSerializer

    def get_object(self):
        return svc.get_nomination_for_user(self.request.user, self.kwargs["pk"])

class CaseList(generics.ListAPIView):
    serializer_class = CaseSerializer

    def get_queryset(self):
        return (svc.visible_cases(self.request.user).select_related("organisation").prefetch_related("people")
                .order_by("-day", "-id"))

class CaseDetail(generics.RetrieveAPIView):
    serializer_class = CaseSerializer

    def get_object(self):
        return svc.get_case_for_user(self.request.user, self.kwargs["pk"])

urlpatterns = [
    path("workers/campaigns/", CampaignList.as_view(), name="campaign-list"),
    path("workers/campaigns/<int:pk>/", CampaignDetail.as_view(), name="campaign-detail"),
    path("workers/nominations/", NominationList.as_view(), name="nomination-list"),
    path("workers/nominations/<int:pk>/", NominationDetail.as_view(), name="nomination-detail"),
    path("workers/cases/", CaseList.as_view(), name="typicalcase-list"),
    path("workers/cases/<int:pk>/", CaseDetail.as_view(), name="typicalcase-detail"),
]
