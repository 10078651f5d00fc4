"""The records this app holds, for the information management plan (qms.recordtypes): what each
is, the data-protection note, the dates a retention rule may count from, the people a record
names, what it holds for the e-archive, and how it is removed everywhere when thinned."""

from __future__ import annotations

import io
import zipfile

from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef, Q, Subquery
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from deviations.models import (
    Action,
    Attachment,
    Comment,
    ConfidentialRead,
    Deviation,
    Export,
    Feedback,
    LegalTrack,
    LegalTrackKind,
    Suggestion,
)
from qms.recordtypes import (
    Event,
    PersonLink,
    RecordType,
    Removed,
    event_keys,
    fields_of,
    register,
)

# A case on several tracks is a record of the first of these (the most serious first).
LEGAL_ORDER = [
    LegalTrackKind.LEX_MARIA,
    LegalTrackKind.LEX_SARAH,
    LegalTrackKind.DATA_BREACH,
    LegalTrackKind.WORK_ENVIRONMENT,
]

CASE_EVENTS = {
    "created": Event(_("rapporteringen"), "created_at"),
    "closed": Event(_("avslut (avslutad eller avskriven)"), "closed_at"),
}

CASE_PEOPLE = (
    PersonLink("reported_by", _("rapporterade ärendet")),
    PersonLink("investigator", _("utredare")),
    PersonLink("comments__author", _("skrev en kommentar")),
    PersonLink("attachments__uploaded_by", _("laddade upp en bilaga")),
    PersonLink("actions__owner", _("ansvarig för en åtgärd")),
    PersonLink("actions__created_by", _("lade till en åtgärd")),
    PersonLink("actions__verified_by", _("verifierade en åtgärd")),
    PersonLink("legal_tracks__flagged_by", _("markerade för anmälningsspår")),
    PersonLink("legal_tracks__assessed_by", _("bedömde anmälningsspår")),
)


def _has_track(kind) -> Exists:
    return Exists(LegalTrack.objects.filter(deviation=OuterRef("pk"), kind=kind))


def plain_deviations():
    """Deviations on no legal track."""
    return Deviation.objects.exclude(Exists(LegalTrack.objects.filter(deviation=OuterRef("pk"))))


def deviations_on_track(kind):
    """Deviations whose first track (in LEGAL_ORDER) is `kind`."""
    earlier = LEGAL_ORDER[: LEGAL_ORDER.index(kind)]
    query = Deviation.objects.filter(_has_track(kind))
    for other in earlier:
        query = query.exclude(_has_track(other))
    return query


def _authority_decided(kind):
    def expression():
        return Subquery(
            LegalTrack.objects.filter(deviation=OuterRef("pk"), kind=kind).values(
                "authority_decided_at"
            )[:1]
        )

    return expression


# Parts and purges --------------------------------------------------------------------------------


def _action_ids(model, ids) -> list[int]:
    content_type = ContentType.objects.get_for_model(model)
    return list(
        Action.objects.filter(content_type=content_type, object_id__in=ids).values_list(
            "pk", flat=True
        )
    )


def deviation_parts(ids: list[int]) -> dict:
    return {
        Deviation: list(ids),
        Action: _action_ids(Deviation, ids),
        Comment: list(Comment.objects.filter(deviation__in=ids).values_list("pk", flat=True)),
        Attachment: list(Attachment.objects.filter(deviation__in=ids).values_list("pk", flat=True)),
        ConfidentialRead: list(
            ConfidentialRead.objects.filter(deviation__in=ids).values_list("pk", flat=True)
        ),
        LegalTrack: list(LegalTrack.objects.filter(deviation__in=ids).values_list("pk", flat=True)),
    }


