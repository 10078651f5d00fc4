"""A coordinator makes a service account for the intranet and a token for it, a person makes
and revokes a personal token and subscribes a webhook; the token works against the running
server's API; the API's documentation renders from our own static files under the strict CSP.
axe on every page, on a laptop and on a 360 px phone, without sideways scrolling."""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request

import pytest
from playwright.sync_api import Page, expect

from tests.browser.test_journeys import assert_no_axe_violations, log_in, main_nav

pytestmark = pytest.mark.browser

LAPTOP = {"width": 1366, "height": 900}
PHONE = {"width": 360, "height": 780}
TOKEN = re.compile(r"qms_[A-Za-z0-9_-]{40,}")


def checked(page: Page) -> None:
    expect(page.get_by_role("heading", level=1).first).to_be_visible()
    for size in (LAPTOP, PHONE):
        page.set_viewport_size(size)
        assert_no_axe_violations(page)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= size["width"], f"{page.url}: sideways scrolling at {width}px"
    page.set_viewport_size(LAPTOP)


def api_get(base_url: str, path: str, token: str) -> tuple[int, dict]:
    request = urllib.request.Request(base_url + path, headers={"Authorization": f"Bearer {token}"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def test_service_account_and_personal_tokens(page: Page, demo_organisation, live_server) -> None:
    page.set_viewport_size(LAPTOP)
    log_in(page, "samordnare")
    page.goto("/installningar/")
    page.get_by_role("link", name="Tjänstekonton för API:et").click()
    checked(page)
    page.get_by_role("link", name="Nytt tjänstekonto").click()
    page.get_by_label("Namn").fill("Intranätet")
    page.get_by_label("Beskrivning").fill("Knappen Rapportera avvikelse")
    unit = page.get_by_label("Enhet")
    unit.select_option(unit.locator("option").nth(1).get_attribute("value"))
    page.get_by_label("Roll").select_option("staff")
    checked(page)
    page.get_by_role("button", name="Spara").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Tjänstekonto: Intranätet")
    checked(page)

    page.get_by_label("Namn").fill("Intranätets avvikelseknapp")
    page.get_by_label("Läsa och ändra").check()
    page.get_by_role("button", name="Skapa token").click()
    token = TOKEN.search(page.locator("#token").inner_text()).group(0)
    checked(page)
    status, me = api_get(live_server.url, "/api/v1/me/", token)
    assert status == 200 and me["name"] == "Intranätet"
    assert me["roles"][0]["role"] == "staff"
    # Shown once: the page again no longer has it.
    page.reload()
    expect(page.locator("#token")).to_have_count(0)
    page.get_by_role("link", name="Klar", exact=True).click()
    page.get_by_role("button", name="Spärra Intranätets avvikelseknapp").click()
    # By its text: base.html also holds a hidden message of the offline outbox.
    expect(page.get_by_text("Tokenet ”Intranätets avvikelseknapp” är spärrat.")).to_be_visible()
    assert api_get(live_server.url, "/api/v1/me/", token)[0] == 401

    # A personal token from the menu.
    main_nav(page).get_by_role("link", name="API-nycklar").click()
    checked(page)
    page.get_by_label("Namn").fill("Mitt Power BI")
    page.get_by_role("button", name="Skapa token").click()
    personal = TOKEN.search(page.locator("#token").inner_text()).group(0)
    status, me = api_get(live_server.url, "/api/v1/me/", personal)
    assert status == 200 and me["username"] == "samordnare"
    # A read token may not write.
    request = urllib.request.Request(
        live_server.url + "/api/v1/deviations/",
        data=b"{}",
        method="POST",
        headers={"Authorization": f"Bearer {personal}", "Content-Type": "application/json"},
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 403

    # A webhook for the diarium: the form, the signing key once, the (empty) delivery log.
    page.goto("/api-nycklar/")
    page.get_by_role("link", name="Webhooks: händelser till andra system").click()
    checked(page)
    page.get_by_label("Namn").fill("Diariet")
    page.get_by_label("Adress").fill("https://diarie.example.se/qms")
    page.get_by_label("Avvikelse avslutad").check()
    page.get_by_role("button", name="Skapa prenumeration").click()
    expect(page.locator("#webhook-secret")).to_have_text(re.compile(r"^[0-9a-f]{64}$"))
    expect(page.get_by_text("Inga leveranser ännu.")).to_be_visible()
    checked(page)

    # The documentation: Swagger UI from our static files, the description loaded, no CSP error.
    errors = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.goto("/api/v1/docs/")
    expect(page.locator(".swagger-ui .info .title")).to_contain_text("QMS API")
    expect(page.locator(".opblock").first).to_be_visible()
    assert not [e for e in errors if "Content Security Policy" in e], errors
