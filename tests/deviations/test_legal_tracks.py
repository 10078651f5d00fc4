"""Legal tracks on a deviation: who flags, who assesses, the clocks and the reminders."""

from __future__ import annotations

import datetime
import zoneinfo

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from deviations import legal
from deviations.models import (
    ConfidentialRead,
    Deviation,
    LegalTrack,
    LegalTrackKind,
    LegalTrackRule,
    kinds_visible_on_case,
)
from qms.models import Membership, Notification, Role, User
from tests.conftest import login
from tests.deviations.conftest import report
from tests.factories import make_user
from tests.pdfs import pdf_info, pdf_text

pytestmark = pytest.mark.django_db

Kind = LegalTrackKind
STOCKHOLM = zoneinfo.ZoneInfo("Europe/Stockholm")


@pytest.fixture
def officers(cast):
    """SAS, MAS and the data-protection officer for the social services; a coordinator with
    access to confidential cases."""
    Membership.objects.filter(user=cast.coordinator).update(sensitive_access=True)
    return {
        "sas": make_user(cast.tree.social, Role.SAS),
        "mas": make_user(cast.tree.social, Role.MAS),
        "dpo": make_user(cast.tree.kommun, Role.DPO),
        "school_mas": make_user(cast.tree.school, Role.MAS),
    }


def flag(cast, deviation, *kinds, by=None, aware_at=None) -> list[LegalTrack]:
    return legal.flag_deviation(
        deviation,
        by=by or cast.chef,
        kinds=list(kinds),
        aware_at=aware_at or timezone.now() - datetime.timedelta(hours=1),
    )


def test_flagging_makes_the_case_confidential_and_tells_the_officer(cast, officers):
    deviation = report(cast)
    (track,) = flag(cast, deviation, Kind.LEX_MARIA)
    deviation.refresh_from_db()
    assert deviation.is_confidential
    assert track.status == LegalTrack.Status.FLAGGED
    assert track.deadline is None  # lex Maria's clock starts at the assessment
    notified = set(
        Notification.objects.filter(event_key=f"legal:{track.pk}:flagged").values_list(
            "recipient", flat=True
        )
    )
    assert notified == {officers["mas"].pk, cast.coordinator.pk}
    # The assessment cannot make it public again while it is on a track.
    from deviations import services

    services.assess_deviation(
        deviation,
        by=cast.sensitive_chef,
        category=None,
        requirement=None,
        probability=None,
        consequence=None,
        is_confidential=False,
    )
    assert Deviation.objects.get(pk=deviation.pk).is_confidential


@pytest.mark.parametrize("who", ["staff", "other_staff", "board", "school_chef"])
def test_others_may_not_flag(cast, officers, who):
    deviation = report(cast)
    with pytest.raises(PermissionDenied):
        flag(cast, deviation, Kind.LEX_SARAH, by=getattr(cast, who))


@pytest.mark.parametrize(
    ("kind", "decider", "others"),
    [
        (Kind.LEX_SARAH, "sas", ["mas", "dpo", "chef", "coordinator"]),
        (Kind.LEX_MARIA, "mas", ["sas", "dpo", "chef", "coordinator", "school_mas"]),
        (Kind.DATA_BREACH, "dpo", ["sas", "mas", "chef", "coordinator"]),
        (Kind.WORK_ENVIRONMENT, "chef", ["sas", "mas", "dpo", "coordinator"]),
    ],
)
def test_only_the_designated_role_assesses(cast, officers, kind, decider, others):
    people = {**officers, "chef": cast.chef, "coordinator": cast.coordinator}
    (track,) = flag(cast, report(cast), kind, by=cast.coordinator)
    for name in others:
        with pytest.raises(PermissionDenied):
            legal.assess_track(track, by=people[name], is_serious=True, assessment="Allvarligt")
    legal.assess_track(track, by=people[decider], is_serious=True, assessment="Allvarligt")
    track.refresh_from_db()
    assert track.status == LegalTrack.Status.TO_REPORT
    assert track.assessed_by == people[decider]


def test_sarah_clock_starts_at_the_assessment_with_the_configured_target(cast, officers):
    # update_or_create: a transactional test elsewhere may have flushed the migration's rows.
    LegalTrackRule.objects.update_or_create(
        kind=Kind.LEX_SARAH, defaults={"legal_reference": "SoL", "target_hours": 7 * 24}
    )
    (track,) = flag(cast, report(cast), Kind.LEX_SARAH)
    before = timezone.now()
    legal.assess_track(track, by=officers["sas"], is_serious=True, assessment="Missförhållande")
    track.refresh_from_db()
    assert before <= track.clock_started_at <= timezone.now()
    assert track.deadline - track.clock_started_at == datetime.timedelta(days=7)


