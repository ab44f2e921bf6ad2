#!/usr/bin/env python3
"""Generates the bulky part of the "awkward" test plan for overblik.

Writes content/initiatives/*.md (every file in that folder is generated and
rewritten), content/indicators/hjemloese-i-regionen.csv and
content/indicators/henvendelser-til-ungeindgangen.csv. Everything else under
content/ is written by hand.

Deterministic: no clock, no randomness, no dict-order surprises; running it
twice gives byte-identical files. Run from anywhere:

    python3 tests/sites/awkward/generate.py

The plan is modelled on the *shape* of Aarhus Kommune's social
sustainability plan (5 themes, 17 tracks, initiatives numbered like 1.4.3);
all text is written for this test and every figure is illustrative.
"""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CONTENT = os.path.join(HERE, "content")
INITIATIVES = os.path.join(CONTENT, "initiatives")
INDICATORS = os.path.join(CONTENT, "indicators")

COMPOUND = "Tværkommunalbeskæftigelsesindsatsudviklingsprojekt"

# ---------------------------------------------------------------------------
# The initiatives: (id, number, title, themes (primary first), profile)
#
# Profiles (current status and history):
#   M  minimal: only title + themes (and maybe a number)   -> proposed
#   P  proposed, no updates or one without a status
#   A  approved, recent update                              -> approved
#   S  started, several updates                             -> started
#   C  completed                                            -> completed
#   U  postponed (udskudt)                                  -> postponed
#   X  stopped                                              -> stopped
#   D  no 'status' key: derived from the updates            -> started
#   Z  status given, no updates at all                      -> completed
#   SS stale started (newest update 2025-03-03)             -> warning
#   SA stale approved (no update, published 2021-02-01)     -> warning
# ---------------------------------------------------------------------------

LONG_ID = "boligplacering-fra-forsorgshjem-i-samarbejde-med-almene-boligorganisationer-og-k"
assert len(LONG_ID) == 80, len(LONG_ID)

