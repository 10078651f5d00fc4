"""A real OpenID Connect provider for the SSO tests (django-oauth-toolkit), run in its own
process by tests/identity/conftest.py. Not part of the product."""
