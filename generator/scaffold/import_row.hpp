#pragma once
// One row of an action-plan spreadsheet → one initiative: reading its cells
// with the value parsers, and writing the initiative's Markdown file.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "load/csv.hpp"
#include "scaffold/import_columns.hpp"
#include "scaffold/themes_file.hpp"

namespace overblik::scaffold {

/// A problem with the spreadsheet, at its line (1-based; the CSV line).
struct ImportMessage {
  int line = 1;
  bool error = false;
  std::string text;
};
using ImportMessages = std::vector<ImportMessage>;

constexpr size_t kColumnCount = static_cast<size_t>(Column::description) + 1;

/// The cells of one data row, by column, with the headers as the file writes them.
struct RowCells {
  int line = 1;
  std::array<const CsvField*, kColumnCount> cells{};
  const std::array<std::string, kColumnCount>* headers = nullptr;

  /// The cell's text, or empty (also for a cell that only holds dashes).
  std::string text(Column c) const;
  /// The line the cell starts on (the row's line for a missing cell).
  int line_of(Column c) const;
  const std::string& header(Column c) const { return (*headers)[static_cast<size_t>(c)]; }
};

/// An initiative as read from a row; empty strings and lists are "not given".
struct ImportedInitiative {
  int line = 1;
  std::string title, number, summary, status, start, end, cost, body;
  std::optional<bool> quick_win;
  std::vector<std::string> themes, owners, partners, tags;
};

/// The theme an initiative is put under when its row names none.
inline constexpr const char* kNoThemeId = "uden-tema";
inline constexpr const char* kNoThemeTitle = "Uden tema";

/// Reads a row. nullopt (with an error) when it cannot become an initiative:
/// it has no title, or the title has no letter or digit to make an ID of.
/// A value that cannot be read is left out with a warning.
std::optional<ImportedInitiative> read_row(const RowCells& row, ThemeResolver& themes,
                                           ImportMessages& messages);

/// The initiative's file: front matter in the content format's key order, a
/// comment naming the source file and line, and the description as the body.
std::string initiative_text(const ImportedInitiative& init, std::string_view source_name);

}  // namespace overblik::scaffold