def purge_deviations(ids: list[int]) -> Removed:
    """Remove these deviations with their actions, comments, attachments, read log and legal
    tracks, and every export file that quotes one of them. The links from synpunkter and audit
    findings to them are cleared (those records are kept under their own rules)."""
    removed = Removed()
    parts = deviation_parts(ids)
    for model, pks in parts.items():
        removed.add(model, pks)
    removed.files += [
        name
        for name in Attachment.objects.filter(pk__in=parts[Attachment]).values_list(
            "file", flat=True
        )
        if name
    ]
    removed.event_keys += event_keys("deviation", ids)
    removed.event_keys += event_keys("action", parts[Action])
    removed.event_keys += event_keys("legal", parts[LegalTrack])
    removed.urls += [reverse("deviations:detail", args=[pk]) for pk in ids]
    removed.urls += [reverse("deviations:action_detail", args=[pk]) for pk in parts[Action]]
    numbers = list(Deviation.objects.filter(pk__in=ids).values_list("number", flat=True))
    _purge_exports_quoting(numbers, removed)
    # The ORM's cascade: actions (a generic relation), comments, attachments, reads, tracks,
    # an import's record of the case; links from synpunkter and findings are set to NULL.
    Deviation.objects.filter(pk__in=ids).delete()
    return removed


def _purge_exports_quoting(numbers: list[str], removed: Removed) -> None:
    """Export files are copies: one that holds a thinned case goes with it."""
    if not numbers:
        return
    wanted = [number.encode() for number in numbers]
    quoting = []
    for export in Export.objects.exclude(file="").only("pk", "file", "format"):
        if _file_quotes(export.file, wanted):
            quoting.append(export)
    removed.add(Export, [export.pk for export in quoting])
    removed.files += [export.file.name for export in quoting]
    removed.urls += [reverse("deviations:export_detail", args=[e.pk]) for e in quoting]
    Export.objects.filter(pk__in=[export.pk for export in quoting]).delete()


