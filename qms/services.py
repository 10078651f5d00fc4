"""Writes of the shared core that cross models.

Accounts and roles follow these rules, here and nowhere else (the pages, the Django admin and
provisioning come through these functions or refuse the same):

- nobody changes their own memberships (roles, units, access to confidential cases): another
  administrator or coordinator does that, so nobody grants themselves more;
- access to confidential cases is granted only by a quality coordinator over the unit (who is
  not the person), and the unit's other coordinators are told;
- nobody deactivates their own account, and the last active administrator (a superuser or a
  systemadministratör) is never deactivated and never loses the role: someone can always
  administer the system (issue 13 #9).
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterable

from django.conf import settings
from django.contrib.auth import password_validation
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import EmailMessage
from django.db import models, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from qms import mail
from qms.handover import open_work_of
from qms.languages import in_language_of, language_of
from qms.models import (
    SENSITIVE_ACCESS_ROLES,
    Invitation,
    Membership,
    OrganisationUnit,
    PublicProfile,
    Role,
    User,
    hash_token,
)
from qms.notifications import notify
from qms.permissions import can_grant_role
from qms.uploads import checked_upload


def username_base(email: str) -> str:
    """The e-mail address (or directory user name) as a valid username."""
    return re.sub(r"[^\w.@+-]", "", email.strip().lower())[:140] or "anvandare"


def free_username(email: str) -> str:
    """A username for a new account: its e-mail address (people log in with either), with a
    number added in the rare case that someone else already has it as their username."""
    base = username_base(email)
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
    with in_language_of(user):
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
    """Take a role away; never one's own, never the last active administrator's."""
    ensure_not_own_memberships(membership.user, by=by)
    if not can_grant_role(by, membership.unit, membership.role):
        raise PermissionDenied
    if membership.role == Role.ADMIN:
        ensure_an_admin_remains(without=membership.user, membership=membership)
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


def active_admins():
    """Active accounts with administrator rights: superusers and system administrators."""
    return User.objects.filter(is_active=True).filter(
        models.Q(is_superuser=True) | models.Q(memberships__role=Role.ADMIN)
    )


def ensure_an_admin_remains(*, without: User, membership: Membership | None = None) -> None:
    """Raise unless an active administrator is left once `without` is deactivated (or, given
    a membership, once that admin role is removed).

    The administrators' rows are locked first, so two administrators deactivating each other
    at the same moment cannot both succeed and leave nobody."""
    admins = list(
        User.objects.select_for_update()
        .filter(pk__in=active_admins().values("pk"))
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    if membership is not None:
        stays_admin = (
            without.is_superuser
            or without.memberships.filter(role=Role.ADMIN).exclude(pk=membership.pk).exists()
        )
        if stays_admin or not without.is_active:
            return
    if without.pk in admins and len(admins) == 1:
        raise ValidationError(
            _(
                "%(name)s är den enda aktiva administratören. Ge någon annan rollen "
                "systemadministratör först."
            )
            % {"name": without},
            code="last_admin",
        )


@transaction.atomic
def update_user(person: User, *, by: User, fields: dict) -> User:
    """Save an account's details from its edit form. Unticking "aktiv" deactivates it
    (`deactivate_user`: never oneself, never the last administrator), ticking it reactivates."""
    fields = dict(fields)
    active = fields.pop("is_active", None)
    stored = User.objects.select_for_update().get(pk=person.pk)
    for name, value in fields.items():
        setattr(person, name, value)
    if fields:
        person.save(update_fields=list(fields))
    if active is False and stored.is_active:
        deactivate_user(person, by=by)
    elif active and not stored.is_active:
        User.objects.filter(pk=person.pk).update(is_active=True)
    person.is_active = stored.is_active if active is None else active
    return person


@transaction.atomic
def deactivate_user(user: User, *, by: User | None, source: str = "") -> bool:
    """Deactivate an account: the person can no longer log in, and keeps their history, cases
    and roles (a reactivation gives everything back). The coordinators over the person's units
    get one notice listing the open cases and actions to hand over. Nobody deactivates
    themselves, and the last active administrator stays (ValidationError).

    Returns False if the account was already inactive (nothing is sent twice)."""
    if by is not None and by.pk == user.pk:
        raise ValidationError(
            _("Du kan inte inaktivera ditt eget konto. Be en annan administratör om det."),
            code="own_account",
        )
    locked = User.objects.select_for_update().get(pk=user.pk)
    if not locked.is_active:
        return False
    ensure_an_admin_remains(without=locked)
    User.objects.filter(pk=user.pk).update(is_active=False)
    user.is_active = False
    notify_handover(user, source=source)
    return True


def notify_handover(user: User, *, source: str = "") -> None:
    """One notice to the coordinators over the person's units (admins if there are none):
    the person's open cases and actions, so that someone takes them over."""
    units = [m.unit for m in user.memberships.select_related("unit")]
    coordinators = {
        m.user
        for m in Membership.objects.filter(
            role=Role.COORDINATOR,
            unit__in={a for unit in units for a in unit.ancestors_and_self()},
            user__is_active=True,
        ).select_related("user")
    }
    if not coordinators:
        coordinators = set(active_admins())
    coordinators.discard(user)
    work = open_work_of(user)
    count = sum(kind.total for kind in work)
    event_key = f"user:{user.pk}:deactivated:{timezone.now():%Y-%m-%dT%H:%M}"
    # Written once per language, each coordinator's in theirs.
    by_language: dict[str, list[User]] = {}
    for coordinator in coordinators:
        by_language.setdefault(language_of(coordinator), []).append(coordinator)
    for language, readers in sorted(by_language.items()):
        with translation.override(language):
            subject = ngettext(
                "Kontot för %(name)s är inaktiverat – %(count)s öppet ärende att lämna över",
                "Kontot för %(name)s är inaktiverat – %(count)s öppna ärenden att lämna över",
                count,
            ) % {"name": user, "count": count}
            body = render_to_string(
                "qms/email/handover.txt",
                {"person": user, "work": work, "source": source, "units": units},
            )
        notify(
            readers, event_key=event_key, subject=subject, body=body, url=user.get_absolute_url()
        )


