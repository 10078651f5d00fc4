"""Demo synpunkter, förbättringsförslag and legal tracks (called at the end of demo.seed_demo).

Everything goes through the services, as the demo users, then timestamps are moved back. The
citizens' e-mail addresses are set afterwards: the demo sends no e-mail to made-up people.
"""

from __future__ import annotations

import datetime

from django.contrib.auth.hashers import make_password
from django.utils import timezone

from deviations import feedback_services, legal, suggestion_services
from deviations.models import (
    AccessibilityStatement,
    Action,
    Deviation,
    Feedback,
    LegalTrack,
    LegalTrackKind,
    PublicActivity,
    Suggestion,
)
from qms.models import Membership, OrganisationUnit, Role, User

# unit code → the name citizens know it by
PUBLIC_ACTIVITIES = {
    "soc-solg": "Solgårdens äldreboende",
    "soc-htn": "Hemtjänsten i norra delen av kommunen",
    "soc-hts": "Hemtjänsten i södra delen av kommunen",
    "soc-bu": "Socialtjänsten – barn och unga",
    "soc-fs": "Ekonomiskt bistånd (försörjningsstöd)",
    "soc-bjork": "LSS-boendet Björken",
    "soc-dv": "Daglig verksamhet",
    "buf-ekorren": "Förskolan Ekorren",
    "buf-humlan": "Förskolan Humlan",
    "buf-central": "Centralskolan",
    "buf-gy": "Exempelgymnasiet",
    "mbf-bygg": "Bygglov",
    "bost-uthyr": "Bostadsbolaget – uthyrning och kundservice",
}

# (unit code, kind, text, name, email, phone, status, days ago, answer)
FEEDBACK = [
    (
        "soc-solg",
        "complaint",
        "Min pappa har fått kall mat flera kvällar i rad. "
        "Vi har sagt till personalen men inget händer.",
        "Eva Lund",
        "eva.lund@example.se",
        "",
        "answered",
        20,
        "Tack för att du hörde av dig. Vi har bytt värmeskåp och "
        "kontrollerar nu temperaturen varje kväll.",
    ),
    (
        "soc-solg",
        "praise",
        "Stort tack till nattpersonalen som tog så väl hand om mamma i hennes sista tid.",
        "",
        "",
        "",
        "closed",
        60,
        "Tack för dina fina ord, vi har berättat för personalgruppen.",
    ),
    (
        "soc-solg",
        "complaint",
        "Ingen svarar i telefon på avdelning 2 efter klockan 16.",
        "",
        "",
        "",
        "received",
        3,
        "",
    ),
    (
        "soc-htn",
        "complaint",
        "Hemtjänsten kom två timmar för sent tre gånger förra veckan.",
        "Karl Öberg",
        "",
        "070-111 22 33",
        "in_progress",
        40,
        "",
    ),
    (
        "soc-htn",
        "suggestion",
        "Det vore bra med ett sms när hemtjänsten blir försenad.",
        "",
        "",
        "",
        "in_progress",
        12,
        "",
    ),
    (
        "soc-hts",
        "question",
        "Hur ansöker man om trygghetslarm?",
        "Gun Ek",
        "gun.ek@example.se",
        "",
        "closed",
        90,
        "Du ansöker hos biståndshandläggaren, ring kommunens kontaktcenter.",
    ),
    (
        "buf-ekorren",
        "praise",
        "Pedagogerna på Ekorren är fantastiska med vår son.",
        "",
        "",
        "",
        "answered",
        15,
        "Tack! Vi hälsar till pedagogerna.",
    ),
    (
        "buf-central",
        "complaint",
        "Min dotter blir retad på rasterna och skolan har inte gjort något.",
        "",
        "",
        "",
        "in_progress",
        8,
        "",
    ),
    (
        "buf-gy",
        "suggestion",
        "Öppna biblioteket tidigare på morgonen.",
        "Ali Hassan",
        "ali.hassan@example.se",
        "",
        "received",
        1,
        "",
    ),
    (
        "mbf-bygg",
        "complaint",
        "Mitt bygglov har tagit fyra månader utan besked.",
        "Per Sund",
        "per.sund@example.se",
        "070-222 33 44",
        "received",
        45,
        "",
    ),
    (
        "bost-uthyr",
        "question",
        "När byts fönstren på Storgatan 12?",
        "",
        "",
        "",
        "closed",
        120,
        "Fönsterbytet är planerat till våren.",
    ),
]

