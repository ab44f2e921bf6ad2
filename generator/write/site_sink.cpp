#include "write/site_sink.hpp"

#include <fmt/format.h>

namespace overblik {

std::optional<KeptSite> DiskSink::kept(uint64_t input) {
  std::optional<Manifest> m = up_to_date_manifest(options_.out_dir, input);
  if (!m) return std::nullopt;
  // The output folder must still be one overblik may write into, as for a
  // build that writes.
  check_output_folder(options_.out_dir, options_.content_dir);
  return KeptSite{m->entries.size(), std::move(m->diagnostics)};
}

void DiskSink::begin() {
  writer_ = std::make_unique<SiteWriter>(options_);
}

void DiskSink::add(OutputFile&& file) {
  writer_->add(file.path, file.bytes);
}

WriteStats DiskSink::finish(uint64_t input, std::vector<Diagnostic> diagnostics) {
  WriteStats stats = writer_->finish(input, std::move(diagnostics));
  writer_.reset();  // releases the output folder's lock
  return stats;
}

std::optional<KeptSite> MemorySink::kept(uint64_t input) {
  if (!site_ || input == 0 || input != input_) return std::nullopt;
  return KeptSite{site_->size(), diagnostics_};
}

void MemorySink::begin() {
  next_ = std::make_shared<SiteFiles>();
}

void MemorySink::add(OutputFile&& file) {
  const std::string path = file.path;
  std::lock_guard lock(mutex_);
  if (!next_->try_emplace(path, std::move(file)).second)
    throw WriteError(fmt::format("'{}' was produced twice", path));
}

WriteStats MemorySink::finish(uint64_t input, std::vector<Diagnostic> diagnostics) {
  WriteStats stats;
  const SiteFiles none;
  const SiteFiles& old = site_ ? *site_ : none;
  for (const auto& [path, file] : *next_) {
    auto it = old.find(path);
    ++(it != old.end() && it->second.bytes == file.bytes ? stats.unchanged : stats.written);
  }
  for (const auto& [path, file] : old)
    if (!next_->count(path)) ++stats.removed;
  stats.swapped = true;
  site_ = std::move(next_);
  input_ = input;
  diagnostics_ = std::move(diagnostics);
  return stats;
}

}  // namespace overblik
