#include "load/yaml_tree.hpp"

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <map>
#include <optional>
#include <sstream>
#include <unordered_map>

#include "support/text.hpp"
#include "support/work_timer.hpp"

namespace overblik {

YamlNode YamlNode::empty_map(Mark mark) {
  YamlNode n;
  n.kind = Kind::map;
  n.mark = mark;
  return n;
}

const YamlNode* YamlNode::find(std::string_view key) const {
  for (auto& [k, v] : entries)
    if (k.is_scalar() && k.text == key) return &v;
  return nullptr;
}

const YamlNode* YamlNode::find_key(std::string_view key) const {
  for (auto& [k, v] : entries)
    if (k.is_scalar() && k.text == key) return &k;
  return nullptr;
}

namespace {

struct TooLarge {
  Mark mark;
};
struct TooDeep {
  Mark mark;
};

size_t indentation(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && line[i] == ' ') ++i;
  return i;
}

bool blank(std::string_view line) {
  return trim(line).empty();
}

/// Builds YamlNode trees from yaml-cpp events.
class TreeBuilder final : public YAML::EventHandler {
 public:
  TreeBuilder(std::string_view text, const std::string& path, int first_line, Diagnostics& diags,
              const YamlLimits& limits)
      : text_(text),
        lines_(split(text, '\n')),
        path_(path),
        first_line_(first_line),
        diags_(diags),
        limits_(limits) {
    line_starts_.reserve(lines_.size());
    size_t start = 0;
    for (const std::string& l : lines_) {
      line_starts_.push_back(start);
      start += l.size() + 1;
    }
  }

  YamlNode root;
  bool has_root = false;
  bool unclosed_ = false;

  std::optional<Mark> first_event;  ///< where the document's first node is

  /// Where the innermost collection still open began, when it is of `kind`.
  std::optional<YAML::Mark> open_yaml_mark(YamlNode::Kind kind) const {
    if (stack_.empty() || stack_.back().node.kind != kind) return std::nullopt;
    return stack_.back().yaml_mark;
  }

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    YamlNode n;
    n.mark = to_mark(empty_value_mark(mark));
    add(std::move(n), anchor);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    auto it = anchors_.find(anchor);
    YamlNode n = it != anchors_.end() ? it->second : YamlNode{};
    n.mark = to_mark(mark);
    count(n, n.mark);
    add(std::move(n), 0);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    YamlNode n;
    n.kind = YamlNode::Kind::scalar;
    n.mark = to_mark(mark);
    n.text = value;
    n.quoted = tag == "!";
    char first = char_at(mark);
    n.block = first == '|' || first == '>';
    if ((first == '"' || first == '\'') && !quote_closes(mark)) {
      // yaml-cpp lets a quote that is never closed run on and swallow the keys
      // after it (to the end of the document, or to the next quote); report
      // it where it opens, not where yaml-cpp gets lost.
      diags_.error(path_, n.mark, "quoted text is never closed",
                   fmt::format("add the closing {} where the text ends", first));
      unclosed_ = true;
    }
    add(std::move(n), anchor);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(YamlNode::Kind::sequence, mark, anchor);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open(YamlNode::Kind::map, mark, anchor);
  }
  void OnMapEnd() override { close(); }

 private:
  struct Open {
    YamlNode node;
    YAML::Mark yaml_mark;
    YAML::anchor_t anchor;
    bool have_key = false;
    YamlNode key;
    /// The line of each scalar key so far: a mapping of 100,000 keys is
    /// checked for duplicates in one pass, not by a search per key.
    std::unordered_map<std::string, int> key_lines;
  };

  std::string_view text_;
  std::vector<std::string> lines_;
  std::vector<size_t> line_starts_;  ///< byte offset of each line in text_
  mutable ColumnCounter columns_;    ///< nodes come in file order: each line is counted once
  const std::string& path_;
  int first_line_;
  Diagnostics& diags_;
  const YamlLimits& limits_;
  std::vector<Open> stack_;
  std::map<YAML::anchor_t, YamlNode> anchors_;
  size_t nodes_ = 0;
  size_t bytes_ = 0;  ///< text held by the tree, aliases expanded

  /// Whether the quoted scalar starting at `m` is closed where YAML allows:
  /// before the end of the text, and with every continuation line indented
  /// more than the line it opens on (YAML 1.2 requires that of a flow scalar
  /// in block context; yaml-cpp does not check it).
  bool quote_closes(const YAML::Mark& m) const {
    const char quote = char_at(m);
    size_t line = static_cast<size_t>(m.line), col = static_cast<size_t>(m.column) + 1;
    const size_t open_indent = indentation(lines_[line]);
    for (; line < lines_.size(); ++line, col = 0) {
      const std::string& l = lines_[line];
      if (line != static_cast<size_t>(m.line) && !blank(l) && indentation(l) <= open_indent)
        return false;
      for (size_t i = col; i < l.size(); ++i) {
        if (quote == '"' && l[i] == '\\') {
          ++i;
        } else if (l[i] == quote) {
          if (quote == '\'' && i + 1 < l.size() && l[i + 1] == '\'')
            ++i;
          else
            return true;
        }
      }
    }
    return false;
  }

