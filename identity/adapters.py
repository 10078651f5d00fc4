"""allauth adapters: just-in-time accounts from SSO, refusals, break-glass passwords, log-out
at the identity provider."""

from __future__ import annotations

import logging
from urllib.parse import urlencode

from allauth.core.exceptions import ImmediateHttpResponse
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from allauth.socialaccount.providers.base import AuthError
from django.conf import settings
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.http import HttpRequest
from django.urls import reverse

from identity.refusals import Refusal, refuse
from identity.replay import first_use
from identity.services import mapped_claim_names, sync_roles_from_claims
from identity.signin import SignIn, SignInRefused, from_sociallogin
from qms.auth import AccountAdapter as QmsAccountAdapter
from qms.models import User

logger = logging.getLogger("identity.signin")

# In the session of a person signed in through SSO: what log-out at the IdP needs.
SSO_SESSION_KEY = "identity_sso"


def password_login_allowed(user: User | None) -> bool:
    """Local passwords are on for everyone, or only for the named break-glass administrators."""
    if settings.LOCAL_PASSWORD_LOGIN:
        return True
    return user is not None and user.username.lower() in settings.BREAK_GLASS_USERNAMES


class SocialAccountAdapter(DefaultSocialAccountAdapter):
    """An SSO log-in: checked, then the account is created or updated and its roles synced."""

    def is_open_for_signup(self, request: HttpRequest, sociallogin) -> bool:
        return True  # just-in-time accounts; local sign-up stays closed (qms.auth)

    def pre_social_login(self, request: HttpRequest, sociallogin) -> None:
        try:
            sign_in = self._checked(sociallogin)
        except SignInRefused as refused:
            raise ImmediateHttpResponse(
                refuse(request, refused.refusal, f"{sociallogin.account.provider}: {refused}")
            ) from None
        request.identity_sign_in = sign_in
        if sociallogin.is_existing:
            update_person(sociallogin.user, sign_in)
            sync_roles_from_claims(sociallogin.user, sign_in.claims, source=sign_in.source)

    def _checked(self, sociallogin) -> SignIn:
        sign_in = from_sociallogin(sociallogin, mapped_claim_names())
        if not sign_in.token_id or sign_in.token_expires is None:
            raise SignInRefused(Refusal.INVALID, "the response has no id or expiry")
        if not first_use(
            issuer=sign_in.issuer, token_id=sign_in.token_id, expires_at=sign_in.token_expires
        ):
            raise SignInRefused(Refusal.INVALID, f"{sign_in.token_id} was used before (replay)")
        if sociallogin.is_existing:
            if not sociallogin.user.is_active:
                raise SignInRefused(
                    Refusal.INACTIVE, f"account {sociallogin.user.username} is deactivated"
                )
        elif sign_in.email and User.objects.filter(email__iexact=sign_in.email).exists():
            raise SignInRefused(
                Refusal.EMAIL_TAKEN,
                f"{sign_in.email} belongs to an account not linked to {sign_in.uid}",
            )
        return sign_in

    def save_user(self, request: HttpRequest, sociallogin, form=None):
        """The first log-in: the account, its identity and the mapped roles, in one go."""
        sign_in: SignIn = request.identity_sign_in
        user = sociallogin.user
        user.first_name = sign_in.first_name[:150] or user.first_name
        user.last_name = sign_in.last_name[:150] or user.last_name
        user.email = sign_in.email
        user.title = sign_in.title[:200]
        user = super().save_user(request, sociallogin, form)
        sync_roles_from_claims(user, sign_in.claims, source=sign_in.source)
        logger.info("Nytt konto %s från %s", user.username, sign_in.source)
        return user

    def on_authentication_error(
        self, request, provider, error=None, exception=None, extra_context=None
    ):
        extra_context = extra_context or {}
        detail = extra_context.get("saml_last_error_reason") or (
            f"{exception.__class__.__name__}: {exception}" if exception else ""
        )
        if exception and exception.__cause__:
            detail += f" ({exception.__cause__})"
        refusal = Refusal.CANCELLED if error == AuthError.CANCELLED else Refusal.INVALID
        name = getattr(getattr(provider, "app", None), "provider_id", "") or getattr(
            provider, "id", "?"
        )
        raise ImmediateHttpResponse(refuse(request, refusal, f"{name}: {error} {detail}".strip()))


