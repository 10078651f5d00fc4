"""allauth's OpenID Connect provider with stricter ID-token checks (see provider.py)."""
