#include "render/chart_draw.hpp"

#include <algorithm>
#include <cmath>

#include "render/escape.hpp"

namespace overblik::chart {

/// The same escaping as HTML: it also drops control characters, which XML
/// (and so SVG) does not allow even escaped.
std::string esc(std::string_view text) {
  return escape_html(text);
}

std::string num(double v) {
  std::string s = fmt::format("{:.1f}", v);
  if (s == "-0.0") s = "0.0";
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  return s;
}

namespace {

/// Advance of one character in em, after DejaVu Sans (wider than Arial or
/// Helvetica, so layouts made with it leave room in every common font).
double advance(unsigned char c) {
  if (c >= 0x80) return 0.62;  // æ, ø, å, –, …: a lead byte stands for the code point
  if (c == ' ') return 0.32;
  if (std::string_view(".,:;'!|ijl").find(static_cast<char>(c)) != std::string_view::npos)
    return 0.3;
  if (std::string_view("ftrI()[]-/").find(static_cast<char>(c)) != std::string_view::npos)
    return 0.4;
  if (c == 'm' || c == 'w') return 0.95;
  if (c == 'M' || c == 'W') return 0.95;
  if (c >= '0' && c <= '9') return 0.64;
  if (c >= 'A' && c <= 'Z') return 0.72;
  return 0.61;
}

bool continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

}  // namespace

double text_width(std::string_view text, double size) {
  double em = 0;
  for (char c : text)
    if (!continuation(c)) em += advance(static_cast<unsigned char>(c));
  return em * size;
}

std::string fit(std::string_view text, double width, double size) {
  if (text_width(text, size) <= width) return std::string(text);
  // The longest run of whole code points that fits with the ellipsis, found
  // in one pass: widths add up, so the run's width grows as it is read
  // (cutting a character at a time and measuring again took seconds for a
  // long unit). The same sums in the same order as text_width: equal output.
  const double ellipsis = advance(0xE2);  // "…" is E2 80 A6; only the lead byte has a width
  double em = 0;
  size_t cut = 0;
  for (size_t i = 0; i < text.size();) {
    const double wider = em + advance(static_cast<unsigned char>(text[i]));
    if ((wider + ellipsis) * size > width) break;
    em = wider;
    do ++i;
    while (i < text.size() && continuation(text[i]));
    cut = i;
  }
  while (cut > 0 && text[cut - 1] == ' ') --cut;
  return std::string(text.substr(0, cut)) + "…";
}

Box text_box(double x, double y, std::string_view text, std::string_view anchor) {
  const double w = text_width(text);
  const double x0 = anchor == "middle" ? x - w / 2 : anchor == "end" ? x - w : x;
  return {x0, y - 0.78 * kText, x0 + w, y + 0.24 * kText};
}

Look look(size_t series) {
  // Okabe–Ito hues darkened to at least 4.5:1 on white (blue 5.2, vermillion
  // 5.1, bluish green 5.0, reddish purple 5.5, ochre 5.9, grey 6.5), each with
  // its own dash and marker so that print in grey and colour-blind readers
  // lose nothing.
  static const Look looks[] = {
      {"#0072B2", "", Marker::circle},           {"#C0470A", "9 4", Marker::square},
      {"#00805C", "2 3", Marker::triangle},      {"#B8376F", "12 3 2 3", Marker::diamond},
      {"#8A5A00", "5 3", Marker::triangle_down}, {"#5E5E5E", "14 3 3 3 3 3", Marker::cross},
  };
  return looks[series % std::size(looks)];
}

void open_svg(Doc& d, std::string_view kind, double height) {
  const std::string title =
      d.ind.unit.empty() ? d.ind.title
                         : d.l.fill("chart_title", {{"title", d.ind.title}, {"unit", d.ind.unit}});
  d.add(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-{0}\" role=\"img\" "
      "aria-labelledby=\"{1}-title {1}-desc\" viewBox=\"0 0 {2} {3}\" width=\"100%\" "
      "font-family=\"sans-serif\" font-size=\"{4}\">\n"
      "<title id=\"{1}-title\">{5}</title>\n<desc id=\"{1}-desc\">{6}</desc>\n",
      kind, esc(d.id), num(d.width), num(height), num(kText), esc(title),
      esc(indicator_finding(d.ind, d.l)));
}

void close_svg(Doc& d) {
  d.add("</svg>\n");
}

void text(Doc& d, double x, double y, std::string_view s, std::string_view anchor,
          std::string_view cls, bool halo) {
  d.add("<text class=\"{}\" x=\"{}\" y=\"{}\"", cls, num(x), num(y));
  if (anchor != "start") d.add(" text-anchor=\"{}\"", anchor);
  d.add(" fill=\"#1a1a1a\"");
  if (halo)
    d.add(" stroke=\"#fff\" stroke-width=\"4\" stroke-linejoin=\"round\" paint-order=\"stroke\"");
  d.add(">{}</text>\n", esc(s));
}

namespace {

std::string marker_shape(Marker m, double x, double y) {
  auto p = [&](std::initializer_list<std::pair<double, double>> pts) {
    std::string s = "<path d=\"";
    char op = 'M';
    for (auto [dx, dy] : pts) s += fmt::format("{}{} {}", op, num(x + dx), num(y + dy)), op = 'L';
    return s + "Z\"";
  };
  switch (m) {
    case Marker::circle:
      return fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"4.8\"", num(x), num(y));
    case Marker::square:
      return fmt::format("<rect x=\"{}\" y=\"{}\" width=\"9\" height=\"9\"", num(x - 4.5),
                         num(y - 4.5));
    case Marker::triangle:
      return p({{0, -6}, {5.5, 4}, {-5.5, 4}});
    case Marker::diamond:
      return p({{0, -6.2}, {6.2, 0}, {0, 6.2}, {-6.2, 0}});
    case Marker::triangle_down:
      return p({{0, 6}, {5.5, -4}, {-5.5, -4}});
    case Marker::cross:
      return p({{-2, -6},
                {2, -6},
                {2, -2},
                {6, -2},
                {6, 2},
                {2, 2},
                {2, 6},
                {-2, 6},
                {-2, 2},
                {-6, 2},
                {-6, -2},
                {-2, -2}});
  }
  return {};
}

}  // namespace

