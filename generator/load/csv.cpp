#include "load/csv.hpp"

#include "support/text.hpp"

namespace overblik {

namespace {

class CsvReader {
 public:
  CsvReader(std::string_view text, const std::string& path, Diagnostics& diags, char sep)
      : text_(text), path_(path), diags_(diags), sep_(sep) {}

  bool read(std::vector<CsvRow>& rows) {
    while (pos_ < text_.size()) {
      CsvRow row;
      row.line = line_;
      if (!read_row(row)) return false;
      bool blank = row.fields.size() == 1 && row.fields[0].text.empty() && !row.fields[0].quoted;
      if (!blank) rows.push_back(std::move(row));
    }
    return true;
  }

 private:
  std::string_view text_;
  const std::string& path_;
  Diagnostics& diags_;
  char sep_;
  size_t pos_ = 0;
  int line_ = 1;
  size_t line_start_ = 0;

  Mark here() const {
    return {line_, line_column_at(text_.substr(line_start_), pos_ - line_start_).column};
  }

  void newline() {
    ++line_;
    line_start_ = pos_;
  }

  bool at_row_end() const { return pos_ >= text_.size() || text_[pos_] == '\n' || text_[pos_] == '\r'; }

  void skip_spaces() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t')) ++pos_;
  }

  bool read_row(CsvRow& row) {
    while (true) {
      CsvField f;
      if (!read_field(f)) return false;
      row.fields.push_back(std::move(f));
      if (pos_ < text_.size() && text_[pos_] == sep_) {
        ++pos_;
        continue;
      }
      if (pos_ < text_.size() && text_[pos_] == '\r') ++pos_;
      if (pos_ < text_.size() && text_[pos_] == '\n') {
        ++pos_;
        newline();
      }
      return true;
    }
  }

  bool read_field(CsvField& f) {
    skip_spaces();
    f.mark = here();
    if (pos_ < text_.size() && text_[pos_] == '"') return read_quoted(f);
    size_t start = pos_;
    while (!at_row_end() && text_[pos_] != sep_) {
      if (text_[pos_] == '"') {
        diags_.error(path_, here(), "a quote inside a field that does not start with a quote",
                     "put the whole field in quotes and write the quote twice: \"say \"\"hi\"\"\"");
        return false;
      }
      ++pos_;
    }
    f.text = std::string(trim(text_.substr(start, pos_ - start)));
    return true;
  }

  bool read_quoted(CsvField& f) {
    Mark open = here();
    f.quoted = true;
    ++pos_;
    while (pos_ < text_.size()) {
      char c = text_[pos_];
      if (c == '"') {
        if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
          f.text += '"';
          pos_ += 2;
          continue;
        }
        ++pos_;
        skip_spaces();
        if (!at_row_end() && text_[pos_] != sep_) {
          diags_.error(path_, here(), "text after the closing quote of a field",
                       "a quote inside a quoted field is written twice (\"\")");
          return false;
        }
        return true;
      }
      if (c == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ++pos_;
      f.text += text_[pos_];
      ++pos_;
      if (c == '\n' || text_[pos_ - 1] == '\n') newline();
    }
    diags_.error(path_, open, "quoted field is never closed", "add the closing quote (\")");
    return false;
  }
};

}  // namespace

bool parse_csv(std::string_view text, const std::string& path, std::vector<CsvRow>& rows,
               Diagnostics& diags, char separator) {
  return CsvReader(text, path, diags, separator).read(rows);
}

}  // namespace overblik
