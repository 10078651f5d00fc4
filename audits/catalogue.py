"""The question bank a new installation starts with; coordinators edit it afterwards.

ISO 9001 clauses 4–10 and the chapters of SOSFS 2011:9 are named by number with a short
paraphrase of our own: the standards' texts are not reproduced. The questions are ours too.
"""

# framework, reference, title, [questions]
CRITERIA = [
    (
        "iso9001",
        "4",
        "Verksamhetens förutsättningar",
        [
            "Vilka yttre och inre frågor påverkar verksamheten, och hur följs de upp?",
            "Vilka intressenter finns och vad förväntar de sig?",
            "Är ledningssystemets omfattning beskriven och känd?",
        ],
    ),
    (
        "iso9001",
        "5",
        "Ledarskap och ansvar",
        [
            "Hur visar ledningen att den driver kvalitetsarbetet?",
            "Är kvalitetspolicyn känd bland medarbetarna?",
            "Är roller och befogenheter tydliga?",
        ],
    ),
    (
        "iso9001",
        "6",
        "Planering, risker och mål",
        [
            "Hur identifieras och hanteras risker och möjligheter?",
            "Finns mätbara kvalitetsmål med plan för hur de nås?",
            "Hur planeras förändringar?",
        ],
    ),
    (
        "iso9001",
        "7",
        "Stöd: resurser, kompetens och dokumentation",
        [
            "Finns rätt kompetens, och hur dokumenteras den?",
            "Känner medarbetarna till rutiner och mål som berör dem?",
            "Är styrande dokument aktuella, godkända och lätta att hitta?",
        ],
    ),
    (
        "iso9001",
        "8",
        "Verksamhetens genomförande",
        [
            "Följs arbetet de beskrivna processerna och rutinerna?",
            "Hur säkerställs kvaliteten i det som köps in?",
            "Hur hanteras det som inte blev som det skulle?",
        ],
    ),
    (
        "iso9001",
        "9",
        "Uppföljning, internrevision och ledningens genomgång",
        [
            "Vad mäts och följs upp, och hur analyseras resultaten?",
            "Hur tas synpunkter från brukare och kunder om hand?",
            "Genomförs internrevision och ledningens genomgång enligt plan?",
        ],
    ),
    (
        "iso9001",
        "10",
        "Förbättring",
        [
            "Hur utreds avvikelser och deras orsaker?",
            "Följs åtgärdernas effekt upp?",
            "Hur tas förbättringsförslag om hand?",
        ],
    ),
    (
        "sosfs",
        "3 kap.",
        "Ledningssystemets uppbyggnad och processer",
        [
            "Är verksamhetens processer och rutiner identifierade och beskrivna?",
            "Är det klart hur samverkan med andra sker?",
        ],
    ),
    (
        "sosfs",
        "4 kap.",
        "Systematiskt förbättringsarbete",
        [
            "Görs riskanalyser inför förändringar?",
            "Utförs egenkontroll med den frekvens som beslutats?",
            "Tas klagomål och rapporter om missförhållanden om hand och sammanställs?",
        ],
    ),
    (
        "sosfs",
        "5 kap.",
        "Personalens medverkan",
        [
            "Vet personalen hur de rapporterar avvikelser och risker?",
        ],
    ),
    (
        "sosfs",
        "6 kap.",
        "Dokumentation av kvalitetsarbetet",
        [
            "Dokumenteras arbetet med ledningssystemet?",
            "Finns en kvalitetsberättelse för året?",
        ],
    ),
    (
        "own",
        "R1",
        "Rutin för introduktion av nyanställda",
        [
            "Får nyanställda introduktion enligt checklistan?",
        ],
    ),
    (
        "own",
        "R2",
        "Rutin för läkemedelshantering",
        [
            "Förvaras och signeras läkemedel enligt rutinen?",
        ],
    ),
]


def add_missing_criteria(Criterion, Question) -> None:
    """Add the catalogue's criteria (and their questions) that are not there yet."""
    for order, (framework, reference, title, questions) in enumerate(CRITERIA):
        criterion, created = Criterion.objects.get_or_create(
            framework=framework,
            reference=reference,
            defaults={"title": title, "order": order},
        )
        if created:
            Question.objects.bulk_create(
                Question(criterion=criterion, text=text, order=i)
                for i, text in enumerate(questions)
            )
