"""Danish-ish words, sentences and Markdown bodies for the synthetic plan.

Every function takes its random generator from the caller, so the text is a
function of the seed only.
"""
import datetime
import textwrap

PLAN = {
    "title": "Strategi for hjemløshed 2024–2028",
    "subtitle": "Initiativkatalog",
    "organisation": "Syntetisk Kommune",
    "department": "Social- og Arbejdsmarkedsforvaltningen",
    "base_url": "https://example.org/plan",
    "start": 2024,
    "end": 2028,
    "published": "2023-12-01",
    "intro": (
        "Strategien for hjemløshed giver ledere og medarbejdere i Syntetisk\n"
        "Kommune en fælles retning i arbejdet med borgere, der lever i hjemløshed\n"
        "eller er i risiko for at miste deres bolig. Den samler udfordringerne i\n"
        "otte temaer og tre spor.\n\n"
        "Læs om metoden og organiseringen under [Om strategien](page:om-strategien)\n"
        "og om [Den rette bolig – til dig](theme:den-rette-bolig)."),
    "contact": {"name": "Social- og Arbejdsmarkedsforvaltningen",
                "address": "Rådhuspladsen 1, 9999 Syntetisk", "phone": "99 99 99 99",
                "email": "hjemloeshed@example.org"},
    "licence": "CC BY 4.0",
}

# (group id, title, number, children [(id, title, short)] or None for a
# theme without a group). 3 groups + 8 leaf themes = 11 themes.
THEME_GROUPS = [
    ("spor-forebyggelse", "Forebyggelse og tidlig indsats", "1", [
        ("opbyggende-faellesskaber", "Opbyggende fællesskaber", "Fællesskaber"),
        ("svaere-overgange", "De svære overgange", "Svære overgange"),
        ("udsatte-unge", "Udsatte unge på vej mod voksenlivet", "Unge"),
    ]),
    ("spor-bolig", "Bolig og ophold", "2", [
        ("den-rette-bolig", "Den rette bolig – til dig", "Den rette bolig"),
        ("forsorgshjem", "Et forsorgshjem i forandring", "Forsorgshjem"),
    ]),
    ("spor-samarbejde", "Samarbejde og sammenhæng", "3", [
        ("internt-samarbejde", "Bredt internt samarbejde og kendskab", "Internt samarbejde"),
        ("partnerskaber", "Dyrkelse af partnerskaber", "Partnerskaber"),
    ]),
    ("sundhed-og-trivsel", "Sundhed og trivsel", "4", None),
]

THEME_TITLES = {}
for _gid, _title, _num, _children in THEME_GROUPS:
    THEME_TITLES[_gid] = _title
    for _cid, _ctitle, _short in _children or []:
        THEME_TITLES[_cid] = _ctitle

OWNERS = ["Social- og Handicapchefen", "Centerleder for Voksenrådgivningen",
          "Chefen for Rusmiddelbehandling og socialt udsatte", "Sundhedschefen",
          "Beskæftigelseschefen", "Leder af Forsorgshjemmet Åbrinken", "Børne- og Ungechefen",
          "Chefen for Sygepleje, Hjemmehjælp, Uddannelse og kvalitet"]
PARTNERS = ["Senior-, Sundheds- og Fritidsforvaltningen", "Boligselskaberne", "Region Syddanmark",
            "Kriminalforsorgen", "Kirkens Korshær", "Lokale viceværter", "Praktiserende læger",
            "Jobcentret", "SAND – De hjemløses landsorganisation", "Frivilligcentret"]
UNITS = ["Rusmiddelbehandling og socialt udsatte", "Voksenrådgivningen",
         "Socialpædagogisk vejledning og væresteder", "Modtagelse og ydelse",
         "Socialfagligt center", "Kontanthjælp og ressourceforløb", "Ungeenheden"]
TAGS = ["Forebyggelse", "Forsorgshjem", "Unge", "Housing First", "Misbrug", "Psykiatri",
        "Beskæftigelse", "Økonomi", "Frivillige", "Kvinder"]
INDICATOR_SUBJECTS = ["Borgere i hjemløshed", "Udsættelser af lejere", "Ophold på forsorgshjem",
                      "Unge uden fast bolig", "Ventetid på egen bolig", "Genindskrivninger på forsorgshjem",
                      "Borgere med bostøtte", "Andel i beskæftigelse eller uddannelse",
                      "Henvendelser til Én indgang", "Nætter på natvarmestue"]
INDICATOR_PLACES = ["i kommunen", "i Region Syddanmark", "blandt unge 18–29 år", "blandt kvinder",
                    "efter løsladelse", "efter udskrivning fra psykiatrien", "i midtbyen",
                    "i landdistrikterne"]
