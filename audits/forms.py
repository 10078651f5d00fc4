from __future__ import annotations

from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from audits.models import Answer, Audit, Criterion, Finding, Grade, Programme, Question, TeamMember
from deviations.forms import ActionForm
from qms.forms import DateField
from qms.models import OrganisationUnit, Role, User
from qms.pickers import PickerMixin, PickerSelect, first_then
from qms.versions import VersionedForm


def _planned_units(user: User) -> OrganisationUnit:
    if user.is_admin():
        return OrganisationUnit.objects.active()
    return OrganisationUnit.objects.active().where_user_has_role(user, Role.COORDINATOR)


class ProgrammeForm(forms.ModelForm):
    class Meta:
        model = Programme
        fields = ["unit", "year", "objectives"]
        widgets = {"objectives": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, user: User, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = _planned_units(user)
        if not self.is_bound:
            self.initial.setdefault("year", timezone.localdate().year)


class AuditForm(forms.ModelForm):
    class Meta:
        model = Audit
        fields = [
            "kind",
            "title",
            "unit",
            "process",
            "planned_date",
            "criteria",
            "scope",
            "priority",
            "priority_reason",
            "external_body",
            "external_reference",
            "external_auditors",
            "participants",
        ]
        field_classes = {"planned_date": DateField}
        widgets = {
            "criteria": forms.CheckboxSelectMultiple,
            "scope": forms.Textarea(attrs={"rows": 3}),
            "priority_reason": forms.Textarea(attrs={"rows": 3}),
            "participants": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, programme: Programme, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = OrganisationUnit.objects.active().subtree_of(programme.unit)
        self.fields["criteria"].queryset = Criterion.objects.filter(is_active=True)


class TeamMemberForm(forms.Form):
    user = forms.ModelChoiceField(label=_("Person"), queryset=User.objects.none())
    role = forms.ChoiceField(label=_("Roll i revisionen"), choices=TeamMember.Role.choices)
    override_reason = forms.CharField(
        label=_("Motivering av undantag från oberoendet"),
        help_text=_(
            "Fyll bara i om personen arbetar i den granskade verksamheten och du ändå vill ha "
            "hen i teamet. Motiveringen sparas med ditt namn."
        ),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, audit: Audit, **kwargs):
        super().__init__(*args, **kwargs)
        organisation = audit.unit.organisation() or audit.unit
        # Auditors usually hold their role high up (the group): anyone active in the
        # organisation or above it may be chosen.
        paths = [u.path for u in organisation.ancestors_and_self()]
        self.fields["user"].queryset = (
            User.objects.filter(is_active=True)
            .filter(
                Q(memberships__unit__path__in=paths)
                | Q(memberships__unit__path__startswith=organisation.path)
            )
            .distinct()
            .order_by("last_name", "first_name")
        )


class AnswerForm(VersionedForm, forms.ModelForm):
    evidence = forms.FileField(
        label=_("Underlag (foto eller dokument)"),
        required=False,
        widget=forms.ClearableFileInput(),
    )

    class Meta:
        model = Answer
        fields = ["grade", "notes"]
        widgets = {
            "grade": forms.RadioSelect,
            "notes": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["grade"].required = True
        self.fields["grade"].choices = Grade.choices
        # Unique ids per question: many answer forms share one page.
        self.auto_id = f"a{self.instance.pk}_%s"


class CriterionPickerField(PickerMixin, forms.ModelChoiceField):
    """Audit criteria, searchable by reference ("7.5"), title or framework ("SOSFS"); the
    audit's own criteria come first."""

    def __init__(self, *args, audit: Audit | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.first = Q(pk__in=audit.criteria.values("pk")) if audit is not None else None

    def preferred(self, queryset):
        return first_then(queryset, self.first, "framework", "order", "reference")

    def search(self, queryset, text: str):
        frameworks = {label.lower(): value for value, label in Criterion.Framework.choices}
        for word in text.split()[:4]:
            matches = Q(reference__istartswith=word) | Q(title__icontains=word)
            matches |= Q(
                framework__in=[v for label, v in frameworks.items() if word.lower() in label]
            )
            queryset = queryset.filter(matches)
        return self.preferred(queryset)


class FindingForm(forms.ModelForm):
    class Meta:
        model = Finding
        fields = ["grade", "title", "description", "criterion"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, audit: Audit, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["criterion"] = CriterionPickerField(
            label=self.fields["criterion"].label,
            queryset=Criterion.objects.filter(is_active=True),
            required=False,
            audit=audit,
            empty_label=_("Inget kriterium valt"),
            widget=PickerSelect(picker="revision-kriterium", params={"revision": str(audit.pk)}),
        )


class FindingTitleForm(VersionedForm, forms.ModelForm):
    class Meta:
        model = Finding
        fields = ["title"]
        labels = {"title": _("Rubrik")}
        help_texts = {"title": _("Ett påstående om vad som iakttogs, inte frågan.")}


class FindingActionForm(ActionForm):
    """An action for a finding; its unit is the audited unit."""

    def __init__(self, *args, finding: Finding, **kwargs):
        super().__init__(*args, unit=finding.audit.unit, **kwargs)
        del self.fields["unit"]
        self.auto_id = f"f{finding.pk}_%s"


class VerifyForm(forms.Form):
    verification = forms.CharField(
        label=_("Verifiering"),
        help_text=_("Vad kontrollerades, och visade det att åtgärderna fått effekt?"),
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, finding: Finding, **kwargs):
        super().__init__(*args, **kwargs)
        self.auto_id = f"v{finding.pk}_%s"


class PerformForm(forms.Form):
    performed_on = DateField(label=_("Genomförd den"))


class ReportForm(forms.Form):
    summary = forms.CharField(label=_("Sammanfattning"), widget=forms.Textarea(attrs={"rows": 5}))
    conclusion = forms.CharField(
        label=_("Slutsats"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


class CancelForm(forms.Form):
    reason = forms.CharField(label=_("Skäl"), widget=forms.Textarea(attrs={"rows": 2}))


class CriterionForm(VersionedForm, forms.ModelForm):
    class Meta:
        model = Criterion
        fields = ["framework", "reference", "title", "order", "is_active"]


class QuestionForm(VersionedForm, forms.ModelForm):
    class Meta:
        model = Question
        fields = ["criterion", "text", "guidance", "order", "is_active"]
        widgets = {"guidance": forms.Textarea(attrs={"rows": 3})}
