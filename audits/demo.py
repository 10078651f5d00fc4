"""Demo audits for Exempelkommun, called by `seed_demo` after the organisation exists.

Dates are relative to today: programmes for this year and last year, audits in every status,
a förbättringsdag, an external surveillance audit linked to the group ISO 9001 certificate's
surveillance event, and findings of every grade with actions in the register.
"""

from __future__ import annotations

import datetime

from django.utils import timezone

from audits import services
from audits.catalogue import add_missing_criteria
from audits.models import Audit, Criterion, Finding, Grade, Programme, Question
from certifications.cycle import add_months_clamped
from deviations import services as deviation_services
from deviations.demo import quiet_email
from deviations.models import Action
from qms.models import OrganisationUnit, User

DAY = datetime.timedelta(days=1)
LEAD = "lead"
GROUP_ISO_9001 = "NC-9001-2024-117"  # the certificate of certifications.demo


class Demo:
    def __init__(self) -> None:
        self.today = timezone.localdate()
        self.units = {u.code: u for u in OrganisationUnit.objects.all()}
        self.users = {u.username: u for u in User.objects.all()}
        self.coordinator = self.users["samordnare"]
        self.auditor = self.users["revisor"]
        self.criteria = {(c.framework, c.reference): c for c in Criterion.objects.all()}

    def user(self, name: str) -> User:
        return self.users[name]

    def crit(self, *keys: str) -> list[Criterion]:
        """'iso:7' → ISO 9001 clause 7; 'sosfs:4 kap.'; 'own:R2'."""
        frameworks = {"iso": "iso9001", "sosfs": "sosfs", "own": "own"}
        return [self.criteria[(frameworks[k.split(":")[0]], k.split(":", 1)[1])] for k in keys]

    def past(self, days: int) -> datetime.date:
        """`days` ago, but inside this year (a programme is per year)."""
        return max(self.today - days * DAY, datetime.date(self.today.year, 1, 1))

    def future(self, days: int) -> datetime.date:
        return min(self.today + days * DAY, datetime.date(self.today.year, 12, 31))

    def programme(self, year: int) -> Programme:
        existing = Programme.objects.filter(unit=self.units["koncern"], year=year).first()
        return existing or services.create_programme(
            by=self.coordinator,
            unit=self.units["koncern"],
            year=year,
            objectives=(
                "Varje förvaltning granskas mot ISO 9001 kapitel 4–10 under certifikatets "
                "treårscykel; verksamheter med många avvikelser eller stora förändringar "
                "prioriteras. Socialtjänsten granskas också mot SOSFS 2011:9."
            ),
        )

    def plan(self, planned_date: datetime.date, **fields) -> Audit:
        return services.plan_audit(
            self.programme(planned_date.year),
            by=self.coordinator,
            planned_date=planned_date,
            **fields,
        )

    def team(self, audit: Audit, username: str, role: str = LEAD, reason: str = "") -> None:
        services.add_team_member(
            audit, by=self.coordinator, user=self.user(username), role=role, override_reason=reason
        )

    def perform(
        self, audit: Audit, performed_on: datetime.date, grades: dict[int, tuple[str, str]]
    ) -> Audit:
        """Answer the checklist: conforms unless `grades` has (grade, note) for the position."""
        by = audit.team.first().user
        for position, answer in enumerate(audit.answers.order_by("order")):
            grade, notes = grades.get(position, (Grade.CONFORMS, ""))
            services.save_answer(answer, by=by, grade=grade, notes=notes)
        return services.perform_audit(audit, by=by, performed_on=performed_on)

    def act(self, finding: Finding, owner: str, title: str, due: datetime.date, kind="corrective"):
        by = finding.audit.team.first().user if finding.audit.team.exists() else self.coordinator
        return services.add_finding_action(
            finding, by=by, kind=kind, title=title, owner=self.user(owner), due_date=due
        )

    def finish(self, finding: Finding, owner: str) -> None:
        for action in Action.objects.for_object(finding).open():
            deviation_services.complete_action(
                action, by=self.user(owner), result="Genomfört enligt plan."
            )


