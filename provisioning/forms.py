from django import forms
from django.utils.translation import gettext_lazy as _

from provisioning.models import ScimClient


class ScimClientForm(forms.ModelForm):
    class Meta:
        model = ScimClient
        fields = ["name"]
        help_texts = {
            "name": _("Vilket system som ska använda tokenet, t.ex. ”Entra ID, produktion”."),
        }
