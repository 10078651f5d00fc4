"""A real SAML 2.0 identity provider for the SSO tests (pysaml2, which signs with xmlsec1), run in
its own process by tests/identity/conftest.py. Not part of the product."""
