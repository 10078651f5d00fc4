"""The standards catalogue a new installation starts with; admins edit it afterwards.

ISO certificates run three years with surveillance audits in years 2 and 3 and a recertification
audit before expiry; the Quality Mark runs three years and is renewed by a simplified revision of
the previous application, evidenced per its nine criteria sections.
"""

ISO_EVENTS = [
    # kind, name, anchor, offset in months, first certification only
    ("stage1", "Certifieringsrevision steg 1", "issue", -3, True),
    ("stage2", "Certifieringsrevision steg 2", "issue", -1, True),
    ("surveillance", "Övervakningsrevision år 2", "issue", 12, False),
    ("surveillance", "Övervakningsrevision år 3", "issue", 24, False),
    ("recertification", "Omcertifieringsrevision", "expiry", -3, False),
]
ISO_EVIDENCE = [
    ("Ledningens genomgång", "Protokoll från ledningens genomgångar under cykeln."),
    ("Internrevisioner", "Revisionsprogram och rapporter från internrevisionerna."),
    (
        "Avvikelser från förra externa revisionen",
        "Hur avvikelserna från certifieringsorganets senaste revision har åtgärdats.",
    ),
    ("Mål och uppföljning", "Mål, nyckeltal och resultat sedan förra revisionen."),
    (
        "Förändringar i verksamhet och omfattning",
        "Nya eller nedlagda enheter, processer och lagkrav som påverkar certifikatets omfattning.",
    ),
]
STANDARD_EVIDENCE = {
    "iso-14001": (
        "Miljöaspekter och lagkrav",
        "Uppdaterad värdering av miljöaspekter och lagkrav.",
    ),
    "iso-45001": ("Risker i arbetsmiljön", "Uppdaterad riskbedömning och arbetsmiljöuppföljning."),
    "iso-50001": ("Energiprestanda", "Energikartläggning, energiindikatorer och utfall."),
    "iso-iec-27001": (
        "Riskbehandling och uttalande om tillämplighet",
        "Uppdaterad riskbedömning och uttalande om tillämplighet (SoA).",
    ),
}
ISO_STANDARDS = [
    ("iso-9001", "ISO 9001", "ISO 9001:2015 Ledningssystem för kvalitet"),
    ("iso-14001", "ISO 14001", "ISO 14001:2015 Ledningssystem för miljö"),
    ("iso-45001", "ISO 45001", "ISO 45001:2018 Ledningssystem för arbetsmiljö"),
    ("iso-50001", "ISO 50001", "ISO 50001:2018 Ledningssystem för energi"),
    (
        "iso-iec-27001",
        "ISO/IEC 27001",
        "ISO/IEC 27001:2022 Ledningssystem för informationssäkerhet",
    ),
]
QUALITY_MARK_SECTIONS = [
    "Bakgrund",
    "Nuläget",
    "Organisation",
    "Finansiering & budget",
    "Vision & affärsidé",
    "Mål & strategi",
    "Affärsplan/handlingsplan/verksamhetsplan",
    "Utveckling, indikatorer och resultatuppföljning",
    "Kommunikation & dialog",
]


def add_missing_standards(Standard, EventTemplate, EvidenceTemplate) -> int:
    """Create the standards of the catalogue that are not in the database yet (by code).

    Takes the model classes, so the data migration can pass its historical models.
    """
    existing = set(Standard.objects.values_list("code", flat=True))
    created = 0
    for code, short_name, name in ISO_STANDARDS:
        if code in existing:
            continue
        created += 1
        standard = Standard.objects.create(
            code=code,
            name=name,
            short_name=short_name,
            validity_months=36,
            reminder_days=[180, 90, 30, 7],
        )
        for order, (kind, event_name, anchor, offset, initial) in enumerate(ISO_EVENTS):
            EventTemplate.objects.create(
                standard=standard,
                kind=kind,
                name=event_name,
                anchor=anchor,
                offset_months=offset,
                initial_only=initial,
                order=order,
            )
        evidence = [*ISO_EVIDENCE]
        if code in STANDARD_EVIDENCE:
            evidence.append(STANDARD_EVIDENCE[code])
        for order, (title, guidance) in enumerate(evidence):
            EvidenceTemplate.objects.create(
                standard=standard, order=order, title=title, guidance=guidance
            )
    if "quality-mark" in existing:
        return created
    quality_mark = Standard.objects.create(
        code="quality-mark",
        name="Quality Mark (Svenska Stadskärnor)",
        short_name="Quality Mark",
        issuer="Svenska Stadskärnor",
        renewal_kind="revision",
        validity_months=36,
        reminder_days=[180, 90, 30, 7],
    )
    EventTemplate.objects.create(
        standard=quality_mark,
        kind="revision",
        name="Förnyelseansökan (revision av ansökan)",
        anchor="expiry",
        offset_months=-3,
        initial_only=False,
        order=0,
    )
    for order, title in enumerate(QUALITY_MARK_SECTIONS):
        EvidenceTemplate.objects.create(
            standard=quality_mark,
            order=order,
            title=title,
            guidance="Beskrivning och underlag för avsnittet; revidera förra ansökans text.",
        )
    return created + 1
