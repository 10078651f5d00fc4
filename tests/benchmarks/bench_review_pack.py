"""Benchmark of the management review pack (PDF) of a large municipality at a million deviations.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/qms_bench \\
        .venv/bin/python tests/benchmarks/bench_review_pack.py [--rows 1000000] [--scale 50] \\
        [--objectives 8] [--repeat 3] [--keep DIR] [--read-only]

Not a test (pytest does not collect it). Checks the requirement "a 30-page management review
pack with a year of data for a large municipality (1M deviations in the database) renders in
at most 5 s and 300 MB", and exits 1 when it does not.

Against a migrated database, idempotently: the demo organisation (`seed_demo`), *Storstads
kommun* (`seed_demo --scale N`), deviations up to --rows with `bench_lists.fill`, and for
Storstad two years of synpunkter, förbättringsförslag, legal tracks and audits with findings
(INSERT … SELECT generate_series) and quality objectives with monthly indicator values
(bulk_create). Then, through the services, last year's review of Storstad as a draft and the
year before's approved (its snapshot and decisions with actions in the register). What exists
is reused: --scale and --objectives count only when their data is first made. With
--read-only (a shared database filled by someone else) nothing is kept: each child makes its
review through the services in a transaction it rolls back after the render, and the approved
pack is rendered from a snapshot compiled before its clock starts.

Each measured render runs in a fresh child process, so its memory is that of one render and
not of the loading: (1) the draft, `render_review_pdf` compiling the inputs from the data as
the worker does, (2) the approved review from its snapshot. Prints the median wall time of
--repeat children (after one warm-up child), the highest peak RSS (the kernel's VmHWM, MB of
10^6 bytes), the query count, the pages (`pdfinfo`) and the PDF's size, and the median of each
child's ratio of its wall time to WeasyPrint's alone on the same HTML (`×weasy`; `×w.cpu` for
the CPU times). Exits 1 also when the draft's ratio is above 1.2.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
# Production settings (a development checkout's .env.local says DEBUG=1), except for the static
# files' manifest, which needs collectstatic and changes nothing in a PDF.
os.environ.setdefault("DEBUG", "0")
os.environ.setdefault(
    "STATICFILES_BACKEND", "django.contrib.staticfiles.storage.StaticFilesStorage"
)

# Importing the list benchmark sets Django up (its settings and environment), so it comes first.
from tests.benchmarks.bench_lists import analyze, ensure_demo_data, fill, sql_array

# isort: split

import pgtrigger
from django.core.management import call_command
from django.db import connection, transaction
from django.utils import timezone

from audits.models import Audit, Finding, Programme
from deviations.demo import quiet_email
from deviations.models import Deviation, Feedback, LegalTrack, Suggestion
from qms.models import OrganisationUnit, User
from reviews import services
from reviews.inputs import compile_inputs
from reviews.models import Decision, Indicator, IndicatorValue, Item, Objective, Review
from reviews.reports import render_review_pdf

SECONDS_BUDGET = 5.0
MEGABYTES_BUDGET = 300
MIN_PAGES = 30
# Issue 12: a draft pack at most 1.2 times WeasyPrint's own time for the same HTML (the app's
# share: compiling the inputs, the charts and the template, at most a fifth on top).
WEASYPRINT_RATIO_BUDGET = 1.2

# Years of synpunkter, suggestions, legal tracks and audits: the review's year and the one before.
YEARS = 2
FEEDBACK_PER_YEAR = 20_000
SUGGESTIONS_PER_YEAR = 5_000
AUDITS_PER_YEAR = 300
FINDINGS_PER_AUDIT = 5
LEGAL_TRACK_EVERY = 150  # one deviation in this many of Storstad's on a legal track

# name, unit of measure, target, direction: each objective follows two of these, monthly
INDICATORS = [
    ("Andel nöjda brukare", "%", 85, "higher"),
    ("Sjukfrånvaro", "%", 6, "lower"),
    ("Andel avvikelser avslutade inom 30 dagar", "%", 80, "higher"),
    ("Väntetid till första besök", "dagar", 14, "lower"),
    ("Andel genomförda medarbetarsamtal", "%", 95, "higher"),
    ("Personalomsättning", "%", 10, "lower"),
]
OBJECTIVE_TITLES = [
    "Trygga och nöjda brukare",
    "God arbetsmiljö",
    "Rättssäker handläggning",
    "Tillgänglig service",
    "Lärande organisation",
]


def storstad() -> OrganisationUnit:
    return OrganisationUnit.objects.get(code="stor")


def ensure_storstad(scale: int) -> None:
    if not OrganisationUnit.objects.filter(code="stor").exists():
        call_command("seed_demo", scale=scale)


def subtree_ids(city: OrganisationUnit) -> list[int]:
    return list(
        OrganisationUnit.objects.filter(path__startswith=city.path).values_list("pk", flat=True)
    )


def people(prefix: str) -> list[int]:
    """Storstad's accounts whose names start with `prefix` (chef. or medarb.)."""
    return list(
        User.objects.filter(username__startswith=f"{prefix}.stor.")
        .order_by("pk")
        .values_list("pk", flat=True)
    )


