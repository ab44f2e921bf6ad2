#include "support/messages.hpp"

#include <cstdlib>
#include <vector>

#include "support/messages_da.hpp"
#include "support/text.hpp"

namespace overblik {

std::optional<Language> parse_language(std::string_view code) {
  if (code == "da") return Language::da;
  if (code == "en") return Language::en;
  return std::nullopt;
}

Language language_from_environment() {
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* v = std::getenv(name);
    if (v == nullptr || *v == '\0') continue;
    return starts_with(v, "en") ? Language::en : Language::da;
  }
  return Language::da;
}

namespace {

std::optional<Language>& chosen_run_language() {
  static std::optional<Language> language;
  return language;
}

}  // namespace

void set_run_language(Language language) {
  chosen_run_language() = language;
}

Language run_language() {
  return chosen_run_language().value_or(language_from_environment());
}

namespace {

/// An English format string cut at its `{}`: the literal text between them.
struct Pattern {
  std::vector<std::string> pieces;  ///< one more than there are values
  std::vector<bool> quoted;         ///< per value: written as '{}', so never translated
  size_t literal = 0;  ///< characters of literal text, to prefer the most specific match
};

Pattern compile(std::string_view en) {
  Pattern p;
  p.pieces.emplace_back();
  for (size_t i = 0; i < en.size(); ++i) {
    if (en[i] == '{' && i + 1 < en.size() && (en[i + 1] == '}' || en[i + 1] == ':')) {
      size_t close = en.find('}', i);
      if (close != std::string_view::npos) {
        // '{}', '{}:' and '{}: …' all quote the author's own text.
        p.quoted.push_back(!p.pieces.back().empty() && p.pieces.back().back() == '\'');
        p.pieces.emplace_back();
        i = close;
        continue;
      }
    }
    if ((en[i] == '{' || en[i] == '}') && i + 1 < en.size() && en[i + 1] == en[i])
      ++i;  // {{ and }}
    p.pieces.back() += en[i];
    ++p.literal;
  }
  return p;
}

/// Matches `text` from `pos` against pieces[k..], filling `values`.
bool match(const Pattern& p, std::string_view text, size_t pos, size_t k,
           std::vector<std::string_view>& values) {
  if (k + 1 == p.pieces.size()) {
    // The last value takes everything up to the last piece, which ends the text.
    const std::string& last = p.pieces[k];
    if (k == 0) return text.substr(pos) == last;
    if (text.size() < pos + last.size() || text.substr(text.size() - last.size()) != last)
      return false;
    values.push_back(text.substr(pos, text.size() - last.size() - pos));
    return true;
  }
  if (k == 0) {
    if (text.substr(0, p.pieces[0].size()) != p.pieces[0]) return false;
    return match(p, text, p.pieces[0].size(), 1, values);
  }
  // A value runs up to some later occurrence of the next piece.
  const std::string& next = p.pieces[k];
  for (size_t at = text.find(next, pos); at != std::string_view::npos;
       at = text.find(next, at + 1)) {
    values.push_back(text.substr(pos, at - pos));
    if (match(p, text, at + next.size(), k + 1, values)) return true;
    values.resize(values.size() - 1);
    if (next.empty()) break;
  }
  return false;
}

/// The Danish site's word for a key the author writes in English ("approved"
/// → "godkendt"); the key itself when it is not one.
std::string interface_word(const std::string& key) {
  for (const CatalogEntry& w : danish_interface_words())
    if (key == w.en) return w.da;
  return key;
}

/// Fills `{}` in order, or `{N}` by position, with `values`; `{=N}` is the
/// value as the English had it, untranslated (a link scheme such as "page"),
/// and `{~N}` that value as the Danish site shows it (a status key).
std::string fill(std::string_view da, const std::vector<std::string>& values,
                 const std::vector<std::string>& raw) {
  std::string out;
  size_t next = 0;
  for (size_t i = 0; i < da.size(); ++i) {
    if (da[i] == '{' && i + 1 < da.size() && da[i + 1] == '}') {
      if (next < values.size()) out += values[next];
      ++next;
      ++i;
    } else if (da[i] == '{' && i + 3 < da.size() && (da[i + 1] == '=' || da[i + 1] == '~') &&
               da[i + 2] >= '0' && da[i + 2] <= '9' && da[i + 3] == '}') {
      size_t n = static_cast<size_t>(da[i + 2] - '0');
      if (n < raw.size()) out += da[i + 1] == '=' ? raw[n] : interface_word(raw[n]);
      i += 3;
    } else if (da[i] == '{' && i + 2 < da.size() && da[i + 1] >= '0' && da[i + 1] <= '9' &&
               da[i + 2] == '}') {
      size_t n = static_cast<size_t>(da[i + 1] - '0');
      if (n < values.size()) out += values[n];
      i += 2;
    } else {
      out += da[i];
    }
  }
  return out;
}

struct Compiled {
  Pattern pattern;
  const CatalogEntry* entry;
};

const std::vector<Compiled>& compiled() {
  static const std::vector<Compiled> all = [] {
    std::vector<Compiled> v;
    for (const CatalogEntry& e : danish_catalog()) v.push_back({compile(e.en), &e});
    return v;
  }();
  return all;
}

std::optional<std::string> to_danish_at(std::string_view english, int depth) {
  if (english.empty()) return std::string();
  const Compiled* best = nullptr;
  std::vector<std::string_view> best_values, values;
  for (const Compiled& c : compiled()) {
    if (best && c.pattern.literal <= best->pattern.literal) continue;
    values.clear();
    if (match(c.pattern, english, 0, 0, values)) {
      best = &c;
      best_values = values;
    }
  }
  if (!best) return std::nullopt;
  std::vector<std::string> filled, raw;
  for (size_t i = 0; i < best_values.size(); ++i) {
    std::string v(best_values[i]);
    raw.push_back(v);
    // Values are IDs, numbers and the names of things ("the update's date");
    // only the names are in the catalogue. A quoted value is the author's own text.
    if (!best->pattern.quoted[i] && depth < 3)
      if (auto da = to_danish_at(v, depth + 1); da && !v.empty()) v = *da;
    filled.push_back(std::move(v));
  }
  return fill(best->entry->da, filled, raw);
}

}  // namespace

