"""Demo and scale data for deviations, called by `manage.py seed_demo` (see its docstring).

`seed_demo` plays about 200 cases through the real services, as the demo users, so every rule
holds in the data and the audit history reads like real work. Each step runs "at" a moment of
the last 18 months: afterwards the timestamps are moved back to those moments.

`seed_scale` writes `scale` × 10,000 deviations with set-based SQL (no services, no history):
they are benchmark volume, not stories.
"""

from __future__ import annotations

import datetime
import random
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager

import pghistory
import pgtrigger
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import CharField, Max, Value
from django.db.models.functions import Cast, Concat
from django.utils import timezone

from deviations import services
from deviations.demo_data import (
    ACTION_RESULTS,
    CANCEL_REASONS,
    CATEGORIES,
    COMMENTS_BREACH,
    COMMENTS_CARE,
    COMMENTS_FOLLOW_UP,
    COMMENTS_INVESTIGATING,
    COMMENTS_REPORTER,
    DISMISSAL_REASONS,
    EFFECTIVENESS_CHECKS,
    REOPEN_REASONS,
    REQUIREMENTS,
    RETURN_TO_ACTIONS_COMMENT,
    SCENARIOS,
    STANDALONE_ACTIONS,
    Scenario,
)
from deviations.demo_feedback import seed_feedback
from deviations.models import (
    Action,
    CaseCounter,
    Category,
    Comment,
    Deviation,
    Requirement,
    Supplier,
)
from qms.models import Membership, Notification, OrganisationUnit, User

Status = Deviation.Status

# unit code: (who reports there, who investigates, who verifies actions)
PEOPLE: dict[str, tuple[tuple[str, ...], str, str]] = {
    "soc-solg": (
        ("medarbetare", "medarbetare", "medarbetare", "lena.karlsson", "jonas.nilsson", "chef"),
        "chef",
        "erik.johansson",
    ),
    "soc-htn": (("maria.eriksson", "erik.johansson"), "maria.eriksson", "erik.johansson"),
    "soc-hts": (("erik.johansson",), "erik.johansson", "anna.svensson"),
    "soc-bu": (("anna.svensson",), "anna.svensson", "samordnare"),
    "soc-fs": (("anna.svensson",), "anna.svensson", "samordnare"),
    "soc-bjork": (("anna.svensson",), "anna.svensson", "samordnare"),
    "soc-dv": (("anna.svensson",), "anna.svensson", "samordnare"),
    "buf-ekorren": (("sofia.andersson",), "sofia.andersson", "samordnare"),
    "buf-humlan": (("sofia.andersson",), "sofia.andersson", "samordnare"),
    "buf-central": (("peter.larsson",), "peter.larsson", "sofia.andersson"),
    "buf-vastra": (("sofia.andersson",), "sofia.andersson", "samordnare"),
    "buf-gy": (("sofia.andersson",), "sofia.andersson", "samordnare"),
    "ksf-hr": (("samordnare",), "samordnare", "samordnare"),
    "ksf-eko": (("revisor", "samordnare"), "samordnare", "samordnare"),
    "ksf-it": (("admin", "samordnare"), "samordnare", "samordnare"),
    "ksf-kom": (("samordnare",), "samordnare", "samordnare"),
    "mbf-mhs": (("samordnare",), "samordnare", "samordnare"),
    "mbf-bygg": (("samordnare",), "samordnare", "samordnare"),
    "bost-drift": (("johan.persson",), "johan.persson", "samordnare"),
    "bost-uthyr": (("johan.persson",), "johan.persson", "samordnare"),
    "energi-elnat": (("emma.gustafsson",), "emma.gustafsson", "samordnare"),
    "energi-fv": (("emma.gustafsson",), "emma.gustafsson", "samordnare"),
    "unika": (("veronica.lind",), "veronica.lind", "samordnare"),
}
# Who on Solgården owns actions besides the chef: the nurse for medication, staff for routines.
SOLGARDEN_OWNERS = ("chef", "chef", "lena.karlsson", "medarbetare", "jonas.nilsson")

# Chefs and coordinators who read confidential cases in their subtree (Membership flag).
SENSITIVE_ACCESS = ("samordnare", "chef", "anna.svensson", "erik.johansson", "sofia.andersson")

# How many cases end in each state, and how old (days) their report is.
CASE_PLAN: tuple[tuple[str, int, tuple[int, int]], ...] = (
    ("reported", 22, (0, 21)),
    ("investigating", 20, (4, 75)),
    ("reopened", 4, (120, 450)),  # back under investigation
    ("reopened_acting", 2, (120, 450)),  # reopened, and new actions under way
    ("acting", 26, (25, 200)),
    ("follow_up", 14, (25, 150)),
    ("closed", 100, (45, 545)),
    ("dismissed", 12, (3, 545)),
)
UNREAD_DAYS = 14  # demo notifications older than this are marked read


def seed_demo(stdout) -> None:
    """Requirements, categories and about 200 cases in every state, for Exempelkommun."""
    started = time.monotonic()
    units = {u.code: u for u in OrganisationUnit.objects.all()}
    requirements = create_requirements(units)
    categories = create_categories()
    suppliers = {s.name: s for s in Supplier.objects.bulk_create(Supplier(**s) for s in SUPPLIERS)}
    Membership.objects.filter(
        user__username__in=SENSITIVE_ACCESS, role__in=["coordinator", "manager"]
    ).update(sensitive_access=True)
    with quiet_email(User.objects.filter(username__in=_demo_usernames())):
        users = {u.username: u for u in User.objects.filter(username__in=_demo_usernames())}
        story = DemoStory(random.Random(2026), units, users, requirements, categories)
        story.suppliers = {title: suppliers[name] for title, name in SUPPLIER_BY_SCENARIO.items()}
        story.play()
        story.backdate()
    renumber_cases(story.deviation_times.keys())
    with quiet_email(User.objects.filter(username__in=_demo_usernames())):
        seed_feedback(stdout)
    stdout.write(
        f"Avvikelser: {len(requirements)} krav, {len(categories)} kategorier, "
        f"{story.case_count} avvikelser, {story.action_count} åtgärder "
        f"({time.monotonic() - started:.1f} s)."
    )