def generated(per_year: int, units: list[int], *columns: str) -> str:
    """SQL: rows i = 1 … per_year × YEARS, each with `created` (evenly over the last YEARS
    years, newest first), `units` (an array of the scope's unit ids) and `columns`."""
    days, total = 365 * YEARS, per_year * YEARS
    return (
        f"(SELECT i, now() - (i * {days}.0 / {total}) * interval '1 day' AS created, "
        f"{sql_array(units)} AS units{''.join(', ' + c for c in columns)} "
        f"FROM generate_series(1, {total}) AS i) AS g"
    )


def seed_feedback(city: OrganisationUnit) -> None:
    if Feedback.objects.filter(number__startswith="SP-B-").exists():
        return
    units, chefs = subtree_ids(city), people("chef")
    total = FEEDBACK_PER_YEAR * YEARS
    # One in ten still open; the rest answered after 1 to 20 days (due after 14).
    rows = generated(
        FEEDBACK_PER_YEAR,
        units,
        "i %% 10 = 0 AS is_open",
        f"({sql_array(chefs)})[1 + i %% {len(chefs)}] AS chef",
    )
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            INSERT INTO {Feedback._meta.db_table} (
                number, organisation_id, unit_id, kind, text, contact_name, contact_email,
                contact_phone, status, assignee_id, due_date, answer, answered_at,
                answered_by_id, answer_sent_to, tracking_token_hash, created_at, closed_at
            )
            SELECT 'SP-B-' || lpad(i::text, 7, '0'), %s, units[1 + i %% cardinality(units)],
                   (ARRAY['complaint','praise','suggestion','question'])[1 + (i / 3) %% 4],
                   'Synpunkt nummer ' || i, '', '', '',
                   CASE WHEN is_open THEN 'in_progress' ELSE 'closed' END, chef,
                   (created + interval '14 days')::date,
                   CASE WHEN is_open THEN '' ELSE 'Tack för din synpunkt.' END,
                   CASE WHEN is_open THEN NULL ELSE answered END,
                   CASE WHEN is_open THEN NULL ELSE chef END, '',
                   md5('bench-feedback-' || i), created,
                   CASE WHEN is_open THEN NULL ELSE answered END
            FROM (
                SELECT *, created + (1 + i %% 20) * interval '1 day' AS answered
                FROM {rows}
            ) AS answered
            """,
            [city.pk],
        )
    print(f"  {total} synpunkter", flush=True)


def seed_suggestions(city: OrganisationUnit) -> None:
    if Suggestion.objects.filter(number__startswith="FF-B-").exists():
        return
    units, chefs, staff = subtree_ids(city), people("chef"), people("medarb")
    total = SUGGESTIONS_PER_YEAR * YEARS
    status = "(ARRAY['submitted','parked','accepted','rejected'])[1 + i %% 4] AS status"
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            INSERT INTO {Suggestion._meta.db_table} (
                number, organisation_id, unit_id, title, description, reason, submitted_by_id,
                status, decision_reason, decided_by_id, decided_at, created_at
            )
            SELECT 'FF-B-' || lpad(i::text, 7, '0'), %s, units[1 + i %% cardinality(units)],
                   'Förbättringsförslag ' || i || ': digital signering på fler enheter',
                   'Beskrivning av förslaget.', 'Det sparar tid.',
                   ({sql_array(staff)})[1 + i %% {len(staff)}], status,
                   CASE WHEN status IN ('accepted', 'rejected') THEN 'Motivering.' ELSE '' END,
                   CASE WHEN status IN ('accepted', 'rejected')
                        THEN ({sql_array(chefs)})[1 + i %% {len(chefs)}] END,
                   CASE WHEN status IN ('accepted', 'rejected')
                        THEN created + interval '20 days' END,
                   created
            FROM {generated(SUGGESTIONS_PER_YEAR, units, status)}
            """,
            [city.pk],
        )
    print(f"  {total} förbättringsförslag", flush=True)


