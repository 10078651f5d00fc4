"""allauth's SAML 2.0 provider with the facts our checks need (see provider.py)."""