def test_not_serious_stops_the_clock_and_needs_reasoning(cast, officers):
    (track,) = flag(cast, report(cast), Kind.DATA_BREACH)
    with pytest.raises(ValidationError):
        legal.assess_track(track, by=officers["dpo"], is_serious=False, assessment="")
    legal.assess_track(track, by=officers["dpo"], is_serious=False, assessment="Krypterat.")
    track.refresh_from_db()
    assert track.status == LegalTrack.Status.NOT_REPORTABLE
    assert track.hours_left() is None
    assert legal.send_legal_reminders(track.deadline + datetime.timedelta(hours=1)) == 0


def test_imy_clock_is_72_real_hours_across_the_daylight_saving_change(cast, officers):
    # Sweden moves the clocks forward at 02:00 on 29 March 2026: that day has 23 hours.
    aware = datetime.datetime(2026, 3, 28, 12, 0, tzinfo=STOCKHOLM)
    deviation = report(cast, occurred_at=aware - datetime.timedelta(hours=1))
    (track,) = flag(cast, deviation, Kind.DATA_BREACH, aware_at=aware)
    track.refresh_from_db()
    assert track.deadline - track.aware_at == datetime.timedelta(hours=72)
    local_deadline = track.deadline.astimezone(STOCKHOLM)
    assert (local_deadline.day, local_deadline.hour) == (31, 13)  # not 12:00: one hour was skipped
    assert track.hours_left(aware) == 72
    assert track.hours_left(datetime.datetime(2026, 3, 30, 12, 0, tzinfo=STOCKHOLM)) == 25
    assert track.hours_left(datetime.datetime(2026, 3, 31, 14, 0, tzinfo=STOCKHOLM)) == -1
    assert track.is_overdue(datetime.datetime(2026, 3, 31, 14, 0, tzinfo=STOCKHOLM))


def test_reminders_at_50_90_and_100_percent_go_out_once_each(cast, officers):
    aware = timezone.now() - datetime.timedelta(hours=1)
    flag(cast, report(cast), Kind.DATA_BREACH, aware_at=aware)
    Notification.objects.all().delete()
    recipients = {officers["dpo"].pk, cast.coordinator.pk}

    def run_twice(hours_after: float) -> int:
        at = aware + datetime.timedelta(hours=hours_after)
        return legal.send_legal_reminders(at) + legal.send_legal_reminders(at)

    assert run_twice(30) == 0
    assert run_twice(36) == 2  # 50 %: one each to the officer and the coordinator
    assert run_twice(60) == 0
    assert run_twice(64.8) == 2  # 90 %
    assert run_twice(72) == 2  # 100 %: overdue
    assert run_twice(90) == 0
    keys = sorted(set(Notification.objects.values_list("event_key", flat=True)))
    assert [key.split(":")[2] for key in keys] == ["100", "50", "90"]
    assert set(Notification.objects.values_list("recipient", flat=True)) == recipients
    # The title of a confidential case stays out of the notice.
    assert not Notification.objects.filter(subject__contains="föll").exists()


def test_a_reported_track_gets_no_more_reminders(cast, officers):
    aware = timezone.now() - datetime.timedelta(hours=2)
    (track,) = flag(cast, report(cast), Kind.WORK_ENVIRONMENT, aware_at=aware)
    legal.assess_track(track, by=cast.chef, is_serious=True, assessment="Fallolycka")
    legal.record_report(track, by=cast.chef, reported_at=timezone.now(), authority_reference="AV-1")
    assert legal.send_legal_reminders(aware + datetime.timedelta(hours=30)) == 0


def test_lex_maria_report_records_whether_the_patient_was_informed(cast, officers):
    (track,) = flag(cast, report(cast), Kind.LEX_MARIA)
    mas = officers["mas"]
    with pytest.raises(ValidationError):
        legal.record_report(track, by=mas, reported_at=timezone.now())  # not assessed yet
    legal.assess_track(track, by=mas, is_serious=True, assessment="Vårdskada")
    with pytest.raises(ValidationError):
        legal.record_report(track, by=mas, reported_at=timezone.now(), authority_reference="1")
    legal.record_report(
        track,
        by=mas,
        reported_at=timezone.now(),
        authority_reference="3.1-123/2026",
        patient_informed=True,
    )
    legal.record_decision(
        track,
        by=mas,
        authority_decided_at=timezone.localdate(),
        authority_decision="IVO avslutar ärendet.",
    )
    track.refresh_from_db()
    assert track.status == LegalTrack.Status.DECIDED
    assert track.patient_informed is True
    assert track.authority_reference == "3.1-123/2026"


