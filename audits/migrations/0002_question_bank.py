from django.db import migrations

from audits.catalogue import add_missing_criteria


def add_catalogue(apps, schema_editor):
    add_missing_criteria(apps.get_model("audits", "Criterion"), apps.get_model("audits", "Question"))


class Migration(migrations.Migration):
    dependencies = [("audits", "0001_initial")]

    operations = [migrations.RunPython(add_catalogue, migrations.RunPython.noop)]
