"""A thinned deviation leaves no trace anywhere: every text column of every table, every
reference to it, and every stored file are searched for its id, number, title and a unique word
from its description."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from django.apps import apps
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.utils import timezone

from audits.models import Finding
from deviations import exports, services
from deviations.models import Action, Deviation, Export, Feedback
from qms.models import FormSubmission, Notification, OutgoingEmail
from records import thinning
from tests.conftest import login
from tests.deviations.conftest import add_action, investigate_to_acting, report
from tests.records.conftest import adopt, later

# Each request commits on its own, as in production: the history context of a request (its
# address) must not reach the writes the test makes after it in one long transaction.
pytestmark = pytest.mark.django_db(transaction=True)

WORD = "Zebrafinkfjäder"
TITLE = "Brukaren fastnade i hissen vid Qwertygården"


def text_columns() -> list[tuple[str, str]]:
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT c.table_name, c.column_name FROM information_schema.columns c
            JOIN information_schema.tables t
              ON t.table_name = c.table_name AND t.table_schema = c.table_schema
            WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
              AND (c.data_type IN ('text', 'character varying', 'json', 'jsonb', 'tsvector')
                   OR c.data_type = 'ARRAY')
            ORDER BY 1, 2
            """
        )
        return cursor.fetchall()


def rows_mentioning(pattern: str, *, allowed=()) -> list[tuple[str, str, int]]:
    found = []
    with connection.cursor() as cursor:
        for table, column in text_columns():
            if (table, column) in allowed:
                continue
            cursor.execute(
                f'SELECT count(*) FROM "{table}" WHERE "{column}"::text ~* %s',
                [pattern],
            )
            count = cursor.fetchone()[0]
            if count:
                found.append((table, column, count))
    return found


def search_vectors_matching(word: str) -> list[tuple[str, str, int]]:
    """tsvector columns hold stems ("zebrafinkfjäd"), which a text search of the word misses:
    ask each with a full-text query instead, in Swedish and without stemming."""
    found = []
    with connection.cursor() as cursor:
        for table, column in text_columns():
            cursor.execute(
                "SELECT data_type FROM information_schema.columns "
                "WHERE table_schema = 'public' AND table_name = %s AND column_name = %s",
                [table, column],
            )
            if cursor.fetchone()[0] != "tsvector":
                continue
            cursor.execute(
                f'SELECT count(*) FROM "{table}" WHERE "{column}" @@ '
                f"plainto_tsquery('swedish', %s) OR \"{column}\" @@ plainto_tsquery('simple', %s)",
                [word, word],
            )
            count = cursor.fetchone()[0]
            if count:
                found.append((table, column, count))
    return found


def references_to(model, pk: int) -> list[str]:
    """Every foreign key (the history tables' too) and generic link that still points at it."""
    found = []
    content_type = ContentType.objects.get_for_model(model)
    for other in apps.get_models():
        for field in other._meta.concrete_fields:
            if (
                field.is_relation
                and field.related_model is model
                and other.objects.filter(**{field.attname: pk}).exists()
            ):
                found.append(f"{other._meta.label}.{field.name}")
        names = {f.attname for f in other._meta.concrete_fields}
        for ct_field, id_field in (
            ("content_type_id", "object_id"),
            ("audit_content_type_id", "audit_object_id"),
        ):
            if (
                ct_field in names
                and id_field in names
                and other.objects.filter(**{ct_field: content_type.pk, id_field: pk}).exists()
            ):
                found.append(f"{other._meta.label}.{id_field}")
    return found


def stored_files(root: Path) -> list[Path]:
    return [path for path in root.rglob("*") if path.is_file()]


