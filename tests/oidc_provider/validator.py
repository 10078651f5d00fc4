"""Claims for each user come from a JSON file the test writes: <OIDC_PROVIDER_CLAIMS>/<user>.json

    {"claims": {"oid": "...", "groups": [...], "amr": ["pwd", "mfa"], ...},
     "tamper": false, "expired": false}

With "tamper": true the signed ID token's payload is changed after signing (another group is
added) and the original signature kept: what an attacker in the middle would send. With
"expired": true the token is signed as usual but its `exp` lies ten minutes in the past: what a
delayed or replayed callback would carry.
"""

from __future__ import annotations

import base64
import json
import os
from datetime import timedelta
from pathlib import Path

from django.utils import timezone
from oauth2_provider.oauth2_validators import OAuth2Validator


def user_file(username: str) -> dict:
    path = Path(os.environ["OIDC_PROVIDER_CLAIMS"]) / f"{username}.json"
    return json.loads(path.read_text()) if path.exists() else {}


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def tampered(id_token: str) -> str:
    header, payload, signature = id_token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims["groups"] = [*claims.get("groups", []), "QMS-Admins"]
    return ".".join([header, _b64(json.dumps(claims).encode()), signature])


class ClaimsFromFileValidator(OAuth2Validator):
    oidc_claim_scope = None  # every claim in the file goes into the ID token

    def get_additional_claims(self, request):
        return user_file(request.user.username).get("claims", {})

    def get_id_token_dictionary(self, token, token_handler, request):
        claims, expiration_time = super().get_id_token_dictionary(token, token_handler, request)
        if user_file(request.user.username).get("expired"):
            expiration_time = timezone.now() - timedelta(minutes=10)
            claims["exp"] = int(expiration_time.timestamp())
        return claims, expiration_time

    def finalize_id_token(self, id_token, token, token_handler, request):
        signed = super().finalize_id_token(id_token, token, token_handler, request)
        if user_file(request.user.username).get("tamper"):
            return tampered(signed)
        return signed