def seed_legal_tracks(city: OrganisationUnit) -> None:
    tracks = LegalTrack.objects.filter(deviation__unit__path__startswith=city.path)
    if tracks.exists():
        return
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            INSERT INTO {LegalTrack._meta.db_table} (
                deviation_id, kind, status, flagged_by_id, flagged_at, aware_at, is_serious,
                assessment, assessed_at, assessed_by_id, reported_at, authority_reference,
                authority_decision
            )
            SELECT d.id,
                   (ARRAY['lex_sarah','lex_maria','data_breach','work_environment'])
                       [1 + (d.id / %s) %% 4],
                   CASE WHEN d.id %% 3 = 0 THEN 'not_reportable' ELSE 'reported' END,
                   d.reported_by_id, d.created_at + interval '1 hour', d.created_at,
                   d.id %% 3 <> 0, 'Bedömning.', d.created_at + interval '2 days',
                   d.reported_by_id,
                   CASE WHEN d.id %% 3 <> 0 THEN d.created_at + interval '5 days' END,
                   CASE WHEN d.id %% 3 <> 0 THEN 'DNR-' || d.id ELSE '' END, ''
            FROM {Deviation._meta.db_table} d
            JOIN {OrganisationUnit._meta.db_table} u ON u.id = d.unit_id
            WHERE u.path LIKE %s AND d.id %% %s = 0
              AND d.created_at >= now() - %s * interval '1 year'
            """,
            [LEGAL_TRACK_EVERY, city.path + "%", LEGAL_TRACK_EVERY, YEARS],
        )
        print(f"  {cursor.rowcount} anmälningsspår", flush=True)


def seed_audits(city: OrganisationUnit) -> None:
    if Programme.objects.filter(unit=city).exists():
        return
    units, chefs = subtree_ids(city), people("chef")
    this_year = timezone.localdate().year
    with connection.cursor() as cursor:
        for year in range(this_year - YEARS, this_year):
            programme = Programme.objects.create(
                unit=city,
                year=year,
                objectives="Revisioner av alla förvaltningar.",
                created_by_id=chefs[0],
            )
            cursor.execute(
                f"""
                INSERT INTO {Audit._meta.db_table} (
                    programme_id, kind, title, unit_id, process, scope, planned_date, priority,
                    priority_reason, external_body, external_reference, external_auditors,
                    participants, status, performed_on, summary, conclusion, reported_at,
                    cancel_reason, report_pdf, created_by_id, created_at
                )
                SELECT %s, kind, 'Revision ' || i || ' {year}',
                       units[1 + (i * 7) %% cardinality(units)],
                       'Process', '', day, 'medium', '',
                       CASE WHEN kind = 'supplier' THEN 'Leverantör AB' ELSE '' END,
                       '', '', '', 'reported', day, 'Sammanfattning.', 'Slutsats.',
                       day + interval '10 days', '', '', %s, day - interval '30 days'
                FROM (
                    SELECT i, make_date(%s, 1, 1) + (i * 364 / %s) AS day,
                           (ARRAY['internal','internal','improvement_day','certification',
                                  'supplier'])[1 + i %% 5] AS kind,
                           {sql_array(units)} AS units
                    FROM generate_series(1, %s) AS i
                ) AS g
                """,
                [programme.pk, chefs[0], year, AUDITS_PER_YEAR, AUDITS_PER_YEAR],
            )
            cursor.execute(
                f"""
                INSERT INTO {Finding._meta.db_table} (
                    audit_id, grade, title, description, verified_at, verification,
                    created_by_id, created_at
                )
                SELECT a.id,
                       (ARRAY['major','minor','observation','opportunity','strength'])[n],
                       'Iakttagelse ' || n || ' i ' || a.title, '',
                       CASE WHEN (a.id + n) %% 2 = 0 THEN a.reported_at + interval '60 days' END,
                       CASE WHEN (a.id + n) %% 2 = 0 THEN 'Verifierad på plats.' ELSE '' END,
                       a.created_by_id, a.reported_at
                FROM {Audit._meta.db_table} a, generate_series(1, %s) AS n
                WHERE a.programme_id = %s
                """,
                [FINDINGS_PER_AUDIT, programme.pk],
            )
    print(f"  {AUDITS_PER_YEAR * YEARS} revisioner med iakttagelser", flush=True)


def seed_objectives(city: OrganisationUnit, count: int) -> None:
    """`count` objectives on Storstad's förvaltningar, two monthly indicators each, with values
    for every month from January YEARS years ago until last month."""
    departments = list(
        OrganisationUnit.objects.filter(path__startswith=city.path, depth=city.depth + 1).order_by(
            "path"
        )[:count]
    )
    if Objective.objects.filter(unit__in=departments).exists():
        return
    author = User.objects.get(username="samordnare")
    today = timezone.localdate()
    first = (today.year - YEARS) * 12  # January of the approved review's year
    months = [
        datetime.date(m // 12, m % 12 + 1, 1)
        for m in range(first, today.year * 12 + today.month - 1)
    ]
    objectives = Objective.objects.bulk_create(
        Objective(
            unit=unit,
            title=OBJECTIVE_TITLES[n % len(OBJECTIVE_TITLES)],
            description="Kvalitetsmål för förvaltningen.",
        )
        for n, unit in enumerate(departments)
    )
    indicators = Indicator.objects.bulk_create(
        Indicator(
            objective=objective,
            name=name,
            unit_of_measure=measure,
            target=target,
            direction=direction,
            period=Indicator.Period.MONTH,
        )
        for n, objective in enumerate(objectives)
        for name, measure, target, direction in (
            INDICATORS[(2 * n) % len(INDICATORS)],
            INDICATORS[(2 * n + 1) % len(INDICATORS)],
        )
    )
    values = []
    for n, indicator in enumerate(indicators):
        for m, month in enumerate(months):
            # Around the target, some months better and some worse.
            wobble = ((n * 7 + m * 5) % 11 - 5) / 50
            values.append(
                IndicatorValue(
                    indicator=indicator,
                    period_start=month,
                    value=round(float(indicator.target) * (1 + wobble), 1),
                    entered_by=author,
                )
            )
    IndicatorValue.objects.bulk_create(values, batch_size=2000)
    print(f"  {len(objectives)} kvalitetsmål, {len(indicators)} nyckeltal", flush=True)


def seed_scope(city: OrganisationUnit, objectives: int) -> None:
    """Everything but the deviations in the scope, each part once."""
    with transaction.atomic(), pgtrigger.ignore():
        seed_feedback(city)
        seed_suggestions(city)
        seed_legal_tracks(city)
        seed_audits(city)
        seed_objectives(city, objectives)


ASSESSMENT = (
    "Underlaget har gåtts igenom av ledningsgruppen. Utvecklingen följer i stort planen; "
    "avvikelserna inom vård och omsorg ökar medan svarstiderna för synpunkter har kortats. "
    "Förvaltningarna redovisar sina egna bedömningar i respektive verksamhetsberättelse."
)


def ensure_review(city: OrganisationUnit, year: int, *, approve: bool) -> Review:
    """Storstad's review of `year`: created, assessed and (when `approve`) decided and approved
    through the services, as a coordinator and chair would."""
    title = f"Ledningens genomgång Storstads kommun {year}"
    existing = Review.objects.filter(unit=city, title=title).first()
    if existing is not None:
        return existing
    chefs = User.objects.filter(username__regex=r"^chef\.stor\.[0-9]+$")
    # Loaded inside quiet_email: `notify` reads each user's (switched off) e-mail choice.
    with quiet_email(User.objects.filter(username="samordnare") | chefs):
        coordinator = User.objects.get(username="samordnare")
        chair = User.objects.get(username="chef.stor.1")
        participants = list(chefs.order_by("pk")[:12])
        review = services.create_review(
            by=coordinator,
            unit=city,
            title=title,
            period_start=datetime.date(year, 1, 1),
            period_end=datetime.date(year, 12, 31),
            held_on=datetime.date(year + 1, 2, 15),
            chair=chair,
            participants=participants,
        )
        for code in Item.values:
            services.save_assessment(review, by=coordinator, code=code, assessment=ASSESSMENT)
        if approve:
            for number, kind in enumerate(Decision.Kind.values * 2, start=1):
                decision = services.add_decision(
                    review, by=coordinator, kind=kind, text=f"Beslut {number}: {ASSESSMENT}"
                )
                for step in (1, 2):
                    services.add_decision_action(
                        decision,
                        by=coordinator,
                        title=f"Åtgärd {number}.{step} för beslutet",
                        owner=participants[(number + step) % len(participants)],
                        due_date=datetime.date(year + 1, 3 * step, 28),
                    )
            started = time.monotonic()
            review = services.approve_review(review, by=chair)
            print(f"  godkänd genomgång {year} ({time.monotonic() - started:.1f} s)")
    return review


# Measuring -------------------------------------------------------------------------------------


def peak_rss_bytes() -> int:
    """The kernel's high-water mark of this process's resident memory."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError("No VmHWM in /proc/self/status")


