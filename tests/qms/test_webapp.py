"""The installable web app (qms.webapp): manifest and icons, the service worker at the site's
root, and the offline page it keeps, none of which may carry a person's data."""

from __future__ import annotations

import json

import pytest
from django.contrib.staticfiles import finders
from PIL import Image

from qms.models import Role
from tests.conftest import login
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def test_manifest_names_the_app_and_icons_that_exist_in_their_sizes(client) -> None:
    response = client.get("/manifest.webmanifest")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json"
    manifest = json.loads(response.content)
    assert manifest["name"] == "Kvalitetsledning"
    assert (manifest["start_url"], manifest["scope"], manifest["display"]) == (
        "/",
        "/",
        "standalone",
    )
    sizes = {}
    for icon in manifest["icons"]:
        path = finders.find(icon["src"].removeprefix("/static/"))
        assert path, icon
        with Image.open(path) as image:
            assert image.format == "PNG"
            assert f"{image.width}x{image.height}" == icon["sizes"]
        sizes[icon.get("purpose", "any"), icon["sizes"]] = icon["src"]
    assert set(sizes) == {("any", "192x192"), ("any", "512x512"), ("maskable", "512x512")}


def test_service_worker_is_served_from_the_root_for_the_whole_site(client) -> None:
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert response["Service-Worker-Allowed"] == "/"
    assert "no-cache" in response["Cache-Control"]
    assert b'addEventListener("fetch"' in response.content


def test_service_worker_comes_from_the_collected_files_in_production(
    client, production_static
) -> None:
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert b"caches.match(OFFLINE_URL)" in response.content


def test_offline_page_is_swedish_and_carries_nothing_of_the_person(client, tree) -> None:
    user = make_user(tree.solgarden, Role.STAFF, first_name="Wilma", last_name="Wennerberg")
    login(client, user)
    response = client.get("/utan-anslutning/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Ingen anslutning</h1>" in html
    assert "skickas när du är ansluten igen" in html
    assert "Wennerberg" not in html
    assert "csrfmiddlewaretoken" not in html and "X-CSRFToken" not in html


def test_every_page_links_the_manifest_and_the_worker(client, tree) -> None:
    login(client, make_user(tree.solgarden, Role.STAFF))
    html = client.get("/").content.decode()
    assert '<link rel="manifest" href="/manifest.webmanifest">' in html
    assert 'name="qms-service-worker" content="/sw.js" data-offline="/utan-anslutning/"' in html
    assert "js/report-outbox.js" in html
