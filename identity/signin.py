"""What an SSO log-in says about the person, the same for OpenID Connect and SAML."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime

from django.conf import settings
from django.utils.dateparse import parse_datetime

from identity.models import GROUPS_CLAIM
from identity.refusals import Refusal

SAML_TRANSIENT = "urn:oasis:names:tc:SAML:2.0:nameid-format:transient"
SAML_EMAIL = "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress"


class SignInRefused(Exception):
    def __init__(self, refusal: Refusal, reason: str):
        super().__init__(reason)
        self.refusal = refusal
        self.reason = reason


@dataclass
class SignIn:
    protocol: str  # "oidc" or "saml"
    provider_id: str
    uid: str
    claims: dict[str, list[str]]
    first_name: str = ""
    last_name: str = ""
    email: str = ""
    title: str = ""
    mfa: bool = False
    issuer: str = ""
    token_id: str = ""
    token_expires: datetime | None = None
    # What log-out at the IdP needs (ID token, or NameID and session index).
    logout: dict = field(default_factory=dict)

    @property
    def source(self) -> str:
        return f"{self.protocol}:{self.provider_id}"

    def groups(self) -> list[str]:
        return self.claims.get(GROUPS_CLAIM, [])


def values(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list | tuple | set):
        return [str(v) for v in value if v is not None and str(v) != ""]
    return [str(value)] if str(value) != "" else []


def first(value) -> str:
    found = values(value)
    return found[0] if found else ""


def from_sociallogin(sociallogin, claim_names: set[str]) -> SignIn:
    """The facts of a log-in. Raises SignInRefused for what no configuration may allow."""
    provider = sociallogin.account.get_provider()
    app_settings = provider.app.settings or {}
    data = sociallogin.account.extra_data or {}
    if provider.id == "saml":
        return _from_saml(sociallogin, provider, app_settings, data, claim_names)
    return _from_oidc(sociallogin, provider, app_settings, data, claim_names)


def _mfa_required(app_settings: dict) -> bool:
    return app_settings.get("mfa_required", settings.SSO_REQUIRE_MFA)


def _from_oidc(sociallogin, provider, app_settings, data, claim_names) -> SignIn:
    token = data.get("id_token") or {}
    uid_claim = app_settings.get("uid_field", "sub")
    uid = sociallogin.account.uid  # what allauth looks the account up by: token[uid_claim]
    if not uid:
        raise SignInRefused(Refusal.MISSING_ID, f"ID token has no {uid_claim!r} claim")
    tenant = app_settings.get("tenant_id")
    if tenant and token.get("tid") != tenant:
        raise SignInRefused(Refusal.TENANT, f"tenant {token.get('tid')!r} is not {tenant!r}")
    groups_claim = app_settings.get("groups_claim", GROUPS_CLAIM)
    if "_claim_names" in token or "hasgroups" in token:
        # Entra leaves the groups out when a person has too many (an "overage"): the roles
        # would be wrong, so the log-in is refused rather than taking roles away.
        raise SignInRefused(
            Refusal.INVALID,
            "ID token has a groups overage; emit only the groups assigned to the application",
        )
    claims = {GROUPS_CLAIM: values(token.get(groups_claim))}
    for name in claim_names - {GROUPS_CLAIM}:
        claims[name] = values(token.get(name))
    amr = set(values(token.get("amr")))
    acr = set(values(token.get("acr"))) | set(values(token.get("acrs")))
    mfa = bool(amr & set(app_settings.get("mfa_amr", ["mfa"]))) or bool(
        acr & set(app_settings.get("mfa_acr", []))
    )
    if _mfa_required(app_settings) and not mfa:
        raise SignInRefused(
            Refusal.MFA, f"MFA required; the ID token has amr={sorted(amr)} acr={sorted(acr)}"
        )
    raw = (sociallogin.state or {}).get("id_token", "")
    name_claims = app_settings.get("claims", {})
    return SignIn(
        protocol="oidc",
        provider_id=sociallogin.account.provider,
        uid=uid,
        claims=claims,
        first_name=first(token.get(name_claims.get("first_name", "given_name"))),
        last_name=first(token.get(name_claims.get("last_name", "family_name"))),
        email=first(token.get(name_claims.get("email", "email"))),
        title=first(token.get(name_claims.get("title", "jobTitle"))),
        mfa=mfa,
        issuer=str(token.get("iss", "")),
        token_id=str(token.get("jti") or hashlib.sha256(raw.encode()).hexdigest()),
        token_expires=datetime.fromtimestamp(int(token["exp"]), tz=UTC),
        logout={"id_token": raw},
    )


def _from_saml(sociallogin, provider, app_settings, data, claim_names) -> SignIn:
    attributes = data.get("attributes", {})
    mapping = app_settings.get("attribute_mapping", {})
    # allauth takes the identifier from the attribute mapped to "uid", else from the NameID.
    uid = sociallogin.account.uid
    if not mapping.get("uid") and data.get("name_id_format") in (SAML_TRANSIENT, SAML_EMAIL):
        raise SignInRefused(
            Refusal.MISSING_ID,
            f"NameID format {data.get('name_id_format')} is not a persistent identifier",
        )
    if not uid:
        raise SignInRefused(Refusal.MISSING_ID, "SAML assertion has no persistent identifier")

    def attribute(key: str) -> str:
        for name in values(mapping.get(key)):
            if found := first(attributes.get(name)):
                return found
        return ""

    groups = []
    for name in app_settings.get("groups_attributes", []):
        groups += values(attributes.get(name))
    claims = {GROUPS_CLAIM: groups}
    for name in claim_names - {GROUPS_CLAIM}:
        claims[name] = values(attributes.get(name))
    contexts = set(values(data.get("authn_contexts")))
    mfa = bool(contexts & set(app_settings.get("mfa_authn_contexts", [])))
    if _mfa_required(app_settings) and not mfa:
        raise SignInRefused(
            Refusal.MFA, f"MFA required; the assertion's AuthnContext is {sorted(contexts)}"
        )
    expires = data.get("not_on_or_after")
    if isinstance(expires, int | float):
        expires = datetime.fromtimestamp(expires, tz=UTC)
    elif isinstance(expires, str):
        expires = parse_datetime(expires)
    return SignIn(
        protocol="saml",
        provider_id=sociallogin.account.provider,
        uid=uid,
        claims=claims,
        first_name=attribute("first_name"),
        last_name=attribute("last_name"),
        email=attribute("email"),
        title=attribute("title"),
        mfa=mfa,
        issuer=str(data.get("issuer", "")),
        token_id=str(data.get("assertion_id") or ""),
        token_expires=expires,
        logout={
            "name_id": data.get("name_id"),
            "name_id_format": data.get("name_id_format"),
            "session_index": data.get("session_index"),
        },
    )
