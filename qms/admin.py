"""Technical administration (Django admin) for system administrators.

Everyday work — units, users and roles — is done in the app's own screens; the admin is the
fallback, e.g. to create the first (top) unit of a new installation.
"""

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _
from treebeard.admin import TreeAdmin
from treebeard.forms import movenodeform_factory

from qms import services
from qms.models import Membership, OrganisationUnit, OutgoingEmail, User


class GroupRegisterAdminMixin:
    """For registers that apply to the whole group: only those with `qms.change_group_register`
    (admins, coordinators of the whole group) add, change or delete entries, here as in the app."""

    def _may_change_group_register(self, request) -> bool:
        return request.user.has_perm("qms.change_group_register")

    def has_add_permission(self, request, *args) -> bool:
        return self._may_change_group_register(request) and super().has_add_permission(
            request, *args
        )

    def has_change_permission(self, request, obj=None) -> bool:
        return self._may_change_group_register(request) and super().has_change_permission(
            request, obj
        )

    def has_delete_permission(self, request, obj=None) -> bool:
        return self._may_change_group_register(request) and super().has_delete_permission(
            request, obj
        )


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["unit"]
    # Granted in the app only, where the rule (a coordinator over the unit) and the notice to the
    # unit's other coordinators are (qms.services.add_membership).
    readonly_fields = ["sensitive_access"]


# Nobody changes their own rights (qms.services): on one's own account these are shown, not
# edited.
OWN_ACCOUNT_READONLY = ["is_active", "is_staff", "is_superuser", "groups", "user_permissions"]


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    inlines = [MembershipInline]
    list_display = ["username", "first_name", "last_name", "email", "is_active", "is_staff"]
    fieldsets = (
        *BaseUserAdmin.fieldsets,
        ("QMS", {"fields": ["title", "employee_number"]}),
    )

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if obj is not None and obj.pk == request.user.pk:
            fields += OWN_ACCOUNT_READONLY
        return fields

    def get_inlines(self, request, obj):
        if obj is not None and obj.pk == request.user.pk:
            return []  # one's own roles are changed by someone else
        return super().get_inlines(request, obj)


@admin.register(OrganisationUnit)
class OrganisationUnitAdmin(TreeAdmin):
    form = movenodeform_factory(OrganisationUnit, fields=["name", "kind", "code", "is_active"])
    list_display = ["name", "kind", "code", "is_active"]
    search_fields = ["name", "code"]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "role", "unit", "sensitive_access"]
    list_filter = ["role"]
    search_fields = ["user__username", "user__last_name", "unit__name"]
    autocomplete_fields = ["user", "unit"]
    readonly_fields = ["sensitive_access"]  # see MembershipInline

    def has_change_permission(self, request, obj=None):
        own = obj is not None and obj.user_id == request.user.pk
        return not own and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        own = obj is not None and obj.user_id == request.user.pk
        return not own and super().has_delete_permission(request, obj)

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        actor = request.user

        class NotOwnMembershipForm(form):
            def clean(self):
                cleaned = super().clean()
                person = cleaned.get("user")
                if person is not None:
                    services.ensure_not_own_memberships(person, by=actor)
                return cleaned

        return NotOwnMembershipForm


@admin.register(OutgoingEmail)
class OutgoingEmailAdmin(admin.ModelAdmin):
    """Delivery status only. The text is never shown – a pending password reset or invitation
    carries a live token – and a delivered row has no text, subject or addresses left."""

    list_display = ["event", "status", "attempts", "created_at", "sent_at", "recipient_count"]
    list_filter = ["status"]
    search_fields = ["event"]
    fields = [
        "event",
        "status",
        "recipient_users",
        "external_recipients",
        "attempts",
        "last_error",
        "created_at",
        "sent_at",
        "content_removed_at",
    ]
    readonly_fields = fields
    actions = ["retry"]

    def has_add_permission(self, request) -> bool:
        return False

    @admin.display(description=_("mottagare"))
    def recipient_count(self, row: OutgoingEmail) -> int:
        return len(row.recipient_users) + row.external_recipients

    @admin.action(description=_("Försök skicka igen"))
    def retry(self, request, queryset):
        queryset.filter(status=OutgoingEmail.Status.FAILED, content_removed_at__isnull=True).update(
            status=OutgoingEmail.Status.PENDING, attempts=0
        )