class Rollback(Exception):
    """Leaves the transaction of a --read-only render."""


def render_scratch_in_this_process(
    year: int, approved: bool, pdf_path: str, objectives: int = 0
) -> dict:
    """The child's side with --read-only: Storstad's review of `year` made through the services
    in a transaction that is rolled back after the render, so the shared database is left as it
    was. An approved pack is rendered from a snapshot compiled before the clock starts (the
    review is marked approved in memory only). With `objectives`, the scope's synpunkter,
    suggestions, legal tracks, audits and objectives that the shared database lacks are made in
    the same transaction first (before the clock), so the pack has its 30 pages there too."""
    city = storstad()
    chefs = User.objects.filter(username__regex=r"^chef\.stor\.[0-9]+$").order_by("pk")
    admin = User.objects.filter(is_superuser=True, is_active=True).order_by("pk").first()
    result = {}
    try:
        with transaction.atomic():  # notices and outbox rows go with the rollback
            if objectives:
                with contextlib.redirect_stdout(sys.stderr):
                    seed_scope(city, objectives)
            review = services.create_review(
                by=admin,
                unit=city,
                title=f"Ledningens genomgång Storstads kommun {year}",
                period_start=datetime.date(year, 1, 1),
                period_end=datetime.date(year, 12, 31),
                held_on=datetime.date(year + 1, 2, 15),
                chair=chefs[0],
                participants=list(chefs[:12]),
            )
            for code in Item.values:
                services.save_assessment(review, by=admin, code=code, assessment=ASSESSMENT)
            review = Review.objects.select_related("unit", "chair").get(pk=review.pk)
            if approved:
                review.snapshot = compile_inputs(review)
                review.status = Review.Status.APPROVED
            result = render_in_this_process(review.pk, pdf_path, review=review)
            raise Rollback
    except Rollback:
        pass
    return result


