#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "support/diagnostic.hpp"

namespace overblik {

/// A YAML node that keeps where it came from. Scalars are kept as text: the
/// content format reads `2019` and `"2019"` alike, and only the model decides
/// what a scalar means. Built from yaml-cpp's event stream (not YAML::Node), so
/// that duplicate keys — which YAML::Node silently merges — can be reported.
struct YamlEntry;
struct YamlNode {
  enum class Kind { null, scalar, sequence, map };

  Kind kind = Kind::null;
  Mark mark;            ///< 1-based line and column (code points) in the file
  std::string text{};   ///< scalar text
  bool quoted = false;  ///< a quoted or block scalar (not plain)
  bool block = false;   ///< a literal `|` or folded `>` block scalar
  // No "{}" initialisers on the two lists: YamlEntry is still incomplete here,
  // and clang instantiates std::vector's constructor for one.
  std::vector<YamlNode> items;     ///< sequence items
  std::vector<YamlEntry> entries;  ///< map entries, in file order

  /// An empty map at `mark`: what an empty front matter stands for.
  static YamlNode empty_map(Mark mark);

  bool is_null() const { return kind == Kind::null; }
  bool is_scalar() const { return kind == Kind::scalar; }
  bool is_sequence() const { return kind == Kind::sequence; }
  bool is_map() const { return kind == Kind::map; }

  /// The value of a map entry with this key, or nullptr.
  const YamlNode* find(std::string_view key) const;
  /// The key node of a map entry, or nullptr.
  const YamlNode* find_key(std::string_view key) const;
};

/// A map entry: key and value, named as in std::pair. Not a std::pair, which
/// clang cannot instantiate with libstdc++ 12 while YamlNode is incomplete.
struct YamlEntry {
  YamlNode first;   ///< the key
  YamlNode second;  ///< the value
};

struct YamlLimits {
  size_t max_nodes = 200000;     ///< after alias expansion: stops "billion laughs"
  size_t max_bytes = 64u << 20;  ///< text after alias expansion: stops a few huge texts repeated
  size_t max_depth = 100;        ///< lists and mappings inside each other
};

/// Parses one YAML document. `first_line` is the file line the text starts on
/// (front matter starts on line 2). Problems go to `diags` at `path`; returns
/// false when the document could not be read at all.
bool parse_yaml(std::string_view text, const std::string& path, int first_line, YamlNode& out,
                Diagnostics& diags, const YamlLimits& limits = {});

}  // namespace overblik
