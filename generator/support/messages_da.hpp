#pragma once
// The parts of the Danish catalogue, one per area; danish_catalog() joins them.
#include <span>

#include "support/messages.hpp"

namespace overblik {

/// Diagnostics and hints about content (support/messages_da.cpp).
std::span<const CatalogEntry> danish_content_messages();

/// About the files as files: names, YAML, Markdown, directives, assets
/// (support/messages_da_files.cpp).
std::span<const CatalogEntry> danish_file_messages();

/// The commands' own output: progress, closing lines, refusals, failures, diff
/// (support/messages_da_commands.cpp).
std::span<const CatalogEntry> danish_command_messages();

/// What `overblik import` says about a spreadsheet (support/messages_da_import.cpp).
std::span<const CatalogEntry> danish_import_messages();

}  // namespace overblik