def run_queue_seconds() -> float:
    """How long this process's threads have waited in the run queue for a CPU so far (the
    kernel's schedstat): the time a busy machine made the render wait."""
    waiting = 0
    for task in Path("/proc/self/task").iterdir():
        _on_cpu, queued, _slices = (task / "schedstat").read_text().split()
        waiting += int(queued)
    return waiting / 1e9


def render_in_this_process(review_pk: int, pdf_path: str, review: Review | None = None) -> dict:
    """The child's side: render the pack as the worker does and report what it took, and where
    the wall time went: this process on a CPU, waiting in the run queue for one, waiting for the
    database, and WeasyPrint alone on the same HTML (rendered again after the measured run)."""
    import qms.pdf

    queries, database = 0, 0.0

    def count(execute, sql, params, many, context):
        nonlocal queries, database
        queries += 1
        asked = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            database += time.perf_counter() - asked

    html: list[str] = []
    template_seconds: list[float] = []
    render_to_string = qms.pdf.render_to_string

    def timed_render_to_string(*args, **kwargs):
        began = time.perf_counter()
        html.append(render_to_string(*args, **kwargs))
        template_seconds.append(time.perf_counter() - began)
        return html[-1]

    qms.pdf.render_to_string = timed_render_to_string
    marks: dict[int, float] = {}
    with connection.execute_wrapper(count):
        cpu_started, queued = time.process_time(), run_queue_seconds()
        started = time.perf_counter()
        if review is None:
            review = Review.objects.select_related("unit", "chair").get(pk=review_pk)
        data = render_review_pdf(
            review, on_progress=lambda percent: marks.setdefault(percent, time.perf_counter())
        )
        finished = time.perf_counter()
        cpu = time.process_time() - cpu_started
        queued_after = run_queue_seconds()
    qms.pdf.render_to_string = render_to_string
    Path(pdf_path).write_bytes(data)
    # WeasyPrint's own time for the same HTML, nothing of the app around it.
    began, weasy_cpu = time.perf_counter(), time.process_time()
    qms.pdf.HTML(
        string=html[0], base_url=qms.pdf.BASE_URL, url_fetcher=qms.pdf.StaticFilesOnly()
    ).write_pdf(pdf_variant=qms.pdf.PDF_VARIANT)
    weasyprint, weasy_cpu = time.perf_counter() - began, time.process_time() - weasy_cpu
    return {
        "seconds": finished - started,
        "cpu": cpu,
        "run_queue": queued_after - queued,
        "database": database,
        # The progress marks: inputs compiled (40) and context with charts built (60).
        "compile": marks[40] - started,
        "context": marks[60] - marks[40],
        "template": template_seconds[0],
        "pdf": finished - marks[60],
        "weasyprint": weasyprint,
        "weasy_cpu": weasy_cpu,
        "queries": queries,
        "peak_rss": peak_rss_bytes(),
        "bytes": len(data),
    }


