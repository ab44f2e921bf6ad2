#include "scaffold/import_row.hpp"

#include <fmt/format.h>

#include "model/period.hpp"
#include "scaffold/import_values.hpp"
#include "scaffold/yaml_text.hpp"
#include "support/text.hpp"

namespace overblik::scaffold {

std::string RowCells::text(Column c) const {
  const CsvField* f = cells[static_cast<size_t>(c)];
  return f && !is_blank_value(f->text) ? f->text : std::string();
}

int RowCells::line_of(Column c) const {
  const CsvField* f = cells[static_cast<size_t>(c)];
  return f ? f->mark.line : line;
}

namespace {

void warn(ImportMessages& messages, int line, std::string text) {
  messages.push_back({line, false, std::move(text)});
}

/// "'måske' in column 'Status' is not a status and is left out (...)".
void warn_value(ImportMessages& messages, const RowCells& row, Column c, std::string_view what,
                std::string_view advice) {
  warn(messages, row.line_of(c),
       fmt::format("'{}' in column '{}' is not {} and is left out ({})", one_line(row.text(c)),
                   row.header(c), what, advice));
}

/// The description as a Markdown body: trailing spaces and blank edges dropped,
/// bullets typed as "•" made Markdown list items.
std::string body_text(std::string_view text) {
  std::string out;
  for (const std::string& raw : split(text, '\n')) {
    std::string line(trim(raw).empty() ? std::string_view() : std::string_view(raw));
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.pop_back();
    for (std::string_view bullet : {"\u2022 ", "\u25AA "})
      if (starts_with(line, bullet)) line = "- " + line.substr(bullet.size());
    out += line + "\n";
  }
  std::string_view body = trim(out);
  return body.empty() ? std::string() : std::string(body) + "\n";
}

void read_themes(const RowCells& row, ThemeResolver& themes, ImportedInitiative& init,
                 ImportMessages& messages) {
  std::vector<std::string> problems;
  init.themes = themes.resolve(row.text(Column::themes), problems);
  for (auto& p : problems) warn(messages, row.line_of(Column::themes), p);
  if (!init.themes.empty()) return;
  init.themes = themes.resolve(kNoThemeTitle, problems);
  warn(messages, row.line,
       fmt::format("the row names no theme, so the initiative is put under the theme '{}' ({}) "
                   "until you choose one",
                   kNoThemeId, kNoThemeTitle));
}

void read_choices(const RowCells& row, ImportedInitiative& init, ImportMessages& messages) {
  if (auto text = row.text(Column::status); !text.empty()) {
    if (auto s = parse_status_phrase(text))
      init.status = *s;
    else
      warn_value(messages, row, Column::status, "a status",
                 "use foreslået, godkendt, igangsat, gennemført, udskudt or stoppet");
  }
  if (auto text = row.text(Column::cost); !text.empty()) {
    if (auto c = parse_cost_phrase(text))
      init.cost = *c;
    else
      warn_value(messages, row, Column::cost, "a cost class", "use lille, mellem or stor");
  }
  if (auto text = row.text(Column::quick_win); !text.empty()) {
    if (auto q = parse_yes_no(text))
      init.quick_win = *q;
    else
      warn_value(messages, row, Column::quick_win, "yes or no", "use ja or nej, or x for yes");
  }
}

std::string read_period(const RowCells& row, Column c, ImportMessages& messages) {
  std::string text = row.text(c);
  if (text.empty()) return {};
  if (auto p = parse_period_phrase(text)) return *p;
  warn_value(messages, row, c, "a period",
             "write e.g. 2024, 2024-H1, 1. halvår 2024, 2. kvartal 2024 or maj 2024");
  return {};
}

void read_periods(const RowCells& row, ImportedInitiative& init, ImportMessages& messages) {
  init.start = read_period(row, Column::start, messages);
  init.end = read_period(row, Column::end, messages);
  if (init.start.empty() || init.end.empty()) return;
  if (parse_period(init.end)->end() < parse_period(init.start)->start()) {
    warn(messages, row.line_of(Column::end),
         fmt::format("the end {} lies before the start {}, so the end is left out", init.end,
                     init.start));
    init.end.clear();
  }
}

}  // namespace

std::optional<ImportedInitiative> read_row(const RowCells& row, ThemeResolver& themes,
                                           ImportMessages& messages) {
  ImportedInitiative init;
  init.line = row.line;
  init.title = one_line(row.text(Column::title));
  if (init.title.empty() || suggest_id(init.title).empty()) {
    std::string why = init.title.empty()
                          ? "no title"
                          : fmt::format("no letter or digit in its title '{}'", init.title);
    messages.push_back({row.line, true,
                        fmt::format("the row has {} (column '{}'), so it is not imported", why,
                                    row.header(Column::title))});
    return std::nullopt;
  }
  init.number = one_line(row.text(Column::number));
  init.summary = one_line(row.text(Column::summary));
  init.body = body_text(row.text(Column::description));
  init.owners = split_owners(row.text(Column::owner));
  init.partners = split_list(row.text(Column::partners), ",;");
  init.tags = split_list(row.text(Column::tags), ",;");
  read_themes(row, themes, init, messages);
  read_choices(row, init, messages);
  read_periods(row, init, messages);
  return init;
}

std::string initiative_text(const ImportedInitiative& init, std::string_view source_name) {
  std::string fm = fmt::format(
      "---\n# Importeret fra {}, linje {}. Nøglerne er forklaret i\n"
      "# docs/content-format.md, afsnittet \"initiatives/ID.md\".\n",
      yaml_comment_text(source_name), init.line);
  fm += yaml_line("title", init.title);
  if (!init.number.empty()) fm += "number: " + yaml_display_number(init.number) + "\n";
  if (!init.summary.empty()) fm += yaml_line("summary", init.summary);
  fm += "themes: " + yaml_flow_ids(init.themes) + "\n";
  if (!init.status.empty()) fm += "status: " + init.status + "\n";
  if (init.owners.size() == 1) fm += yaml_line("owner", init.owners[0]);
  if (init.owners.size() > 1) fm += yaml_block_list("owner", init.owners);
  if (!init.partners.empty()) fm += yaml_block_list("partners", init.partners);
  if (!init.start.empty()) fm += "start: " + init.start + "\n";
  if (!init.end.empty()) fm += "end: " + init.end + "\n";
  if (!init.cost.empty()) fm += "cost: " + init.cost + "\n";
  if (init.quick_win)
    fm += std::string("quick_win: ") + (*init.quick_win ? "true" : "false") + "\n";
  if (!init.tags.empty()) fm += yaml_block_list("tags", init.tags);
  fm += "---\n";
  return init.body.empty() ? fm : fm + "\n" + init.body;
}

}  // namespace overblik::scaffold