def seed_demo(stdout) -> None:
    add_missing_criteria(Criterion, Question)
    # In-app notices as for real work, but no e-mail to made-up addresses (see quiet_email).
    with quiet_email(User.objects.all()):
        demo = Demo()
        last_year = demo.today.year - 1
        _closed_internal_audit(demo, datetime.date(last_year, 10, 8))
        _cancelled_audit(demo, datetime.date(last_year, 11, 20))
        _reported_audit(demo)
        _performed_audit(demo)
        _improvement_day(demo)
        _prepared_audit(demo)
        _planned_audits(demo)
        _external_surveillance(demo)
    stdout.write(
        f"Revisioner: {Audit.objects.count()} revisioner, {Finding.objects.count()} iakttagelser."
    )


def _closed_internal_audit(demo: Demo, planned: datetime.date) -> None:
    """Last year at Solgården: a minor nonconformity fixed and verified; the report frozen."""
    audit = demo.plan(
        planned,
        kind=Audit.Kind.INTERNAL,
        title="Dokumentstyrning och avvikelsehantering",
        unit=demo.units["soc-solg"],
        process="Vård och omsorg på särskilt boende",
        criteria=demo.crit("iso:7", "iso:10"),
        priority=Audit.Priority.HIGH,
        priority_reason="Många avvikelser om läkemedel förra året; ny enhetschef.",
    )
    demo.team(audit, "revisor")
    services.prepare_audit(audit, by=demo.auditor)
    demo.perform(
        audit,
        planned,
        {
            0: (Grade.MINOR, "Två medarbetare saknade dokumenterad introduktion."),
            1: (Grade.STRENGTH, "Alla kände till var rutinerna finns och hur de används."),
            4: (Grade.OPPORTUNITY, "Avvikelserna kan återkopplas på APT varje månad."),
        },
    )
    minor = audit.findings.get(grade=Grade.MINOR)
    demo.act(minor, "chef", "Dokumentera introduktionen för alla nyanställda", planned + 30 * DAY)
    idea = audit.findings.get(grade=Grade.OPPORTUNITY)
    demo.act(idea, "chef", "Återkoppla avvikelser på varje APT", planned + 45 * DAY, "improvement")
    services.report_audit(
        audit,
        by=demo.auditor,
        summary="Solgården arbetar enligt sina rutiner. En mindre avvikelse om introduktion.",
        conclusion="Ledningssystemet fungerar; introduktionen behöver dokumenteras.",
    )
    for finding in (minor, idea):
        demo.finish(finding, "chef")
        services.verify_finding(
            finding, by=demo.auditor, verification="Kontrollerat i personalakter och APT-protokoll."
        )
    services.close_audit(audit, by=demo.auditor)


def _cancelled_audit(demo: Demo, planned: datetime.date) -> None:
    audit = demo.plan(
        planned,
        kind=Audit.Kind.INTERNAL,
        title="Handläggning av försörjningsstöd",
        unit=demo.units["soc-fs"],
        criteria=demo.crit("iso:8"),
    )
    services.cancel_audit(
        audit, by=demo.coordinator, reason="Enheten omorganiserades; flyttad till nästa år."
    )


