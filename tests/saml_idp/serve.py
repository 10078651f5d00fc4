"""Run the test SAML IdP: python -m tests.saml_idp.serve PORT STATE_DIR

Makes its own key and self-signed certificate (STATE_DIR/idp.crt, read by the tests), knows the
QMS service provider from SAML_SP_ENTITY_ID / SAML_SP_ACS / SAML_SP_SLS, and answers:

- GET /sso/redirect?SAMLRequest=…&RelayState=…&user=NAME – an HTML form that posts a
  SAMLResponse for the user described in STATE_DIR/NAME.json to the service's ACS:

      {"name_id": "…", "name_id_format": "persistent", "attributes": {"…": ["…"]},
       "authn_context": "…", "sign": true, "audience": "sp" | "other", "expired": false}

- GET /slo/redirect?SAMLRequest=… – ends the IdP session and redirects back with a
  LogoutResponse; the last LogoutRequest's NameID is written to STATE_DIR/last_logout.json.
"""

from __future__ import annotations

import datetime
import html
import json
import sys
from pathlib import Path
from socketserver import ThreadingMixIn
from urllib.parse import parse_qs
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from saml2 import BINDING_HTTP_POST, BINDING_HTTP_REDIRECT
from saml2.config import IdPConfig
from saml2.saml import (
    NAME_FORMAT_URI,
    NAMEID_FORMAT_EMAILADDRESS,
    NAMEID_FORMAT_PERSISTENT,
    NAMEID_FORMAT_TRANSIENT,
    NameID,
)
from saml2.server import Server

OTHER_SP = "https://annan-tjanst.example.se/sp"
NAMEID_FORMATS = {
    "persistent": NAMEID_FORMAT_PERSISTENT,
    "transient": NAMEID_FORMAT_TRANSIENT,
    "email": NAMEID_FORMAT_EMAILADDRESS,
}


def make_key_and_cert(state_dir: Path) -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test-IdP")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    key_path, cert_path = state_dir / "idp.key", state_dir / "idp.crt"
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption(),
        )
    )
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return key_path, cert_path


def sp_metadata(entity_id: str, acs: str, sls: str) -> str:
    return f"""<?xml version="1.0"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="{entity_id}">
  <md:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:SingleLogoutService Binding="{BINDING_HTTP_REDIRECT}" Location="{sls}"/>
    <md:NameIDFormat>{NAMEID_FORMAT_PERSISTENT}</md:NameIDFormat>
    <md:AssertionConsumerService Binding="{BINDING_HTTP_POST}" Location="{acs}" index="0"/>
  </md:SPSSODescriptor>
</md:EntityDescriptor>"""


