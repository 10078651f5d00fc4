"""allauth's SAML provider, carrying what our checks need from the validated response.

Registered in place of allauth's own through SOCIALACCOUNT_PROVIDERS["saml"]["provider_class"].
python3-saml has already checked the signature, issuer, audience, destination, times and
InResponseTo when these run; the account adapter then checks the NameID format, the
authentication context (MFA) and that the assertion is used once.
"""

from __future__ import annotations

from allauth.socialaccount.providers.saml.provider import SAMLProvider


class KommunSAMLProvider(SAMLProvider):
    package = "identity.saml"

    def extract_extra_data(self, data):
        # `data` is python3-saml's OneLogin_Saml2_Auth after process_response().
        return {
            "attributes": data.get_attributes(),
            "name_id": data.get_nameid(),
            "name_id_format": data.get_nameid_format(),
            "session_index": data.get_session_index(),
            "authn_contexts": data.get_last_authn_contexts(),
            "assertion_id": data.get_last_assertion_id(),
            "not_on_or_after": data.get_last_assertion_not_on_or_after(),
            "issuer": self.app.settings.get("idp", {}).get("entity_id", ""),
        }

    def extract_uid(self, data):
        return super().extract_uid(data) or ""


provider_classes = [KommunSAMLProvider]
