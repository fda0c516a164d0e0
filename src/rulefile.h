// Reading of the self-documenting rule files under rules/.
//
// Every rule file is UTF-8 text. Lines starting with '#' are documentation
// (the header explains the columns, like Kiwi's dictionaries); blank lines
// are ignored; every other line is one row of TAB-separated fields. Errors
// name the file and line ("rules/units.tsv:12: ..."), never C++ code.
// A file without one row is an error (an emptied table would silently turn
// its rules off), unless it holds the directive line "#! may-be-empty";
// any other "#!" line is an error.
#ifndef SUCHI_RULEFILE_H_
#define SUCHI_RULEFILE_H_

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "status.h"

namespace suchi {

struct RuleRow {
  std::string file;  // path as given
  int line = 0;      // 1-based
  std::vector<std::string> fields;
  // Returns "file:line".
  std::string Where() const;
  // Returns fields[i], or "" when the row is shorter.
  const std::string& Field(std::size_t i) const;
};

// Returns the rows of `path`, each with between min_fields and max_fields
// fields (trailing empty fields count), or an error naming file:line for a
// missing file, invalid UTF-8 or a wrong field count.
Result<std::vector<RuleRow>> ReadRuleFile(const std::string& path,
                                          std::size_t min_fields,
                                          std::size_t max_fields);

// Parses rule text as if read from `name` (for tests and fuzzing).
Result<std::vector<RuleRow>> ParseRuleText(std::string_view text,
                                           const std::string& name,
                                           std::size_t min_fields,
                                           std::size_t max_fields);

// Returns an error "file:line: duplicate id 'X' (first at line N)" when two
// rows share the value of column `col`, ok otherwise.
Status CheckUniqueColumn(const std::vector<RuleRow>& rows, std::size_t col);

// Returns "file:line: message".
Status RuleError(const RuleRow& row, std::string_view message);

// The rows of a file that edits names read from a library (ICU's countries,
// currencies): "skip ID why" (the library's name of ID is not read) and
// "form ID text" (another form of ID). Every ID must be in `known`; `what`
// names the kind of ID in errors ("region", "currency").
struct NameEdits {
  std::set<std::string> skip;
  std::map<std::string, std::vector<std::pair<std::string, std::string>>> forms;  // id -> (form, where)
};
Result<NameEdits> ReadNameEdits(const std::string& path, const std::set<std::string>& known,
                                std::string_view what);

}  // namespace suchi

#endif  // SUCHI_RULEFILE_H_
