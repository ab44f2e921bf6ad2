#pragma once
// The columns of an action-plan spreadsheet that import understands, by their
// Danish or English headers, and the separator the export used.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace overblik::scaffold {

enum class Column {
  number,
  title,
  themes,
  owner,
  start,
  end,
  status,
  cost,
  quick_win,
  partners,
  tags,
  summary,
  description
};

/// The column a header names, compared case- and accent-insensitively and
/// ignoring punctuation ("Forventet udgift", "Resumé", "quick_win", "Nr.").
std::optional<Column> match_column(std::string_view header);

/// The front-matter key a column fills ("title", "quick_win"); "body" for description.
std::string_view column_key(Column c);

/// The main Danish header of a column ("titel").
std::string_view column_name(Column c);

/// Every header import recognises, as written in messages:
/// "nummer/number, titel/title, ...".
std::string recognised_columns();

/// Every recognised header as people write it ("forventet udgift"), for hints.
std::vector<std::string> column_aliases();

/// The separator of an export, from its first line that holds one (the header
/// line, or a title row Excel padded with separators): the most frequent of
/// ';', ',' and tab outside quotes; on a tie tab, then ';' (Excel's choice in
/// a Danish locale), then ','. ',' when no line has any of them.
char sniff_separator(std::string_view text);

/// Excel's optional first line "sep=;": the separator it names, or 0.
char separator_line(std::string_view text);

}  // namespace overblik::scaffold