SUPPLIERS = [
    {
        "name": "IT-Drift Norr AB",
        "organisation_number": "556677-1234",
        "delivers": "Drift av verksamhetssystem och lärplattform",
        "contact": "servicedesk@itdriftnorr.example",
    },
    {
        "name": "Hjälpmedelsservice Väst AB",
        "organisation_number": "556123-9876",
        "delivers": "Lyftar, selar och service av hjälpmedel",
        "contact": "order@hjalpmedelsservice.example",
    },
    {
        "name": "Dosapoteket Norden AB",
        "organisation_number": "556987-4455",
        "delivers": "Dosdispenserade läkemedel",
        "contact": "kundtjanst@dosapoteket.example",
    },
    {
        "name": "Mälardalens Bränsle AB",
        "organisation_number": "556345-2211",
        "delivers": "Eldningsolja till reservpannor",
        "contact": "",
    },
]

# Scenarios whose events an external provider answers for.
SUPPLIER_BY_SCENARIO = {
    "Verksamhetssystemet för hemtjänsten låg nere i tre timmar": "IT-Drift Norr AB",
    "Lärplattformen otillgänglig under provtillfälle": "IT-Drift Norr AB",
    "Nära att skadas vid förflyttning med lift – selen var sliten": "Hjälpmedelsservice Väst AB",
    "Dospåse från fel dag gavs": "Dosapoteket Norden AB",
    "Oljespill vid leverans till reservpanna": "Mälardalens Bränsle AB",
}


def _demo_usernames() -> set[str]:
    names = {"samordnare"}
    for reporters, investigator, verifier in PEOPLE.values():
        names.update(reporters, (investigator, verifier))
    return names | set(SOLGARDEN_OWNERS) | set(SENSITIVE_ACCESS)


def create_requirements(units: dict[str, OrganisationUnit]) -> dict[str, Requirement]:
    today = timezone.localdate()
    requirements = {}
    for key, (title, kind, reference, owner, url, months, description) in REQUIREMENTS.items():
        requirements[key] = Requirement.objects.create(
            title=title,
            kind=kind,
            reference=reference,
            owner_unit=units[owner],
            url=url,
            description=description,
            review_date=today + datetime.timedelta(days=30 * months),
            is_active=key != "sol-2001",
        )
    return requirements


# The demo's categories for health care under HSL (counted in the patientsäkerhetsberättelse).
HEALTH_CARE_CATEGORIES = {
    ("Vård och omsorg", "Fall"),
    ("Vård och omsorg", "Läkemedel"),
    ("Vård och omsorg", "Vårdskada (lex Maria)"),
}


def create_categories() -> dict[tuple[str, str], Category]:
    categories = {}
    for parent_name, children in CATEGORIES.items():
        parent = Category.objects.create(name=parent_name)
        for name, sensitive, asks_ia, description in children:
            categories[parent_name, name] = Category.objects.create(
                name=name,
                parent=parent,
                is_sensitive=sensitive,
                asks_ia_number=asks_ia,
                is_health_care=(parent_name, name) in HEALTH_CARE_CATEGORIES,
                description=description,
            )
    return categories


@contextmanager
def quiet_email(users) -> Iterator[None]:
    """Turn off e-mail for the demo users while the seed runs, then restore their choice.

    The services notify as they would for real work: about 600 notices for 200 cases. In-app
    notices are wanted (the bell has something to show), e-mails are not: each one would be an
    outbox row *and* a Celery task queued at commit, hundreds of mails to made-up addresses and
    a slow seed when the broker is down. Without e-mail, `notify` writes no outbox row and
    queues nothing. The switch is a demo detail, so it is kept out of the users' history.
    """
    chosen = list(users.filter(notify_by_email=True).values_list("pk", flat=True))
    with pgtrigger.ignore():
        User.objects.filter(pk__in=chosen).update(notify_by_email=False)
    try:
        yield
    finally:
        with pgtrigger.ignore():
            User.objects.filter(pk__in=chosen).update(notify_by_email=True)


class Clock:
    """Moments of one case, in order, never in the future."""

    def __init__(self, start: datetime.datetime, limit: datetime.datetime, rng: random.Random):
        self.now = start
        self.limit = limit
        self.rng = rng

    def after(self, low_days: float, high_days: float) -> datetime.datetime:
        step = datetime.timedelta(days=self.rng.uniform(low_days, high_days))
        self.now = max(min(self.now + step, self.limit), self.now + datetime.timedelta(minutes=3))
        return self.now