# (unit code, submitted by, title, months ago, decision)
SUGGESTIONS = [
    ("soc-solg", "medarbetare", "Digitalt schema i mobilen", 11, "accepted"),
    ("soc-solg", "lena.karlsson", "Checklista vid läkemedelsöverlämning", 10, "accepted"),
    ("soc-solg", "jonas.nilsson", "Gemensam fikastund för brukarna på söndagar", 10, "rejected"),
    ("soc-solg", "medarbetare", "Halkskydd i alla duschar", 9, "accepted"),
    ("soc-solg", "lena.karlsson", "Bättre överrapportering mellan dag och kväll", 9, "parked"),
    ("soc-htn", "maria.eriksson", "Ruttplanering med karta", 8, "accepted"),
    ("soc-solg", "jonas.nilsson", "Fler elcyklar till hemtjänsten", 7, "parked"),
    ("soc-solg", "medarbetare", "Introduktionsfilm för nyanställda", 6, "submitted"),
    ("soc-htn", "maria.eriksson", "Nyckelfria lås hos brukarna", 4, "submitted"),
    ("soc-solg", "lena.karlsson", "Påminnelse om vätskelistor", 1, "submitted"),
]

# Designated officers of the legal tracks (new demo users; password "demo").
OFFICERS = [
    ("sas", "Saga", "Åström", "Särskilt utsedd för lex Sarah", "soc", Role.SAS),
    ("mas", "Maja", "Sundqvist", "Medicinskt ansvarig sjuksköterska", "soc", Role.MAS),
    ("dataskydd", "Daniel", "Ek", "Dataskyddsombud", "ek", Role.DPO),
]


def seed_feedback(stdout) -> None:
    units = {u.code: u for u in OrganisationUnit.objects.all()}
    users = {u.username: u for u in User.objects.all()}
    for username, first, last, title, unit_code, role in OFFICERS:
        officer = User.objects.create(
            username=username,
            first_name=first,
            last_name=last,
            title=title,
            email=f"{username}@exempelkommun.se",
            password=make_password("demo"),
            notify_by_email=False,  # switched on again at the end, as for the other demo users
        )
        Membership.objects.create(user=officer, unit=units[unit_code], role=role)
        users[username] = officer
    for code, name in PUBLIC_ACTIVITIES.items():
        PublicActivity.objects.create(unit=units[code], public_name=name)
    AccessibilityStatement.objects.create(
        text=(
            "Exempelkommun står bakom den här webbplatsen för synpunkter. Vi vill att så många "
            "som möjligt ska kunna använda den.\n\nWebbplatsen är förenlig med lagen om "
            "tillgänglighet till digital offentlig service (WCAG 2.1 nivå AA). Redogörelsen "
            "granskades senast i januari."
        ),
        contact="E-post: tillganglighet@exempelkommun.se\nTelefon: 0123-456 00 (kontaktcenter)",
    )
    feedback_count = _seed_synpunkter(units, users)
    suggestion_count = _seed_suggestions(units, users)
    track_count = _seed_legal_tracks(units, users)
    User.objects.filter(username__in=[o[0] for o in OFFICERS]).update(notify_by_email=True)
    stdout.write(
        f"Synpunkter: {feedback_count}, förbättringsförslag: {suggestion_count}, "
        f"anmälningsspår: {track_count}."
    )


def _ago(days: float) -> datetime.datetime:
    return timezone.now() - datetime.timedelta(days=days)


