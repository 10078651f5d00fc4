from __future__ import annotations

import datetime

from django import forms
from django.contrib.auth.forms import SetPasswordForm
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from qms.models import (
    Membership,
    NotificationDelivery,
    NotificationKind,
    OrganisationUnit,
    PublicProfile,
    Role,
    User,
)
from qms.notifications import NOT_WEEKLY, deliveries_for, set_notification_preferences
from qms.permissions import can_grant_role
from qms.services import check_logo
from qms.versions import VersionedForm


def applied(form: forms.Form, change) -> bool:
    """Run `change(form.cleaned_data)` if the form is valid; a service's refusal
    (ValidationError) goes back onto the form, so the page shows it with what was typed.

    An edit form based on an older version of its record (`VersionedForm`) is refused the same
    way: the record is locked and compared in the transaction that saves it."""
    if not form.is_valid():
        return False
    try:
        with transaction.atomic():
            if isinstance(form, VersionedForm) and form.refused_as_stale():
                return False
            change(form.cleaned_data)
    except ValidationError as error:
        form.add_error(None, error)
        return False
    return True


# Dates people type -------------------------------------------------------------------------------
# Wide enough for every real date (old decisions, plans decades ahead), narrow enough that the
# date arithmetic built on them (+36 months, a year of periods, the day after, time zones) never
# leaves what Python and PostgreSQL can hold (issue 13 #7: 9999-12-31 broke pages for good).
EARLIEST_DATE = datetime.date(1900, 1, 1)
LATEST_DATE = datetime.date(2200, 12, 31)


def validate_date_range(value: datetime.date | datetime.datetime) -> None:
    day = value.date() if isinstance(value, datetime.datetime) else value
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        raise ValidationError(
            _("Ange ett datum mellan %(earliest)s och %(latest)s."),
            code="date_range",
            params={"earliest": EARLIEST_DATE.isoformat(), "latest": LATEST_DATE.isoformat()},
        )


class DateInput(forms.DateInput):
    """The browser's date picker, limited to the range every date field accepts."""

    input_type = "date"

    def __init__(self, attrs=None, format="%Y-%m-%d"):
        limits = {"min": EARLIEST_DATE.isoformat(), "max": LATEST_DATE.isoformat()}
        super().__init__({**limits, **(attrs or {})}, format=format)


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, attrs=None, format="%Y-%m-%dT%H:%M"):
        limits = {"min": f"{EARLIEST_DATE.isoformat()}T00:00", "max": f"{LATEST_DATE}T23:59"}
        super().__init__({**limits, **(attrs or {})}, format=format)


class DateField(forms.DateField):
    """Every date field of the project: a date in EARLIEST_DATE..LATEST_DATE. Use it in plain
    forms and, through `Meta.field_classes`, for a model's DateField in a ModelForm."""

    widget = DateInput
    default_validators = [validate_date_range]


class DateTimeField(forms.DateTimeField):
    widget = DateTimeInput
    default_validators = [validate_date_range]


class UnitForm(VersionedForm, forms.ModelForm):
    class Meta:
        model = OrganisationUnit
        fields = ["name", "kind", "code", "is_active"]


class UserForm(VersionedForm, forms.ModelForm):
    class Meta:
        model = User
        fields = ["username", "first_name", "last_name", "email", "title", "is_active"]

    def clean_email(self) -> str:
        email = self.cleaned_data["email"].strip()
        taken = User.objects.filter(email__iexact=email).exclude(pk=self.instance.pk)
        if email and taken.exists():
            raise forms.ValidationError(_("E-postadressen används redan av en annan användare."))
        return email


class RoleChoiceMixin(forms.Form):
    """Chooses a unit and a role the acting user is allowed to grant."""

    unit = forms.ModelChoiceField(label=_("Enhet"), queryset=OrganisationUnit.objects.none())
    # Least privilege: the role starts at Medarbetare, never above it.
    role = forms.ChoiceField(label=_("Roll"), choices=Role.choices, initial=Role.STAFF)

    def __init__(self, *args, actor: User, **kwargs):
        super().__init__(*args, **kwargs)
        self.actor = actor
        units = OrganisationUnit.objects.visible_to(actor).active()
        if not actor.is_admin():
            units = units.where_user_has_role(actor, Role.COORDINATOR)
        self.fields["unit"].queryset = units.order_by("path")
        self.fields["unit"].label_from_instance = lambda u: f"{'— ' * (u.depth - 1)}{u.name}"
        if not actor.is_admin():
            self.fields["role"].choices = [c for c in Role.choices if c[0] != Role.ADMIN]

    def clean(self):
        cleaned = super().clean()
        unit, role = cleaned.get("unit"), cleaned.get("role")
        if unit and role and not can_grant_role(self.actor, unit, role):
            raise forms.ValidationError(_("Du får inte ge den rollen på den enheten."))
        return cleaned