def _reported_audit(demo: Demo) -> None:
    """Hemtjänst Norr: every kind of finding; actions under way, nothing verified yet."""
    performed = demo.past(20)
    audit = demo.plan(
        performed,
        kind=Audit.Kind.INTERNAL,
        title="Planering och uppföljning av insatser",
        unit=demo.units["soc-htn"],
        process="Hemtjänstens insatser",
        criteria=demo.crit("iso:6", "iso:8", "sosfs:4 kap."),
        priority=Audit.Priority.HIGH,
        priority_reason="Nytt planeringssystem infördes i våras.",
    )
    demo.team(audit, "revisor")
    services.prepare_audit(audit, by=demo.auditor)
    demo.perform(
        audit,
        performed,
        {
            0: (Grade.MAJOR, "Ingen riskanalys gjordes före bytet av planeringssystem."),
            1: (Grade.MINOR, "Målen för kontinuitet följs inte upp."),
            3: (Grade.OBSERVATION, "Avtalet med leverantören av larm är inte uppföljt."),
            5: (Grade.OPPORTUNITY, "Egenkontrollen kan göras digitalt i planeringssystemet."),
            6: (Grade.STRENGTH, "Medarbetarna lämnar många förbättringsförslag."),
        },
    )
    major = audit.findings.get(grade=Grade.MAJOR)
    demo.act(major, "maria.eriksson", "Gör riskanalys av planeringssystemet", demo.today + 20 * DAY)
    minor = audit.findings.get(grade=Grade.MINOR)
    services.report_finding_deviation(minor, by=demo.auditor)
    demo.act(
        minor, "maria.eriksson", "Inför månadsvis uppföljning av kontinuitet", demo.today - 3 * DAY
    )
    observation = audit.findings.get(grade=Grade.OBSERVATION)
    demo.act(
        observation,
        "maria.eriksson",
        "Boka uppföljningsmöte med larmleverantören",
        demo.today + 40 * DAY,
    )
    services.report_audit(
        audit,
        by=demo.auditor,
        summary="Hemtjänst Norr har ett engagerat arbetslag men bytet av planeringssystem "
        "gjordes utan riskanalys.",
    )


def _performed_audit(demo: Demo) -> None:
    """Barn och unga: the fieldwork is done, the report is being written."""
    performed = demo.past(5)
    audit = demo.plan(
        performed,
        kind=Audit.Kind.INTERNAL,
        title="Systematiskt förbättringsarbete",
        unit=demo.units["soc-bu"],
        criteria=demo.crit("sosfs:4 kap.", "sosfs:5 kap."),
    )
    demo.team(audit, "revisor")
    services.prepare_audit(audit, by=demo.auditor)
    demo.perform(
        audit,
        performed,
        {1: (Grade.MINOR, "Egenkontrollen gjordes inte i mars och april.")},
    )


def _improvement_day(demo: Demo) -> None:
    """Solgården's förbättringsdag: strengths and ideas, which became improvement actions."""
    held = demo.past(35)
    audit = demo.plan(
        held,
        kind=Audit.Kind.IMPROVEMENT_DAY,
        title="Förbättringsdag: vårt arbetssätt kring måltider",
        unit=demo.units["soc-solg"],
        process="Måltider och nutrition",
        criteria=demo.crit("iso:9"),
        participants="Karin Berg, Mohammed Ali, Lena Karlsson, Jonas Nilsson",
    )
    demo.team(audit, "revisor", role="facilitator")
    services.prepare_audit(audit, by=demo.auditor)
    demo.perform(audit, held, {0: (Grade.STRENGTH, "Brukarna är nöjda med måltiderna.")})
    idea = services.record_finding(
        audit,
        by=demo.auditor,
        grade=Grade.OPPORTUNITY,
        title="Låt brukarna vara med och planera veckans meny",
        description="Idé från förbättringsdagen.",
    )
    demo.act(
        idea, "chef", "Menyråd med brukarna en gång i månaden", demo.today + 25 * DAY, "improvement"
    )


def _prepared_audit(demo: Demo) -> None:
    audit = demo.plan(
        demo.future(10),
        kind=Audit.Kind.INTERNAL,
        title="Läkemedelshantering",
        unit=demo.units["soc-bjork"],
        criteria=demo.crit("own:R2", "sosfs:4 kap."),
        priority=Audit.Priority.HIGH,
        priority_reason="Tre läkemedelsavvikelser det senaste halvåret.",
    )
    demo.team(audit, "revisor")
    services.prepare_audit(audit, by=demo.auditor)


