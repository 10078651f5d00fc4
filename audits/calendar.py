"""Planned audit dates in the user's calendar feed: the audits they are on."""

from __future__ import annotations

import datetime
from collections.abc import Iterator

from django.utils.translation import gettext as _

from audits.models import Audit
from qms.calendar import CalendarEvent


def audit_events(user, start: datetime.date, end: datetime.date) -> Iterator[CalendarEvent]:
    audits = (
        Audit.objects.visible_to(user)
        .with_team_member(user)
        .upcoming()
        .filter(planned_date__range=(start, end))
        .select_related("unit")
    )
    for audit in audits[:500]:
        yield CalendarEvent(
            uid=f"audit-{audit.pk}@qms",
            title=_("%(kind)s: %(title)s")
            % {"kind": audit.get_kind_display(), "title": audit.title},
            date=audit.planned_date,
            url=audit.get_absolute_url(),
            description=audit.unit.name,
        )
