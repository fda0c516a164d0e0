// Joins of adjacent quantities that state one figure, the last step of the
// number grammar (numbers.h):
//   - two bounds of one interval: "50명 이상 100명 이하", "40%보다 높고 60%보다
//     낮은" are one range [50, 100], (40, 60), qualifier "range";
//   - a between-range: "10과 15 사이", "30에서 40 사이", "10%와 15% 사이" are
//     [10, 15], [30, 40]; the first end takes the second's unit;
//   - a length of time in two units: "3년 9개월" is 45 months, "17시간 30분"
//     1050 minutes (the smaller unit);
//   - a rate written as a distance in one unit of time: "한시간에 최고 30km"
//     is 30 km/h, not one hour and 30 km.
// Also the link of a written range (10~20, 10개월에서 12개월), which the
// scanner reads, and the "follow" qualifiers of qualifiers.tsv (a comparison right after a
// figure: 40%보다 높고, 100명이거나 그보다 많은), which the scanner applies.
// Every join looks at the text between two neighbours only, so the pass is
// linear in the number of quantities.
#ifndef SUCHI_NUMBERS_JOIN_H_
#define SUCHI_NUMBERS_JOIN_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "numbers_tables.h"
#include "types.h"

namespace suchi {

// Returns the start of a range's second end after byte e (10~20억원, 25000 -
// 30000원, 10개월에서 12개월), or kNpos; *eseo tells a 에서-range.
std::size_t RangeNext(std::string_view s, std::size_t e, bool* eseo);

// Returns the length of the text at byte p of s that spells `row`, where
// each space of the row may be absent or one space, and one space may come
// first; 0 when it does not.
std::size_t LooseMatch(std::string_view s, std::size_t p, std::string_view row);

// Returns the longest "follow" qualifier written at byte p (40%보다 높고: at
// the end of "40%"), or null; *len is its length in s.
const QualifierRow* FollowQualifierAt(std::string_view s, std::size_t p, const NumberTables& t,
                                      std::size_t* len);

// Replaces each joinable pair of neighbours in `qs` (text order, offsets
// into `s`) by the one quantity they state.
void JoinQuantities(std::string_view s, const NumberTables& t, std::vector<Quantity>* qs);

}  // namespace suchi

#endif  // SUCHI_NUMBERS_JOIN_H_
