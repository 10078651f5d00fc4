"""Demo objectives and management reviews for Exempelkommun, called by `seed_demo` after the
other apps' demo data exists (reviews is last in INSTALLED_APPS, so there is data to compile).

Dates are relative to today: objectives with a year of values for a few units, last year's
review of Socialförvaltningen approved (snapshot and PDF frozen) with decisions and actions,
and this year's review as a draft whose item a) shows those actions; last year's quality report
(kvalitetsberättelse) of Socialförvaltningen published.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

from django.utils import timezone

from deviations.demo import quiet_email
from deviations.models import Action
from deviations.services import complete_action
from qms.models import OrganisationUnit, User
from reviews import services
from reviews.models import (
    Decision,
    Indicator,
    Objective,
    PatientSafetyReport,
    QualityReport,
    Review,
)

# unit code, objective, [(indicator, unit of measure, target, direction, period, source, values)]
# Manual values run oldest first, one per period of the last year.
OBJECTIVES = [
    (
        "soc-solg",
        "Trygga och nöjda boende",
        [
            (
                "Andel nöjda boende",
                "%",
                "90",
                "higher",
                "quarter",
                "manual",
                ["84", "87", "91", "92"],
            ),
            (
                "Fallolyckor per 1 000 vårddygn",
                "st",
                "2",
                "lower",
                "month",
                "manual",
                [
                    "3.1",
                    "2.8",
                    "2.9",
                    "2.4",
                    "2.2",
                    "2.1",
                    "1.9",
                    "2.3",
                    "2.0",
                    "1.8",
                    "1.7",
                    "1.9",
                ],
            ),
        ],
    ),
    (
        "soc-htn",
        "Kontinuitet i hemtjänsten",
        [
            (
                "Antal personal per brukare och 14 dagar",
                "st",
                "12",
                "lower",
                "tertial",
                "manual",
                ["15", "14", "13"],
            ),
        ],
    ),
    (
        "soc",
        "Avvikelser hanteras snabbt och synpunkter besvaras i tid",
        [
            (
                "Avvikelser avslutade inom 30 dagar",
                "%",
                "70",
                "higher",
                "quarter",
                Indicator.Source.DEVIATIONS_CLOSED_30,
                [],
            ),
            (
                "Synpunkter besvarade i tid",
                "%",
                "95",
                "higher",
                "quarter",
                Indicator.Source.FEEDBACK_IN_TIME,
                [],
            ),
            (
                "Revisionsiakttagelser avslutade",
                "%",
                "80",
                "higher",
                "year",
                Indicator.Source.FINDINGS_CLOSED,
                [],
            ),
        ],
    ),
    (
        "buf",
        "Elever och vårdnadshavare är nöjda",
        [
            ("Andel nöjda vårdnadshavare", "%", "85", "higher", "year", "manual", ["81"]),
        ],
    ),
]


# Indicators that are results of a survey (shown with the feedback, input c1).
SURVEYS = {"Andel nöjda boende", "Andel nöjda vårdnadshavare"}


def _objectives(coordinator: User, units: dict[str, OrganisationUnit], today) -> None:
    for code, title, indicators in OBJECTIVES:
        objective = services.create_objective(by=coordinator, unit=units[code], title=title)
        for name, measure, target, direction, period, source, values in indicators:
            indicator = services.add_indicator(
                objective,
                by=coordinator,
                name=name,
                unit_of_measure=measure,
                target=Decimal(target),
                direction=direction,
                period=period,
                source=source,
                is_survey=name in SURVEYS,
            )
            if indicator.is_computed:
                services.refresh_computed_values(indicator, today=today)
                continue
            # The last `len(values)` periods up to the current one.
            start = indicator.period_start(today)
            starts = [start]
            for _ in values[1:]:
                start = indicator.period_start(start - datetime.timedelta(days=1))
                starts.append(start)
            for start, value in zip(reversed(starts), values, strict=True):
                services.record_value(
                    indicator, by=coordinator, period_start=start, value=Decimal(value)
                )


def _reviews(users: dict[str, User], units: dict[str, OrganisationUnit], today) -> None:
    coordinator, chair = users["samordnare"], users["anna.svensson"]
    participants = [users[name] for name in ("erik.johansson", "chef", "maria.eriksson")]
    last_year = today.year - 1
    earlier = services.create_review(
        by=coordinator,
        unit=units["soc"],
        title=f"Ledningens genomgång Socialförvaltningen {last_year}",
        period_start=datetime.date(last_year, 1, 1),
        period_end=datetime.date(last_year, 12, 31),
        held_on=min(datetime.date(last_year, 12, 12), today),
        chair=chair,
        participants=participants,
    )
    for code, text in ASSESSMENTS.items():
        services.save_assessment(earlier, by=coordinator, code=code, assessment=text)
    services.save_summary(earlier, by=coordinator, **SUMMARY)
    services.record_attendance(earlier, by=coordinator, present=[p.pk for p in participants[:2]])
    actions = []
    for kind, text, action_title, owner, due in DECISIONS:
        decision = services.add_decision(earlier, by=coordinator, kind=kind, text=text)
        actions.append(
            services.add_decision_action(
                decision,
                by=coordinator,
                title=action_title,
                owner=users[owner],
                due_date=today + datetime.timedelta(days=due),
            )
        )
    services.approve_review(earlier, by=chair)
    complete_action(actions[0], by=actions[0].owner, result="Rutinen är beslutad och införd.")

    draft = services.create_review(
        by=coordinator,
        unit=units["soc"],
        title=f"Ledningens genomgång Socialförvaltningen {today.year}",
        period_start=datetime.date(today.year, 1, 1),
        period_end=datetime.date(today.year, 12, 31),
        held_on=datetime.date(today.year, 12, 10),
        chair=chair,
        participants=participants,
    )
    services.save_summary(draft, by=coordinator, **SUMMARY)
    services.save_assessment(
        draft,
        by=coordinator,
        code="b",
        assessment=(
            "Nya socialtjänstlagen (2025:400) gäller; rutinerna för lex Sarah är uppdaterade."
        ),
    )


def _quality_report(coordinator: User, unit: OrganisationUnit, year: int) -> None:
    report = services.create_quality_report(by=coordinator, unit=unit, year=year)
    services.save_quality_report_texts(report, by=coordinator, **QUALITY_REPORT_TEXTS)
    services.publish_quality_report(report, by=coordinator)


def _patient_safety_report(coordinator: User, unit: OrganisationUnit, year: int) -> None:
    """A draft with every heading written, for the coordinator to read through and publish
    (publishing renders the PDF: the demo leaves that step to the person trying it)."""
    report = services.create_yearly_report(
        PatientSafetyReport, by=coordinator, unit=unit, year=year
    )
    services.save_yearly_report_texts(report, by=coordinator, **PATIENT_SAFETY_TEXTS)


SUMMARY = {
    "messages": (
        "Fallolyckorna på Solgården minskar efter satsningen på tillsyn nattetid.\n"
        "Tillbuden i arbetsmiljön ökar och behöver följas upp på varje enhet.\n"
        "Klagomålen gäller främst bemötande i hemtjänsten.\n"
        "Sjuksköterskebemanningen på helger räcker inte."
    ),
    "decisions_asked": (
        "Fastställa att rutinen för lex Sarah anpassas till den nya socialtjänstlagen.\n"
        "Ge förvaltningen i uppdrag att ta fram underlag för utökad helgbemanning."
    ),
}

QUALITY_REPORT_TEXTS = {
    **SUMMARY,
    "work_done": (
        "Ledningssystemet följer SOSFS 2011:9. Varje enhet går igenom sina avvikelser och "
        "synpunkter på arbetsplatsträffar varje månad, och förvaltningens ledningsgrupp följer "
        "upp dem varje tertial. Internrevisioner och en förbättringsdag har genomförts enligt "
        "revisionsprogrammet, och ledningens genomgång hölls i december."
    ),
    "actions_taken": (
        "Rutinen för lex Sarah har anpassats till den nya socialtjänstlagen. Fallpreventionen på "
        "Solgårdens vård- och omsorgsboende har fortsatt med tillsyn nattetid och "
        "läkemedelsgenomgångar. Digital signering av läkemedel har börjat införas i hemtjänsten."
    ),
    "results": (
        "Fallolyckorna på Solgården minskade och andelen nöjda boende nådde målet under andra "
        "halvåret. Klagomålen på bemötande i hemtjänsten kvarstår och är ett fokus för nästa år, "
        "liksom sjuksköterskebemanningen på helger."
    ),
}


ASSESSMENTS = {
    "b": "Ny socialtjänstlag beslutad; verksamheten har börjat se över rutinerna.",
    "c1": "Klagomålen gäller främst bemötande i hemtjänsten.",
    "c4": "Tillbud i arbetsmiljön ökar; fallolyckor minskar efter förra årets satsning.",
    "d": "Sjuksköterskebemanningen på helger är otillräcklig.",
    "e": "Riskanalysen inför sommaren fungerade: inga allvarliga avvikelser under semestern.",
    "f": "Förbättringsförslagen om digital signering bör genomföras i hela äldreomsorgen.",
}

# kind, decision, its action, the action's owner, due in days from today
DECISIONS = [
    (
        Decision.Kind.SYSTEM_CHANGE,
        "Rutinen för lex Sarah anpassas till den nya socialtjänstlagen.",
        "Revidera rutinen för lex Sarah",
        "erik.johansson",
        -30,
    ),
    (
        Decision.Kind.IMPROVEMENT,
        "Digital signering av läkemedel införs i hela äldreomsorgen.",
        "Inför digital signering i hemtjänsten",
        "maria.eriksson",
        60,
    ),
    (
        Decision.Kind.RESOURCE_NEED,
        "Bemanningen av sjuksköterskor på helger utökas.",
        "Ta fram underlag för utökad helgbemanning",
        "anna.svensson",
        -10,
    ),
]


def seed_demo(stdout) -> None:
    today = timezone.localdate()
    units = {u.code: u for u in OrganisationUnit.objects.all()}
    with quiet_email(User.objects.all()):
        # Loaded inside: `notify` reads each user's (now switched off) e-mail choice.
        users = {u.username: u for u in User.objects.all()}
        _objectives(users["samordnare"], units, today)
        _reviews(users, units, today)
        _quality_report(users["samordnare"], units["soc"], today.year - 1)
        _patient_safety_report(users["samordnare"], units["soc"], today.year - 1)
    stdout.write(
        f"Ledningens genomgång: {Objective.objects.count()} kvalitetsmål, "
        f"{Review.objects.count()} genomgångar, "
        f"{QualityReport.objects.count()} kvalitetsberättelse, "
        f"{PatientSafetyReport.objects.count()} patientsäkerhetsberättelse (utkast), "
        f"{Action.objects.filter(content_type__model='decision').count()} åtgärder från beslut."
    )


PATIENT_SAFETY_TEXTS = {
    "messages": (
        "Fallen på Solgården minskade efter tillsynen nattetid.\n"
        "Läkemedelsavvikelserna i hemtjänsten ska minska med digital signering.\n"
        "Ingen händelse behövde anmälas till IVO enligt lex Maria under året."
    ),
    "decisions_asked": "Nämnden godkänner patientsäkerhetsberättelsen.",
    "goals": (
        "Ingen patient ska drabbas av en vårdskada som hade kunnat undvikas. Fokus under året: "
        "fall, läkemedel och trycksår."
    ),
    "responsibility": (
        "Socialnämnden är vårdgivare. Medicinskt ansvarig sjuksköterska (MAS) ansvarar för "
        "rutinerna och för anmälningar enligt lex Maria; enhetscheferna för att rutinerna följs."
    ),
    "follow_up": (
        "Avvikelser följs upp varje månad på arbetsplatsträffar och varje tertial i "
        "förvaltningens ledningsgrupp; MAS gör en årlig uppföljning."
    ),
    "cooperation": (
        "Samverkan med regionens vårdcentraler och sjukhus om in- och utskrivning, och "
        "samordnad individuell plan (SIP) med patient och närstående."
    ),
    "risk_analysis": (
        "Avvikelser riskbedöms med sannolikhet och konsekvens. Riskanalyser gjordes inför bytet "
        "av planeringssystem och inför införandet av digital signering."
    ),
    "self_monitoring": (
        "Journalgranskning två gånger om året, läkemedelsgenomgångar och internrevision enligt "
        "revisionsprogrammet."
    ),
    "deviations_text": (
        "Avvikelser rapporteras i systemet av all personal. De vanligaste gäller fall och "
        "läkemedel; åtgärderna följs i åtgärdsregistret."
    ),
    "complaints": (
        "Klagomål och synpunkter tas emot i e-tjänsten, besvaras inom tio dagar och följs upp "
        "tillsammans med avvikelserna."
    ),
    "analysis": (
        "Fallen minskade där tillsynen nattetid infördes. Läkemedelsavvikelserna är kvar på "
        "samma nivå och är årets största risk."
    ),
    "results": (
        "Tillsyn nattetid på Solgården, uppdaterad läkemedelsrutin och utbildning i "
        "fallprevention för all omvårdnadspersonal."
    ),
    "next_year": (
        "Digital signering av läkemedel i hela hemtjänsten och en uppföljning av trycksår på "
        "alla boenden."
    ),
}
