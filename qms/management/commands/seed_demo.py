"""Demo data for Exempelkommun, and scale data for benchmarks.

    python manage.py seed_demo             # the demo group with its demo users (password "demo")
    python manage.py seed_demo --if-empty  # the same, only when the database has no units yet
    python manage.py seed_demo --scale 50  # also 50× more units and users, with bulk inserts

Each app adds its own demo records in `<app>/demo.py` with `seed_demo(stdout)` and, optionally,
`seed_scale(scale, stdout)`. They run in INSTALLED_APPS order after the organisation and users
exist, so the core never imports the apps.
"""

from __future__ import annotations

import time
from importlib import import_module
from types import ModuleType

from django.apps import apps
from django.contrib.auth.hashers import make_password
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from qms.models import Membership, OrganisationUnit, Role, User

Kind = OrganisationUnit.Kind

# (name, kind, code, children)
ORGANISATION = (
    "Exempelkommuns kommunkoncern",
    Kind.GROUP,
    "koncern",
    [
        (
            "Exempelkommun",
            Kind.MUNICIPALITY,
            "ek",
            [
                (
                    "Socialförvaltningen",
                    Kind.DEPARTMENT,
                    "soc",
                    [
                        (
                            "Äldreomsorg",
                            Kind.DIVISION,
                            "soc-ao",
                            [
                                ("Solgårdens särskilda boende", Kind.UNIT, "soc-solg"),
                                ("Hemtjänst Norr", Kind.UNIT, "soc-htn"),
                                ("Hemtjänst Söder", Kind.UNIT, "soc-hts"),
                            ],
                        ),
                        (
                            "Individ- och familjeomsorg",
                            Kind.DIVISION,
                            "soc-ifo",
                            [
                                ("Barn och unga", Kind.UNIT, "soc-bu"),
                                ("Försörjningsstöd", Kind.UNIT, "soc-fs"),
                            ],
                        ),
                        (
                            "Funktionsstöd",
                            Kind.DIVISION,
                            "soc-fu",
                            [
                                ("LSS-boendet Björken", Kind.UNIT, "soc-bjork"),
                                ("Daglig verksamhet", Kind.UNIT, "soc-dv"),
                            ],
                        ),
                    ],
                ),
                (
                    "Barn- och utbildningsförvaltningen",
                    Kind.DEPARTMENT,
                    "buf",
                    [
                        (
                            "Förskola",
                            Kind.DIVISION,
                            "buf-fsk",
                            [
                                ("Förskolan Ekorren", Kind.UNIT, "buf-ekorren"),
                                ("Förskolan Humlan", Kind.UNIT, "buf-humlan"),
                            ],
                        ),
                        (
                            "Grundskola",
                            Kind.DIVISION,
                            "buf-gr",
                            [
                                ("Centralskolan", Kind.UNIT, "buf-central"),
                                ("Västra skolan", Kind.UNIT, "buf-vastra"),
                            ],
                        ),
                        ("Exempelgymnasiet", Kind.UNIT, "buf-gy"),
                    ],
                ),
                (
                    "Kommunstyrelsens förvaltning",
                    Kind.DEPARTMENT,
                    "ksf",
                    [
                        ("HR-avdelningen", Kind.DIVISION, "ksf-hr"),
                        ("Ekonomiavdelningen", Kind.DIVISION, "ksf-eko"),
                        ("IT-avdelningen", Kind.DIVISION, "ksf-it"),
                        ("Kommunikationsavdelningen", Kind.DIVISION, "ksf-kom"),
                    ],
                ),
                (
                    "Miljö- och byggnadsförvaltningen",
                    Kind.DEPARTMENT,
                    "mbf",
                    [
                        ("Miljö- och hälsoskydd", Kind.DIVISION, "mbf-mhs"),
                        ("Bygglov", Kind.DIVISION, "mbf-bygg"),
                    ],
                ),
            ],
        ),
        (
            "Bostadsbolaget i Exempelkommun AB",
            Kind.COMPANY,
            "bost",
            [
                ("Fastighetsförvaltning och drift", Kind.DIVISION, "bost-drift"),
                ("Uthyrning och kundservice", Kind.DIVISION, "bost-uthyr"),
            ],
        ),
        (
            "Exempel Energi AB",
            Kind.COMPANY,
            "energi",
            [
                ("Elnät", Kind.DIVISION, "energi-elnat"),
                ("Fjärrvärme", Kind.DIVISION, "energi-fv"),
            ],
        ),
        ("Unika Exempelstad", Kind.ASSOCIATION, "unika", []),
    ],
)

