"""The review pages: who may see and do what, the htmx fragments, and stable query counts."""

from __future__ import annotations

import datetime
import re
from decimal import Decimal

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from reviews import services
from reviews.models import Decision, Indicator, Review
from tests.conftest import login
from tests.deviations.builders import make_deviations
from tests.reviews.conftest import at, make_audit, make_review
from tests.reviews.test_inputs import IN_PERIOD, deviations_dataset
from tests.reviews.test_services import approved_with_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(cast):
    """An approved review of Socialförvaltningen, a draft of it, and an objective."""
    approved = approved_with_data(cast)
    draft = make_review(
        cast, period=(datetime.date(2026, 1, 1), datetime.date(2026, 12, 31)), title="LG 2026"
    )
    decision = services.add_decision(
        draft, by=cast.coordinator, kind=Decision.Kind.IMPROVEMENT, text="Nytt beslut"
    )
    objective = services.create_objective(
        by=cast.coordinator, unit=cast.tree.social, title="Nöjda brukare"
    )
    indicator = services.add_indicator(
        objective,
        by=cast.coordinator,
        name="Andel nöjda",
        unit_of_measure="%",
        target=Decimal("90"),
        direction="higher",
        period="quarter",
    )
    return {
        "approved": approved,
        "draft": draft,
        "decision": decision,
        "objective": objective,
        "indicator": indicator,
    }


def urls(world) -> dict[str, tuple[str, str]]:
    """Every review URL: name → (method, url)."""
    d, a, o = world["draft"].pk, world["approved"].pk, world["objective"].pk
    return {
        "list": ("get", reverse("reviews:list")),
        "create": ("get", reverse("reviews:create")),
        "reports": ("get", reverse("reviews:reports")),
        "detail": ("get", reverse("reviews:detail", args=[d])),
        "assessment": ("post", reverse("reviews:assessment", args=[d, "b"])),
        "attendance": ("post", reverse("reviews:attendance", args=[d])),
        "decision_create": ("post", reverse("reviews:decision_create", args=[d])),
        "decision_action": (
            "post",
            reverse("reviews:decision_action", args=[d, world["decision"].pk]),
        ),
        "approve": ("post", reverse("reviews:approve", args=[d])),
        "revise": ("post", reverse("reviews:revise", args=[a])),
        "pdf_generate": ("post", reverse("reviews:pdf_generate", args=[d])),
        "pdf_status": ("get", reverse("reviews:pdf_status", args=[d])),
        "pdf": ("get", reverse("reviews:pdf", args=[a])),
        "objective_list": ("get", reverse("reviews:objective_list")),
        "objective_create": ("get", reverse("reviews:objective_create")),
        "objective_detail": ("get", reverse("reviews:objective_detail", args=[o])),
        "indicator_create": ("post", reverse("reviews:indicator_create", args=[o])),
        "value_create": ("post", reverse("reviews:value_create", args=[o])),
        "indicator_refresh": (
            "post",
            reverse("reviews:indicator_refresh", args=[o, world["indicator"].pk]),
        ),
    }


def call(client, method: str, url: str):
    return getattr(client, method)(url)


def test_anonymous_is_sent_to_login_everywhere(client, world):
    for name, (method, url) in urls(world).items():
        response = call(client, method, url)
        assert response.status_code == 302, name
        assert response["Location"].startswith(reverse("account_login")), name


def test_staff_without_a_part_is_denied_everywhere(client, cast, world):
    login(client, cast.staff)
    for name, (method, url) in urls(world).items():
        assert call(client, method, url).status_code in (403, 404), name


def test_coordinator_of_another_scope_sees_no_review_or_objective(client, cast, world):
    login(client, cast.school_coordinator)
    allowed = {"list", "create", "reports", "objective_list", "objective_create"}
    for name, (method, url) in urls(world).items():
        status = call(client, method, url).status_code
        if name in allowed:
            assert status == 200, name
        else:
            assert status == 404, name
    page = client.get(reverse("reviews:list"))
    assert world["draft"].title not in page.content.decode()


