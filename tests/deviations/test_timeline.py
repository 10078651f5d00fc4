"""The case's timeline reads each model's event table (deviations.timeline._events), not
pghistory's Events view, and tells the same story: the view's own diffs are the reference."""

from __future__ import annotations

import pghistory
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from pghistory.models import Events

from deviations.models import Action, Category, Deviation
from deviations.timeline import SHOWN_FIELDS, timeline_for
from tests.conftest import login
from tests.deviations.conftest import add_action, investigate_to_acting, report

pytestmark = pytest.mark.django_db


def story(cast) -> Deviation:
    deviation = report(cast)
    investigate_to_acting(deviation, cast.chef)
    first = add_action(deviation, cast.chef, title="Ny nyckelrutin")
    second = add_action(deviation, cast.chef, title="Utbilda personalen")
    other = Category.objects.create(name="Annan kategori")
    with pghistory.context(user=cast.chef.pk):
        Deviation.objects.filter(pk=deviation.pk).update(category=other, is_confidential=True)
        Deviation.objects.filter(pk=deviation.pk).update(title="Ändrad rubrik")  # not shown
        Action.objects.filter(pk=first.pk).update(status=Action.Status.DONE)
        Action.objects.filter(pk=second.pk).update(description="Bara text")  # not shown
        Action.objects.filter(pk=first.pk).update(status=Action.Status.VERIFIED)
        Deviation.objects.filter(pk=deviation.pk).update(probability=3, consequence=2)
    return deviation


def from_the_events_view(deviation: Deviation) -> list[tuple]:
    """What pghistory's Events view says changed, as (kind, who, fields or status)."""
    lines = []
    for event in Events.objects.tracks(deviation).order_by("pgh_id"):
        who = (event.pgh_context or {}).get("user")
        if event.pgh_label == "insert":
            lines.append(("reported", who, None))
        elif shown := sorted(name for name in SHOWN_FIELDS if name in (event.pgh_diff or {})):
            lines.append(("change", who, tuple(shown)))
    actions = list(Action.objects.for_object(deviation).values_list("pk", flat=True))
    events = Events.objects.filter(pgh_model="deviations.ActionEvent", pgh_obj_id__in=actions)
    for event in events.order_by("pgh_id"):
        who = (event.pgh_context or {}).get("user")
        if event.pgh_label == "insert":
            lines.append(("action", who, "insert"))
        elif "status" in (event.pgh_diff or {}):
            lines.append(("action", who, event.pgh_diff["status"][1]))
    return lines


def from_the_timeline(deviation: Deviation) -> list[tuple]:
    labels = {str(label): name for name, label in SHOWN_FIELDS.items()}
    statuses = {str(label).lower(): value for value, label in Action.Status.choices}
    lines = []
    for entry in timeline_for(deviation):
        who = entry.who.pk if entry.who else None
        if entry.kind == "reported":
            lines.append(("reported", who, None))
        elif entry.kind == "change":
            fields = sorted(labels[detail.split(":")[0]] for detail in entry.details)
            lines.append(("change", who, tuple(fields)))
        elif entry.kind == "action":
            if ": " in entry.text and "lades till" not in entry.text:
                lines.append(("action", who, statuses[entry.text.rsplit(": ", 1)[1]]))
            else:
                lines.append(("action", who, "insert"))
    return lines


def test_the_timeline_tells_what_the_events_view_tells(cast):
    deviation = story(cast)
    expected = from_the_events_view(deviation)
    assert ("change", cast.chef.pk, ("category_id", "is_confidential")) in expected
    assert ("action", cast.chef.pk, Action.Status.VERIFIED) in expected
    assert sorted(from_the_timeline(deviation), key=repr) == sorted(expected, key=repr)
    details = [entry.details for entry in timeline_for(deviation) if entry.kind == "change"]
    assert any(
        "Sekretessmarkering: Nej → Ja" in lines
        and any(
            line.startswith("Kategori: ") and line.endswith("→ Annan kategori") for line in lines
        )
        for lines in details
    ), details


def test_the_case_page_reads_the_event_tables_not_the_union_of_all(client, cast):
    deviation = story(cast)
    login(client, cast.chef)
    with CaptureQueriesContext(connection) as queries:
        html = client.get(deviation.get_absolute_url()).content.decode()
    assert "Åtgärd lades till: Ny nyckelrutin" in html
    events = [q["sql"] for q in queries if "event" in q["sql"].lower()]
    assert events and not any("pghistory_events" in sql or "UNION" in sql for sql in events)
    assert any('FROM "deviations_actionevent"' in sql for sql in events)


def test_the_changed_fields_are_named_in_the_readers_language(cast):
    from django.utils import translation

    deviation = story(cast)
    for language, confidential in (
        ("en", "Confidentiality: No → Yes"),
        ("sv", "Sekretessmarkering: Nej → Ja"),
    ):
        with translation.override(language):
            details = [line for entry in timeline_for(deviation) for line in entry.details]
        assert confidential in details, details