class TestIdP:
    def __init__(self, url: str, state_dir: Path, sp: dict[str, str]):
        self.url, self.state_dir, self.sp = url, state_dir, sp
        self.key_path, self.cert_path = make_key_and_cert(state_dir)
        metadata = []
        for entity_id in (sp["entity_id"], OTHER_SP):
            path = state_dir / f"sp-{len(metadata)}.xml"
            path.write_text(sp_metadata(entity_id, sp["acs"], sp["sls"]))
            metadata.append(str(path))
        self.metadata = metadata

    def server(self, lifetime_minutes: int = 15) -> Server:
        config = IdPConfig()
        config.load(
            {
                "entityid": f"{self.url}/metadata",
                "service": {
                    "idp": {
                        "endpoints": {
                            "single_sign_on_service": [
                                (f"{self.url}/sso/redirect", BINDING_HTTP_REDIRECT)
                            ],
                            "single_logout_service": [
                                (f"{self.url}/slo/redirect", BINDING_HTTP_REDIRECT)
                            ],
                        },
                        "policy": {
                            "default": {
                                "lifetime": {"minutes": lifetime_minutes},
                                "attribute_restrictions": None,
                                "name_form": NAME_FORMAT_URI,
                            }
                        },
                        "name_id_format": [NAMEID_FORMAT_PERSISTENT],
                        "want_authn_requests_signed": False,
                    }
                },
                "key_file": str(self.key_path),
                "cert_file": str(self.cert_path),
                "xmlsec_binary": "/usr/bin/xmlsec1",
                "metadata": {"local": self.metadata},
            }
        )
        return Server(config=config)

    def sso(self, query: dict[str, str]) -> tuple[str, list, bytes]:
        user = json.loads((self.state_dir / f"{query['user']}.json").read_text())
        server = self.server(lifetime_minutes=-10 if user.get("expired") else 15)
        request = server.parse_authn_request(query["SAMLRequest"], BINDING_HTTP_REDIRECT)
        audience = OTHER_SP if user.get("audience") == "other" else self.sp["entity_id"]
        response = server.create_authn_response(
            identity=user.get("attributes", {}),
            in_response_to=request.message.id,
            destination=self.sp["acs"],
            sp_entity_id=audience,
            name_id=NameID(
                format=NAMEID_FORMATS[user.get("name_id_format", "persistent")],
                text=user["name_id"],
            ),
            authn={
                "class_ref": user.get(
                    "authn_context",
                    "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport",
                )
            },
            sign_assertion=user.get("sign", True),
            sign_response=False,
            sign_alg="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
            digest_alg="http://www.w3.org/2001/04/xmlenc#sha256",
        )
        saml_response = html.escape(_b64(str(response)))
        relay_state = html.escape(query.get("RelayState", ""))
        form = (
            f'<form method="post" action="{html.escape(self.sp["acs"])}">'
            f'<input type="hidden" name="SAMLResponse" value="{saml_response}">'
            f'<input type="hidden" name="RelayState" value="{relay_state}">'
            "</form>"
        )
        return "200 OK", [("Content-Type", "text/html")], form.encode()

    def slo(self, query: dict[str, str]) -> tuple[str, list, bytes]:
        server = self.server()
        request = server.parse_logout_request(query["SAMLRequest"], BINDING_HTTP_REDIRECT)
        (self.state_dir / "last_logout.json").write_text(
            json.dumps(
                {
                    "name_id": request.message.name_id.text,
                    "session_index": [s.text for s in request.message.session_index],
                }
            )
        )
        response = server.create_logout_response(request.message, [BINDING_HTTP_REDIRECT])
        info = server.apply_binding(
            BINDING_HTTP_REDIRECT,
            str(response),
            self.sp["sls"],
            query.get("RelayState", ""),
            response=True,
        )
        location = dict(info["headers"])["Location"]
        return "302 Found", [("Location", location)], b""

    def __call__(self, environ, start_response):
        query = {k: v[0] for k, v in parse_qs(environ.get("QUERY_STRING", "")).items()}
        path = environ["PATH_INFO"]
        try:
            if path == "/sso/redirect":
                status, headers, body = self.sso(query)
            elif path == "/slo/redirect":
                status, headers, body = self.slo(query)
            elif path == "/ready":
                status, headers, body = "200 OK", [("Content-Type", "text/plain")], b"ok"
            else:
                status, headers, body = "404 Not Found", [], b""
        except Exception as error:  # shown to the test, which prints the log
            import traceback

            traceback.print_exc()
            status, headers, body = "500 Internal Server Error", [], str(error).encode()
        start_response(status, headers)
        return [body]


def _b64(xml: str) -> str:
    import base64

    return base64.b64encode(xml.encode()).decode()


class QuietHandler(WSGIRequestHandler):
    def log_message(self, format, *args):
        sys.stderr.write("saml-idp: " + (format % args) + "\n")


class ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True


def main(port: int, state_dir: Path) -> None:
    import os

    url = f"http://127.0.0.1:{port}"
    sp = {
        "entity_id": os.environ["SAML_SP_ENTITY_ID"],
        "acs": os.environ["SAML_SP_ACS"],
        "sls": os.environ["SAML_SP_SLS"],
    }
    app = TestIdP(url, state_dir, sp)
    server = make_server(
        "127.0.0.1", port, app, server_class=ThreadingWSGIServer, handler_class=QuietHandler
    )
    print(f"saml-idp: ready on {port}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main(int(sys.argv[1]), Path(sys.argv[2]))