# The tables each --read-only child fills and rolls back (seed_scope).
SEEDED_TABLES = [
    Feedback._meta.db_table,
    Suggestion._meta.db_table,
    LegalTrack._meta.db_table,
    Audit._meta.db_table,
    Finding._meta.db_table,
    IndicatorValue._meta.db_table,
]


def warn_of_dead_rows() -> None:
    """Each --read-only child inserts the scope's synpunkter, suggestions, legal tracks and
    audits and rolls them back: dead rows that only VACUUM removes. Where autovacuum is off (a
    benchmark server) they pile up run after run, and the inputs' scans of those tables slow
    down with them (at 2.2 million dead synpunkter their query took 122 ms): say so."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT relname, n_dead_tup FROM pg_stat_user_tables "
            "WHERE relname = ANY(%s) AND n_dead_tup > 100000 ORDER BY n_dead_tup DESC",
            [SEEDED_TABLES],
        )
        dead = cursor.fetchall()
    if dead:
        rows = ", ".join(f"{table} {count:,}" for table, count in dead)
        print(
            f"Obs: döda rader från tidigare --read-only-körningar ({rows}) gör indatans "
            "frågor långsammare; kör VACUUM på databasen för jämförbara tider.\n"
        )


def pages_of(pdf_path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf_path)], capture_output=True, text=True, check=True)
    return next(
        int(line.split(":", 1)[1]) for line in info.stdout.splitlines() if line.startswith("Pages:")
    )


def render_in_child(review_pk: int | str, pdf_path: Path) -> dict:
    """One render in a fresh interpreter (this script with --child); a review "YEAR:draft:N" or
    "YEAR:approved:N" is made and rolled back in the child (--read-only), after N objectives and
    the rest of the scope's data when N > 0."""
    child = subprocess.run(
        [sys.executable, __file__, "--child", str(review_pk), str(pdf_path)],
        capture_output=True,
        text=True,
    )
    if child.returncode:
        sys.stderr.write(child.stderr)
        raise SystemExit(f"The render of review {review_pk} failed ({child.returncode}).")
    result = json.loads(child.stdout.splitlines()[-1])
    result["pages"] = pages_of(pdf_path)
    return result