INITIATIVES_TABLE = [
    # Tema 1, spor 1.1
    ("trivsel-og-fravaer", "1.1.1", "Trivsel og fravær – en fælles indsats mellem skole, familie og sociale tilbud",
     ["laering-og-livsmestring", "det-gode-boerneliv"], "S"),
    ("livsmestring-i-udskolingen", "1.1.2", "Livsmestring i udskolingen",
     ["laering-og-livsmestring"], "A"),
    ("laesevejledere-i-fritidstilbud", "1.1.3", "Læsevejledere i fritidstilbud",
     ["laering-og-livsmestring", "meningsfulde-faellesskaber"], "P"),
    # spor 1.2
    ("sunde-boern-leger-bedst", "1.2.1", "Sunde børn leger bedst",
     ["det-gode-boerneliv", "min-sundhed"], "C"),
    ("lyt-til-mig", "1.2.2", "’Lyt til mig’ – et initiativ om tidlig indsats og børneinddragelse",
     ["det-gode-boerneliv"], "S"),
    ("mestring-i-faellesskab", "1.2.3", "Mestring i fællesskab",
     ["det-gode-boerneliv", "meningsfulde-faellesskaber", "laering-og-livsmestring"], "D"),
    # spor 1.3
    ("stoette-til-foraeldre-til-anbragte-boern", "1.3.1", "Målrettet støtte til forældre, hvis barn eller ung er anbragt",
     ["foraeldre-og-netvaerk"], "S"),
    ("ni-nye-doegnpladser", "1.3.2", "Ni nye døgnpladser i eget regi",
     ["foraeldre-og-netvaerk"], "U"),
    ("familieindsats-med-ventilpladser", "1.3.3", "Familieindsats med ventilpladser",
     ["foraeldre-og-netvaerk", "det-gode-boerneliv"], "A"),
    ("familierettet-indsats-paa-boernehjem", "1.3.4",
     "Etablering af en familierettet indsats på et selvejende børnehjem med fire ekstra pladser, korttidsophold og "
     "hjemgivelse – i tæt samarbejde med forældrene",
     ["foraeldre-og-netvaerk", "meningsfulde-faellesskaber"], "X"),
    ("nye-maader-med-plejefamilier", "1.3.5", "Nye måder at arbejde med plejefamilier på",
     ["foraeldre-og-netvaerk"], "M"),
    # spor 1.4 (and a "1.10.1" that must sort after 1.4.5)
    ("familiehuset", "1.4.1", "Familiehuset",
     ["meningsfulde-faellesskaber", "foraeldre-og-netvaerk"], "S"),
    ("taettere-paa-familien", "1.4.2", "Investeringsmodeller: Tættere på familien m.m.",
     ["meningsfulde-faellesskaber"], "C"),
    ("frivillighed-gentaenkt", "1.4.3", "Frivillighed gentænkt",
     ["meningsfulde-faellesskaber", "faellesskaber-placeholder"], "A"),
    ("styrket-tabt-arbejdsfortjeneste", "1.4.4", "Styrket tabt arbejdsfortjeneste",
     ["meningsfulde-faellesskaber"], "Z"),
    ("fritidsaktiviteter-som-et-aktiv", "1.4.5", "Fritidsaktiviteter som et aktiv",
     ["meningsfulde-faellesskaber", "det-gode-boerneliv"], "P"),
    ("fritidspas-til-boern-i-familier-med-lav-indkomst", "1.10.1",
     "Tillægsinitiativ: fritidspas til børn i familier med lav indkomst",
     ["meningsfulde-faellesskaber", "det-gode-boerneliv"], "S"),
    # Tema 2, spor 2.1
    ("en-digital-indgang-for-unge", "2.1.1", "Én digital indgang for unge – en henvendelsesplatform",
     ["ungeindgang", "digitale-ungeindsatser"], "C"),
    ("360-graders-blik-paa-de-unge", "2.1.2", "360-graders blik på de unge",
     ["ungeindgang"], "S"),
    ("digital-uddannelsesvejledning", "2.1.3", "Digital uddannelsesvejledning (U-boksen)",
     ["ungeindgang", "digitale-ungeindsatser"], "A"),
    ("virtuel-traening", "2.1.4", "Virtuel træning af jobsamtaler",
     ["ungeindgang", "digitale-ungeindsatser", "unge-med-saerlige-udfordringer"], "X"),
    ("samarbejde-med-uddannelser-og-virksomheder", "2.1.5",
     "Tæt samarbejde med uddannelsesinstitutioner og virksomheder",
     ["ungeindgang", "fgu-samarbejde"], "D"),
    # spor 2.2
    ("raadgivning-paa-fgu", "2.2.1", "Rådgivning om job, uddannelse, bolig og andre ting, der fylder – på FGU",
     ["fgu-samarbejde"], "S"),
    ("misbrugsraadgivning-paa-fgu", "2.2.2", "Rådgivning om misbrug og koordineret behandling",
     ["fgu-samarbejde", "job-ved-psykisk-saarbarhed"], "SS"),
    ("psykolograadgivning", "2.2.3", "Psykologrådgivning for FGU-elever",
     ["fgu-samarbejde"], "M"),
    # spor 2.3
    ("brobygning-for-unge-med-psykiske-vanskeligheder", "2.3.1",
     "Brobygning for unge med psykiske vanskeligheder",
     ["unge-med-saerlige-udfordringer", "forebyggelse-voksne"], "A"),
    ("mentorer-for-unge-med-misbrug", "2.3.2", "Mentorer for unge med misbrug",
     ["unge-med-saerlige-udfordringer"], "U"),
    ("tvaerkommunalt-beskaeftigelsesprojekt", "2.3.3",
     COMPOUND + " for unge 18–29 år med komplekse udfordringer – et samarbejde mellem otte østjyske kommuner "
     "og regionen",
     ["unge-med-saerlige-udfordringer", "ungeindgang", "job-ved-psykisk-saarbarhed", "job-for-udsatte"], "S"),
    # spor 2.4
    ("digital-inklusion", "2.4.1", "Digital inklusion af unge uden MitID",
     ["digitale-ungeindsatser"], "C"),
    ("chatraadgivning-om-aftenen", "2.4.2", "Chatrådgivning om aftenen",
     ["digitale-ungeindsatser", "unge-med-saerlige-udfordringer"], "P"),
    ("data-om-unges-forloeb", "2.4.3", "Bedre data om unges forløb",
     ["digitale-ungeindsatser", "tvaergaaende"], "A"),
    # Tema 3, spor 3.1
    ("forebyggende-tilbud-psykisk-saarbarhed", "3.1.1",
     "Videreudvikling af de forebyggende tilbud for voksne borgere med psykisk sårbarhed – flere åbne, anonyme og "
     "rådgivende tilbud",
     ["forebyggelse-voksne", "sammenhaeng-i-indsatsen"], "S"),
    ("forebyggelse-af-sygdomsforloeb", "3.1.2",
     "Forebyggelse af udvikling og forværring af sygdomsforløb for udvalgte målgrupper",
     ["forebyggelse-voksne", "min-sundhed"], "A"),
    # spor 3.2
    ("socialt-akuttilbud", "3.2.1", "Socialt akuttilbud til voksne",
     ["sammenhaeng-i-indsatsen"], "C"),
    ("tvaersektorielle-forloeb", "3.2.2", "Integrerede tværsektorielle forløb",
     ["sammenhaeng-i-indsatsen", "forebyggelse-voksne"], "D"),
    ("bedre-flow-efter-serviceloven", "3.2.3", "Bedre flow og sammenhæng i de kommunale indsatser efter serviceloven",
     ["sammenhaeng-i-indsatsen"], "P"),
    # spor 3.3
    ("samtidige-indsatser", "3.3.1", "Samtidige sociale og beskæftigelsesrettede indsatser",
     ["job-ved-psykisk-saarbarhed", "job-for-udsatte"], "S"),
    ("frivillige-mentorer", "3.3.2", "Frivillige som mentorer på vej mod arbejdsmarkedet",
     ["job-ved-psykisk-saarbarhed", "meningsfulde-faellesskaber"], "X"),
    ("smaajobs-og-socialt-frikort", "3.3.3", "Småjobs og socialt frikort",
     ["job-ved-psykisk-saarbarhed", "job-for-udsatte"], "A"),
    # Tema 4, spor 4.1
    ("forebyggelse-af-udsaettelser", "4.1.1",
     "Forebyggelse af udsættelser – tidlig kontakt ved huslejerestancer",
     ["forebyggelse-af-hjemloeshed", "bolig-og-stoetteloesninger"], "S"),
    ("unge-paa-vej-ud-af-anbringelse", "4.1.2", "Unge på vej ud af en anbringelse skal ikke blive hjemløse",
     ["forebyggelse-af-hjemloeshed", "foraeldre-og-netvaerk", "unge-med-saerlige-udfordringer"], "A"),
    ("bolig-ved-loesladelse", "4.1.3", "Bolig ved løsladelse – samarbejde med Kriminalforsorgen",
     ["forebyggelse-af-hjemloeshed"], "SA"),
    ("udskrivning-fra-psykiatrien", "4.1.4", "Ingen udskrivning fra psykiatrien til gaden",
     ["forebyggelse-af-hjemloeshed", "sammenhaeng-i-indsatsen"], "C"),
    # spor 4.2 (twelve: 4.2.10 must sort after 4.2.9)
    ("housing-first-teamet-udvides", "4.2.1", "Housing First-teamet udvides",
     ["bolig-og-stoetteloesninger", "forebyggelse-af-hjemloeshed"], "S"),
    ("flere-billige-boliger", "4.2.2", "Flere billige boliger til hjemløse",
     ["bolig-og-stoetteloesninger"], "A"),
    ("skaeve-boliger", "4.2.3", "Skæve boliger til borgere, der ikke kan bo i almindelige boliger",
     ["bolig-og-stoetteloesninger", "der-hvor-jeg-bor"], "C"),
    ("cti-bostoette", "4.2.4", "Bostøtte efter CTI-metoden",
     ["bolig-og-stoetteloesninger"], "S"),
    ("icm-bostoette", "4.2.5", "Bostøtte efter ICM-metoden",
     ["bolig-og-stoetteloesninger"], "D"),
    ("kvindeherberg", "4.2.6", "Et herberg kun for kvinder",
     ["bolig-og-stoetteloesninger", "forebyggelse-af-hjemloeshed"], "S"),
    ("ungeboliger-med-stoette", "4.2.7", "Ungeboliger med tilknyttet støtte",
     ["bolig-og-stoetteloesninger", "unge-med-saerlige-udfordringer"], "P"),
    ("natvarmestue", "4.2.8", "Natvarmestue hele året",
     ["bolig-og-stoetteloesninger"], "U"),
    ("boligsociale-medarbejdere", "4.2.9", "Boligsociale medarbejdere i almene afdelinger",
     ["bolig-og-stoetteloesninger", "forebyggelse-af-hjemloeshed"], "A"),
    (LONG_ID, "4.2.10",
     "Boligplacering af borgere fra forsorgshjem – et samarbejde mellem kommunen, de almene boligorganisationer, "
     "forsorgshjemmene og Kriminalforsorgen om hurtigere anvisning",
     ["bolig-og-stoetteloesninger", "forebyggelse-af-hjemloeshed", "job-for-udsatte", "sammenhaeng-i-indsatsen"],
     "S"),
    ("midlertidige-boliger", "4.2.11", "Midlertidige boliger i pavilloner",
     ["bolig-og-stoetteloesninger"], "X"),
    ("hunde-paa-herberger", "4.2.12", "Plads til hunde på herberger og i akutboliger",
     ["bolig-og-stoetteloesninger"], "M"),
    # spor 4.3
    ("jobpaedagoger", "4.3.1", "Flere jobpædagoger til udsatte borgere",
     ["job-for-udsatte", "job-ved-psykisk-saarbarhed"], "C"),
    ("socialoekonomiske-virksomheder", "4.3.2", "Samarbejde med socialøkonomiske virksomheder",
     ["job-for-udsatte"], "P"),
    ("gadesalg-og-smaajobs", "4.3.3", "Gadesalg, småjobs og beskæftigelse efter § 103",
     ["job-for-udsatte", "bolig-og-stoetteloesninger"], "S"),
    # Tema 5, spor 5.1
    ("boliger-der-passer-til-beboerne", "5.1.1", "Boliger, der i indretning og placering passer til beboerne",
     ["der-hvor-jeg-bor"], "A"),
    ("kompetenceudvikling-paa-botilbud", "5.1.2", "Kompetenceudvikling af medarbejdere på botilbud",
     ["der-hvor-jeg-bor", "det-jeg-kan-selv"], "S"),
    ("paaroerendesamarbejde", "5.1.3", "Et styrket pårørendesamarbejde",
     ["der-hvor-jeg-bor"], "Z"),
    # spor 5.2
    ("jobpaedagoger-handicap", "5.2.1", "Investering i flere jobpædagoger for borgere med handicap",
     ["det-jeg-kan-selv", "job-for-udsatte"], "S"),
    ("velfaerdsteknologi", "5.2.2", "Velfærdsteknologi, der giver mere selvstændighed",
     ["det-jeg-kan-selv"], "U"),
    ("fra-botilbud-til-egen-bolig", "5.2.3", "Fra botilbud til egen bolig med støtte efter § 85",
     ["det-jeg-kan-selv", "der-hvor-jeg-bor", "bolig-og-stoetteloesninger"], "D"),
    # spor 5.3
    ("sundhedsfremme-paa-botilbud", "5.3.1", "Sundhedsfremme på botilbud",
     ["min-sundhed"], "C"),
    ("tandpleje", "5.3.2", "Tandpleje for borgere med handicap",
     ["min-sundhed", "der-hvor-jeg-bor"], "A"),
    ("faellesskaber-i-fritiden", "5.3.3", "Fællesskaber i fritiden",
     ["min-sundhed", "meningsfulde-faellesskaber"], "P"),
    # Det tværgående tema: no numbers
    ("datadrevet-opfoelgning", None, "Datadrevet opfølgning på planens effekter",
     ["tvaergaaende"], "S"),
    ("investeringsmodel-og-budget", None, "Investeringsmodel og budget for hele planen",
     ["tvaergaaende", "bolig-og-stoetteloesninger"], "A"),
    ("borgerpanel", None, "Et borgerpanel, der følger planen",
     ["tvaergaaende"], "M"),
    ("aarsrapport", None,
     "Årsrapport om planens fremdrift – med status på alle initiativer, indikatorer og økonomi samt en "
     "særskilt redegørelse for det " + COMPOUND,
     ["tvaergaaende", "unge-med-saerlige-udfordringer"], "C"),
]

