"""Records management's own records in the plan, and the retention rule shown beside every
data-protection note (qms.recordtypes.describe_rule)."""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from qms.recordtypes import RecordType, register, set_rule_describer

register(
    RecordType(
        key="records.protocol",
        label=gettext_lazy("Gallringsprotokoll"),
        order=200,
        includes=gettext_lazy(
            "beslut, godkännande och vilka ärenden som gallrades (PDF/A och CSV)"
        ),
        personal_data=gettext_lazy("Lite: vem som godkände"),
        sensitive=gettext_lazy("Nej (bara ärendenummer)"),
        secrecy=gettext_lazy("Normalt inte"),
        note=gettext_lazy("Protokollet visar att gallringen följde beslutet. Det bevaras alltid."),
        mode="plan",
    )
)
register(
    RecordType(
        key="records.package",
        label=gettext_lazy("Leverans till e-arkiv"),
        order=210,
        includes=gettext_lazy("vilka ärenden som levererades, när och med vilken kvittens"),
        personal_data=gettext_lazy("Lite: vem som levererade"),
        sensitive=gettext_lazy("Nej"),
        secrecy=gettext_lazy("Normalt inte"),
        note=gettext_lazy("Uppgiften om leverans bevaras; paketfilen finns i e-arkivet."),
        mode="plan",
    )
)
register(
    RecordType(
        key="records.extract",
        label=gettext_lazy("Registerutdrag"),
        order=220,
        includes=gettext_lazy("begäran, utdraget och vem som läst det"),
        personal_data=gettext_lazy("Ja: allt systemet har om personen"),
        sensitive=gettext_lazy("Kan förekomma"),
        secrecy=gettext_lazy("Kan omfattas av sekretess"),
        note=gettext_lazy("Utdraget lämnas till den registrerade; varje läsning loggas."),
        mode="plan",
    )
)


def describe_rule(key: str, unit=None) -> str:
    """The rule that applies to a record type in the unit's organisation, as one sentence."""
    from records.plan import organisation_of, rule_for

    rule = rule_for(key, organisation_of(unit) if unit is not None else None)
    if rule is None:
        return _("Bevaras (ingen gallringsregel är beslutad).")
    if rule.action == rule.Action.KEEP:
        return _("Bevaras enligt %(decision)s.") % {"decision": rule.decision}
    return _("%(rule)s enligt %(decision)s.") % {"rule": rule.summary, "decision": rule.decision}


set_rule_describer(describe_rule)
