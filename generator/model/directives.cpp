#include "model/directives.hpp"

#include <functional>

namespace overblik {

namespace {

const std::vector<std::string> kDirectiveNames = {"count", "value", "change", "target",
                                                  "assessment"};

bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-';
}

/// Parses `key=value key="quoted value"` between braces.
void parse_attributes(std::string_view s, Directive& d) {
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    if (i >= s.size()) break;
    size_t k = i;
    while (i < s.size() && is_word_char(s[i])) ++i;
    std::string key(s.substr(k, i - k));
    if (key.empty() || i >= s.size() || s[i] != '=') {
      d.error = "write attributes as key=value, e.g. {status=started}";
      return;
    }
    ++i;
    std::string value;
    if (i < s.size() && s[i] == '"') {
      size_t close = s.find('"', i + 1);
      if (close == std::string_view::npos) {
        d.error = "a quoted attribute value is never closed";
        return;
      }
      value = std::string(s.substr(i + 1, close - i - 1));
      i = close + 1;
    } else {
      size_t v = i;
      while (i < s.size() && s[i] != ' ') ++i;
      value = std::string(s.substr(v, i - v));
    }
    d.attributes.emplace_back(std::move(key), std::move(value));
  }
}

}  // namespace

const std::string* Directive::attribute(std::string_view key) const {
  for (auto& [k, v] : attributes)
    if (k == key) return &v;
  return nullptr;
}

std::vector<Directive> find_directives(std::string_view text) {
  std::vector<Directive> out;
  for (size_t pos = text.find(':'); pos != std::string_view::npos; pos = text.find(':', pos + 1)) {
    if (pos > 0 && is_word_char(text[pos - 1])) continue;  // "kl:count" is a word, not a directive
    size_t name_end = pos + 1;
    while (name_end < text.size() && text[name_end] >= 'a' && text[name_end] <= 'z') ++name_end;
    std::string name(text.substr(pos + 1, name_end - pos - 1));
    if (std::find(kDirectiveNames.begin(), kDirectiveNames.end(), name) == kDirectiveNames.end())
      continue;
    if (name_end >= text.size() || text[name_end] != '[') continue;
    size_t close = text.find(']', name_end);
    if (close == std::string_view::npos ||
        text.substr(name_end, close - name_end).find('\n') != std::string_view::npos)
      continue;
    Directive d;
    d.name = name;
    d.target = std::string(text.substr(name_end + 1, close - name_end - 1));
    d.offset = pos;
    size_t end = close + 1;
    if (end < text.size() && text[end] == '{') {
      size_t brace = text.find('}', end);
      if (brace != std::string_view::npos &&
          text.substr(end, brace - end).find('\n') == std::string_view::npos) {
        parse_attributes(text.substr(end + 1, brace - end - 1), d);
        end = brace + 1;
      }
    }
    d.length = end - pos;
    out.push_back(std::move(d));
    pos = end - 1;
  }
  return out;
}

void for_each_markdown(const Plan& plan, const std::function<void(const MarkdownText&)>& fn) {
  fn(plan.info.intro);
  for (const Theme& t : plan.themes) fn(t.summary);
  for (const Initiative& in : plan.initiatives) {
    fn(in.body);
    for (const Update& u : in.updates) fn(u.text);
  }
  for (const Indicator& ind : plan.indicators) {
    fn(ind.description);
    for (const MarkdownText& n : ind.notes) fn(n);
    for (const Series& s : ind.series) fn(s.assessment_note);
  }
  for (const Page& p : plan.pages) fn(p.body);
}

}  // namespace overblik
