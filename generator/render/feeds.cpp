#include "render/feeds.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "render/diff_report.hpp"
#include "render/directive_text.hpp"
#include "render/escape.hpp"
#include "render/markdown_html.hpp"
#include "render/site_updates.hpp"
#include "support/text.hpp"

namespace overblik {

namespace {

std::string absolute(const Plan& plan, const std::string& path) {
  const std::string pretty = Urls::pretty(path);
  return plan.info.base_url.empty() ? pretty : plan.info.base_url + "/" + pretty;
}

std::string timestamp(const Date& d) {
  return d.iso() + "T00:00:00Z";
}

std::string entry_id(const Plan& plan, const Urls& urls, const SiteUpdate& su) {
  if (!plan.info.base_url.empty())
    return absolute(plan, urls.initiative(su.initiative->id)) + "#" + su.anchor;
  std::string org = suggest_id(plan.info.organisation);
  return fmt::format("urn:overblik:{}:{}:{}", org.empty() ? "plan" : org, su.initiative->id,
                     su.anchor);
}

}  // namespace

std::string atom_feed(const Plan& plan, const Labels& l, const Urls& urls, const PlanDiff* changes,
                      Date changes_since, MarkdownCache* markdown) {
  const auto updates = site_updates(plan);
  const Date updated = updates.empty() ? plan.info.published : updates.front().update->date;
  LinkContext ctx;
  ctx.urls = &urls;
  ctx.root = "../";  // the feed lives in opdateringer/: relative links resolve from there
  ctx.cache = markdown;
  ctx.directive = [&](const Directive& d, std::string_view written) {
    return directive_text(d, plan, l, written);
  };
  std::string out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
  out += fmt::format("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n",
                     plan.info.language);
  out += fmt::format("  <title>{} – {}</title>\n", escape_html(plan.info.title),
                     escape_html(l.get("updates_title")));
  out += fmt::format("  <subtitle>{}</subtitle>\n", escape_html(plan.info.organisation));
  const std::string feed_id =
      plan.info.base_url.empty()
          ? fmt::format("urn:overblik:{}:updates", suggest_id(plan.info.organisation).empty()
                                                       ? "plan"
                                                       : suggest_id(plan.info.organisation))
          : absolute(plan, urls.updates());
  out += fmt::format("  <id>{}</id>\n", escape_html(feed_id));
  out += fmt::format(
      "  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n",
      escape_html(plan.info.base_url.empty() ? "feed.xml" : absolute(plan, urls.feed())));
  out +=
      fmt::format("  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
                  escape_html(plan.info.base_url.empty() ? "./" : absolute(plan, urls.updates())));
  out += fmt::format("  <updated>{}</updated>\n", timestamp(updated));
  out += fmt::format("  <author><name>{}</name></author>\n", escape_html(plan.info.organisation));
  out += "  <generator>overblik</generator>\n";
  if (changes) {
    // The changes since the previous version, as one entry dated by the newest change.
    const std::string title = l.fill("changed_since", {{"date", l.date(changes_since)}});
    const std::string link = plan.info.base_url.empty() ? "../" + Urls::pretty(urls.changes())
                                                        : absolute(plan, urls.changes());
    const std::string id = plan.info.base_url.empty()
                               ? "urn:overblik:changes:" + changes_since.iso()
                               : link + "#" + changes_since.iso();
    out += "  <entry>\n";
    out += fmt::format("    <id>{}</id>\n    <title>{}</title>\n", escape_html(id),
                       escape_html(title));
    out += fmt::format("    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
                       escape_html(link));
    out += fmt::format("    <updated>{}</updated>\n", timestamp(updated));
    LinkContext changes_ctx;
    changes_ctx.urls = &urls;
    changes_ctx.root = "../";
    changes_ctx.cache = markdown;
    out += fmt::format("    <content type=\"html\">{}</content>\n",
                       escape_html(markdown_to_html(diff_report(*changes, l, DiffFormat::markdown),
                                                    changes_ctx, 3)));
    out += "  </entry>\n";
  }
  for (const SiteUpdate& su : updates) {
    const Update& u = *su.update;
    std::string title = su.initiative->title;
    if (u.status) title += " – " + l.status(*u.status);
    std::string link = plan.info.base_url.empty()
                           ? "../" + Urls::pretty(urls.initiative(su.initiative->id))
                           : absolute(plan, urls.initiative(su.initiative->id));
    out += "  <entry>\n";
    out += fmt::format("    <id>{}</id>\n", escape_html(entry_id(plan, urls, su)));
    out += fmt::format("    <title>{}</title>\n", escape_html(title));
    out += fmt::format("    <link rel=\"alternate\" type=\"text/html\" href=\"{}#{}\"/>\n",
                       escape_html(link), su.anchor);
    out += fmt::format("    <published>{0}</published>\n    <updated>{0}</updated>\n",
                       timestamp(u.date));
    out += fmt::format("    <content type=\"html\">{}</content>\n",
                       escape_html(markdown_to_html(u.text.text, ctx, 3)));
    out += "  </entry>\n";
  }
  out += "</feed>\n";
  return out;
}

std::vector<std::string> page_paths(const Plan& plan, const Urls& urls) {
  std::vector<std::string> out = {urls.front(), urls.initiatives()};
  for (const Initiative& in : plan.initiatives) out.push_back(urls.initiative(in.id));
  out.push_back(urls.themes());
  for (const Theme& t : plan.themes) out.push_back(urls.theme(t.id));
  if (plan.info.sections.matrix) out.push_back(urls.matrix());
  if (plan.info.sections.action_plan) out.push_back(urls.action_plan());
  out.push_back(urls.indicators());
  for (const Indicator& ind : plan.indicators) out.push_back(urls.indicator(ind.id));
  if (plan.info.sections.updates) out.push_back(urls.updates());
  out.push_back(urls.print());
  for (const Page& p : plan.pages) out.push_back(urls.page(p.slug));
  return out;
}

std::string sitemap_xml(const Plan& plan, const Urls& urls) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset "
      "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  std::map<std::string, Date> lastmod;
  for (const Initiative& in : plan.initiatives)
    if (in.last_update) lastmod[urls.initiative(in.id)] = *in.last_update;
  for (const std::string& path : page_paths(plan, urls)) {
    std::string loc = absolute(plan, path);
    if (loc.empty()) loc = "./";
    out += fmt::format("  <url><loc>{}</loc>", escape_html(loc));
    auto it = lastmod.find(path);
    if (it != lastmod.end()) out += fmt::format("<lastmod>{}</lastmod>", it->second.iso());
    out += "</url>\n";
  }
  return out + "</urlset>\n";
}

