// The templates of `overblik new`: one file, its keys commented out where the
// author has to choose, so the file passes `overblik check` as written.
#include <fmt/format.h>

#include "model/placeholders.hpp"
#include "scaffold/starter.hpp"
#include "scaffold/yaml_text.hpp"

namespace overblik::scaffold {

namespace {

constexpr std::string_view kNewInitiative = R"(---
# Nyt initiativ. Udfyld nøglerne, og fjern "# " foran dem, I vil bruge.
# Alle nøgler er forklaret i docs/content-format.md, afsnittet
# "initiatives/ID.md".

# Initiativets navn.
title: @TITLE@
# Nummeret i planen. Et nummer med punktum skrives i anførselstegn: "2.1".
# number: 1
# Én sætning til lister, kort og søgning (almindelig tekst).
# summary: Én sætning om, hvad initiativet går ud på.
# Temaerne (ID'er fra themes.yaml) mellem [ ]. Det første er det primære tema.
@OTHER_THEMES@themes: [@FIRST_THEME@]
# Hvem der har ansvaret: én tekst eller en liste.
# owner: Social- og Handicapchefen
# Samarbejdspartnere, som en liste.
# partners: [Boligselskaberne]
# Start og slut: et år (2026), et halvår (2026-H1), et kvartal (2026-Q3), en
# måned (2026-05) eller en dag (2026-05-17).
# start: 2026-H1
# end: 2027-H2
# Forventet udgift: small (lille), medium (mellem) eller large (stor).
# cost: small
# Hurtig effekt: true (ja) eller false (nej).
# quick_win: false
# Frie filterord, fx målgrupper.
# tags: [Unge]
# Historik: én opdatering pr. dato (år-måned-dag). status er proposed,
# approved, started, completed, postponed eller stopped.
# updates:
#   - date: 2026-01-15
#     status: approved
#     text: Initiativet er godkendt.
---

## Problem

@PH_PROBLEM@

## Forslag

@PH_PROPOSAL@

## Forventet effekt

@PH_EFFECT@
)";

constexpr std::string_view kNewIndicator =
    R"(# Ny indikator: et tal, som planen følger over tid. Alle nøgler er forklaret i
# docs/content-format.md, afsnittet "indicators/ID.yaml".

# Indikatorens navn.
title: @TITLE@
# Enheden for tallene, fx personer, sager eller %.
unit: personer
# Hvad der måles, og hvorfor, i Markdown.
# description: Antal borgere, der ...
# Hvor tallene kommer fra.
# source: VIVE, Hjemløshed i Danmark
# source_url: https://www.vive.dk/
# Hvilken vej der er bedst: decrease (lavere), increase (højere) eller none.
direction: none
# Temaerne fra themes.yaml, som indikatoren hører til.
@THEME_LIST@# themes: [@FIRST_THEME@]
# Udgangspunkt og mål: en periode og et tal.
# baseline: {period: @YEAR@, value: 100}
# target: {period: @END_YEAR@, value: 80}
# Dataserien: under values står perioden, et kolon og tallet. null betyder
# "ingen data". Skriv jeres egne perioder og tal.
series:
  - values:
      @YEAR@: null
)";

constexpr std::string_view kNewPage = R"(---
# Ny side med fortællende tekst. Alle nøgler er forklaret i
# docs/content-format.md, afsnittet "pages/SLUG.md".

# Sidens titel.
title: @TITLE@
# Sidens plads i hovedmenuen (1 er først). Uden menu kommer siden ikke i menuen.
# menu: 2
# En kort indledning øverst på siden (almindelig tekst).
# summary: Én sætning om, hvad siden handler om.
---

@PH_PAGE@
)";

/// "#   id (Titel)\n" for each theme, under a heading line.
std::string theme_comment(std::string_view heading, const std::vector<ThemeInfo>& themes) {
  if (themes.empty()) return {};
  std::string out = fmt::format("# {}\n", heading);
  for (const ThemeInfo& t : themes)
    out += fmt::format("#   {} ({})\n", t.id, yaml_comment_text(t.title));
  return out;
}

}  // namespace

std::string new_file_path(NewKind kind, std::string_view id) {
  switch (kind) {
    case NewKind::initiative:
      return fmt::format("initiatives/{}.md", id);
    case NewKind::indicator:
      return fmt::format("indicators/{}.yaml", id);
    case NewKind::page:
      return fmt::format("pages/{}.md", id);
  }
  return {};
}

std::string title_from_id(std::string_view id) {
  std::string title(id);
  for (char& c : title)
    if (c == '-') c = ' ';
  if (!title.empty() && title[0] >= 'a' && title[0] <= 'z')
    title[0] = static_cast<char>(title[0] - 'a' + 'A');
  return title;
}

std::string new_file_text(NewKind kind, const std::string& title, const ThemeList& themes,
                          const Date& today) {
  std::vector<ThemeInfo> leaves = themes.leaves();
  std::string first = leaves.empty() ? std::string() : leaves.front().id;
  std::vector<ThemeInfo> others(leaves.begin() + (leaves.empty() ? 0 : 1), leaves.end());
  std::vector<std::pair<std::string, std::string>> values = {
      {"TITLE", yaml_scalar(title)},
      {"FIRST_THEME", first},
      {"OTHER_THEMES", theme_comment("Andre temaer i themes.yaml:", others)},
      {"THEME_LIST", theme_comment("Mulige temaer:", leaves)},
      {"YEAR", std::to_string(today.year)},
      {"END_YEAR", std::to_string(today.year + 3)}};
  for (const Placeholder& p : placeholders())
    values.emplace_back("PH_" + std::string(p.key), std::string(p.text));
  switch (kind) {
    case NewKind::initiative:
      return fill_template(kNewInitiative, values);
    case NewKind::indicator:
      return fill_template(kNewIndicator, values);
    case NewKind::page:
      return fill_template(kNewPage, values);
  }
  return {};
}

}  // namespace overblik::scaffold
