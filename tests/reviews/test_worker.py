"""A draft's pack is rendered by a real Celery worker, with progress the page polls."""

from __future__ import annotations

import pytest
from django.urls import reverse

from reviews.models import Review
from tests.audits.test_pdf import pdf_text
from tests.conftest import login, wait_for
from tests.reviews.conftest import make_review
from tests.reviews.test_inputs import deviations_dataset


@pytest.fixture
def worker_env(worker_env, collected_static, settings):
    """The worker renders with the static files as production has them (issue 13 #6)."""
    return {
        **worker_env,
        "STATIC_ROOT": str(collected_static),
        "STATICFILES_BACKEND": settings.PRODUCTION_STATICFILES_BACKEND,
    }


@pytest.mark.worker
def test_worker_renders_a_drafts_pack_and_the_page_follows_its_progress(
    client, cast, worker_env, celery_worker_process, tmp_path
):
    deviations_dataset(cast)
    review = make_review(cast)
    login(client, cast.coordinator)
    response = client.post(
        reverse("reviews:pdf_generate", args=[review.pk]), headers={"HX-Request": "true"}
    )
    assert "<progress" in response.content.decode()

    def finished() -> Review | None:
        current = Review.objects.get(pk=review.pk)
        return current if current.pdf_status in ("done", "failed") else None

    done = wait_for(
        finished, timeout=60, message=lambda: f"not rendered:\n{celery_worker_process.output()}"
    )
    assert (done.pdf_status, done.pdf_progress) == ("done", 100)
    status = client.get(
        reverse("reviews:pdf_status", args=[review.pk]), headers={"HX-Request": "true"}
    ).content.decode()
    assert "every 2s" not in status  # polling stops
    assert "Ladda ner utkastet (PDF)" in status
    pack = client.get(reverse("reviews:pdf", args=[review.pk]))
    text = " ".join(pdf_text(b"".join(pack.streaming_content), tmp_path).split())
    assert "c4) Avvikelser och korrigerande åtgärder" in text
    assert "Utkast – inte godkänt" in text
    # The stylesheets were found by their hashed names: their footer is on the pages.
    assert "Sida 1 av" in text
    assert "No such static file" not in celery_worker_process.output()
    assert "reviews.tasks.build_draft_pack" in celery_worker_process.output()