def update_person(user: User, sign_in: SignIn) -> None:
    """Name, e-mail and title follow the directory at each log-in."""
    changed = []
    for field, value, limit in (
        ("first_name", sign_in.first_name, 150),
        ("last_name", sign_in.last_name, 150),
        ("title", sign_in.title, 200),
    ):
        if value and getattr(user, field) != value[:limit]:
            setattr(user, field, value[:limit])
            changed.append(field)
    email = sign_in.email
    if email and email.lower() != user.email.lower():
        if User.objects.filter(email__iexact=email).exclude(pk=user.pk).exists():
            logger.warning(
                "E-postadressen för %s ändrades inte: %s används av ett annat konto",
                user.username,
                email,
            )
        else:
            user.email = email
            changed.append("email")
    if changed:
        user.save(update_fields=changed)


@receiver(user_logged_in)
def remember_sso_session(sender, request, user, **kwargs) -> None:
    """After the session key is cycled: keep what log-out at the IdP needs."""
    sign_in: SignIn | None = getattr(request, "identity_sign_in", None) if request else None
    if sign_in is not None:
        request.session[SSO_SESSION_KEY] = {
            "protocol": sign_in.protocol,
            "provider_id": sign_in.provider_id,
            **sign_in.logout,
        }


class AccountAdapter(QmsAccountAdapter):
    def send_password_reset_mail(self, user, email, context) -> None:
        # With local passwords off, only break-glass accounts may set a password. The page
        # says the same whether or not a mail was sent (no account enumeration).
        if password_login_allowed(user):
            super().send_password_reset_mail(user, email, context)

    def get_logout_redirect_url(self, request: HttpRequest) -> str:
        """Called before the session ends: for an SSO session, the IdP's log-out address."""
        sso = request.session.get(SSO_SESSION_KEY) if request.user.is_authenticated else None
        if sso:
            try:
                url = idp_logout_url(request, sso)
            except Exception:  # the IdP's metadata unreachable: log out here at least
                logger.exception("Utloggning hos identitetsleverantören kunde inte startas")
                url = None
            if url:
                return url
        return super().get_logout_redirect_url(request)


def idp_logout_url(request: HttpRequest, sso: dict) -> str | None:
    """OpenID Connect RP-initiated log-out, or a SAML LogoutRequest; None if the IdP has none."""
    from allauth.socialaccount.adapter import get_adapter

    after = request.build_absolute_uri(reverse(settings.LOGOUT_REDIRECT_URL))
    if sso["protocol"] == "oidc":
        provider = get_adapter().get_provider(request, provider=sso["provider_id"])
        config = provider.get_oauth2_adapter(request).openid_config
        endpoint = config.get("end_session_endpoint")
        if not endpoint:
            return None
        params = {"post_logout_redirect_uri": after, "client_id": provider.app.client_id}
        if sso.get("id_token"):
            params["id_token_hint"] = sso["id_token"]
        return f"{endpoint}{'&' if '?' in endpoint else '?'}{urlencode(params)}"
    if sso["protocol"] == "saml":
        from allauth.socialaccount.providers.saml.utils import build_auth

        provider = get_adapter().get_provider(
            request, provider="saml", client_id=sso["provider_id"]
        )
        auth = build_auth(request, provider)
        if not auth.get_slo_url():
            return None
        return auth.logout(
            return_to=after,
            name_id=sso.get("name_id"),
            session_index=sso.get("session_index"),
            name_id_format=sso.get("name_id_format"),
        )
    return None
