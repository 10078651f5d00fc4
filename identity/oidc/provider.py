"""allauth's OpenID Connect provider, made stricter for a kommun's identity provider.

Registered in place of allauth's own through SOCIALACCOUNT_PROVIDERS["openid_connect"]
["provider_class"], so configuration, URLs and `SocialAccount` rows stay allauth's. It adds a
nonce to every authorisation request; views.py verifies the ID token's signature always (allauth
skips it for tokens fetched from the token endpoint), the nonce, and that the token is used once.
"""

from __future__ import annotations

import secrets

from allauth.socialaccount.providers.openid_connect.provider import OpenIDConnectProvider

from identity.oidc.views import StrictOIDCAdapter


class KommunOIDCProvider(OpenIDConnectProvider):
    oauth2_adapter_class = StrictOIDCAdapter
    package = "identity.oidc"  # our urls.py, with our views
    pkce_enabled_default = True

    def redirect(self, request, process, next_url=None, data=None, **kwargs):
        nonce = secrets.token_urlsafe(32)
        auth_params = kwargs.get("auth_params")
        if auth_params is None:
            auth_params = self.get_auth_params()
        kwargs["auth_params"] = {**auth_params, "nonce": nonce}
        # Extra keyword arguments end up in the state kept in the session for the callback.
        return super().redirect(request, process, next_url, data, nonce=nonce, **kwargs)

    def extract_uid(self, data):
        # A missing identifier is refused by the adapter with its reason; allauth would fail
        # with a KeyError here first.
        try:
            return super().extract_uid(data)
        except KeyError:
            return ""

    def get_default_scope(self):
        return ["openid", "profile", "email"]


provider_classes = [KommunOIDCProvider]
