"""The closed-loop load test of bench_http.py: people working through a day.

Run by bench_http.py (`locust --headless`), which writes BENCH_LOAD_CONFIG with what
`resolve_people` found in the database: for each virtual user a real person of the scaled demo
(10 % coordinators, 35 % chefs, 55 % staff), a logged-in session, and the URLs that person would
open. Each virtual user waits 1–3 s between requests (a closed loop: the next request leaves
only after the previous answer and the pause). The mix, by weight:

- 40 lists and search: the deviation list, a status filter, a search, the action register,
  "my actions";
- 30 case pages: cases the person may open;
- 10 overview: the statistics dashboard (staff, who have none: "my actions");
- 10 start page;
- 10 reports filed: the report form, then the report POSTed (a new deviation).
"""

from __future__ import annotations

import itertools
import json
import os
import random
import re
import secrets
from http.cookiejar import Cookie

PEOPLE = {
    "coordinator": ["samordnare", "sofia.andersson", "emma.gustafsson"],
    "chef": [
        "chef",
        "anna.svensson",
        "erik.johansson",
        "maria.eriksson",
        "chef.stor.1",
        "chef.stor.7.2",
        "chef.stor.13.3.4",
        "chef.stor.42.1.1",
        "chef.stor.77.5",
        "chef.stor.99.4.2",
    ],
    "staff": [
        "medarbetare",
        "lena.karlsson",
        "jonas.nilsson",
        "medarb.stor.1.1.1",
        "medarb.stor.5.2.3",
        "medarb.stor.17.4.4",
        "medarb.stor.33.3.1",
        "medarb.stor.60.1.5",
        "medarb.stor.88.2.2",
        "medarb.stor.95.5.5",
    ],
}
SHARE = {"coordinator": 0.10, "chef": 0.35, "staff": 0.55}
SEARCHES = ["läkemedel", "fall", "hot", "kontinuitet", "legionella", "dörr"]
CASES_PER_PERSON = 30


def resolve_people(count: int) -> list[dict]:
    """For `count` virtual users: a person, a session cookie and that person's URLs (needs
    Django set up against the scaled database)."""
    from django.urls import reverse

    from deviations.models import Deviation
    from qms.models import User
    from tests.benchmarks.sessions import logged_in_cookie

    found = {}
    for role, usernames in PEOPLE.items():
        for user in User.objects.filter(username__in=usernames, is_active=True):
            cases = Deviation.objects.visible_to(user).order_by("-created_at")
            unit = user.primary_membership.unit
            found.setdefault(role, []).append(
                {
                    "username": user.username,
                    "user": user,
                    "unit": unit.pk,
                    "cases": [
                        reverse("deviations:detail", args=[pk])
                        for pk in cases.values_list("pk", flat=True)[:CASES_PER_PERSON]
                    ],
                    "dashboard": user.has_perm("deviations.view_dashboard"),
                }
            )
    virtual = []
    for role, share in SHARE.items():
        people = itertools.cycle(found.get(role) or found["staff"])
        for _ in range(round(count * share)):
            person = dict(next(people))
            person["cookie"] = logged_in_cookie(person.pop("user"))
            virtual.append(person)
    random.Random(12).shuffle(virtual)
    return virtual[:count]


# Locust (imported only when locust runs this file) -------------------------------------------

if os.environ.get("BENCH_LOAD_CONFIG"):
    from locust import between, task
    from locust.contrib.fasthttp import FastHttpUser

    CONFIG = json.loads(open(os.environ["BENCH_LOAD_CONFIG"], encoding="utf-8").read())  # noqa: SIM115
    NEXT = itertools.count()
    HIDDEN = re.compile(r'<input type="hidden" name="([^"]+)" value="([^"]*)"')

    def cookie(name: str, value: str) -> Cookie:
        return Cookie(
            0,
            name,
            value,
            None,
            False,
            "",
            False,
            False,
            "/",
            True,
            False,
            None,
            False,
            None,
            None,
            {},
        )

    class Person(FastHttpUser):
        wait_time = between(1, 3)
        network_timeout = 30.0
        connection_timeout = 30.0

        def on_start(self) -> None:
            self.person = CONFIG[next(NEXT) % len(CONFIG)]
            for name, value in self.person["cookie"].items():
                self.client.cookiejar.set_cookie(cookie(name, value))
            self.random = random.Random(secrets.randbits(32))

        @task(12)
        def deviation_list(self) -> None:
            self.client.get("/avvikelser/", name="lists: deviation list")

        @task(6)
        def filtered_list(self) -> None:
            self.client.get(
                "/avvikelser/?status=investigating&status=acting", name="lists: status filter"
            )

        @task(10)
        def search(self) -> None:
            word = self.random.choice(SEARCHES)
            self.client.get(f"/avvikelser/?q={word}", name="lists: search")

        @task(8)
        def action_register(self) -> None:
            self.client.get("/avvikelser/atgarder/", name="lists: action register")

        @task(4)
        def my_actions(self) -> None:
            self.client.get("/avvikelser/atgarder/mina/", name="lists: my actions")

        @task(30)
        def case_page(self) -> None:
            if self.person["cases"]:
                url = self.random.choice(self.person["cases"])
                self.client.get(url, name="case page")

        @task(10)
        def overview(self) -> None:
            if self.person["dashboard"]:
                self.client.get("/avvikelser/statistik/", name="overview: statistics")
            else:
                self.client.get("/avvikelser/atgarder/mina/", name="overview: my actions")

        @task(10)
        def start_page(self) -> None:
            self.client.get("/", name="start page")

        @task(10)
        def report(self) -> None:
            form = self.client.get("/avvikelser/rapportera/", name="report: form")
            if form.status_code != 200:
                return
            fields = dict(HIDDEN.findall(form.text))
            fields.update(
                unit=str(self.person["unit"]),
                title="Belastningstest: dörren till förrådet stod olåst",
                description="Upptäcktes vid kvällsronden. Ingen obehörig hade varit där.",
                occurred_at="2026-01-15T08:30",
                location="Förrådet",
                immediate_action="Låste dörren.",
            )
            self.client.post(
                "/avvikelser/rapportera/",
                data=fields,
                headers={"Referer": self.host + "/avvikelser/rapportera/"},
                name="report: filed",
            )
