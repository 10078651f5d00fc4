"""The template the test databases are copied from (tests/database_template.py)."""

import shutil

from django.conf import settings

from tests.database_template import dump_fingerprint, fingerprint, migration_files


def test_fingerprint_changes_when_a_migration_changes_or_is_added(tmp_path):
    copies = {}
    for name, path in migration_files().items():
        copies[name] = tmp_path / f"{name}.py"
        shutil.copyfile(path, copies[name])
    before = fingerprint(copies)
    assert fingerprint(copies) == before

    edited = copies["deviations.migrations.0001_initial"]
    edited.write_text(edited.read_text() + "# one more line\n")
    after_edit = fingerprint(copies)
    assert after_edit != before

    copies["deviations.migrations.9999_added"] = tmp_path / "added.py"
    copies["deviations.migrations.9999_added"].write_text("")
    assert fingerprint(copies) not in (before, after_edit)


def test_fingerprint_reads_every_migration_and_the_code_data_migrations_run():
    files = migration_files()
    read = {path.resolve() for path in files.values()}
    project = {path.resolve() for path in settings.BASE_DIR.glob("*/migrations/[0-9]*.py")}
    assert project <= read
    assert "django.contrib.auth.migrations.0001_initial" in files
    # The data migrations' catalogues and trigger SQL live outside the migration files.
    assert {"audits.catalogue", "certifications.catalogue", "deviations.tallies"} <= files.keys()


def test_the_template_dump_is_made_from_the_current_migrations():
    """tests/template.sql is what a fresh run's template is restored from (about 2 s, against
    about 40 s of migrating). Made from other migration files it is ignored and every fresh run
    migrates again: make it anew, `python -m tests.database_template`."""
    assert dump_fingerprint() == fingerprint(migration_files()), (
        "tests/template.sql is not made from the current migrations: "
        "run `python -m tests.database_template` and commit it"
    )