# "faellesskaber-placeholder" above is replaced: a theme must be a leaf.
INITIATIVES_TABLE = [
    (i, n, t, [("min-sundhed" if th == "faellesskaber-placeholder" else th) for th in ths], p)
    for (i, n, t, ths, p) in INITIATIVES_TABLE
]

LEAF_THEMES = [
    "laering-og-livsmestring", "det-gode-boerneliv", "foraeldre-og-netvaerk", "meningsfulde-faellesskaber",
    "ungeindgang", "fgu-samarbejde", "unge-med-saerlige-udfordringer", "digitale-ungeindsatser",
    "forebyggelse-voksne", "sammenhaeng-i-indsatsen", "job-ved-psykisk-saarbarhed",
    "forebyggelse-af-hjemloeshed", "bolig-og-stoetteloesninger", "job-for-udsatte",
    "der-hvor-jeg-bor", "det-jeg-kan-selv", "min-sundhed", "tvaergaaende",
]

INDICATOR_FOR_THEME = {
    "laering-og-livsmestring": "unge-uden-job-og-uddannelse",
    "det-gode-boerneliv": "unge-uden-job-og-uddannelse",
    "ungeindgang": "henvendelser-til-ungeindgangen",
    "digitale-ungeindsatser": "henvendelser-til-ungeindgangen",
    "fgu-samarbejde": "unge-uden-job-og-uddannelse",
    "unge-med-saerlige-udfordringer": "unge-hjemloese",
    "forebyggelse-af-hjemloeshed": "aendring-i-udsaettelser",
    "bolig-og-stoetteloesninger": "hjemloese-i-regionen",
    "job-for-udsatte": "egen-bolig-efter-et-aar",
    "der-hvor-jeg-bor": "ventetid-paa-bolig",
    "sammenhaeng-i-indsatsen": "ophold-paa-forsorgshjem",
    "tvaergaaende": "pladser-paa-forsorgshjem",
}