class DemoStory:
    """Plays the demo cases through the services and remembers when each step 'happened'."""

    def __init__(self, rng, units, users, requirements, categories):
        self.rng = rng
        self.units = units
        self.users = users
        self.requirements = requirements
        self.categories = categories
        self.now = timezone.now()
        self.limit = self.now - datetime.timedelta(hours=2)
        self.case_count = 0
        self.action_count = 0
        # Timestamps to write once everything exists: {pk: {field: value}}.
        self.deviation_times: dict[int, dict] = defaultdict(dict)
        self.suppliers: dict[str, Supplier] = {}  # scenario title → the provider concerned
        self.action_times: dict[int, dict] = defaultdict(dict)
        self.comment_times: dict[int, datetime.datetime] = {}
        self.notification_marks: list[tuple[int, datetime.datetime]] = []

    # Steps ---------------------------------------------------------------------------------

    @contextmanager
    def at(self, when: datetime.datetime, who: User) -> Iterator[None]:
        """Run service calls as `who` at `when` (recorded in the history context)."""
        last = Notification.objects.aggregate(last=Max("pk"))["last"] or 0
        self.notification_marks.append((last, when))
        with pghistory.context(user=who.pk, command="seed_demo", demo_at=when.isoformat()):
            yield

    def comment(self, deviation: Deviation, who: User, text: str, when: datetime.datetime):
        with self.at(when, who):
            comment = services.add_comment(deviation, by=who, text=text)
        self.comment_times[comment.pk] = when

    # The cases -----------------------------------------------------------------------------

    def play(self) -> None:
        plans = []
        weights = [scenario.weight for scenario in SCENARIOS]
        for outcome, count, (youngest, oldest) in CASE_PLAN:
            for _ in range(count):
                scenario = self.rng.choices(SCENARIOS, weights)[0]
                age = datetime.timedelta(days=self.rng.uniform(youngest, oldest))
                reported = self.now - age
                # Reports come in during the day and evening, local time.
                local = timezone.localtime(reported).replace(
                    hour=self.rng.randint(6, 21), minute=self.rng.randint(0, 59)
                )
                plans.append((min(local, self.limit), outcome, scenario))
        # Oldest first, so the case numbers follow the dates.
        plans.sort(key=lambda plan: plan[0])
        for reported, outcome, scenario in plans:
            self.play_case(reported, outcome, scenario)
        self.add_standalone_actions()

    def play_case(self, reported: datetime.datetime, outcome: str, scenario: Scenario) -> None:
        rng = self.rng
        unit_code = rng.choice(scenario.units)
        unit = self.units[unit_code]
        reporters, investigator_name, verifier_name = PEOPLE[unit_code]
        reporter = self.users[rng.choice(reporters)]
        investigator = self.users[investigator_name]
        category = self.categories[scenario.category]
        clock = Clock(reported, self.limit, rng)
        # Some staff mark a case confidential themselves (social services, a person named).
        marked = unit_code.startswith("soc-") and rng.random() < 0.03
        with_category = rng.random() < 0.7
        ia_number = ""
        if category.asks_ia_number and with_category:
            ia_number = f"IA-{reported.year}-{rng.randint(1000, 9999)}"
        with self.at(reported, reporter):
            deviation = services.report_deviation(
                by=reporter,
                unit=unit,
                title=scenario.title,
                description=scenario.description,
                occurred_at=reported - datetime.timedelta(hours=rng.uniform(0.3, 30)),
                location=scenario.location,
                immediate_action=scenario.immediate_action,
                category=category if with_category else None,
                is_confidential=marked,
                ia_case_number=ia_number,
            )
        self.case_count += 1
        self.deviation_times[deviation.pk]["created_at"] = reported
        handler = investigator if services.may_handle(investigator, deviation) else None
        handler = handler or self.users["samordnare"]

        if outcome == "reported":
            if rng.random() < 0.4:
                self.assess(deviation, handler, scenario, clock.after(0.1, 2), ia_number)
            return self.finish(deviation, clock)
        if outcome == "dismissed" and rng.random() < 0.5:
            with self.at(clock.after(0.5, 6), handler):
                services.dismiss_deviation(
                    deviation, by=handler, reason=rng.choice(DISMISSAL_REASONS)
                )
            self.deviation_times[deviation.pk]["closed_at"] = clock.now
            return self.finish(deviation, clock)

        with self.at(clock.after(0.2, 4), handler):
            services.start_investigation(deviation, by=handler, investigator=investigator)
        self.assess(deviation, investigator, scenario, clock.after(0, 1), ia_number)
        if rng.random() < 0.5:
            self.comment(
                deviation, investigator, rng.choice(COMMENTS_INVESTIGATING), clock.after(0, 3)
            )
        self.comment_on_escalation(deviation, scenario, clock)
        if rng.random() < 0.15 and reporter != investigator:
            self.comment(deviation, reporter, rng.choice(COMMENTS_REPORTER), clock.after(0, 4))

        if outcome == "dismissed":
            with self.at(clock.after(1, 10), investigator):
                services.dismiss_deviation(
                    deviation, by=investigator, reason=rng.choice(DISMISSAL_REASONS)
                )
            self.deviation_times[deviation.pk]["closed_at"] = clock.now
            return self.finish(deviation, clock)
        if outcome == "investigating":
            if rng.random() < 0.5:
                self.analyse(deviation, investigator, scenario, clock.after(1, 10))
            if rng.random() < 0.3:
                self.add_actions(deviation, investigator, scenario, clock, count=1)
            return self.finish(deviation, clock)

        self.analyse(deviation, investigator, scenario, clock.after(2, 14))
        with self.at(clock.after(0, 2), investigator):
            services.start_actions(deviation, by=investigator)
        actions = self.add_actions(deviation, investigator, scenario, clock)

        if outcome == "acting":
            for action in actions:
                roll = rng.random()
                if roll < 0.35:
                    self.start_action(action, clock.after(0, 5))
                elif roll < 0.55:
                    self.complete(action, clock.after(3, 20))
            if rng.random() < 0.1:  # the follow-up found the actions were not enough
                self.complete_all(actions, clock)
                with self.at(clock.after(2, 10), investigator):
                    services.start_follow_up(deviation, by=investigator)
                with self.at(clock.after(5, 20), investigator):
                    services.return_to_actions(deviation, by=investigator)
                self.comment(deviation, investigator, RETURN_TO_ACTIONS_COMMENT, clock.now)
                self.add_actions(deviation, investigator, scenario, clock, count=1)
            return self.finish(deviation, clock)

        self.complete_all(actions, clock)
        with self.at(clock.after(1, 7), investigator):
            services.start_follow_up(deviation, by=investigator)
        verifier = self.verifier(actions[0], verifier_name)
        for action in actions:
            action.refresh_from_db()
            if (
                action.status == Action.Status.DONE
                and (outcome != "follow_up" or rng.random() < 0.4)
                and rng.random() < 0.9
            ):
                self.verify(action, verifier, clock.after(5, 25))
        if outcome == "follow_up":
            return self.finish(deviation, clock)

        if rng.random() < 0.3:
            self.comment(deviation, verifier, rng.choice(COMMENTS_FOLLOW_UP), clock.after(0, 5))
        with self.at(clock.after(0, 5), investigator):
            services.close_deviation(deviation, by=investigator, evaluation=scenario.evaluation)
        self.deviation_times[deviation.pk]["closed_at"] = clock.now

        if outcome.startswith("reopened"):
            with self.at(clock.after(10, 90), handler):
                services.reopen_deviation(deviation, by=handler, reason=rng.choice(REOPEN_REASONS))
            self.deviation_times[deviation.pk]["closed_at"] = None
            if outcome == "reopened_acting":
                self.analyse(deviation, investigator, scenario, clock.after(1, 5))
                with self.at(clock.after(2, 10), investigator):
                    services.start_actions(deviation, by=investigator)
                self.add_actions(deviation, investigator, scenario, clock, count=1)
        return self.finish(deviation, clock)

    def finish(self, deviation: Deviation, clock: Clock) -> None:
        self.deviation_times[deviation.pk]["updated_at"] = clock.now

    def comment_on_escalation(self, deviation: Deviation, scenario: Scenario, clock: Clock):
        """MAS/SAS and the data-protection officer are told about the cases that are theirs."""
        sender = self.users["samordnare"]
        if scenario.category[1] in ("Missförhållande (lex Sarah)", "Vårdskada (lex Maria)"):
            text = COMMENTS_CARE[1 if "Sarah" in scenario.category[1] else 0]
            self.comment(deviation, sender, text, clock.after(0, 2))
        elif scenario.category[1] == "Personuppgiftsincident":
            self.comment(deviation, sender, COMMENTS_BREACH[0], clock.after(0, 1))

    def assess(self, deviation, by, scenario: Scenario, when, ia_number: str) -> None:
        rng = self.rng
        probability, consequence = (
            min(4, max(1, value + rng.choice((-1, 0, 0, 0, 1)))) for value in scenario.risk
        )
        category = self.categories[scenario.category]
        with self.at(when, by):
            services.assess_deviation(
                deviation,
                by=by,
                category=category,
                requirement=self.requirements[scenario.requirement_at(when)],
                probability=probability,
                consequence=consequence,
                is_confidential=deviation.is_confidential,
                ia_case_number=ia_number
                or (f"IA-{when.year}-{rng.randint(1000, 9999)}" if category.asks_ia_number else ""),
                supplier=self.suppliers.get(scenario.title),
            )
        deviation.refresh_from_db()

    def analyse(self, deviation, by, scenario: Scenario, when) -> None:
        with self.at(when, by):
            services.record_cause_analysis(
                deviation,
                by=by,
                cause_groups=list(scenario.causes),
                cause_analysis=scenario.cause_analysis,
            )

    def owner_for(self, deviation: Deviation, investigator: User) -> User:
        if deviation.unit.code == "soc-solg":
            return self.users[self.rng.choice(SOLGARDEN_OWNERS)]
        return investigator

    def add_actions(
        self, deviation, by, scenario: Scenario, clock: Clock, count: int | None = None
    ) -> list[Action]:
        rng = self.rng
        planned = list(scenario.actions)
        if count is not None:
            planned = [rng.choice(planned)]
        elif len(planned) > 1 and rng.random() < 0.3:
            planned = planned[:-1]
        deviation.refresh_from_db(fields=["status"])
        acting = deviation.status == Status.ACTING
        actions = []
        for kind, title in planned:
            created = clock.after(0, 1)
            if acting and rng.random() < 0.5:
                # Open actions of running cases: some late already, some due soon.
                due = timezone.localdate(self.now) + datetime.timedelta(days=rng.randint(-30, 60))
                due = max(due, timezone.localdate(created) + datetime.timedelta(days=3))
            else:
                due = timezone.localdate(created) + datetime.timedelta(days=rng.randint(7, 60))
            with self.at(created, by):
                action = services.add_deviation_action(
                    deviation,
                    by=by,
                    kind=kind,
                    title=title,
                    owner=self.owner_for(deviation, by),
                    unit=deviation.unit,
                    due_date=due,
                )
            self.action_times[action.pk]["created_at"] = created
            self.action_count += 1
            actions.append(action)
        return actions

    def start_action(self, action: Action, when) -> None:
        with self.at(when, action.owner):
            services.start_action(action, by=action.owner)

    def complete(self, action: Action, when) -> None:
        with self.at(when, action.owner):
            services.complete_action(
                action, by=action.owner, result=self.rng.choice(ACTION_RESULTS)
            )
        self.action_times[action.pk]["completed_at"] = when

    def complete_all(self, actions: list[Action], clock: Clock) -> None:
        for number, action in enumerate(actions):
            action.refresh_from_db()
            if not action.is_open:
                continue
            if number and self.rng.random() < 0.08:
                manager = self.users["samordnare"]
                with self.at(clock.after(1, 10), manager):
                    services.cancel_action(action, by=manager, reason=CANCEL_REASONS[0])
            else:
                self.complete(action, clock.after(2, 25))

    def verifier(self, action: Action, name: str) -> User:
        verifier = self.users[name]
        if verifier.pk != action.owner_id and services.may_manage_action(verifier, action):
            return verifier
        return self.users["samordnare"]

    def verify(self, action: Action, by: User, when) -> None:
        with self.at(when, by):
            services.verify_action(
                action, by=by, effectiveness_check=self.rng.choice(EFFECTIVENESS_CHECKS)
            )
        self.action_times[action.pk]["verified_at"] = when

    def add_standalone_actions(self) -> None:
        for unit_code, kind, title in STANDALONE_ACTIONS:
            owner = self.users[PEOPLE[unit_code][1]]
            created = self.now - datetime.timedelta(days=self.rng.randint(10, 60))
            with self.at(created, owner):
                action = services.create_action(
                    None,
                    by=owner,
                    kind=kind,
                    title=title,
                    owner=owner,
                    unit=self.units[unit_code],
                    due_date=timezone.localdate(self.now)
                    + datetime.timedelta(days=self.rng.randint(-10, 90)),
                )
            self.action_times[action.pk]["created_at"] = created
            self.action_count += 1

    # Moving the clock back -------------------------------------------------------------------

    def backdate(self) -> None:
        """Give rows, history events and notices the moments the story happened at.

        The history triggers are ignored while doing so: moving a timestamp is not an event
        of the case, and would otherwise show up in its history as an edit made today.
        """
        with pgtrigger.ignore():
            self._update_times(Deviation, self.deviation_times)
            self._update_times(Action, self.action_times)
            comments = [Comment(pk=pk, created_at=at) for pk, at in self.comment_times.items()]
            Comment.objects.bulk_update(comments, ["created_at"], batch_size=500)
        self._backdate_history()
        self._backdate_notifications()

    @staticmethod
    def _update_times(model, times: dict[int, dict]) -> None:
        by_fields: dict[tuple[str, ...], list] = defaultdict(list)
        for pk, values in times.items():
            by_fields[tuple(sorted(values))].append(model(pk=pk, **values))
        for fields, objects in by_fields.items():
            model.objects.bulk_update(objects, list(fields), batch_size=500)

    def _backdate_history(self) -> None:
        context = apps.get_model("pghistory", "Context")._meta.db_table
        deviation_events = apps.get_model("deviations", "DeviationEvent")._meta.db_table
        action_events = apps.get_model("deviations", "ActionEvent")._meta.db_table
        comment_events = apps.get_model("deviations", "CommentEvent")._meta.db_table
        deviations = Deviation._meta.db_table
        actions = Action._meta.db_table
        comments = Comment._meta.db_table
        seeded = f"""
            FROM {context} c WHERE e.pgh_context_id = c.id
            AND c.metadata ->> 'demo_at' IS NOT NULL
        """
        with connection.cursor() as cursor:
            for table in (deviation_events, action_events, comment_events):
                cursor.execute(
                    f"UPDATE {table} e SET pgh_created_at = (c.metadata ->> 'demo_at')::timestamptz"
                    + seeded
                )
            # The rows' own timestamps inside each event follow the moments of the story.
            cursor.execute(f"""
                UPDATE {deviation_events} e SET
                    created_at = d.created_at,
                    updated_at = e.pgh_created_at,
                    closed_at = CASE WHEN e.closed_at IS NOT NULL
                        THEN coalesce(d.closed_at, e.pgh_created_at) END
                FROM {deviations} d WHERE e.pgh_obj_id = d.id
            """)
            cursor.execute(f"""
                UPDATE {action_events} e SET
                    created_at = a.created_at,
                    completed_at = CASE WHEN e.completed_at IS NOT NULL THEN a.completed_at END,
                    verified_at = CASE WHEN e.verified_at IS NOT NULL THEN a.verified_at END
                FROM {actions} a WHERE e.pgh_obj_id = a.id
            """)
            cursor.execute(f"""
                UPDATE {comment_events} e SET created_at = c.created_at
                FROM {comments} c WHERE e.pgh_obj_id = c.id
            """)
            cursor.execute(f"""
                UPDATE {context} SET created_at = (metadata ->> 'demo_at')::timestamptz,
                    updated_at = (metadata ->> 'demo_at')::timestamptz
                WHERE metadata ->> 'demo_at' IS NOT NULL
            """)

    def _backdate_notifications(self) -> None:
        """Each notice gets the moment of its step; older ones count as read."""
        marks = self.notification_marks
        ranges = [
            (low, marks[i + 1][0] if i + 1 < len(marks) else 2**62, when)
            for i, (low, when) in enumerate(marks)
        ]
        ranges = [r for r in ranges if r[1] > r[0]]
        if not ranges:
            return
        values = ", ".join(["(%s, %s, %s::timestamptz)"] * len(ranges))
        params = [value for row in ranges for value in row]
        read_before = self.now - datetime.timedelta(days=UNREAD_DAYS)
        table = Notification._meta.db_table
        with connection.cursor() as cursor:
            cursor.execute(
                f"""
                UPDATE {table} n SET created_at = v.at,
                    read_at = CASE WHEN v.at < %s THEN v.at + interval '1 day' END
                FROM (VALUES {values}) AS v(low, high, at)
                WHERE n.id > v.low AND n.id <= v.high
                """,
                [read_before, *params],
            )


