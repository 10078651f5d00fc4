"""The demo data: every screen has something to show, and the workflow rules hold in it.

The demo is seeded once for the module inside a transaction that is rolled back at the end;
each test runs in a savepoint inside it, so nothing leaks into other test modules.
"""

from __future__ import annotations

import datetime
import io

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import transaction
from django.db.models import Count, F, Max, Q
from django.utils import timezone

from deviations import services
from deviations.demo import SENSITIVE_ACCESS, seed_scale
from deviations.models import Action, CaseCounter, Category, Comment, Deviation, Requirement
from deviations.timeline import timeline_for
from qms.models import Membership, Notification, OrganisationUnit, OutgoingEmail, User

Status = Deviation.Status


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            call_command("seed_demo", stdout=io.StringIO())
            yield
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.fixture
def seeded(demo, db):
    """The demo data, in a savepoint that each test may change freely."""


def user(username: str) -> User:
    return User.objects.get(username=username)  # fresh: no cached memberships


def test_about_200_cases_in_every_status_with_reopened_ones(seeded):
    assert 180 <= Deviation.objects.count() <= 220
    counts = dict(Deviation.objects.values_list("status").annotate(n=Count("pk")))
    assert set(counts) == set(Status.values)
    assert all(count >= 5 for count in counts.values()), counts
    reopened = Deviation.objects.exclude(reopen_reason="")
    assert reopened.filter(status=Status.INVESTIGATING).exists()
    assert reopened.filter(status=Status.ACTING).exists()


def test_cases_spread_over_units_categories_and_18_months(seeded):
    now = timezone.now()
    oldest = Deviation.objects.order_by("created_at").first().created_at
    assert 400 <= (now - oldest).days <= 560
    assert not Deviation.objects.filter(created_at__gt=now).exists()
    assert Deviation.objects.values("unit").distinct().count() >= 15
    assert Deviation.objects.values("category__parent").distinct().count() >= 8
    assert Deviation.objects.filter(category__asks_ia_number=True).exclude(ia_case_number="")
    assert Deviation.objects.filter(status=Status.REPORTED, category__isnull=True).exists()
    assert Deviation.objects.filter(risk_score__gte=12).exists()
    assert Deviation.objects.filter(risk_score__lte=3).exists()
    assert Deviation.objects.filter(occurred_at__gt=F("created_at")).count() == 0


def test_requirements_and_categories_are_realistic(seeded):
    references = set(Requirement.objects.values_list("reference", flat=True))
    for expected in ("SoL (2025:400)", "HSL (2017:30)", "LSS (1993:387)", "AML (1977:1160)"):
        assert expected in references
    assert any("GDPR" in reference for reference in references)
    assert Requirement.objects.filter(kind="routine", title="Rutin för läkemedelshantering")
    today = timezone.localdate()
    assert Requirement.objects.filter(review_date__lt=today).exists()  # some overdue
    assert Requirement.objects.filter(review_date__gt=today).exists()
    assert set(Category.objects.filter(asks_ia_number=True).values_list("name", flat=True)) >= {
        "Tillbud",
        "Olycka",
    }
    assert Category.objects.filter(is_sensitive=True, name="Personuppgiftsincident").exists()
    assert not Category.objects.filter(parent__parent__isnull=False).exists()  # two levels


def deviation_actions():
    """Actions of deviations (the register also holds those of synpunkter and suggestions)."""
    return Action.objects.filter(
        content_type__app_label="deviations", content_type__model="deviation"
    )


def test_workflow_rules_hold_in_the_data(seeded):
    open_actions = deviation_actions().open()
    closed = Deviation.objects.filter(status=Status.CLOSED)
    assert not closed.filter(effectiveness_evaluation="").exists()
    assert not closed.filter(closed_at__isnull=True).exists()
    for status in (Status.CLOSED, Status.FOLLOW_UP):
        cases = Deviation.objects.filter(status=status)
        assert not open_actions.filter(object_id__in=cases.values("pk")).exists()
    analysed = Deviation.objects.filter(status__in=[Status.ACTING, Status.FOLLOW_UP, Status.CLOSED])
    assert not analysed.filter(Q(cause_analysis="") | Q(cause_groups=[])).exists()
    assert not analysed.filter(investigator__isnull=True).exists()
    dismissed = Deviation.objects.filter(status=Status.DISMISSED)
    assert not dismissed.filter(Q(dismissal_reason="") | Q(closed_at__isnull=True)).exists()
    assert not Deviation.objects.open().filter(closed_at__isnull=False).exists()
    # Confidentiality follows the category, and the actions carry the case's flag.
    assert not Deviation.objects.filter(category__is_sensitive=True, is_confidential=False).exists()
    for case in Deviation.objects.filter(is_confidential=True):
        assert all(action.is_confidential for action in Action.objects.for_object(case))


