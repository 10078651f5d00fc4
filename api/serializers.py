"""Serializers of objects that belong to no module."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from qms.models import Membership


class MembershipSerializer(serializers.ModelSerializer):
    unit = serializers.IntegerField(source="unit_id", read_only=True)
    unit_name = serializers.CharField(source="unit.name", read_only=True)

    class Meta:
        model = Membership
        fields = ["unit", "unit_name", "role"]


class MeSerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    username = serializers.CharField(read_only=True)
    name = serializers.CharField(source="get_full_name", read_only=True)
    roles = serializers.SerializerMethodField()

    @extend_schema_field(MembershipSerializer(many=True))
    def get_roles(self, user) -> list[dict]:
        memberships = Membership.objects.filter(user=user).select_related("unit")
        return MembershipSerializer(memberships, many=True).data


class UserSerializer(serializers.Serializer):
    """A person as the caller may see them (users endpoint): no e-mail, no log-in name; roles
    only on units the caller sees."""

    id = serializers.IntegerField(read_only=True)
    name = serializers.CharField(source="get_full_name", read_only=True)
    title = serializers.CharField(read_only=True)
    is_active = serializers.BooleanField(read_only=True)
    roles = MembershipSerializer(source="visible_memberships", many=True, read_only=True)
