"""Real identity providers in their own processes, one of each per test session.

The OpenID Connect provider is django-oauth-toolkit (tests/oidc_provider), the SAML IdP is
pysaml2 (tests/saml_idp). Each runs with its own database and keys in a temporary folder and
is stopped at the end of the session – or, if pytest itself dies, by the kernel
(PR_SET_PDEATHSIG), so no provider outlives the test run.
"""

from __future__ import annotations

import ctypes
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
from django.conf import settings

BASE_DIR = Path(settings.BASE_DIR)
PR_SET_PDEATHSIG = 1


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _die_with_parent() -> None:
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


class ProviderProcess:
    """A server in a second process, answering on 127.0.0.1:port once `ready_path` answers."""

    def __init__(self, module: str, state_dir: Path, env: dict[str, str], ready_path: str):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.state_dir = state_dir
        self.log_path = state_dir / "server.log"
        self.log = open(self.log_path, "w")  # noqa: SIM115 (closed in stop)
        clean_env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", module, str(self.port), str(state_dir)],
            cwd=BASE_DIR,
            env={**clean_env, **env},
            stdout=self.log,
            stderr=subprocess.STDOUT,
            preexec_fn=_die_with_parent,
        )
        # Generous: on a busy machine importing Django and migrating the provider's database
        # can take a while, and a slow start is not a failure of what is tested.
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            try:
                if requests.get(self.url + ready_path, timeout=5).ok:
                    return
            except requests.RequestException:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"{module} did not start:\n{self.log_path.read_text()}")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()

    def output(self) -> str:
        return self.log_path.read_text()


OIDC_CLIENT_ID = "qms-test-client"
OIDC_CLIENT_SECRET = "qms-test-secret-1234567890"


class OidcProvider(ProviderProcess):
    def set_user(
        self, username: str, claims: dict, *, tamper: bool = False, expired: bool = False
    ) -> None:
        """What the provider puts into this user's next ID tokens."""
        (self.state_dir / f"{username}.json").write_text(
            json.dumps({"claims": claims, "tamper": tamper, "expired": expired})
        )

    def browser(self, username: str) -> requests.Session:
        """A browser signed in at the provider as `username`."""
        session = requests.Session()
        session.get(f"{self.url}/test/login/{username}/", allow_redirects=False).raise_for_status()
        return session


@pytest.fixture(scope="session")
def oidc_provider(tmp_path_factory):
    state_dir = tmp_path_factory.mktemp("oidc-provider")
    provider = OidcProvider(
        "tests.oidc_provider.serve",
        state_dir,
        {
            "OIDC_CLIENT_ID": OIDC_CLIENT_ID,
            "OIDC_CLIENT_SECRET": OIDC_CLIENT_SECRET,
            "OIDC_REDIRECT_URIS": "http://testserver/konto/oidc/kommun/login/callback/",
            "OIDC_POST_LOGOUT_REDIRECT_URIS": "http://testserver/konto/login/",
        },
        ready_path="/test/ready/",
    )
    yield provider
    provider.stop()


@pytest.fixture
def oidc_settings(settings, oidc_provider):
    """The QMS configured for the test provider, as the README tells an administrator to."""
    providers = dict(settings.SOCIALACCOUNT_PROVIDERS)
    providers["openid_connect"] = {
        **providers["openid_connect"],
        "APPS": [
            {
                "provider_id": "kommun",
                "name": "Testkommuns konto",
                "client_id": OIDC_CLIENT_ID,
                "secret": OIDC_CLIENT_SECRET,
                "settings": {
                    "server_url": f"{oidc_provider.url}/o",
                    "uid_field": "oid",
                    "tenant_id": "tenant-1",
                    "mfa_amr": ["mfa"],
                    "claims": {"title": "jobTitle"},
                },
            }
        ],
    }
    settings.SOCIALACCOUNT_PROVIDERS = providers
    settings.SSO_REQUIRE_MFA = True
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, SAML_SP_HOST]
    return settings


SAML_SP_HOST = "qms.testkommun.se"  # python3-saml refuses single-label hosts like "testserver"
SAML_SP_ENTITY_ID = "http://qms.testkommun.se/konto/saml/kommun/metadata/"


class SamlIdP(ProviderProcess):
    def set_user(self, username: str, **description) -> None:
        """What the IdP asserts for this user next (see tests/saml_idp/serve.py)."""
        (self.state_dir / f"{username}.json").write_text(json.dumps(description))

    @property
    def certificate(self) -> str:
        return (self.state_dir / "idp.crt").read_text()


@pytest.fixture(scope="session")
def saml_idp(tmp_path_factory):
    idp = SamlIdP(
        "tests.saml_idp.serve",
        tmp_path_factory.mktemp("saml-idp"),
        {
            "SAML_SP_ENTITY_ID": SAML_SP_ENTITY_ID,
            "SAML_SP_ACS": "http://qms.testkommun.se/konto/saml/kommun/acs/",
            "SAML_SP_SLS": "http://qms.testkommun.se/konto/saml/kommun/sls/",
        },
        ready_path="/ready",
    )
    yield idp
    idp.stop()


@pytest.fixture
def saml_settings(settings, saml_idp):
    """The QMS configured for the test IdP: the production settings' SAML app, pointed at it."""
    providers = dict(settings.SOCIALACCOUNT_PROVIDERS)
    app = {
        "provider_id": "kommun",
        "client_id": "kommun",
        "name": "Testkommuns konto",
        "settings": {
            **settings.SAML_APP_SETTINGS,
            "idp": {
                "entity_id": f"{saml_idp.url}/metadata",
                "sso_url": f"{saml_idp.url}/sso/redirect",
                "slo_url": f"{saml_idp.url}/slo/redirect",
                "x509cert": saml_idp.certificate,
            },
            "sp": {"entity_id": SAML_SP_ENTITY_ID},
        },
    }
    providers["saml"] = {**providers["saml"], "APPS": [app]}
    settings.SOCIALACCOUNT_PROVIDERS = providers
    settings.SSO_REQUIRE_MFA = True
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, SAML_SP_HOST]
    return settings
