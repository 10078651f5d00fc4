"""Writes of the shared core that cross models.

Roles follow these rules, here and nowhere else (the pages and the Django admin come through
these functions or refuse the same):

- nobody changes their own memberships (roles, units, access to confidential cases): another
  administrator or coordinator does that, so nobody grants themselves more;
- access to confidential cases is granted only by a quality coordinator over the unit (who is
  not the person), and the unit's other coordinators are told.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterable

from django.conf import settings
from django.contrib.auth import password_validation
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from qms import mail
from qms.models import (
    SENSITIVE_ACCESS_ROLES,
    Invitation,
    Membership,
    OrganisationUnit,
    Role,
    User,
    hash_token,
)
from qms.notifications import notify
from qms.permissions import can_grant_role


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


# Roles ----------------------------------------------------------------------------------------


@transaction.atomic
def add_membership(
    person: User, *, by: User, unit: OrganisationUnit, role: str, sensitive_access: bool = False
) -> Membership:
    """Give `person` a role on a unit (and below it), perhaps with access to confidential
    cases; the unit's other coordinators are told about such access."""
    ensure_not_own_memberships(person, by=by)
    if not can_grant_role(by, unit, role):
        raise PermissionDenied
    if sensitive_access:
        ensure_may_grant_sensitive_access(person, by=by, unit=unit, role=role)
    if Membership.objects.filter(user=person, unit=unit, role=role).exists():
        raise ValidationError(_("Användaren har redan den rollen på enheten."))
    membership = Membership.objects.create(
        user=person, unit=unit, role=role, sensitive_access=sensitive_access
    )
    if sensitive_access:
        _tell_coordinators_about_sensitive_access(membership, by=by)
    return membership


@transaction.atomic
def remove_membership(membership: Membership, *, by: User) -> None:
    """Take a role away; never one's own."""
    ensure_not_own_memberships(membership.user, by=by)
    if not can_grant_role(by, membership.unit, membership.role):
        raise PermissionDenied
    membership.delete()


def ensure_not_own_memberships(person: User, *, by: User) -> None:
    if person.pk == by.pk:
        raise ValidationError(
            _("Du kan inte ändra dina egna roller. Be en annan administratör eller samordnare."),
            code="own_memberships",
        )


def ensure_may_grant_sensitive_access(
    person: User, *, by: User, unit: OrganisationUnit, role: str
) -> None:
    """Raise unless `by` may give `person` access to the confidential cases of `unit`: a
    quality coordinator over the unit who is not the person (an administrator's technical
    role is not enough), and only for the roles that read such cases."""
    ensure_not_own_memberships(person, by=by)
    if role not in SENSITIVE_ACCESS_ROLES:
        raise ValidationError(
            _("Tillgång till sekretessmarkerade ärenden kan bara ges chefer och samordnare."),
            code="sensitive_role",
        )
    if not (by.is_active and by.has_role_over(unit, Role.COORDINATOR)):
        raise ValidationError(
            _(
                "Tillgång till sekretessmarkerade ärenden ges av en kvalitetssamordnare för "
                "enheten."
            ),
            code="sensitive_access",
        )


def _tell_coordinators_about_sensitive_access(membership: Membership, *, by: User) -> None:
    unit, person = membership.unit, membership.user
    tell_unit_coordinators(
        unit,
        by=by,
        exclude=[person],
        event_key=f"membership:{membership.pk}:sensitive-access",
        subject=_("%(by)s gav %(person)s tillgång till sekretessmarkerade ärenden på %(unit)s")
        % {"by": by, "person": person, "unit": unit.name},
        body=_(
            "Som %(role)s kan %(person)s nu läsa sekretessmarkerade avvikelser på %(unit)s och "
            "enheterna under. Varje läsning loggas. Ta bort rollen på personens sida om det "
            "inte stämmer."
        )
        % {"role": membership.get_role_display().lower(), "person": person, "unit": unit.name},
        url=person.get_absolute_url(),
    )


def tell_unit_coordinators(
    unit: OrganisationUnit,
    *,
    by: User,
    exclude: Iterable[User] = (),
    event_key: str,
    subject: str,
    body: str = "",
    url: str = "",
) -> None:
    """Notify the active coordinators at or above `unit` (not `by`, not `exclude`) of a change
    to who may read the unit's confidential cases."""
    coordinators = (
        User.objects.filter(
            is_active=True,
            memberships__role=Role.COORDINATOR,
            memberships__unit__in=unit.ancestors_and_self(),
        )
        .exclude(pk__in=[by.pk, *(user.pk for user in exclude)])
        .distinct()
    )
    notify(coordinators, event_key=event_key, subject=subject, body=body, url=url)
