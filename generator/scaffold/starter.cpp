#include "scaffold/starter.hpp"

#include "model/placeholders.hpp"
#include "scaffold/yaml_text.hpp"

namespace overblik::scaffold {

namespace {

constexpr std::string_view kPlan = R"(# plan.yaml – planen og sitet
#
# Hver linje er "nøgle: værdi". Nøglerne (før kolon) er engelske og skal stå,
# som de står; værdierne (efter kolon) skriver I selv. Linjer, der begynder
# med #, er kommentarer og kommer ikke med på sitet. Alle nøgler er forklaret
# i overbliks vejledning docs/content-format.md, afsnittet "plan.yaml".
# Tjek indholdet med: overblik check --content MAPPE

# Planens titel. Skal udfyldes.
title: Strategi for hjemløshed
# Undertitel. Kan udelades.
subtitle: Handleplan
# Kommunen bag planen. Skal udfyldes.
organisation: @PH_ORGANISATION@
# Forvaltningen bag planen. Kan udelades.
department: Social- og Arbejdsmarkedsforvaltningen
# Sproget i sitets menuer, datoer og adresser: da (dansk) eller en (engelsk).
language: da
# Planperioden: første og sidste år.
period:
  start: @YEAR@
  end: @END_YEAR@
# Datoen, hvor planen første gang blev offentliggjort (år-måned-dag).
published: @TODAY@
# Sitets adresse på nettet. Uden den giver overblik en advarsel, og sitemap og
# nyhedsfeed får relative adresser. Fjern "# " foran linjen, og skriv adressen.
# base_url: https://www.eksempel.dk/hjemloeshed
# Indledningen på forsiden, i Markdown. Tegnet | betyder, at teksten står på
# de indrykkede linjer herunder; en tom linje skiller to afsnit.
intro: |
  Strategien giver ledere og medarbejdere en fælles retning i arbejdet med
  borgere, der lever i hjemløshed eller er i risiko for at miste deres bolig.

  Her kan I følge initiativerne, og hvordan det går med dem.
# Kontaktoplysninger nederst på siderne. Alle kan udelades.
contact:
  name: Social- og Arbejdsmarkedsforvaltningen
  # email: hjemloeshed@eksempel.dk
  # phone: 12 34 56 78
  # address: Rådhustorvet 1, 1234 Eksempelby
# Link til sitets tilgængelighedserklæring på was.digst.dk. Offentlige sites
# skal have en.
# accessibility_statement: https://www.was.digst.dk/eksempel-dk
# Licensen for sitets åbne data. Kan udelades.
licence: CC BY 4.0
# Efter så mange dage uden en opdatering bliver et godkendt eller igangsat
# initiativ markeret "Ikke opdateret". Uden denne linje: 365.
stale_after_days: 365
)";

constexpr std::string_view kThemes = R"(# themes.yaml – planens temaer
#
# Ét tema pr. punkt; hvert punkt begynder med "- ". Rækkefølgen her er
# rækkefølgen på sitet, og hvert tema er en kolonne i matricen over initiativer
# og temaer. Alle nøgler er forklaret i docs/content-format.md, afsnittet
# "themes.yaml".

# Temaets ID: kun a-z, 0-9 og bindestreg (æ bliver ae, ø oe og å aa).
# Initiativer og indikatorer henviser til temaet med ID'et. Skal udfyldes.
- id: forebyggelse
  # Temaets navn. Skal udfyldes.
  title: Forebyggelse og tidlig indsats
  # Temaets nummer i planen. Kan udelades.
  number: 1
  # Et kort navn til matricens kolonneoverskrifter. Kan udelades.
  short: Forebyggelse
  # Hvad temaet handler om, i Markdown. Tegnet >- samler de indrykkede linjer
  # herunder til ét afsnit. Kan udelades.
  summary: >-
    Hjemløshed skal forebygges, før borgeren står uden bolig. Temaet handler
    om at opdage risikoen tidligt – ved en udsættelse, ved en løsladelse og
    når en ung forlader en anbringelse.
- id: vejen-til-egen-bolig
  title: Vejen til egen bolig
  number: 2
  short: Egen bolig
  summary: >-
    Med en fast bolig og den rette støtte kan borgeren tage vare på sig selv.
    Temaet handler om boliger, der passer til forskellige behov.
# Temaer kan samles i grupper: giv et tema nøglen parent med gruppens ID.
# Se docs/content-format.md, afsnittet "themes.yaml".
)";