def _planned_audits(demo: Demo) -> None:
    """Later this year: one with a recorded exception from independence."""
    audit = demo.plan(
        demo.future(60),
        kind=Audit.Kind.INTERNAL,
        title="Introduktion av nyanställda",
        unit=demo.units["soc-hts"],
        criteria=demo.crit("own:R1", "iso:7"),
        priority=Audit.Priority.MEDIUM,
    )
    demo.team(audit, "revisor")
    school = demo.plan(
        demo.future(90),
        kind=Audit.Kind.INTERNAL,
        title="Styrning och ledning",
        unit=demo.units["buf"],
        criteria=demo.crit("iso:4", "iso:5"),
        priority=Audit.Priority.LOW,
    )
    demo.team(school, "revisor")
    demo.team(
        school,
        "sofia.andersson",
        role="auditor",
        reason="BUF:s kvalitetsstrateg deltar för att lära sig metoden; Rebecka Holm bedömer.",
    )
    demo.plan(
        demo.future(75),
        kind=Audit.Kind.SUPPLIER,
        title="Leverantörsrevision: städentreprenad",
        unit=demo.units["bost-drift"],
        external_body="Städbolaget Rent & Fint AB",
        criteria=demo.crit("iso:8"),
    )


def _external_surveillance(demo: Demo) -> None:
    """The certification body's surveillance audit of the group ISO 9001 certificate: the
    one certifications.demo records as passed with two minor findings."""
    held = add_months_clamped(add_months_clamped(demo.today, -23), 12)
    audit = demo.plan(
        held,
        kind=Audit.Kind.CERTIFICATION,
        title="Övervakningsrevision ISO 9001",
        unit=demo.units["koncern"],
        external_body="Nordisk Certifiering AB",
        external_auditors="Lars Ek (ledande revisor), Pia Sund",
        criteria=demo.crit("iso:4", "iso:5", "iso:6", "iso:7", "iso:8", "iso:9", "iso:10"),
    )
    services.prepare_audit(audit, by=demo.coordinator)
    documents = services.record_finding(
        audit,
        by=demo.coordinator,
        grade=Grade.MINOR,
        title="Dokumentstyrning i BUF",
        description="Flera rutiner saknade fastställelsedatum.",
        criterion=demo.crit("iso:7")[0],
    )
    goals = services.record_finding(
        audit,
        by=demo.coordinator,
        grade=Grade.MINOR,
        title="Uppföljning av mål i KSF",
        description="Målen för 2:a halvåret var inte uppföljda.",
        criterion=demo.crit("iso:9")[0],
    )
    services.perform_audit(audit, by=demo.coordinator, performed_on=held)
    demo.act(
        documents, "sofia.andersson", "Gå igenom BUF:s rutiner och fastställ dem", held + 60 * DAY
    )
    demo.act(goals, "anna.svensson", "Inför kvartalsvis måluppföljning", held + 60 * DAY)
    services.report_audit(
        audit,
        by=demo.coordinator,
        summary="Certifikatet behålls. Två mindre avvikelser ska åtgärdas till nästa revision.",
    )
    demo.finish(documents, "sofia.andersson")
    services.verify_finding(
        documents, by=demo.coordinator, verification="Rutinerna är fastställda; kontrollerat."
    )
    _link_to_certificate(audit.pk, demo.coordinator.pk)


def _link_to_certificate(audit_pk: int, coordinator_pk: int) -> None:
    """Link the audit to the group certificate's surveillance event (certifications' demo runs
    first), if that certificate is there."""
    from certifications.models import CycleEvent

    event = (
        CycleEvent.objects.filter(cycle__number=GROUP_ISO_9001, kind="surveillance")
        .order_by("planned_date")
        .first()
    )
    if event is not None:
        services.link_cycle_event(
            Audit.objects.get(pk=audit_pk), event, by=User.objects.get(pk=coordinator_pk)
        )