  /// yaml-cpp marks an empty value (`title:` at the end of its line) at the
  /// next token, often on a later line; the value belongs right after the
  /// ':' or '- ' that announced it.
  YAML::Mark empty_value_mark(const YAML::Mark& m) const {
    if (m.pos < 0) return m;
    size_t pos = std::min(static_cast<size_t>(m.pos), text_.size());
    bool crossed_line = false;
    while (pos > 0 && (text_[pos - 1] == ' ' || text_[pos - 1] == '\t' || text_[pos - 1] == '\n')) {
      crossed_line |= text_[pos - 1] == '\n';
      --pos;
    }
    if (!crossed_line && static_cast<size_t>(m.pos) < text_.size()) return m;
    YAML::Mark out;
    out.pos = static_cast<int>(pos);
    size_t line_start = text_.rfind('\n', pos == 0 ? 0 : pos - 1);
    line_start = (line_start == std::string_view::npos || pos == 0) ? 0 : line_start + 1;
    // The line's number from the index of line starts (counting the newlines
    // before it for every empty value would make a file of them quadratic).
    out.line =
        static_cast<int>(std::upper_bound(line_starts_.begin(), line_starts_.end(), line_start) -
                         line_starts_.begin()) -
        1;
    out.column = static_cast<int>(pos - line_start);
    return out;
  }

  char char_at(const YAML::Mark& m) const {
    if (m.line < 0 || static_cast<size_t>(m.line) >= lines_.size()) return 0;
    const std::string& l = lines_[static_cast<size_t>(m.line)];
    return m.column >= 0 && static_cast<size_t>(m.column) < l.size()
               ? l[static_cast<size_t>(m.column)]
               : 0;
  }

  /// The file position of a yaml-cpp mark (0-based line, byte column): the
  /// column in code points, as codepoint_column() counts it, past the line's
  /// end in bytes.
  Mark to_mark(const YAML::Mark& m) const {
    if (m.line < 0) return {first_line_, 1};
    const auto l = static_cast<size_t>(m.line);
    const size_t byte_column = static_cast<size_t>(std::max(0, m.column));
    if (l >= lines_.size()) return {m.line + first_line_, static_cast<int>(byte_column) + 1};
    const size_t limit = std::min(lines_[l].size(), byte_column);
    const int column = columns_.at(text_, line_starts_[l], line_starts_[l] + limit);
    return {m.line + first_line_, column + static_cast<int>(byte_column - limit)};
  }

  /// Counts the nodes an alias repeats; `at` is the alias, where a bomb is reported.
  void count(const YamlNode& n, Mark at) {
    nodes_ += 1;
    bytes_ += n.text.size();  // a few huge anchored texts repeated are a bomb too
    if (nodes_ > limits_.max_nodes || bytes_ > limits_.max_bytes) throw TooLarge{at};
    for (auto& i : n.items) count(i, at);
    for (auto& [k, v] : n.entries) {
      count(k, at);
      count(v, at);
    }
  }

  void open(YamlNode::Kind kind, const YAML::Mark& mark, YAML::anchor_t anchor) {
    Open o;
    o.node.kind = kind;
    o.node.mark = to_mark(mark);
    o.yaml_mark = mark;
    if (!first_event) first_event = o.node.mark;
    if (stack_.size() >= limits_.max_depth) throw TooDeep{o.node.mark};
    o.anchor = anchor;
    stack_.push_back(std::move(o));
  }

  void close() {
    Open o = std::move(stack_.back());
    stack_.pop_back();
    add(std::move(o.node), o.anchor);
  }

  void add(YamlNode n, YAML::anchor_t anchor) {
    if (!first_event) first_event = n.mark;
    bytes_ += n.text.size();
    if (++nodes_ > limits_.max_nodes || bytes_ > limits_.max_bytes) throw TooLarge{n.mark};
    if (anchor != 0) anchors_[anchor] = n;
    if (stack_.empty()) {
      root = std::move(n);
      has_root = true;
      return;
    }
    Open& top = stack_.back();
    if (top.node.kind == YamlNode::Kind::sequence) {
      top.node.items.push_back(std::move(n));
    } else if (!top.have_key) {
      top.key = std::move(n);
      top.have_key = true;
    } else {
      check_duplicate(top);
      top.node.entries.push_back({std::move(top.key), std::move(n)});
      top.have_key = false;
    }
  }

