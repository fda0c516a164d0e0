// Reading of TAB-separated, '#'-documented rule files (see rulefile.h).
#include "rulefile.h"

#include <fstream>
#include <sstream>
#include <unordered_map>

namespace suchi {
namespace {

// Returns the byte offset of the first invalid UTF-8 sequence, or npos.
std::size_t FirstInvalidUtf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    unsigned char c = s[i];
    std::size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return i;
    for (std::size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return i;
    i += n;
  }
  return std::string_view::npos;
}

}  // namespace

std::string RuleRow::Where() const { return file + ":" + std::to_string(line); }

const std::string& RuleRow::Field(std::size_t i) const {
  static const std::string kEmpty;
  return i < fields.size() ? fields[i] : kEmpty;
}

Status RuleError(const RuleRow& row, std::string_view message) {
  return Status::Error(row.Where() + ": " + std::string(message));
}

namespace {
constexpr const char* kMayBeEmpty = "may-be-empty";
}  // namespace

Result<std::vector<RuleRow>> ParseRuleText(std::string_view text, const std::string& name,
                                           std::size_t min_fields, std::size_t max_fields) {
  std::vector<RuleRow> rows;
  bool may_be_empty = false;
  int line_no = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line_no == 1 && line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
    std::string where = name + ":" + std::to_string(line_no);
    if (std::size_t bad = FirstInvalidUtf8(line); bad != std::string_view::npos)
      return Status::Error(where + ": invalid UTF-8 at column " + std::to_string(bad + 1));
    std::size_t first = line.find_first_not_of(" \t");
    if (first != std::string_view::npos && line.substr(first, 2) == "#!") {
      std::string_view directive = line.substr(first + 2);
      while (!directive.empty() && (directive.front() == ' ' || directive.front() == '\t'))
        directive.remove_prefix(1);
      while (!directive.empty() && (directive.back() == ' ' || directive.back() == '\t'))
        directive.remove_suffix(1);
      if (directive != kMayBeEmpty)
        return Status::Error(where + ": unknown directive '#!" + std::string(directive) +
                             "' (known: #! " + kMayBeEmpty + ")");
      may_be_empty = true;
      continue;
    }
    if (first == std::string_view::npos || line[first] == '#') continue;
    RuleRow row{name, line_no, {}};
    std::size_t f = 0;
    while (true) {
      std::size_t tab = line.find('\t', f);
      row.fields.emplace_back(line.substr(f, tab == std::string_view::npos ? line.size() - f : tab - f));
      if (tab == std::string_view::npos) break;
      f = tab + 1;
    }
    if (row.fields.size() < min_fields || row.fields.size() > max_fields) {
      std::ostringstream m;
      m << where << ": expected " << min_fields;
      if (max_fields != min_fields) m << " to " << max_fields;
      m << " TAB-separated fields, found " << row.fields.size();
      return Status::Error(m.str());
    }
    rows.push_back(std::move(row));
  }
  if (rows.empty() && !may_be_empty)
    return Status::Error(name + ": no rules (every line is blank or a comment); a table that may "
                                "be empty says so with a line '#! " + kMayBeEmpty + "'");
  return rows;
}

Result<std::vector<RuleRow>> ReadRuleFile(const std::string& path, std::size_t min_fields,
                                          std::size_t max_fields) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path + ": cannot open rule file");
  std::ostringstream buf;
  buf << in.rdbuf();
  return ParseRuleText(buf.str(), path, min_fields, max_fields);
}

Status CheckUniqueColumn(const std::vector<RuleRow>& rows, std::size_t col) {
  std::unordered_map<std::string, int> seen;
  for (const RuleRow& r : rows) {
    auto [it, fresh] = seen.emplace(r.Field(col), r.line);
    if (!fresh)
      return RuleError(r, "duplicate id '" + r.Field(col) + "' (first at line " +
                              std::to_string(it->second) + ")");
  }
  return Status();
}

Result<NameEdits> ReadNameEdits(const std::string& path, const std::set<std::string>& known,
                                std::string_view what) {
  auto rows = ReadRuleFile(path, 3, 3);
  if (!rows.ok()) return rows.status();
  NameEdits out;
  for (const RuleRow& row : *rows) {
    const std::string& type = row.Field(0);
    const std::string& id = row.Field(1);
    if (!known.count(id)) return RuleError(row, "'" + id + "' is no " + std::string(what) + " ICU names");
    if (type == "skip") out.skip.insert(id);
    else if (type == "form" && !row.Field(2).empty()) out.forms[id].push_back({row.Field(2), row.Where()});
    else return RuleError(row, "unknown row type '" + type + "' (skip or form TEXT)");
  }
  return out;
}

}  // namespace suchi
