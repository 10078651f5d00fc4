"""The standards catalogue a new installation starts with (admins may edit it afterwards)."""

from django.db import migrations

from certifications.catalogue import add_missing_standards


def add_catalogue(apps, schema_editor):
    add_missing_standards(
        apps.get_model("certifications", "Standard"),
        apps.get_model("certifications", "EventTemplate"),
        apps.get_model("certifications", "EvidenceTemplate"),
    )


class Migration(migrations.Migration):
    dependencies = [("certifications", "0001_initial")]

    operations = [migrations.RunPython(add_catalogue, migrations.RunPython.noop)]