  void check_duplicate(Open& top) {
    if (!top.key.is_scalar()) return;
    const auto [first, added] = top.key_lines.emplace(top.key.text, top.key.mark.line);
    if (!added) {
      diags_.error(path_, top.key.mark, fmt::format("duplicate key '{}'", top.key.text),
                   fmt::format("'{}' is already given at line {}; remove one of them", top.key.text,
                               first->second));
    }
  }
};

}  // namespace

namespace {

const char* const kGenericHint =
    "check the indentation and that text containing ': ' or starting with a special character is "
    "quoted";

/// A yaml-cpp error in words a plan author can act on, with the place to show.
struct Explained {
  std::string message;
  std::string hint = kGenericHint;
  std::optional<YAML::Mark> at;  ///< instead of yaml-cpp's own position
};

/// The last byte offset of `needle` before `offset`.
std::optional<size_t> last_before(std::string_view text, size_t offset, char needle) {
  for (size_t i = std::min(offset, text.size()); i-- > 0;)
    if (text[i] == needle) return i;
  return std::nullopt;
}

YAML::Mark mark_at(std::string_view text, size_t offset) {
  YAML::Mark m;
  m.pos = static_cast<int>(offset);
  m.line = 0;
  size_t line_start = 0;
  for (size_t i = 0; i < offset; ++i)
    if (text[i] == '\n') {
      ++m.line;
      line_start = i + 1;
    }
  m.column = static_cast<int>(offset - line_start);
  return m;
}

Explained explain(const YAML::Exception& e, std::string_view text, const TreeBuilder& builder) {
  namespace msg = YAML::ErrorMsg;
  const std::string& what = e.msg;
  const size_t offset =
      e.mark.pos >= 0 ? std::min(static_cast<size_t>(e.mark.pos), text.size()) : text.size();
  const char here = offset < text.size() ? text[offset] : '\0';
  Explained x;
  x.message = "invalid YAML: " + what;
  // A tab in the indentation confuses yaml-cpp into many different errors; it is the thing to fix.
  size_t line_start = text.rfind('\n', offset == 0 ? 0 : offset - 1);
  line_start = line_start == std::string_view::npos || offset == 0 ? 0 : line_start + 1;
  size_t indent_end = text.find_first_not_of(" \t", line_start);
  std::string_view indent = text.substr(
      line_start, (indent_end == std::string_view::npos ? text.size() : indent_end) - line_start);
  if (what == msg::TAB_IN_INDENTATION || indent.find('\t') != std::string_view::npos) {
    x.message = "invalid YAML: a tab is used for indentation";
    x.hint = "indent with spaces; YAML does not allow tabs there";
    if (indent.find('\t') != std::string_view::npos)
      x.at = mark_at(text, line_start + indent.find('\t'));
    return x;
  }
  if (what == msg::END_OF_SEQ_FLOW || what == msg::END_OF_MAP_FLOW) {
    const bool seq = what == msg::END_OF_SEQ_FLOW;
    x.message = fmt::format("invalid YAML: a {} opened with '{}' is never closed with '{}'",
                            seq ? "list" : "mapping", seq ? '[' : '{', seq ? ']' : '}');
    x.hint = fmt::format("add the '{}' after the last item", seq ? ']' : '}');
    if (auto m = builder.open_yaml_mark(seq ? YamlNode::Kind::sequence : YamlNode::Kind::map))
      x.at = *m;
  } else if (what == msg::MAP_VALUE) {
    x.message = "invalid YAML: a ':' where no key can start";
    x.hint = "put text that contains ': ' in quotes; and line every key up with the keys above it";
  } else if (what == msg::BLOCK_ENTRY) {
    x.message = "invalid YAML: a list item ('- ') where no list can start";
    x.hint = "start each item on a line of its own, indented under its key";
  } else if (what == msg::UNKNOWN_ANCHOR || what == msg::ALIAS_NOT_FOUND ||
             (what == msg::UNKNOWN_TOKEN && (here == '@' || here == '`'))) {
    const char first = what == msg::UNKNOWN_TOKEN ? here : '*';
    x.message = fmt::format("invalid YAML: text that starts with '{}' must be in quotes", first);
    x.hint = first == '*'
                 ? "YAML reads *name as a reference to an anchor; put the whole value in quotes"
                 : "put the whole value in quotes";
  } else if (starts_with(what, msg::INVALID_ESCAPE) || what == msg::INVALID_HEX ||
             starts_with(what, msg::INVALID_UNICODE)) {
    x.message = "invalid YAML: a backslash in double-quoted text starts an escape sequence";
    x.hint = "write a backslash as \\\\, or put the text in single quotes ('...')";
    if (auto b = last_before(text, offset + 1, '\\')) x.at = mark_at(text, *b);
  } else if (what == msg::END_OF_MAP || what == msg::END_OF_SEQ) {
    size_t before = offset;
    while (before > 0 && text[before - 1] == ' ') --before;
    if (before > 0 && (text[before - 1] == '"' || text[before - 1] == '\'')) {
      x.message = "invalid YAML: text after the closing quote";
      x.hint =
          "put the whole value in one pair of quotes; inside \"...\" write a quote as \\\", inside "
          "'...' as ''";
    } else {
      x.message = "invalid YAML: this line does not fit the structure above it";
      x.hint =
          "check its indentation: the keys of one mapping, and the '- ' items of one list, line up";
    }
  } else if (what == msg::FLOW_END) {
    x.message = fmt::format("invalid YAML: a '{}' that closes nothing", here ? here : ']');
    x.hint = "remove it, or put the text in quotes";
  }
  return x;
}

bool is_document_start(std::string_view line) {
  return line == "---" || starts_with(line, "--- ") || starts_with(line, "---\t");
}

/// Where a second document begins: its `---` line, or else its first node.
Mark second_document_at(std::string_view text, int first_line, std::optional<Mark> first_node) {
  auto lines = split(text, '\n');
  bool content = false;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string_view l = lines[i];
    if (is_document_start(l) && content) return {static_cast<int>(i) + first_line, 1};
    std::string_view t = trim(l);
    if (!t.empty() && t[0] != '#' && t[0] != '%') content = true;
  }
  return first_node.value_or(Mark{first_line, 1});
}

}  // namespace