@pytest.fixture
def media(settings, tmp_path) -> Path:
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def a_full_case(cast, client, media):
    """A confidential deviation with everything the product keeps about a case."""
    cast.chef.email = "chef@example.se"
    cast.chef.save()
    upload = SimpleUploadedFile(
        "foto.txt", f"Anteckning: {WORD} vid hissen.".encode(), content_type="text/plain"
    )
    deviation = report(
        cast,
        title=TITLE,
        description=f"Dörren stängdes och brukaren satt fast. {WORD} hittades på golvet.",
        files=[upload],
        is_confidential=True,
    )
    chef = cast.sensitive_chef
    investigate_to_acting(deviation, chef)
    action = add_action(deviation, chef, title=f"Kontrollera hissdörren ({WORD})", owner=cast.chef)
    services.complete_action(action, by=cast.chef, result=f"Klart: {WORD}")
    services.verify_action(action, by=chef, effectiveness_check="Fungerar")
    # Through the pages: history contexts carry the addresses, the read log the reads.
    login(client, chef)
    assert client.get(deviation.get_absolute_url()).status_code == 200
    client.post(f"/avvikelser/{deviation.pk}/kommentar/", {"text": f"Ringde hisservice om {WORD}."})
    deviation.refresh_from_db()
    services.start_follow_up(deviation, by=chef)
    services.close_deviation(deviation, by=chef, evaluation=f"Effekten följd upp. {WORD}")
    # A synpunkt and an audit finding that point at it (both kept under their own rules).
    feedback = Feedback.objects.create(
        number="SY-T-1",
        organisation=cast.tree.kommun,
        unit=cast.tree.solgarden,
        kind=Feedback.Kind.COMPLAINT,
        text="Hissen fastnar.",
        due_date=timezone.localdate(),
        tracking_token_hash="x" * 64,
    )
    feedback.deviation = deviation
    feedback.save()
    # An export file that holds it, an admin log entry, a form token that led to it.
    export = Export.objects.create(requested_by=chef, format=Export.Format.CSV)
    exports.run_export(export.pk)
    export.refresh_from_db()
    assert export.file
    LogEntry.objects.log_actions(
        user_id=chef.pk, queryset=[deviation], action_flag=CHANGE, change_message="Ändrad"
    )
    FormSubmission.objects.create(key="k" * 64, user=chef, result_url=deviation.get_absolute_url())
    return deviation, action, feedback, export


def test_a_thinned_deviation_leaves_no_trace(cast, archivist, client, media):
    deviation, action, feedback, export = a_full_case(cast, client, media)
    pk, number = deviation.pk, deviation.number
    attachment_file = Path(deviation.attachments.get().file.path)
    export_file = Path(export.file.path)
    id_pattern = rf"(deviation:{pk}(:|$)|/avvikelser/{pk}/|action:{action.pk}(:|$))"
    # Before: the case is everywhere (the test would find it).
    assert rows_mentioning(WORD)
    assert rows_mentioning(id_pattern)
    assert references_to(Deviation, pk)
    assert ("deviations_deviation", "search", 1) in search_vectors_matching(WORD)
    assert Notification.objects.filter(event_key__startswith=f"deviation:{pk}:").exists()
    assert OutgoingEmail.objects.filter(event__startswith=f"deviation:{pk}:").exists()
    assert attachment_file.exists()
    assert export_file.exists()

    adopt("deviations.deviation", archivist)
    (proposal,) = thinning.build_proposals(as_of=later(), by=archivist)
    thinning.approve_proposal(proposal, by=archivist)
    thinning.apply_proposal(proposal.pk)

    assert not Deviation.objects.filter(pk=pk).exists()
    allowed = {("records_proposalitem", "identifier")}  # the protocol lists case numbers
    assert rows_mentioning(WORD) == []
    assert rows_mentioning(TITLE) == []
    assert rows_mentioning(number, allowed=allowed) == []
    assert rows_mentioning(id_pattern) == []
    assert search_vectors_matching(WORD) == []
    assert search_vectors_matching("Qwertygården") == []
    assert references_to(Deviation, pk) == []
    assert references_to(Action, action.pk) == []
    feedback.refresh_from_db()
    assert feedback.deviation_id is None
    assert not Finding.objects.filter(deviation_id=pk).exists()
    # Files: the attachment and the export are gone; nothing stored names the case, except the
    # protocol's list of numbers.
    assert not attachment_file.exists()
    assert not export_file.exists()
    protocols = media / "records" / "protocols"
    for path in stored_files(media):
        data = path.read_bytes()
        assert WORD.encode() not in data, path
        assert TITLE.encode() not in data, path
        if protocols not in path.parents:
            assert number.encode() not in data, path
    proposal.refresh_from_db()
    text = subprocess.run(
        ["pdftotext", proposal.protocol_pdf.path, "-"], capture_output=True, check=True, text=True
    ).stdout
    assert number in text
    assert WORD not in text and TITLE not in text