def _file_quotes(field_file, wanted: list[bytes]) -> bool:
    try:
        with field_file.open("rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        return False
    if data[:2] == b"PK":  # xlsx: the text is in the zipped XML parts
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:  # any storage, not a path
                data = b"".join(archive.read(name) for name in archive.namelist())
        except (zipfile.BadZipFile, NotImplementedError, ValueError):
            return True  # cannot tell: treat as quoting (it is only a copy)
    return any(number in data for number in wanted)


def purge_feedback(ids: list[int]) -> Removed:
    removed = Removed()
    action_ids = _action_ids(Feedback, ids)
    removed.add(Feedback, ids)
    removed.add(Action, action_ids)
    removed.event_keys += event_keys("feedback", ids) + event_keys("action", action_ids)
    removed.urls += [reverse("deviations:feedback_detail", args=[pk]) for pk in ids]
    removed.urls += [reverse("deviations:action_detail", args=[pk]) for pk in action_ids]
    Feedback.objects.filter(pk__in=ids).delete()
    return removed


def feedback_parts(ids: list[int]) -> dict:
    return {Feedback: list(ids), Action: _action_ids(Feedback, ids)}


def purge_contact_details(ids: list[int]) -> Removed:
    """Blank the contact details of these synpunkter (the synpunkt itself is kept)."""
    from deviations.feedback_services import blank_contact_details

    for feedback in Feedback.objects.filter(pk__in=ids):
        blank_contact_details(feedback)
    return Removed()


def purge_suggestions(ids: list[int]) -> Removed:
    removed = Removed()
    action_ids = _action_ids(Suggestion, ids)
    removed.add(Suggestion, ids)
    removed.add(Action, action_ids)
    removed.event_keys += event_keys("suggestion", ids) + event_keys("action", action_ids)
    removed.urls += [reverse("deviations:suggestion_detail", args=[pk]) for pk in ids]
    removed.urls += [reverse("deviations:action_detail", args=[pk]) for pk in action_ids]
    Suggestion.objects.filter(pk__in=ids).delete()
    return removed


def suggestion_parts(ids: list[int]) -> dict:
    return {Suggestion: list(ids), Action: _action_ids(Suggestion, ids)}


def purge_exports(ids: list[int]) -> Removed:
    removed = Removed()
    exports = list(Export.objects.filter(pk__in=ids).only("pk", "file"))
    removed.add(Export, [e.pk for e in exports])
    removed.files += [e.file.name for e in exports if e.file]
    removed.urls += [reverse("deviations:export_detail", args=[e.pk]) for e in exports]
    Export.objects.filter(pk__in=ids).delete()
    return removed


def purge_reads(ids: list[int]) -> Removed:
    removed = Removed()
    removed.add(ConfidentialRead, ids)
    ConfidentialRead.objects.filter(pk__in=ids).delete()
    return removed


# What a case holds for the e-archive ---------------------------------------------------------

DEVIATION_FIELDS = [
    "number",
    "previous_number",
    "organisation",
    "unit",
    "status",
    "title",
    "description",
    "occurred_at",
    "location",
    "immediate_action",
    "reported_by",
    "category",
    "requirement",
    "ia_case_number",
    "supplier",
    "probability",
    "consequence",
    "investigator",
    "is_confidential",
    "cause_groups",
    "cause_analysis",
    "effectiveness_evaluation",
    "dismissal_reason",
    "reopen_reason",
    "created_at",
    "closed_at",
]
ACTION_FIELDS = [
    "kind",
    "title",
    "description",
    "owner",
    "unit",
    "due_date",
    "status",
    "result",
    "effectiveness_check",
    "created_by",
    "created_at",
    "completed_at",
    "verified_at",
    "verified_by",
]
TRACK_FIELDS = [
    "kind",
    "status",
    "flagged_by",
    "flagged_at",
    "aware_at",
    "is_serious",
    "assessment",
    "assessed_at",
    "assessed_by",
    "deadline",
    "reported_at",
    "authority_reference",
    "authority_decision",
    "authority_decided_at",
    "patient_informed",
]


def _actions_of(obj) -> list:
    return [fields_of(action, ACTION_FIELDS) for action in Action.objects.for_object(obj)]


def describe_deviation(deviation: Deviation) -> dict:
    return {
        "fields": fields_of(deviation, DEVIATION_FIELDS),
        "parts": [
            (_("Åtgärder"), _actions_of(deviation)),
            (
                _("Kommentarer"),
                [
                    fields_of(c, ["author", "text", "created_at"])
                    for c in deviation.comments.select_related("author")
                ],
            ),
            (
                _("Anmälningsspår"),
                [fields_of(t, TRACK_FIELDS) for t in deviation.legal_tracks.all()],
            ),
            (
                _("Bilagor"),
                [
                    fields_of(a, ["original_name", "content_type", "size", "uploaded_by"])
                    for a in deviation.attachments.select_related("uploaded_by")
                ],
            ),
        ],
    }


def deviation_files(deviation: Deviation) -> list:
    return [(a.original_name, a.file) for a in deviation.attachments.all()]


def describe_feedback(feedback: Feedback) -> dict:
    names = [
        "number",
        "organisation",
        "unit",
        "kind",
        "text",
        "contact_name",
        "contact_email",
        "contact_phone",
        "contact_removed_at",
        "status",
        "assignee",
        "due_date",
        "answer",
        "answered_at",
        "answered_by",
        "deviation",
        "created_at",
        "closed_at",
    ]
    return {"fields": fields_of(feedback, names), "parts": [(_("Åtgärder"), _actions_of(feedback))]}


def describe_suggestion(suggestion: Suggestion) -> dict:
    names = [
        "number",
        "organisation",
        "unit",
        "title",
        "description",
        "reason",
        "submitted_by",
        "status",
        "decision_reason",
        "decided_by",
        "decided_at",
        "created_at",
    ]
    return {
        "fields": fields_of(suggestion, names),
        "parts": [(_("Åtgärder"), _actions_of(suggestion))],
    }


# The register ------------------------------------------------------------------------------------

_CASE_NOTE = _(
    "Avvikelser innehåller ofta uppgifter om enskilda, ibland om hälsa eller sociala "
    "förhållanden. Skriv bara det som behövs för att förstå vad som hände: inga "
    "personnummer, och namn på brukare, patienter eller elever bara om det är nödvändigt."
)

register(
    RecordType(
        key="deviations.deviation",
        label=_("Avvikelse"),
        order=10,
        includes=_("med åtgärder, kommentarer, bilagor och läslogg"),
        personal_data=_("Ja: den som rapporterar, utredare, ansvariga; ofta uppgifter om enskilda"),
        sensitive=_("Kan förekomma (hälsa, sociala förhållanden)"),
        secrecy=_("Kan omfattas av sekretess (OSL 25 kap. 1 §, 26 kap. 1 §)"),
        note=_CASE_NOTE,
        model=Deviation,
        records=plain_deviations,
        events=CASE_EVENTS,
        identifier="number",
        title="title",
        visible_to=lambda user: Deviation.objects.visible_to(user),
        purge=purge_deviations,
        parts=deviation_parts,
        people=CASE_PEOPLE,
        describe=describe_deviation,
        files=deviation_files,
    )
)

_TRACK_LABELS = {
    LegalTrackKind.LEX_SARAH: (_("Lex Sarah-ärende"), 11),
    LegalTrackKind.LEX_MARIA: (_("Lex Maria-ärende"), 12),
    LegalTrackKind.DATA_BREACH: (_("Personuppgiftsincident (IMY)"), 13),
    LegalTrackKind.WORK_ENVIRONMENT: (_("Allvarligt arbetsmiljötillbud (Arbetsmiljöverket)"), 14),
}

for _kind, (_label, _order) in _TRACK_LABELS.items():
    register(
        RecordType(
            key=f"deviations.legal.{_kind}",
            label=_label,
            order=_order,
            includes=_(
                "avvikelsen med anmälningsspåret, bedömningen, anmälan och myndighetens beslut"
            ),
            personal_data=_("Ja: uppgifter om enskilda och om personal"),
            sensitive=_("Ja, ofta (hälsa, sociala förhållanden)"),
            secrecy=_("Omfattas regelmässigt av sekretess (OSL 25 kap. 1 §, 26 kap. 1 §)"),
            note=_CASE_NOTE,
            model=Deviation,
            records=lambda kind=_kind: deviations_on_track(kind),
            events={
                **CASE_EVENTS,
                "decided": Event(_("myndighetens beslut"), _authority_decided(_kind)),
            },
            identifier="number",
            title="title",
            visible_to=lambda user: Deviation.objects.visible_to(user),
            purge=purge_deviations,
            parts=deviation_parts,
            people=CASE_PEOPLE,
            describe=describe_deviation,
            files=deviation_files,
        )
    )

register(
    RecordType(
        key="deviations.feedback",
        label=_("Synpunkt eller klagomål"),
        order=20,
        includes=_("med svar och åtgärder (kontaktuppgifterna har en egen regel)"),
        personal_data=_("Ja: invånarens berättelse, handläggare"),
        sensitive=_("Kan förekomma"),
        secrecy=_("Kan omfattas av sekretess (OSL 26 kap. 1 §)"),
        note=_(
            "En synpunkt är en allmän handling. Skriv av det invånaren berättar sakligt; "
            "kontaktuppgifterna tas bort enligt informationshanteringsplanen."
        ),
        model=Feedback,
        records=lambda: Feedback.objects.all(),
        events={
            "created": Event(_("att synpunkten kom in"), "created_at"),
            "answered": Event(_("svaret"), "answered_at"),
            "closed": Event(_("avslut"), "closed_at"),
        },
        identifier="number",
        title="kind",
        visible_to=lambda user: Feedback.objects.visible_to(user),
        purge=purge_feedback,
        parts=feedback_parts,
        people=(
            PersonLink("contact_email", _("kontaktuppgift (e-post)"), kind="email"),
            PersonLink("contact_name", _("kontaktuppgift (namn)"), kind="name"),
            PersonLink("assignee", _("handläggare")),
            PersonLink("answered_by", _("besvarade synpunkten")),
            PersonLink("actions__owner", _("ansvarig för en åtgärd")),
        ),
        describe=describe_feedback,
    )
)

register(
    RecordType(
        key="deviations.feedback_contact",
        label=_("Kontaktuppgifter i synpunkter"),
        order=21,
        includes=_("invånarens namn, e-postadress och telefonnummer, och e-post till invånaren"),
        personal_data=_("Ja"),
        sensitive=_("Nej"),
        secrecy=_("Kan omfattas av sekretess (OSL 26 kap. 1 §)"),
        note=_(
            "Kontaktuppgifterna behövs bara för att svara. De tas bort för hand när "
            "synpunkten är avslutad, eller enligt regeln här."
        ),
        model=Feedback,
        records=lambda: Feedback.objects.filter(contact_removed_at__isnull=True).filter(
            ~Q(contact_name="") | ~Q(contact_email="") | ~Q(contact_phone="")
        ),
        events={
            "answered": Event(_("svaret"), "answered_at"),
            "closed": Event(_("avslut"), "closed_at"),
        },
        identifier="number",
        title="kind",
        visible_to=lambda user: Feedback.objects.visible_to(user),
        purge=purge_contact_details,
        parts=lambda ids: {Feedback: list(ids)},
    )
)

register(
    RecordType(
        key="deviations.suggestion",
        label=_("Förbättringsförslag"),
        order=30,
        includes=_("med beslut och åtgärder"),
        personal_data=_("Ja: förslagsställare och beslutsfattare"),
        sensitive=_("Nej"),
        secrecy=_("Normalt inte"),
        note=_("Förslaget och beslutet är allmänna handlingar. Skriv inte om enskilda brukare."),
        model=Suggestion,
        records=lambda: Suggestion.objects.all(),
        events={
            "created": Event(_("inlämnandet"), "created_at"),
            "decided": Event(_("beslutet"), "decided_at"),
        },
        identifier="number",
        title="title",
        visible_to=lambda user: Suggestion.objects.visible_to(user),
        purge=purge_suggestions,
        parts=suggestion_parts,
        people=(
            PersonLink("submitted_by", _("lämnade förslaget")),
            PersonLink("decided_by", _("beslutade om förslaget")),
            PersonLink("actions__owner", _("ansvarig för en åtgärd")),
        ),
        describe=describe_suggestion,
    )
)

register(
    RecordType(
        key="deviations.read_log",
        label=_("Läslogg för sekretessmarkerade ärenden"),
        order=80,
        includes=_("vem som läste, exporterade eller laddade ned ett sekretessmarkerat ärende"),
        personal_data=_("Ja: vem som läste vad och när"),
        sensitive=_("Nej"),
        secrecy=_("Normalt inte"),
        note=_("Loggen visar vem som har tagit del av sekretessmarkerade ärenden."),
        model=ConfidentialRead,
        records=lambda: ConfidentialRead.objects.all(),
        unit_field="deviation__unit",
        events={"created": Event(_("läsningen"), "at")},
        visible_to=lambda user: ConfidentialRead.objects.filter(
            deviation__in=Deviation.objects.visible_to(user)
        ),
        purge=purge_reads,
        people=(PersonLink("user", _("läste ärendet")),),
        mode="log",
    )
)

register(
    RecordType(
        key="deviations.export",
        label=_("Exportfil (Excel/CSV)"),
        order=85,
        includes=_("filer som beställts från avvikelselistan"),
        personal_data=_("Ja, samma som i ärendena"),
        sensitive=_("Kan förekomma"),
        secrecy=_("Kan omfattas av sekretess"),
        note=_("En export är en kopia för tillfälligt bruk; ärendena finns kvar i systemet."),
        model=Export,
        records=lambda: Export.objects.all(),
        unit_field="",
        events={"created": Event(_("beställningen"), "created_at")},
        visible_to=lambda user: Export.objects.filter(requested_by=user),
        purge=purge_exports,
        people=(PersonLink("requested_by", _("beställde exporten")),),
    )
)
