#include "model/placeholders.hpp"

#include <fmt/format.h>

namespace overblik {

namespace {

const Placeholder kPlaceholders[] = {
    {"PROBLEM", "Beskriv det problem, initiativet skal løse.", "new"},
    {"PROPOSAL", "Beskriv, hvad der skal gøres.", "new"},
    {"EFFECT", "Beskriv, hvad initiativet skal føre til.", "new"},
    {"PAGE", "Skriv sidens tekst her, i Markdown.", "new"},
    {"PAGE_BACKGROUND", "Fortæl her om baggrunden for planen.", "init"},
    {"PAGE_FOLLOW_UP", "Fortæl, hvem der følger op på planen, og hvor ofte.", "init"},
    {"ORGANISATION", "Eksempel Kommune", "init"},
};

int code_points(std::string_view s) {
  int n = 0;
  for (char ch : s)
    if ((static_cast<unsigned char>(ch) & 0xC0) != 0x80) ++n;
  return n;
}

void check_text(const SourceFile& f, Diagnostics& diags) {
  int line = 1;
  for (size_t pos = 0; pos <= f.text.size();) {
    size_t end = f.text.find('\n', pos);
    if (end == std::string::npos) end = f.text.size();
    std::string_view text(f.text.data() + pos, end - pos);
    const size_t first = text.find_first_not_of(" \t");
    // A comment is not published; the templates explain themselves in comments.
    if (first != std::string_view::npos && text[first] != '#') {
      for (const Placeholder& p : kPlaceholders) {
        const size_t at = text.find(p.text);
        if (at == std::string_view::npos) continue;
        diags.warning(
            f.path, {line, code_points(text.substr(0, at)) + 1},
            fmt::format("the text is still the placeholder from `overblik {}`", p.command),
            "write your own text here");
      }
    }
    pos = end + 1;
    ++line;
  }
}

}  // namespace

std::span<const Placeholder> placeholders() {
  return kPlaceholders;
}

void check_placeholders(const ContentFiles& files, Diagnostics& diags) {
  if (files.plan) check_text(*files.plan, diags);
  if (files.themes) check_text(*files.themes, diags);
  for (auto* list : {&files.initiatives, &files.indicators, &files.pages})
    for (const SourceFile& f : *list) check_text(f, diags);
}

}  // namespace overblik
