#include "render/site.hpp"

#include <algorithm>
#include <functional>

#include "render/exports.hpp"
#include "render/feeds.hpp"
#include "render/views.hpp"
#include "support/parallel.hpp"

namespace overblik {

namespace {

/// Every page of the site as a function that builds its view model; built
/// lazily so that each worker builds and renders only its own pages.
std::vector<std::function<PageView()>> page_builders(const ViewContext& v) {
  std::vector<std::function<PageView()>> jobs;
  jobs.push_back([&v] { return front_view(v); });
  jobs.push_back([&v] { return initiatives_view(v); });
  for (size_t i = 0; i < v.plan.initiatives.size(); ++i) jobs.push_back([&v, i] { return initiative_view(v, i); });
  jobs.push_back([&v] { return themes_view(v); });
  for (const Theme& t : v.plan.themes) jobs.push_back([&v, &t] { return theme_view(v, t); });
  jobs.push_back([&v] { return matrix_view(v); });
  jobs.push_back([&v] { return indicators_view(v); });
  for (const Indicator& ind : v.plan.indicators) jobs.push_back([&v, &ind] { return indicator_view(v, ind); });
  jobs.push_back([&v] { return action_plan_view(v); });
  jobs.push_back([&v] { return updates_view(v); });
  jobs.push_back([&v] { return print_view(v); });
  if (v.changes) jobs.push_back([&v] { return changes_view(v); });
  for (const Page& p : v.plan.pages) jobs.push_back([&v, &p] { return narrative_view(v, p); });
  return jobs;
}

void add_data_files(const Plan& plan, const Urls& urls, std::vector<OutputFile>& out) {
  out.push_back({"data/initiatives.csv", initiatives_csv(plan), {}});
  out.push_back({"data/initiatives.json", initiatives_json(plan, urls), {}});
  out.push_back({"data/matrix.csv", matrix_csv(plan), {}});
  out.push_back({"data/indicators.csv", indicators_csv(plan), {}});
  out.push_back({"data/indicators.json", indicators_json(plan, urls), {}});
  out.push_back({"data/assessments.csv", assessments_csv(plan), {}});
}

}  // namespace

std::vector<OutputFile> render_site(const Plan& plan, const TemplateSet& theme, const RenderOptions& options) {
  ViewContext v(plan, theme.labels(plan.info.language));
  v.set_changes(options.changes, options.changes_since);
  const data shared = shared_data(v);
  auto jobs = page_builders(v);

  std::vector<OutputFile> out(jobs.size());
  const size_t n_workers = workers(jobs.size(), options.jobs);
  std::vector<std::unique_ptr<TemplateEngine>> engines;
  for (size_t w = 0; w < n_workers; ++w) engines.push_back(std::make_unique<TemplateEngine>(theme));
  parallel_for_worker(jobs.size(), options.jobs, [&](size_t i, size_t worker) {
    PageView pv = jobs[i]();
    // The frame and the body are separate layers of the Mustache context, so
    // neither is copied into the other.
    data frame = std::move(pv.frame);
    out[i].path = pv.path;
    out[i].bytes = engines[worker]->render_page(pv.kind, shared, frame, pv.body);
  });

  add_data_files(plan, v.urls, out);
  out.push_back({v.urls.feed(), atom_feed(plan, v.l, v.urls, options.changes, options.changes_since), {}});
  out.push_back({"sitemap.xml", sitemap_xml(plan, v.urls), {}});
  out.push_back({"search-index.json", search_index_json(plan, v.l, v.urls), {}});
  for (const std::string& asset : theme.assets())
    out.push_back({"_overblik/" + asset.substr(7), *theme.file(asset), {}});
  for (const std::string& asset : plan.assets)
    out.push_back({asset, {}, plan.content_dir + "/" + asset});
  // GitHub Pages and similar hosts would hide _overblik/ without this.
  out.push_back({".nojekyll", "", {}});
  std::sort(out.begin(), out.end(), [](const OutputFile& a, const OutputFile& b) { return a.path < b.path; });
  return out;
}

}  // namespace overblik
