"""Technical administration of the deviation registers.

Deviations, their attachments and actions are deliberately not in the admin: they may hold
sensitive personal data, and the admin would bypass `visible_to` and the read log.
"""

from django.contrib import admin

from deviations.models import (
    AccessibilityStatement,
    Category,
    FeedbackPolicy,
    LegalTrackRule,
    PublicActivity,
    Requirement,
)
from qms.admin import GroupRegisterAdminMixin


@admin.register(Category)
class CategoryAdmin(GroupRegisterAdminMixin, admin.ModelAdmin):
    list_display = ["__str__", "is_sensitive", "asks_ia_number", "is_active"]
    list_filter = ["is_sensitive", "is_active"]

    def get_readonly_fields(self, request, obj=None):
        # A change of sensitivity is a decision with a reason: made in the app, where it is
        # recorded (deviations.services.save_category).
        return ["is_sensitive"] if obj is not None else []


@admin.register(Requirement)
class RequirementAdmin(GroupRegisterAdminMixin, admin.ModelAdmin):
    list_display = ["title", "kind", "reference", "owner_unit", "review_date", "is_active"]
    list_filter = ["kind", "is_active"]
    search_fields = ["title", "reference"]


@admin.register(LegalTrackRule)
class LegalTrackRuleAdmin(GroupRegisterAdminMixin, admin.ModelAdmin):
    list_display = ["kind", "legal_reference", "target_hours"]


@admin.register(PublicActivity)
class PublicActivityAdmin(GroupRegisterAdminMixin, admin.ModelAdmin):
    list_display = ["public_name", "unit", "is_visible"]
    list_filter = ["is_visible"]
    search_fields = ["public_name", "unit__name"]


@admin.register(FeedbackPolicy)
class FeedbackPolicyAdmin(GroupRegisterAdminMixin, admin.ModelAdmin):
    list_display = ["organisation", "response_days"]


@admin.register(AccessibilityStatement)
class AccessibilityStatementAdmin(admin.ModelAdmin):
    list_display = ["__str__", "updated_at"]
