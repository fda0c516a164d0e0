// The Korean number and unit grammar: every quantity in a sentence, with
// value, range, unit, qualifier, basis and exact span.
//
// Reads digits with commas and decimals, signs, mixed digit + Hangul scale
// words (72억5,000만 달러, 3만8천건), pure Hangul and native numerals (이십오,
// 세 번째, 절반), units (currencies, %, %p, counters, ranks, ratios,
// durations, physical units), ranges (10~20억원), qualifiers (약, 육박, 이상)
// and per-capita bases (인구 10만명당), rates (시속 60km is km/h, 연 3.5% is
// %/year), comparisons (40%보다 높은) and intervals of two bounds (50명 이상
// 100명 이하, 10과 15 사이: numbers_join.h). Dates and years are returned with
// kind kTime (time expressions, not claims). Product/model names, report
// titles, file names, URLs, e-mail and phone numbers are skipped. All tables
// live in rules/numbers/*.tsv. Matching is linear in the sentence length.
#ifndef SUCHI_NUMBERS_H_
#define SUCHI_NUMBERS_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "status.h"
#include "types.h"

namespace suchi {

struct NumberTables;  // numbers_tables.h

// Compiled, immutable, thread-safe number rules.
class NumberRules {
 public:
  // Returns the rules compiled from the files in `dir` (rules/numbers), or
  // an error naming file:line.
  static Result<NumberRules> Load(const std::string& dir);
  const NumberTables& tables() const { return *tables_; }

 private:
  std::shared_ptr<const NumberTables> tables_;
};

// How a text is scanned.
struct ScanOptions {
  // The whole input is one expression (a form field, a test case): Hangul
  // numerals may stand alone or with any unit (일, 만, 삼 갤론, 십불). Off for
  // running text, where 한/일/이 are mostly words and a Hangul numeral needs
  // a counter or unit (한 곳, 세 번째, 이십오번째).
  bool whole_input = false;
};

// Returns every quantity in `sentence` (normalized text), in text order,
// non-overlapping. Offsets are byte offsets into `sentence`.
std::vector<Quantity> FindQuantities(std::string_view sentence, const NumberRules& rules);

// As above, with explicit options.
std::vector<Quantity> FindQuantities(std::string_view sentence, const NumberRules& rules,
                                     const ScanOptions& options);

}  // namespace suchi

#endif  // SUCHI_NUMBERS_H_
