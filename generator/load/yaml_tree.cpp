#include "load/yaml_tree.hpp"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <fmt/format.h>

#include <map>
#include <sstream>

#include "support/text.hpp"

namespace overblik {

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

struct TooLarge {};

/// Builds YamlNode trees from yaml-cpp events.
class TreeBuilder final : public YAML::EventHandler {
 public:
  TreeBuilder(std::string_view text, const std::string& path, int first_line, Diagnostics& diags,
              const YamlLimits& limits)
      : lines_(split(text, '\n')), path_(path), first_line_(first_line), diags_(diags), limits_(limits) {}

  YamlNode root;
  bool has_root = false;
  bool unclosed_ = false;

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    YamlNode n;
    n.mark = to_mark(mark);
    add(std::move(n), anchor);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    auto it = anchors_.find(anchor);
    YamlNode n = it != anchors_.end() ? it->second : YamlNode{};
    count(n);
    n.mark = to_mark(mark);
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
      // yaml-cpp lets a quote that is never closed run to the end of the
      // document and swallow every key after it; report it where it opens.
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
    YAML::anchor_t anchor;
    bool have_key = false;
    YamlNode key;
  };

  std::vector<std::string> lines_;
  const std::string& path_;
  int first_line_;
  Diagnostics& diags_;
  const YamlLimits& limits_;
  std::vector<Open> stack_;
  std::map<YAML::anchor_t, YamlNode> anchors_;
  size_t nodes_ = 0;

  /// Whether the quoted scalar starting at `m` ends before the end of the text.
  bool quote_closes(const YAML::Mark& m) const {
    const char quote = char_at(m);
    size_t line = static_cast<size_t>(m.line), col = static_cast<size_t>(m.column) + 1;
    for (; line < lines_.size(); ++line, col = 0) {
      const std::string& l = lines_[line];
      for (size_t i = col; i < l.size(); ++i) {
        if (quote == '"' && l[i] == '\\') {
          ++i;
        } else if (l[i] == quote) {
          if (quote == '\'' && i + 1 < l.size() && l[i + 1] == '\'') ++i;
          else return true;
        }
      }
    }
    return false;
  }

  char char_at(const YAML::Mark& m) const {
    if (m.line < 0 || static_cast<size_t>(m.line) >= lines_.size()) return 0;
    const std::string& l = lines_[static_cast<size_t>(m.line)];
    return m.column >= 0 && static_cast<size_t>(m.column) < l.size() ? l[static_cast<size_t>(m.column)] : 0;
  }

  Mark to_mark(const YAML::Mark& m) const {
    if (m.line < 0) return {first_line_, 1};
    std::string_view line =
        static_cast<size_t>(m.line) < lines_.size() ? std::string_view(lines_[static_cast<size_t>(m.line)]) : "";
    return {m.line + first_line_, codepoint_column(line, m.column + 1)};
  }

  void count(const YamlNode& n) {
    nodes_ += 1;
    if (nodes_ > limits_.max_nodes) throw TooLarge{};
    for (auto& i : n.items) count(i);
    for (auto& [k, v] : n.entries) {
      count(k);
      count(v);
    }
  }

  void open(YamlNode::Kind kind, const YAML::Mark& mark, YAML::anchor_t anchor) {
    Open o;
    o.node.kind = kind;
    o.node.mark = to_mark(mark);
    o.anchor = anchor;
    stack_.push_back(std::move(o));
  }

  void close() {
    Open o = std::move(stack_.back());
    stack_.pop_back();
    add(std::move(o.node), o.anchor);
  }

  void add(YamlNode n, YAML::anchor_t anchor) {
    if (++nodes_ > limits_.max_nodes) throw TooLarge{};
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
      top.node.entries.emplace_back(std::move(top.key), std::move(n));
      top.have_key = false;
    }
  }

  void check_duplicate(const Open& top) {
    if (!top.key.is_scalar()) return;
    if (const YamlNode* first = top.node.find_key(top.key.text)) {
      diags_.error(path_, top.key.mark, fmt::format("duplicate key '{}'", top.key.text),
                   fmt::format("'{}' is already given at line {}; remove one of them", top.key.text,
                               first->mark.line));
    }
  }
};

}  // namespace

bool parse_yaml(std::string_view text, const std::string& path, int first_line, YamlNode& out,
                Diagnostics& diags, const YamlLimits& limits) {
  std::istringstream in{std::string(text)};
  TreeBuilder builder(text, path, first_line, diags, limits);
  try {
    YAML::Parser parser(in);
    parser.HandleNextDocument(builder);
    if (parser.HandleNextDocument(builder)) {
      diags.error(path, {first_line, 1}, "the file holds more than one YAML document",
                  "remove the '---' line that starts a second document");
      return false;
    }
  } catch (const TooLarge&) {
    diags.error(path, {first_line, 1},
                fmt::format("the YAML expands to more than {} values", limits.max_nodes),
                "aliases (*name) that repeat large anchors are not allowed to grow this big");
    return false;
  } catch (const YAML::Exception& e) {
    std::string_view line;
    auto lines = split(text, '\n');
    if (e.mark.line >= 0 && static_cast<size_t>(e.mark.line) < lines.size()) line = lines[static_cast<size_t>(e.mark.line)];
    Mark m = e.mark.line < 0 ? Mark{first_line, 1}
                             : Mark{e.mark.line + first_line, codepoint_column(line, e.mark.column + 1)};
    diags.error(path, m, "invalid YAML: " + e.msg,
                "check the indentation and that text containing ': ' or starting with a special character is quoted");
    return false;
  }
  if (builder.unclosed_) return false;
  out = builder.has_root ? std::move(builder.root) : YamlNode{};
  if (!builder.has_root) out.mark = {first_line, 1};
  return true;
}

}  // namespace overblik