COLUMNS = [  # heading, key, format
    ("median s", "seconds", "{:8.2f}"),
    ("inputs", "compile", "{:7.2f}"),
    ("context", "context", "{:7.2f}"),
    ("html", "template", "{:6.2f}"),
    ("pdf", "pdf", "{:6.2f}"),
    ("cpu s", "cpu", "{:6.2f}"),
    ("queue s", "run_queue", "{:7.2f}"),
    ("db s", "database", "{:6.2f}"),
    ("weasy", "weasyprint", "{:6.2f}"),
    ("w.cpu", "weasy_cpu", "{:6.2f}"),
    ("×weasy", "ratio", "{:6.2f}"),
    ("×w.cpu", "cpu_ratio", "{:6.2f}"),
    ("peak MB", "peak_mb", "{:7.0f}"),
    ("queries", "queries", "{:7d}"),
    ("pages", "pages", "{:5d}"),
    ("kB", "kb", "{:5.0f}"),
]


def measure(name: str, review: Review | str, repeat: int, folder: Path) -> dict:
    """The median of `repeat` renders in fresh children after one warm-up (database and file
    caches); the highest peak RSS of them."""
    key = getattr(review, "pk", review)
    pdf_path = folder / f"review-{str(key).replace(':', '-')}.pdf"
    render_in_child(key, pdf_path)
    runs = [render_in_child(key, pdf_path) for _ in range(repeat)]
    summary = {
        **{
            key: statistics.median(r[key] for r in runs)
            for key in (
                "seconds",
                "compile",
                "context",
                "template",
                "pdf",
                "cpu",
                "run_queue",
                "database",
                "weasyprint",
                "weasy_cpu",
            )
        },
        # Each child's wall (CPU) time over WeasyPrint's alone in the same child: the same
        # machine at the same moment, so less noisy than a ratio of the medians.
        "ratio": statistics.median(r["seconds"] / r["weasyprint"] for r in runs),
        "cpu_ratio": statistics.median(r["cpu"] / r["weasy_cpu"] for r in runs),
        "name": name,
        "peak_mb": max(r["peak_rss"] for r in runs) / 1e6,
        "queries": runs[-1]["queries"],
        "pages": runs[-1]["pages"],
        "kb": runs[-1]["bytes"] / 1e3,
    }
    cells = " ".join(form.format(summary[key]) for _heading, key, form in COLUMNS)
    print(f"{name:26} {cells}", flush=True)
    return summary