def test_actions_of_every_kind_and_status_some_overdue(seeded):
    statuses = set(Action.objects.values_list("status", flat=True))
    assert statuses == set(Action.Status.values)
    assert set(Action.objects.values_list("kind", flat=True)) == set(Action.Kind.values)
    today = timezone.localdate()
    assert Action.objects.overdue(today).exists()
    assert Action.objects.open().filter(due_date__gte=today).exists()
    assert Action.objects.filter(content_type__isnull=True).exists()  # not from a deviation
    verified = Action.objects.filter(status=Action.Status.VERIFIED)
    assert not verified.filter(
        Q(verified_at__isnull=True) | Q(effectiveness_check="") | Q(completed_at__isnull=True)
    ).exists()
    assert not verified.filter(verified_at__lt=F("completed_at")).exists()
    assert Action.objects.filter(completed_at__gt=F("due_date")).exists()  # late


def test_comments_and_about_one_in_ten_confidential(seeded):
    assert Comment.objects.count() >= 60
    assert Comment.objects.values("author").distinct().count() >= 5
    share = Deviation.objects.filter(is_confidential=True).count() / Deviation.objects.count()
    assert 0.05 <= share <= 0.2
    marked = Deviation.objects.filter(is_confidential=True).exclude(category__is_sensitive=True)
    assert marked.exists()  # marked by hand, not only by category


def test_demo_users_each_have_something_in_their_lists(seeded):
    staff, chef, coordinator = user("medarbetare"), user("chef"), user("samordnare")
    assert Deviation.objects.visible_to(staff).filter(reported_by=staff).count() >= 5
    assert Action.objects.visible_to(staff).filter(owner=staff).exists()
    assert Deviation.objects.visible_to(chef).filter(investigator=chef).count() >= 5
    assert Action.objects.visible_to(chef).filter(owner=chef).open().exists()
    assert Deviation.objects.visible_to(chef).filter(is_confidential=True).exists()
    # The coordinator of the whole group, with sensitive access, sees every case and action.
    assert Deviation.objects.visible_to(coordinator).count() == Deviation.objects.count()
    assert Action.objects.visible_to(coordinator).count() == Action.objects.count()
    assert Action.objects.visible_to(coordinator).filter(owner=coordinator).exists()
    # Staff do not see other people's confidential cases: the demo shows the difference.
    hidden = Deviation.objects.filter(is_confidential=True).exclude(
        pk__in=Deviation.objects.visible_to(staff).values("pk")
    )
    assert hidden.exists()


def test_sensitive_access_is_given_to_coordinator_and_chefs(seeded):
    flagged = set(
        Membership.objects.filter(sensitive_access=True).values_list("user__username", flat=True)
    )
    assert flagged == set(SENSITIVE_ACCESS)
    assert {"samordnare", "chef"} <= flagged


def test_numbers_are_unique_per_organisation_and_follow_the_year(seeded):
    rows = list(Deviation.objects.values_list("organisation", "number", "created_at"))
    assert len({(org, number) for org, number, _ in rows}) == len(rows)
    for _, number, created in rows:
        assert number.split("-")[1] == str(timezone.localtime(created).year)
    years = {timezone.localtime(created).year for _, _, created in rows}
    assert len(years) == 2  # 18 months back from today spans two years
    highest: dict[tuple[int, int], int] = {}
    for org, number, _ in rows:
        _, year, position = number.split("-")
        key = (org, int(year))
        highest[key] = max(highest.get(key, 0), int(position))
    counters = {
        (c.organisation_id, c.year): c.last_number
        for c in CaseCounter.objects.filter(series=services.DEVIATION_SERIES)
    }
    assert counters == highest


def test_timeline_reads_like_real_work_back_in_time(seeded):
    case = (
        Deviation.objects.filter(status=Status.CLOSED, created_at__lt=timezone.now() - _days(60))
        .select_related("investigator")
        .first()
    )
    entries = timeline_for(case)
    assert entries[0].kind == "reported"
    assert abs((entries[0].at - case.created_at).total_seconds()) < 1
    assert entries[0].who == case.reported_by
    assert [e.at for e in entries] == sorted(e.at for e in entries)
    assert entries[-1].at <= case.closed_at + _days(0.001)
    changes = [e for e in entries if e.kind == "change"]
    assert any(e.who == case.investigator for e in changes)
    assert any(e.kind == "action" for e in entries)
    # No event of the seeded cases is dated today, except those of today's reports.
    events = apps.get_model("deviations", "DeviationEvent").objects
    recent = set(
        events.filter(pgh_created_at__gt=timezone.now() - _days(1)).values_list(
            "pgh_obj_id", flat=True
        )
    )
    today = set(
        Deviation.objects.filter(updated_at__gt=timezone.now() - _days(1)).values_list(
            "pk", flat=True
        )
    )
    assert recent <= today


