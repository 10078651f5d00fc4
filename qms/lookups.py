"""`field__any=[...]`: `field = ANY(%s)` with the whole list as one array parameter.

Django's `__in` sends one parameter per value; a visibility filter over thousands of units would
send thousands of them with every query. As one array the statement stays short, PostgreSQL
hashes the array once, and an index on the field is still used.
"""

from __future__ import annotations

from django.db.models import Field, ForeignObject, Lookup


class AnyOf(Lookup):
    lookup_name = "any"
    prepare_rhs = False
    can_use_none_as_rhs = False

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        values = list(self.rhs)
        db_type = self.lhs.output_field.db_type(connection)
        # ForeignKey.db_type is the target's column type ("bigint").
        return f"{lhs} = ANY(%s::{db_type}[])", [*lhs_params, values]


# Related fields look their lookups up on their own classes only: register on both.
Field.register_lookup(AnyOf)
ForeignObject.register_lookup(AnyOf)
