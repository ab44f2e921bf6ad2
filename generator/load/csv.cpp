#include "load/csv.hpp"

#include "support/text.hpp"

namespace overblik {

namespace {

class CsvReader {
 public:
  CsvReader(std::string_view text, const std::string& path, Diagnostics& diags, char sep)
      : text_(text), path_(path), diags_(diags), sep_(sep) {}

  bool read(std::vector<CsvRow>& rows) {
    bool ok = true;
    while (pos_ < text_.size()) {
      CsvRow row;
      row.line = line_;
      if (!read_row(row)) {
        // A stray quote spoils only its row: report it, skip the row, and
        // read on, so that every such row is reported in one run. A quoted
        // field that is never closed runs to the end; nothing follows it.
        ok = false;
        if (!skip_rest_of_line()) return false;
        continue;
      }
      bool blank = row.fields.size() == 1 && row.fields[0].text.empty() && !row.fields[0].quoted;
      if (!blank) rows.push_back(std::move(row));
    }
    return ok;
  }

 private:
  std::string_view text_;
  const std::string& path_;
  Diagnostics& diags_;
  char sep_;
  size_t pos_ = 0;
  int line_ = 1;
  size_t line_start_ = 0;
  ColumnCounter columns_;  ///< a row of 100,000 fields must not count its line 100,000 times

  Mark here() { return {line_, columns_.at(text_, line_start_, pos_)}; }

  void newline() {
    ++line_;
    line_start_ = pos_;
  }

  /// After a bad row: on to the next line. False at the end of the text.
  bool skip_rest_of_line() {
    while (pos_ < text_.size() && text_[pos_] != '\n' && text_[pos_] != '\r') ++pos_;
    return line_break() && pos_ < text_.size();
  }

  /// Steps over a line break (LF, CRLF, or a lone CR as old Excel for Mac
  /// writes them) at pos_; false when there is none.
  bool line_break() {
    if (pos_ >= text_.size() || (text_[pos_] != '\n' && text_[pos_] != '\r')) return false;
    if (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ++pos_;
    ++pos_;
    newline();
    return true;
  }

  bool at_row_end() const {
    return pos_ >= text_.size() || text_[pos_] == '\n' || text_[pos_] == '\r';
  }

  void skip_spaces() {
    // A tab is blank space here unless it is the separator (tab-separated files).
    while (pos_ < text_.size() && (text_[pos_] == ' ' || (text_[pos_] == '\t' && sep_ != '\t')))
      ++pos_;
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
      line_break();
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
      if (line_break()) {
        f.text += '\n';  // a line break inside a quoted field, whichever way the file writes it
        continue;
      }
      f.text += c;
      ++pos_;
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
