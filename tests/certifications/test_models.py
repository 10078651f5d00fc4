"""Rules the models and the upload check keep by themselves."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, transaction

from certifications.forms import PDF, check_upload
from certifications.models import CycleEvent

pytestmark = pytest.mark.django_db


def test_upload_over_the_size_limit_is_refused():
    upload = SimpleUploadedFile("stor.pdf", b"%PDF-1.4\n" + b"0" * 100)
    with pytest.raises(ValidationError, match="för stor"):
        check_upload(upload, allowed=PDF, max_size=50)
    assert check_upload(upload, allowed=PDF, max_size=500) is upload


def test_event_links_to_any_recorded_audit_without_importing_its_app(tree, certificate):
    event = certificate.current_cycle.events.first()
    # Any model can stand in for the audits app's model: the link is generic.
    event.audit = tree.social
    event.save()
    event.refresh_from_db()
    assert event.audit == tree.social
    half_link = {"audit_content_type": ContentType.objects.get_for_model(tree.social)}
    with pytest.raises(IntegrityError), transaction.atomic():
        CycleEvent.objects.filter(pk=event.pk).update(**half_link, audit_object_id=None)
    with pytest.raises(IntegrityError), transaction.atomic():
        CycleEvent.objects.filter(pk=event.pk).update(actual_date="2026-01-01", outcome="")


def test_events_are_visible_as_their_certificates_are(tree, people):
    # A certificate is read by people whose part of the tree holds one of its scope units and
    # by people at or below a scope unit; its events by the same people (CycleEvent.visible_to
    # shares Certificate.visible_to's rule). An admin reads all, an inactive person and
    # someone without a role none.
    import datetime

    from certifications.models import Certificate
    from qms.models import Role
    from tests.certifications.factories import make_certificate
    from tests.factories import make_user

    issued = datetime.date.today() - datetime.timedelta(days=300)
    social = make_certificate([tree.social], people.responsible, issue_date=issued)
    school = make_certificate(
        [tree.school], people.school_coordinator, code="iso-14001", issue_date=issued
    )
    company = make_certificate(
        [tree.company], people.company_manager, code="iso-50001", issue_date=issued
    )
    every = {social.pk, school.pk, company.pk}
    nobody = make_user()
    gone = make_user(tree.solgarden, Role.STAFF, is_active=False)
    expected = {
        people.admin: every,
        people.coordinator: every,  # the group's: every subtree below
        people.staff: {social.pk},  # below the social services' scope unit
        people.school_coordinator: {school.pk},
        people.board: {social.pk, school.pk},  # the kommun: both förvaltningar
        nobody: set(),
        gone: set(),
    }
    for user, certificates in expected.items():
        visible = set(Certificate.objects.visible_to(user).values_list("pk", flat=True))
        events = CycleEvent.objects.visible_to(user).values_list("cycle__certificate", flat=True)
        assert visible & every == certificates, user
        assert set(events) & every == certificates, user
        assert CycleEvent.objects.visible_to(user).exists() == bool(certificates), user
