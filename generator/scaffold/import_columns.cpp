#include "scaffold/import_columns.hpp"

#include <array>

#include "scaffold/import_values.hpp"

namespace overblik::scaffold {

namespace {

struct ColumnInfo {
  Column column;
  std::string_view key;
  std::string_view shown;                 ///< as listed in messages
  std::vector<std::string_view> aliases;  ///< as people write them
};

const std::vector<ColumnInfo>& columns() {
  static const std::vector<ColumnInfo> kColumns = {
      {Column::number, "number", "nummer/number", {"nummer", "nr", "number"}},
      {Column::title, "title", "titel/title", {"titel", "title", "initiativ"}},
      {Column::themes, "themes", "temaer/themes", {"temaer", "tema", "themes", "theme"}},
      {Column::owner,
       "owner",
       "ejer/owner",
       {"ejer", "ejere", "ansvarlig", "ansvarlige", "initiativejer", "owner", "owners"}},
      {Column::start, "start", "start", {"start", "startdato", "opstart"}},
      {Column::end, "end", "slut/end", {"slut", "slutdato", "end"}},
      {Column::status, "status", "status", {"status"}},
      {Column::cost,
       "cost",
       "udgift/cost",
       {"udgift", "forventet udgift", "udgifter", "cost", "expected cost"}},
      {Column::quick_win, "quick_win", "hurtig effekt/quick win", {"hurtig effekt", "quick win"}},
      {Column::partners,
       "partners",
       "partnere/partners",
       {"partnere", "samarbejdspartnere", "samarbejdspartner", "partner", "partners"}},
      {Column::tags, "tags", "tags/målgrupper", {"tags", "tag", "målgrupper", "målgruppe"}},
      {Column::summary, "summary", "resumé/summary", {"resumé", "summary"}},
      {Column::description, "body", "beskrivelse/description", {"beskrivelse", "description"}},
  };
  return kColumns;
}

const ColumnInfo& info(Column c) {
  return columns()[static_cast<size_t>(c)];
}

}  // namespace

std::optional<Column> match_column(std::string_view header) {
  std::string key = match_key(header);
  for (const ColumnInfo& c : columns())
    for (std::string_view alias : c.aliases)
      if (key == match_key(alias)) return c.column;
  return std::nullopt;
}

std::string_view column_key(Column c) {
  return info(c).key;
}

std::string_view column_name(Column c) {
  return info(c).aliases.front();
}

std::string recognised_columns() {
  std::string out;
  for (const ColumnInfo& c : columns()) out += (out.empty() ? "" : ", ") + std::string(c.shown);
  return out;
}

std::vector<std::string> column_aliases() {
  std::vector<std::string> out;
  for (const ColumnInfo& c : columns())
    for (std::string_view alias : c.aliases) out.emplace_back(alias);
  return out;
}

char sniff_separator(std::string_view text) {
  std::array<int, 3> counts{};  // tab, ';', ','
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n' && counts[0] + counts[1] + counts[2] > 0) break;
    if (c == '\t') ++counts[0];
    if (c == ';') ++counts[1];
    if (c == ',') ++counts[2];
  }
  const std::array<char, 3> seps = {'\t', ';', ','};
  size_t best = 2;
  for (size_t i = 0; i < 3; ++i)
    if (counts[i] > counts[best] || (counts[i] == counts[best] && counts[i] > 0 && i < best))
      best = i;
  return seps[best];
}

char separator_line(std::string_view text) {
  if (text.size() < 5 || (text.size() > 5 && text[5] != '\n') || text.substr(0, 4) != "sep=")
    return 0;
  return text[4];
}

}  // namespace overblik::scaffold
