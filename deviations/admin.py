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


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["__str__", "is_sensitive", "asks_ia_number", "is_active"]
    list_filter = ["is_sensitive", "is_active"]


@admin.register(Requirement)
class RequirementAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "reference", "owner_unit", "review_date", "is_active"]
    list_filter = ["kind", "is_active"]
    search_fields = ["title", "reference"]


@admin.register(LegalTrackRule)
class LegalTrackRuleAdmin(admin.ModelAdmin):
    list_display = ["kind", "legal_reference", "target_hours"]


@admin.register(PublicActivity)
class PublicActivityAdmin(admin.ModelAdmin):
    list_display = ["public_name", "unit", "is_visible"]
    list_filter = ["is_visible"]
    search_fields = ["public_name", "unit__name"]


@admin.register(FeedbackPolicy)
class FeedbackPolicyAdmin(admin.ModelAdmin):
    list_display = ["organisation", "response_days"]


@admin.register(AccessibilityStatement)
class AccessibilityStatementAdmin(admin.ModelAdmin):
    list_display = ["__str__", "updated_at"]