SERIES_NAMES = ["Kommunen", "Region Syddanmark", "Hele landet", "Mænd", "Kvinder", "Unge 18–24 år",
                "Borgere over 50 år", "Med misbrug", "Uden misbrug"]
SOURCES = ["VIVE, Hjemløshed i Danmark 2024", "Danmarks Statistik, BOL101",
           "Kommunens fagsystem", "Socialstyrelsen, Tilbudsportalen", "Retten i Syntetisk"]

ADJECTIVES = ["Styrket", "Fremskudt", "Tidlig", "Koordineret", "Fleksibel", "Helhedsorienteret",
              "Tværfaglig", "Målrettet", "Opsøgende", "Ny", "Fælles", "Udvidet"]
NOUNS = ["bostøtte", "sagsbehandling", "indsats", "rådgivning", "kontakt", "boligformidling",
         "udredning", "mentorordning", "aftenåbning", "udslusning", "misbrugsbehandling",
         "gældsrådgivning"]
TARGETS = ["til unge hjemløse", "for borgere på forsorgshjem", "ved udskrivning fra hospital",
           "efter løsladelse", "for kvinder i hjemløshed", "i egen bolig", "på væresteder",
           "for lejere i risiko for udsættelse", "med Housing First", "i de første 14 dage",
           "for borgere med dobbeltdiagnose", "i samarbejde med boligselskaberne"]

SUBJECTS = ["Borgere i hjemløshed", "Mange unge mellem 18 og 25 år", "Medarbejderne på forsorgshjemmet",
            "Bostøtterne", "Sagsbehandlerne i Voksenrådgivningen", "Kommunen", "Samarbejdspartnerne",
            "Borgere med både misbrug og psykisk sygdom", "De frivillige organisationer",
            "Boligselskaberne", "Udsatte lejere", "Borgere, der udskrives fra hospital eller fængsel,",
            "Økonomiske rådgivere", "Pårørende"]
VERBS = ["oplever ofte", "har brug for", "mangler", "efterspørger", "skal sikre", "kan styrke",
         "skal tilbyde", "arbejder målrettet med", "får hurtigere adgang til",
         "skal have bedre mulighed for at få", "fortæller om behovet for", "savner"]
OBJECTS = ["en fast kontaktperson", "en helhedsorienteret indsats", "støtte efter servicelovens § 85",
           "en billig og passende bolig", "hjælp til økonomi og gæld", "et trygt sted at sove",
           "behandling for misbrug", "kontakt til egen læge", "et meningsfuldt fællesskab",
           "en klar plan for udflytning", "vejledning om ydelser", "midlertidigt ophold efter § 110",
           "en håndholdt overgang til egen bolig", "tandpleje og basal sundhedsbehandling"]
TAILS = ["", " i hverdagen", " – også uden for åbningstiden", " på tværs af forvaltningerne",
         " i tæt samarbejde med regionen", ", så borgeren ikke falder mellem to stole",
         " inden for de første 14 dage", " både før og efter indflytningen",
         ", fordi ventetiden i dag er for lang", ", og det skal ske uden unødig ventetid"]
FIXED = [
    "Erfaringerne fra de første måneder viser, at en fast kontaktperson gør en mærkbar forskel.",
    "Indsatsen bygger på principperne i Housing First og på kommunens værdighedspolitik.",
    "Det kræver, at økonomien er på plads, og at det er gennemtænkt, hvordan effekten skal måles.",
    "Mange i målgruppen er trætte af systemet og har brug for hjælp hurtigt.",
    "Forsøget evalueres efter et år, og resultaterne forelægges Social- og Arbejdsmarkedsudvalget.",
    "Arbejdet samles på så få hænder, at indsatsen bliver ensartet, men ikke så få, at den bliver sårbar.",
]
PHASES = ["Forberedelse", "Afprøvning", "Udbredelse", "Forankring", "Evaluering"]
MILESTONES = ["Beskrivelse godkendt", "Medarbejdere oplært", "Første borgere visiteret",
              "Midtvejsstatus til udvalget", "Evaluering offentliggjort", "Drift i alle centre"]
ITEMS = ["**Fast kontaktperson**: én medarbejder følger borgeren gennem hele forløbet",
         "**Fælles visitation**: sagen drøftes på ét møde med alle relevante fagområder",
         "**Opsøgende arbejde**: medarbejderne møder borgeren, hvor borgeren er",
         "**Hurtig bolig**: en billig bolig anvises inden for tre måneder",
         "**Sundhed**: kontakt til egen læge og tandlæge inden for den første måned",
         "**Økonomi**: gælden kortlægges, og der lægges en budgetplan",
         "**Fællesskab**: borgeren får tilbud om et værested eller en frivillig ven",
         "**Opfølgning**: status efter 3, 6 og 12 måneder, med borgerens egen vurdering"]
