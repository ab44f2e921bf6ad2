#include "scaffold/csv_import.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <stdexcept>

#include "scaffold/import_values.hpp"
#include "support/text.hpp"

namespace overblik::scaffold {

namespace {

constexpr int kHeaderSearchRows = 10;
constexpr char kTabStandIn = '\x1f';  // parse_csv skips tabs as blanks; tabs travel as this

struct Header {
  size_t row = 0;  ///< index into the rows
  std::array<int, kColumnCount> index{};
  std::array<std::string, kColumnCount> names;
  std::vector<size_t> unnamed;  ///< header cells left empty
};

bool blank_row(const CsvRow& row) {
  return std::all_of(row.fields.begin(), row.fields.end(),
                     [](const CsvField& f) { return is_blank_value(f.text); });
}

/// "A", "B", ..., "Z", "AA": the spreadsheet's name of a column.
std::string column_letter(size_t i) {
  std::string s;
  for (size_t n = i + 1; n > 0; n = (n - 1) / 26)
    s.insert(s.begin(), static_cast<char>('A' + (n - 1) % 26));
  return s;
}

std::vector<CsvRow> parse_rows(const ImportInput& in, ImportResult& r) {
  DecodedText decoded = decode_spreadsheet_text(in.csv_bytes);
  std::string& text = decoded.text;
  r.encoding = decoded.encoding;
  for (const StrayByte& b : decoded.stray)
    r.messages.push_back(
        {b.line, false,
         fmt::format(
             "column {}: byte 0x{:02X} is not UTF-8, but the rest of the file is; it is read "
             "as the Windows-1252 character '{}'. Check that cell, and save the file as UTF-8",
             b.column, b.byte,
             printable(cp1252_to_utf8(std::string(1, static_cast<char>(b.byte)))))});
  r.separator = separator_line(text);
  if (r.separator)
    text.erase(0, 5);  // Excel's "sep=;" line: keep its line break, so lines still count
  else
    r.separator = sniff_separator(text);
  char sep = r.separator;
  if (sep == '\t') std::replace(text.begin(), text.end(), '\t', sep = kTabStandIn);
  std::vector<CsvRow> rows;
  Diagnostics diags;
  parse_csv(text, in.csv_path, rows, diags, sep);
  for (const Diagnostic& d : diags.items())
    r.messages.push_back(
        {d.mark.line, true,
         d.hint.empty() ? fmt::format("{}, so the row is not imported", d.message)
                        : fmt::format("{}, so the row is not imported ({})", d.message, d.hint)});
  r.failed = diags.has_errors();
  for (CsvRow& row : rows)
    for (CsvField& f : row.fields) std::replace(f.text.begin(), f.text.end(), kTabStandIn, '\t');
  return rows;
}

bool names_title(const CsvRow& row) {
  return std::any_of(row.fields.begin(), row.fields.end(),
                     [](const CsvField& f) { return match_column(f.text) == Column::title; });
}

std::optional<size_t> find_header(const std::vector<CsvRow>& rows, ImportMessages& messages) {
  for (size_t i = 0; i < rows.size() && i < static_cast<size_t>(kHeaderSearchRows); ++i) {
    if (!names_title(rows[i])) continue;
    for (size_t j = 0; j < i; ++j)
      if (!blank_row(rows[j]))
        messages.push_back(
            {rows[j].line, false,
             fmt::format("line {} comes before the header row (line {}) and is skipped",
                         rows[j].line, rows[i].line)});
    return i;
  }
  messages.push_back(
      {rows.empty() ? 1 : rows[0].line, true,
       fmt::format(
           "found no header row with a title column (titel, title or initiativ) in the first "
           "{} rows, so nothing is imported",
           kHeaderSearchRows)});
  return std::nullopt;
}

std::string unknown_column_message(const std::string& name) {
  std::vector<std::string> aliases = column_aliases(), keys;
  for (auto& a : aliases) keys.push_back(match_key(a));
  if (auto c = closest(match_key(name), keys))
    return fmt::format(
        "unknown column '{}' is ignored (did you mean '{}'?); recognised columns: {}", name,
        aliases[std::find(keys.begin(), keys.end(), *c) - keys.begin()], recognised_columns());
  return fmt::format("unknown column '{}' is ignored; recognised columns: {}", name,
                     recognised_columns());
}

Header read_header(const std::vector<CsvRow>& rows, size_t at, ImportMessages& messages) {
  Header h;
  h.row = at;
  h.index.fill(-1);
  const CsvRow& row = rows[at];
  for (size_t i = 0; i < row.fields.size(); ++i) {
    std::string name = one_line(row.fields[i].text);
    auto c = match_column(name);
    if (name.empty())
      h.unnamed.push_back(i);
    else if (!c)
      messages.push_back({row.line, false, unknown_column_message(name)});
    else if (h.index[static_cast<size_t>(*c)] >= 0)
      messages.push_back(
          {row.line, false,
           fmt::format("column '{}' means the same as column '{}' ({}), so it is ignored", name,
                       h.names[static_cast<size_t>(*c)], column_key(*c))});
    else {
      h.index[static_cast<size_t>(*c)] = static_cast<int>(i);
      h.names[static_cast<size_t>(*c)] = name;
    }
  }
  return h;
}

void warn_unnamed(const std::vector<CsvRow>& rows, const Header& h, ImportMessages& messages) {
  for (size_t i : h.unnamed) {
    bool used = std::any_of(rows.begin() + static_cast<long>(h.row) + 1, rows.end(),
                            [i](const CsvRow& row) {
                              return i < row.fields.size() && !is_blank_value(row.fields[i].text);
                            });
    if (used)
      messages.push_back(
          {rows[h.row].line, false,
           fmt::format("column {} has no header, so its values are ignored", column_letter(i))});
  }
}

RowCells cells_of(const CsvRow& row, const Header& h, size_t width, ImportMessages& messages) {
  RowCells cells;
  cells.line = row.line;
  cells.headers = &h.names;
  for (size_t c = 0; c < kColumnCount; ++c) {
    int i = h.index[c];
    if (i >= 0 && static_cast<size_t>(i) < row.fields.size())
      cells.cells[c] = &row.fields[static_cast<size_t>(i)];
  }
  for (size_t i = width; i < row.fields.size(); ++i) {
    if (is_blank_value(row.fields[i].text)) continue;
    messages.push_back(
        {row.line, false,
         fmt::format(
             "the row has {} cells but the header only {}; the cells after column {} are ignored",
             row.fields.size(), width, column_letter(width - 1))});
    break;
  }
  return cells;
}

/// A file name for the title: its ID, with -2, -3, ... when an earlier row took it.
std::string unique_id(const std::string& title, std::set<std::string>& used) {
  const std::string base = suggest_id(title);
  std::string id = base;
  for (int n = 2; used.count(id); ++n) {
    std::string suffix = "-" + std::to_string(n);
    std::string stem = base.substr(0, std::min(base.size(), kMaxIdLength - suffix.size()));
    while (!stem.empty() && stem.back() == '-') stem.pop_back();
    id = stem + suffix;
  }
  used.insert(id);
  return id;
}

/// Keeps display numbers unique, as the content format requires.
void check_number(ImportedInitiative& init, std::map<std::string, int>& numbers,
                  ImportMessages& messages) {
  if (init.number.empty()) return;
  auto [it, fresh] = numbers.emplace(init.number, init.line);
  if (fresh) return;
  messages.push_back(
      {init.line, false,
       fmt::format("number {} is already used by the row on line {}, so it is left out here",
                   init.number, it->second)});
  init.number.clear();
}

void import_rows(const std::vector<CsvRow>& rows, size_t at, ThemeResolver& themes,
                 const ImportInput& in, ImportResult& r) {
  const Header h = read_header(rows, at, r.messages);
  warn_unnamed(rows, h, r.messages);
  const std::string source = std::filesystem::path(in.csv_path).filename().string();
  std::set<std::string> ids;
  std::map<std::string, int> numbers;
  int data_rows = 0;
  for (size_t i = at + 1; i < rows.size(); ++i) {
    if (blank_row(rows[i])) continue;
    ++data_rows;
    auto init =
        read_row(cells_of(rows[i], h, rows[at].fields.size(), r.messages), themes, r.messages);
    if (!init) {
      r.failed = true;
      continue;
    }
    check_number(*init, numbers, r.messages);
    r.files.push_back(
        {"initiatives/" + unique_id(init->title, ids) + ".md", initiative_text(*init, source)});
    ++r.initiatives;
  }
  if (data_rows == 0) {
    r.messages.push_back(
        {rows[at].line, true, "there are no rows below the header, so nothing is imported"});
    r.failed = true;
  }
  if (themes.added().empty()) return;
  r.files.push_back({"themes.yaml", themes_text(themes.added(), in.themes_bytes, source),
                     in.themes_bytes.has_value()});
  r.new_themes = static_cast<int>(themes.added().size());
}

}  // namespace

ImportResult import_csv(const ImportInput& in) {
  ImportResult r;
  ThemeList existing;
  if (in.themes_bytes) {
    std::string why;
    auto list = read_theme_list(*in.themes_bytes, in.themes_path, &why);
    if (!list)
      throw std::runtime_error(why + " (import needs the existing themes: fix themes.yaml first)");
    existing = std::move(*list);
  }
  ThemeResolver themes(std::move(existing));
  std::vector<CsvRow> rows = parse_rows(in, r);
  auto at = find_header(rows, r.messages);
  if (!at)
    r.failed = true;
  else
    import_rows(rows, *at, themes, in, r);
  std::stable_sort(r.messages.begin(), r.messages.end(),
                   [](auto& a, auto& b) { return a.line < b.line; });
  return r;
}

std::string format_import_message(const std::string& csv_path, const ImportMessage& m) {
  // Cell values are quoted in the messages: no control character may reach the terminal.
  return fmt::format("{}:{}: {}: {}", printable(csv_path), m.line, m.error ? "error" : "warning",
                     printable(m.text));
}

}  // namespace overblik::scaffold
