from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations


class Migration(migrations.Migration):
    """pg_trgm, for the trigram indexes of icontains searches (qms.models.trigram_index).
    A trusted extension since PostgreSQL 13: the database owner may create it."""

    dependencies = [("qms", "0012_notification_digests")]

    operations = [TrigramExtension()]