# username, first name, last name, title, [(unit code, role)], is_superuser
DEMO_USERS = [
    ("admin", "Alva", "Admin", "Systemförvaltare", [("koncern", Role.ADMIN)], True),
    (
        "samordnare",
        "Sara",
        "Lindqvist",
        "Kvalitetssamordnare",
        [("koncern", Role.COORDINATOR)],
        False,
    ),
    ("chef", "Karin", "Berg", "Enhetschef", [("soc-solg", Role.MANAGER)], False),
    ("medarbetare", "Mohammed", "Ali", "Undersköterska", [("soc-solg", Role.STAFF)], False),
    ("revisor", "Rebecka", "Holm", "Internrevisor", [("koncern", Role.AUDITOR)], False),
    ("styrelse", "Stefan", "Nyberg", "Ledamot i kommunstyrelsen", [("ek", Role.BOARD)], False),
    # People around the demo users, so lists and panels have something in them.
    ("anna.svensson", "Anna", "Svensson", "Förvaltningschef", [("soc", Role.MANAGER)], False),
    (
        "erik.johansson",
        "Erik",
        "Johansson",
        "Verksamhetschef äldreomsorg",
        [("soc-ao", Role.MANAGER)],
        False,
    ),
    ("lena.karlsson", "Lena", "Karlsson", "Sjuksköterska", [("soc-solg", Role.STAFF)], False),
    ("jonas.nilsson", "Jonas", "Nilsson", "Undersköterska", [("soc-solg", Role.STAFF)], False),
    ("maria.eriksson", "Maria", "Eriksson", "Enhetschef", [("soc-htn", Role.MANAGER)], False),
    ("peter.larsson", "Peter", "Larsson", "Rektor", [("buf-central", Role.MANAGER)], False),
    (
        "sofia.andersson",
        "Sofia",
        "Andersson",
        "Kvalitetsstrateg BUF",
        [("buf", Role.COORDINATOR)],
        False,
    ),
    ("johan.persson", "Johan", "Persson", "VD", [("bost", Role.MANAGER)], False),
    (
        "emma.gustafsson",
        "Emma",
        "Gustafsson",
        "Kvalitets- och miljösamordnare",
        [("energi", Role.COORDINATOR)],
        False,
    ),
    ("veronica.lind", "Veronica", "Lind", "Centrumutvecklare", [("unika", Role.MANAGER)], False),
]
DEMO_PASSWORD = "demo"


def app_demo_modules() -> list[ModuleType]:
    """The `demo` modules of the installed apps other than the core, in INSTALLED_APPS order."""
    modules = []
    for config in apps.get_app_configs():
        if config.name == "qms":
            continue
        try:
            modules.append(import_module(f"{config.name}.demo"))
        except ModuleNotFoundError as error:
            if error.name != f"{config.name}.demo":
                raise
    return modules


