"""Certification deadlines as calendar events, and the iCalendar feed built from every source."""

from __future__ import annotations

import datetime
from collections.abc import Iterator

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from certifications.models import Certificate, Cycle, CycleEvent
from qms.calendar import CalendarEvent, events_for
from qms.notifications import absolute_url

# What the feed covers: recent history (so a just-missed deadline still shows) and the future
# as far as a three-year cycle plans it.
FEED_PAST_DAYS = 90
FEED_FUTURE_DAYS = 3 * 366


def certification_events(user, start: datetime.date, end: datetime.date) -> Iterator[CalendarEvent]:
    """Open cycle events and expiry dates of the certificates the user may see."""
    visible = Certificate.objects.visible_to(user)
    events = (
        CycleEvent.objects.visible_to(user)
        .remindable()
        .filter(planned_date__range=(start, end))
        .select_related("cycle__certificate__standard")
    )
    for event in events:
        certificate = event.cycle.certificate
        yield CalendarEvent(
            uid=f"certification-event-{event.pk}@qms",
            title=f"{event.name}: {certificate.standard.name}",
            date=event.planned_date,
            url=certificate.get_absolute_url(),
            description=_("Utfärdare: %(issuer)s") % {"issuer": certificate.issuer},
        )
    cycles = (
        Cycle.objects.current()
        .filter(
            certificate__in=visible,
            certificate__status__in=Certificate.IN_FORCE,
            expiry_date__range=(start, end),
        )
        .select_related("certificate__standard")
    )
    for cycle in cycles:
        yield CalendarEvent(
            uid=f"certificate-expiry-{cycle.pk}@qms",
            title=_("%(standard)s går ut") % {"standard": cycle.certificate.standard.name},
            date=cycle.expiry_date,
            url=cycle.certificate.get_absolute_url(),
            description=_("Sista giltighetsdag för certifikatet."),
        )


def build_feed(user) -> bytes:
    """The user's deadlines from every registered calendar source, as an iCalendar file."""
    today = timezone.localdate()
    start = today - datetime.timedelta(days=FEED_PAST_DAYS)
    end = today + datetime.timedelta(days=FEED_FUTURE_DAYS)
    calendar = Calendar()
    calendar.add("prodid", "-//QMS//Kvalitetsledning//SV")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", _("Kvalitetsledning – %(name)s") % {"name": user})
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    stamp = timezone.now()
    for item in events_for(user, start, end):
        event = Event()
        event.add("uid", item.uid)
        event.add("dtstamp", stamp)
        event.add("summary", item.title)
        # All-day events: a deadline is a calendar date in Stockholm, not an instant.
        event.add("dtstart", item.date)
        event.add("dtend", item.date + datetime.timedelta(days=1))
        event.add("transp", "TRANSPARENT")
        if item.url:
            event.add("url", absolute_url(item.url))
        description = "\n".join(p for p in (item.description, absolute_url(item.url)) if p)
        if description:
            event.add("description", description)
        calendar.add_component(event)
    return calendar.to_ical()
