#include "model/build_plan.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "model/markdown_check.hpp"
#include "model/placeholders.hpp"
#include "model/readers.hpp"
#include "model/site_folders.hpp"
#include "support/parallel.hpp"
#include "support/text.hpp"

namespace overblik {

bool number_title_less(const DisplayKey& a, const DisplayKey& b) {
  if (a.number.has_value() != b.number.has_value()) return a.number.has_value();
  if (a.number) {
    int c = natural_compare(a.number->text, b.number->text);
    if (c != 0) return c < 0;
  }
  int c = danish_compare(a.title, b.title);
  if (c != 0) return c < 0;
  return a.id < b.id;
}

namespace {

Known gather_known(const ContentFiles& files, const std::vector<Theme>& themes) {
  Known k;
  for (const Theme& t : themes) k.themes[t.id] = t.children;
  k.themes_read = !themes.empty();
  for (auto& f : files.initiatives) k.initiatives.insert(id_of(f));
  for (auto& f : files.indicators) k.indicators.insert(id_of(f));
  for (auto& f : files.pages) k.pages.insert(id_of(f));
  // A file that could not be decoded is reported already; references to it
  // are not also unknown.
  for (auto& f : files.unusable) {
    if (starts_with(f.rel, "initiatives/"))
      k.initiatives.insert(id_of(f));
    else if (starts_with(f.rel, "indicators/") && ends_with(f.rel, ".yaml"))
      k.indicators.insert(id_of(f));
    else if (starts_with(f.rel, "pages/"))
      k.pages.insert(id_of(f));
  }
  k.assets.insert(files.assets.begin(), files.assets.end());
  return k;
}

/// Groups first, each followed by its children, in file order.
std::vector<Theme> display_order(std::vector<Theme> themes) {
  std::vector<Theme> out;
  for (const Theme& t : themes) {
    if (!t.parent.empty()) continue;
    out.push_back(t);
    for (const Theme& child : themes)
      if (child.parent == t.id) out.push_back(child);
  }
  return out;
}

/// Reads every file of one kind in parallel, keeping file order and merging
/// each file's diagnostics in that order.
template <typename T, typename Read>
std::vector<T> read_all(const std::vector<SourceFile>& files, int jobs, Diagnostics& diags,
                        Read read) {
  std::vector<std::optional<T>> slots(files.size());
  std::vector<Diagnostics> local(files.size());
  parallel_for(files.size(), jobs, [&](size_t i) {
    if (check_file_id(files[i], id_of(files[i]), local[i])) slots[i] = read(files[i], local[i]);
  });
  std::vector<T> out;
  for (size_t i = 0; i < files.size(); ++i) {
    diags.append(local[i]);
    if (slots[i]) out.push_back(std::move(*slots[i]));
  }
  return out;
}

void check_unique_numbers(const std::vector<Initiative>& initiatives, Diagnostics& diags) {
  std::map<std::string, const Initiative*> seen;
  for (const Initiative& in : initiatives) {
    if (!in.number) continue;
    auto [it, fresh] = seen.emplace(std::string(trim(in.number->text)), &in);
    if (!fresh)
      diags.error(in.path, in.number->mark,
                  fmt::format("number {} is also used by {}", in.number->text, it->second->path),
                  "give every initiative its own number");
  }
}

void check_dates(const ModelOptions& opt, const PlanInfo& info,
                 std::vector<Initiative>& initiatives, Diagnostics& diags) {
  const long today = opt.today.days();
  for (Initiative& in : initiatives) {
    if (!in.status_stated) in.status = info.default_status;
    for (const Update& u : in.updates)
      if (u.date > opt.today)
        diags.warning(in.path, u.mark,
                      fmt::format("the update is dated {}, after the build date {}", u.date.iso(),
                                  opt.today.iso()),
                      "check the year; builds use today's date unless --today is given");
    // An ended plan is history; and without a readable `published` (its own
    // error) there is no date to count from.
    if (info.ended || (in.status != Status::approved && in.status != Status::started)) continue;
    if (!in.last_update && !info.published_ok) continue;
    Date since = in.last_update ? *in.last_update : info.published;
    long days = today - since.days();
    if (days > info.stale_after_days) {
      in.stale = true;
      diags.warning(
          in.path, {1, 1},
          fmt::format("the initiative is {} but has not been updated for {} days (since {})",
                      status_key(in.status), days, since.iso()),
          fmt::format("add an update with today's date; stale_after_days in plan.yaml is {}",
                      info.stale_after_days));
    }
  }
}

/// A result bound to an indicator names one of its series (or it has only one).
void check_result_series(const SourceFile& themes_file, Plan& plan, Diagnostics& diags) {
  for (Theme& t : plan.themes)
    for (ThemeResult& r : t.results) {
      if (r.indicator.empty()) continue;
      const Indicator* ind = plan.indicator(r.indicator);
      if (!ind) continue;  // the indicator's own file has an error
      std::vector<std::string> names;
      for (const Series& s : ind->series) names.push_back(s.name);
      if (r.series.empty() && names.size() > 1) {
        diags.error(
            themes_file.path, r.mark,
            fmt::format("indicator '{}' has {} series; say which one", ind->id, names.size()),
            fmt::format("add series: with one of {}", fmt::join(names, ", ")));
        r.indicator.clear();
      } else if (!r.series.empty() &&
                 std::find(names.begin(), names.end(), r.series) == names.end()) {
        std::string hint = did_you_mean(r.series, names);
        diags.error(themes_file.path, r.mark,
                    fmt::format("indicator '{}' has no series '{}'", ind->id, r.series),
                    hint.empty() ? fmt::format("its series: {}", fmt::join(names, ", ")) : hint);
        r.indicator.clear();
      }
    }
}

std::vector<Page> read_pages(const ContentFiles& files, const Known& known, int jobs,
                             Diagnostics& diags) {
  auto pages = read_all<Page>(
      files.pages, jobs, diags, [&](const SourceFile& f, Diagnostics& d) -> std::optional<Page> {
        std::string slug = id_of(f);
        if (is_reserved_slug(slug)) {
          d.error(
              f.path, {1, 1},
              fmt::format("a page cannot be called '{}': the site uses that address itself", slug),
              fmt::format("rename the file, e.g. to om-{}.md", slug));
          return std::nullopt;
        }
        return read_page(f, known, d);
      });
  std::stable_sort(pages.begin(), pages.end(), [](const Page& a, const Page& b) {
    if (a.menu.has_value() != b.menu.has_value()) return a.menu.has_value();
    if (a.menu && *a.menu != *b.menu) return *a.menu < *b.menu;
    int c = danish_compare(a.title, b.title);
    return c != 0 ? c < 0 : a.slug < b.slug;
  });
  return pages;
}

std::vector<Indicator> read_indicators(const ContentFiles& files, const Known& known, int jobs,
                                       Diagnostics& diags) {
  std::map<std::string, const SourceFile*> csv;
  for (auto& f : files.indicator_data) {
    if (!known.indicators.count(id_of(f)))
      diags.warning(f.path, {1, 1},
                    fmt::format("{} has no indicators/{}.yaml and is not used", f.rel, id_of(f)),
                    "add the indicator's YAML file with its title and unit");
    else
      csv[id_of(f)] = &f;
  }
  auto out =
      read_all<Indicator>(files.indicators, jobs, diags, [&](const SourceFile& f, Diagnostics& d) {
        auto it = csv.find(id_of(f));
        return read_indicator(f, it == csv.end() ? nullptr : it->second, known, d);
      });
  std::sort(out.begin(), out.end(), [](const Indicator& a, const Indicator& b) {
    return number_title_less(display_key(a), display_key(b));
  });
  return out;
}

}  // namespace

Plan build_plan(const ContentFiles& files, const ModelOptions& options, Diagnostics& diags) {
  Plan plan;
  plan.today = options.today;
  plan.content_dir = files.dir;
  plan.assets = files.assets;
  std::vector<Theme> themes;
  if (files.themes) themes = read_themes(*files.themes, gather_known(files, {}), diags);
  Known known = gather_known(files, themes);
  if (files.plan) plan.info = read_plan_info(*files.plan, known, diags);
  const std::string_view themes_text =
      files.themes ? std::string_view(files.themes->text) : std::string_view();
  for (Theme& t : themes) {
    check_markdown(t.summary, known, diags, themes_text);
    check_markdown(t.goal, known, diags, themes_text);
    for (ThemeResult& r : t.results) check_markdown(r.text, known, diags, themes_text);
  }
  plan.themes = display_order(std::move(themes));

  plan.initiatives = read_all<Initiative>(
      files.initiatives, options.jobs, diags,
      [&](const SourceFile& f, Diagnostics& d) { return read_initiative(f, known, d); });
  if (files.initiatives.empty() && files.plan)
    diags.error(files.diag_path("initiatives"), {1, 1}, "the plan has no initiatives",
                "add at least one file initiatives/ID.md");
  std::sort(plan.initiatives.begin(), plan.initiatives.end(),
            [](const Initiative& a, const Initiative& b) {
              return number_title_less(display_key(a), display_key(b));
            });
  check_unique_numbers(plan.initiatives, diags);
  check_dates(options, plan.info, plan.initiatives, diags);
  plan.indicators = read_indicators(files, known, options.jobs, diags);
  if (files.themes) check_result_series(*files.themes, plan, diags);
  plan.pages = read_pages(files, known, options.jobs, diags);
  check_placeholders(files, diags);
  return plan;
}

}  // namespace overblik