constexpr std::string_view kInitiative = R"(---
# Ét initiativ pr. fil. Filnavnet uden .md (her opsoegende-indsats) er
# initiativets ID og en del af dets adresse på sitet: kun a-z, 0-9 og
# bindestreg. Mellem de to linjer med --- står nøglerne; under dem står
# beskrivelsen i Markdown. Alle nøgler er forklaret i docs/content-format.md,
# afsnittet "initiatives/ID.md".

# Initiativets navn. Skal udfyldes.
title: Opsøgende indsats for unge i risiko for hjemløshed
# Nummeret i planen. Kan udelades. Et nummer med punktum skrives i
# anførselstegn: "2.1".
number: 1
# Én sætning til lister, kort og søgning (almindelig tekst, ikke Markdown).
summary: Unge, der forlader en anbringelse, får en fast kontaktperson, før de står uden bolig.
# Temaerne fra themes.yaml, skrevet med deres ID mellem [ ]. Det første er
# initiativets primære tema. Mindst ét.
themes: [forebyggelse, vejen-til-egen-bolig]
# Hvem der har ansvaret: én tekst eller en liste med "- " foran hver linje.
owner: Social- og Handicapchefen
# Samarbejdspartnere, som en liste. Kan udelades.
partners:
  - Ungdommens Uddannelsesvejledning
  - Boligselskaberne
# Hvornår initiativet starter og slutter: et år (@YEAR@), et halvår (@YEAR@-H1),
# et kvartal (@YEAR@-Q3), en måned (@YEAR@-05) eller en dag (@YEAR@-05-17).
start: @YEAR@-H1
end: @NEXT_YEAR@-H2
# Forventet udgift: small (lille), medium (mellem) eller large (stor).
cost: small
# Budget: beløb (amount) i kroner og en bemærkning (note). Kan udelades.
budget:
  amount: 250000
  note: årligt
# Hurtig effekt: true (ja), hvis initiativet er let at gennemføre og virker
# hurtigt, ellers false (nej).
quick_win: true
# Hvor meget initiativet trækker på hver enhed: load 1 (lidt), 2 (en del)
# eller 3 (meget). Kan udelades.
resources:
  - unit: Voksenrådgivningen
    load: 2
# Indikatorerne (filnavnet i indicators/ uden .yaml), som initiativet skal
# flytte. Kan udelades.
indicators: [unge-i-hjemloeshed]
# Frie filterord, fx målgrupper. Kan udelades.
tags: [Unge, Forebyggelse]
# Initiativets historik: én opdatering pr. dato (år-måned-dag) med en tekst.
# status er proposed (foreslået), approved (godkendt), started (igangsat),
# completed (gennemført), postponed (udskudt) eller stopped (stoppet); den
# nyeste status gælder. progress er, hvor mange procent der er gjort (0-100).
# status og progress kan udelades.
updates:
  - date: @TODAY@
    status: approved
    text: Initiativet er godkendt, og arbejdet med at finde kontaktpersoner er begyndt.
---

## Problem

@PH_PROBLEM@ Teksten skrives i Markdown: en tom
linje skiller to afsnit, og ## foran en linje gør den til en overskrift.

## Forslag

- @PH_PROPOSAL@
- En punktliste skrives med - foran hver linje.

## Forventet effekt

@PH_EFFECT@ Udviklingen kan følges på
[unge i hjemløshed](indicator:unge-i-hjemloeshed).
)";

constexpr std::string_view kIndicator =
    R"(# En indikator er et tal, som planen følger over tid. Filnavnet uden .yaml