def renumber_cases(pks) -> None:
    """Number the demo cases by the year they were reported in, then reset the counters.

    The services number by today's year; a case backdated to 2025 should read AV-2025-…
    """
    by_series: dict[tuple[int, int], list[Deviation]] = defaultdict(list)
    cases = (
        Deviation.objects.filter(pk__in=list(pks))
        .order_by("created_at", "pk")
        .only("pk", "organisation", "created_at")
    )
    for case in cases:
        by_series[case.organisation_id, timezone.localtime(case.created_at).year].append(case)
    with pgtrigger.ignore():
        # Two passes: a number may be taken by another case until that one has moved.
        Deviation.objects.filter(pk__in=[c.pk for c in cases]).update(number=_temporary_number())
        renumbered = []
        for (_, year), series in by_series.items():
            for position, case in enumerate(series, start=1):
                case.number = f"{services.DEVIATION_SERIES}-{year}-{position:05d}"
                renumbered.append(case)
        Deviation.objects.bulk_update(renumbered, ["number"], batch_size=500)
    events = apps.get_model("deviations", "DeviationEvent")._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f"""
            UPDATE {events} e SET number = d.number
            FROM {Deviation._meta.db_table} d WHERE e.pgh_obj_id = d.id
        """)
    CaseCounter.objects.filter(series=services.DEVIATION_SERIES).delete()
    sync_case_counters()