def test_chef_below_the_scope_does_not_read_the_review(client, cast, world):
    login(client, cast.chef)
    assert client.get(world["draft"].get_absolute_url()).status_code == 404


def test_participant_reads_but_does_not_edit(client, cast, world):
    login(client, cast.participant)
    page = client.get(world["draft"].get_absolute_url())
    assert page.status_code == 200
    assert "Spara bedömningen" not in page.content.decode()
    _method, url = urls(world)["assessment"]
    assert client.post(url, {"item-b-code": "b", "item-b-assessment": "x"}).status_code == 403
    assert client.post(urls(world)["approve"][1]).status_code == 403


def test_board_member_sees_only_the_approved_packs_of_their_scope(client, cast, world):
    login(client, cast.board)
    reports = client.get(reverse("reviews:reports")).content.decode()
    assert world["approved"].title in reports
    assert "LG 2026" not in reports
    pack = client.get(reverse("reviews:pdf", args=[world["approved"].pk]))
    assert pack.status_code == 200
    assert b"".join(pack.streaming_content).startswith(b"%PDF")
    home = client.get(reverse("home")).content.decode()
    assert reverse("reviews:pdf", args=[world["approved"].pk]) in home
    allowed = {"reports", "pdf"}
    for name, (method, url) in urls(world).items():
        if name not in allowed:
            assert call(client, method, url).status_code in (403, 404), name


def test_board_member_of_another_organisation_sees_no_pack(client, cast, world):
    login(client, cast.company_board)
    assert world["approved"].title not in client.get(reverse("reviews:reports")).content.decode()
    assert client.get(reverse("reviews:pdf", args=[world["approved"].pk])).status_code == 404


def test_coordinator_creates_a_review(client, cast):
    login(client, cast.coordinator)
    response = client.post(
        reverse("reviews:create"),
        {
            "unit": cast.tree.social.pk,
            "title": "LG Social 2025",
            "period_start": "2025-01-01",
            "period_end": "2025-12-31",
            "held_on": "2026-01-20",
            "chair": cast.chair.pk,
            "participants": [cast.participant.pk],
        },
    )
    review = Review.objects.get(title="LG Social 2025")
    assert response.status_code == 302 and response["Location"] == review.get_absolute_url()
    assert review.participants.get().user == cast.participant


def test_review_form_offers_only_units_the_coordinator_coordinates(client, cast):
    login(client, cast.school_coordinator)
    response = client.post(
        reverse("reviews:create"),
        {
            "unit": cast.tree.social.pk,
            "title": "x",
            "period_start": "2025-01-01",
            "period_end": "2025-12-31",
            "held_on": "2026-01-20",
            "chair": cast.school_coordinator.pk,
        },
    )
    assert response.status_code == 200
    assert not Review.objects.filter(title="x").exists()


def test_assessment_saves_and_htmx_gets_the_fragment(client, cast, world):
    login(client, cast.coordinator)
    url = reverse("reviews:assessment", args=[world["draft"].pk, "b"])
    data = {"item-b-code": "b", "item-b-assessment": "Ny lag om socialtjänst."}
    response = client.post(url, data, headers={"HX-Request": "true"})
    assert response.status_code == 200
    assert response.content.decode().strip().startswith("Sparad.")
    assert world["draft"].items.get(code="b").assessment == "Ny lag om socialtjänst."
    response = client.post(url, {**data, "item-b-assessment": "Utan htmx"})
    assert response.status_code == 302


def test_decision_with_an_action_in_the_register(client, cast, world):
    login(client, cast.coordinator)
    draft = world["draft"]
    client.post(
        reverse("reviews:decision_create", args=[draft.pk]),
        {"kind": "system_change", "text": "Ny rutin för delegering"},
    )
    decision = draft.decisions.get(text="Ny rutin för delegering")
    response = client.post(
        reverse("reviews:decision_action", args=[draft.pk, decision.pk]),
        {"title": "Skriv rutinen", "owner": cast.chair.pk, "due_date": "2026-03-01"},
    )
    assert response.status_code == 302
    assert decision.actions.get().title == "Skriv rutinen"
    page = client.get(draft.get_absolute_url()).content.decode()
    assert "Skriv rutinen" in page


