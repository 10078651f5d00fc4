"""The core's own records in the information management plan (qms.recordtypes): notices,
e-mails, accounts and the audit history."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from qms.models import Membership, Notification, NotificationPreference, OutgoingEmail, User
from qms.recordtypes import Event, PersonLink, RecordType, Removed, fields_of, register


def purge_notifications(ids: list[int]) -> Removed:
    removed = Removed()
    removed.add(Notification, ids)
    Notification.objects.filter(pk__in=ids).delete()
    return removed


def purge_emails(ids: list[int]) -> Removed:
    removed = Removed()
    removed.add(OutgoingEmail, ids)
    OutgoingEmail.objects.filter(pk__in=ids).delete()
    return removed


def describe_user(user: User) -> dict:
    return {
        "fields": fields_of(
            user,
            [
                "username",
                "first_name",
                "last_name",
                "email",
                "title",
                "employee_number",
                "is_active",
                "notify_by_email",
                "date_joined",
                "last_login",
            ],
        ),
        "parts": [
            (
                _("Roller"),
                [
                    fields_of(m, ["unit", "role", "sensitive_access", "created_at"])
                    for m in Membership.objects.filter(user=user).select_related("unit")
                ],
            ),
            (
                _("Val för aviseringar"),
                [
                    fields_of(p, ["kind", "delivery"])
                    for p in NotificationPreference.objects.filter(user=user).order_by("kind")
                ],
            ),
        ],
    }


register(
    RecordType(
        key="qms.user",
        label=_("Användarkonto och roller"),
        order=100,
        includes=_("namn, e-postadress, befattning, roller och inställningar"),
        personal_data=_("Ja"),
        sensitive=_("Nej"),
        secrecy=_("Normalt inte"),
        note=_(
            "Ett konto tas aldrig bort medan det finns ärenden som nämner personen: det "
            "inaktiveras, så att historiken visar vem som gjorde vad."
        ),
        model=User,
        describe=describe_user,
        mode="plan",
    )
)

register(
    RecordType(
        key="qms.notification",
        label=_("Avisering i systemet"),
        order=110,
        includes=_("aviseringar under klockan och Mina aviseringar"),
        personal_data=_("Ja: mottagaren och ärendets rubrik"),
        sensitive=_("Nej (sekretessmarkerade ärenden nämns bara med nummer)"),
        secrecy=_("Normalt inte"),
        note=_("Aviseringar är kopior för påminnelse; ärendet finns kvar."),
        model=Notification,
        records=lambda: Notification.objects.all(),
        unit_field="",
        events={"created": Event(_("aviseringen"), "created_at")},
        visible_to=lambda user: Notification.objects.filter(recipient=user),
        purge=purge_notifications,
        people=(PersonLink("recipient", _("mottagare")),),
        mode="log",
    )
)

register(
    RecordType(
        key="qms.outgoing_email",
        label=_("Utgående e-post (utkorgen)"),
        order=120,
        includes=_(
            "e-post som skickats; efter leverans finns bara när, vilken händelse och till vilka "
            "konton"
        ),
        personal_data=_("Ja: mottagare"),
        sensitive=_("Nej"),
        secrecy=_("Normalt inte"),
        note=_("Innehållet tas bort när e-posten har levererats."),
        model=OutgoingEmail,
        records=lambda: OutgoingEmail.objects.all(),
        unit_field="",
        events={
            "created": Event(_("att e-posten skapades"), "created_at"),
            "sent": Event(_("leveransen"), "sent_at"),
        },
        visible_to=lambda user: OutgoingEmail.objects.none(),
        purge=purge_emails,
        people=(
            PersonLink("recipient_users", _("mottagare"), kind="user_array"),
            PersonLink("recipients", _("mottagare (adress)"), kind="email_text"),
        ),
        mode="log",
    )
)

register(
    RecordType(
        key="qms.history",
        label=_("Historik (ändringshändelser)"),
        order=130,
        includes=_(
            "varje ändring av ett ärende, en enhet, ett konto eller en regel: vem, när, vad"
        ),
        personal_data=_("Ja: vem som ändrade, och ärendets innehåll vid ändringen"),
        sensitive=_("Som ärendet"),
        secrecy=_("Som ärendet"),
        note=_(
            "Historiken är en del av varje ärendes dokumentation. När ett ärende gallras "
            "gallras dess historik med det."
        ),
        events={"created": Event(_("ändringen"), "pgh_created_at")},
        mode="history",
    )
)