THEME_TITLES = {
    "laering-og-livsmestring": "Læring og livsmestring",
    "det-gode-boerneliv": "Det gode børneliv",
    "foraeldre-og-netvaerk": "Forældre og netværk",
    "meningsfulde-faellesskaber": "Meningsfulde fællesskaber",
    "ungeindgang": "En moderne og effektiv ungeindgang",
    "fgu-samarbejde": "Styrket samarbejde om FGU-unge",
    "unge-med-saerlige-udfordringer": "Unge med særlige udfordringer",
    "digitale-ungeindsatser": "Digitalisering af ungeindsatser",
    "forebyggelse-voksne": "Forebyggelse (voksne med psykisk sårbarhed)",
    "sammenhaeng-i-indsatsen": "Sammenhæng i indsatsen",
    "job-ved-psykisk-saarbarhed": "Uddannelse og job for borgere med psykisk sårbarhed",
    "forebyggelse-af-hjemloeshed": "Forebyggelse af hjemløshed",
    "bolig-og-stoetteloesninger": "Bolig- og støtteløsninger",
    "job-for-udsatte": "Uddannelse og job til byens udsatte",
    "der-hvor-jeg-bor": "Bolig – der hvor jeg bor",
    "det-jeg-kan-selv": "Læring og mestring – det jeg kan selv",
    "min-sundhed": "Sundhed og fællesskaber – min sundhed",
    "tvaergaaende": "Tværgående",
}

INDICATOR_TITLES = {
    "hjemloese-i-regionen": "hjemløse i regionens kommuner",
    "unge-uden-job-og-uddannelse": "unge uden job og uddannelse",
    "aendring-i-udsaettelser": "ændring i antallet af udsættelser",
    "pladser-paa-forsorgshjem": "pladser på forsorgshjem",
    "egen-bolig-efter-et-aar": "andel i egen bolig efter et år",
    "henvendelser-til-ungeindgangen": "henvendelser til ungeindgangen",
    "ventetid-paa-bolig": "ventetid på en bolig",
    "ophold-paa-forsorgshjem": "opholdslængde på forsorgshjem",
    "unge-hjemloese": "hjemløse unge",
}

PAGE_TITLES = {
    "om-planen": "Om planen",
    "metode-og-data": "Metode og data",
    "baggrund-og-vision": "Baggrund og vision",
    "ordliste": "Ordliste",
}

PAGES = ["om-planen", "metode-og-data", "baggrund-og-vision", "ordliste"]

UNITS = [
    "Børn og Unge",
    "Sociale Forhold og Beskæftigelse",
    "Jobcenter Aarhus",
    "Socialpsykiatri og Udsatte Voksne",
    "Handicap og Psykiatri",
    "Ungdommens Uddannelsesvejledning",
    "Borgerservice og Biblioteker",
]

OWNERS = [
    "Sociale Forhold og Beskæftigelse",
    "Børn og Unge",
    "Socialpsykiatri og Udsatte Voksne",
    "Jobcenter Aarhus",
    "Handicap og Psykiatri",
    "Ungeindgangen",
]

