#pragma once
// The content format's fields, described once: the readers in model/ take
// their allowed keys from here, and `overblik cms` writes the Decap CMS
// configuration from it, so the editor offers exactly what `check` accepts.
#include <string>
#include <vector>

namespace overblik {

/// How a value is written, as `check` reads it.
enum class FieldType {
  text,            ///< one line of text
  markdown,        ///< Markdown text
  number,          ///< a decimal number (e.g. 3.8)
  display_number,  ///< a number or text shown as the item's number ("2", "2a")
  whole_number,    ///< an integer from `min` to `max`
  boolean,         ///< true or false
  date,            ///< YYYY-MM-DD
  period,          ///< 2024, 2024-H1, 2024-Q3, 2024-05 or 2024-05-17
  choice,          ///< one of `choices`
  theme_ids,       ///< a list of leaf theme IDs
  indicator_ids,   ///< a list of indicator IDs
  theme_id,        ///< one theme ID (a theme's parent)
  id,              ///< the item's own ID (themes)
  text_list,       ///< a list of text
  text_or_list,    ///< one text or a list of text
  record,          ///< a mapping with `fields`
  record_list,     ///< a list of mappings with `fields`
  values,          ///< a mapping PERIOD: NUMBER
  free,            ///< anything (extra:), for templates
};

/// One key of a content file.
struct FieldSpec {
  std::string name;
  FieldType type = FieldType::text;
  bool required = false;
  std::vector<std::string> choices;  ///< for choice: the values, as written
  std::vector<FieldSpec> fields;     ///< for record and record_list
  long long min = 0, max = 0;        ///< for whole_number
};

/// The keys of each kind of file.
const std::vector<FieldSpec>& plan_fields();
const std::vector<FieldSpec>& theme_fields();
const std::vector<FieldSpec>& initiative_fields();
const std::vector<FieldSpec>& indicator_fields();
const std::vector<FieldSpec>& page_fields();

/// The names of `fields`, in order (the allowed keys, for `Fields`).
std::vector<std::string> keys_of(const std::vector<FieldSpec>& fields);
/// The field called `name` inside `fields`; throws std::out_of_range when none.
const FieldSpec& field(const std::vector<FieldSpec>& fields, const std::string& name);

}  // namespace overblik
