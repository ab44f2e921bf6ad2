#!/usr/bin/env python3
"""Writes the spreadsheet exports that tests/import/run.sh imports.

The files are committed; this script documents how their bytes were made
(the encodings, separators and line endings Excel really writes) and
re-creates them: python3 tests/import/make-inputs.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, text, encoding="utf-8", newline="\n", bom=False):
    data = text.replace("\n", newline).encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


# Danish Excel, "CSV (semikolonsepareret)": Windows-1252, ';', CRLF. The plan
# already has plan.yaml and themes.yaml (start/); themes are named by number,
# short label, title and one new name.
KOLDING = """\
Nr.;Initiativ;Tema;Ansvarlig;Start;Slut;Status;Forventet udgift;Hurtig effekt;Samarbejdspartnere;Målgrupper;Resumé;Beskrivelse
1;Hjælp til fastholdelse af egen bolig;2, 4;Social- og Handicapchefen og Chefen for Sygepleje, Hjemmehjælp, Uddannelse og kvalitet;2. halvår 2024;1. halvår 2026;Igangsat;Mellem;Nej;"Boligselskaber; Lokale viceværter";Forebyggelse, Lejere;En helhedsorienteret indsats skal hjælpe lejere i risiko for udsættelse med at beholde deres bolig.;Hvert år bliver lejere i Kolding sat ud af deres bolig, ofte på grund af huslejerestancer, som kunne have været løst i tide.
2;Én indgang;Internt samarbejde;Social- og Arbejdsmarkedsdirektøren;maj 2024;;Godkendt;Lille;Ja;;;Borgeren skal kun henvende sig ét sted for at få hjælp.;Mange borgere oplever at blive sendt fra kontor til kontor – det skal ændres.
3;Etablering af §107-boliger til socialt udsatte;De svære overgange / Den rette bolig – til dig;Social- og Handicapchefen;2025;2027;Foreslået;Stor;Nej;By- og Fællesforvaltningen;Misbrug;;
4;Betydningsfulde jobs;Beskæftigelse;Jobcenterchefen;2. kvartal 2025;;Igangsat;Ikke afklaret;x;Virksomheder i Kolding;Unge;Job med mening som vej ud af hjemløshed.;
5;Udsatte unge;Tema 2;Familiechefen;2024-H1;;Udskudt;Mellem;;;Unge, Forebyggelse;;Unge, der forlader en anbringelse, skal have en plan for deres bolig.
"""
write("kolding-semikolon-cp1252.csv", KOLDING, encoding="cp1252", newline="\r\n")

# Excel, "CSV UTF-8 (kommasepareret)": a BOM, ',', CRLF. No content folder
# yet: import writes plan.yaml and themes.yaml itself.
UTF8_BOM = """\
Nummer,Titel,Temaer,Ejer,Start,Slut,Status,Udgift,Hurtig effekt,Partnere,Tags,Resumé,Beskrivelse
1.1,Fremskudt sagsbehandling,"Bolig; Sundhed",Voksenrådgivningen,2024-H1,H2 2025,started,lille,ja,"Forsorgshjemmet, Psykiatrien",Sagsbehandling,Sagsbehandleren kommer ud til borgeren.,Borgere i hjemløshed har svært ved at møde op til aftaler på rådhuset.
1.2,Bedre adgang til sundhedsbehandling,Sundhed,Sundhedschefen,2025-Q3,september 2025,godkendt,Stor,nej,Region Syddanmark,"Sundhed, Psykiatri",,
2,Billige boliger,Bolig,Boligchefen,17-05-2025,2024,Gennemført,mellem,Ja,Boligselskaberne,,Flere billige boliger til borgere med lav indkomst.,
"""
write("utf8-bom-crlf.csv", UTF8_BOM, newline="\r\n", bom=True)

# A description with line breaks, blank lines, quotes and bullets typed as •;
# themes and owners one per line; a row without a title (exit 1).
QUOTED = '''\
Titel;Temaer;Ansvarlig;Status;Beskrivelse
Opdelt forsorgshjem;"Den rette bolig
Sundhed og trivsel";"Forstanderen
Social- og Handicapchefen";igangsat;"## Problem

Beboere med og uden misbrug bor side om side. En beboer siger: ""Jeg kan ikke
falde til ro her.""

## Forslag

• En afdeling uden misbrug
• Bo-træning før flytning"
;Sundhed og trivsel;Sundhedschefen;foreslået;"Beskrivelsen er skrevet,
men titlen mangler."
Meningsfulde fællesskaber;"Fællesskaber;
Partnerskaber";Kultur- og Fritidschefen;I gang;"Fællesskaber, der giver hverdagen indhold.
Se ""Strategi for hjemløshed"", side 12."
'''
write("quoted-newlines.csv", QUOTED)

# An English export, tab-separated, with a title row above the header, empty
# cells between tabs, a repeated title and a repeated number.
ENGLISH = """\
Action plan 2025–2027
\t\t\t\t\t\t\t\t\t\t\t\t
Number\tTitle\tThemes\tOwner\tStart\tEnd\tStatus\tCost\tQuick win\tPartners\tTags\tSummary\tDescription
1\tOne front door\tCooperation\tHead of Social Services\tH1 2025\tQ4 2026\tapproved\tSmall\tYes\tJob centre; Housing associations\tAdults\tOne place to ask for help.\tPeople are sent from office to office.
2\tHousing first\tHousing\tHead of Housing\tMay 2025\t\tproposed\tLarge\tNo\t\t\t\t
2\tHousing first\tHousing\t\t2025-10-01\t\tstopped\tmedium\t\t\t\t\tA second row with the same title and number.
3\tStreet outreach\tCooperation / Housing\tHead of Social Services and Head of Health\t2025\t2026\tcompleted\t\tTRUE\t\tYoung people, Adults\t\t
"""
write("english-headers.csv", ENGLISH)

# Columns import does not know, a misspelt one, one without a header, two that
# mean the same, cells beyond the header, a theme group and a row without theme.
UNKNOWN = """\
Nr;Titel;Initiativ;Budget 2025;Beskrivlese;Tema;;Kommentar;Status
1;Skæve boliger;Skæve huse;250.000;Tekst;Skæve boliger;B;Drøftes i udvalget;Godkendt
2;Housing First-team;;;;Boligen først;;;Igangsat;ekstra
3;Natvarmestue;;;;;;;måske
"""
write("unknown-columns.csv", UNKNOWN)

# A UTF-8 export (no BOM, ';', LF) with one stray Windows-1252 byte: the "ø"
# of "Bøger" pasted from an old program (0xF8) on line 3. The file is read as
# UTF-8, that byte as Windows-1252, with a warning at its line and column.
STRAY = """\
Titel;Tema;Ansvarlig;Status
Hjælp til fastholdelse af egen bolig;Den rette bolig;Socialchefen;Igangsat
Læsegruppe med @;Fællesskaber;Kultur- og Fritidschefen;Foreslået
"""
data = STRAY.encode("utf-8").replace("@".encode(), b"B\xf8ger")
with open(os.path.join(HERE, "utf8-stray-byte.csv"), "wb") as f:
    f.write(data)