PARTNERS = [
    "Region Midtjylland",
    "Kriminalforsorgen",
    "Almene boligorganisationer",
    "FGU Østjylland",
    "Frivilligcenter (civilsamfund)",
    "Kirkens Korshær",
    "Psykiatrien i Region Midtjylland",
    "Praktiserende læger",
    "SAND – De hjemløses landsorganisation",
    "Socialstyrelsen",
]

TAGS = [
    "Unge 18–29 år",
    "Kvinder",
    "Borgere med misbrug",
    "Børn og familier",
    "Borgere med psykisk sårbarhed",
    "Hjemløse",
    "Pårørende",
    "Borgere med handicap",
    "Anbragte børn og unge",
    "Forebyggelse",
]

STARTS = ["2021", "2021-H2", "2022-Q3", "2023-05", "2021-09-01", "2020-Q1", "2024-H1", "2022"]
ENDS = [None, "2030", "2026-H1", "2025-Q4", "2027-06", "2028-12-31", "2026", None]

# ---------------------------------------------------------------------------
# YAML helpers: plain scalars where that is safe, double quotes otherwise.
# ---------------------------------------------------------------------------

PLAIN = re.compile(r"[A-Za-zÆØÅæøåÉé0-9][^:#\"'\n\[\]{},&*!|>%@`]*")


def q(s):
    """A YAML scalar for s: plain when unambiguous, else a JSON (= YAML) double-quoted string."""
    if PLAIN.fullmatch(s) and not s.endswith(" ") and not re.fullmatch(r"[0-9.\-]+", s):
        return s
    return json.dumps(s, ensure_ascii=False)


def folded(text, indent):
    """A folded block scalar (>-) wrapping text at about 76 columns."""
    pad = " " * indent
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > 76 - indent:
            lines.append(cur)
            cur = w
        else:
            cur = w if not cur else cur + " " + w
    if cur:
        lines.append(cur)
    return ">-\n" + "\n".join(pad + l for l in lines)


# ---------------------------------------------------------------------------
# Updates per profile. Dates never pass 2025-12-31 (the test builds with
# --today 2026-01-01); approved/started initiatives (except the deliberately
# stale ones) have an update after 2025-06-15, i.e. within 200 days.
# ---------------------------------------------------------------------------

def d(y, m, day):
    return "%04d-%02d-%02d" % (y, m, day)


