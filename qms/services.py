"""Writes of the shared core that cross models."""

from __future__ import annotations

import re
import secrets

from django.conf import settings
from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from qms import mail
from qms.models import Invitation, Membership, OrganisationUnit, User, hash_token


def free_username(email: str) -> str:
    """A username for a new account: its e-mail address (people log in with either), with a
    number added in the rare case that someone else already has it as their username."""
    base = re.sub(r"[^\w.@+-]", "", email.strip().lower())[:140] or "anvandare"
    candidate, n = base, 1
    while User.objects.filter(username__iexact=candidate).exists():
        n += 1
        candidate = f"{base}-{n}"
    return candidate


@transaction.atomic
def create_user(*, by: User, fields: dict, unit: OrganisationUnit, role: str) -> User:
    """Create an account together with its first role, so it is never left without scope.

    The account has no usable password: the person chooses one through an invitation, or signs
    in through the organisation's identity provider. Nobody types another person's password.
    """
    user = User(**fields)
    if not user.username:
        user.username = free_username(user.email)
    user.set_unusable_password()
    user.save()
    Membership.objects.create(user=user, unit=unit, role=role)
    return user


@transaction.atomic
def invite_user(*, by: User, fields: dict, unit: OrganisationUnit, role: str) -> User:
    """Create a local account with its first role and e-mail the person a one-time link to
    choose their own password."""
    user = create_user(by=by, fields=fields, unit=unit, role=role)
    send_invitation(user, by=by)
    return user


@transaction.atomic
def send_invitation(user: User, *, by: User) -> Invitation:
    """E-mail `user` a link to set their password (valid 72 hours, once). An earlier invitation
    that was not used stops working. The e-mail goes through the outbox, in this transaction."""
    if not user.is_active:
        raise ValidationError(_("Kontot är inaktiverat; en inbjudan kan inte skickas."))
    if not user.email:
        raise ValidationError(_("Kontot har ingen e-postadress att skicka inbjudan till."))
    now = timezone.now()
    user.invitations.usable(now).update(expires_at=now)
    token = secrets.token_urlsafe(32)
    invitation = Invitation.objects.create(
        user=user,
        token_hash=hash_token(token),
        created_by=by,
        created_at=now,
        expires_at=now + Invitation.VALID_FOR,
    )
    link = settings.BASE_URL + reverse("qms:invitation_accept", args=[token])
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("Välkommen till kvalitetsledningssystemet – välj ditt lösenord")
        body = render_to_string(
            "qms/email/invitation.txt",
            {
                "user": user,
                "by": by,
                "link": link,
                "hours": int(Invitation.VALID_FOR.total_seconds() // 3600),
            },
        )
    mail.queue(EmailMessage(subject, body, to=[user.email]), event=f"invitation:{invitation.pk}")
    return invitation


def find_invitation(token: str) -> Invitation | None:
    """The invitation this link's token belongs to (used, expired or not), or None."""
    return Invitation.objects.select_related("user").filter(token_hash=hash_token(token)).first()


@transaction.atomic
def accept_invitation(invitation: Invitation, *, password: str) -> User:
    """Set the invited person's own password and use the invitation up.

    The row is locked, so two submissions of the same link cannot both succeed."""
    invitation = Invitation.objects.select_for_update().select_related("user").get(pk=invitation.pk)
    if not invitation.is_usable() or not invitation.user.is_active:
        raise ValidationError(_("Länken har redan använts eller gått ut."))
    user = invitation.user
    password_validation.validate_password(password, user)
    user.set_password(password)
    user.save(update_fields=["password"])
    invitation.used_at = timezone.now()
    invitation.save(update_fields=["used_at"])
    return user