# Pages -------------------------------------------------------------------------------------------


def test_the_officer_sees_the_confidential_case_and_only_their_track(client, cast, officers):
    deviation = report(cast)
    flag(cast, deviation, Kind.LEX_MARIA, Kind.LEX_SARAH)
    login(client, officers["mas"])
    page = client.get(deviation.get_absolute_url())
    assert page.status_code == 200
    body = page.content.decode()
    assert "Lex Maria (IVO)" in body
    assert "Lex Sarah (IVO)" not in body
    assert "Spara bedömningen för spåret" in body
    assert ConfidentialRead.objects.filter(deviation=deviation, user=officers["mas"]).exists()
    login(client, officers["school_mas"])
    assert client.get(deviation.get_absolute_url()).status_code == 404


def test_handlers_see_all_tracks_but_cannot_assess(client, cast, officers):
    deviation = report(cast)
    flag(cast, deviation, Kind.LEX_MARIA, Kind.DATA_BREACH)
    login(client, cast.coordinator)
    body = client.get(deviation.get_absolute_url()).content.decode()
    assert "Lex Maria (IVO)" in body and "Personuppgiftsincident (IMY)" in body
    assert "timmar kvar" in body
    assert "Spara bedömningen för spåret" not in body


def test_the_reporter_no_longer_sees_the_tracks(client, cast, officers):
    deviation = report(cast)
    flag(cast, deviation, Kind.LEX_SARAH)
    login(client, cast.staff)
    body = client.get(deviation.get_absolute_url()).content.decode()
    assert "Anmälningsspår" not in body


def test_the_kinds_visible_on_a_case_are_what_visible_to_gives(cast, officers):
    """The case page decides which of a case's tracks to show from the user's roles
    (`kinds_visible_on_case`, no query); it shows what `visible_to` gives, for every kind of
    person."""
    deviation = report(cast)
    flag(cast, deviation, *Kind)
    investigator = make_user(cast.tree.homecare, Role.STAFF)
    Deviation.objects.filter(pk=deviation.pk).update(investigator=investigator)
    deviation = Deviation.objects.select_related("unit").get(pk=deviation.pk)
    people = [
        cast.staff,
        cast.other_staff,
        cast.chef,
        cast.sibling_chef,
        cast.sensitive_chef,
        cast.coordinator,
        cast.school_chef,
        investigator,
        *officers.values(),
    ]
    tracks = list(LegalTrack.objects.filter(deviation=deviation))
    seen = set()
    for person in people:
        person = User.objects.get(pk=person.pk)
        expected = set(LegalTrack.objects.visible_to(person).filter(deviation=deviation))
        kinds = kinds_visible_on_case(person, deviation)
        assert {track for track in tracks if track.kind in kinds} == expected, person
        seen.add(len(expected))
    assert len(seen) >= 3  # all, some and none


def test_the_reporters_case_page_does_not_look_for_tracks(client, cast, officers):
    """Nothing the reporter holds could show them a track: their case page does not ask. A
    handler's reads the case's tracks once."""
    deviation = report(cast)
    flag(cast, deviation, Kind.LEX_SARAH)
    login(client, cast.staff)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(deviation.get_absolute_url()).status_code == 200
    assert not [q for q in captured.captured_queries if '"deviations_legaltrack"' in q["sql"]]
    login(client, cast.coordinator)  # with access to confidential cases, may flag more
    with CaptureQueriesContext(connection) as captured:
        page = client.get(deviation.get_absolute_url()).content.decode()
    assert "Lex Sarah (IVO)" in page
    assert 'value="lex_sarah"' not in page and 'value="lex_maria"' in page  # flag the others
    reads = [q for q in captured.captured_queries if '"deviations_legaltrack"' in q["sql"]]
    assert len(reads) == 1  # the tracks shown and the kinds taken: one read


