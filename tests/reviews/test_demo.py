import pytest

from deviations.models import Action
from qms.models import OutgoingEmail, User
from reviews.inputs import compile_inputs
from reviews.models import IndicatorValue, Objective, QualityReport, Review
from tests.reviews.test_pack_layout import keep_pages

pytestmark = pytest.mark.django_db


def test_demo_has_objectives_an_approved_pack_a_draft_and_a_quality_report(
    django_capture_on_commit_callbacks,
):
    from qms.management.commands.seed_demo import Command, app_demo_modules

    Command().seed_demo()
    modules = app_demo_modules()
    names = [module.__name__ for module in modules]
    # The reviews demo compiles the modules' data, so it runs after every one of them (only
    # records management, which reads every app, comes later).
    assert names.index("reviews.demo") > max(
        names.index(f"{app}.demo") for app in ("deviations", "certifications", "audits")
    )
    with django_capture_on_commit_callbacks(execute=True):
        for module in modules:
            module.seed_demo(stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert Objective.objects.count() >= 4
    assert IndicatorValue.objects.filter(is_computed=False).count() >= 12
    assert IndicatorValue.objects.filter(is_computed=True).exists()
    approved = Review.objects.get(status=Review.Status.APPROVED)
    assert approved.pdf and approved.snapshot["c4"]["total"] >= 0
    draft = Review.objects.get(status=Review.Status.DRAFT)
    a = compile_inputs(draft)["a"]
    assert a["previous"]["id"] == approved.pk
    assert a["counts"] == {"total": 3, "open": 2, "overdue": 1, "done": 1}
    assert Action.objects.filter(content_type__model="decision").count() == 3
    board = User.objects.get(username="styrelse")
    assert list(Review.objects.packs_visible_to(board)) == [approved]
    report = QualityReport.objects.get()
    assert report.is_published and report.pdf and report.snapshot["c4"]["total"] >= 0
    assert list(QualityReport.objects.published_visible_to(board)) == [report]
    # Notices for the bell, but no e-mail to the made-up demo addresses.
    assert not OutgoingEmail.objects.exists()
    # The demo's board pack and quality report as pictures, to be looked at page by page.
    for name, stored in (("demo-board-pack", approved.pdf), ("demo-quality-report", report.pdf)):
        with stored.open("rb") as pdf:
            keep_pages(pdf.read(), name)
