"""Forms of the token and service-account pages."""

from __future__ import annotations

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from api.models import AccessToken, WebhookEvents, WebhookSubscription
from qms.forms import DateField, RoleChoiceMixin


def default_expiry() -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=90)


def end_of_day(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(23, 59, 59)))


class TokenForm(forms.ModelForm):
    expires_at = DateField(
        label=_("Giltigt till och med"),
        initial=default_expiry,
        help_text=_("Högst ett år framåt. Tokenet slutar fungera när dagen är slut."),
    )

    class Meta:
        model = AccessToken
        fields = ["name", "scope"]
        widgets = {"scope": forms.RadioSelect}
        help_texts = {
            "scope": _("Ett token som bara får läsa kan inte rapportera eller ändra något."),
        }

    def clean_expires_at(self) -> datetime.datetime:
        return end_of_day(self.cleaned_data["expires_at"])


class ServiceAccountForm(RoleChoiceMixin):
    name = forms.CharField(
        label=_("Namn"),
        max_length=150,
        help_text=_("Vilket system kontot är till för, t.ex. ”Intranätet” eller ”Diariet”."),
    )
    description = forms.CharField(label=_("Beskrivning"), max_length=300, required=False)

    field_order = ["name", "description", "unit", "role"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["role"].help_text = _(
            "Kontot ser och gör det som rollen på enheten tillåter, som en person med rollen. "
            "Fler roller ger du på kontots sida under Användare."
        )


class WebhookForm(forms.ModelForm):
    url = forms.URLField(
        label=_("Adress"),
        max_length=500,
        assume_scheme="https",
        help_text=_("Adressen som händelserna skickas till med POST, helst https."),
    )
    event_types = forms.MultipleChoiceField(
        label=_("Händelser"),
        choices=WebhookEvents.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Bara händelser om sådant som kontot får läsa skickas."),
    )

    class Meta:
        model = WebhookSubscription
        fields = ["name"]
        help_texts = {
            "name": _("Vilket system som tar emot, t.ex. ”Diariet”."),
        }