std::optional<std::string> to_danish(std::string_view english) {
  return to_danish_at(english, 0);
}

std::string translate(std::string_view english, Language language) {
  if (language == Language::en) return std::string(english);
  auto da = to_danish(english);
  return da ? *da : std::string(english);
}

void localize(Diagnostics& diags, Language language) {
  if (language == Language::en) return;
  Diagnostics out;
  for (Diagnostic d : diags.items()) {
    d.message = translate(d.message, language);
    d.hint = translate(d.hint, language);
    out.add(std::move(d));
  }
  diags = std::move(out);
}

std::string format_summary(int errors, int warnings, Language language) {
  if (language == Language::en) return format_summary(errors, warnings);
  if (errors == 0 && warnings == 0) return "ingen problemer";
  auto count = [](int n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
  };
  if (errors == 0) return count(warnings, "advarsel", "advarsler");
  if (warnings == 0) return count(errors, "fejl", "fejl");
  return count(errors, "fejl", "fejl") + ", " + count(warnings, "advarsel", "advarsler");
}

std::span<const CatalogEntry> danish_catalog() {
  static const std::vector<CatalogEntry> all = [] {
    std::vector<CatalogEntry> v;
    for (std::span<const CatalogEntry> part : {danish_content_messages(), danish_file_messages(),
                                               danish_command_messages(), danish_import_messages()})
      v.insert(v.end(), part.begin(), part.end());
    return v;
  }();
  return all;
}

bool catalog_has(std::string_view format) {
  for (const CatalogEntry& e : danish_catalog())
    if (format == e.en) return true;
  return false;
}

}  // namespace overblik
