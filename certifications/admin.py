"""The standards catalogue is edited here by administrators; certificates in the app's screens."""

from django.contrib import admin

from certifications.models import (
    Certificate,
    EventTemplate,
    EvidenceTemplate,
    SentReminder,
    Standard,
)


class EventTemplateInline(admin.TabularInline):
    model = EventTemplate
    extra = 0
    fields = ["order", "kind", "name", "anchor", "offset_months", "initial_only"]


class EvidenceTemplateInline(admin.TabularInline):
    model = EvidenceTemplate
    extra = 0
    fields = ["order", "title", "guidance"]


@admin.register(Standard)
class StandardAdmin(admin.ModelAdmin):
    inlines = [EventTemplateInline, EvidenceTemplateInline]
    list_display = ["name", "code", "validity_months", "reminder_days", "is_active"]
    fields = [
        "name",
        "code",
        "issuer",
        "renewal_kind",
        "validity_months",
        "reminder_days",
        "is_active",
    ]


@admin.register(Certificate)
class CertificateAdmin(admin.ModelAdmin):
    # Read-only here: changes go through the app, whose services keep cycles and events in step.
    list_display = ["__str__", "status", "issuer", "responsible"]
    list_filter = ["standard", "status"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


@admin.register(SentReminder)
class SentReminderAdmin(admin.ModelAdmin):
    list_display = ["sent_at", "__str__", "due_date", "late"]
    list_filter = ["late", "days_before"]
    date_hierarchy = "sent_at"

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