def updates_for(profile, k, title):
    """k varies the history between initiatives of the same profile."""
    short = title if len(title) < 60 else title[:57].rstrip() + "…"
    m = 1 + (k * 5) % 12
    day = 1 + (k * 7) % 27
    late_m = 7 + k % 6          # July .. December 2025
    late_day = 1 + (k * 3) % 28
    ups = []
    if profile == "P":
        if k % 2:
            ups.append({"date": d(2025, m, day),
                        "text": "Forslaget er drøftet i styregruppen. Det vurderes igen ved næste budgetforhandling."})
        return ups
    if profile in ("A", "S", "C", "U", "X", "D", "SS"):
        ups.append({"date": d(2021, 3 + k % 6, 1 + k % 25), "status": "approved",
                    "text": "Byrådet har godkendt initiativet som en del af planen."})
    if profile == "A":
        if k % 3 == 0:
            ups.append({"date": d(2025, late_m, late_day),
                        "text": "Planlægningen er i gang; opstarten afventer en ny medarbejder."})
        elif k % 3 == 1:
            ups.append({"date": d(2023, m, day),
                        "text": "Økonomien er afklaret i budgetforliget."})
            ups.append({"date": d(2025, late_m, late_day), "status": "approved",
                        "text": "Godkendelsen er bekræftet efter revision af planen."})
        else:
            # same date twice; the later one in the file is the newer
            ups.append({"date": d(2025, late_m, late_day), "progress": 0,
                        "text": "Projektbeskrivelsen er sendt i høring."})
            ups.append({"date": d(2025, late_m, late_day),
                        "text": "Høringssvarene fra **SAND** og *Rådet for Socialt Udsatte* er modtaget."})
        return ups
    if profile in ("S", "D", "C", "X", "SS"):
        ups.append({"date": d(2022, m, day), "status": "started", "progress": 5 + k % 10,
                    "text": "Initiativet er sat i gang. Den første medarbejder er ansat."})
    if profile == "SS":
        ups.append({"date": "2025-03-03", "progress": 35,
                    "text": "Midtvejsstatus: aftalen med behandlingsstedet er på plads."})
        return ups
    if profile in ("S", "D"):
        n_extra = k % 4  # 0..3 more -> total 2..5 (+1 same-date below)
        prog = 20
        for j in range(n_extra):
            prog = min(95, prog + 15 + (k + j) % 10)
            ups.append({"date": d(2023 + j // 2, 1 + (k + 4 * j) % 12, 1 + (k + j) % 28), "progress": prog,
                        "text": "Status %d: %s skrider frem som planlagt." % (j + 1, short)})
        if k % 2 == 0:
            # two updates on the same date, both recent
            ups.append({"date": d(2025, late_m, late_day), "status": "started", "progress": min(99, prog + 5),
                        "text": "Evalueringen er bestilt hos et eksternt konsulenthus."})
            ups.append({"date": d(2025, late_m, late_day),
                        "text": "Samme dag: [Metode og data](page:metode-og-data) er opdateret med de nye tal."})
        else:
            ups.append({"date": d(2025, late_m, late_day), "progress": min(99, prog + 10),
                        "text": "Seneste status: driften er stabil, og ventelisten er ~~lang~~ kortere end sidste år."})
        return ups
    if profile == "C":
        ups.append({"date": d(2023, m, day), "progress": 60,
                    "text": "Halvvejs: aktiviteterne kører, og de første resultater er målt."})
        if k % 2:
            ups.append({"date": d(2024, 6, 30), "progress": 100,
                        "text": "Alle aktiviteter er afsluttet."})
            ups.append({"date": d(2024, 6, 30), "status": "completed",
                        "text": "Initiativet er gennemført og overgår til drift."})
        else:
            ups.append({"date": d(2024, 1 + k % 12, 1 + k % 28), "status": "completed", "progress": 100,
                        "text": "Initiativet er gennemført. Se evalueringen på <https://www.example.dk/evaluering>."})
        return ups
    if profile == "U":
        ups.append({"date": d(2024, m, day), "status": "postponed",
                    "text": "Initiativet er udskudt til budgetperioden 2027–2030 på grund af økonomien."})
        return ups
    if profile == "X":
        ups.append({"date": d(2023, m, day), "progress": 30,
                    "text": "Målgruppen viste sig at være mindre end forventet."})
        ups.append({"date": d(2024, m, day), "status": "stopped",
                    "text": "Initiativet er stoppet; midlerne er flyttet til "
                            "[Housing First-teamet](initiative:housing-first-teamet-udvides)."})
        return ups
    return ups


def status_key(profile, k):
    """The 'status' key written in the front matter, or None."""
    return {
        "P": "proposed" if k % 2 == 0 else None,
        "A": "approved", "S": "started", "C": "completed", "U": "postponed", "X": "stopped",
        "D": None, "Z": "completed", "SS": "started", "SA": "approved", "M": None,
    }[profile]


# ---------------------------------------------------------------------------
# Bodies
# ---------------------------------------------------------------------------

def body_for(idx, ident, title, number, themes, nxt, nxt_number, profile):
    variant = idx % 5
    if profile == "M" or variant == 4 and profile not in ("S", "C"):
        return ""
    theme = themes[0]
    ind = INDICATOR_FOR_THEME.get(theme, "hjemloese-i-regionen")
    page = PAGES[idx % len(PAGES)]
    ref = "Initiativ %s" % nxt_number if nxt_number else "Det næste initiativ"
    if variant == 3:
        return ("Kort beskrivelse: %s. Initiativet hænger sammen med [%s](initiative:%s).\n"
                % (title.rstrip("."), ref[0].lower() + ref[1:], nxt))
    parts = []
    parts.append("## Baggrund\n\n"
                 "Mange borgere i målgruppen oplever, at hjælpen kommer *for sent* eller fra **for mange** "
                 "forskellige steder. ~~Løsningen er flere tilbud.~~ Løsningen er bedre sammenhæng mellem de "
                 "tilbud, der allerede findes.\n")
    if variant in (0, 1):
        parts.append("### Målgruppe\n\n"
                     "- børn, unge og voksne, der er i risiko for at miste fodfæstet,\n"
                     "- deres pårørende og netværk,\n"
                     "- medarbejdere på tværs af forvaltningerne.\n")
    parts.append("## Indsatsen\n\n"
                 "1. Afdække behovet sammen med borgerne.\n"
                 "2. Afprøve en ny arbejdsgang i ét område.\n"
                 "3. Udbrede den til hele kommunen, hvis den virker.\n\n"
                 "Initiativet hører til sporet [%s](theme:%s) og følges med indikatoren "
                 "[%s](indicator:%s).\n" % (THEME_TITLES[theme], theme, INDICATOR_TITLES[ind], ind))
    if variant == 0:
        parts.append("### Forventet effekt\n\n"
                     "| År | Borgere i forløb | Heraf unge 18–29 år |\n"
                     "|---|---:|---:|\n"
                     "| 2022 | %d | %d |\n"
                     "| 2024 | %d | %d |\n"
                     "| 2026 | %d | %d |\n\n"
                     "*Tallene er illustrative testdata.*\n"
                     % (40 + idx, 10 + idx % 7, 55 + idx, 14 + idx % 9, 70 + idx, 20 + idx % 11))
    if variant in (0, 2):
        parts.append("## Se også\n\n"
                     "- [%s](initiative:%s)\n"
                     "- siden [%s](page:%s)\n"
                     "- den korte [handleplan](assets/handleplan.txt) (tekstfil)\n"
                     "- <https://www.vive.dk> og www.example.dk/socialomraadet\n"
                     "- [Socialstyrelsens vidensportal](https://vidensportal.socialstyrelsen.dk/)\n"
                     % (ref, nxt, PAGE_TITLES[page], page))
    if variant == 1:
        parts.append("## Økonomi\n\n"
                     "Udgiften afholdes inden for rammen. Gevinsten kommer først efter nogle år, se "
                     "[Metode og data](page:metode-og-data) og https://www.example.dk/budget.\n")
    return "\n".join(parts)


# ---------------------------------------------------------------------------
# Front matter
# ---------------------------------------------------------------------------

ALL_KEYS = ["title", "number", "summary", "themes", "status", "owner", "partners", "start", "end", "cost",
            "budget", "quick_win", "resources", "indicators", "tags", "updates", "extra"]

# Initiatives that get every optional key (the others vary by index).
FULL = {"trivsel-og-fravaer", "housing-first-teamet-udvides", LONG_ID}


def front_matter(idx, ident, number, title, themes, profile):
    k = idx
    full = ident in FULL
    L = []
    L.append("title: " + q(title))
    if number is not None:
        # numbers: plain (1.4.3 is text in YAML), quoted, and one plain integer-like
        if idx % 3 == 0:
            L.append("number: " + json.dumps(number))
        else:
            L.append("number: " + number)
    minimal = profile == "M"
    if minimal:
        L.append("themes: [" + ", ".join(themes) + "]")
        return L
    if idx % 4 != 3 or full:
        L.append("summary: " + q("%s: kort resumé til lister, kort og søgning." % title.split(" – ")[0]
                                 if idx % 4 != 1 else "Et initiativ i spor %s." % themes[0]))
    if idx % 2:
        L.append("themes: [" + ", ".join(themes) + "]")
    else:
        L.append("themes:")
        L.extend("  - " + t for t in themes)
    st = status_key(profile, k)
    if st:
        L.append("status: " + st)
    # owner: string or list
    if idx % 3 == 0:
        L.append("owner: " + q(OWNERS[idx % len(OWNERS)]))
    elif idx % 3 == 1 or full:
        L.append("owner:")
        L.append("  - " + q(OWNERS[idx % len(OWNERS)]))
        L.append("  - " + q(OWNERS[(idx + 2) % len(OWNERS)]))
    # partners
    if idx % 4 in (0, 1) or full:
        n = 1 + idx % 3
        L.append("partners:")
        for j in range(n):
            L.append("  - " + q(PARTNERS[(idx + 3 * j) % len(PARTNERS)]))
    # start / end: every syntax, open-ended both ways
    if idx % 9 == 7 and not full:
        L.append("end: " + q("2027-Q2"))            # no start
    elif profile != "Z" or idx % 2 == 0:
        s = STARTS[idx % len(STARTS)]
        L.append("start: " + (json.dumps(s) if idx % 5 == 0 else s))
        e = ENDS[(idx // 2) % len(ENDS)] or ("2030-H2" if full else None)
        if e:
            L.append("end: " + e)
    # cost, budget, quick_win
    cost = [None, "small", "medium", "large"][idx % 4] or ("large" if full else None)
    if cost:
        L.append("cost: " + cost)
    if idx % 3 == 0 or full:
        L.append("budget:")
        if idx % 12 == 0:
            L.append("  amount: 0")
            L.append("  note: Finansieres inden for den eksisterende ramme.")
        elif idx % 12 == 6:
            L.append("  amount: 1250000.50")
            L.append("  currency: EUR")
            L.append("  note: " + q("EU-midler (ESF+) – beløbet er i euro, ikke kroner."))
        else:
            L.append("  amount: %d" % (150000 * (1 + idx % 7)))
            L.append("  currency: DKK")
            L.append("  note: " + q("Årligt beløb %d–2026 (illustrativt)." % (2021 + idx % 3)))
    elif idx % 7 == 2:
        L.append("budget: {amount: %d}" % (2000000 + 250000 * (idx % 5)))
    qw = idx % 3 if not full else idx % 2
    if qw == 0:
        L.append("quick_win: true")
    elif qw == 1:
        L.append("quick_win: false")
    # resources: loads 1..3
    if idx % 5 != 4 or full:
        n = 1 + idx % 4
        L.append("resources:")
        for j in range(n):
            unit = UNITS[(idx + j * 2) % len(UNITS)]
            load = 1 + (idx + j) % 3
            if (idx + j) % 2:
                L.append("  - {unit: %s, load: %d}" % (q(unit), load))
            else:
                L.append("  - unit: " + q(unit))
                L.append("    load: %d" % load)
    # indicators
    ind = INDICATOR_FOR_THEME.get(themes[0])
    if ind and (idx % 3 != 2 or full):
        inds = [ind]
        if idx % 4 == 0 and ind != "hjemloese-i-regionen":
            inds.append("hjemloese-i-regionen")
        L.append("indicators: [" + ", ".join(inds) + "]")
    # tags
    if idx % 6 != 5 or full:
        n = 1 + idx % 3
        tags = []
        for j in range(n):
            t = TAGS[(idx * 3 + j * 4) % len(TAGS)]
            if t not in tags:
                tags.append(t)
        L.append("tags:")
        L.extend("  - " + q(t) for t in tags)
    # updates: sometimes reversed in the file (any order is allowed)
    ups = updates_for(profile, k, title)
    if ups:
        if idx % 4 == 2:
            ups = list(reversed(ups))
            # reversing changes which same-date entry is "later in the file";
            # keep same-date pairs in their original relative order
            ups = stable_same_date(ups)
        L.append("updates:")
        for u in ups:
            L.append("  - date: " + u["date"])
            if "status" in u:
                L.append("    status: " + u["status"])
            if "progress" in u:
                L.append("    progress: %d" % u["progress"])
            text = u["text"]
            if len(text) > 60:
                L.append("    text: " + folded(text, 6))
            else:
                L.append("    text: " + q(text))
    if idx % 10 == 0 or full:
        L.append("extra:")
        L.append("  sagsnummer: " + q("%02d.%02d.%02d-A00-%d-21" % (idx % 30, idx % 12, idx % 20, 1000 + idx)))
        L.append("  gammelt_nummer: " + q("R%d" % (idx + 1)))
    return L


def stable_same_date(ups):
    """After reversing, put entries with equal dates back in their original order."""
    out = []
    i = 0
    while i < len(ups):
        j = i
        while j + 1 < len(ups) and ups[j + 1]["date"] == ups[i]["date"]:
            j += 1
        out.extend(reversed(ups[i:j + 1]))
        i = j + 1
    return out


# ---------------------------------------------------------------------------
# Indicator data
# ---------------------------------------------------------------------------

YEARS = ["2009", "2011", "2013", "2015", "2017", "2019", "2022", "2024"]

# 17 of the municipalities of Region Midtjylland; counts of homeless people
# of the size VIVE's counts report (illustrative, not the real figures).
# None = no data for that year.
REGION = [
    ("Aarhus", [504, 528, 558, 544, 594, 571, 422, 398]),
    ("Favrskov", [11, 9, None, 14, 17, 12, 10, 9]),
    ("Hedensted", [8, 12, 15, 11, 19, 16, 13, 12]),
    ("Herning", [62, 71, 88, 79, 93, 85, 74, 70]),
    ("Holstebro", [33, 38, 41, 35, 46, 40, 37, 31]),
    ("Horsens", [91, 104, 117, 112, 126, 119, 101, 96]),
    ("Ikast-Brande", [17, 22, 19, None, 25, 27, 21, 20]),
    ("Norddjurs", [24, 29, 31, 26, 33, 30, 27, 26]),
    ("Odder", [6, 5, 9, 7, None, 8, 6, 5]),
    ("Randers", [118, 129, 137, 141, 152, 146, 125, 117]),
    ("Ringkøbing-Skjern", [15, 19, 22, 18, 24, 21, 20, 17]),
    ("Samsø", [None, 0, 1, None, 2, 0, None, 1]),
    ("Silkeborg", [57, 64, 72, 69, 81, 77, 66, 61]),
    ("Skanderborg", [14, 18, 21, 23, 26, 22, 19, 18]),
    ("Skive", [21, 26, 28, 24, 31, 29, 25, 23]),
    ("Syddjurs", [13, 17, 16, 19, 22, 20, 18, None]),
    ("Viborg", [58, 63, 69, 66, 74, 71, 62, 59]),
]
assert len(REGION) == 17

QUARTERS = ["2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4",
            "2025-Q1", "2025-Q2", "2025-Q3"]
QUARTER_SERIES = [
    ("Digitale henvendelser", [412, 455, 398, 470, 512, 549, 503, 588, 631, None, 702]),
    ("Personlige henvendelser", [301, 287, 265, 293, 276, 261, 240, 255, 238, 229, None]),
]


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def write_region_csv():
    rows = ["series,period,value"]
    for name, values in REGION:
        for year, v in zip(YEARS, values):
            # A CSV field with a space around it is allowed ("spaces around a
            # field are ignored"): use that once, on Aarhus 2024.
            if name == "Aarhus" and year == "2024":
                rows.append("Aarhus, 2024 , %d" % v)
                continue
            rows.append("%s,%s,%s" % (name, year, "" if v is None else v))
    write(os.path.join(INDICATORS, "hjemloese-i-regionen.csv"), "\n".join(rows) + "\n")


def write_quarter_csv():
    rows = ["series,period,value"]
    # Interleaved order: series appear in order of first appearance anyway.
    for qi, quarter in enumerate(QUARTERS):
        for name, values in QUARTER_SERIES:
            v = values[qi]
            field = '"%s"' % name if qi % 2 else name  # RFC 4180 quoting on every other row
            rows.append("%s,%s,%s" % (field, quarter, "" if v is None else v))
    write(os.path.join(INDICATORS, "henvendelser-til-ungeindgangen.csv"), "\n".join(rows) + "\n")


def main():
    os.makedirs(INITIATIVES, exist_ok=True)
    for name in sorted(os.listdir(INITIATIVES)):
        if name.endswith(".md"):
            os.remove(os.path.join(INITIATIVES, name))
    ids = [row[0] for row in INITIATIVES_TABLE]
    assert len(ids) == len(set(ids)), "duplicate ID"
    numbers = [row[1] for row in INITIATIVES_TABLE if row[1]]
    assert len(numbers) == len(set(numbers)), "duplicate number"
    assert len(ids) >= 64, len(ids)
    long_titles = [row[2] for row in INITIATIVES_TABLE if len(row[2]) >= 120]
    assert len(long_titles) >= 3, [len(r[2]) for r in INITIATIVES_TABLE]
    for idx, (ident, number, title, themes, profile) in enumerate(INITIATIVES_TABLE):
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", ident) and len(ident) <= 80, ident
        assert all(t in LEAF_THEMES for t in themes), (ident, themes)
        assert len(themes) == len(set(themes)) and 1 <= len(themes) <= 4, ident
        nxt = ids[(idx + 1) % len(ids)]
        nxt_number = INITIATIVES_TABLE[(idx + 1) % len(ids)][1]
        fm = front_matter(idx, ident, number, title, themes, profile)
        body = body_for(idx, ident, title, number, themes, nxt, nxt_number, profile)
        text = "---\n" + "\n".join(fm) + "\n---\n"
        if body:
            text += "\n" + body
        if ident in FULL:
            keys = {l.split(":")[0] for l in fm if l and not l.startswith(" ")}
            missing = set(ALL_KEYS) - keys
            assert not missing, (ident, missing)
        write(os.path.join(INITIATIVES, ident + ".md"), text)
    write_region_csv()
    write_quarter_csv()
    print("wrote %d initiatives and 2 CSV files under %s" % (len(ids), os.path.relpath(CONTENT)), file=sys.stderr)


if __name__ == "__main__":
    main()