def failures(summary: dict, *, ratio_budget: float | None = None) -> list[str]:
    found = []
    if ratio_budget is not None and summary["ratio"] > ratio_budget:
        found.append(
            f"{summary['name']}: {summary['ratio']:.2f} × WeasyPrint ensam > {ratio_budget} ×"
        )
    if summary["seconds"] > SECONDS_BUDGET:
        found.append(f"{summary['name']}: {summary['seconds']:.2f} s > {SECONDS_BUDGET} s")
    if summary["peak_mb"] > MEGABYTES_BUDGET:
        found.append(f"{summary['name']}: {summary['peak_mb']:.0f} MB > {MEGABYTES_BUDGET} MB")
    if summary["pages"] < MIN_PAGES:
        found.append(f"{summary['name']}: {summary['pages']} sidor < {MIN_PAGES}")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="deviations in the database")
    parser.add_argument("--scale", type=int, default=50, help="seed_demo --scale for Storstad")
    parser.add_argument("--objectives", type=int, default=8, help="objectives in the scope")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="keep the rendered PDFs in this folder")
    parser.add_argument(
        "--read-only",
        action="store_true",
        help="measure a database someone else has filled: make nothing, read the reviews",
    )
    parser.add_argument("--child", nargs=2, metavar=("REVIEW", "PDF"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        review, pdf_path = args.child
        if ":" in review:
            year, kind, objectives = review.split(":")
            result = render_scratch_in_this_process(
                int(year), kind == "approved", pdf_path, int(objectives)
            )
        else:
            result = render_in_this_process(int(review), pdf_path)
        print(json.dumps(result))
        return

    last_year = timezone.localdate().year - 1
    if args.read_only:  # a shared database: each child makes its review and rolls it back
        city = storstad()
        # The scope's data that the shared database lacks is made (and rolled back) in each
        # child: a 30-page pack, as the requirement reads.
        missing = (
            0 if Objective.objects.filter(unit__path__startswith=city.path) else args.objectives
        )
        approved = f"{last_year - 1}:approved:{missing}"
        draft = f"{last_year}:draft:{missing}"
        if missing:
            warn_of_dead_rows()
    else:
        ensure_demo_data()
        ensure_storstad(args.scale)
        fill(args.rows)
        city = storstad()
        seed_scope(city, args.objectives)
        analyze()
        approved = ensure_review(city, last_year - 1, approve=True)
        draft = ensure_review(city, last_year, approve=False)
    scope = Deviation.objects.filter(
        unit__path__startswith=city.path,
        created_at__year=last_year,
    ).count()
    print(
        f"{Deviation.objects.count()} avvikelser, {scope} i Storstad {last_year}; "
        f"{Objective.objects.filter(unit__path__startswith=city.path).count()} kvalitetsmål\n"
    )

    load = ", ".join(f"{n:.1f}" for n in os.getloadavg())
    print(f"{os.cpu_count()} kärnor, belastning {load}")
    headings = " ".join(heading.rjust(len(form.format(0))) for heading, _key, form in COLUMNS)
    print(f"{'pack':26} {headings}")
    with tempfile.TemporaryDirectory() as temporary:
        folder = args.keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        results = [
            measure("draft (compiled now)", draft, args.repeat, folder),
            measure("approved (from snapshot)", approved, args.repeat, folder),
        ]
    draft_summary, approved_summary = results
    found = [
        *failures(draft_summary, ratio_budget=WEASYPRINT_RATIO_BUDGET),
        *failures(approved_summary),
    ]
    if found:
        print("\nKraven uppfylls inte:\n  " + "\n  ".join(found))
        sys.exit(1)
    print(
        f"\nKraven uppfylls: ≤ {SECONDS_BUDGET} s, ≤ {MEGABYTES_BUDGET} MB, ≥ {MIN_PAGES} sidor, "
        f"utkastet ≤ {WEASYPRINT_RATIO_BUDGET} × WeasyPrint ensam."
    )


if __name__ == "__main__":
    main()
