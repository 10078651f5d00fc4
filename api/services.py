"""Writes of the API's own objects: access tokens, service accounts, webhook subscriptions."""

from __future__ import annotations

import datetime
import re
import secrets

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from api.models import AccessToken, ServiceAccount, WebhookSubscription
from qms.models import OrganisationUnit, User, hash_token
from qms.permissions import can_grant_role
from qms.services import create_user

PREFIX = "qms_"
_WELL_FORMED = re.compile(r"qms_[A-Za-z0-9_-]{40,50}")


def _check_expiry(expires_at: datetime.datetime) -> None:
    now = timezone.now()
    if expires_at <= now:
        raise ValidationError({"expires_at": _("Giltighetstiden måste sluta i framtiden.")})
    if expires_at > now + datetime.timedelta(days=AccessToken.MAX_LIFETIME_DAYS):
        raise ValidationError(
            {"expires_at": _("Ett token gäller högst ett år. Välj ett tidigare datum.")}
        )


@transaction.atomic
def create_token(
    *, user: User, by: User, name: str, scope: str, expires_at: datetime.datetime
) -> tuple[AccessToken, str]:
    """A new token for `user` (the person themself, or a service account its coordinator
    manages). The secret is returned once; only its hash is kept."""
    _check_expiry(expires_at)
    if not user.is_active:
        raise ValidationError(_("Kontot är inaktiverat."))
    secret = PREFIX + secrets.token_urlsafe(32)
    token = AccessToken.objects.create(
        user=user,
        name=name.strip(),
        scope=scope,
        secret_hash=hash_token(secret),
        hint=secret[:10],
        expires_at=expires_at,
        created_by=by,
    )
    return token, secret


@transaction.atomic
def revoke_token(token: AccessToken, *, by: User) -> None:
    """The token stops working at once, for good."""
    AccessToken.objects.filter(pk=token.pk, revoked_at__isnull=True).update(
        revoked_at=timezone.now()
    )


def token_for_secret(secret: str) -> AccessToken | None:
    """The token a request presents, whatever its state (the caller checks it), or None."""
    if not _WELL_FORMED.fullmatch(secret or ""):
        return None
    token = AccessToken.objects.select_related("user").filter(secret_hash=hash_token(secret))
    token = token.first()
    if token is not None and token.is_usable:
        now = timezone.now()
        # One write every few minutes, not one per request.
        if token.last_used_at is None or (now - token.last_used_at).total_seconds() > 300:
            AccessToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token


@transaction.atomic
def create_service_account(
    *, by: User, name: str, description: str, unit: OrganisationUnit, role: str
) -> ServiceAccount:
    """An integration's account with its first role (granted under the same rule as a
    person's). It has no password and cannot log in; it acts only through its tokens."""
    if not can_grant_role(by, unit, role):
        raise ValidationError(_("Du får inte ge den rollen på den enheten."))
    name = name.strip()
    if ServiceAccount.objects.filter(user__first_name__iexact=name).exists():
        raise ValidationError({"name": _("Det finns redan ett tjänstekonto med det namnet.")})
    username = "tjanst-" + secrets.token_hex(4)
    user = create_user(
        by=by,
        fields={"username": username, "first_name": name, "last_name": "", "title": ""},
        unit=unit,
        role=role,
    )
    return ServiceAccount.objects.create(user=user, description=description, created_by=by)


@transaction.atomic
def create_subscription(
    *, owner: User, by: User, name: str, url: str, events: list[str]
) -> WebhookSubscription:
    """A webhook subscription of `owner` (the person, or a service account its coordinator
    manages) with a new signing secret; the caller shows the secret once."""
    if not events:
        raise ValidationError({"event_types": _("Välj minst en händelse.")})
    return WebhookSubscription.objects.create(
        owner=owner,
        secret=secrets.token_hex(32),
        name=name.strip(),
        url=url,
        event_types=sorted(set(events)),
    )


@transaction.atomic
def delete_subscription(subscription: WebhookSubscription, *, by: User) -> None:
    """No more deliveries; the subscription and its log are gone (its history row stays)."""
    subscription.delete()