def _temporary_number() -> Concat:
    return Concat(Value("TMP-"), Cast("pk", CharField()))


def sync_case_counters() -> None:
    """Set each organisation's counter to its highest number, so new reports follow on."""
    series = services.DEVIATION_SERIES
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            INSERT INTO {CaseCounter._meta.db_table} (organisation_id, series, year, last_number)
            SELECT organisation_id, %s, split_part(number, '-', 2)::int,
                   max(split_part(number, '-', 3)::int)
            FROM {Deviation._meta.db_table}
            WHERE number LIKE %s
            GROUP BY organisation_id, split_part(number, '-', 2)
            ON CONFLICT (organisation_id, series, year)
            DO UPDATE SET last_number = EXCLUDED.last_number
            """,
            [series, f"{series}-%"],
        )


# Scale data ------------------------------------------------------------------------------------

SCALE_PER_UNIT = 10_000  # deviations per --scale step: --scale 100 makes a million
SCALE_YEARS = 5
SCALE_CHUNK = 100_000


def seed_scale(scale: int, stdout) -> None:
    """`scale` × 10,000 deviations over five years, ~30 % with actions, in one transaction.

    Rows are made by PostgreSQL itself (`INSERT … SELECT … FROM generate_series`), in
    time-ordered chunks so the case numbers follow the dates and continue each organisation's
    counter. The generated columns (risk_score, search) are computed by PostgreSQL.
    """
    total = scale * SCALE_PER_UNIT
    if total <= 0:
        return
    started = time.monotonic()
    with transaction.atomic():
        _scale_inputs()
        now = timezone.now()
        first = now - datetime.timedelta(days=365 * SCALE_YEARS)
        chunks = max(1, -(-total // SCALE_CHUNK))
        done = 0
        # The history triggers would write one event row per inserted row (doubling the work
        # and filling the audit history with rows nobody made). pgtrigger.ignore turns them
        # off for these statements only, inside this transaction: other sessions keep their
        # history, and unlike `session_replication_role = replica` it needs no superuser and
        # keeps foreign-key checks on.
        with (
            checked_and_indexed_afterwards(Deviation, Action),
            pgtrigger.ignore(),
            connection.cursor() as cursor,
        ):
            cursor.execute("SELECT setseed(0.2026)")
            for chunk in range(chunks):
                rows = min(SCALE_CHUNK, total - done)
                low = first + (now - first) * chunk / chunks
                high = first + (now - first) * (chunk + 1) / chunks
                _insert_chunk(cursor, rows, low, high, now)
                done += rows
                stdout.write(
                    f"  {done:,} / {total:,} avvikelser ({time.monotonic() - started:.0f} s)"
                )
        with connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {Deviation._meta.db_table}")
            cursor.execute(f"ANALYZE {Action._meta.db_table}")
    stdout.write(f"Skaldata avvikelser: {total:,} på {time.monotonic() - started:.1f} s.")


@contextmanager
def checked_and_indexed_afterwards(*models) -> Iterator[None]:
    """Drop the tables' foreign keys and secondary indexes for a bulk load, then restore them.

    Django's foreign keys are deferred: every inserted row would queue one check per key until
    COMMIT, millions of single-row lookups. Adding a key back checks all rows in one join, and
    building an index once over a million rows is far faster than updating a dozen indexes
    (one of them full-text GIN) row by row. The primary key and the unique case number stay,
    so the data is checked while it loads as well. All of it happens in the caller's
    transaction: a failure leaves the tables as they were.
    """
    tables = [model._meta.db_table for model in models]
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT t.relname, c.conname, pg_get_constraintdef(c.oid)
            FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
            WHERE c.contype = 'f' AND t.relname = ANY(%s)
            """,
            [tables],
        )
        keys = cursor.fetchall()
        cursor.execute(
            """
            SELECT i.indexname, i.indexdef FROM pg_indexes i
            WHERE i.schemaname = current_schema() AND i.tablename = ANY(%s)
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
            """,
            [tables],
        )
        indexes = cursor.fetchall()
        # Rows written earlier in this transaction still have their deferred key checks
        # queued, and a table with queued checks cannot be altered: run them now.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        for table, name, _ in keys:
            cursor.execute(f'ALTER TABLE "{table}" DROP CONSTRAINT "{name}"')
        for name, _ in indexes:
            cursor.execute(f'DROP INDEX "{name}"')
    yield
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL maintenance_work_mem = '256MB'")
        for _, definition in indexes:
            cursor.execute(definition)
        for table, name, definition in keys:
            cursor.execute(f'ALTER TABLE "{table}" ADD CONSTRAINT "{name}" {definition}')
        cursor.execute("SET CONSTRAINTS ALL DEFERRED")  # Django's keys are initially deferred