def test_flag_assess_and_report_through_the_page(client, cast, officers):
    deviation = report(cast)
    login(client, cast.chef)
    url = reverse("deviations:legal_flag", args=[deviation.pk])
    refused = client.post(url, {"aware_at": ""})
    assert refused.status_code == 400
    aware = timezone.localtime() - datetime.timedelta(hours=3)
    response = client.post(
        url, {"kinds": [Kind.DATA_BREACH], "aware_at": aware.strftime("%Y-%m-%dT%H:%M")}
    )
    assert response.status_code == 302
    track = LegalTrack.objects.get()
    login(client, officers["dpo"])
    step = lambda name: reverse(  # noqa: E731
        "deviations:legal_track_step", args=[deviation.pk, track.pk, name]
    )
    prefix = f"t{track.pk}-"
    refused = client.post(step("bedom"), {prefix + "is_serious": "yes", prefix + "assessment": ""})
    assert refused.status_code == 400
    assert "Formuläret innehåller fel" in refused.content.decode()
    client.post(step("bedom"), {prefix + "is_serious": "yes", prefix + "assessment": "Risk."})
    response = client.post(
        step("anmald"),
        {
            prefix + "reported_at": timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
            prefix + "authority_reference": "IMY-2026-1",
        },
    )
    assert response.status_code == 302
    track.refresh_from_db()
    assert track.status == LegalTrack.Status.REPORTED
    assert track.authority_reference == "IMY-2026-1"


def test_permission_matrix_for_the_legal_views(client, cast, officers):
    deviation = report(cast)
    (track,) = flag(cast, deviation, Kind.LEX_SARAH)
    bedom = reverse("deviations:legal_track_step", args=[deviation.pk, track.pk, "bedom"])
    flag_url = reverse("deviations:legal_flag", args=[deviation.pk])
    list_url = reverse("deviations:legal_track_list")
    data = {f"t{track.pk}-is_serious": "yes", f"t{track.pk}-assessment": "x"}
    # Anonymous: to the login page.
    for url in (bedom, flag_url):
        assert client.post(url, data).url.startswith(reverse("account_login"))
    assert client.get(list_url).url.startswith(reverse("account_login"))
    # Not able to read the confidential case: 404.
    for who in (cast.other_staff, cast.school_chef, cast.board, officers["mas"]):
        login(client, who)
        assert client.post(bedom, data).status_code == 404
        assert client.post(flag_url, {"kinds": ["lex_maria"]}).status_code == 404
    # The reporter reads the case, but not its tracks, and may not flag it.
    login(client, cast.staff)
    assert client.post(bedom, data).status_code == 404
    assert client.post(flag_url, {"kinds": ["lex_maria"]}).status_code == 403
    # Reads the case but does not decide this track: 403.
    login(client, cast.coordinator)
    assert client.post(bedom, data).status_code == 403
    login(client, officers["sas"])
    assert client.post(bedom, data).status_code == 302
    assert LegalTrack.objects.get().status == LegalTrack.Status.TO_REPORT


def test_track_list_and_start_page_put_overdue_first(client, cast, officers):
    late = report(cast, title="Sen")
    fresh = report(cast, title="Ny")
    flag(cast, late, Kind.DATA_BREACH, aware_at=timezone.now() - datetime.timedelta(hours=80))
    flag(cast, fresh, Kind.DATA_BREACH, aware_at=timezone.now() - datetime.timedelta(hours=1))
    login(client, officers["dpo"])
    body = client.get(reverse("deviations:legal_track_list")).content.decode()
    assert body.index(late.number) < body.index(fresh.number)
    assert "försenad med 8 timmar" in body
    home = client.get(reverse("home")).content.decode()
    assert "Anmälningsspår" in home
    assert home.index(late.number) < home.index(fresh.number)
    login(client, cast.staff)
    assert late.number not in client.get(reverse("deviations:legal_track_list")).content.decode()


@pytest.mark.usefixtures("production_static")  # as production renders it
def test_report_package_pdf_holds_the_case_facts_and_is_for_those_who_see_the_track(
    client, cast, officers, tmp_path
):
    deviation = report(cast, title="Brukare fick fel dos insulin")
    (track,) = flag(cast, deviation, Kind.LEX_MARIA)
    legal.assess_track(
        track, by=officers["mas"], is_serious=True, assessment="Risk för allvarlig vårdskada."
    )
    url = reverse("deviations:legal_track_package", args=[deviation.pk, track.pk])
    login(client, officers["mas"])
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    text = pdf_text(response.content, tmp_path)
    for fact in [
        deviation.number,
        "Brukare fick fel dos insulin",
        "Brukaren halkade på det våta golvet",  # what happened, as reported
        "Risk för allvarlig vårdskada.",
        "Lex Maria",
    ]:
        assert fact in text, fact
    assert "Tagged:          yes" in pdf_info(response.content, tmp_path)
    assert ConfidentialRead.objects.filter(
        deviation=deviation, user=officers["mas"], what="report"
    ).exists()
    # The SAS does not decide lex Maria and the unit's chef lacks sensitive access: not found.
    for person in (officers["sas"], officers["school_mas"], cast.chef):
        login(client, person)
        assert client.get(url).status_code == 404
    client.logout()
    assert client.get(url).status_code == 302
