"""Log-in and callback views of the stricter OpenID Connect provider."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from allauth.account.internal.decorators import login_not_required
from allauth.core.exceptions import ImmediateHttpResponse
from allauth.socialaccount.internal import jwtkit
from allauth.socialaccount.models import SocialApp, SocialToken
from allauth.socialaccount.providers.oauth2.client import OAuth2Error
from allauth.socialaccount.providers.oauth2.views import OAuth2CallbackView, OAuth2LoginView
from allauth.socialaccount.providers.openid_connect.views import OpenIDConnectOAuth2Adapter
from django.http import Http404, HttpRequest

from identity.refusals import Refusal, refuse


class StrictOIDCAdapter(OpenIDConnectOAuth2Adapter):
    """Verifies the ID token's signature, issuer, audience, expiry, nonce and single use."""

    state: dict | None = None

    def _decode_id_token(self, app: SocialApp, id_token: str) -> dict:
        data = jwtkit.verify_and_decode(
            credential=id_token,
            keys_url=self.openid_config["jwks_uri"],
            issuer=self.openid_config["issuer"],
            audience=app.client_id,
            lookup_kid=jwtkit.lookup_kid_jwk,
            verify_signature=True,
        )
        state = self.state or {}
        if not state.get("nonce") or data.get("nonce") != state["nonce"]:
            raise OAuth2Error("ID token nonce does not match the request")
        if "iat" in data and datetime.fromtimestamp(int(data["iat"]), tz=UTC) > datetime.now(
            tz=UTC
        ) + timedelta(minutes=5):
            raise OAuth2Error("ID token issued in the future")
        # Kept for the single-use check and the log-out at the IdP (id_token_hint); this state
        # lives only in this request.
        state["id_token"] = id_token
        return data

    def complete_login(self, request: HttpRequest, app, token: SocialToken, **kwargs):
        id_token = kwargs["response"].get("id_token")
        if not id_token:
            raise OAuth2Error("the token response has no ID token")
        data = self._decode_id_token(app, id_token)
        uid_claim = app.settings.get("uid_field", "sub")
        if not data.get(uid_claim):
            # allauth would stop at an empty uid with a server error: refuse with the reason.
            raise ImmediateHttpResponse(
                refuse(request, Refusal.MISSING_ID, f"ID token has no {uid_claim!r} claim")
            )
        return self.get_provider().sociallogin_from_response(request, {"id_token": data})


class StrictCallbackView(OAuth2CallbackView):
    def _get_state(self, request, provider):
        state, response = super()._get_state(request, provider)
        self.adapter.state = state
        return state, response


@login_not_required
def login(request: HttpRequest, provider_id: str):
    try:
        return OAuth2LoginView.adapter_view(StrictOIDCAdapter(request, provider_id))(request)
    except SocialApp.DoesNotExist:
        raise Http404 from None


@login_not_required
def callback(request: HttpRequest, provider_id: str):
    try:
        return StrictCallbackView.adapter_view(StrictOIDCAdapter(request, provider_id))(request)
    except SocialApp.DoesNotExist:
        raise Http404 from None
