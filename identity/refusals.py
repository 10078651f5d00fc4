"""Refused SSO log-ins: a logged reason for the administrator, a Swedish page for the person."""

from __future__ import annotations

import logging
from enum import StrEnum

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger("identity.signin")


class Refusal(StrEnum):
    INVALID = "invalid"
    MFA = "mfa"
    MISSING_ID = "missing_id"
    TENANT = "tenant"
    EMAIL_TAKEN = "email_taken"
    INACTIVE = "inactive"
    CANCELLED = "cancelled"


MESSAGES = {
    Refusal.INVALID: (
        _("Inloggningen kunde inte godkännas"),
        _(
            "Svaret från identitetsleverantören var ogiltigt, för gammalt eller redan använt, "
            "eller så hörde det inte till en inloggning som startades här. Inget konto har "
            "skapats eller ändrats. Försök logga in igen. Om det händer igen, kontakta "
            "systemadministratören och berätta vilken tid det hände."
        ),
    ),
    Refusal.MFA: (
        _("Tvåstegsverifiering krävs"),
        _(
            "Hit får du bara logga in med tvåstegsverifiering (till exempel en kod i "
            "Authenticator-appen eller en säkerhetsnyckel), och identitetsleverantören intygade "
            "inte att du gjorde det. Logga ut från ditt organisationskonto och logga in igen "
            "med tvåstegsverifiering. Om du inte kan det, kontakta IT-supporten."
        ),
    ),
    Refusal.MISSING_ID: (
        _("Ditt konto saknar id"),
        _(
            "Identitetsleverantören skickade inte det fasta id som ditt konto känns igen på. "
            "Det är ett fel i inställningarna hos identitetsleverantören, inte något du kan "
            "rätta själv. Kontakta systemadministratören."
        ),
    ),
    Refusal.TENANT: (
        _("Kontot hör till en annan organisation"),
        _(
            "Du loggade in med ett konto från en annan organisation än den som får använda "
            "systemet. Logga in med ditt konto i den här organisationen."
        ),
    ),
    Refusal.EMAIL_TAKEN: (
        _("Det finns redan ett konto med din e-postadress"),
        _(
            "Ett konto i systemet har samma e-postadress men är inte kopplat till ditt "
            "organisationskonto. Av säkerhetsskäl kopplas konton aldrig ihop bara på "
            "e-postadressen. Kontakta systemadministratören, som kan koppla ihop dem."
        ),
    ),
    Refusal.INACTIVE: (
        _("Kontot är avstängt"),
        _("Ditt konto i systemet är avstängt. Kontakta kvalitetssamordnaren om det är fel."),
    ),
    Refusal.CANCELLED: (
        _("Inloggningen avbröts"),
        _("Du avbröt inloggningen hos identitetsleverantören. Inget har ändrats."),
    ),
}


def refuse(request: HttpRequest, refusal: Refusal, reason: str) -> HttpResponse:
    """Log why an SSO log-in was refused and show the person what to do (HTTP 403)."""
    logger.warning("SSO-inloggning nekad (%s): %s", refusal.value, reason)
    title, message = MESSAGES[refusal]
    return render(
        request,
        "identity/refused.html",
        {"title": title, "message": message, "refusal": refusal.value},
        status=403,
    )