def test_seeding_sends_no_email_and_leaves_recent_notices_unread(seeded):
    assert OutgoingEmail.objects.count() == 0
    assert not User.objects.filter(notify_by_email=False).exists()
    notices = Notification.objects.all()
    assert notices.count() >= 200
    assert notices.unread().exists()
    assert notices.unread().count() < notices.count() / 4
    newest = notices.aggregate(newest=Max("created_at"))["newest"]
    assert newest <= timezone.now()
    assert notices.filter(created_at__lt=timezone.now() - _days(300)).exists()


def test_seeding_again_with_if_empty_does_nothing(seeded):
    before = (Deviation.objects.count(), Action.objects.count(), Comment.objects.count())
    out = io.StringIO()
    call_command("seed_demo", if_empty=True, stdout=out)
    assert (Deviation.objects.count(), Action.objects.count(), Comment.objects.count()) == before
    assert "laddas inte igen" in out.getvalue()


def test_scale_one_adds_10000_cases_and_new_reports_do_not_collide(seeded):
    events = apps.get_model("deviations", "DeviationEvent").objects
    before, history_before = Deviation.objects.count(), events.count()
    call_command("seed_demo", scale=1, stdout=io.StringIO())
    assert Deviation.objects.count() == before + 10_000
    assert events.count() == history_before  # bulk rows write no history
    city = OrganisationUnit.objects.get(code="stor")
    in_city = Deviation.objects.filter(organisation=city)
    assert in_city.count() > 5_000
    assert set(in_city.values_list("status", flat=True)) == set(Status.values)
    assert in_city.filter(risk_score__isnull=False).count() > 9_000 * 0.5
    numbers = Deviation.objects.values_list("organisation", "number")
    assert numbers.distinct().count() == Deviation.objects.count()
    # The rules hold in bulk data too.
    closed = Deviation.objects.filter(status=Status.CLOSED)
    assert not closed.filter(effectiveness_evaluation="").exists()
    assert not deviation_actions().open().filter(object_id__in=closed.values("pk")).exists()
    with_actions = in_city.filter(pk__in=deviation_actions().values("object_id")).count()
    assert 0.2 <= with_actions / in_city.count() <= 0.45
    found = Deviation.objects.filter(search="läkemedel").filter(organisation=city)
    assert found.exists()  # the generated search column is filled in

    staff = User.objects.get(username="medarb.stor.1.1.1")
    unit = OrganisationUnit.objects.get(code="stor-1-1-1")
    for reporter, place in ((staff, unit), (user("medarbetare"), _unit("soc-solg"))):
        case = services.report_deviation(
            by=reporter,
            unit=place,
            title="Ny avvikelse efter skaldata",
            description="Kontroll av numreringen.",
            occurred_at=timezone.now(),
        )
        same = Deviation.objects.filter(organisation=case.organisation, number=case.number)
        assert same.count() == 1


def test_seed_scale_without_the_city_uses_the_demo_units(seeded):
    before = Deviation.objects.count()
    seed_scale(1, io.StringIO())
    assert Deviation.objects.count() == before + 10_000
    added = Deviation.objects.order_by("-pk")[:10_000]
    organisations = {c.organisation.code for c in added.select_related("organisation")}
    assert organisations == {"ek", "bost", "energi", "unika"}


def _days(days: float) -> datetime.timedelta:
    return datetime.timedelta(days=days)


def _unit(code: str) -> OrganisationUnit:
    return OrganisationUnit.objects.get(code=code)


def test_synpunkter_of_every_kind_and_status_some_anonymous(seeded):
    from deviations.models import Feedback, PublicActivity

    assert PublicActivity.objects.count() >= 10
    assert set(Feedback.objects.values_list("kind", flat=True)) == set(Feedback.Kind.values)
    assert set(Feedback.objects.values_list("status", flat=True)) == set(Feedback.Status.values)
    assert Feedback.objects.filter(contact_name="", contact_email="", contact_phone="").exists()
    assert Feedback.objects.exclude(contact_removed_at=None).exists()
    assert Feedback.objects.overdue(timezone.localdate()).exists()


def test_suggestions_in_every_state_and_a_deviation_on_each_legal_track(seeded):
    from deviations.legal import ordered_by_urgency
    from deviations.models import LegalTrack, LegalTrackKind, Suggestion

    assert set(Suggestion.objects.values_list("status", flat=True)) == set(Suggestion.Status.values)
    tracks = list(LegalTrack.objects.select_related("deviation"))
    assert {t.kind for t in tracks} == set(LegalTrackKind.values)
    assert len({t.status for t in tracks}) >= 3
    now = timezone.now()
    assert ordered_by_urgency(tracks, now)[0].is_overdue(now)
    assert all(t.deviation.is_confidential for t in tracks)