LOGO_TYPES = {"image/png", "image/jpeg", "image/webp"}
LOGO_MAX_BYTES = 1024 * 1024


def check_logo(upload) -> str:
    """The logo's content type, or a ValidationError saying what is wrong: a PNG, JPEG or WebP
    picture (checked by content and opened as an image) of at most 1 MB."""
    from PIL import Image, UnidentifiedImageError

    if upload.size > LOGO_MAX_BYTES:
        raise ValidationError(_("Logotypen får vara högst 1 MB."), code="too_big")
    try:
        content_type = checked_upload(upload, allowed=LOGO_TYPES)
    except ValidationError as error:
        if error.code == "wrong_type":
            raise ValidationError(
                _("Logotypen måste vara en PNG-, JPEG- eller WebP-bild."), code="wrong_type"
            ) from error
        raise
    try:
        with Image.open(upload) as image:
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError) as error:
        raise ValidationError(_("Bilden går inte att läsa."), code="broken") from error
    finally:
        upload.seek(0)
    return content_type


@transaction.atomic
def save_public_profile(
    *, by: User, organisation_name: str, logo=None, remove_logo: bool = False
) -> PublicProfile:
    """The organisation's name and logo on the public pages. A replaced logo's file is removed
    once the change is committed."""
    profile = PublicProfile.objects.select_for_update().order_by("pk").first() or PublicProfile()
    old_file = profile.logo.name if profile.logo else ""
    profile.organisation_name = organisation_name.strip()
    if logo is not None:
        profile.logo_content_type = check_logo(logo)
        profile.logo.save(logo.name, logo, save=False)
    elif remove_logo:
        profile.logo, profile.logo_content_type = "", ""
    profile.save()
    if old_file and old_file != profile.logo.name:
        storage = profile.logo.storage
        transaction.on_commit(lambda: storage.delete(old_file))
    return profile
