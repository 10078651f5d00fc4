import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from certifications.models import Certificate, Cycle, SentReminder

pytestmark = pytest.mark.django_db


def test_demo_tells_the_four_stories_and_has_reminders_due(seeded_demo):
    today = timezone.localdate()
    group = Certificate.objects.get(standard__code="iso-9001", units__code="soc")
    assert set(group.units.values_list("code", flat=True)) == {"soc", "buf", "ksf", "bost"}
    assert (
        group.current_cycle.events.filter(kind="surveillance", actual_date__isnull=False).count()
        == 1
    )

    energy = Certificate.objects.get(standard__code="iso-14001")
    assert 75 <= (energy.current_cycle.expiry_date - today).days <= 85

    umea_like = Certificate.objects.get(units__code="mbf")
    assert umea_like.status == Certificate.Status.NOT_RENEWING and umea_like.not_renewing_reason

    quality_mark = Certificate.objects.get(standard__code="quality-mark")
    cycles = list(Cycle.objects.filter(certificate=quality_mark).order_by("issue_date"))
    assert [c.issue_date for c in cycles] == [
        datetime.date(2017, 3, 20),
        datetime.date(2022, 5, 12),
        datetime.date(2025, 5, 15),
    ]
    assert cycles[0].expiry_override_reason and cycles[2].evidence.filter(done=True).count() == 4
    assert cycles[2].evidence.get(title="Bakgrund").text.startswith("Unika Exempelstad")

    call_command("send_reminders")
    assert SentReminder.objects.filter(cycle__certificate=energy).exists()
    assert not SentReminder.objects.filter(cycle__certificate=umea_like).exists()
    assert not SentReminder.objects.filter(event__cycle__certificate=umea_like).exists()
