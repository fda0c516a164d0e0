// Punctuation of a sentence that claim attribution reads: clause
// boundaries (top-level commas), parentheses, quotation marks and question
// marks. Byte offsets in and out; each function is one linear scan.
#ifndef SUCHI_PUNCTUATION_H_
#define SUCHI_PUNCTUATION_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace suchi {

// Returns the offsets of the commas and semicolons of `t` outside
// parentheses and brackets, except a comma between digits ("1,000").
std::vector<std::size_t> TopLevelCommas(std::string_view t);

// Returns the end of the parenthesis opening at t[i] (one past its ")"),
// or std::string_view::npos when it is not closed.
std::size_t MatchParen(std::string_view t, std::size_t i);

// True when byte `pos` of `t` is inside quotes: more “ than ” before it (a
// ” without an open “ is ignored), or an odd number of '"'.
bool InsideQuotes(std::string_view t, std::size_t pos);

// True when byte `pos` of `t` stands inside square brackets opened before
// it: "[한국경제TV 라이온봇 기자]", "[그림 1]" (bylines and caption labels).
bool InsideBrackets(std::string_view t, std::size_t pos);

// True when a '?' follows byte `pos`, past spaces and closing quotes.
bool FollowedByQuestion(std::string_view t, std::size_t pos);

}  // namespace suchi

#endif  // SUCHI_PUNCTUATION_H_