class NewUserForm(RoleChoiceMixin, UserForm):
    """A new local account with its first role (a user without a role sees nothing).

    No password fields: the person gets an e-mail with a one-time link and chooses their own.
    The username is their e-mail address."""

    class Meta(UserForm.Meta):
        fields = ["first_name", "last_name", "email", "title"]

    field_order = ["first_name", "last_name", "email", "title", "unit", "role"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("first_name", "last_name", "email"):
            self.fields[name].required = True
        self.fields["email"].help_text = _(
            "Inbjudan skickas hit. Personen loggar in med adressen och väljer själv sitt lösenord."
        )


class SetOwnPasswordForm(SetPasswordForm):
    """The invited person chooses their password (Django's validators apply)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("new_password1", "new_password2"):
            self.fields[name].widget.attrs["autocomplete"] = "new-password"


class MembershipForm(RoleChoiceMixin):
    sensitive_access = forms.BooleanField(
        label=capfirst(Membership._meta.get_field("sensitive_access").verbose_name),
        help_text=_(
            "Ger chefer och kvalitetssamordnare läsrätt till sekretessmarkerade avvikelser i "
            "enheten och under den. Varje läsning loggas. Ges bara av en kvalitetssamordnare för "
            "enheten, och enhetens övriga samordnare får veta det."
        ),
        required=False,
    )

    def __init__(self, *args, user: User, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean(self):
        cleaned = super().clean()
        unit, role = cleaned.get("unit"), cleaned.get("role")
        if (
            unit
            and role
            and Membership.objects.filter(user=self.user, unit=unit, role=role).exists()
        ):
            raise forms.ValidationError(_("Användaren har redan den rollen på enheten."))
        return cleaned


class UserSearchForm(forms.Form):
    q = forms.CharField(label=_("Sök namn, användarnamn eller e-post"), required=False)


class NotificationPreferenceForm(forms.Form):
    """E-mail on or off, and for each kind of notice: at once, in a summary, or in-app only."""

    notify_by_email = forms.BooleanField(
        label=_("Skicka aviseringar via e-post"),
        required=False,
        help_text=_("Utan bock visas aviseringar bara i systemet (klockan)."),
    )

    def __init__(self, *args, user: User, **kwargs):
        chosen = deliveries_for(user)
        initial = {"notify_by_email": user.notify_by_email, **chosen}
        super().__init__(*args, initial=initial, **kwargs)
        for kind in NotificationKind:
            choices = [
                (value, label)
                for value, label in NotificationDelivery.choices
                if not (kind in NOT_WEEKLY and value == NotificationDelivery.WEEKLY)
            ]
            # Not required: a form sent without a kind keeps what the person had.
            self.fields[kind.value] = forms.ChoiceField(
                label=kind.label, choices=choices, required=False
            )
        self.user = user
        self.chosen = chosen

    def kind_fields(self):
        return [self[kind.value] for kind in NotificationKind]

    def save(self) -> None:
        set_notification_preferences(
            self.user,
            notify_by_email=self.cleaned_data["notify_by_email"],
            deliveries={
                kind.value: self.cleaned_data[kind.value] or self.chosen[kind.value]
                for kind in NotificationKind
            },
        )


class PublicProfileForm(VersionedForm, forms.ModelForm):
    logo_file = forms.FileField(
        label=_("Ny logotyp"),
        required=False,
        help_text=_("PNG, JPEG eller WebP, högst 1 MB. Visas bredvid namnet, 40 pixlar hög."),
        widget=forms.ClearableFileInput(attrs={"accept": "image/png,image/jpeg,image/webp"}),
    )
    remove_logo = forms.BooleanField(label=_("Ta bort logotypen"), required=False)

    class Meta:
        model = PublicProfile
        fields = ["organisation_name"]

    def clean_logo_file(self):
        logo = self.cleaned_data.get("logo_file")
        if logo:
            check_logo(logo)
        return logo
