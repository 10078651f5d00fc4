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
