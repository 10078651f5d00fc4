"""The words of the demo: requirements, categories and the kinds of events that happen.

Plain data, read by `deviations.demo`. Everything is invented: no real people, no personal
identity numbers. Legal references are ordinary data (the new socialtjänstlag 2025:400
renumbered its sections on 1 July 2025, so references are kept general).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

# Requirements -----------------------------------------------------------------------------------

# key: (title, kind, reference, owner unit code, url, months until review (negative: overdue),
#       description)
REQUIREMENTS: dict[str, tuple[str, str, str, str, str, int, str]] = {
    "sol": (
        "Socialtjänstlag",
        "law",
        "SoL (2025:400)",
        "soc",
        "https://lagen.nu/2025:400",
        8,
        "Gäller från 1 juli 2025 och ersätter socialtjänstlagen (2001:453).",
    ),
    "sol-2001": (
        "Socialtjänstlag (upphävd 1 juli 2025)",
        "law",
        "SoL (2001:453)",
        "soc",
        "https://lagen.nu/2001:453",
        -5,
        "Gällde för händelser före 1 juli 2025.",
    ),
    "hsl": (
        "Hälso- och sjukvårdslag",
        "law",
        "HSL (2017:30)",
        "soc",
        "https://lagen.nu/2017:30",
        10,
        "Kommunens hälso- och sjukvård i särskilt boende, hemtjänst och daglig verksamhet.",
    ),
    "lss": (
        "Lag om stöd och service till vissa funktionshindrade",
        "law",
        "LSS (1993:387)",
        "soc-fu",
        "https://lagen.nu/1993:387",
        6,
        "",
    ),
    "psl": (
        "Patientsäkerhetslag",
        "law",
        "PSL (2010:659) 3 kap.",
        "soc",
        "https://lagen.nu/2010:659",
        14,
        "Skyldighet att utreda händelser och anmäla allvarliga vårdskador (lex Maria).",
    ),
    "aml": (
        "Arbetsmiljölag",
        "law",
        "AML (1977:1160)",
        "ksf-hr",
        "https://lagen.nu/1977:1160",
        12,
        "Allvarliga olyckor och tillbud anmäls till Arbetsmiljöverket utan dröjsmål.",
    ),
    "skollag": (
        "Skollag",
        "law",
        "Skollagen (2010:800) 6 kap.",
        "buf",
        "https://lagen.nu/2010:800",
        4,
        "Aktiva åtgärder mot kränkande behandling; anmälan till huvudmannen.",
    ),
    "miljobalk": (
        "Miljöbalk",
        "law",
        "MB (1998:808)",
        "mbf",
        "https://lagen.nu/1998:808",
        16,
        "",
    ),
    "lso": (
        "Lag om skydd mot olyckor",
        "law",
        "LSO (2003:778)",
        "ksf",
        "https://lagen.nu/2003:778",
        -2,
        "Systematiskt brandskyddsarbete i kommunens och bolagens lokaler.",
    ),
    "osl": (
        "Offentlighets- och sekretesslag",
        "law",
        "OSL (2009:400)",
        "ksf",
        "https://lagen.nu/2009:400",
        18,
        "",
    ),
    "lou": (
        "Lag om offentlig upphandling",
        "law",
        "LOU (2016:1145)",
        "ksf-eko",
        "https://lagen.nu/2016:1145",
        9,
        "",
    ),
    "gdpr": (
        "Dataskyddsförordningen",
        "regulation",
        "GDPR (EU) 2016/679 art. 33",
        "ksf",
        "https://eur-lex.europa.eu/eli/reg/2016/679/oj",
        7,
        "Personuppgiftsincidenter anmäls till IMY inom 72 timmar från att de upptäckts.",
    ),
    "sosfs-2011-9": (
        "Ledningssystem för systematiskt kvalitetsarbete",
        "regulation",
        "SOSFS 2011:9",
        "soc",
        "https://www.socialstyrelsen.se/",
        -3,
        "Egenkontroll, avvikelsehantering, klagomål och synpunkter (5 kap.).",
    ),
    "lex-sarah": (
        "Lex Sarah – rapportering av missförhållanden",
        "regulation",
        "SOSFS 2011:5",
        "soc",
        "https://www.socialstyrelsen.se/",
        5,
        "Missförhållanden och risker för missförhållanden rapporteras, utreds och avhjälps.",
    ),
    "lex-maria": (
        "Lex Maria – anmälan av allvarliga vårdskador",
        "regulation",
        "HSLF-FS 2017:41",
        "soc",
        "https://www.socialstyrelsen.se/",
        11,
        "MAS anmäler händelser som medfört eller kunnat medföra allvarlig vårdskada till IVO.",
    ),
    "lakemedel-fs": (
        "Ordination och hantering av läkemedel i hälso- och sjukvården",
        "regulation",
        "HSLF-FS 2017:37",
        "soc",
        "https://www.socialstyrelsen.se/",
        13,
        "",
    ),
    "afs": (
        "Systematiskt arbetsmiljöarbete – grundläggande skyldigheter för arbetsgivare",
        "regulation",
        "AFS 2023:1",
        "ksf-hr",
        "https://www.av.se/",
        -1,
        "",
    ),
    "iso-9001": (
        "Ledningssystem för kvalitet",
        "standard",
        "ISO 9001:2015 10.2",
        "koncern",
        "",
        20,
        "Avvikelser och korrigerande åtgärder.",
    ),
    "iso-14001": (
        "Miljöledningssystem",
        "standard",
        "ISO 14001:2015",
        "energi",
        "",
        15,
        "",
    ),
    "infosak-policy": (
        "Informationssäkerhetspolicy",
        "policy",
        "KF 2024-03-18 § 41",
        "ksf-it",
        "https://intranat.exempelkommun.se/styrdokument/informationssakerhetspolicy",
        -4,
        "",
    ),
    "inkopspolicy": (
        "Inköps- och upphandlingspolicy",
        "policy",
        "KF 2023-11-20 § 112",
        "ksf-eko",
        "https://intranat.exempelkommun.se/styrdokument/inkopspolicy",
        3,
        "",
    ),
    "attestordning": (
        "Attestordning",
        "guideline",
        "KS 2024-01-15 § 7",
        "ksf-eko",
        "https://intranat.exempelkommun.se/styrdokument/attestordning",
        2,
        "",
    ),
    "dokumentation": (
        "Riktlinje för social dokumentation",
        "guideline",
        "SN 2025-09-02 § 88",
        "soc",
        "https://intranat.exempelkommun.se/soc/riktlinje-dokumentation",
        1,
        "Genomförandeplaner följs upp minst var sjätte månad och när behoven ändras.",
    ),
    "synpunkter": (
        "Riktlinje för synpunkter och klagomål",
        "guideline",
        "KS 2023-05-08 § 61",
        "ksf-kom",
        "https://intranat.exempelkommun.se/styrdokument/synpunkter",
        -6,
        "Svar inom 30 dagar.",
    ),
    "rutin-lakemedel": (
        "Rutin för läkemedelshantering",
        "routine",
        "MAS-rutin 2.1",
        "soc-ao",
        "https://intranat.exempelkommun.se/soc/rutiner/lakemedel",
        2,
        "Signering, delegering, dosdispenserade läkemedel och narkotikainventering.",
    ),
    "rutin-fall": (
        "Rutin för fallprevention",
        "routine",
        "MAS-rutin 3.4",
        "soc-ao",
        "https://intranat.exempelkommun.se/soc/rutiner/fallprevention",
        -2,
        "Fallriskbedömning vid inflyttning, vid förändrat hälsotillstånd och var sjätte månad.",
    ),
    "rutin-hot": (
        "Rutin vid hot och våld",
        "routine",
        "HR-rutin 4",
        "ksf-hr",
        "https://intranat.exempelkommun.se/hr/hot-och-vald",
        5,
        "",
    ),
    "rutin-pui": (
        "Rutin för hantering av personuppgiftsincidenter",
        "routine",
        "DSO-rutin 1",
        "ksf",
        "https://intranat.exempelkommun.se/dataskydd/personuppgiftsincident",
        8,
        "",
    ),
    "rutin-nycklar": (
        "Rutin för nyckel- och larmhantering i hemtjänsten",
        "routine",
        "HT-rutin 7",
        "soc-ao",
        "",
        -1,
        "",
    ),
    "rutin-tillsyn": (
        "Rutin för tillsyn av barn på förskolans gård och vid utflykter",
        "routine",
        "BUF-rutin 12",
        "buf-fsk",
        "",
        6,
        "",
    ),
    "rutin-kemikalier": (
        "Rutin för kemikalie- och avfallshantering",
        "routine",
        "Bostadsbolaget MR 3",
        "bost",
        "",
        4,
        "",
    ),
    "rutin-behorighet": (
        "Rutin för behörighetsadministration",
        "routine",
        "IT-rutin 5",
        "ksf-it",
        "",
        -8,
        "Konton avslutas samma dag som anställningen upphör.",
    ),
}


# Categories -------------------------------------------------------------------------------------

# parent: [(child, is_sensitive, asks_ia_number, description)]. Falls and medication errors are
# so common in elderly care that making them confidential by default would hide most of the
# register; the cases that carry personal data by nature (lex Sarah/Maria, breaches,
# kränkande behandling) are confidential by default.
CATEGORIES: dict[str, list[tuple[str, bool, bool, str]]] = {
    "Vård och omsorg": [
        ("Fall", False, False, "Fall och fallolyckor hos brukare och patienter."),
        ("Läkemedel", False, False, "Utebliven, felaktig eller dubbel dos, signering, förvaring."),
        ("Utebliven eller felaktig insats", False, False, "Beviljad insats som inte gavs."),
        ("Missförhållande (lex Sarah)", True, False, "Missförhållande eller risk för det."),
        ("Vårdskada (lex Maria)", True, False, "Händelse som gav eller kunde ge vårdskada."),
        ("Dokumentation", False, False, "Journal, genomförandeplan, social dokumentation."),
    ],
    "Arbetsmiljö": [
        ("Tillbud", False, True, "Händelse som kunde ha lett till skada."),
        ("Olycka", False, True, "Arbetsskada; rapporteras också i IA-systemet."),
        ("Hot och våld", False, True, ""),
        ("Organisatorisk och social arbetsmiljö", False, False, "Arbetsbelastning, bemanning."),
    ],
    "Informationssäkerhet": [
        ("Personuppgiftsincident", True, False, "Anmäls till IMY inom 72 timmar om den är risk."),
        ("Behörighet och åtkomst", False, False, ""),
    ],
    "Miljö": [
        ("Utsläpp och spill", False, False, ""),
        ("Avfall och kemikalier", False, False, ""),
    ],
    "IT": [
        ("Driftstörning", False, False, ""),
        ("Systemfel", False, False, ""),
    ],
    "Bemötande": [
        ("Bemötande", False, False, "Klagomål på hur någon blev bemött."),
        ("Service och tillgänglighet", False, False, "Svarstider, information, tillgänglighet."),
    ],
    "Ekonomi": [
        ("Fakturering och betalning", False, False, ""),
        ("Inköp och avtal", False, False, ""),
    ],
    "Skola och förskola": [
        ("Kränkande behandling", True, False, "Skollagen 6 kap."),
        ("Tillsyn av barn och elever", False, False, ""),
        ("Olycksfall barn och elever", False, False, ""),
    ],
    "Handläggning": [
        ("Handläggningstid", False, False, "Ärenden som inte avgjorts inom lagstadgad tid."),
    ],
    "Fastighet och säkerhet": [
        ("Brandskydd", False, False, ""),
        ("Fastighetsskada", False, False, ""),
    ],
}


# Events -----------------------------------------------------------------------------------------

SOL = ("soc-solg",)
HT = ("soc-htn", "soc-hts")
AO = SOL + HT
LSS = ("soc-bjork", "soc-dv")
FSK = ("buf-ekorren", "buf-humlan")
SKOLA = ("buf-central", "buf-vastra", "buf-gy")


@dataclass(frozen=True)
class Scenario:
    """A kind of event, with what a good investigation of it finds and does."""

    category: tuple[str, str]
    units: tuple[str, ...]
    requirement: str
    title: str
    description: str
    immediate_action: str
    location: str
    causes: tuple[str, ...]
    why: tuple[str, ...]  # the five whys, as question/answer lines
    actions: tuple[tuple[str, str], ...]  # (Action.Kind value, title)
    evaluation: str
    risk: tuple[int, int] = (2, 2)  # typical probability, consequence
    weight: int = 1

    def requirement_at(self, when: datetime.datetime) -> str:
        if self.requirement == "sol" and when.date() < datetime.date(2025, 7, 1):
            return "sol-2001"
        return self.requirement

    @property
    def cause_analysis(self) -> str:
        return "\n".join(f"{number}. {line}" for number, line in enumerate(self.why, start=1))


SCENARIOS: tuple[Scenario, ...] = (
    Scenario(
        ("Vård och omsorg", "Fall"),
        SOL,
        "rutin-fall",
        "Fall nattetid i samband med toalettbesök",
        "En boende hittades sittande på golvet bredvid sängen vid nattillsynen kl. 03.15. "
        "Den boende hade försökt gå till toaletten själv. Sänglarmet var inte påslaget.",
        "Sjuksköterska undersökte den boende: inga synliga skador. Sänglarmet slogs på och "
        "anhöriga informerades på morgonen.",
        "Avdelning Eken",
        ("method", "equipment"),
        (
            "Varför föll den boende? Hen försökte gå till toaletten utan stöd.",
            "Varför kom ingen personal? Sänglarmet var avstängt.",
            "Varför var larmet avstängt? Det stängdes av vid bäddning och slogs inte på igen.",
            "Varför märktes det inte? Kontroll av larm ingår inte i kvällens checklista.",
            "Varför inte? Checklistan har inte uppdaterats sedan larmen infördes.",
        ),
        (
            ("correction", "Kontrollera att sänglarm är påslagna vid kvällstillsynen"),
            ("corrective", "Uppdatera kvällens checklista med kontroll av sänglarm"),
            ("preventive", "Fallriskbedömning för alla boende på avdelningen"),
        ),
        "Inga nya fall nattetid på avdelningen under tre månader efter åtgärderna. Stickprov "
        "visar att larmkontrollen görs och signeras.",
        risk=(3, 3),
        weight=6,
    ),
    Scenario(
        ("Vård och omsorg", "Fall"),
        HT,
        "rutin-fall",
        "Brukare halkade i duschen",
        "Under dusch halkade brukaren på det våta golvet när hen skulle sätta sig på "
        "duschstolen. Personalen fångade delvis upp fallet.",
        "Brukaren fick hjälp upp, sjuksköterska kontrollerade: blåmärke på höften. Anhörig och "
        "biståndshandläggare informerades.",
        "Brukarens bostad",
        ("equipment", "environment"),
        (
            "Varför halkade brukaren? Golvet var vått och saknade halkskydd.",
            "Varför saknades halkskydd? Det hade inte bedömts behövas vid starten.",
            "Varför gjordes ingen ny bedömning? Brukarens balans har försämrats sedan dess.",
            "Varför fångades förändringen inte upp? Genomförandeplanen följdes inte upp i tid.",
            "Varför inte? Uppföljningarna hade skjutits upp under semesterperioden.",
        ),
        (
            ("correction", "Halkskyddsmatta i duschen"),
            ("corrective", "Arbetsterapeut gör hembesök och bedömer hjälpmedel"),
            ("preventive", "Uppföljning av genomförandeplaner som skjutits upp i sommar"),
        ),
        "Arbetsterapeutens bedömning är gjord och hjälpmedel på plats. Inga nya fall.",
        risk=(3, 2),
        weight=4,
    ),
    Scenario(
        ("Vård och omsorg", "Fall"),
        ("soc-bjork",),
        "rutin-fall",
        "Boende föll i trappan till gemensamhetsrummet",
        "En boende snubblade i trappan på väg till gemensamhetsrummet efter middagen. "
        "Ledstången på ena sidan var lös.",
        "Personal hjälpte den boende, som fick ett skrapsår på knät. Trappan spärrades av.",
        "Trapphuset, plan 1",
        ("environment", "equipment"),
        (
            "Varför föll den boende? Hen tappade greppet om ledstången.",
            "Varför? Ledstången satt löst.",
            "Varför var den lös? Felanmälan gjordes för tre veckor sedan men åtgärdades inte.",
            "Varför inte? Felanmälan hade prioriterats som ej brådskande.",
            "Varför? Felanmälan beskrev inte att boende med gångsvårigheter använder trappan.",
        ),
        (
            ("correction", "Ledstången skruvas fast"),
            ("corrective", "Felanmälningar om tillgänglighet märks som brådskande"),
        ),
        "Ledstången är åtgärdad och rutinen för felanmälan ändrad i samråd med Bostadsbolaget.",
        risk=(2, 3),
    ),
    Scenario(
        ("Vård och omsorg", "Läkemedel"),
        SOL,
        "rutin-lakemedel",
        "Kvällsdos läkemedel inte given",
        "Vid överlämningen upptäcktes att kvällsdosen i dosrullen för en boende inte var "
        "given. Signering saknades i signeringslistan.",
        "Sjuksköterskan bedömde att dosen inte skulle ges i efterhand. Ansvarig läkare "
        "informerades.",
        "Avdelning Linden",
        ("method", "communication", "people"),
        (
            "Varför gavs inte dosen? Den som hade delegering trodde att kollegan gett den.",
            "Varför trodde hen det? Fördelningen av läkemedelsrundan sades muntligt.",
            "Varför muntligt? Det finns ingen skriftlig fördelning när bemanningen ändras.",
            "Varför kontrollerades inte signeringslistan? Kontrollen görs först på natten.",
            "Varför så sent? Rutinen för kontroll vid överlämning är inte känd av alla.",
        ),
        (
            ("corrective", "Dubbelkontroll av signeringslistan vid kvällsöverlämningen"),
            ("improvement", "Utbildning i läkemedelshantering för vikarier"),
            ("preventive", "Se över delegeringar inför sommaren"),
        ),
        "Inga missade doser på avdelningen de senaste tre månaderna. Signeringslistorna "
        "granskas av sjuksköterska varje vecka.",
        risk=(3, 3),
        weight=6,
    ),
    Scenario(
        ("Vård och omsorg", "Läkemedel"),
        HT,
        "rutin-lakemedel",
        "Dospåse från fel dag gavs",
        "Vid lunchbesöket gavs dospåsen för nästa dag i stället för dagens. Felet upptäcktes "
        "vid kvällsbesöket när dagens påse låg kvar.",
        "Sjuksköterska kontaktades och bedömde läget; ingen ytterligare dos gavs på kvällen. "
        "Brukaren observerades under natten.",
        "Brukarens bostad",
        ("people", "method"),
        (
            "Varför gavs fel påse? Datumet på påsen kontrollerades inte.",
            "Varför inte? Personalen hade bråttom på grund av en försenad rutt.",
            "Varför var rutten försenad? Två besök hade lagts till samma förmiddag.",
            "Varför påverkade det kontrollen? Kontrollen av datum är inte ett eget moment.",
            "Varför inte? Rutinen för dosdispenserade läkemedel saknar det steget.",
        ),
        (
            ("corrective", "Lägg till kontroll av datum och namn i rutinen för dospåsar"),
            ("improvement", "Repetition av läkemedelsrutinen på arbetsplatsträff"),
        ),
        "Rutinen är uppdaterad och genomgången med all personal. Inga liknande händelser sedan.",
        risk=(2, 3),
        weight=3,
    ),
    Scenario(
        ("Vård och omsorg", "Läkemedel"),
        SOL,
        "lakemedel-fs",
        "Narkotikaklassat läkemedel saknas vid inventering",
        "Vid månadsinventeringen saknades två tabletter av ett narkotikaklassat läkemedel "
        "jämfört med förbrukningsjournalen.",
        "Sjuksköterska och enhetschef räknade om tillsammans. MAS informerades samma dag.",
        "Läkemedelsrummet",
        ("method", "organisation"),
        (
            "Varför stämmer inte saldot? Två uttag har inte förts in i förbrukningsjournalen.",
            "Varför inte? Uttagen gjordes vid en akut situation nattetid.",
            "Varför fördes de inte in efteråt? Det fanns ingen påminnelse vid överlämning.",
            "Varför? Överlämningen tar inte upp narkotikauttag.",
            "Varför? Rutinen skrevs innan nattpatrullen fick tillgång till läkemedelsrummet.",
        ),
        (
            ("corrective", "Narkotikauttag blir en fast punkt i överlämningen"),
            ("preventive", "Inventering varannan vecka under ett halvår"),
        ),
        "Saldot har stämt vid alla inventeringar sedan åtgärderna infördes.",
        risk=(2, 4),
        weight=2,
    ),
    Scenario(
        ("Vård och omsorg", "Läkemedel"),
        LSS,
        "rutin-lakemedel",
        "Läkemedel gavs av personal utan giltig delegering",
        "Vid genomgång av delegeringar upptäcktes att en medarbetare gett läkemedel i två "
        "veckor efter att delegeringen gått ut.",
        "Medarbetaren fick inte ge läkemedel förrän ny delegering fanns. Sjuksköterska "
        "informerades.",
        "LSS-boendet",
        ("organisation", "method"),
        (
            "Varför gavs läkemedel utan delegering? Ingen visste att den gått ut.",
            "Varför inte? Delegeringarnas slutdatum bevakas inte.",
            "Varför inte? Listan över delegeringar förs på papper av sjuksköterskan.",
            "Varför på papper? Det digitala stödet har inte införts i funktionsstöd.",
            "Varför inte? Införandet prioriterades bort vid budgetarbetet.",
        ),
        (
            ("correction", "Ny delegering för berörd medarbetare"),
            ("corrective", "Månatlig bevakning av delegeringar som går ut"),
        ),
        "Bevakningen görs varje månad och inga utgångna delegeringar har hittats sedan.",
        risk=(2, 3),
        weight=2,
    ),
    Scenario(
        ("Vård och omsorg", "Utebliven eller felaktig insats"),
        HT,
        "sol",
        "Planerat lunchbesök uteblev",
        "Ett planerat lunchbesök blev inte av. Besöket låg kvar på en rutt som ändrats i "
        "planeringssystemet samma morgon.",
        "Brukaren kontaktades och mat levererades kl. 14.30. Anhöriga informerades.",
        "Hemtjänstens planering",
        ("method", "equipment"),
        (
            "Varför uteblev besöket? Det fanns inte på någon medarbetares lista.",
            "Varför inte? Rutten ändrades efter att listorna skickats ut.",
            "Varför märktes det inte? Systemet varnar inte för besök utan utförare.",
            "Varför kontrollerades det inte manuellt? Ingen kontroll görs efter ändringar.",
            "Varför? Rutinen för ändringar under dagen saknas.",
        ),
        (
            ("corrective", "Rutin för kontroll av obemannade besök efter ändringar"),
            ("improvement", "Begär varning för besök utan utförare av systemleverantören"),
        ),
        "Inga uteblivna besök på grund av ändringar under tre månader.",
        risk=(3, 2),
        weight=4,
    ),
    Scenario(
        ("Vård och omsorg", "Utebliven eller felaktig insats"),
        HT,
        "sol",
        "Trygghetslarm besvarades inte inom utlovad tid",
        "Ett trygghetslarm kl. 22.40 besvarades först efter 55 minuter. Utlovad tid är 30 "
        "minuter. Brukaren hade ramlat men var oskadd.",
        "Brukaren fick hjälp upp och tillsyn. Nattpatrullen fick förstärkning resten av natten.",
        "Larmgruppen",
        ("organisation", "equipment"),
        (
            "Varför dröjde svaret? Nattpatrullen var på ett annat larm långt bort.",
            "Varför fanns ingen annan? Nattpatrullen är bemannad med två personer.",
            "Varför räckte det inte? Tre larm kom inom tio minuter.",
            "Varför fanns ingen reserv? Beredskapen för toppar är inte planerad.",
            "Varför inte? Larmstatistiken har inte använts i bemanningsplaneringen.",
        ),
        (
            ("corrective", "Reservpersonal i beredskap helger och kvällar"),
            ("improvement", "Larmstatistik redovisas månadsvis till ledningsgruppen"),
        ),
        "Svarstiden har legat inom 30 minuter i 98 procent av larmen de senaste två månaderna.",
        risk=(2, 4),
        weight=2,
    ),
    Scenario(
        ("Vård och omsorg", "Utebliven eller felaktig insats"),
        ("soc-dv",),
        "lss",
        "Ledsagning ställdes in utan besked",
        "En planerad ledsagning till en fritidsaktivitet ställdes in utan att den enskilde "
        "fick besked. Hen väntade vid entrén i en timme.",
        "Enhetschef ringde och bad om ursäkt. Ny tid bokades samma vecka.",
        "Daglig verksamhet",
        ("communication",),
        (
            "Varför fick den enskilde inget besked? Ingen visste vem som skulle ringa.",
            "Varför inte? Ledsagaren blev sjuk och återbudet kom till fel telefon.",
            "Varför fel telefon? Numret i schemat var gammalt.",
            "Varför gammalt? Ändringar av kontaktuppgifter förs inte över till schemat.",
            "Varför? Ansvaret för schemat är otydligt.",
        ),
        (("corrective", "Utse ansvarig för schemat och uppdatera kontaktuppgifter"),),
        "Ansvaret är tydligt och inga inställda ledsagningar utan besked sedan dess.",
    ),
    Scenario(
        ("Vård och omsorg", "Missförhållande (lex Sarah)"),
        SOL,
        "lex-sarah",
        "Boende utan tillsyn under fyra timmar",
        "Under kvällen upptäcktes att en boende som enligt genomförandeplanen ska ha tillsyn "
        "varje timme inte hade haft tillsyn på fyra timmar.",
        "Den boende fick omedelbar hjälp. Enhetschef och SAS informerades samma kväll. "
        "Rapport enligt lex Sarah upprättad.",
        "Avdelning Eken",
        ("organisation", "communication"),
        (
            "Varför uteblev tillsynen? Tillsynen fanns inte med i kvällens arbetsfördelning.",
            "Varför inte? Genomförandeplanen hade ändrats men inte arbetsfördelningen.",
            "Varför? Ändringar i planen meddelas muntligt på morgonmötet.",
            "Varför nådde det inte kvällen? Kvällspersonalen deltar inte på morgonmötet.",
            "Varför? Det saknas skriftlig överföring av ändringar mellan passen.",
        ),
        (
            ("correction", "Tillsynslista för kvällen uppdaterad"),
            ("corrective", "Skriftlig överföring av ändringar i genomförandeplaner"),
            ("preventive", "Genomgång av alla tillsynsbeslut på enheten"),
        ),
        "SAS bedömde att missförhållandet inte var allvarligt. Tillsynen har följts enligt "
        "stickprov under tre månader.",
        risk=(2, 4),
        weight=2,
    ),
    Scenario(
        ("Vård och omsorg", "Missförhållande (lex Sarah)"),
        ("soc-bjork",),
        "lex-sarah",
        "Boende fick inte delta i planerad aktivitet på grund av bemanning",
        "En boende som enligt beslut har rätt till ledsagning till en aktivitet varje vecka "
        "har fått sin aktivitet inställd fyra veckor i rad på grund av bemanningen.",
        "Enhetschef informerad; rapport enligt lex Sarah. Ny planering för de kommande veckorna.",
        "LSS-boendet Björken",
        ("organisation",),
        (
            "Varför ställdes aktiviteten in? Det saknades personal.",
            "Varför? Vakanser har inte tillsatts.",
            "Varför prioriterades aktiviteten bort? Ingen bedömning av rätten till insatsen.",
            "Varför? Personalen visste inte att insatsen var beslutad enligt LSS.",
            "Varför? Besluten är inte kända i arbetsgruppen.",
        ),
        (
            ("corrective", "Beslutade insatser gås igenom med hela arbetsgruppen"),
            ("preventive", "Bemanningsplan som säkrar beslutade aktiviteter"),
        ),
        "Aktiviteten har genomförts varje vecka sedan åtgärderna.",
        risk=(3, 3),
    ),
    Scenario(
        ("Vård och omsorg", "Missförhållande (lex Sarah)"),
        ("soc-bu",),
        "sol",
        "Barnavårdsutredning inte avslutad inom fyra månader",
        "En barnavårdsutredning har pågått i fem månader utan beslut om förlängning.",
        "Enhetschef informerades och utredningen prioriterades. Rapport enligt lex Sarah.",
        "Barn och unga",
        ("organisation", "method"),
        (
            "Varför drog utredningen ut på tiden? Handläggaren slutade under utredningen.",
            "Varför togs den inte över direkt? Ärendet fördelades först efter sex veckor.",
            "Varför? Det fanns ingen bevakning av ärenden utan handläggare.",
            "Varför inte? Verksamhetssystemets bevakningslista används inte.",
            "Varför? Rutinen för överlämning vid avslut är inte känd.",
        ),
        (
            ("corrective", "Veckovis genomgång av utredningstider i arbetsgruppen"),
            ("corrective", "Rutin för överlämning av ärenden när handläggare slutar"),
        ),
        "Alla utredningar har avslutats inom lagstadgad tid det senaste kvartalet.",
        risk=(3, 3),
        weight=2,
    ),
    Scenario(
        ("Vård och omsorg", "Vårdskada (lex Maria)"),
        SOL,
        "lex-maria",
        "Trycksår upptäcktes sent hos sängliggande boende",
        "Ett trycksår i kategori 3 upptäcktes på hälen hos en sängliggande boende. Enligt "
        "dokumentationen hade huden inte inspekterats på en vecka.",
        "Sjuksköterska lade om såret och ordnade tryckavlastning. MAS informerades.",
        "Avdelning Linden",
        ("method", "communication"),
        (
            "Varför upptäcktes såret sent? Huden inspekterades inte dagligen.",
            "Varför inte? Riskbedömningen för trycksår var inte gjord.",
            "Varför inte? Den boende flyttade in under en helg.",
            "Varför gjordes den inte senare? Inflyttningsrutinen har ingen tidsgräns.",
            "Varför? Rutinen skrevs före nuvarande riktlinje för riskbedömningar.",
        ),
        (
            ("correction", "Tryckavlastande madrass och vändschema"),
            ("corrective", "Riskbedömning inom tre dagar efter inflyttning"),
        ),
        "MAS anmälde händelsen till IVO. Riskbedömningar görs nu inom tre dagar enligt "
        "granskning av tio nya inflyttningar.",
        risk=(2, 4),
        weight=2,
    ),
    Scenario(
        ("Vård och omsorg", "Vårdskada (lex Maria)"),
        HT,
        "lex-maria",
        "Insulin gavs två gånger samma morgon",
        "En brukare fick sin morgondos insulin två gånger: först av nattpatrullen och sedan "
        "av morgonpersonalen.",
        "Sjuksköterska kontrollerade blodsocker varje timme under dagen. Läkare kontaktades.",
        "Brukarens bostad",
        ("communication", "method"),
        (
            "Varför gavs dosen två gånger? Den första gången signerades inte.",
            "Varför inte? Signeringen görs i appen, som inte hade täckning.",
            "Varför kontrollerades inte pennan? Dosräknaren kontrolleras inte enligt rutinen.",
            "Varför inte? Rutinen förutsätter att signeringen alltid fungerar.",
            "Varför? Rutinen togs fram innan signering i mobilen infördes.",
        ),
        (
            ("correction", "Pappersblankett som reserv när appen saknar täckning"),
            ("corrective", "Kontroll av insulinpennans dosminne före varje dos"),
        ),
        "MAS bedömde att händelsen kunde ha medfört allvarlig vårdskada och anmälde till IVO. "
        "Inga dubbla doser sedan åtgärderna.",
        risk=(2, 4),
    ),
    Scenario(
        ("Vård och omsorg", "Dokumentation"),
        AO + LSS,
        "dokumentation",
        "Genomförandeplan inte uppdaterad efter ändrat behov",
        "Vid en anhörigträff framkom att genomförandeplanen inte har uppdaterats sedan "
        "behoven ändrades för fyra månader sedan.",
        "Kontaktpersonen bokade tid för uppdatering av planen tillsammans med brukaren.",
        "",
        ("method", "organisation"),
        (
            "Varför uppdaterades inte planen? Kontaktpersonen var föräldraledig.",
            "Varför tog ingen annan över? Det finns ingen ersättare för kontaktpersoner.",
            "Varför inte? Rutinen nämner inte frånvaro.",
            "Varför upptäcktes det inte? Uppföljningsdatum bevakas inte.",
            "Varför? Bevakningen förutsätter att kontaktpersonen är i tjänst.",
        ),
        (("corrective", "Ersättare för kontaktperson vid frånvaro längre än två veckor"),),
        "Alla genomförandeplaner på enheten är uppföljda inom sex månader.",
        weight=2,
    ),
    Scenario(
        ("Arbetsmiljö", "Tillbud"),
        AO,
        "afs",
        "Nära att skadas vid förflyttning med lift – selen var sliten",
        "Vid förflyttning med taklift gick en söm i lyftselen upp. Brukaren kunde sänkas ner "
        "i sängen utan att skadas.",
        "Selen kasserades och ersattes. Alla selar på avdelningen kontrollerades samma dag.",
        "",
        ("equipment",),
        (
            "Varför gick sömmen upp? Selen var sliten.",
            "Varför användes den? Slitaget syntes inte utan att vända selen.",
            "Varför kontrollerades den inte? Selar ingår inte i den årliga kontrollen.",
            "Varför inte? Kontrollen omfattar bara liftarna.",
            "Varför? Avtalet med hjälpmedelscentralen täcker inte selar.",
        ),
        (
            ("correction", "Kassera och ersätt slitna selar"),
            ("preventive", "Kvartalsvis kontroll av lyftselar"),
        ),
        "Selarna kontrolleras varje kvartal; två slitna selar har bytts ut i tid.",
        risk=(2, 3),
        weight=3,
    ),
    Scenario(
        ("Arbetsmiljö", "Tillbud"),
        ("bost-drift",),
        "aml",
        "Stege gled vid arbete i trapphus",
        "En fastighetsskötare stod på en stege för att byta armatur i ett trapphus. Stegen "
        "gled på det nytvättade golvet men hen hann kliva ner.",
        "Arbetet avbröts och återupptogs med stegfötter och en kollega som höll stegen.",
        "Trapphus, Storgatan 12",
        ("equipment", "method"),
        (
            "Varför gled stegen? Golvet var vått och stegen saknade halkskydd.",
            "Varför saknades halkskydd? Stegfötterna var utslitna.",
            "Varför byttes de inte? Stegar ingår inte i egenkontrollen.",
            "Varför var golvet vått? Städningen var schemalagd samtidigt.",
            "Varför? Städ- och driftscheman samordnas inte.",
        ),
        (
            ("correction", "Nya stegfötter på alla stegar"),
            ("corrective", "Stegar läggs till i egenkontrollen"),
        ),
        "Egenkontrollen omfattar stegar och inga nya tillbud med stegar har rapporterats.",
        risk=(2, 3),
        weight=2,
    ),
    Scenario(
        ("Arbetsmiljö", "Tillbud"),
        ("energi-elnat",),
        "aml",
        "Tillbud vid arbete nära spänningsförande ledning",
        "Vid arbete i en nätstation upptäcktes att en kabel som skulle vara frånkopplad "
        "fortfarande var spänningsförande.",
        "Arbetet avbröts. Kabeln frånkopplades och spänningslöshet kontrollerades.",
        "Nätstation 14",
        ("method", "communication"),
        (
            "Varför var kabeln spänningsförande? Frånkopplingen gjordes på fel fack.",
            "Varför fel fack? Märkningen i stationen stämde inte med ritningen.",
            "Varför inte? Ombyggnaden i fjol dokumenterades inte.",
            "Varför upptäcktes det inte? Spänningsprov gjordes inte före arbetet.",
            "Varför inte? Arbetsplaneringen tog inte upp spänningsprov.",
        ),
        (
            ("correction", "Ny märkning i nätstationen"),
            ("corrective", "Spänningsprov blir obligatoriskt steg i arbetsplaneringen"),
            ("preventive", "Genomgång av märkning i alla ombyggda stationer"),
        ),
        "Märkningen är kontrollerad i alla tolv ombyggda stationer. Spänningsprov dokumenteras.",
        risk=(2, 4),
        weight=2,
    ),
    Scenario(
        ("Arbetsmiljö", "Olycka"),
        AO,
        "aml",
        "Medarbetare skadade ryggen vid förflyttning",
        "En medarbetare fick ont i ryggen när hen hjälpte en brukare från säng till rullstol "
        "utan hjälpmedel.",
        "Medarbetaren gick hem och fick kontakt med företagshälsovården. Arbetsskada anmäld.",
        "",
        ("method", "equipment"),
        (
            "Varför skadades medarbetaren? Förflyttningen gjordes utan hjälpmedel.",
            "Varför? Glidlakanet fanns inte i bostaden.",
            "Varför inte? Det hade tagits med till tvätt.",
            "Varför fanns inget reservlakan? Bara ett glidlakan per brukare finns.",
            "Varför? Behovet av reserv har inte bedömts.",
        ),
        (
            ("correction", "Reservglidlakan till brukare med förflyttningsbehov"),
            ("improvement", "Förflyttningsutbildning för all personal"),
        ),
        "Alla med förflyttningsbehov har reservhjälpmedel. Utbildningen är genomförd.",
        risk=(2, 3),
        weight=2,
    ),
    Scenario(
        ("Arbetsmiljö", "Olycka"),
        ("bost-drift",),
        "aml",
        "Halkolycka på isig gångväg vid rondering",
        "En fastighetsskötare halkade på en isig gångväg vid morgonronderingen och slog i "
        "armbågen.",
        "Första hjälpen på plats; röntgen visade ingen fraktur. Gångvägen sandades.",
        "Gångväg mellan hus 3 och 4",
        ("environment", "organisation"),
        (
            "Varför halkade hen? Gångvägen var isig.",
            "Varför var den inte sandad? Halkbekämpningen startar kl. 7.",
            "Varför ronderade hen före dess? Ronderingen börjar kl. 6.",
            "Varför är tiderna olika? Entreprenörens avtal är inte samordnat med driften.",
            "Varför? Avtalet skrevs innan ronderingen flyttades tidigare.",
        ),
        (
            ("correction", "Broddar till all driftpersonal"),
            ("corrective", "Halkbekämpning före kl. 6 vid minusgrader"),
        ),
        "Avtalet är ändrat och inga halkolyckor har inträffat under vintern.",
        risk=(3, 2),
        weight=2,
    ),
    Scenario(
        ("Arbetsmiljö", "Olycka"),
        ("energi-fv",),
        "aml",
        "Brännskada vid arbete i fjärrvärmecentral",
        "En tekniker fick en brännskada på handen av en oisolerad ventil vid service.",
        "Handen kyldes och såret lades om. Isolering beställdes.",
        "Fjärrvärmecentral Västra",
        ("equipment", "environment"),
        (
            "Varför brände hen sig? Ventilen var oisolerad.",
            "Varför? Isoleringen togs bort vid ett byte och sattes inte tillbaka.",
            "Varför inte? Bytet gjordes av en entreprenör.",
            "Varför kontrollerades det inte? Slutbesiktning saknas för mindre arbeten.",
            "Varför? Rutinen för entreprenörer gäller bara större arbeten.",
        ),
        (
            ("correction", "Isolera ventilen"),
            ("corrective", "Slutkontroll även efter mindre entreprenörsarbeten"),
        ),
        "Slutkontrollerna görs och dokumenteras.",
        risk=(2, 3),
    ),
    Scenario(
        ("Arbetsmiljö", "Hot och våld"),
        AO,
        "rutin-hot",
        "Anhörig uppträdde hotfullt vid besök",
        "En anhörig blev arg över att en planerad aktivitet ställts in och uppträdde hotfullt "
        "mot personalen i korridoren.",
        "Personalen drog sig undan och larmade enhetschef. Samtal med den anhörige dagen efter.",
        "",
        ("communication",),
        (
            "Varför blev den anhörige arg? Hen hade inte fått veta att aktiviteten ställts in.",
            "Varför inte? Ingen ansvarade för att informera anhöriga.",
            "Varför? Rutinen för information till anhöriga gäller bara vid sjukdom.",
            "Varför hanterades situationen ensam? Personalen var ensam på avdelningen.",
            "Varför? Kvällsbemanningen är en person per avdelning.",
        ),
        (
            ("corrective", "Rutin för information till anhöriga vid ändrade aktiviteter"),
            ("improvement", "Utbildning i konflikthantering"),
        ),
        "Inga nya hotfulla situationer med anhöriga har rapporterats.",
        risk=(2, 3),
        weight=2,
    ),
    Scenario(
        ("Arbetsmiljö", "Hot och våld"),
        ("soc-fs",),
        "rutin-hot",
        "Besökare hotade handläggare i receptionen",
        "En besökare som fått avslag på ansökan om försörjningsstöd hotade en handläggare "
        "verbalt i receptionen.",
        "Handläggaren lämnade receptionen; väktare tillkallades. Polisanmälan gjordes.",
        "Receptionen, plan 1",
        ("environment", "organisation"),
        (
            "Varför kunde besökaren komma nära? Receptionen saknar skydd.",
            "Varför? Ombyggnaden har skjutits upp.",
            "Varför larmade inte handläggaren? Larmknappen fanns i ett annat rum.",
            "Varför? Möbleringen ändrades utan hänsyn till larmet.",
            "Varför? Ingen riskbedömning gjordes vid ändringen.",
        ),
        (
            ("correction", "Flytta larmknappen till receptionsdisken"),
            ("corrective", "Riskbedömning vid ändringar i receptionen"),
        ),
        "Larmet är flyttat och provat; riskbedömningen är gjord.",
        risk=(2, 3),
        weight=2,
    ),
    Scenario(
        ("Arbetsmiljö", "Hot och våld"),
        SKOLA,
        "rutin-hot",
        "Elev hotade lärare under lektion",
        "En elev hotade en lärare verbalt efter en tillsägelse under lektionen.",
        "Läraren avbröt lektionen och kontaktade rektor. Vårdnadshavare kontaktades.",
        "Klassrum",
        ("organisation",),
        (
            "Varför eskalerade situationen? Tillsägelsen gavs inför hela klassen.",
            "Varför? Läraren saknade stöd i klassrummet.",
            "Varför? Resursen var omplacerad till en annan klass.",
            "Varför? Frånvaro täcktes med befintlig personal.",
            "Varför? Vikariepoolen räckte inte.",
        ),
        (("improvement", "Handledning i lågaffektivt bemötande för arbetslaget"),),
        "Arbetslaget har fått handledning; inga nya hot har rapporterats från klassen.",
        risk=(2, 3),
        weight=2,
    ),
    Scenario(
        ("Arbetsmiljö", "Organisatorisk och social arbetsmiljö"),
        AO,
        "afs",
        "Ensam på kvällspass med hög arbetsbelastning",
        "Vid sjukfrånvaro blev en medarbetare ensam på kvällspasset med elva brukare. Två "
        "planerade insatser hann inte utföras i tid.",
        "Enhetschef i beredskap kontaktades och en timvikarie kom in kl. 19.",
        "",
        ("organisation",),
        (
            "Varför var medarbetaren ensam? Sjukfrånvaron ersattes inte.",
            "Varför inte? Ingen vikarie svarade.",
            "Varför? Vikarielistan var inte uppdaterad.",
            "Varför? Ansvaret för listan är oklart efter omorganisationen.",
            "Varför? Ansvarsfördelningen dokumenterades inte.",
        ),
        (
            ("corrective", "Utse ansvarig för vikarielistan"),
            ("preventive", "Rutin för ensamarbete vid frånvaro"),
        ),
        "Vikarielistan är uppdaterad och ensamarbete har inte förekommit sedan.",
        risk=(3, 2),
        weight=2,
    ),
    Scenario(
        ("Informationssäkerhet", "Personuppgiftsincident"),
        (*SOL, "soc-bu", "soc-fs", *SKOLA),
        "gdpr",
        "E-post med personuppgifter skickades till fel mottagare",
        "Ett e-postmeddelande med uppgifter om en brukares insatser skickades till en extern "
        "mottagare med liknande namn. Adressen fylldes i automatiskt.",
        "Mottagaren kontaktades och bekräftade att meddelandet raderats. Dataskyddsombudet "
        "informerades.",
        "",
        ("people", "equipment"),
        (
            "Varför fel mottagare? Adressen fylldes i automatiskt.",
            "Varför kontrollerades den inte? Det var bråttom inför ett möte.",
            "Varför skickades uppgifterna med e-post? Säker meddelandetjänst saknas.",
            "Varför saknas den? Upphandlingen är inte klar.",
            "Varför? Behovet har inte prioriterats.",
        ),
        (
            ("correction", "Bedömning och anmälan till IMY inom 72 timmar"),
            ("corrective", "Stäng av automatisk komplettering av externa adresser"),
            ("improvement", "Utbildning i säker hantering av personuppgifter"),
        ),
        "Incidenten anmäldes till IMY. Automatisk komplettering är avstängd och inga nya "
        "felskick har rapporterats.",
        risk=(3, 3),
        weight=3,
    ),
    Scenario(
        ("Informationssäkerhet", "Personuppgiftsincident"),
        HT,
        "rutin-pui",
        "Arbetstelefon med journalapp borttappad",
        "En arbetstelefon med åtkomst till verksamhetssystemet tappades bort under kvällsturen.",
        "Telefonen spärrades och fjärraderades inom en timme. IT-avdelningen informerades.",
        "",
        ("people", "equipment"),
        (
            "Varför tappades telefonen? Den låg i jackfickan utan dragkedja.",
            "Varför? Det finns inget fodral med rem.",
            "Varför kunde någon komma åt uppgifter? Telefonen hade kort skärmlås.",
            "Varför? Skärmlås är inte centralt styrt.",
            "Varför? Mobilhanteringen omfattar inte hemtjänstens telefoner.",
        ),
        (
            ("correction", "Spärr och fjärradering"),
            ("corrective", "Hemtjänstens telefoner in i mobilhanteringen"),
        ),
        "Alla telefoner hanteras centralt med krav på skärmlås.",
        risk=(2, 3),
        weight=2,
    ),
    Scenario(
        ("Informationssäkerhet", "Behörighet och åtkomst"),
        ("ksf-it", "ksf-hr"),
        "rutin-behorighet",
        "Konto för avslutad medarbetare var fortfarande aktivt",
        "Vid en kontroll upptäcktes att kontot för en medarbetare som slutat för tre månader "
        "sedan fortfarande var aktivt med behörighet till ekonomisystemet.",
        "Kontot spärrades. Loggar granskades: ingen inloggning efter avslutet.",
        "",
        ("method", "communication"),
        (
            "Varför var kontot aktivt? Avslutet meddelades inte IT.",
            "Varför inte? Chefen trodde att HR meddelade IT.",
            "Varför? Ansvaret står inte i rutinen.",
            "Varför upptäcktes det inte? Ingen jämförelse mellan lönesystem och konton.",
            "Varför? Jämförelsen har aldrig automatiserats.",
        ),
        (
            ("correction", "Spärra kontot"),
            ("corrective", "Automatisk avstämning mellan lönesystem och konton varje natt"),
        ),
        "Avstämningen körs varje natt och har stängt sju konton i tid.",
        risk=(2, 3),
        weight=2,
    ),
    Scenario(
        ("Miljö", "Utsläpp och spill"),
        ("energi-fv",),
        "iso-14001",
        "Oljespill vid leverans till reservpanna",
        "Vid påfyllning av olja till reservpannan läckte cirka 20 liter ut på asfalten.",
        "Absorbent lades ut, dagvattenbrunnen täcktes. Saneringsfirma tillkallades.",
        "Värmeverket, lastplatsen",
        ("equipment", "method"),
        (
            "Varför läckte oljan? Slangkopplingen var inte åtdragen.",
            "Varför? Föraren var ny och kände inte till kopplingen.",
            "Varför övervakades inte påfyllningen? Ingen från driften var på plats.",
            "Varför? Leveransen kom utan förvarning.",
            "Varför? Avtalet kräver ingen avisering.",
        ),
        (
            ("correction", "Sanering och kontroll av dagvattenbrunnen"),
            ("corrective", "Krav på avisering och närvaro vid påfyllning"),
        ),
        "Leveranser aviseras och övervakas. Inga nya spill.",
        risk=(2, 3),
        weight=2,
    ),
    Scenario(
        ("Miljö", "Avfall och kemikalier"),
        ("bost-drift",),
        "rutin-kemikalier",
        "Farligt avfall förvarades i olåst förråd",
        "Vid en skyddsrond hittades färgrester och lösningsmedel i ett olåst förråd som "
        "hyresgäster har tillgång till.",
        "Avfallet flyttades till miljöstationen samma dag.",
        "Förråd, Parkvägen 8",
        ("method",),
        (
            "Varför låg avfallet där? Det lämnades efter en renovering.",
            "Varför? Entreprenören kände inte till rutinen.",
            "Varför inte? Rutinen ingår inte i entreprenörsavtalen.",
            "Varför upptäcktes det inte tidigare? Förrådet ingår inte i ronderingen.",
            "Varför? Ronderingslistan är gammal.",
        ),
        (
            ("corrective", "Rutinen för farligt avfall bifogas entreprenörsavtal"),
            ("corrective", "Förråd läggs till i ronderingslistan"),
        ),
        "Skyddsronden efter åtgärderna hittade inget farligt avfall.",
        weight=2,
    ),
    Scenario(
        ("IT", "Driftstörning"),
        ("ksf-it",),
        "infosak-policy",
        "Verksamhetssystemet för hemtjänsten låg nere i tre timmar",
        "Verksamhetssystemet för hemtjänst och äldreomsorg var otillgängligt kl. 7–10. "
        "Personalen kunde inte se dagens planering.",
        "Reservrutinen med utskrivna listor användes. Leverantören felsökte.",
        "Serverhallen",
        ("equipment", "method"),
        (
            "Varför låg systemet nere? En uppdatering installerades under morgonen.",
            "Varför då? Leverantören hade fel tid i sin plan.",
            "Varför upptäcktes det inte? Ändringen hade inte godkänts av kommunen.",
            "Varför? Ändringshanteringen gäller inte leverantörens drift.",
            "Varför? Avtalet saknar krav på ändringshantering.",
        ),
        (
            ("corrective", "Krav på godkännande av ändringar i avtalet med leverantören"),
            ("preventive", "Reservlistor skrivs ut varje morgon"),
        ),
        "Inga oplanerade avbrott sedan avtalsändringen.",
        risk=(2, 3),
        weight=2,
    ),
    Scenario(
        ("IT", "Systemfel"),
        SKOLA,
        "infosak-policy",
        "Lärplattformen otillgänglig under provtillfälle",
        "Lärplattformen gick inte att logga in på under ett digitalt provtillfälle.",
        "Provet flyttades till nästa dag. Skolverkets support kontaktades.",
        "",
        ("equipment",),
        (
            "Varför gick det inte att logga in? Inloggningstjänsten var överbelastad.",
            "Varför? Flera skolor hade prov samtidigt.",
            "Varför var det inte planerat? Provtiderna samordnas inte med IT.",
            "Varför? Ingen rutin för att meddela IT om stora provtillfällen.",
            "Varför? Det har inte behövts tidigare.",
        ),
        (("corrective", "Provtillfällen anmäls till IT två veckor i förväg"),),
        "Provtillfällena har fungerat sedan.",
    ),
    Scenario(
        ("Bemötande", "Bemötande"),
        AO,
        "synpunkter",
        "Anhörig upplevde otrevligt bemötande i telefon",
        "En anhörig ringde för att fråga om en förändring i insatserna och upplevde att "
        "personalen var otrevlig och avbröt samtalet.",
        "Enhetschef ringde upp den anhörige och bad om ursäkt.",
        "",
        ("people", "communication"),
        (
            "Varför blev samtalet dåligt? Personalen var mitt i ett besök.",
            "Varför svarade hen då? Telefonen är gruppens gemensamma.",
            "Varför? Det finns ingen telefontid.",
            "Varför inte? Det har inte prövats.",
            "Varför? Ingen har fått i uppdrag att ordna det.",
        ),
        (("improvement", "Fast telefontid för anhöriga"),),
        "Telefontiden har införts och anhörigenkäten visar högre nöjdhet.",
        weight=2,
    ),
    Scenario(
        ("Bemötande", "Service och tillgänglighet"),
        ("bost-uthyr",),
        "synpunkter",
        "Hyresgäst fick inget svar på felanmälan på tre veckor",
        "En hyresgäst hade felanmält en trasig kyl och hörde inget på tre veckor trots två "
        "påminnelser.",
        "Kundservice ringde upp och en tekniker skickades samma dag.",
        "Kundservice",
        ("method", "equipment"),
        (
            "Varför dröjde svaret? Felanmälan hamnade i en kö utan handläggare.",
            "Varför? Kön skapades när webbformuläret byttes.",
            "Varför märktes det inte? Kön syns inte i översikten.",
            "Varför? Systemet konfigurerades av en konsult.",
            "Varför kontrollerades inte det? Ingen acceptanstest gjordes.",
        ),
        (
            ("correction", "Gå igenom alla ärenden i den dolda kön"),
            ("corrective", "Lägg till kön i översikten"),
        ),
        "Alla felanmälningar besvaras inom fem arbetsdagar enligt statistiken.",
        risk=(3, 2),
        weight=3,
    ),
    Scenario(
        ("Bemötande", "Service och tillgänglighet"),
        ("unika", "ksf-kom"),
        "synpunkter",
        "Felaktig information om evenemang publicerades",
        "Fel datum för höstmarknaden publicerades på webbplatsen och i sociala medier.",
        "Informationen rättades inom en timme efter att felet upptäcktes.",
        "",
        ("communication",),
        (
            "Varför blev datumet fel? Texten kopierades från förra året.",
            "Varför kontrollerades den inte? Ingen granskning före publicering.",
            "Varför inte? Tidsbrist.",
            "Varför? Publiceringen gjordes samma dag som beslutet.",
            "Varför? Planeringen saknar tid för granskning.",
        ),
        (("corrective", "Fyraögonsprincip före publicering"),),
        "Inga fel har publicerats sedan.",
    ),
    Scenario(
        ("Ekonomi", "Fakturering och betalning"),
        ("ksf-eko",),
        "attestordning",
        "Leverantörsfaktura betalades två gånger",
        "En faktura på 84 000 kr betalades två gånger eftersom den kom både som e-faktura och "
        "som pappersfaktura.",
        "Leverantören kontaktades och beloppet krediterades.",
        "",
        ("method", "equipment"),
        (
            "Varför betalades fakturan två gånger? Båda exemplaren attesterades.",
            "Varför? Systemet varnade inte för dubbletter.",
            "Varför? Dubblettkontrollen jämför bara fakturanummer med samma format.",
            "Varför? Pappersfakturan skannades med annat nummerformat.",
            "Varför? Skanningen tolkar inte bindestreck.",
        ),
        (("corrective", "Dubblettkontroll på belopp, datum och leverantör"),),
        "Dubblettkontrollen har stoppat tre dubbla fakturor sedan införandet.",
        risk=(2, 3),
        weight=2,
    ),
    Scenario(
        ("Ekonomi", "Inköp och avtal"),
        (*SKOLA, "ksf-kom"),
        "lou",
        "Inköp gjordes utanför upphandlat avtal",
        "Datorer köptes från en leverantör som inte har avtal med kommunen.",
        "Inköpet stoppades för resterande beställning. Inköpsenheten informerades.",
        "",
        ("communication", "method"),
        (
            "Varför köptes utanför avtal? Beställaren kände inte till ramavtalet.",
            "Varför inte? Avtalskatalogen är svår att hitta.",
            "Varför? Intranätet har ändrats.",
            "Varför kontrollerades det inte vid attest? Attestanten kontrollerar inte avtal.",
            "Varför? Attestordningen säger inget om avtalstrohet.",
        ),
        (
            ("improvement", "Länk till avtalskatalogen i beställningsportalen"),
            ("corrective", "Avtalskontroll i attestordningen"),
        ),
        "Avtalstroheten för IT-inköp har ökat från 82 till 96 procent.",
        weight=2,
    ),
    Scenario(
        ("Ekonomi", "Fakturering och betalning"),
        ("energi-elnat",),
        "iso-9001",
        "Felaktig debitering av nätavgift för en kundgrupp",
        "Cirka 140 kunder fick fel nätavgift på två fakturor efter en prisändring.",
        "Kunderna informerades och fick rättade fakturor.",
        "",
        ("method",),
        (
            "Varför blev avgiften fel? Prisändringen lades in på fel tariffgrupp.",
            "Varför? Tariffgrupperna har liknande namn.",
            "Varför upptäcktes det inte? Ingen provfakturering.",
            "Varför inte? Den ingår inte i rutinen vid prisändring.",
            "Varför? Rutinen är från före systembytet.",
        ),
        (("corrective", "Provfakturering vid varje prisändring"),),
        "Två prisändringar har gjorts utan fel sedan dess.",
        risk=(2, 3),
    ),
    Scenario(
        ("Skola och förskola", "Tillsyn av barn och elever"),
        FSK,
        "rutin-tillsyn",
        "Barn lämnade förskolans gård utan att personalen märkte det",
        "Ett barn hittades utanför grinden av en förälder som kom för att hämta. Grinden "
        "hade inte stängts ordentligt.",
        "Barnet fördes in och vårdnadshavare informerades. Grinden kontrollerades.",
        "Förskolegården",
        ("environment", "method"),
        (
            "Varför kom barnet ut? Grinden gick inte i lås.",
            "Varför inte? Låset var trögt och fjädern svag.",
            "Varför var det inte lagat? Felet var inte anmält.",
            "Varför räknades inte barnen? Räkning görs bara vid in- och utgång.",
            "Varför? Rutinen saknar räkning under utevistelsen.",
        ),
        (
            ("correction", "Nytt grindlås med självstängning"),
            ("corrective", "Räkning av barn varje halvtimme vid utevistelse"),
        ),
        "Låset fungerar och räkningen följs enligt stickprov.",
        risk=(2, 4),
        weight=2,
    ),
    Scenario(
        ("Skola och förskola", "Kränkande behandling"),
        SKOLA,
        "skollag",
        "Kränkande behandling anmäldes inte till huvudmannen i tid",
        "En anmälan om kränkande behandling mellan elever gjordes till rektor men skickades "
        "till huvudmannen först efter fem veckor.",
        "Anmälan skickades till huvudmannen och utredningen påbörjades.",
        "",
        ("method", "organisation"),
        (
            "Varför dröjde anmälan? Rektor var sjukskriven.",
            "Varför tog ingen annan över? Ersättare saknades i rutinen.",
            "Varför? Rutinen utgår från att rektor alltid finns.",
            "Varför upptäcktes det inte? Huvudmannen följer inte upp ärenden per skola.",
            "Varför? Ingen uppföljning av inkomna anmälningar.",
        ),
        (
            ("corrective", "Ersättare för rektor i rutinen för anmälan"),
            ("preventive", "Månatlig uppföljning av anmälningar per skola"),
        ),
        "Anmälningar kommer in inom en vecka enligt uppföljningen.",
        risk=(2, 3),
        weight=2,
    ),
    Scenario(
        ("Skola och förskola", "Olycksfall barn och elever"),
        FSK,
        "rutin-tillsyn",
        "Barn klämde fingret i dörr utan klämskydd",
        "Ett barn klämde fingret i dörren till vilorummet. Dörren saknade klämskydd.",
        "Fingret kyldes; vårdnadshavare hämtade barnet och besökte vårdcentralen.",
        "Vilorummet",
        ("environment", "equipment"),
        (
            "Varför klämdes fingret? Dörren saknade klämskydd.",
            "Varför? Dörren byttes vid renoveringen.",
            "Varför sattes inget nytt skydd upp? Det fanns inte i beställningen.",
            "Varför inte? Förskolan deltog inte i planeringen.",
            "Varför? Fastighetsägaren kallade inte verksamheten.",
        ),
        (
            ("correction", "Klämskydd på alla innerdörrar"),
            ("corrective", "Verksamheten deltar vid planering av renoveringar"),
        ),
        "Alla dörrar har klämskydd.",
        risk=(2, 2),
    ),
    Scenario(
        ("Handläggning", "Handläggningstid"),
        ("mbf-bygg", "mbf-mhs"),
        "iso-9001",
        "Ärende avgjordes efter lagstadgad handläggningstid",
        "Ett bygglovsärende avgjordes elva veckor efter att ansökan var komplett; gränsen är "
        "tio veckor. Avgiften sattes ned enligt plan- och bygglagen.",
        "Sökanden informerades om nedsatt avgift.",
        "",
        ("organisation",),
        (
            "Varför drog ärendet ut? Handläggaren hade fler ärenden än vanligt.",
            "Varför? Två tjänster var vakanta.",
            "Varför omfördelades inte ärenden? Ingen överblick över tidsfrister.",
            "Varför? Bevakningen görs av varje handläggare själv.",
            "Varför? Det finns ingen gemensam lista.",
        ),
        (("corrective", "Gemensam bevakningslista med tidsfrister"),),
        "Inga ärenden har överskridit fristen under kvartalet.",
        weight=2,
    ),
    Scenario(
        ("Fastighet och säkerhet", "Brandskydd"),
        (*SKOLA, "bost-drift"),
        "lso",
        "Utrymningsväg blockerad av möbler",
        "Vid brandskyddsronden var en utrymningsväg blockerad av möbler som ställts där "
        "tillfälligt.",
        "Möblerna flyttades omedelbart.",
        "Korridor plan 2",
        ("method", "people"),
        (
            "Varför stod möblerna där? De skulle hämtas för bortforsling.",
            "Varför i korridoren? Förrådet var fullt.",
            "Varför visste ingen att det var en utrymningsväg? Skylten satt bakom en dörr.",
            "Varför? Skylten flyttades inte när dörren byttes.",
            "Varför? Ingen kontroll efter ombyggnaden.",
        ),
        (
            ("correction", "Flytta skylten"),
            ("preventive", "Brandskyddsrond varje månad i stället för varje kvartal"),
        ),
        "Utrymningsvägarna har varit fria vid alla ronder sedan åtgärderna.",
        risk=(2, 4),
    ),
    Scenario(
        ("Fastighet och säkerhet", "Fastighetsskada"),
        ("bost-drift",),
        "iso-9001",
        "Vattenläcka i källare upptäcktes sent",
        "En läckande ledning i källaren hade orsakat fuktskador i tre förråd innan den "
        "upptäcktes av en hyresgäst.",
        "Vattnet stängdes av, läckan lagades och avfuktare sattes in.",
        "Källare, Parkvägen 6",
        ("equipment", "method"),
        (
            "Varför upptäcktes läckan sent? Källaren ronderas inte.",
            "Varför inte? Den anses inte ha installationer.",
            "Varför? Ritningarna visar inte ledningen.",
            "Varför? Ledningen drogs om på 1990-talet.",
            "Varför uppdaterades inte ritningarna? Ingen rutin då.",
        ),
        (
            ("correction", "Laga ledningen och avfukta"),
            ("corrective", "Fuktlarm i källare med vattenledningar"),
        ),
        "Fuktlarm är installerade i alla källare med vattenledningar.",
        risk=(2, 3),
    ),
)

# Extra lines in the discussion of a case; {who} is never a patient or client.
COMMENTS_INVESTIGATING = (
    "Tack för rapporten. Jag tar ärendet och återkommer efter utredningen.",
    "Jag har pratat med personalen som arbetade passet. Fortsätter utredningen nästa vecka.",
    "Liknande händelse rapporterades tidigare i år, jag tittar på den utredningen också.",
    "Vi tar upp händelsen på arbetsplatsträffen på torsdag.",
)
COMMENTS_CARE = (
    "MAS är informerad och bedömer om händelsen ska anmälas till IVO.",
    "SAS har fått rapporten och bedömer om missförhållandet är allvarligt.",
)
COMMENTS_BREACH = (
    "Dataskyddsombudet är informerat. Bedömningen om anmälan till IMY görs inom 72 timmar.",
)
COMMENTS_REPORTER = (
    "Det har hänt liknande förut på kvällspassen.",
    "Jag kan berätta mer på arbetsplatsträffen om det behövs.",
)
COMMENTS_FOLLOW_UP = (
    "Bra utredning. Ta gärna upp lärdomarna på nästa arbetsplatsträff.",
    "Åtgärderna ser ut att ha fått effekt. Följ upp vid nästa egenkontroll.",
)
DISMISSAL_REASONS = (
    "Inte en avvikelse: rutinen följdes och utfallet var det förväntade.",
    "Dubbelrapporterad; samma händelse är redan registrerad och utreds där.",
    "Gäller regionens hälso- och sjukvård och har skickats vidare dit.",
    "Rapporten är ett önskemål och hanteras som förbättringsförslag.",
)
REOPEN_REASONS = (
    "En liknande händelse inträffade igen efter avslut: åtgärderna räckte inte.",
    "IVO begärde komplettering av utredningen.",
    "Ny information kom fram efter avslut och utredningen behöver kompletteras.",
)
RETURN_TO_ACTIONS_COMMENT = "Uppföljningen visar att åtgärden inte räckte; en ny åtgärd behövs."
ACTION_RESULTS = (
    "Genomfört enligt plan.",
    "Klart; gick igenom med arbetsgruppen på arbetsplatsträffen.",
    "Genomfört. Dokumenterat i ledningssystemet.",
    "Klart, något senare än planerat på grund av semestrar.",
)
EFFECTIVENESS_CHECKS = (
    "Stickprov efter en månad visar att åtgärden följs.",
    "Kontrollerat vid egenkontrollen; inga nya händelser av samma slag.",
    "Följt upp på arbetsplatsträff; arbetsgruppen bekräftar att det fungerar.",
)
CANCEL_REASONS = ("Ersatt av en bredare åtgärd i samma ärende.",)

# Actions that come from somewhere else than a deviation (a workplace meeting, an audit that
# is not in the system yet): the register is shared.
STANDALONE_ACTIONS = (
    ("soc-solg", "improvement", "Införa digital signering av läkemedel på hela boendet"),
    ("buf-central", "improvement", "Pilot med elevråd om trygghet på skolgården"),
    ("bost-uthyr", "preventive", "Översyn av felanmälningsflödet i kundservice"),
)