std::string search_index_json(const Plan& plan, const Labels& l, const Urls& urls,
                              MarkdownCache* markdown) {
  using json = nlohmann::ordered_json;
  // Bodies are cut so that the index of a plan with thousands of initiatives stays a download, not
  // a burden.
  constexpr size_t kMaxText = 4000;
  auto cut = [&](std::string s) {
    if (s.size() <= kMaxText) return s;
    size_t end = kMaxText;
    while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80)
      --end;  // keep UTF-8 whole
    return s.substr(0, end);
  };
  LinkContext ctx;
  ctx.urls = &urls;
  ctx.cache = markdown;
  ctx.directive = [&](const Directive& d, std::string_view written) {
    return directive_text(d, plan, l, written);
  };
  auto plain = [&](const MarkdownText& md) { return markdown_to_text(md.text, ctx); };
  std::map<std::string, std::string> theme_titles;
  for (const Theme& t : plan.themes) theme_titles[t.id] = t.title;
  json items = json::array();
  for (const Initiative& in : plan.initiatives) {
    json themes = json::array();
    for (auto& t : in.themes) themes.push_back(theme_titles[t]);
    items.push_back({{"kind", "initiative"},
                     {"url", urls.initiative(in.id)},
                     {"title", in.title},
                     {"number", in.number ? in.number->text : ""},
                     {"summary", in.summary},
                     {"text", cut(plain(in.body))},
                     {"themes", themes},
                     {"status", l.status(in.status)},
                     {"tags", in.tags}});
  }
  for (const Theme& t : plan.themes)
    items.push_back({{"kind", "theme"},
                     {"url", urls.theme(t.id)},
                     {"title", t.title},
                     {"number", t.number ? t.number->text : ""},
                     {"summary", cut(plain(t.summary))}});
  for (const Indicator& ind : plan.indicators)
    items.push_back({{"kind", "indicator"},
                     {"url", urls.indicator(ind.id)},
                     {"title", ind.title},
                     {"number", ind.number ? ind.number->text : ""},
                     {"summary", cut(plain(ind.description))},
                     {"unit", ind.unit}});
  for (const Page& p : plan.pages)
    items.push_back({{"kind", "page"},
                     {"url", urls.page(p.slug)},
                     {"title", p.title},
                     {"summary", p.summary},
                     {"text", cut(plain(p.body))}});
  json out = {{"language", plan.info.language}, {"items", items}};
  return out.dump() + "\n";
}

}  // namespace overblik
