#include "scaffold/decap_config.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>
#include <stdexcept>

#include "model/schema.hpp"

namespace overblik::scaffold {

const char* const kPeriodPattern =
    "^[0-9]{4}(-(H[12]|Q[1-4]|(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?))?$";

namespace {

using Json = nlohmann::ordered_json;

const FieldLabel* find_label(const std::string& path) {
  for (const FieldLabel& l : decap_labels())
    if (path == l.path) return &l;
  return nullptr;
}

/// The label of `path`, or of its last two parts ("indicators.target.period" →
/// "indicators.period").
const FieldLabel& label_of(const std::string& path) {
  if (const FieldLabel* l = find_label(path)) return *l;
  const size_t first = path.find('.'), last = path.rfind('.');
  if (first != last)
    if (const FieldLabel* l = find_label(path.substr(0, first) + path.substr(last))) return *l;
  throw std::logic_error("overblik cms: no label for " + path);
}

std::string text(const DecapSite& s, const std::string& path) {
  const FieldLabel& l = label_of(path);
  return s.language == Language::da ? l.da : l.en;
}

void add_label(const DecapSite& s, const std::string& path, Json& j) {
  const FieldLabel& l = label_of(path);
  j["label"] = s.language == Language::da ? l.da : l.en;
  const char* hint = s.language == Language::da ? l.hint_da : l.hint_en;
  if (*hint) j["hint"] = hint;
}

Json options(const DecapSite& s, const std::string& kind, const std::vector<std::string>& values) {
  Json out = Json::array();
  for (const std::string& v : values) {
    const FieldLabel* l = find_label(kind + "." + v);
    out.push_back({{"label", l ? (s.language == Language::da ? l->da : l->en) : v}, {"value", v}});
  }
  return out;
}

Json theme_options(const std::vector<std::pair<std::string, std::string>>& themes) {
  Json out = Json::array();
  for (const auto& [id, title] : themes)
    out.push_back({{"label", fmt::format("{} ({})", title, id)}, {"value", id}});
  return out;
}

Json widget(const DecapSite& s, const FieldSpec& f, const std::string& path);

Json subfields(const DecapSite& s, const FieldSpec& f, const std::string& path) {
  Json out = Json::array();
  for (const FieldSpec& sub : f.fields)
    if (Json w = widget(s, sub, path + "." + sub.name); !w.is_null()) out.push_back(std::move(w));
  return out;
}

/// The Decap widget for one field; null for fields the form does not offer
/// (extra: and an indicator's values, which are free-form mappings).
Json widget(const DecapSite& s, const FieldSpec& f, const std::string& path) {
  using T = FieldType;
  if (f.type == T::free || f.type == T::values) return nullptr;
  Json j;
  j["name"] = f.name;
  add_label(s, path, j);
  j["required"] = f.required;
  switch (f.type) {
    case T::free:
    case T::values:
      return nullptr;
    case T::text:
      j["widget"] = "string";
      break;
    case T::display_number:
      j["widget"] = "string";
      break;
    case T::markdown:
      j["widget"] = "markdown";
      break;
    case T::number:
      j["widget"] = "number";
      j["value_type"] = "float";
      break;
    case T::whole_number:
      j["widget"] = "number";
      j["value_type"] = "int";
      j["min"] = f.min;
      j["max"] = f.max;
      break;
    case T::boolean:
      j["widget"] = "boolean";
      break;
    case T::date:
      j["widget"] = "datetime";
      j["format"] = "YYYY-MM-DD";
      j["date_format"] = "YYYY-MM-DD";
      j["time_format"] = false;
      j["picker_utc"] = true;
      break;
    case T::period:
      j["widget"] = "string";
      j["pattern"] = Json::array({kPeriodPattern, text(s, "pattern.period")});
      break;
    case T::choice:
      j["widget"] = "select";
      j["options"] = options(
          s,
          f.name == "status" || f.name == "cost" || f.name == "language" || f.name == "direction"
              ? f.name
              : std::string("assessment"),
          f.choices);
      break;
    case T::theme_ids:
      j["widget"] = "select";
      j["multiple"] = true;
      j["options"] = theme_options(s.leaf_themes);
      if (f.required) j["min"] = 1;
      break;
    case T::theme_id:
      j["widget"] = "select";
      j["options"] = theme_options(s.top_themes);
      break;
    case T::indicator_ids:
      j["widget"] = "relation";
      j["collection"] = "indicators";
      j["value_field"] = "{{slug}}";
      j["search_fields"] = Json::array({"title"});
      j["display_fields"] = Json::array({"title"});
      j["multiple"] = true;
      break;
    case T::id:
      j["widget"] = "string";
      j["pattern"] = Json::array({"^[a-z0-9]+(-[a-z0-9]+)*$", "a-z, 0-9, -"});
      break;
    case T::text_list:
      j["widget"] = "list";
      break;
    // One owner is the common case; several are written "A, B" by hand.
    case T::text_or_list:
      j["widget"] = "string";
      break;
    case T::record:
      j["widget"] = "object";
      j["collapsed"] = true;
      j["fields"] = subfields(s, f, path);
      // Decap checks an object's required fields even when the object is left
      // empty, which would make an optional budget mandatory. `check` still
      // requires them once the object is given.
      if (!f.required)
        for (Json& sub : j["fields"]) sub["required"] = false;
      break;
    case T::record_list:
      j["widget"] = "list";
      j["fields"] = subfields(s, f, path);
      if (const FieldLabel* one = find_label(path + ".one"))
        j["label_singular"] = s.language == Language::da ? one->da : one->en;
      if (f.name == "updates") {
        j["add_to_top"] = true;
        j["summary"] = "{{fields.date}}: {{fields.text}}";
      }
      break;
  }
  return j;
}

Json fields_of(const DecapSite& s, const std::vector<FieldSpec>& fields,
               const std::string& collection) {
  Json out = Json::array();
  for (const FieldSpec& f : fields)
    if (Json w = widget(s, f, collection + "." + f.name); !w.is_null()) out.push_back(std::move(w));
  return out;
}

Json folder_collection(const DecapSite& s, const std::string& name, const std::string& folder,
                       const std::string& one, const std::vector<FieldSpec>& fields,
                       bool markdown) {
  Json c;
  c["name"] = name;
  c["label"] = text(s, "collection." + name);
  c["label_singular"] = text(s, "collection." + one);
  c["folder"] = s.prefix + folder;
  c["create"] = true;
  c["extension"] = markdown ? "md" : "yaml";
  c["format"] = markdown ? "frontmatter" : "yaml";
  c["slug"] = "{{slug}}";
  c["identifier_field"] = "title";
  c["fields"] = fields_of(s, fields, name);
  if (markdown) {
    Json body;
    body["name"] = "body";
    add_label(s, name + ".body", body);
    body["required"] = false;
    body["widget"] = "markdown";
    c["fields"].push_back(body);
  }
  return c;
}

Json settings_collection(const DecapSite& s) {
  Json plan;
  plan["name"] = "plan";
  plan["label"] = text(s, "collection.plan-file");
  plan["file"] = s.prefix + "plan.yaml";
  plan["fields"] = fields_of(s, plan_fields(), "plan");
  Json files = Json::array({plan});
  if (s.themes_editable) {
    Json list;
    list["name"] = "themes";
    add_label(s, "themes.themes", list);
    list["widget"] = "list";
    list["fields"] = fields_of(s, theme_fields(), "themes");
    Json themes;
    themes["name"] = "themes";
    themes["label"] = text(s, "collection.themes");
    themes["file"] = s.prefix + "themes.yaml";
    themes["fields"] = Json::array({list});
    files.push_back(themes);
  }
  Json c;
  c["name"] = "settings";
  c["label"] = text(s, "collection.plan");
  c["editor"] = {{"preview", false}};
  c["files"] = files;
  return c;
}

Json backend(const DecapSite& s) {
  Json b;
  b["name"] = s.backend;
  if (s.backend != "git-gateway") b["repo"] = s.repo;
  b["branch"] = s.branch;
  if (s.language == Language::da) {
    b["commit_messages"] = {{"create", "Opret {{collection}} “{{slug}}”"},
                            {"update", "Opdatér {{collection}} “{{slug}}”"},
                            {"delete", "Slet {{collection}} “{{slug}}”"},
                            {"uploadMedia", "Læg “{{path}}” op"},
                            {"deleteMedia", "Slet “{{path}}”"}};
  }
  return b;
}

}  // namespace

std::string decap_config(const DecapSite& s) {
  Json c;
  c["backend"] = backend(s);
  c["local_backend"] = true;
  c["locale"] = s.language == Language::da ? "da" : "en";
  c["media_folder"] = s.prefix + "assets";
  c["public_folder"] = "assets";
  // æ, ø, å: see docs/editing.md, "File names".
  c["slug"] = {{"encoding", "ascii"}, {"clean_accents", true}, {"sanitize_replacement", "-"}};
  c["collections"] = Json::array(
      {folder_collection(s, "initiatives", s.initiatives, "initiative", initiative_fields(), true),
       folder_collection(s, "indicators", s.indicators, "indicator", indicator_fields(), false),
       folder_collection(s, "pages", s.pages, "page", page_fields(), true),
       settings_collection(s)});
  return "# Decap CMS configuration, written by `overblik cms` from the content format.\n"
         "# Do not edit: run `overblik cms --force` again after changing themes.\n" +
         c.dump(2) + "\n";
}

std::string decap_index_html(const DecapSite& s) {
  const bool da = s.language == Language::da;
  return fmt::format(R"(<!doctype html>
<html lang="{}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>{}</title>
</head>
<body>
<script src="{}"></script>
</body>
</html>
)",
                     da ? "da" : "en", da ? "Redigér planen" : "Edit the plan", s.script);
}

}  // namespace overblik::scaffold
