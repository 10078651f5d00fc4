"""Forms of the settings kept by coordinators: the activities of the public feedback form,
response times and the legal tracks' rules."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from deviations.models import FeedbackPolicy, LegalTrackRule, PublicActivity
from qms.models import OrganisationUnit
from qms.versions import VersionedForm


class PublicActivityForm(VersionedForm, forms.ModelForm):
    class Meta:
        model = PublicActivity
        fields = ["unit", "public_name", "is_visible"]
        help_texts = {
            "unit": _("Den enhet som synpunkter om verksamheten hamnar hos."),
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        units = OrganisationUnit.objects.visible_to(user).active().order_by("path")
        if self.instance.pk:  # an inactive unit stays choosable for the row that has it
            units = units | OrganisationUnit.objects.filter(pk=self.instance.unit_id)
        self.fields["unit"].queryset = units.order_by("path")
        self.fields["unit"].label_from_instance = lambda u: f"{'— ' * (u.depth - 1)}{u.name}"


class FeedbackPolicyForm(VersionedForm, forms.ModelForm):
    class Meta:
        model = FeedbackPolicy
        fields = ["response_days"]
        help_texts = {
            "response_days": _(
                "Hur många dagar organisationen lovar för att besvara en synpunkt (1–365). "
                "Gäller synpunkter som kommer in från nu."
            ),
        }


class LegalTrackRuleForm(VersionedForm, forms.ModelForm):
    class Meta:
        model = LegalTrackRule
        fields = ["legal_reference", "target_hours"]
        help_texts = {
            "legal_reference": _("Till exempel SoL (2025:400) 14 kap. 1 c §."),
        }