EXTERNAL = ["https://www.vive.dk/da/udgivelser/hjemloeshed-i-danmark-2024/",
            "https://www.sbst.dk/udsatte/hjemloeshed",
            "https://www.retsinformation.dk/eli/lta/2024/909"]


def date_from_day(day):
    return (datetime.date(2024, 1, 1) + datetime.timedelta(days=day)).isoformat()


def sentence(rng):
    if rng.random() < 0.15:
        return rng.choice(FIXED)
    return f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}{rng.choice(TAILS)}."


def wrap(text):
    return textwrap.fill(text, width=76, break_long_words=False, break_on_hyphens=False)


def paragraph(rng, lo, hi, extra=""):
    text = " ".join(sentence(rng) for _ in range(rng.randint(lo, hi)))
    return wrap(text + (" " + extra if extra else ""))


def initiative_title(rng):
    return f"{rng.choice(ADJECTIVES)} {rng.choice(NOUNS)} {rng.choice(TARGETS)}"


def update_text(rng):
    return paragraph(rng, 1, 3)


def theme_summary(tid):
    title = THEME_TITLES.get(tid, tid)
    return wrap(f"Temaet *{title}* samler de initiativer, der skal gøre en konkret forskel for "
                "borgere i hjemløshed eller i risiko for at miste deres bolig. Kommunen kan ikke "
                "løse opgaven alene, og derfor bygger temaet på samarbejde med borgerne, "
                "pårørende og samarbejdspartnerne.")


def table(rng, owners):
    rows = ["| Fase | Periode | Ansvarlig | Milepæl |", "|---|---|---|---:|"]
    year = rng.choice([2024, 2025])
    for k in range(rng.randint(3, 4)):
        rows.append(f"| {k + 1}. {PHASES[k]} | {year + k // 2}-H{k % 2 + 1} | {rng.choice(owners)} | "
                    f"{rng.choice(MILESTONES)} |")
    return "\n".join(rows)


def body(rng, themes, indicators, refs):
    """About 4 KB of Markdown: headings, paragraphs, a list, a GFM table, links
    (cross-references to themes, indicators, other initiatives; one external)."""
    theme = themes[0]
    ref_link = [f"Se også [{title}](initiative:{iid})." for title, iid in refs]
    blocks = [
        "## Problem",
        paragraph(rng, 4, 6, ref_link[0] if ref_link else ""),
        paragraph(rng, 3, 5),
        "## Forslag",
        paragraph(rng, 3, 4, f"Initiativet hører under temaet [{THEME_TITLES[theme]}](theme:{theme})."),
        "\n".join("- " + item for item in rng.sample(ITEMS, rng.randint(3, 5))),
        paragraph(rng, 2, 4),
        "## Forventet effekt",
        paragraph(rng, 3, 5, f"Effekten følges med [indikatoren](indicator:{indicators[0]})."
                  if indicators else ""),
        "## Tidsplan",
        table(rng, OWNERS),
        "## Forventet udgift",
        paragraph(rng, 2, 3, f"Udgiften er *foreløbigt* skønnet, jf. [VIVE]({rng.choice(EXTERNAL)})."),
        "## Sammenhæng med andre initiativer",
        paragraph(rng, 2, 3, " ".join(ref_link[1:])),
    ]
    size = sum(len(b.encode()) + 2 for b in blocks)
    while size < 3900:
        extra = paragraph(rng, 3, 4)
        blocks.insert(7, extra)
        size += len(extra.encode()) + 2
    return "\n\n".join(blocks) + "\n"


def pages(themes, initiatives):
    theme_list = "\n".join(f"- [{t['title']}](theme:{t['id']})" for t in themes if not t["parent"])
    examples = "\n".join(f"- [{i['title']}](initiative:{i['id']})" for i in initiatives)
    return [
        {"slug": "om-strategien", "title": "Om strategien", "menu": 1,
         "summary": "Hvad strategien er, hvordan den er blevet til, og hvordan arbejdet er organiseret.",
         "body": "## En fælles ramme\n\nStrategien bygger på disse spor og temaer:\n\n" + theme_list +
                 "\n\n## Eksempler på initiativer\n\n" + examples + "\n"},
        {"slug": "organisering", "title": "Organisering", "menu": 2,
         "summary": "Hvem der gør hvad, og hvordan der følges op.",
         "body": "## Styregruppen\n\nStyregruppen følger op hvert halve år.\n\n"
                 "| Rolle | Hvem |\n|---|---|\n| Formand | Social- og Handicapchefen |\n"
                 "| Sekretariat | Socialfagligt center |\n"},
        {"slug": "ordliste", "title": "Ordliste", "menu": None,
         "summary": "Ord og forkortelser i planen.",
         "body": "**Housing First**: en bolig først, derefter støtte.\n\n"
                 "**§ 110**: midlertidigt ophold på forsorgshjem.\n"},
    ]