def _seed_synpunkter(units, users) -> int:
    activities = {a.unit.code: a for a in PublicActivity.objects.select_related("unit")}
    for code, kind, text, name, email, phone, status, days, answer in FEEDBACK:
        feedback, _token = feedback_services.submit_feedback(
            activity=activities[code], kind=kind, text=text, contact_name=name, contact_phone=phone
        )
        handler = _handler(units[code], users)
        if status != "received":
            feedback_services.assign_feedback(feedback, by=handler, assignee=handler)
        if answer:
            feedback_services.answer_feedback(feedback, by=handler, answer=answer)
        if status == "closed":
            feedback_services.close_feedback(feedback, by=handler)
        created = _ago(days)
        Feedback.objects.filter(pk=feedback.pk).update(
            created_at=created,
            due_date=timezone.localdate(created) + datetime.timedelta(days=30),
            contact_email=email,
            answer_sent_to=email if answer else "",
            answered_at=created + datetime.timedelta(days=min(days, 10) / 2) if answer else None,
            closed_at=created + datetime.timedelta(days=min(days, 10))
            if status == "closed"
            else None,
        )
    # One closed case whose contact details were removed, as the routine says.
    closed = Feedback.objects.filter(status=Feedback.Status.CLOSED).exclude(contact_name="").first()
    feedback_services.remove_contact_details(closed, by=_handler(closed.unit, users))
    return len(FEEDBACK)


def _handler(unit: OrganisationUnit, users) -> User:
    """The nearest chef over the unit, or the group's coordinator."""
    chef = (
        Membership.objects.filter(unit__in=unit.ancestors_and_self(), role=Role.MANAGER)
        .select_related("user", "unit")
        .order_by("-unit__depth")
        .first()
    )
    return chef.user if chef else users["samordnare"]


def _seed_suggestions(units, users) -> int:
    today = timezone.localdate()
    for code, username, title, months, decision in SUGGESTIONS:
        suggestion = suggestion_services.submit_suggestion(
            by=users[username],
            unit=units[code],
            title=title,
            description=f"{title}: så här skulle det fungera i vardagen.",
            reason="Det sparar tid och gör det tryggare för brukarna.",
        )
        chef = _handler(units[code], users)
        if decision == "accepted":
            suggestion_services.accept_suggestion(suggestion, by=chef, reason="Bra förslag.")
            suggestion_services.add_suggestion_action(
                suggestion,
                by=chef,
                kind=Action.Kind.IMPROVEMENT,
                title=f"Genomför: {title}",
                owner=chef,
                unit=units[code],
                due_date=today + datetime.timedelta(days=30),
            )
        elif decision == "rejected":
            suggestion_services.reject_suggestion(
                suggestion, by=chef, reason="Ryms inte i budgeten i år."
            )
        elif decision == "parked":
            suggestion_services.park_suggestion(suggestion, by=chef, reason="Tas upp i höst.")
        created = _ago(months * 30 + 5)
        Suggestion.objects.filter(pk=suggestion.pk).update(
            created_at=created,
            decided_at=created + datetime.timedelta(days=10) if decision != "submitted" else None,
        )
    return len(SUGGESTIONS)


def _seed_legal_tracks(units, users) -> int:
    """One deviation on each track, in different states; the IMY one overdue."""
    open_cases = (
        Deviation.objects.open()
        .filter(unit__code="soc-solg", is_confidential=False)
        .order_by("-created_at")
    )
    cases = list(open_cases[:4])
    chef, sas, mas = users["chef"], users["sas"], users["mas"]
    now = timezone.now()
    sarah, maria, breach, work = cases
    (track,) = legal.flag_deviation(
        sarah, by=chef, kinds=[LegalTrackKind.LEX_SARAH], aware_at=now - datetime.timedelta(days=3)
    )
    legal.assess_track(
        track, by=sas, is_serious=True, assessment="Brukaren lämnades utan tillsyn en natt."
    )
    (track,) = legal.flag_deviation(
        maria, by=chef, kinds=[LegalTrackKind.LEX_MARIA], aware_at=now - datetime.timedelta(days=20)
    )
    legal.assess_track(track, by=mas, is_serious=True, assessment="Fel läkemedel gav vårdskada.")
    legal.record_report(
        track,
        by=mas,
        reported_at=now - datetime.timedelta(days=12),
        authority_reference="3.1-45678/2026",
        patient_informed=True,
    )
    legal.flag_deviation(
        breach,
        by=chef,
        kinds=[LegalTrackKind.DATA_BREACH],
        aware_at=now - datetime.timedelta(hours=80),  # the 72 hours have passed: overdue
    )
    (track,) = legal.flag_deviation(
        work,
        by=chef,
        kinds=[LegalTrackKind.WORK_ENVIRONMENT],
        aware_at=now - datetime.timedelta(hours=5),
    )
    legal.assess_track(track, by=chef, is_serious=False, assessment="Ingen personskada.")
    return LegalTrack.objects.count()
