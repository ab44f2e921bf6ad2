#include "render/terms.hpp"

#include <utf8proc.h>

#include <array>

namespace overblik {

std::string capitalise(const std::string& word) {
  if (word.empty()) return word;
  utf8proc_int32_t cp = 0;
  auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(word.data()),
                            static_cast<utf8proc_ssize_t>(word.size()), &cp);
  if (n <= 0) return word;
  utf8proc_uint8_t buf[4];
  auto m = utf8proc_encode_char(utf8proc_toupper(cp), buf);
  return std::string(reinterpret_cast<const char*>(buf), static_cast<size_t>(m)) +
         word.substr(static_cast<size_t>(n));
}

namespace {

struct Level {
  const char* name;  ///< "initiative": the placeholders {initiative}, {initiatives}, {Initiative},
                     ///< {Initiatives}
  const char* plural;
  const std::optional<Term>* term;
};

void replace_all(std::string& s, const std::string& token, const std::string& value) {
  for (size_t pos = s.find(token); pos != std::string::npos;
       pos = s.find(token, pos + value.size()))
    s.replace(pos, token.size(), value);
}

}  // namespace

Labels with_terms(const Labels& base, const Terms& terms) {
  if (terms.empty()) return base;
  const std::array<Level, 4> levels = {
      Level{"initiative", "initiatives", &terms.initiative}, Level{"theme", "themes", &terms.theme},
      Level{"group", "groups", &terms.group}, Level{"indicator", "indicators", &terms.indicator}};
  std::map<std::string, std::string> entries = base.entries();
  const std::string prefix = "terms.";
  for (auto it = entries.lower_bound(prefix);
       it != entries.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it) {
    std::string text = it->second;
    bool renamed = false;
    for (const Level& lv : levels) {
      const std::string one_token = std::string("{") + lv.name,
                        many_token = std::string("{") + lv.plural + "}";
      // "{theme:}" names the level without its word: for a sentence that reads right without it.
      const bool named = text.find(one_token + "}") != std::string::npos ||
                         text.find(many_token) != std::string::npos ||
                         text.find(one_token + ":}") != std::string::npos ||
                         text.find("{" + capitalise(lv.name) + "}") != std::string::npos ||
                         text.find("{" + capitalise(lv.plural) + "}") != std::string::npos;
      if (!named) continue;
      renamed = renamed || lv.term->has_value();
      const std::string one =
          *lv.term ? (*lv.term)->one : base.get(std::string("term_") + lv.name + "_one");
      const std::string many =
          *lv.term ? (*lv.term)->many : base.get(std::string("term_") + lv.name + "_many");
      replace_all(text, "{" + std::string(lv.name) + ":}", "");
      replace_all(text, "{" + std::string(lv.name) + "}", one);
      replace_all(text, "{" + std::string(lv.plural) + "}", many);
      replace_all(text, "{" + capitalise(lv.name) + "}", capitalise(one));
      replace_all(text, "{" + capitalise(lv.plural) + "}", capitalise(many));
    }
    if (renamed) entries[it->first.substr(prefix.size())] = text;
  }
  return Labels(std::move(entries));
}

}  // namespace overblik