void marker(Doc& d, Marker m, double x, double y, const char* colour, std::string_view tip) {
  d.add("{} class=\"series-marker\" fill=\"{}\" stroke=\"#fff\" stroke-width=\"1.5\"",
        marker_shape(m, x, y), colour);
  if (tip.empty()) {
    d.add("/>\n");
    return;
  }
  const char* tag = m == Marker::circle ? "circle" : m == Marker::square ? "rect" : "path";
  d.add("><title>{}</title></{}>\n", esc(tip), tag);
}

void defs(Doc& d, size_t series, bool hatch) {
  if (!hatch && series < 2) return;
  d.add("<defs>\n");
  if (hatch)
    d.add(
        "<pattern id=\"{}-hatch\" class=\"pattern-hatch\" width=\"8\" height=\"8\" "
        "patternUnits=\"userSpaceOnUse\" "
        "patternTransform=\"rotate(45)\"><rect width=\"8\" height=\"8\" fill=\"#f2f2f2\"/>"
        "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#8c8c8c\" "
        "stroke-width=\"2.5\"/></pattern>\n",
        esc(d.id));
  // Column fills after the first (solid): stripes, dots, cross-hatching,
  // horizontal lines, reverse stripes, so columns differ in grey print too.
  static const char* const kInside[] = {
      "",
      "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"{c}\" stroke-width=\"3\"/>",
      "<circle cx=\"3\" cy=\"3\" r=\"1.7\" fill=\"{c}\"/>",
      "<path d=\"M0 0V6M0 0H6\" stroke=\"{c}\" stroke-width=\"2.4\"/>",
      "<line x1=\"0\" y1=\"1.5\" x2=\"6\" y2=\"1.5\" stroke=\"{c}\" stroke-width=\"3\"/>",
      "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"{c}\" stroke-width=\"1.6\"/>"};
  static const char* const kTurn[] = {"", "45", "0", "45", "0", "-45"};
  for (size_t i = 1; i < series; ++i) {
    const size_t k = i % std::size(kInside) == 0 ? 1 : i % std::size(kInside);
    d.add(
        "<pattern id=\"{}-fill-{}\" class=\"pattern-{}\" width=\"6\" height=\"6\" "
        "patternUnits=\"userSpaceOnUse\"",
        esc(d.id), i + 1, i + 1);
    if (std::string_view(kTurn[k]) != "0") d.add(" patternTransform=\"rotate({})\"", kTurn[k]);
    d.add("><rect width=\"6\" height=\"6\" fill=\"#fff\"/>{}</pattern>\n",
          fmt::format(fmt::runtime(kInside[k]), fmt::arg("c", look(i).colour)));
  }
  d.add("</defs>\n");
}

std::string column_fill(const Doc& d, size_t series) {
  return series == 0 ? std::string(look(0).colour)
                     : fmt::format("url(#{}-fill-{})", esc(d.id), series + 1);
}

void spread(std::vector<double>& ys, const std::vector<double>& heights, double lo, double hi) {
  const size_t n = ys.size();
  if (n == 0) return;
  auto need = [&](size_t i) { return (heights[i - 1] + heights[i]) / 2; };
  ys[0] = std::max(ys[0], lo + heights[0] / 2);
  for (size_t i = 1; i < n; ++i) ys[i] = std::max(ys[i], ys[i - 1] + need(i));
  ys[n - 1] = std::min(ys[n - 1], hi - heights[n - 1] / 2);
  for (size_t i = n - 1; i > 0; --i) ys[i - 1] = std::min(ys[i - 1], ys[i] - need(i));
}

std::vector<Period> all_periods(const Indicator& ind) {
  std::vector<Period> out;
  for (const Series& s : ind.series)
    for (const DataPoint& p : s.points) out.push_back(p.period);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool has_any_value(const Indicator& ind) {
  for (const Series& s : ind.series)
    for (const DataPoint& p : s.points)
      if (p.value) return true;
  return false;
}

bool names_series(const Indicator& ind) {
  return ind.series.size() > 1 ||
         (ind.series.size() == 1 && !ind.series[0].name.empty() && ind.series[0].name != ind.title);
}

}  // namespace overblik::chart
