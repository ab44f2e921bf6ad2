#pragma once
// One in-memory build of the site as the preview server shows it: the files
// of the last good build, and, while the newest build has errors, the page
// that lists them. A PreviewSite is immutable once made; the server swaps
// whole snapshots (shared_ptr) so a request never sees half a rebuild.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "support/diagnostic.hpp"
#include "support/messages.hpp"
#include "write/site_sink.hpp"

namespace overblik {

/// What the server sends for one request.
struct PreviewResponse {
  int status = 200;
  std::string content_type;
  std::string body;
  std::string location;  ///< for a redirect (301)
};

/// Content-Type for an output path, by its extension; text types say UTF-8.
std::string content_type_for(std::string_view path);

/// The live-reload script, which listens on `/_overblik/events` and reloads
/// the page when a build newer than `version` is served.
std::string reload_script(std::string_view version);

/// Puts `snippet` just before the last `</body>`, or at the end when there is none.
std::string inject_before_body_end(std::string_view html, std::string_view snippet);

/// A plain, accessible HTML page listing the diagnostics (escaped, each in a <pre>
/// as format_diagnostic writes it), errors first; without the reload script.
std::string error_page_html(const Diagnostics& diags, const SourceTexts& sources,
                            Language language = Language::en);
/// The same for a problem that is not in the content (a broken template).
std::string error_page_html(std::string_view message, Language language = Language::en);

class PreviewSite {
 public:
  /// A good build. `version` identifies it for live reload.
  /// `language`: of the preview's own pages (not found).
  PreviewSite(std::shared_ptr<const SiteFiles> files, std::string version,
              Language language = Language::en);
  /// A failed build: HTML pages show `error_page` (status 500); the theme's
  /// files and the data still come from `last_good` (may be null) so that
  /// styles keep working. Files copied from the content folder (assets,
  /// admin/) do not: the failed build could not vouch for them (one may now
  /// be a link out of the folder).
  PreviewSite(std::shared_ptr<const SiteFiles> last_good, std::string error_page,
              std::string version, Language language = Language::en);

  /// The response for a decoded URL path such as "/", "/initiativer/x/" or
  /// "/_overblik/style.css". HTML gets the reload script.
  PreviewResponse respond(std::string_view url_path) const;

  const std::string& version() const { return version_; }
  bool failed() const { return !error_page_.empty(); }
  /// The files of the last good build (null when there has been none).
  const std::shared_ptr<const SiteFiles>& files() const { return files_; }

 private:
  std::shared_ptr<const SiteFiles> files_;
  std::string error_page_;
  std::string version_;
  Language language_ = Language::en;

  PreviewResponse html(int status, std::string_view page) const;
  PreviewResponse not_found(std::string_view path) const;
};

}  // namespace overblik