# (her unge-i-hjemloeshed) er indikatorens ID. Alle nøgler er forklaret i
# docs/content-format.md, afsnittet "indicators/ID.yaml".
# Tallene herunder er eksempler: erstat dem med jeres egne.

# Indikatorens navn. Skal udfyldes.
title: Unge i hjemløshed
# Nummeret, der bestemmer rækkefølgen. Kan udelades.
number: 1
# Enheden for tallene, fx personer, sager eller %. Skal udfyldes.
unit: personer
# Hvad der måles, og hvorfor, i Markdown. Kan udelades.
description: >-
  Antal unge på 18–24 år i hjemløshed i kommunen ved VIVE's kortlægning i
  uge 6.
# Hvor tallene kommer fra, som tekst og som link. Kan udelades.
source: VIVE, Hjemløshed i Danmark
source_url: https://www.vive.dk/
# Hvilken vej der er bedst: decrease (lavere), increase (højere) eller none.
direction: decrease
# Antal decimaler på sitet, 0-4.
decimals: 0
# Temaerne fra themes.yaml, som indikatoren hører til. Kan udelades.
themes: [forebyggelse]
# Udgangspunktet: en periode og et tal. Kan udelades.
baseline:
  period: @YEAR_MINUS_2@
  value: 20
# Målet: en periode og et tal (eller et interval: [10, 15]). Kan udelades.
target:
  period: @END_YEAR@
  value: 12
# Dataserierne, én linje i grafen pr. serie. Under values står perioden, et
# kolon og tallet; null betyder "ingen data".
series:
  - name: Unge 18–24 år
    values:
      @YEAR_MINUS_4@: 23
      @YEAR_MINUS_2@: 20
)";

constexpr std::string_view kPage = R"(---
# En side med fortællende tekst, fx om baggrunden for planen. Filnavnet uden
# .md (her om-planen) bliver sidens adresse. Alle nøgler er forklaret i
# docs/content-format.md, afsnittet "pages/SLUG.md".

# Sidens titel. Skal udfyldes.
title: Om planen
# Sidens plads i hovedmenuen (1 er først). Uden menu kommer siden ikke i menuen.
menu: 1
# En kort indledning øverst på siden (almindelig tekst). Kan udelades.
summary: Hvordan planen er blevet til, og hvordan vi følger op på den.
---

## Sådan er planen blevet til

@PH_PAGE_BACKGROUND@ Teksten skrives i Markdown. Et link til
et tema, et initiativ eller en indikator skrives sådan:
[Forebyggelse og tidlig indsats](theme:forebyggelse) og
[opsøgende indsats](initiative:opsoegende-indsats).

## Sådan følger vi op

@PH_PAGE_FOLLOW_UP@
)";

/// The dates the examples are written around, and the placeholders the author replaces.
std::vector<std::pair<std::string, std::string>> date_values(const Date& today) {
  auto year = [&](int delta) { return std::to_string(today.year + delta); };
  std::vector<std::pair<std::string, std::string>> v = {
      {"TODAY", today.iso()}, {"YEAR", year(0)},          {"NEXT_YEAR", year(1)},
      {"END_YEAR", year(3)},  {"YEAR_MINUS_2", year(-2)}, {"YEAR_MINUS_4", year(-4)}};
  for (const Placeholder& p : placeholders())
    v.emplace_back("PH_" + std::string(p.key), std::string(p.text));
  return v;
}

}  // namespace

std::vector<PlannedFile> starter_files(const Date& today) {
  auto values = date_values(today);
  return {{"plan.yaml", fill_template(kPlan, values)},
          {"themes.yaml", std::string(kThemes)},
          {"initiatives/opsoegende-indsats.md", fill_template(kInitiative, values)},
          {"indicators/unge-i-hjemloeshed.yaml", fill_template(kIndicator, values)},
          {"pages/om-planen.md", fill_template(kPage, values)}};
}

std::string starter_plan(const Date& today) {
  return fill_template(kPlan, date_values(today));
}

}  // namespace overblik::scaffold