def test_each_decisions_action_form_has_its_own_field_ids_and_errors(client, cast, world):
    login(client, cast.coordinator)
    draft, first = world["draft"], world["decision"]
    second = services.add_decision(
        draft, by=cast.coordinator, kind=Decision.Kind.RESOURCE_NEED, text="Fler sjuksköterskor"
    )
    page = client.get(draft.get_absolute_url()).content.decode()
    for decision in (first, second):
        assert f'<label for="decision-{decision.pk}-title">' in page
        assert f'id="decision-{decision.pk}-title"' in page
    response = client.post(
        reverse("reviews:decision_action", args=[draft.pk, second.pk]),
        {"title": "Rekrytera", "owner": cast.chair.pk, "due_date": ""},
    )
    assert response.status_code == 400
    page = response.content.decode()
    # Only the second decision's form comes back with the error and what was typed.
    assert page.count('aria-invalid="true"') == 1
    assert f'<a href="#decision-{second.pk}-due_date">' in page
    assert page.count('value="Rekrytera"') == 1


def test_chair_approves_and_the_page_shows_the_frozen_figures(client, cast, world):
    draft = world["draft"]
    login(client, cast.coordinator)
    assert client.post(reverse("reviews:approve", args=[draft.pk])).status_code == 403
    login(client, cast.chair)
    response = client.post(reverse("reviews:approve", args=[draft.pk]))
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.is_approved and draft.snapshot["scope"] == "Socialförvaltningen"
    page = client.get(draft.get_absolute_url()).content.decode()
    assert "Siffrorna är låsta" in page
    assert "Spara bedömningen" not in page


def test_revision_from_the_page(client, cast, world):
    login(client, cast.coordinator)
    approved = world["approved"]
    response = client.post(reverse("reviews:revise", args=[approved.pk]), {"reason": "Rättelse"})
    revision = Review.objects.get(revision_of=approved)
    assert response["Location"] == revision.get_absolute_url()
    assert (
        client.post(reverse("reviews:revise", args=[approved.pk]), {"reason": ""}).status_code
        == 400
    )

    # Approved, the revision replaces the original on the board's start page; Rapporter
    # keeps both and marks the original.
    services.approve_review(revision, by=revision.chair)
    login(client, cast.board)
    home = client.get(reverse("home")).content.decode()
    assert reverse("reviews:pdf", args=[revision.pk]) in home
    assert reverse("reviews:pdf", args=[approved.pk]) not in home
    reports = client.get(reverse("reviews:reports")).content.decode()
    assert reverse("reviews:pdf", args=[approved.pk]) in reports
    assert reports.count("ersatt av revision") == 1


def test_pdf_generation_shows_progress_to_htmx(
    client, cast, world, django_capture_on_commit_callbacks
):
    login(client, cast.coordinator)
    draft = world["draft"]
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = client.post(
            reverse("reviews:pdf_generate", args=[draft.pk]), headers={"HX-Request": "true"}
        )
    assert len(callbacks) == 1  # the task is queued when the change commits
    body = response.content.decode()
    assert 'hx-trigger="every 2s"' in body and "<progress" in body
    status = client.get(
        reverse("reviews:pdf_status", args=[draft.pk]), headers={"HX-Request": "true"}
    )
    assert "Väntar på att starta" in status.content.decode()
    # A draft's PDF is served only once rendered.
    assert client.get(reverse("reviews:pdf", args=[draft.pk])).status_code == 404