bool parse_yaml(std::string_view text, const std::string& path, int first_line, YamlNode& out,
                Diagnostics& diags, const YamlLimits& limits) {
  WorkTimer timer(Work::parse_yaml);
  std::istringstream in{std::string(text)};
  TreeBuilder builder(text, path, first_line, diags, limits);
  auto position = [&](const YAML::Mark& ym) {
    std::string_view line;
    auto lines = split(text, '\n');
    if (ym.line >= 0 && static_cast<size_t>(ym.line) < lines.size())
      line = lines[static_cast<size_t>(ym.line)];
    return ym.line < 0 ? Mark{first_line, 1}
                       : Mark{ym.line + first_line, codepoint_column(line, ym.column + 1)};
  };
  try {
    YAML::Parser parser(in);
    parser.HandleNextDocument(builder);
    Diagnostics ignored;
    TreeBuilder second(text, path, first_line, ignored, limits);
    bool more = false;
    try {
      more = parser.HandleNextDocument(second);
    } catch (...) {
      more = true;  // whatever follows is not part of the first document either
    }
    if (more && !builder.unclosed_) {
      Mark at = second_document_at(text, first_line, second.first_event);
      const bool dashes =
          at.line - first_line < static_cast<int>(split(text, '\n').size()) &&
          is_document_start(split(text, '\n')[static_cast<size_t>(at.line - first_line)]);
      if (dashes)
        diags.error(path, at, "the file holds more than one YAML document",
                    "remove this '---' line, or the text after it");
      else
        diags.error(path, at, "invalid YAML: this line does not fit the structure above it",
                    "check its indentation: the keys of one mapping, and the '- ' items of one "
                    "list, line up");
      return false;
    }
  } catch (const TooLarge& t) {
    diags.error(path, t.mark,
                fmt::format("the YAML expands to more than {} values or {} MB of text",
                            limits.max_nodes, limits.max_bytes >> 20),
                "aliases (*name) that repeat large anchors are not allowed to grow this big");
    return false;
  } catch (const TooDeep& t) {
    diags.error(path, t.mark,
                fmt::format("the YAML is nested more than {} levels deep", limits.max_depth),
                "lists and mappings inside each other this deep are not content overblik can use");
    return false;
  } catch (const YAML::DeepRecursion& e) {
    diags.error(path, position(e.mark), "the YAML is nested too deeply",
                "lists and mappings inside each other this deep are not content overblik can use");
    return false;
  } catch (const YAML::Exception& e) {
    // An unclosed quote swallows what follows; yaml-cpp's complaint about
    // that is a consequence, already explained at the opening quote.
    if (builder.unclosed_) return false;
    Explained x = explain(e, text, builder);
    diags.error(path, position(x.at.value_or(e.mark)), x.message, x.hint);
    return false;
  }
  if (builder.unclosed_) return false;
  out = builder.has_root ? std::move(builder.root) : YamlNode{};
  if (!builder.has_root) out.mark = {first_line, 1};
  return true;
}

}  // namespace overblik
