// Literals every match of an RE2 pattern holds, derived from the
// pattern's syntax as code search indexes do: for every part of the
// pattern, the strings it matches exactly (when few), the prefixes and
// suffixes every match has, and sets of strings one of which every match
// holds. Strings are sequences of character sets (`\d`, `[가-힣]`, a letter
// in both cases), so classes cost nothing. The reader knows the RE2 syntax
// the rule files use (groups (?:) and (?i:), classes, escapes, counted
// repetition); a pattern with anything else derives nothing.
//
// Two uses: tests check that every hand-written `needs` entry (needs.h) is
// implied by its pattern, and rule sets without such entries derive their
// prefilters (rules/sources.tsv). RE2's FilteredRE2 derives literals too,
// but measured slower on the corpus's sentences (numbers/skip.tsv: its
// one-character atoms admit 47% of the sentences, the hand entries 8%, and
// with its atom search free it still costs twice as much).
#ifndef SUCHI_REQUIRED_H_
#define SUCHI_REQUIRED_H_

#include <string>
#include <vector>

#include "status.h"

namespace suchi {

// Returns ok when every match of `pattern` holds one of the literals of
// the needs field `needs` (needs.h syntax; "-" always holds), an error
// saying why not, or "cannot derive (...)" for syntax it does not read.
Status NeedsImplied(const std::string& pattern, const std::string& needs);

// Returns needs fields (needs.h syntax) that every match of `pattern`
// satisfies, so a text one of them does not admit holds no match. Empty
// when nothing can be derived.
std::vector<std::string> DerivedNeeds(const std::string& pattern);

}  // namespace suchi

#endif  // SUCHI_REQUIRED_H_
