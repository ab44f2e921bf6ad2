#include "load/asset_types.hpp"

#include <fmt/format.h>

#include <array>

#include "support/text.hpp"

namespace overblik {

namespace {

constexpr std::array<std::string_view, 25> kAllowed = {
    "png",  "jpg",   "jpeg", "gif",  "webp", "avif", "svg",  // images
    "pdf",  "txt",   "csv",  "json",                         // documents and data
    "doc",  "docx",  "xls",  "xlsx", "ppt",  "pptx", "odt",
    "ods",  "odp",   "rtf",           // office documents
    "woff", "woff2", "ttf",  "otf"};  // fonts

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string extension_of(std::string_view name) {
  const size_t slash = name.rfind('/');
  const std::string_view base = slash == std::string_view::npos ? name : name.substr(slash + 1);
  const size_t dot = base.rfind('.');
  return dot == std::string_view::npos || dot == 0 ? std::string()
                                                   : lower_ascii(base.substr(dot + 1));
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/// A value as a browser judges a URL scheme: lower case, without spaces and control characters.
std::string squeezed(std::string_view v) {
  std::string out;
  for (char c : v)
    if (static_cast<unsigned char>(c) > 0x20)
      out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return out;
}

/// True when CSS text loads something from outside the file: url(…) to
/// anything but a #fragment, @import, or an old IE expression().
bool css_leaves_file(std::string_view css) {
  const std::string s = squeezed(css);
  if (s.find("@import") != std::string::npos || s.find("expression(") != std::string::npos)
    return true;
  for (size_t at = s.find("url("); at != std::string::npos; at = s.find("url(", at + 4)) {
    size_t v = at + 4;
    if (v < s.size() && (s[v] == '"' || s[v] == '\'')) ++v;
    if (v >= s.size() || s[v] != '#') return true;
  }
  return false;
}

/// A raster image embedded in the file (data:image/png;base64,…): an image
/// inside an image never runs script.
bool embedded_raster(std::string_view v) {
  for (std::string_view type :
       {"data:image/png;", "data:image/jpeg;", "data:image/gif;", "data:image/webp;"})
    if (v.rfind(type, 0) == 0 && v.find(':', type.size()) == std::string_view::npos) return true;
  return false;
}

class SvgScan {
 public:
  explicit SvgScan(std::string_view text) : t_(text) {}

  std::optional<AssetProblem> run() {
    while (!problem_ && pos_ < t_.size()) {
      const size_t lt = t_.find('<', pos_);
      if (lt == std::string_view::npos) break;
      pos_ = lt;
      markup();
    }
    return problem_;
  }

 private:
  std::string_view t_;
  size_t pos_ = 0;
  std::optional<AssetProblem> problem_;

  void fail(size_t at, std::string message) {
    const LineColumn lc = line_column_at(t_, at);
    problem_ = AssetProblem{
        {lc.line, lc.column},
        std::move(message),
        "an image may not run script or load anything from elsewhere: export it again without "
        "them (e.g. as an optimised or plain SVG), or save it as PNG"};
  }

  /// Moves past `end`, or to the end of the text.
  void skip_past(std::string_view end) {
    const size_t at = t_.find(end, pos_);
    pos_ = at == std::string_view::npos ? t_.size() : at + end.size();
  }

  void markup() {
    const std::string_view rest = t_.substr(pos_);
    if (rest.substr(0, 4) == "<!--") return skip_past("-->");
    if (rest.substr(0, 9) == "<![CDATA[") return skip_past("]]>");
    if (rest.size() > 1 && rest[1] == '?') {
      if (lower_ascii(rest.substr(0, 16)).rfind("<?xml-stylesheet", 0) == 0)
        return fail(pos_, "the SVG file has an xml-stylesheet instruction");
      return skip_past("?>");
    }
    if (rest.size() > 1 && rest[1] == '!') {
      const size_t end = t_.find('>', pos_);
      const std::string_view decl =
          t_.substr(pos_, end == std::string_view::npos ? std::string_view::npos : end - pos_);
      if (decl.find('[') != std::string_view::npos ||
          lower_ascii(decl).find("entity") != std::string::npos)
        return fail(pos_, "the SVG file declares entities (a DOCTYPE with an internal subset)");
      return skip_past(">");
    }
    element();
  }

  std::string name_at(size_t& p) const {
    const size_t start = p;
    while (p < t_.size() && !is_space(t_[p]) && t_[p] != '>' && t_[p] != '/' && t_[p] != '=') ++p;
    return lower_ascii(t_.substr(start, p - start));
  }

  /// Reads one attribute at pos_ (name and value); false at the end of the tag.
  bool attribute(std::string& name, std::string_view& value, size_t& at) {
    while (pos_ < t_.size() && (is_space(t_[pos_]) || t_[pos_] == '/')) ++pos_;
    if (pos_ >= t_.size() || t_[pos_] == '>') return false;
    at = pos_;
    name = name_at(pos_);
    while (pos_ < t_.size() && is_space(t_[pos_])) ++pos_;
    value = {};
    if (pos_ >= t_.size() || t_[pos_] != '=') return true;
    ++pos_;
    while (pos_ < t_.size() && is_space(t_[pos_])) ++pos_;
    if (pos_ < t_.size() && (t_[pos_] == '"' || t_[pos_] == '\'')) {
      const char quote = t_[pos_++];
      const size_t end = t_.find(quote, pos_);
      const size_t stop = end == std::string_view::npos ? t_.size() : end;
      value = t_.substr(pos_, stop - pos_);
      pos_ = std::min(t_.size(), stop + 1);
    } else {
      const size_t start = pos_;
      while (pos_ < t_.size() && !is_space(t_[pos_]) && t_[pos_] != '>') ++pos_;
      value = t_.substr(start, pos_ - start);
    }
    return true;
  }

  void element() {
    const size_t start = pos_++;
    const bool closing = pos_ < t_.size() && t_[pos_] == '/';
    if (closing) ++pos_;
    std::string name = name_at(pos_);
    if (const size_t colon = name.rfind(':'); colon != std::string::npos)
      name = name.substr(colon + 1);
    static constexpr std::array<std::string_view, 10> kActive = {
        "script",  "foreignobject", "iframe", "embed", "object",
        "handler", "listener",      "audio",  "video", "html"};
    for (std::string_view a : kActive)
      if (name == a) return fail(start, fmt::format("the SVG file has a <{}> element", name));
    if (closing) return skip_past(">");
    std::string attr;
    std::string_view value;
    size_t at = 0;
    while (!problem_ && attribute(attr, value, at)) check_attribute(name, attr, value, at);
    if (problem_) return;
    if (pos_ < t_.size()) ++pos_;  // '>'
    if (name == "style") style_element();
  }

  void check_attribute(const std::string& element, const std::string& attr, std::string_view value,
                       size_t at) {
    const std::string local =
        attr.rfind(':') == std::string::npos ? attr : attr.substr(attr.rfind(':') + 1);
    const std::string v = squeezed(value);
    if (local.rfind("on", 0) == 0)
      return fail(at, fmt::format("the SVG file has an event attribute '{}'", attr));
    for (std::string_view scheme : {"javascript:", "vbscript:", "data:"})
      if (v.find(scheme) != std::string::npos && !(local == "href" && embedded_raster(v)))
        return fail(at, fmt::format("the SVG file has '{}' in the attribute '{}'", scheme, attr));
    if (value.find("&#") != std::string_view::npos)
      return fail(
          at, fmt::format("the SVG file has a character reference in the attribute '{}'", attr));
    if (local == "href" && !v.empty() && v[0] != '#' && !embedded_raster(v) &&
        !(element == "a" && (v.rfind("https://", 0) == 0 || v.rfind("http://", 0) == 0)))
      return fail(at, fmt::format("the SVG file links to '{}', outside the file",
                                  printable(value.substr(0, 80))));
    if (local == "attributename" && v.find("href") != std::string::npos)
      return fail(at, "the SVG file animates a link");
    if ((local == "style" || v.find("url(") != std::string::npos) && css_leaves_file(value))
      return fail(
          at,
          fmt::format("the SVG file loads something from outside the file in the attribute '{}'",
                      attr));
  }

  void style_element() {
    const size_t start = pos_;
    const size_t end = t_.find("</", pos_);
    const std::string_view css =
        t_.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    if (css_leaves_file(css))
      fail(start, "the SVG file's <style> loads something from outside the file");
    pos_ = end == std::string_view::npos ? t_.size() : end;
  }
};

}  // namespace

std::string_view allowed_asset_types() {
  return "png, jpg, jpeg, gif, webp, avif, svg (without script), pdf, txt, csv, json, doc, docx, "
         "xls, xlsx, ppt, "
         "pptx, odt, ods, odp, rtf, woff, woff2, ttf, otf";
}

bool is_allowed_asset_type(std::string_view name) {
  const std::string ext = extension_of(name);
  for (std::string_view a : kAllowed)
    if (ext == a) return true;
  return false;
}

bool is_svg_name(std::string_view name) {
  return extension_of(name) == "svg";
}

std::optional<AssetProblem> svg_problem(std::string_view text) {
  if (auto bad = find_invalid_utf8(text)) {
    const LineColumn lc = line_column_at(text, *bad);
    return AssetProblem{{lc.line, lc.column}, "the SVG file is not UTF-8", "save it as UTF-8"};
  }
  return SvgScan(text).run();
}

}  // namespace overblik