def test_objective_page_shows_the_trend_chart_and_table(client, cast, world):
    login(client, cast.coordinator)
    objective, indicator = world["objective"], world["indicator"]
    for day, value in (("2025-02-01", "80"), ("2025-05-01", "92")):
        response = client.post(
            reverse("reviews:value_create", args=[objective.pk]),
            {"indicator": indicator.pk, "period_start": day, "value": value},
        )
        assert response.status_code == 302
    page = client.get(objective.get_absolute_url()).content.decode()
    assert 'role="img"' in page and "<svg" in page
    assert "K1 2025" in page and "K2 2025" in page
    assert "Uppfylls" in page
    # A chef of the unit reads the objective but may not enter values.
    login(client, cast.chair)
    assert client.get(objective.get_absolute_url()).status_code == 200
    response = client.post(
        reverse("reviews:value_create", args=[objective.pk]),
        {"indicator": indicator.pk, "period_start": "2025-08-01", "value": "1"},
    )
    assert response.status_code == 403


def test_computed_indicator_is_filled_when_added(client, cast, world):
    make_deviations(cast.tree.solgarden, cast.participant, 2, created_at=at(datetime.date.today()))
    login(client, cast.coordinator)
    client.post(
        reverse("reviews:indicator_create", args=[world["objective"].pk]),
        {
            "name": "Avslutade inom 30 dagar",
            "unit_of_measure": "%",
            "target": "80",
            "direction": "higher",
            "period": "month",
            "source": Indicator.Source.DEVIATIONS_CLOSED_30,
        },
    )
    indicator = Indicator.objects.get(name="Avslutade inom 30 dagar")
    assert indicator.values.get().value == Decimal("0")


def review_page_queries(client, user, review) -> int:
    login(client, user)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(review.get_absolute_url()).status_code == 200
    return len(queries)


def test_review_page_queries_do_not_grow_with_the_data(client, cast, world):
    draft = world["draft"]
    Review.objects.filter(pk=draft.pk).update(
        period_start=datetime.date(2025, 1, 1), period_end=datetime.date(2025, 12, 31)
    )
    draft.refresh_from_db()
    # The baseline has one decision with an action: the page asks once which actions the
    # viewer may open (links only to those), whatever their number.
    first = services.add_decision(draft, by=cast.coordinator, kind="improvement", text="0")
    services.add_decision_action(
        first, by=cast.coordinator, title="Åtgärd 0", owner=cast.chair, due_date=IN_PERIOD
    )
    small = review_page_queries(client, cast.coordinator, draft)
    deviations_dataset(cast)
    make_deviations(cast.tree.homecare, cast.participant, 300, created_at=at(IN_PERIOD))
    make_audit(cast.tree.homecare, cast.coordinator, IN_PERIOD, grades=["minor"] * 5)
    for n in range(5):
        decision = services.add_decision(
            draft, by=cast.coordinator, kind="improvement", text=f"{n}"
        )
        services.add_decision_action(
            decision,
            by=cast.coordinator,
            title=f"Åtgärd {n}",
            owner=cast.chair,
            due_date=IN_PERIOD,
        )
    assert review_page_queries(client, cast.coordinator, draft) == small


def test_two_coordinators_writing_one_assessment_the_second_is_told_and_keeps_the_text(
    client, cast, world
):
    """The assessment box saves itself with htmx: a save on top of someone else's newer text
    answers 422 with what changed; the box's version follows each own save (no false alarm)."""
    other = Client()
    login(client, cast.coordinator)
    login(other, cast.admin)
    draft = world["draft"]
    page = client.get(draft.get_absolute_url()).content.decode()
    version = re.search(r'name="item-b-version" value="([^"]+)"', page).group(1)
    url = reverse("reviews:assessment", args=[draft.pk, "b"])
    htmx = {"HX-Request": "true"}

    first = other.post(
        url,
        {"item-b-code": "b", "item-b-assessment": "Ny lag.", "item-b-version": version},
        headers=htmx,
    )
    assert first.status_code == 200
    refused = client.post(
        url,
        {"item-b-code": "b", "item-b-assessment": "Min text.", "item-b-version": version},
        headers=htmx,
    )
    assert refused.status_code == 422
    html = refused.content.decode()
    assert "Någon annan har sparat ändringar här" in html
    assert "till ”Ny lag.”" in html
    assert draft.items.get(code="b").assessment == "Ny lag."
    # The refusal carries the current version: saving again is deliberate, and the next own
    # autosave builds on the version the save answered with.
    current = re.search(r'name="item-b-version"[^>]* value="([^"]+)"', html).group(1)
    saved = client.post(
        url,
        {"item-b-code": "b", "item-b-assessment": "Min text.", "item-b-version": current},
        headers=htmx,
    )
    assert saved.status_code == 200
    after_save = re.search(r'value="([^"]+)" hx-swap-oob', saved.content.decode()).group(1)
    again = client.post(
        url,
        {
            "item-b-code": "b",
            "item-b-assessment": "Min text, ändrad.",
            "item-b-version": after_save,
        },
        headers=htmx,
    )
    assert again.status_code == 200
    assert draft.items.get(code="b").assessment == "Min text, ändrad."


