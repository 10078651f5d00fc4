"""The board pack: every 9.3.2 heading, the figures, the decisions; tagged A4."""

from __future__ import annotations

import pytest

from reviews.models import Item
from reviews.reports import render_review_pdf
from tests.audits.test_pdf import pdf_info, pdf_text
from tests.reviews.conftest import make_review
from tests.reviews.test_services import approved_with_data

# Static files as production serves them: hashed names from whitenoise's manifest.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("production_static")]


def test_pack_contains_every_agenda_heading_figures_and_decisions_and_is_tagged(cast, tmp_path):
    review = approved_with_data(cast)
    data = render_review_pdf(review)
    text = " ".join(pdf_text(data, tmp_path).split())
    for _code, label in Item.choices:
        assert str(label) in text, label
    assert "Ledningens genomgång" in text
    assert "Socialförvaltningen" in text  # the scope
    assert "Testkommun" in text  # the organisation on every page
    assert "Arbetsmiljö 3" in text  # c4 by category
    assert "Genomsnittlig tid till avslut: 7,0 dagar" in text
    assert "Fler tillbud." in text  # the assessment
    assert "Beslut 1: Resursbehov" in text and "Mer bemanning" in text
    assert "Rekrytera" in text  # the decision's action
    assert str(cast.participant) in text and "Närvarande" in text
    assert "Innehåll" in text
    assert "Sida 1 av" in text
    info = pdf_info(data, tmp_path)
    assert "Tagged:          yes" in info
    assert "Page size:       595.276 x 841.89 pts (A4)" in info


def test_an_approved_pack_is_rendered_from_the_snapshot(cast, tmp_path):
    review = approved_with_data(cast)
    review.snapshot["c4"]["by_category"] = [["Från ögonblicksbilden", 99]]
    text = pdf_text(render_review_pdf(review), tmp_path)
    assert "Från ögonblicksbilden" in text


def test_a_draft_pack_lists_the_participants_as_called_not_as_present(cast, tmp_path):
    """Before the meeting nobody has been present or absent yet."""
    draft = make_review(cast)
    text = " ".join(pdf_text(render_review_pdf(draft), tmp_path).split())
    assert str(cast.participant) in text and "Kallad" in text
    assert "Närvarande" not in text and "Frånvarande" not in text
