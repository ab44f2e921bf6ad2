#include "render/site.hpp"

#include <algorithm>
#include <functional>
#include <mutex>

#include "render/exports.hpp"
#include "render/feeds.hpp"
#include "render/views.hpp"
#include "support/parallel.hpp"

namespace overblik {

namespace {

/// Every page of the site as a function that builds its view model; built
/// lazily so that each worker builds and renders only its own pages. The
/// first `big` are the pages that grow with the plan (the print version,
/// the lists, the matrix): they are scheduled first, with the data files,
/// so that no worker is left with a long one at the end.
struct PageJobs {
  std::vector<std::function<PageView()>> jobs;
  size_t big = 0;
};

PageJobs page_builders(const ViewContext& v) {
  PageJobs p;
  auto& jobs = p.jobs;
  jobs.push_back([&v] { return print_view(v); });
  jobs.push_back([&v] { return front_view(v); });
  jobs.push_back([&v] { return initiatives_view(v); });
  const Sections& sections = v.plan.info.sections;
  if (sections.matrix) jobs.push_back([&v] { return matrix_view(v); });
  if (sections.updates) jobs.push_back([&v] { return updates_view(v); });
  if (sections.action_plan) jobs.push_back([&v] { return action_plan_view(v); });
  jobs.push_back([&v] { return themes_view(v); });
  jobs.push_back([&v] { return indicators_view(v); });
  if (v.changes) jobs.push_back([&v] { return changes_view(v); });
  p.big = jobs.size();
  for (size_t i = 0; i < v.plan.initiatives.size(); ++i)
    jobs.push_back([&v, i] { return initiative_view(v, i); });
  for (const Theme& t : v.plan.themes) jobs.push_back([&v, &t] { return theme_view(v, t); });
  for (const Indicator& ind : v.plan.indicators)
    jobs.push_back([&v, &ind] { return indicator_view(v, ind); });
  for (const Page& p2 : v.plan.pages) jobs.push_back([&v, &p2] { return narrative_view(v, p2); });
  return p;
}

/// The files that are not pages: data exports, feed, sitemap, search index, assets.
std::vector<std::function<OutputFile()>> file_builders(const ViewContext& v,
                                                       const TemplateSet& theme,
                                                       const RenderOptions& options) {
  const Plan& plan = v.plan;
  std::vector<std::function<OutputFile()>> jobs;
  jobs.push_back([&] {
    return OutputFile{.path = Urls::search_index(),
                      .bytes = search_index_json(plan, v.l, v.urls, &v.markdown)};
  });
  jobs.push_back([&] {
    return OutputFile{.path = Urls::data("initiatives.csv"), .bytes = initiatives_csv(plan)};
  });
  jobs.push_back([&] {
    return OutputFile{.path = Urls::data("initiatives.json"),
                      .bytes = initiatives_json(plan, v.urls)};
  });
  jobs.push_back(
      [&] { return OutputFile{.path = Urls::data("matrix.csv"), .bytes = matrix_csv(plan)}; });
  jobs.push_back([&] {
    return OutputFile{.path = Urls::data("indicators.csv"), .bytes = indicators_csv(plan)};
  });
  jobs.push_back([&] {
    return OutputFile{.path = Urls::data("indicators.json"),
                      .bytes = indicators_json(plan, v.urls)};
  });
  jobs.push_back([&] {
    return OutputFile{.path = Urls::data("assessments.csv"), .bytes = assessments_csv(plan)};
  });
  // The feed is the updates page's: without that page (sections: updates: false) there is no feed.
  if (plan.info.sections.updates)
    jobs.push_back([&] {
      return OutputFile{.path = v.urls.feed(),
                        .bytes = atom_feed(plan, v.l, v.urls, options.changes,
                                           options.changes_since, &v.markdown)};
    });
  jobs.push_back(
      [&] { return OutputFile{.path = Urls::sitemap(), .bytes = sitemap_xml(plan, v.urls)}; });
  for (const std::string& asset : theme.assets())
    jobs.push_back([&theme, asset] {
      return OutputFile{.path = Urls::theme_asset(asset.substr(7)), .bytes = *theme.file(asset)};
    });
  for (const std::string& asset : plan.assets)
    jobs.push_back([&plan, asset] {
      return OutputFile{.path = asset, .copy_from = plan.content_dir + "/" + asset};
    });
  // GitHub Pages and similar hosts would hide _overblik/ without this.
  jobs.push_back([] { return OutputFile{.path = ".nojekyll", .bytes = ""}; });
  return jobs;
}

}  // namespace

void render_site(const Plan& plan, const TemplateSet& theme, const RenderOptions& options,
                 const FileSink& sink) {
  ViewContext v(plan, theme.labels(plan.info.language));
  v.set_changes(options.changes, options.changes_since);
  const data shared = shared_data(v);
  const PageJobs page_jobs = page_builders(v);
  const auto& pages = page_jobs.jobs;
  const auto files = file_builders(v, theme, options);
  const size_t total = pages.size() + files.size();
  const size_t n_workers = workers(total, options.jobs);
  std::vector<std::unique_ptr<TemplateEngine>> engines;
  for (size_t w = 0; w < n_workers; ++w) engines.push_back(std::make_unique<TemplateEngine>(theme));
  // In order: the big pages, the data files (the search index is the
  // longest of them), then a page per initiative, theme, indicator and page.
  parallel_for_worker(total, options.jobs, [&](size_t job, size_t worker) {
    const size_t big = page_jobs.big;
    if (job >= big && job < big + files.size()) {
      sink(files[job - big]());
      return;
    }
    const size_t i = job < big ? job : job - files.size();
    PageView pv = pages[i]();
    // The frame and the body are separate layers of the Mustache context, so
    // neither is copied into the other.
    data frame = std::move(pv.frame);
    OutputFile out{std::move(pv.path),
                   engines[worker]->render_page(pv.kind, shared, frame, std::move(pv.body)),
                   {}};
    frame = data();  // free the view model before handing the page on
    sink(std::move(out));
  });
}

std::vector<OutputFile> render_site(const Plan& plan, const TemplateSet& theme,
                                    const RenderOptions& options) {
  std::vector<OutputFile> out;
  std::mutex mutex;
  render_site(plan, theme, options, [&](OutputFile&& f) {
    std::lock_guard lock(mutex);
    out.push_back(std::move(f));
  });
  std::sort(out.begin(), out.end(),
            [](const OutputFile& a, const OutputFile& b) { return a.path < b.path; });
  return out;
}

}  // namespace overblik
