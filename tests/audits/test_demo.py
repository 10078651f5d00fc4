import pytest

from audits.models import Audit, Finding, Grade
from certifications.models import CycleEvent
from deviations.models import Action
from qms.models import Notification, OutgoingEmail, User

pytestmark = pytest.mark.django_db


def test_demo_has_every_status_grade_and_kind(django_capture_on_commit_callbacks):
    from qms.management.commands.seed_demo import Command, app_demo_modules

    Command().seed_demo()
    modules = {m.__name__: m for m in app_demo_modules()}
    with django_capture_on_commit_callbacks(execute=True):
        modules["audits.demo"].seed_demo(stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert set(Audit.objects.values_list("status", flat=True)) == set(Audit.Status.values)
    assert set(Audit.objects.values_list("kind", flat=True)) == set(Audit.Kind.values)
    assert set(Finding.objects.values_list("grade", flat=True)) == set(Grade.values) - {"conforms"}
    years = set(Audit.objects.values_list("programme__year", flat=True))
    assert len(years) >= 2
    assert Action.objects.filter(content_type__model="finding").count() >= 6
    assert Audit.objects.get(status="closed").report_pdf
    assert Audit.objects.filter(team__override_by__isnull=False).exists()
    # Notices for the bell, but no e-mail to the made-up demo addresses.
    assert Notification.objects.filter(event_key__startswith="audit:").exists()
    assert not OutgoingEmail.objects.exists()
    assert not User.objects.filter(notify_by_email=False).exists()


def test_surveillance_audit_is_linked_to_the_certificate_event(seeded_demo):
    external = Audit.objects.get(kind=Audit.Kind.CERTIFICATION)
    event = CycleEvent.objects.get(audit_object_id=external.pk, audit_content_type__model="audit")
    assert event.kind == "surveillance"
    assert event.cycle.number == "NC-9001-2024-117"
    assert event.planned_date == external.planned_date