def _scale_inputs() -> None:
    """Temporary tables: the units (with who reports and investigates there) and the texts."""
    stor = OrganisationUnit.objects.filter(code="stor").first()
    people = dict(
        User.objects.filter(username__regex=r"^(chef|medarb)\.stor\.").values_list("username", "pk")
    )
    units = []
    if stor is not None:
        for pk, code in OrganisationUnit.objects.filter(code__startswith="stor-").values_list(
            "pk", "code"
        ):
            suffix = code.removeprefix("stor-").replace("-", ".")
            reporter, chef = people.get(f"medarb.stor.{suffix}"), people.get(f"chef.stor.{suffix}")
            if reporter and chef:
                units.append((pk, stor.pk, reporter, chef))
    demo_units = OrganisationUnit.objects.filter(code__in=PEOPLE)
    names = dict(User.objects.filter(username__in=_demo_usernames()).values_list("username", "pk"))
    for unit in demo_units:
        reporters, investigator, _ = PEOPLE[unit.code]
        if reporters[0] in names and investigator in names:
            organisation = unit.organisation() or unit
            units.append((unit.pk, organisation.pk, names[reporters[0]], names[investigator]))
    if not units:
        raise ValueError("Inga enheter för skaldata: kör seed_demo först.")

    categories = {
        (c.parent.name, c.name): c
        for c in Category.objects.filter(parent__isnull=False).select_related("parent")
    }
    requirements = dict(Requirement.objects.values_list("reference", "pk"))
    references = {key: values[2] for key, values in REQUIREMENTS.items()}
    texts, seen = [], set()
    for scenario in SCENARIOS:
        category = categories.get(scenario.category)
        if scenario.title in seen or category is None:
            continue
        seen.add(scenario.title)
        texts.append(
            (
                len(texts) + 1,
                # Confidential cases are rarer in a large register than in the demo's stories.
                max(1, scenario.weight // 2) if category.is_sensitive else scenario.weight,
                category.pk,
                category.is_sensitive,
                category.asks_ia_number,
                requirements.get(references[scenario.requirement]),
                requirements.get(references["sol-2001"]) if scenario.requirement == "sol" else None,
                scenario.title,
                scenario.description,
                scenario.immediate_action,
                scenario.location,
                list(scenario.causes),
                scenario.cause_analysis,
                scenario.evaluation,
                scenario.risk[0],
                scenario.risk[1],
                [kind for kind, _ in scenario.actions],
                [title for _, title in scenario.actions],
            )
        )
    with connection.cursor() as cursor:
        cursor.execute("""
            DROP TABLE IF EXISTS scale_units, scale_texts, scale_pick;
            CREATE TEMPORARY TABLE scale_units (
                n serial PRIMARY KEY, unit_id bigint, organisation_id bigint,
                reporter_id bigint, investigator_id bigint
            ) ON COMMIT DROP;
            CREATE TEMPORARY TABLE scale_texts (
                n int PRIMARY KEY, weight int, category_id bigint, is_sensitive boolean,
                asks_ia boolean, requirement_id bigint, old_requirement_id bigint, title text,
                description text, immediate_action text, location text, causes text[],
                cause_analysis text, evaluation text, probability int, consequence int,
                action_kinds text[], action_titles text[]
            ) ON COMMIT DROP;
            CREATE TEMPORARY TABLE scale_pick (n serial PRIMARY KEY, text_n int) ON COMMIT DROP;
        """)
        cursor.executemany(
            "INSERT INTO scale_units (unit_id, organisation_id, reporter_id, investigator_id) "
            "VALUES (%s, %s, %s, %s)",
            units,
        )
        cursor.executemany(
            "INSERT INTO scale_texts VALUES "
            "(%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
            texts,
        )
        # One row per unit of weight: a uniform pick from it is a weighted pick of the texts.
        cursor.execute(
            "INSERT INTO scale_pick (text_n) SELECT n FROM scale_texts, generate_series(1, weight)"
        )


def _insert_chunk(cursor, rows: int, low, high, now) -> None:
    deviations = Deviation._meta.db_table
    counters = CaseCounter._meta.db_table
    series = services.DEVIATION_SERIES
    cursor.execute("SELECT coalesce(max(id), 0) FROM " + deviations)
    (last_id,) = cursor.fetchone()
    cursor.execute(
        f"""
        WITH args AS (
            SELECT %s::timestamptz AS low, %s::timestamptz AS high, %s::int AS rows,
                   %s::timestamptz AS now, %s::text AS tz, %s::text AS series,
                   %s::text AS dismissal
        ), drawn AS (
            SELECT args.low + random() * (args.high - args.low) AS created,
                   1 + floor(random() * (SELECT count(*) FROM scale_units))::int AS unit_n,
                   1 + floor(random() * (SELECT count(*) FROM scale_pick))::int AS pick_n,
                   random() AS roll, random() AS roll2, random() AS roll3
            FROM args, generate_series(1, args.rows)
        ), shaped AS (
            SELECT d.*, u.*, t.*, args.now, args.series, args.dismissal,
                   extract(year FROM d.created AT TIME ZONE args.tz)::int AS year,
                   CASE
                     WHEN args.now - d.created > interval '180 days' THEN CASE
                       WHEN roll < .90 THEN 'closed' WHEN roll < .96 THEN 'dismissed'
                       WHEN roll < .98 THEN 'acting' ELSE 'follow_up' END
                     WHEN args.now - d.created > interval '60 days' THEN CASE
                       WHEN roll < .60 THEN 'closed' WHEN roll < .66 THEN 'dismissed'
                       WHEN roll < .82 THEN 'acting' WHEN roll < .94 THEN 'follow_up'
                       ELSE 'investigating' END
                     WHEN args.now - d.created > interval '14 days' THEN CASE
                       WHEN roll < .20 THEN 'closed' WHEN roll < .28 THEN 'dismissed'
                       WHEN roll < .50 THEN 'acting' WHEN roll < .65 THEN 'follow_up'
                       WHEN roll < .90 THEN 'investigating' ELSE 'reported' END
                     ELSE CASE WHEN roll < .05 THEN 'dismissed'
                       WHEN roll < .45 THEN 'investigating' ELSE 'reported' END
                   END AS status
            FROM drawn d
            CROSS JOIN args
            JOIN scale_units u ON u.n = d.unit_n
            JOIN scale_pick p ON p.n = d.pick_n
            JOIN scale_texts t ON t.n = p.text_n
        ), numbered AS (
            SELECT s.*,
                   coalesce(c.last_number, 0) + row_number() OVER (
                       PARTITION BY s.organisation_id, s.year ORDER BY s.created
                   ) AS seq,
                   s.status NOT IN ('reported') OR s.roll2 < .4 AS assessed,
                   s.status IN ('acting', 'follow_up', 'closed') AS analysed,
                   least(s.now, s.created + (3 + s.roll3 * 80) * interval '1 day') AS ended
            FROM shaped s
            LEFT JOIN {counters} c ON c.organisation_id = s.organisation_id
                 AND c.series = s.series AND c.year = s.year
        )
        INSERT INTO {deviations} (
            number, organisation_id, unit_id, status, title, description, occurred_at,
            location, immediate_action, reported_by_id, category_id, requirement_id,
            ia_case_number, probability, consequence, investigator_id, is_confidential,
            cause_groups, cause_analysis, effectiveness_evaluation, dismissal_reason,
            reopen_reason, created_at, updated_at, closed_at
        )
        SELECT
            series || '-' || year || '-' || lpad(seq::text, greatest(5, length(seq::text)), '0'),
            organisation_id, unit_id, status, title, description,
            created - roll3 * interval '30 hours', location, immediate_action, reporter_id,
            CASE WHEN assessed OR roll2 < .7 THEN category_id END,
            CASE WHEN NOT assessed THEN NULL
                 WHEN old_requirement_id IS NOT NULL AND created < '2025-07-01'
                 THEN old_requirement_id ELSE requirement_id END,
            CASE WHEN asks_ia AND assessed
                 THEN 'IA-' || year || '-' || (1000 + floor(roll3 * 9000))::int ELSE '' END,
            CASE WHEN assessed THEN least(4, greatest(1, probability + (roll2 * 3)::int - 1)) END,
            CASE WHEN assessed THEN least(4, greatest(1, consequence + (roll3 * 3)::int - 1)) END,
            CASE WHEN status <> 'reported' THEN investigator_id END,
            (is_sensitive AND (assessed OR roll2 < .7)) OR roll3 < .02,
            CASE WHEN analysed THEN causes ELSE '{{}}' END,
            CASE WHEN analysed THEN cause_analysis ELSE '' END,
            CASE WHEN status = 'closed' THEN evaluation ELSE '' END,
            CASE WHEN status = 'dismissed' THEN dismissal ELSE '' END,
            '',
            created,
            CASE WHEN status IN ('closed', 'dismissed') THEN ended ELSE created END,
            CASE WHEN status IN ('closed', 'dismissed') THEN ended END
        FROM numbered
        ORDER BY numbered.created
        """,
        [low, high, rows, now, timezone.get_current_timezone_name(), series, DISMISSAL_REASONS[0]],
    )
    # The counters continue after the numbers just taken (never go down).
    cursor.execute(
        f"""
        INSERT INTO {counters} AS c (organisation_id, series, year, last_number)
        SELECT organisation_id, %s, split_part(number, '-', 2)::int,
               max(split_part(number, '-', 3)::int)
        FROM {deviations} WHERE id > %s
        GROUP BY organisation_id, split_part(number, '-', 2)
        ON CONFLICT (organisation_id, series, year)
        DO UPDATE SET last_number = greatest(c.last_number, EXCLUDED.last_number)
        """,
        [series, last_id],
    )
    _insert_chunk_actions(cursor, last_id, now)


def _insert_chunk_actions(cursor, after_id: int, now) -> None:
    """About a third of the investigated cases get one or two actions, in a matching state."""
    content_type = ContentType.objects.get_for_model(Deviation).pk
    cursor.execute(
        f"""
        WITH args AS (
            SELECT %s::timestamptz AS now, %s::bigint AS after, %s::int AS content_type,
                   %s::text AS result, %s::text AS cancelled, %s::text AS "check"
        ), chosen AS (
            SELECT d.id, d.unit_id, d.investigator_id, d.is_confidential, d.status,
                   d.created_at, coalesce(d.closed_at, args.now) AS ended, t.action_kinds,
                   t.action_titles, random() AS roll
            FROM args, {Deviation._meta.db_table} d
            JOIN scale_texts t ON t.title = d.title
            WHERE d.id > args.after AND d.investigator_id IS NOT NULL
              AND d.status IN ('investigating', 'acting', 'follow_up', 'closed')
              AND random() < .32
        ), made AS (
            SELECT c.*, g AS position,
                   1 + floor(random() * cardinality(c.action_kinds))::int AS pick,
                   c.created_at + (1 + random() * 10) * interval '1 day' AS made_at,
                   random() AS state_roll
            FROM chosen c, generate_series(1, CASE WHEN c.roll < .3 THEN 2 ELSE 1 END) g
        ), shaped AS (
            SELECT m.*,
                   CASE m.status
                     WHEN 'closed' THEN CASE WHEN state_roll < .85 THEN 'verified'
                       WHEN state_roll < .95 THEN 'done' ELSE 'cancelled' END
                     WHEN 'follow_up' THEN CASE WHEN state_roll < .7 THEN 'done'
                       ELSE 'verified' END
                     WHEN 'acting' THEN CASE WHEN state_roll < .4 THEN 'planned'
                       WHEN state_roll < .8 THEN 'in_progress' ELSE 'done' END
                     ELSE 'planned'
                   END AS action_status,
                   least(m.made_at + (m.ended - m.made_at) * 0.7, args.now) AS finished_at,
                   args.content_type, args.result, args.cancelled, args."check"
            FROM made m CROSS JOIN args
        )
        INSERT INTO {Action._meta.db_table} (
            content_type_id, object_id, kind, title, description, owner_id, unit_id, due_date,
            status, result, effectiveness_check, is_confidential, created_by_id, created_at,
            completed_at, verified_at, verified_by_id
        )
        SELECT content_type, id, action_kinds[pick], action_titles[pick], '',
               investigator_id, unit_id,
               (made_at + (7 + state_roll * 50) * interval '1 day')::date,
               action_status,
               CASE WHEN action_status IN ('done', 'verified') THEN result
                    WHEN action_status = 'cancelled' THEN cancelled ELSE '' END,
               CASE WHEN action_status = 'verified' THEN "check" ELSE '' END,
               is_confidential, investigator_id, made_at,
               CASE WHEN action_status IN ('done', 'verified') THEN finished_at END,
               CASE WHEN action_status = 'verified' THEN finished_at END,
               CASE WHEN action_status = 'verified' THEN investigator_id END
        FROM shaped
        ORDER BY id, position
        """,
        [
            now,
            after_id,
            content_type,
            ACTION_RESULTS[0],
            CANCEL_REASONS[0],
            EFFECTIVENESS_CHECKS[0],
        ],
    )