def test_a_period_ending_in_year_9999_is_refused_and_one_stored_earlier_still_shows(client, cast):
    """Issue 13 #7: 9999-12-31 was accepted, and the review's page then failed for good
    (OverflowError). The form now refuses it; a review stored before that still opens."""
    login(client, cast.coordinator)
    form = {
        "unit": cast.tree.social.pk,
        "title": "LG med fel år",
        "period_start": "2025-01-01",
        "period_end": "9999-12-31",
        "held_on": "2026-01-20",
        "chair": cast.chair.pk,
    }
    response = client.post(reverse("reviews:create"), form)
    assert response.status_code == 200
    assert "Ange ett datum mellan 1900-01-01 och 2200-12-31." in response.content.decode()
    response = client.post(reverse("reviews:create"), {**form, "period_end": "2035-12-31"})
    assert response.status_code == 200
    assert "Perioden får vara högst fem år." in response.content.decode()
    assert not Review.objects.filter(title="LG med fel år").exists()

    review = make_review(cast)
    Review.objects.filter(pk=review.pk).update(period_end=datetime.date(9999, 12, 31))
    page = client.get(review.get_absolute_url())
    assert page.status_code == 200
    assert "9999" in page.content.decode()  # the stored period is shown as it is


def test_a_text_longer_than_a_board_pack_takes_is_refused_and_what_was_typed_stays(
    client, cast, world
):
    """A review's text boxes take 10,000 characters (reviews.forms.MAX_TEXT): a megabyte in
    one made the pack take 6–18 s to render inside the chair's approval. The browser is told
    (maxlength); a longer text sent anyway gets the error beside the box and is not saved."""
    login(client, cast.coordinator)
    draft = world["draft"]
    page = client.get(draft.get_absolute_url()).content.decode()
    for name in ("messages", "decisions_asked", "item-b-assessment", "text"):
        assert re.search(rf'<textarea name="{name}"[^>]* maxlength="10000"', page), name

    too_long = ("Budskap. " * 1112).strip()  # 10,007 characters
    refused = client.post(
        reverse("reviews:summary", args=[draft.pk]),
        {"messages": too_long, "decisions_asked": "Fastställ planen."},
    )
    assert refused.status_code == 400
    html = refused.content.decode()
    assert "som mest 10000 tecken (den har 10007)" in html
    assert too_long in html and "Fastställ planen." in html  # what was typed stays
    draft.refresh_from_db()
    assert draft.messages == "" and draft.decisions_asked == ""

    client.post(
        reverse("reviews:decision_create", args=[draft.pk]),
        {"kind": "system_change", "text": "x" * 10_001},
    )
    assert not draft.decisions.filter(kind="system_change").exists()

    assert (
        client.post(
            reverse("reviews:summary", args=[draft.pk]),
            {"messages": "x" * 10_000, "decisions_asked": ""},
        ).status_code
        == 302
    )
    draft.refresh_from_db()
    assert draft.messages == "x" * 10_000