class Command(BaseCommand):
    help = "Skapar demodata för Exempelkommun (och skaldata med --scale)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty", action="store_true", help="Gör inget om det redan finns enheter."
        )
        parser.add_argument(
            "--scale",
            type=int,
            default=0,
            help="Skapa dessutom N gånger mer: N förvaltningar med 31 enheter och 62 konton var.",
        )

    def handle(self, *args, if_empty: bool, scale: int, **options):
        started = time.monotonic()
        if OrganisationUnit.objects.exists():
            if if_empty:
                self.stdout.write("Det finns redan data; demodata laddas inte igen.")
                return
            if not scale:
                raise CommandError("Databasen har redan enheter. Använd --if-empty eller --scale.")
        else:
            with transaction.atomic():
                self.seed_demo()
                for module in app_demo_modules():
                    module.seed_demo(self.stdout)
        if scale:
            self.seed_scale(scale)
            for module in app_demo_modules():
                if hasattr(module, "seed_scale"):
                    module.seed_scale(scale, self.stdout)
        self.stdout.write(self.style.SUCCESS(f"Klart på {time.monotonic() - started:.1f} s."))

    @transaction.atomic
    def seed_demo(self) -> None:
        name, kind, code, children = ORGANISATION
        root = OrganisationUnit.objects.add_root({"name": name, "kind": kind, "code": code})
        self._add_children(root, children)
        units = {u.code: u for u in OrganisationUnit.objects.all()}
        password = make_password(DEMO_PASSWORD)  # hash once: the same for every demo user
        for username, first, last, title, roles, superuser in DEMO_USERS:
            user = User.objects.create(
                username=username,
                first_name=first,
                last_name=last,
                title=title,
                email=f"{username}@exempelkommun.se",
                password=password,
                is_staff=superuser,
                is_superuser=superuser,
            )
            for unit_code, role in roles:
                Membership.objects.create(user=user, unit=units[unit_code], role=role)
        self.stdout.write(
            f"Exempelkommun: {len(units)} enheter, {len(DEMO_USERS)} användare "
            f"(lösenord '{DEMO_PASSWORD}')."
        )

    def _add_children(self, parent: OrganisationUnit, children) -> None:
        for child in children:
            name, kind, code, *rest = child
            node = OrganisationUnit.objects.add_child(
                parent, {"name": name, "kind": kind, "code": code}
            )
            if rest:
                self._add_children(node, rest[0])

    @transaction.atomic
    def seed_scale(self, scale: int) -> None:
        """N förvaltningar × (1 + 5 avdelningar × (1 + 5 enheter)) units, 2 people per unit.

        Paths are computed here and rows written with bulk_create: thousands of units and users
        in seconds instead of one save (and one tree update) per row.
        """
        group = OrganisationUnit.objects.get_root_nodes().first()
        if group is None:
            raise CommandError("Kör seed_demo utan --scale först.")
        if OrganisationUnit.objects.filter(code="stor").exists():
            raise CommandError("Skaldata finns redan; töm databasen för att skapa om den.")
        city = OrganisationUnit.objects.add_child(
            group, {"name": "Storstads kommun", "kind": Kind.MUNICIPALITY, "code": "stor"}
        )
        units: list[OrganisationUnit] = []
        memberships: list[tuple[str, str, Role]] = []  # (username, unit code, role)

        def node(parent_path: str, depth: int, position: int, **fields) -> OrganisationUnit:
            unit = OrganisationUnit(
                path=OrganisationUnit._get_path(parent_path, depth, position),
                depth=depth,
                numchild=0,
                **fields,
            )
            units.append(unit)
            return unit

        for d in range(1, scale + 1):
            dept = node(
                city.path,
                city.depth + 1,
                d,
                name=f"Förvaltning {d:05d}",
                kind=Kind.DEPARTMENT,
                code=f"stor-{d}",
            )
            dept.numchild = 5
            memberships.append((f"chef.stor.{d}", dept.code, Role.MANAGER))
            for a in range(1, 6):
                division = node(
                    dept.path,
                    dept.depth + 1,
                    a,
                    name=f"Avdelning {d:05d}-{a}",
                    kind=Kind.DIVISION,
                    code=f"stor-{d}-{a}",
                )
                division.numchild = 5
                memberships.append((f"chef.stor.{d}.{a}", division.code, Role.MANAGER))
                for e in range(1, 6):
                    unit = node(
                        division.path,
                        division.depth + 1,
                        e,
                        name=f"Enhet {d:05d}-{a}-{e}",
                        kind=Kind.UNIT,
                        code=f"stor-{d}-{a}-{e}",
                    )
                    memberships.append((f"chef.stor.{d}.{a}.{e}", unit.code, Role.MANAGER))
                    memberships.append((f"medarb.stor.{d}.{a}.{e}", unit.code, Role.STAFF))
            # 31 units, but 62 people: the department and division chefs also have staff roles.
            memberships.append((f"medarb.stor.{d}", dept.code, Role.STAFF))
            for a in range(1, 6):
                memberships.append((f"medarb.stor.{d}.{a}", f"stor-{d}-{a}", Role.STAFF))
        OrganisationUnit.objects.bulk_create(units, batch_size=2000)
        OrganisationUnit.objects.filter(pk=city.pk).update(numchild=scale)

        password = make_password(DEMO_PASSWORD)
        usernames = sorted({username for username, _, _ in memberships})
        User.objects.bulk_create(
            [
                User(
                    username=u,
                    password=password,
                    email=f"{u}@storstad.example.se",
                    first_name=u.split(".")[0].capitalize(),
                    last_name=u.split(".", 1)[1],
                )
                for u in usernames
            ],
            batch_size=2000,
        )
        user_ids = dict(User.objects.filter(username__in=usernames).values_list("username", "pk"))
        unit_ids = dict(
            OrganisationUnit.objects.filter(code__startswith="stor-").values_list("code", "pk")
        )
        Membership.objects.bulk_create(
            [
                Membership(user_id=user_ids[u], unit_id=unit_ids[c], role=r)
                for u, c, r in memberships
            ],
            batch_size=5000,
        )
        self.stdout.write(
            f"Skaldata: {len(units) + 1} enheter, {len(usernames)} användare, "
            f"{len(memberships)} roller."
        )
