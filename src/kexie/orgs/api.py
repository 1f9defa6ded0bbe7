"""REST API for organisations and people: read-only, scoped to the caller's subtree like the pages."""

from __future__ import annotations

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from rest_framework import serializers, viewsets

from kexie.validation import api_query_id

from .access import visible_organisations, visible_people
from .models import Department, Organisation, Person, Position


class DepartmentSerializer(serializers.ModelSerializer):
    class Meta:
        model = Department
        fields = ["id", "name"]


class OrganisationSerializer(serializers.ModelSerializer):
    aliases = serializers.ListField(source="alias_list", child=serializers.CharField(), read_only=True)
    kind_display = serializers.CharField(source="get_kind_display", read_only=True)
    level_display = serializers.CharField(source="get_level_display", read_only=True)
    departments = DepartmentSerializer(many=True, read_only=True)

    class Meta:
        model = Organisation
        fields = ["id", "name", "short_name", "aliases", "kind", "kind_display", "level", "level_display",
                  "parent", "depth", "departments"]


class PersonSerializer(serializers.ModelSerializer):
    titles = serializers.ListField(child=serializers.CharField(), read_only=True)
    department_name = serializers.CharField(source="department.name", read_only=True, default=None)

    class Meta:
        model = Person
        fields = ["id", "name", "organisation", "department", "department_name", "titles", "phone", "email"]


class OrganisationViewSet(viewsets.ReadOnlyModelViewSet):
    """Organisations in the caller's subtree, the caller's own first."""

    serializer_class = OrganisationSerializer
    queryset = Organisation.objects.none()

    def get_queryset(self):
        return visible_organisations(self.request.user).prefetch_related(
            Prefetch("departments", queryset=Department.objects.order_by("order", "name")))


class PersonViewSet(viewsets.ReadOnlyModelViewSet):
    """People of the organisations in the caller's subtree; ?organisation=ID narrows to one."""

    serializer_class = PersonSerializer
    queryset = Person.objects.none()

    def get_queryset(self):
        qs = visible_people(self.request.user).select_related("department").prefetch_related(
            Prefetch("positions", queryset=Position.objects.order_by("order", "id")))
        org = api_query_id(self.request, "organisation", label=_("组织编号"))
        return qs if org is None else qs.filter(organisation_id=org)
