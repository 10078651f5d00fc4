"""The committed OpenAPI description (api/openapi.yaml) is the code's, and the docs are served
from our own static files."""

from __future__ import annotations

import difflib
from pathlib import Path

import yaml
from django.conf import settings
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.renderers import OpenApiYamlRenderer

from qms.models import Role
from tests.conftest import login
from tests.factories import make_user

SCHEMA_FILE = Path(settings.BASE_DIR) / "api" / "openapi.yaml"


def current_schema() -> str:
    schema = SchemaGenerator().get_schema(request=None, public=True)
    return OpenApiYamlRenderer().render(schema, renderer_context={}).decode()


def test_committed_schema_is_the_code_schema():
    committed = SCHEMA_FILE.read_text()
    code = current_schema()
    diff = "".join(
        difflib.unified_diff(
            committed.splitlines(True), code.splitlines(True), "api/openapi.yaml", "code"
        )
    )
    assert not diff, (
        "The API's schema has changed. Regenerate the committed file with\n"
        "  python manage.py spectacular --validate --file api/openapi.yaml\n"
        "and review the change:\n" + diff[:4000]
    )


def test_schema_describes_the_api_and_validates():
    schema = yaml.safe_load(SCHEMA_FILE.read_text())
    assert schema["openapi"].startswith("3.")
    assert all(path.startswith("/api/v1/") for path in schema["paths"])
    assert "/api/v1/me/" in schema["paths"]


def test_schema_needs_authentication(client, db):
    assert client.get("/api/v1/schema/").status_code == 401


def test_schema_served_to_a_logged_in_person(client, tree):
    login(client, make_user(tree.solgarden, Role.STAFF))
    response = client.get("/api/v1/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert response.status_code == 200
    assert response.json()["info"]["title"] == "QMS API"


def test_docs_page_is_served_locally(client, tree):
    assert client.get("/api/v1/docs/").status_code == 302  # to the log-in page
    login(client, make_user(tree.solgarden, Role.STAFF))
    page = client.get("/api/v1/docs/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "https://" not in html and "http://" not in html  # no CDN
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js" in html
    script = client.get("/api/v1/docs/?script")
    assert script.status_code == 200
    assert b"SwaggerUIBundle" in script.content
    # The CSP is the pages' own: no inline script is needed.
    assert "'unsafe-inline'" not in page["Content-Security-Policy"]
