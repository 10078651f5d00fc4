"""The pickers of this app (qms.pickers): the criterion of a finding, searchable."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404

from audits import services
from audits.forms import FindingForm
from audits.models import Audit
from qms import pickers


@pickers.register("revision-kriterium")
def finding_criterion(request: HttpRequest, params) -> pickers.PickerMixin:
    """For those who work on the audit, as the finding form itself."""
    pk = params.get("revision", "")
    if not pk.isdigit():
        raise Http404
    audit = get_object_or_404(Audit.objects.visible_to(request.user), pk=pk)
    if not services.may_work_on(request.user, audit):
        raise PermissionDenied
    return FindingForm(audit=audit).fields["criterion"]
