"""What the audits app offers the header search (qms.search), from `Audit.visible_to(user)`."""

from __future__ import annotations

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from audits.models import Audit
from qms.search import Hit, search_source


def _hit(audit: Audit) -> Hit:
    return Hit(
        audit.external_reference,
        audit.title,
        audit.get_absolute_url(),
        audit.get_status_display(),
    )


def audits_by_number(user, query: str) -> list[Hit]:
    """Audits have no number of their own; an external audit has its body's report number."""
    found = Audit.objects.visible_to(user).filter(external_reference__iexact=query.strip())
    return [_hit(audit) for audit in found.exclude(external_reference="")[:20]]


def audits_by_text(user, query: str, limit: int) -> list[Hit]:
    found = Audit.objects.visible_to(user).filter(
        Q(title__icontains=query) | Q(process__icontains=query)
    )
    return [_hit(audit) for audit in found.order_by("-planned_date", "-id")[:limit]]


search_source(_("Revisioner"), order=60, by_number=audits_by_number, by_text=audits_by_text)
